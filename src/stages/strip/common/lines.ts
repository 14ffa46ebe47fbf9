/**
 * Classifiers for single lines / paragraphs, shared by the HTML and the plain-text paths.
 */
import { LIST_HEADINGS, UI_LEXICON } from './lexicon.js';
import { collapse, effectiveLength } from './normalize.js';
import { CAPTION, COPYRIGHT, EMAIL, END_MARKER, EN_BYLINE, KO_REPORTER, LEDE_DATELINE, META_LINE, SOURCE_LINE, TH_BYLINE } from './patterns.js';
import { LINE_LIMITS } from './thresholds.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatinWord = (s: string): boolean => /^[\p{Script=Latin}\d\s'’.&+-]+$/u.test(s);

function buildLexiconRegex(words: readonly string[]): RegExp {
  const uniq = [...new Set(words.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length);
  // Latin words must match whole words ("ad" must not eat "Ministry of Land"); Hangul and Thai are written
  // without word boundaries we can rely on (particles attach, Thai has no spaces), so they match as substrings.
  const alts = uniq.map((w) => (isLatinWord(w) ? `(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])` : escape(w)));
  return new RegExp(alts.join('|'), 'giu');
}

const UI_RE = buildLexiconRegex([...UI_LEXICON.ko, ...UI_LEXICON.en, ...UI_LEXICON.th, ...UI_LEXICON.vi]);
const LIST_HEADING_KEYS = new Set(LIST_HEADINGS.map((h) => h.toLowerCase().replace(/\s+/g, ' ')));

/** Share (0–1) of a line's letters covered by UI vocabulary; digits, punctuation and symbols are ignored. */
export function uiCoverage(line: string): number {
  const letters = (s: string): number => (s.match(/\p{L}|\p{M}/gu) ?? []).length;
  const total = letters(line);
  if (total === 0) return 1;
  const rest = line.replace(UI_RE, ' ');
  return 1 - letters(rest) / total;
}

/** A short line made of UI words ("본문 바로가기", "Facebook share button", "การแสดงความคิดเห็น (0)"). */
export function isUiLine(line: string): boolean {
  const len = effectiveLength(line);
  if (len > LINE_LIMITS.uiMaxLength) return false;
  return uiCoverage(line) >= LINE_LIMITS.uiMinCoverage;
}

/** "Related articles", "Top 10 Stories", "หมวดหมู่เดียวกัน"…: the heading of a list that is not body. */
export function isListHeading(line: string): boolean {
  const key = collapse(line)
    .toLowerCase()
    .replace(/[\s:：>»›|·•\-–—]+$/u, '')
    .replace(/^[\s<«‹|·•\-–—]+/u, '');
  return LIST_HEADING_KEYS.has(key);
}

export function isCopyright(line: string): boolean {
  return effectiveLength(line) <= LINE_LIMITS.copyrightMaxLength && COPYRIGHT.some((re) => re.test(line));
}

export function isEndMarker(line: string): boolean {
  return END_MARKER.test(collapse(line));
}

/** Opens with a wire dateline / credit ("(서울=연합뉴스) 김다은 기자 =", "BUSAN --"): body, not byline. */
export function opensWithLedeDateline(line: string): boolean {
  return LEDE_DATELINE.some((re) => re.test(line));
}

/** A byline or reporter signature line. Returns the names found (possibly empty) or null when it is not one. */
export function bylineNames(line: string): string[] | null {
  const s = collapse(line);
  const len = effectiveLength(s);
  if (len > LINE_LIMITS.bylineMaxLength || opensWithLedeDateline(s)) return null;
  const withoutEmail = s.replace(new RegExp(EMAIL.source, 'g'), ' ').replace(/[()[\]<>]/g, ' ');
  let m = EN_BYLINE.exec(s);
  if (m) {
    const names = collapse(withoutEmail.replace(/^(?:by|written by|reporting by|reported by|story by|words by)\s+/i, ''))
      .split(/\s*(?:,|\band\b|&)\s*/i)
      .map((n) => n.replace(/[\s,;:|/-]+$/g, '').trim())
      .filter((n) => n.length > 1 && n.length < 60);
    return names;
  }
  m = TH_BYLINE.exec(s);
  if (m) {
    const name = collapse(withoutEmail.replace(/^(?:ผู้เขียน|ผู้เรียบเรียง|เรียบเรียงโดย|เขียนโดย|ข่าวโดย|รายงานโดย|โดย|เรื่อง\s*(?:และ|\/)\s*ภาพ|เรื่อง|ภาพ\s*\/\s*เรื่อง)\s*[:：]?\s*/, ''));
    return name ? [name] : [];
  }
  if (KO_REPORTER.test(s)) {
    const names: string[] = [];
    const re = /([가-힣]{2,4})\s*(?:기자|특파원|객원기자|선임기자|전문기자|편집위원|논설위원|통신원|인턴기자)/g;
    for (let k = re.exec(s); k; k = re.exec(s)) names.push(k[1]!);
    return names;
  }
  if (EMAIL.test(s) && len <= LINE_LIMITS.signatureMaxLength) {
    // "Jun Ji-hye jjh@koreatimes.co.kr" / "홍길동 hong@…": the words before the address are the name.
    const before = collapse(withoutEmail).replace(/(?:기자|특파원|reporter|staff writer)\s*$/i, '').trim();
    return before && before.split(' ').length <= 4 ? [before] : [];
  }
  return null;
}

export function isCaption(line: string): boolean {
  const s = collapse(line);
  if (effectiveLength(s) > LINE_LIMITS.captionMaxLength) return false;
  return CAPTION.some((re) => re.test(s));
}

export function isSourceLine(line: string): boolean {
  const s = collapse(line);
  if (effectiveLength(s) > LINE_LIMITS.sourceMaxLength) return false;
  return SOURCE_LINE.some((re) => re.test(s));
}

export function isMetaLine(line: string): boolean {
  const s = collapse(line);
  if (effectiveLength(s) > LINE_LIMITS.metaMaxLength) return false;
  return META_LINE.some((re) => re.test(s));
}

/** What kind of furniture a paragraph is, or null when it may be body. */
export type LineKind = 'ui' | 'list-heading' | 'copyright' | 'end' | 'byline' | 'caption' | 'source' | 'meta';

export function furnitureKind(line: string): LineKind | null {
  if (isEndMarker(line)) return 'end';
  if (isListHeading(line)) return 'list-heading';
  if (isCopyright(line)) return 'copyright';
  if (isMetaLine(line)) return 'meta';
  if (bylineNames(line) !== null) return 'byline';
  if (isCaption(line)) return 'caption';
  if (isSourceLine(line)) return 'source';
  if (isUiLine(line)) return 'ui';
  return null;
}
