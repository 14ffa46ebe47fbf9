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
import { type ElInfo, type Segmentation, segment } from './segment.js';
import { THRESHOLDS } from './weights.js';

/**
 * A section front or home page: the best container is a list of teasers, each a linked headline over a
 * short summary. Articles do not carry several linked headings among their paragraphs.
 */
function isTeaserList(seg: Segmentation, parts: readonly ElInfo[], keptCount: number): boolean {
  let linked = 0;
  for (const part of parts) {
    for (let i = part.first; i < part.end; i++) {
      const b = seg.blocks[i]!;
      if ((b.kind === 'heading' || b.titleish) && b.length >= THRESHOLDS.teaserMinLength && b.linkLength >= b.length * 0.8) linked++;
    }
  }
  return linked >= THRESHOLDS.teaserMinCount && linked >= keptCount * THRESHOLDS.teaserShare;
}

export function stripHtml(html: string): Stripped {
  const warnings: string[] = [];
  const root = parseHtml(html);
  const pm = collectMeta(root);
  const site = siteName(pm);
  // Without a declared site name, the logo's label still tells which part of <title> is the site.
  const titleSite = site ?? pm.homeLabel;
  const url = canonicalUrl(pm);
  const seg = segment(root);
  const choice = chooseContainer(seg);

  let bodyFirst: number | null = choice ? choice.parts.reduce((m, p) => Math.min(m, p.first), Infinity) : null;
  // First pass at the title: it is dropped from the body when it reappears inside the container.
  let titleChoice = chooseTitle(pm, seg.blocks, bodyFirst, titleSite);

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
  if (bodyLength < THRESHOLDS.minBodyLength || (choice && isTeaserList(seg, choice.parts, kept.length))) {
    paragraphs = [];
    kept = [];
  }
  if (kept.length > 0) {
    bodyFirst = kept[0]!;
    const cleanedWith = titleChoice;
    titleChoice = chooseTitle(pm, seg.blocks, bodyFirst, titleSite);
    // The headline was only recognised once the body was known (it heads the kept blocks, e.g. a board's
    // subject cell inside the container): clean again with it, so it and what precedes it leave the body.
    const t = titleChoice.blockIndex;
    if (choice && t !== null && t !== cleanedWith.blockIndex && kept.includes(t)) {
      const r = cleanAndRender(seg, choice, { title: titleChoice.title, titleIndex: t });
      if (r.kept.length > 0) {
        paragraphs = r.paragraphs;
        kept = r.kept;
        bylineBlocks = r.bylineBlocks;
        bodyFirst = kept[0]!;
      }
    }
  }
  const text = joinParagraphs(paragraphs);
  if (!text) warnings.push('no-main-content');
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

  // Without an article there is no headline or publication date to report (a home page's <title> and
  // its teasers' dates are not this document's).
  const title = text ? titleChoice.title : null;
  const date = text ? publishedAt : null;
  if (!title) warnings.push('no-title');
  if (!date) warnings.push('no-published-date');
  return { title, publishedAt: date, byline: text ? byline : [], url, siteName: site, text, warnings };
}
