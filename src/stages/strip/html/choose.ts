/**
 * Title, publication date and byline from the page's metadata and from the visible text around the
 * headline.
 */
import { TITLE_LABELS } from '../common/lexicon.js';
import { INLINE_BYLINE } from '../common/patterns.js';
import { DECK, THRESHOLDS, TITLE_GAP_MAX_TEXT, TITLE_MATCH, TITLE_SCORES, TITLE_WINDOW } from './weights.js';
import { bylineNames, furnitureKind, isBreadcrumb, isUiLine, joinSpacedLabel } from '../common/lines.js';
import { BODY_MARKER, BREADCRUMB_SEPARATOR, HEADLINE_SENTENCE_END, SAVED_FILE_NAME, SENTENCE_END } from '../common/patterns.js';

import { type DateTime, formatDate, shiftToOffset } from '../common/dates.js';
import type { Visible } from '../common/dateline.js';
import { collapse, dedupeKey, effectiveLength } from '../common/normalize.js';
import { TITLE_SPLIT } from '../common/thresholds.js';
import { headlineSimilarity, sameHeadline, splitTitle, stripSiteName, titleParts } from '../common/title.js';
import type { PageMeta } from './metadata.js';
import { metaPublished, metaTitles } from './metadata.js';
import type { Block } from './segment.js';
import { type HNode, attr, walk } from './dom.js';
import { HOME_HREF } from './hints.js';

export interface TitleChoice {
  title: string | null;
  /** Index of the block holding the on-page headline, when found. */
  blockIndex: number | null;
}

/** Heading-like blocks that could be the headline. Longest label first: "หัวข้อข่าว" must not be read as
 * "หัวข้อ" followed by a one-word headline. */
const TITLE_LABEL = new RegExp(`^(?:${[...TITLE_LABELS].sort((a, b) => b.length - a.length).join('|')})\\s*[:：]?\\s*`, 'i');

function headlineCandidates(blocks: Block[], limit: number, labelled: Set<number>): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length && i < limit; i++) {
    const b = blocks[i]!;
    // "제목 | headline" rows of board tables: the labelled value is a headline candidate.
    // Letter-spaced labels ("제 목") are read joined.
    const text = joinSpacedLabel(b.text);
    const label = TITLE_LABEL.exec(text);
    if (label && b.length <= 400) {
      const rest = text.slice(label[0].length).trim();
      if (rest) {
        out.push({ ...b, text: rest, length: effectiveLength(rest), titleish: true });
        labelled.add(i);
      } else if (blocks[i + 1] && blocks[i + 1]!.length >= 4) {
        out.push({ ...blocks[i + 1]!, titleish: true });
        labelled.add(i + 1);
      }
      continue;
    }
    if (b.length < 4 || b.length > 400) continue;
    if ((b.kind === 'heading' && b.level <= 3) || b.titleish) out.push(b);
  }
  // h1 first, then other headings, each in document order.
  return out.sort((x, y) => (x.level === 1 ? 0 : 1) - (y.level === 1 ? 0 : 1) || x.index - y.index);
}

/** A heading whose text is all one link to the site's home page: the logo ("<h1><a href="/">Site</a></h1>"). */
function isHomeLogo(b: Block): boolean {
  if (b.length === 0 || b.linkLength < b.length * 0.9) return false;
  let home = false;
  walk(b.owner.node as HNode, (n) => {
    if (home) return false;
    if (n.type === 'tag' && n.name === 'a') {
      const href = attr(n, 'href').trim();
      if (href && HOME_HREF.test(href)) home = true;
      return false;
    }
    return true;
  });
  return home;
}

export function chooseTitle(pm: PageMeta, blocks: Block[], bodyFirst: number | null, site: string | null): TitleChoice {
  const metas = metaTitles(pm);
  const limit = bodyFirst === null ? blocks.length : Math.max(bodyFirst + 40, 200);
  const labelled = new Set<number>();
  const cands = headlineCandidates(blocks, limit, labelled);
  // Site names: the declared one, plus what <title> / og:title carry around their headline ("… - Site",
  // "Site :: …", "… | Section | Site"): a heading that repeats one of those parts is the masthead or a
  // section name, not this page's headline.
  const splits = metas.map((m) => splitTitle(m, site));
  const siteKeys = new Set<string>();
  if (site) siteKeys.add(dedupeKey(site));
  for (const sp of splits) for (const r of sp.removed) if (dedupeKey(r) && r.length <= TITLE_SPLIT.crumbMaxChars) siteKeys.add(dedupeKey(r));
  const notSite = (b: Block): boolean => !siteKeys.has(dedupeKey(b.text));
  // The metadata headline(s) without site name and crumbs, when they are long enough to be headlines.
  const metaHeadlines = [...new Set(splits.map((sp) => sp.headline))].filter(
    (h) => effectiveLength(h) >= TITLE_MATCH.minMetaLength && !siteKeys.has(dedupeKey(h)),
  );
  const similarity = (b: Block): number => metaHeadlines.reduce((m, h) => Math.max(m, headlineSimilarity(b.text, h)), 0);
  const navLabels = navigationLabels(blocks, limit);
  const isNavLabel = (b: Block): boolean => {
    const idx = navLabels.get(dedupeKey(b.text));
    return !!idx && idx.some((i) => i !== b.index);
  };

  // 1. An on-page heading that metadata confirms — not a menu label: a <title> "보도자료 | 기관명" names the
  //    board, and the board-name heading over the view table repeats the menu entry. Nor the logo: a
  //    "Board | Site Name" <title> contains the site's name, too long to be recognised as a crumb.
  //    Of several that do (an e-mail's "Subject:" header row and the headline over the text), the nearest the body.
  const byNearness = bodyFirst === null ? cands : [...cands].sort((a, b) => Math.abs(a.index - bodyFirst) - Math.abs(b.index - bodyFirst));
  for (const m of metas) {
    for (const c of byNearness) {
      if (notSite(c) && !isNavLabel(c) && !isHomeLogo(c) && (sameHeadline(c.text, m) || sameHeadline(c.text, stripSiteName(m, site)))) return { title: c.text, blockIndex: c.index };
    }
  }
  const plausible = (c: Block): boolean =>
    notSite(c) && !isNavLabel(c) && !isHomeLogo(c) && effectiveLength(c.text) >= 10 && !isUiLine(c.text) && furnitureKind(c.text) === null;
  // Text between a block and the body start, summed once from the body start upwards (stops at the
  // first long prose block or once the sum is too large to matter): a headline may sit many blocks above
  // the body when only light furniture (a quote table's cells, share buttons, captions) lies between.
  let lightFrom = bodyFirst ?? 0;
  if (bodyFirst !== null) {
    let sum = 0;
    for (let i = bodyFirst - 1; i >= 0; i--) {
      const b = blocks[i]!;
      sum += b.length;
      if (sum > TITLE_GAP_MAX_TEXT || (!b.chrome && b.kind !== 'cell' && b.kind !== 'caption' && b.length >= THRESHOLDS.proseMinLength && furnitureKind(b.text) === null)) break;
      lightFrom = i;
    }
  }
  const near = (c: Block): boolean =>
    bodyFirst === null || (c.index <= bodyFirst + 2 && (c.index >= bodyFirst - TITLE_WINDOW || c.index + 1 >= lightFrom));
  // A headline at the top of the body container (the container's head block joined the body): only
  // short blocks (kicker, section label) precede it there.
  const atTop = (c: Block): boolean => {
    if (bodyFirst === null || c.index < bodyFirst || c.index > bodyFirst + 2) return false;
    for (let i = bodyFirst; i < c.index; i++) if (blocks[i]!.length >= THRESHOLDS.proseMinLength) return false;
    return true;
  };
  // 2. An h1 just before (or at the top of) the body that is not the site logo.
  const h1 = cands.find((c) => c.level === 1 && plausible(c) && near(c));
  if (h1) return { title: h1.text, blockIndex: h1.index };
  // 2b. A plain block near the body (a headline set in a <div>, <dt> or table cell) that repeats the
  //     metadata headline or one whole part of <title> ("Site - Headline" with an unknown site name).
  const textPool = plainBlocks(blocks, bodyFirst, limit);
  const metaParts = new Set<string>();
  for (const m of metas) for (const part of [m, ...titleParts(m)]) if (effectiveLength(part) >= TITLE_MATCH.minMetaLength) metaParts.add(dedupeKey(part));
  for (const sp of splits) if (sp.removed.length > 0 && effectiveLength(sp.headline) >= TITLE_MATCH.minMetaLength) metaParts.add(dedupeKey(sp.headline));
  for (const k of siteKeys) metaParts.delete(k);
  const repeated = textPool.find((c) => !c.chrome && near(c) && notSite(c) && !isNavLabel(c) && metaParts.has(dedupeKey(c.text)));
  if (repeated) return { title: repeated.text, blockIndex: repeated.index };
  // 3. The best headline-like block just above (or at the top of) the body: headings and title-classed
  //    elements, blocks set in bold / large type, and lines followed by the dateline or byline — ranked by
  //    rank, likeness to the metadata headline, and nearness (see TITLE_SCORES).
  if (bodyFirst !== null) {
    const seen = new Set<number>();
    const pool: Block[] = [];
    for (const c of [...cands, ...textPool]) {
      if (seen.has(c.index)) continue;
      seen.add(c.index);
      if ((c.index < bodyFirst || atTop(c)) && near(c) && plausible(c)) pool.push(c);
    }
    const strong = new Set(cands.map((c) => c.index));
    const best = rankHeadlines(pool, blocks, bodyFirst, strong, labelled, similarity, metaHeadlines.length > 0);
    if (best) return { title: best.text, blockIndex: best.index };
  }
  // 4. Metadata headline without the site name (not a file name, see SAVED_FILE_NAME).
  const meta = metas.find((m) => !SAVED_FILE_NAME.test(m));
  if (meta) {
    const t = stripSiteName(meta, site);
    if (t && !siteKeys.has(dedupeKey(t))) return { title: t, blockIndex: null };
  }
  // 5. Any h1.
  const anyH1 = cands.find((c) => c.level === 1 && plausible(c));
  if (anyH1) return { title: anyH1.text, blockIndex: anyH1.index };
  return { title: null, blockIndex: null };
}

/**
 * Short fully linked blocks (menu and tab entries) and breadcrumb parts, by their dedupe key: the labels
 * of the site's navigation. A heading that repeats one ("보도·해명자료" over a board whose menu has the same
 * entry, "Business" over a story) names the section, not the article.
 */
function navigationLabels(blocks: Block[], limit: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const add = (text: string, i: number): void => {
    const k = dedupeKey(text);
    if (!k) return;
    const list = out.get(k) ?? [];
    list.push(i);
    out.set(k, list);
  };
  for (let i = 0; i < blocks.length && i < limit + 200; i++) {
    const b = blocks[i]!;
    if (b.length > 0 && b.length <= TITLE_MATCH.navLabelMaxLength && b.linkLength >= b.length * 0.9) add(b.text, i);
    else if (isBreadcrumb(b.text)) for (const part of b.text.split(BREADCRUMB_SEPARATOR)) if (effectiveLength(part) <= TITLE_MATCH.navLabelMaxLength) add(part, i);
  }
  return out;
}

/** Unlinked, non-caption blocks of headline length before (and at the top of) the body. */
function plainBlocks(blocks: Block[], bodyFirst: number | null, limit: number): Block[] {
  const out: Block[] = [];
  const to = Math.min(blocks.length, bodyFirst === null ? limit : bodyFirst + 3);
  for (let i = 0; i < to; i++) {
    const b = blocks[i]!;
    if (b.kind === 'caption' || b.kind === 'heading' || b.titleish) continue;
    if (b.length < 10 || b.length > TITLE_MATCH.maxPlainLength || b.linkLength > b.length * 0.3) continue;
    // The value cell of a "작성자 | 해운물류국" / "Department | …" row: a field, not a headline.
    const prev = blocks[i - 1];
    if (prev && prev.length <= TITLE_MATCH.fieldLabelMaxLength && isUiLine(prev.text)) continue;
    out.push(b);
  }
  // Nearest to the body first.
  return out.reverse();
}

/**
 * The dateline, byline or a metadata row comes next — past at most a deck (a lower heading, a bold line,
 * a "- … -" line) and UI rows (share buttons): the shape of a headline. A section label is followed by the
 * headline instead.
 */
function followedByMeta(blocks: Block[], i: number, level: number): boolean {
  // Under a headline-sized non-heading block whose class names a title ("article-head-title"), the deck may be set in
  // plain lines ("<div class=…-sub">line<br>line</div>"): unlinked, deck-length, not closed by a full stop.
  // A bare heading gets no such allowance (a section heading "<h2>오늘의 주요 뉴스</h2>" sits over a plain
  // headline), nor does a label-sized block.
  const top = blocks[i]!;
  const plainDeckOk = top.kind !== 'heading' && top.titleish && top.length >= TITLE_SCORES.labelLength;
  for (let k = i + 1; k <= i + TITLE_SCORES.followWindow && k < blocks.length; k++) {
    const b = blocks[k]!;
    const kind = furnitureKind(b.text);
    if (kind === 'meta' || kind === 'byline') return true;
    if (kind === 'ui' || kind === 'deck' || b.length === 0) continue;
    const deck =
      (b.kind === 'heading' && (level === 0 || b.level > level)) ||
      (b.emphasis >= TITLE_SCORES.emphasisShare && b.length <= DECK.maxLength) ||
      (plainDeckOk && b.kind !== 'heading' && !b.titleish && b.kind !== 'caption' && b.linkLength === 0 &&
        b.length >= DECK.minLength && b.length <= DECK.maxLength && !HEADLINE_SENTENCE_END.test(b.text));
    if (!deck) return false;
  }
  return false;
}

/** Hangul and Thai letters: a page whose body is written in them has its headline in them too. */
const HANGUL_OR_THAI = /[\uac00-\ud7a3\u0e00-\u0e7f]/;

function rankHeadlines(
  pool: Block[], blocks: Block[], bodyFirst: number, strong: Set<number>, labelled: Set<number>, similarity: (b: Block) => number, haveMeta: boolean,
): Block | null {
  const follows = new Map(pool.map((c) => [c.index, followedByMeta(blocks, c.index, c.kind === 'heading' ? c.level : 0)]));
  const firstProse = blocks.slice(bodyFirst).find((b) => b.length >= THRESHOLDS.proseMinLength);
  const hangulOrThaiBody = !!firstProse && HANGUL_OR_THAI.test(firstProse.text);
  let best: Block | null = null;
  let bestScore = -Infinity;
  for (const c of pool) {
    const isStrong = strong.has(c.index);
    const fol = follows.get(c.index)!;
    const emphasised = c.emphasis >= TITLE_SCORES.emphasisShare;
    const sim = similarity(c);
    // A plain block needs some sign of being a headline: the dateline under it, or bold type with the
    // metadata agreeing (or no metadata headline to fall back on).
    if (!isStrong && !fol && !(emphasised && (sim >= TITLE_SCORES.plainMinSimilarity || !haveMeta))) continue;
    if (!isStrong && HEADLINE_SENTENCE_END.test(c.text)) continue;
    // A press-release item ("□ 마바구는 … 밝혔다.") is body, even in the large type a word processor sets it in.
    if (BODY_MARKER.test(c.text) && SENTENCE_END.test(c.text)) continue;
    // A paragraph-length block that ends as a sentence is prose, whatever its markup (a lede set in large type).
    if (c.kind !== 'heading' && c.length > TITLE_SCORES.maxLength && SENTENCE_END.test(c.text)) continue;
    let s = 0;
    if (c.kind === 'heading') s += TITLE_SCORES.heading[c.level] ?? 1;
    else if (c.titleish) s += TITLE_SCORES.titleClass;
    if (fol) s += TITLE_SCORES.followedByMeta;
    if (emphasised) s += TITLE_SCORES.emphasis;
    if (sim >= TITLE_SCORES.minSimilarity) s += TITLE_SCORES.similarity * sim;
    if (c.length < TITLE_SCORES.labelLength) s += TITLE_SCORES.label;
    if (labelled.has(c.index)) s += TITLE_SCORES.labelled;
    if (hangulOrThaiBody && !HANGUL_OR_THAI.test(c.text)) s += TITLE_SCORES.otherScript;
    // The second of two stacked headline candidates (a deck / subheadline under the headline), when the
    // upper one is a headline-sized candidate of at least the same rank that also sits over the dateline.
    const above = c.index > 0 ? blocks[c.index - 1]! : null;
    if (above && follows.get(above.index) && above.length >= TITLE_SCORES.labelLength && rank(above) >= rank(c)) s += TITLE_SCORES.deck;
    s -= TITLE_SCORES.perBlockAway * Math.abs(bodyFirst - c.index);
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}

/** Typographic rank of a headline candidate: h1 highest; a title-classed or large-type block counts as an h2. */
function rank(b: Block): number {
  if (b.kind === 'heading') return 7 - b.level;
  if (b.titleish) return 5;
  return b.emphasis >= TITLE_SCORES.emphasisShare ? 1 : 0;
}

const sameDay = (a: DateTime, b: DateTime): boolean => a.y === b.y && a.m === b.m && a.d === b.d;
const isUtc = (dt: DateTime): boolean => dt.offset === 'Z' || dt.offset === '+00:00';

/**
 * Combine metadata and the visible dateline. The page's own local date wins over a UTC timestamp that
 * falls on another day; a UTC timestamp is localised when the page's offset is known.
 */
export function choosePublished(pm: PageMeta, visible: Visible | null, offset: string | null): string | null {
  const metas = metaPublished(pm);
  let meta = metas[0]?.dt ?? null;
  if (meta && offset && isUtc(meta)) meta = shiftToOffset(meta, offset);
  const vis = visible && visible.weight >= 1 ? visible.dt : null;
  if (meta && vis) return sameDay(meta, vis) ? formatDate(meta) : formatDate(vis, offset);
  if (meta) return formatDate(meta);
  if (vis) return formatDate(vis, offset);
  return null;
}

export function visibleBylines(blocks: Block[], from: number, to: number): string[] {
  const names: string[] = [];
  for (let i = Math.max(0, from); i <= Math.min(blocks.length - 1, to); i++) {
    const text = blocks[i]!.text;
    const n = bylineNames(text);
    if (n) names.push(...n);
    else if (effectiveLength(text) <= 120) {
      // "12 มีนาคม 2024 โดย กองบรรณาธิการ", "Published … · By Kim": a byline after other metadata.
      const m = INLINE_BYLINE.exec(text);
      if (m) names.push(...(bylineNames(m[0].trim()) ?? []));
    }
  }
  return [...new Set(names.map((n) => collapse(n)).filter(Boolean))];
}
