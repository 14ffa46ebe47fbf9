/**
 * Inside the chosen container: drop the residual chrome (share bars, related lists, captions, bylines,
 * datelines, copyright and "(END)" lines, repeated captions) and render the rest as paragraphs.
 */
import { furnitureKind, opensWithLedeDateline } from '../common/lines.js';
import { dedupeKey, effectiveLength } from '../common/normalize.js';
import { linkDensity, type Choice } from './score.js';
import type { Block, ElInfo, Segmentation } from './segment.js';
import { THRESHOLDS } from './weights.js';

export interface CleanContext {
  /** The headline, dropped when it reappears inside the body. */
  title: string | null;
}

export interface CleanResult {
  paragraphs: string[];
  /** Indices of the blocks kept. */
  kept: number[];
  /** Lines recognised as bylines / signatures inside the container. */
  bylineBlocks: Block[];
}

/** Elements below the container that are lists of links (related, tags, pagination). */
function linkListRanges(seg: Segmentation, container: ElInfo): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const el of seg.info.values()) {
    if (el.depth <= container.depth || el.first < container.first || el.end > container.end || el.end === el.first) continue;
    if (el.length === 0 || el.length > container.length * THRESHOLDS.innerDropMaxShare) continue;
    if (linkDensity(el) > THRESHOLDS.maxInnerLinkDensity && el.end - el.first >= 2) ranges.push([el.first, el.end]);
  }
  return ranges;
}

export function cleanAndRender(seg: Segmentation, choice: Choice, ctx: CleanContext): CleanResult {
  const { blocks } = seg;
  const drop = new Uint8Array(blocks.length);
  const bylineBlocks: Block[] = [];
  const titleKey = ctx.title ? dedupeKey(ctx.title) : null;

  for (const part of choice.parts) {
    for (const [a, b] of linkListRanges(seg, part)) for (let i = a; i < b; i++) drop[i] = 1;
  }

  // Count duplicates within the selection (captions repeated under the image, in the alt line, etc.).
  const seen = new Map<string, number>();
  for (const part of choice.parts) {
    for (let i = part.first; i < part.end; i++) {
      const k = dedupeKey(blocks[i]!.text);
      if (k) seen.set(k, (seen.get(k) ?? 0) + 1);
    }
  }

  const paragraphs: string[] = [];
  const kept: number[] = [];
  for (const part of choice.parts) {
    for (let i = part.first; i < part.end; i++) {
      if (drop[i]) continue;
      const b = blocks[i]!;
      // Chrome elements nested inside the container (share bar, byline box, related list, figcaption).
      if (b.chrome) {
        const ci = seg.info.get(b.chrome);
        if (ci && ci.depth > part.depth && ci.length <= part.length * THRESHOLDS.innerDropMaxShare) continue;
      }
      if (b.kind === 'caption') continue;
      if (b.length > 0 && b.linkLength / b.length > THRESHOLDS.maxBlockLinkDensity) continue;
      const key = dedupeKey(b.text);
      if (!key) continue;
      if (titleKey && key === titleKey) continue;
      if ((seen.get(key) ?? 0) > 1 && effectiveLength(b.text) < THRESHOLDS.maxDuplicateLength) continue;
      if (!opensWithLedeDateline(b.text)) {
        const kind = furnitureKind(b.text);
        if (kind === 'byline') {
          bylineBlocks.push(b);
          continue;
        }
        if (kind) continue;
      }
      paragraphs.push(b.text);
      kept.push(i);
    }
  }
  return { paragraphs, kept, bylineBlocks };
}
