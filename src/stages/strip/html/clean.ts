/**
 * Inside the chosen container: drop the residual chrome (share bars, related lists, captions, bylines,
 * datelines, copyright and "(END)" lines, repeated captions) and render the rest as paragraphs.
 */
import { endsBody, fieldLabelKind, furnitureKind, isListHeading, isMediaPlaceholder, isSummaryHeading, opensWithCaptionPointer, opensWithLedeDateline } from '../common/lines.js';
import { dedupeKey, effectiveLength } from '../common/normalize.js';
import { SENTENCE_END } from '../common/patterns.js';
import { headlineSimilarity } from '../common/title.js';
import { LINE_LIMITS } from '../common/thresholds.js';
import { linkDensity, type Choice } from './score.js';
import { type Block, type ElInfo, type Segmentation, isCentered } from './segment.js';
import { DECK, IMAGE_CAPTION, THRESHOLDS } from './weights.js';

export interface CleanContext {
  /** The headline, dropped when it reappears inside the body. */
  title: string | null;
  /** Block index of the on-page headline; what precedes it inside the container (kicker, crumbs, labels) is not body. */
  titleIndex: number | null;
}

export interface CleanResult {
  paragraphs: string[];
  /** Indices of the blocks kept. */
  kept: number[];
  /** Lines recognised as bylines / signatures inside the container. */
  bylineBlocks: Block[];
}

/**
 * Elements strictly inside one of the chosen containers that are lists of links (related articles, tags,
 * pagination). One pass over all elements; each is placed in its container by binary search, so the cost
 * stays linear however many sibling containers joined the body.
 */
function linkListRanges(seg: Segmentation, sorted: readonly ElInfo[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const el of seg.infos) {
    if (el.end - el.first < 2 || el.length === 0) continue;
    const part = enclosingPart(sorted, el);
    if (!part || el.length > part.length * THRESHOLDS.innerDropMaxShare) continue;
    if (linkDensity(el) > THRESHOLDS.maxInnerLinkDensity) ranges.push([el.first, el.end]);
  }
  return ranges;
}

/** The container (of parts sorted by position) that strictly contains an element, by binary search; null if none. */
function enclosingPart(sorted: readonly ElInfo[], el: ElInfo): ElInfo | null {
  let lo = 0;
  let hi = sorted.length - 1;
  let part: ElInfo | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = sorted[mid]!;
    if (p.first <= el.first) {
      part = p;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return part && el.end <= part.end && el.depth > part.depth ? part : null;
}

/**
 * Label/value tables inside the container: a press release's header box ("보도시점 | 2025. 5. 20. | 배포 | …",
 * "담당 부서 | 담당자 | 연락처") and its closing contact table ("담당 부서 | 책임자 | 과장 …"), wherever they sit. Every
 * cell is short and at least THRESHOLDS.infoTableMinPairs field labels are each followed by a value (a data table's
 * header row sets its labels side by side), and a board's view table that holds the article holds its long
 * paragraphs too.
 */
function infoTableRanges(seg: Segmentation, sorted: readonly ElInfo[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const isLabel = (i: number): boolean => fieldLabelKind(seg.blocks[i]!.text) === 'field';
  for (const el of seg.infos) {
    if (el.tag !== 'table' || el.end - el.first < 2 * THRESHOLDS.infoTableMinPairs || !enclosingPart(sorted, el)) continue;
    let pairs = 0;
    let short = true;
    for (let i = el.first; i < el.end && short; i++) {
      if (seg.blocks[i]!.length > THRESHOLDS.proseMinLength) short = false;
      else if (isLabel(i) && i + 1 < el.end && !isLabel(i + 1)) pairs++;
    }
    if (short && pairs >= THRESHOLDS.infoTableMinPairs) ranges.push([el.first, el.end]);
  }
  return ranges;
}

/**
 * A deck (standfirst, subheadline) right under the headline: a heading, or a short line set wholly in
 * bold / italic that does not end as a sentence. Thai sentences carry no final punctuation, so a Thai
 * line counts only when deck-short.
 */
function deckLike(b: Block): boolean {
  if (b.length < DECK.minLength || opensWithLedeDateline(b.text)) return false;
  if (b.kind === 'heading') return b.length <= DECK.maxLength;
  if (b.emphasis < DECK.emphasisShare) return false;
  if (/[\u0e00-\u0e7f]/.test(b.text)) return b.length <= DECK.thaiMaxLength;
  return b.length <= DECK.maxLength && !SENTENCE_END.test(b.text);
}

/** Blocks between the headline and the first body paragraph that are a deck: dropped. */
function deckAfterTitle(blocks: readonly Block[], titleIndex: number, drop: Uint8Array): void {
  for (let i = titleIndex + 1; i < blocks.length && i <= titleIndex + DECK.window; i++) {
    const b = blocks[i]!;
    if (drop[i] || b.chrome || b.kind === 'caption' || b.length === 0 || b.linkLength > b.length * THRESHOLDS.maxBlockLinkDensity) continue;
    const kind = furnitureKind(b.text);
    if (kind === 'deck') {
      drop[i] = 1;
      continue;
    }
    if (kind) continue;
    if (!deckLike(b)) return;
    drop[i] = 1;
  }
}

/** A paragraph under its image that is its caption: short, and centred or opened by "▲" (see IMAGE_CAPTION). */
function imageCaption(b: Block): boolean {
  return b.afterImage && b.length <= IMAGE_CAPTION.maxLength && (isCentered(b) || opensWithCaptionPointer(b.text));
}

/**
 * Boxes inside the container headed by a summary or list heading ("Key takeaways", "자동요약", "Related
 * stories") whatever their class: the largest element that starts with the heading and stays small beside
 * the container. A heading with no such box around it is dropped alone (by furnitureKind).
 */
const HEADING_MAX_LENGTH = Math.max(LINE_LIMITS.listHeadingMaxLength, LINE_LIMITS.summaryHeadingMaxLength);

function headedBoxes(blocks: readonly Block[], part: ElInfo, drop: Uint8Array): void {
  for (let i = part.first; i < part.end; i++) {
    const b = blocks[i]!;
    if (b.length === 0 || b.length > HEADING_MAX_LENGTH || !(isSummaryHeading(b.text) || isListHeading(b.text))) continue;
    let box: ElInfo | null = null;
    for (let el: ElInfo | null = b.owner; el && el !== part && el.depth > part.depth && el.first === i; el = el.parent) {
      if (el.length > part.length * THRESHOLDS.headedBoxMaxShare) break;
      box = el;
    }
    if (box && box.end - box.first > 1) drop.fill(1, box.first, box.end);
  }
}

/**
 * A subhead the template wraps in a chrome-classed element ("header-with-anchor-widget", "section-header"): a
 * heading alone in that element, no furniture itself, followed by a prose paragraph of the body. A heading
 * over a box (newsletter, related list) shares its element with the box, or is followed by chrome: dropped.
 */
function templateSubhead(blocks: readonly Block[], i: number, ci: ElInfo, part: ElInfo, drop: Uint8Array): boolean {
  const b = blocks[i]!;
  if (b.kind !== 'heading' || ci.first !== i || ci.end !== i + 1 || b.length > THRESHOLDS.subheadMaxLength) return false;
  if (furnitureKind(b.text) !== null) return false;
  for (let j = i + 1; j < part.end; j++) {
    const n = blocks[j]!;
    if (n.length === 0 || drop[j]) continue;
    const inChrome = !!n.chrome && n.chrome.depth > part.depth;
    return !inChrome && n.kind !== 'heading' && n.length >= THRESHOLDS.proseMinLength && furnitureKind(n.text) === null;
  }
  return false;
}

/** Opens with a quotation mark: how a pull quote is set when it is not a <blockquote>. */
const OPENS_QUOTE = /^["“«「『]/u;

/**
 * Pull quotes: a quotation set apart (<blockquote>, or a block that opens with a quotation mark) whose text
 * recurs inside a longer paragraph of the selection. The paragraph keeps the words; the display copy goes.
 */
function pullQuotes(blocks: readonly Block[], parts: readonly ElInfo[], keys: Map<number, string>, drop: Uint8Array): void {
  const prose: Array<[number, string]> = [];
  const quotes: number[] = [];
  for (const part of parts) {
    for (let i = part.first; i < part.end; i++) {
      const b = blocks[i]!;
      const k = keys.get(i) ?? '';
      if (b.length >= THRESHOLDS.proseMinLength) prose.push([i, k]);
      if ((b.kind === 'quote' || OPENS_QUOTE.test(b.text)) && k.length >= THRESHOLDS.excerptMinKeyLength && b.length <= THRESHOLDS.maxDuplicateLength) quotes.push(i);
    }
  }
  for (const i of quotes) {
    const k = keys.get(i)!;
    if (prose.some(([j, pk]) => j !== i && pk.length > k.length && pk.includes(k))) drop[i] = 1;
  }
}

const THAI_LETTER = /[\u0e00-\u0e7f]/g;
const isThaiText = (t: string): boolean => (t.match(THAI_LETTER)?.length ?? 0) >= (t.match(/\p{L}/gu)?.length ?? 1) * 0.5;

/**
 * Position after the body (Thai pages): once the last prose paragraph is followed by recognised chrome (a
 * dropped block: tags, a source line, a related list, a share bar), the short blocks still kept after that
 * point are the rest of the same widget zone — follow boxes, channel names, counters, QR prompts — not body.
 * A short closing line directly after the last paragraph, before any chrome, stays.
 */
function trimTailAfterChrome(blocks: readonly Block[], paragraphs: string[], kept: number[]): void {
  let last = -1;
  for (let k = kept.length - 1; k >= 0; k--) {
    const b = blocks[kept[k]!]!;
    if (b.kind !== 'cell' && b.kind !== 'heading' && b.length >= THRESHOLDS.proseMinLength) {
      last = k;
      break;
    }
  }
  if (last < 0 || !isThaiText(blocks[kept[last]!]!.text)) return;
  let cut = -1;
  for (let k = last + 1; k < kept.length; k++) {
    const gapHasChrome = (): boolean => {
      for (let i = kept[k - 1]! + 1; i < kept[k]!; i++) {
        const b = blocks[i]!;
        if (b.length === 0 || b.kind === 'caption') continue;
        if (b.linkLength > b.length * THRESHOLDS.maxBlockLinkDensity) return true;
        const kind = furnitureKind(b.text);
        if (kind && kind !== 'caption' && kind !== 'deck' && kind !== 'byline') return true;
      }
      return false;
    };
    if (gapHasChrome()) {
      cut = k;
      break;
    }
  }
  if (cut < 0) return;
  for (let k = kept.length - 1; k >= cut; k--) {
    const b = blocks[kept[k]!]!;
    // Data-table cells after the prose belong to the body (see dataCell above).
    if (b.length >= THRESHOLDS.proseMinLength || b.kind === 'cell') continue;
    kept.splice(k, 1);
    paragraphs.splice(k, 1);
  }
}

export function cleanAndRender(seg: Segmentation, choice: Choice, ctx: CleanContext): CleanResult {
  const { blocks } = seg;
  const drop = new Uint8Array(blocks.length);
  const bylineBlocks: Block[] = [];
  const titleKey = ctx.title ? dedupeKey(ctx.title) : null;

  const sortedParts = [...choice.parts].sort((a, b) => a.first - b.first);
  for (const [a, b] of [...linkListRanges(seg, sortedParts), ...infoTableRanges(seg, sortedParts)]) drop.fill(1, a, b);
  for (const part of choice.parts) {
    const t = ctx.titleIndex;
    if (t !== null && t >= part.first && t < part.end) for (let i = part.first; i <= t; i++) drop[i] = 1;
  }

  if (ctx.titleIndex !== null) deckAfterTitle(blocks, ctx.titleIndex, drop);
  for (const part of choice.parts) headedBoxes(blocks, part, drop);

  // Count duplicates within the selection (captions repeated under the image, in the alt line, etc.).
  const seen = new Map<string, number>();
  const keys = new Map<number, string>();
  for (const part of choice.parts) {
    for (let i = part.first; i < part.end; i++) {
      const k = dedupeKey(blocks[i]!.text);
      keys.set(i, k);
      if (k) seen.set(k, (seen.get(k) ?? 0) + 1);
    }
  }
  pullQuotes(blocks, choice.parts, keys, drop);

  const paragraphs: string[] = [];
  const kept: number[] = [];
  let seenProse = false;
  let ended = false;
  for (const part of choice.parts) {
    if (ended) break;
    for (let i = part.first; i < part.end; i++) {
      if (drop[i]) continue;
      const b = blocks[i]!;
      // "– ENDS –", "(END)", "###": what follows is the "About us" box, contacts, notes to editors.
      if (seenProse && endsBody(b.text)) {
        ended = true;
        break;
      }
      // Chrome elements nested inside the container (share bar, byline box, related list, figcaption).
      const ci = b.chrome;
      if (ci && ci.depth > part.depth && ci.length <= part.length * THRESHOLDS.innerDropMaxShare && !(seenProse && templateSubhead(blocks, i, ci, part, drop))) continue;
      if (b.kind === 'caption' || imageCaption(b)) continue;
      // A media placeholder once the prose has started ("[그래픽] …", "[표] …"); above it the label may open the headline.
      if (seenProse && isMediaPlaceholder(b.text)) continue;
      if (b.length > 0 && b.linkLength / b.length > THRESHOLDS.maxBlockLinkDensity) continue;
      const key = keys.get(i) ?? '';
      if (!key) continue;
      if (titleKey && key === titleKey) continue;
      // Before the prose, a headline-set block (heading, title-classed or large type) that rewords the headline.
      if (!seenProse && ctx.title && (b.kind === 'heading' || b.titleish) && !SENTENCE_END.test(b.text) && headlineSimilarity(b.text, ctx.title) >= THRESHOLDS.restatedTitleSimilarity) continue;
      // A data table inside the body (after prose has started): its cells are short labels and numbers
      // that would pass for UI words, view counts or repeats. Header tables come before the prose.
      const dataCell = b.kind === 'cell' && seenProse;
      // The short value cell of a header-table row ("작 성 자 | 보건행정팀", "등록일 | 2025-05-22"): metadata.
      if (b.kind === 'cell' && !seenProse && b.length <= THRESHOLDS.proseMinLength && i > 0 && fieldLabelKind(blocks[i - 1]!.text) === 'field') continue;
      if (!dataCell && (seen.get(key) ?? 0) > 1 && effectiveLength(b.text) < THRESHOLDS.maxDuplicateLength) continue;
      if (!opensWithLedeDateline(b.text)) {
        const kind = furnitureKind(b.text);
        if (kind === 'byline') {
          bylineBlocks.push(b);
          continue;
        }
        if (kind && !(dataCell && (kind === 'ui' || kind === 'meta'))) continue;
      }
      paragraphs.push(b.text);
      kept.push(i);
      if (b.kind !== 'cell' && b.kind !== 'heading' && b.length >= THRESHOLDS.proseMinLength) seenProse = true;
    }
  }
  trimTailAfterChrome(blocks, paragraphs, kept);
  return { paragraphs, kept, bylineBlocks };
}
