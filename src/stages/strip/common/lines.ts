/**
 * Classifiers for single lines / paragraphs, shared by the HTML and the plain-text paths.
 */
import { BOARD_FIELD_LABELS, LIST_HEADINGS, SUMMARY_HEADINGS, TITLE_LABELS, UI_LEXICON } from './lexicon.js';
import { findDates } from './dates.js';
import { collapse, effectiveLength } from './normalize.js';
import { ATTACHMENT, BODY_END_MARKER, DISCLAIMER_LINE, TAG_LINE, BREADCRUMB_SEPARATOR, CAPTION, CAPTION_CLOSING_CREDIT, CONTACT_LABEL, COPYRIGHT, DECK_LINE, EMAIL, FEEDBACK_LINE, MEDIA_CONTACT, EMBED_LINE, PHONE, PROMO_LINE, READ_MORE, END_MARKER, EN_BYLINE, KO_FEATURE_CREDIT, KO_REPORTER, LEDE_DATELINE, META_LINE, KO_SIGNOFF, SOURCE_LINE, SOURCE_LINE_BARE, TH_BYLINE, TIP_LINE } from './patterns.js';
import { AD_SLOT_LINE, BOILERPLATE_HEADING, PAGE_JUMP_FROM, PAGE_JUMP_TO, CAPTION_POINTER, COUNT_TOKEN, GALLERY_COUNTER, KO_HANDOFF, MEDIA_PLACEHOLDER, NAME_LINE, PLAYER_CLOCK, POSTER_LINE, SOCIAL_HANDLE_LINE, SPEAKER_CAPTION, TRANSCRIPT_MARKER } from './patterns.js';
import { LINE_LIMITS } from './thresholds.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatinPhrase = (s: string): boolean => /^[\p{Script=Latin}\d\s'’.&+-]+$/u.test(s);
/** Words of Latin-script text: letters/digits with inner apostrophes, dots, hyphens ("font-size", "editor's"). */
const LATIN_WORD = /[\p{L}\p{M}\p{N}]+(?:['’.&+-][\p{L}\p{M}\p{N}]+)*/gu;
const LETTER = /[\p{L}\p{M}]/gu;
const countLetters = (s: string): number => {
  LETTER.lastIndex = 0;
  let n = 0;
  while (LETTER.exec(s)) n++;
  return n;
};

/**
 * The UI lexicon compiled for speed: Latin-script phrases (English, Vietnamese) as word sequences keyed
 * by their first word, matched on whole words ("ad" must not eat "Ministry of Land"); Hangul and Thai
 * phrases as one literal alternation matched as substrings (particles attach in Korean, Thai has no spaces).
 */
const LATIN_PHRASES = new Map<string, string[][]>();
const NON_LATIN: string[] = [];
for (const w of new Set([...UI_LEXICON.ko, ...UI_LEXICON.en, ...UI_LEXICON.th, ...UI_LEXICON.vi].map((x) => x.toLowerCase()))) {
  if (isLatinPhrase(w)) {
    const words = w.match(LATIN_WORD) ?? [];
    if (words.length === 0) continue;
    const list = LATIN_PHRASES.get(words[0]!) ?? [];
    list.push(words);
    LATIN_PHRASES.set(words[0]!, list);
  } else NON_LATIN.push(w);
}
for (const list of LATIN_PHRASES.values()) list.sort((a, b) => b.length - a.length);
const NON_LATIN_RE = new RegExp(NON_LATIN.sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
const LIST_HEADING_KEYS = new Set(LIST_HEADINGS.map((h) => h.toLowerCase().replace(/\s+/g, ' ')));
const SUMMARY_HEADING_KEYS = new Set(SUMMARY_HEADINGS.map((h) => h.toLowerCase().replace(/\s+/g, ' ')));

/** Share (0–1) of a line's letters covered by UI vocabulary; digits, punctuation and symbols are ignored. */
export function uiCoverage(line: string): number {
  const lower = line.toLowerCase();
  const total = countLetters(lower);
  if (total === 0) return 1;
  let covered = 0;
  const words = lower.match(LATIN_WORD) ?? [];
  for (let i = 0; i < words.length; ) {
    const phrases = LATIN_PHRASES.get(words[i]!);
    let used = 0;
    if (phrases) {
      for (const ph of phrases) {
        if (ph.length > words.length - i) continue;
        let ok = true;
        for (let k = 1; k < ph.length; k++) if (words[i + k] !== ph[k]) { ok = false; break; }
        if (ok) { used = ph.length; break; }
      }
    }
    if (used > 0) {
      for (let k = 0; k < used; k++) covered += countLetters(words[i + k]!);
      i += used;
    } else i++;
  }
  NON_LATIN_RE.lastIndex = 0;
  for (let m = NON_LATIN_RE.exec(lower); m; m = NON_LATIN_RE.exec(lower)) covered += countLetters(m[0]);
  return Math.min(1, covered / total);
}

const FIELD_LABELS = new Set(BOARD_FIELD_LABELS);
/** A leading run of 2–5 single Hangul syllables separated by single spaces, up to a space, colon or bar. */
const SPACED_SYLLABLES = /^[가-힣](?: [가-힣]){1,4}(?=$|[\s:：|])/;

/**
 * Board view tables letter-space their field labels to align the column ("제 목", "등 록 일 2025-05-22",
 * "작 성 자 : 홍보팀"): when the leading single syllables join into a known field label, read the line
 * with the label joined. Prose does not space out syllables, and the joined word must be a field label.
 */
export function joinSpacedLabel(line: string): string {
  const m = SPACED_SYLLABLES.exec(line);
  if (!m) return line;
  const syllables = m[0].split(' ');
  for (let n = syllables.length; n >= 2; n--) {
    const word = syllables.slice(0, n).join('');
    if (FIELD_LABELS.has(word)) return word + line.slice(syllables.slice(0, n).join(' ').length);
  }
  return line;
}

const TITLE_LABEL_KEYS = new Set(TITLE_LABELS.map((w) => w.toLowerCase()));
/**
 * Is a line a bare field label of a board view table ("제 목", "작성자 :", "Title")? 'title' for the label
 * of the headline, 'field' for any other field (its value is metadata, not body or headline).
 */
export function fieldLabelKind(line: string): 'title' | 'field' | null {
  const s = collapse(line);
  if (!s || effectiveLength(s) > 24) return null;
  const key = joinSpacedLabel(s).replace(/\s*[:：]\s*$/, '').toLowerCase();
  if (TITLE_LABEL_KEYS.has(key)) return 'title';
  // Korean labels are also written with a space between their words ("담당 부서", "첨부 파일").
  return FIELD_LABELS.has(key) || FIELD_LABELS.has(key.replace(/\s+/g, '')) ? 'field' : null;
}

/** A line collapsed once, with its Latin-equivalent length, shared by every check below. */
interface Prepared {
  s: string;
  len: number;
  /** headingKey, once computed. */
  key?: string;
}
/** Emoji set as bullets before a line ("📲 ติดตามข่าวสาร… ได้ที่ …", "👉 Facebook : …"): decoration, not words, so
 * the line is classified without them. Text-style symbols (©, ▶) are left to the patterns that name them. */
const EMOJI_BULLET = /^(?:(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)[\u200D\uFE0F\p{Emoji_Modifier}\p{Extended_Pictographic}]*\s*)+(?=\S)/u;
const prep = (line: string): Prepared => {
  const s = joinSpacedLabel(collapse(line).replace(EMOJI_BULLET, ''));
  return { s, len: effectiveLength(s) };
};

/** A heading's text without the separators and brackets around it ("Related :", "【요약】", "- Key points -"). */
const headingKey = (p: Prepared): string =>
  (p.key ??= p.s
    .toLowerCase()
    .replace(/[\s:：>»›|·•\-–—\]】〉)]+$/u, '')
    .replace(/^[\s<«‹|·•\-–—[【〈(]+/u, ''));

function listHeading(p: Prepared): boolean {
  if (p.len > LINE_LIMITS.listHeadingMaxLength) return false;
  return LIST_HEADING_KEYS.has(headingKey(p));
}
/** "Related articles", "Top 10 Stories", "หมวดหมู่เดียวกัน"…: the heading of a list that is not body. */
export const isListHeading = (line: string): boolean => listHeading(prep(line));

const summaryHeading = (p: Prepared): boolean => p.len <= LINE_LIMITS.summaryHeadingMaxLength && SUMMARY_HEADING_KEYS.has(headingKey(p));
/** "자동요약", "Key takeaways", "ประเด็นสำคัญ": the heading of a summary box (what follows restates the article). */
export const isSummaryHeading = (line: string): boolean => summaryHeading(prep(line));

const copyright = (p: Prepared): boolean => p.len <= LINE_LIMITS.copyrightMaxLength && COPYRIGHT.some((re) => re.test(p.s));
export const isCopyright = (line: string): boolean => copyright(prep(line));

const endMarker = (p: Prepared): boolean =>
  (p.len <= 12 && END_MARKER.test(p.s)) ||
  // "…현황. 끝." — a closing list item of a press release with the end mark on it.
  (p.len <= LINE_LIMITS.endLineMaxLength && /(?:^|\s)끝\.?$/.test(p.s));

const attachment = (p: Prepared): boolean => p.len <= LINE_LIMITS.sourceMaxLength && ATTACHMENT.test(p.s);

/** Share of digits among the visible characters. */
const digitShare = (s: string): number => (s.match(/\d/g)?.length ?? 0) / Math.max(1, s.replace(/\s/g, '').length);
const contact = (p: Prepared): boolean =>
  (p.len <= LINE_LIMITS.contactMaxLength &&
    PHONE.test(p.s) &&
    (p.len <= 40 || digitShare(p.s) >= 0.2 || (CONTACT_LABEL.test(p.s) && (EMAIL.test(p.s) || p.len <= 80)))) ||
  // "Media contact: Name, Officer, +856 21 …, name@org": labelled, with a number or address.
  (p.len <= LINE_LIMITS.mediaContactMaxLength && MEDIA_CONTACT.test(p.s) && (PHONE.test(p.s) || EMAIL.test(p.s)));

const tipLine = (p: Prepared): boolean => p.len <= LINE_LIMITS.tipMaxLength && TIP_LINE.some((re) => re.test(p.s));

const readMore = (p: Prepared): boolean => p.len <= LINE_LIMITS.sourceMaxLength && READ_MORE.test(p.s);
/** "▶ 관련기사: …", "Read more: …": a link to another story on a line of its own. */
export const isReadMoreLine = (line: string): boolean => readMore(prep(line));

/** A print-edition jump line: "to" where the article leaves this printed page, "from" where it picks up on the next. */
export function pageJump(line: string): 'to' | 'from' | null {
  const s = collapse(line);
  return PAGE_JUMP_TO.test(s) ? 'to' : PAGE_JUMP_FROM.test(s) ? 'from' : null;
}
/** "Advertisement", "Story continues below advertisement", "Continue reading": an ad slot or read-on marker. */
export const isAdSlotLine = (line: string): boolean => AD_SLOT_LINE.test(prep(line).s);
/** "[그래픽] …", "[표] …", "[영상] … (00:58)": a short line opened by a bracketed media label (LINE_LIMITS.captionMaxLength). */
export const isMediaPlaceholder = (line: string): boolean => {
  const p = prep(line);
  return p.len <= LINE_LIMITS.captionMaxLength && MEDIA_PLACEHOLDER.test(p.s);
};
/** "สมาชิกหมายเลข 6612048", "Posted by admin": the poster's signature a forum or blog sets over the posting time. */
export const isPosterLine = (line: string): boolean => {
  const p = prep(line);
  return p.len <= LINE_LIMITS.bylineMaxLength && POSTER_LINE.some((re) => re.test(p.s));
};
/** "Nadia Rahman": a line that is nothing but a personal name in Latin script (a byline over a dateline). */
export const isNameLine = (line: string): boolean => NAME_LINE.test(prep(line).s);
export const isEndMarker = (line: string): boolean => endMarker(prep(line));
/** A marker after which there is no more body ("(END)", "– ENDS –", "###", "- 끝 -"), or the heading of a press
 * release's closing boilerplate ("Notes to editors", "About the ILO"). */
export const endsBody = (line: string): boolean => {
  const p = prep(line);
  return (p.len <= 12 && BODY_END_MARKER.test(p.s)) || (p.len <= LINE_LIMITS.boilerplateHeadingMaxLength && BOILERPLATE_HEADING.some((re) => re.test(p.s)));
};

const deck = (p: Prepared): boolean => p.len <= LINE_LIMITS.deckMaxLength && DECK_LINE.test(p.s);
/** A deck set off by dashes or angle brackets on its own line ("- … -"). */
export const isDeckLine = (line: string): boolean => deck(prep(line));

const FEEDBACK_ALL = Object.values(FEEDBACK_LINE).flat();
const feedback = (p: Prepared): boolean => p.len <= LINE_LIMITS.feedbackMaxLength && FEEDBACK_ALL.some((re) => re.test(p.s));
/** A reader-feedback / satisfaction / poll prompt ("Was this page helpful?"). */
export const isFeedbackLine = (line: string): boolean => feedback(prep(line));

const tagLine = (p: Prepared): boolean => p.len <= LINE_LIMITS.tagLineMaxLength && TAG_LINE.some((re) => re.test(p.s));
/** "Tags: …", "แท็ก: …", "#a #b": a tag list on one line. */
export const isTagLine = (line: string): boolean => tagLine(prep(line));

const DISCLAIMER_ALL = Object.values(DISCLAIMER_LINE).flat();
const disclaimer = (p: Prepared): boolean => p.len <= LINE_LIMITS.disclaimerMaxLength && DISCLAIMER_ALL.some((re) => re.test(p.s));
/** An investment / liability disclaimer ("ไม่ใช่คำแนะนำในการลงทุน"). */
export const isDisclaimerLine = (line: string): boolean => disclaimer(prep(line));

/** Opens with a wire dateline / credit ("(서울=연합뉴스) 김다은 기자 =", "BUSAN --"): body, not byline. */
export function opensWithLedeDateline(line: string): boolean {
  return LEDE_DATELINE.some((re) => re.test(line));
}

const EMAIL_G = new RegExp(EMAIL.source, 'g');

function byline(p: Prepared): string[] | null {
  const { s, len } = p;
  if (len > LINE_LIMITS.bylineMaxLength || opensWithLedeDateline(s)) return null;
  const withoutEmail = (): string => s.replace(EMAIL_G, ' ').replace(/[()[\]<>]/g, ' ');
  if (EN_BYLINE.test(s)) {
    return collapse(withoutEmail().replace(/^(?:by|written by|reporting by|reported by|story by|words by|(?:staff\s+)?reporter|correspondent|staff writer)\s+/i, ''))
      .split(/\s*(?:,|\band\b|&)\s*/i)
      .map((n) => n.replace(/[\s,;:|/-]+$/g, '').trim())
      .filter((n) => n.length > 1 && n.length < 60);
  }
  if (TH_BYLINE.test(s)) {
    const name = collapse(withoutEmail().replace(/^(?:ผู้เขียน|ผู้เรียบเรียง|เรียบเรียงโดย|เขียนโดย|ข่าวโดย|รายงานโดย|โดย|(?:เรื่อง|ข่าว)\s*(?:และ|\/)\s*ภาพ|ภาพ\s*(?:และ|\/)\s*(?:เรื่อง|ข่าว)|เรื่อง)\s*[:：]?\s*/, ''));
    return name ? [name] : [];
  }
  if (len <= LINE_LIMITS.signatureMaxLength && KO_FEATURE_CREDIT.test(s)) {
    // "글·사진 편집실 홍길동": the last word is the writer's name when it has a name's length.
    const last = collapse(withoutEmail()).replace(/\s*(?:객원)?(?:기자|필자)$/, '').split(/[\s=:：]+/).pop() ?? '';
    return /^[가-힣]{2,4}$/.test(last) ? [last] : [];
  }
  const signoff = KO_SIGNOFF.exec(s) ?? KO_HANDOFF.exec(s);
  if (signoff) return [signoff[1]!];
  if (KO_REPORTER.test(s)) {
    const names: string[] = [];
    const re = /([가-힣]{2,4})\s*(?:기자|특파원|객원기자|선임기자|전문기자|편집위원|논설위원|통신원|인턴기자)/g;
    for (let k = re.exec(s); k; k = re.exec(s)) names.push(k[1]!);
    return names;
  }
  if (len <= LINE_LIMITS.signatureMaxLength && EMAIL.test(s)) {
    // "Jun Ji-hye jjh@koreatimes.co.kr" / "홍길동 hong@…": the words before the address are the name.
    const before = collapse(withoutEmail()).replace(/(?:기자|특파원|reporter|staff writer)\s*$/i, '').trim();
    return before && before.split(' ').length <= 4 ? [before] : [];
  }
  return null;
}
/** A byline or reporter signature line. Returns the names found (possibly empty) or null when it is not one. */
export const bylineNames = (line: string): string[] | null => byline(prep(line));

/** "ภาพที่ 2 จาก 6", "Photo 2 of 6": a gallery's slide counter. */
export const isGalleryCounter = (line: string): boolean => GALLERY_COUNTER.test(collapse(line));
/** Opens with a caption pointer ("▲ …"): a caption when it sits under an image. */
export const opensWithCaptionPointer = (line: string): boolean => CAPTION_POINTER.test(collapse(line));

const caption = (p: Prepared): boolean =>
  GALLERY_COUNTER.test(p.s) ||
  (p.len <= LINE_LIMITS.speakerCaptionMaxLength && SPEAKER_CAPTION.test(p.s)) ||
  (p.len <= LINE_LIMITS.captionMaxLength && CAPTION.some((re) => re.test(p.s))) ||
  (p.len <= LINE_LIMITS.creditCaptionMaxLength && CAPTION_CLOSING_CREDIT.test(p.s) && !/[(（]\s*ends?\s*[)）]\s*$/i.test(p.s));
export const isCaption = (line: string): boolean => caption(prep(line));

const sourceLine = (p: Prepared): boolean =>
  (p.len <= LINE_LIMITS.sourceMaxLength && SOURCE_LINE.some((re) => re.test(p.s))) ||
  (p.len <= LINE_LIMITS.bareSourceMaxLength && SOURCE_LINE_BARE.test(p.s));
export const isSourceLine = (line: string): boolean => sourceLine(prep(line));

function metaLine(p: Prepared): boolean {
  const { s, len } = p;
  if (len > LINE_LIMITS.metaMaxLength) return false;
  if (META_LINE.some((re) => re.test(s))) return true;
  // Nothing but numbers and punctuation (a view count, a bare date "2024-12-05", "2024.12.05 14:00").
  if (/^[\d\s.,:/\-()[\]|]+$/.test(s)) return true;
  // A date with at most a few words around it (a dateline row), e.g. "Posted 3 Dec 2024", "๓ ธ.ค. ๒๕๖๗".
  const dates = findDates(s);
  if (dates.length > 0) {
    const rest = effectiveLength(s.slice(0, dates[0]!.index) + s.slice(dates[dates.length - 1]!.end));
    if (rest <= LINE_LIMITS.dateLineMaxRest) return true;
  }
  return false;
}
export const isMetaLine = (line: string): boolean => metaLine(prep(line));

const PROMO_ALL = Object.values(PROMO_LINE).flat();
const promo = (p: Prepared): boolean => p.len <= LINE_LIMITS.promoMaxLength && PROMO_ALL.some((re) => re.test(p.s));
/** A newsletter / subscription / donation / follow-us call to action. */
export const isPromoLine = (line: string): boolean => promo(prep(line));

const embed = (p: Prepared): boolean => p.len <= LINE_LIMITS.embedMaxLength && EMBED_LINE.some((re) => re.test(p.s));
/** What an embedded social post leaves behind without its script. */
export const isEmbedLine = (line: string): boolean => embed(prep(line));

/** Short labels with letters and no sentence punctuation, joined by breadcrumb separators. */
function breadcrumb(p: Prepared): boolean {
  if (p.len > LINE_LIMITS.uiMaxLength * 2 || !BREADCRUMB_SEPARATOR.test(p.s)) return false;
  const parts = p.s.split(BREADCRUMB_SEPARATOR).map((x) => x.trim()).filter(Boolean);
  if (parts.length < 2 || parts.length > LINE_LIMITS.breadcrumbMaxParts) return false;
  return parts.every((x) => effectiveLength(x) <= LINE_LIMITS.breadcrumbMaxPartLength && /\p{L}/u.test(x) && !/[.!?。,，"“”]/.test(x));
}
/** "Business › Agriculture", "사회 > 교육": a breadcrumb / section path. */
export const isBreadcrumb = (line: string): boolean => breadcrumb(prep(line));

const uiLine = (p: Prepared): boolean => p.len <= LINE_LIMITS.uiMaxLength && uiCoverage(p.s) >= LINE_LIMITS.uiMinCoverage;
/** A media player's bar: its clock ("00:00 / 04:12") among a few labels. */
const player = (p: Prepared): boolean => p.len <= LINE_LIMITS.playerMaxLength && PLAYER_CLOCK.test(p.s);
/** A short line made of UI words ("본문 바로가기", "Facebook share button", "การแสดงความคิดเห็น (0)"). */
export const isUiLine = (line: string): boolean => uiLine(prep(line));

/**
 * Social-box and reaction-row chrome, by shape: a "Platform : @handle" follow row, or a row of counters whose
 * words, once the counts are removed, are UI words ("แชร์ 152 ครั้ง | ถูกใจ 1.2K | ความคิดเห็น 24",
 * "Share 12 · Comments 3"). A body sentence carrying a number keeps too many other words.
 */
function socialChrome(p: Prepared): 'promo' | 'ui' | null {
  if (p.len <= LINE_LIMITS.socialHandleMaxLength && SOCIAL_HANDLE_LINE.test(p.s)) return 'promo';
  if (p.len > LINE_LIMITS.counterRowMaxLength) return null;
  COUNT_TOKEN.lastIndex = 0;
  const rest = p.s.replace(COUNT_TOKEN, ' ');
  if (rest === p.s || !/\p{L}/u.test(rest)) return null;
  return uiCoverage(rest) >= LINE_LIMITS.uiMinCoverage ? 'ui' : null;
}
/** "LINE OA : @site", "แชร์ 152 ครั้ง | ถูกใจ 1.2K": follow rows and reaction counters. */
export const isSocialChromeLine = (line: string): boolean => socialChrome(prep(line)) !== null;

/** What kind of furniture a paragraph is, or null when it may be body. */
export type LineKind = 'ui' | 'list-heading' | 'copyright' | 'end' | 'byline' | 'caption' | 'source' | 'meta' | 'contact' | 'attachment' | 'related' | 'promo' | 'embed' | 'deck' | 'feedback' | 'disclaimer';

export function furnitureKind(line: string): LineKind | null {
  const p = prep(line);
  // Every pattern condemns only short lines: long paragraphs skip all of them.
  if (p.len > LINE_LIMITS.captionMaxLength) return null;
  if (endMarker(p)) return 'end';
  if (listHeading(p)) return 'list-heading';
  if (summaryHeading(p)) return 'deck';
  if (copyright(p)) return 'copyright';
  if (metaLine(p)) return 'meta';
  if (byline(p) !== null) return 'byline';
  if (caption(p)) return 'caption';
  if (sourceLine(p)) return 'source';
  if (attachment(p)) return 'attachment';
  if (readMore(p) || pageJump(p.s)) return 'related';
  if (contact(p) || tipLine(p)) return 'contact';
  if (promo(p)) return 'promo';
  if (embed(p)) return 'embed';
  const social = socialChrome(p);
  if (social) return social;
  if (feedback(p)) return 'feedback';
  if (tagLine(p)) return 'related';
  if (disclaimer(p)) return 'disclaimer';
  if (deck(p)) return 'deck';
  if (uiLine(p) || breadcrumb(p) || player(p) || TRANSCRIPT_MARKER.test(p.s)) return 'ui';
  return null;
}
