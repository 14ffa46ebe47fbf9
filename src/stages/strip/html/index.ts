/**
 * HTML path of the strip stage: parse once, collect metadata, find the body container, clean it,
 * and settle title, publishedAt, byline, canonical URL and site name.
 */
import type { Stripped } from '../../types.js';
import { bylineNames } from '../common/lines.js';
import { collapse, effectiveLength, joinParagraphs } from '../common/normalize.js';
import { choosePublished, chooseTitle, visibleBylines } from './choose.js';
import { visibleDate } from '../common/dateline.js';
import { cleanAndRender } from './clean.js';
import { parseHtml } from './dom.js';
import { canonicalUrl, collectMeta, localOffset, metaAuthors, siteName } from './metadata.js';
import { chooseContainer, linkDensity } from './score.js';
import { segment } from './segment.js';
import { THRESHOLDS } from './weights.js';

export function stripHtml(html: string): Stripped {
  const warnings: string[] = [];
  const root = parseHtml(html);
  const pm = collectMeta(root);
  const site = siteName(pm);
  const url = canonicalUrl(pm);
  const seg = segment(root);
  const choice = chooseContainer(seg);

  let bodyFirst: number | null = choice ? Math.min(...choice.parts.map((p) => p.first)) : null;
  // First pass at the title: it is dropped from the body when it reappears inside the container.
  let titleChoice = chooseTitle(pm, seg.blocks, bodyFirst, site);

  let paragraphs: string[] = [];
  let kept: number[] = [];
  let bylineBlocks: { text: string }[] = [];
  if (choice && linkDensity(choice.top) <= THRESHOLDS.maxContainerLinkDensity) {
    const r = cleanAndRender(seg, choice, { title: titleChoice.title, titleIndex: titleChoice.blockIndex });
    paragraphs = r.paragraphs;
    kept = r.kept;
    bylineBlocks = r.bylineBlocks;
  }
  const bodyLength = paragraphs.reduce((n, p) => n + effectiveLength(p), 0);
  if (bodyLength < THRESHOLDS.minBodyLength) {
    paragraphs = [];
    kept = [];
  }
  const text = joinParagraphs(paragraphs);
  if (!text) warnings.push('no-main-content');
  if (kept.length > 0) {
    bodyFirst = kept[0]!;
    titleChoice = chooseTitle(pm, seg.blocks, bodyFirst, site);
  }
  const bodyLast = kept.length > 0 ? kept[kept.length - 1]! : null;

  const offset = localOffset(pm, url, text || collapse(seg.blocks.slice(0, 200).map((b) => b.text).join(' ')));
  const visible = visibleDate(seg.blocks, titleChoice.blockIndex, kept.length > 0 ? bodyFirst : null, bodyLast);
  const publishedAt = choosePublished(pm, visible, offset);

  let byline = metaAuthors(pm, site);
  if (byline.length === 0) {
    const from = titleChoice.blockIndex ?? (bodyFirst ?? 0) - 5;
    const names = [
      ...visibleBylines(seg.blocks, from, bodyFirst ?? from + 10),
      ...bylineBlocks.flatMap((b) => bylineNames(b.text) ?? []),
    ];
    byline = [...new Set(names)];
  }

  if (!titleChoice.title) warnings.push('no-title');
  if (!publishedAt) warnings.push('no-published-date');
  return { title: titleChoice.title, publishedAt, byline, url, siteName: site, text, warnings };
}
