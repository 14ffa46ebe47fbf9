/**
 * Title, publication date and byline from the page's metadata and from the visible text around the
 * headline.
 */
import { TITLE_LABELS } from '../common/lexicon.js';
import { INLINE_BYLINE } from '../common/patterns.js';
import { THRESHOLDS, TITLE_GAP_MAX_TEXT, TITLE_WINDOW } from './weights.js';
import { bylineNames, furnitureKind, isUiLine } from '../common/lines.js';

import { type DateTime, formatDate, shiftToOffset } from '../common/dates.js';
import type { Visible } from '../common/dateline.js';
import { collapse, dedupeKey, effectiveLength } from '../common/normalize.js';
import { sameHeadline, stripSiteName } from '../common/title.js';
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

/** Heading-like blocks that could be the headline. */
const TITLE_LABEL = new RegExp(`^(?:${TITLE_LABELS.join('|')})\\s*[:：]?\\s*`, 'i');

function headlineCandidates(blocks: Block[], limit: number): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length && i < limit; i++) {
    const b = blocks[i]!;
    // "제목 | headline" rows of board tables: the labelled value is a headline candidate.
    const label = TITLE_LABEL.exec(b.text);
    if (label && b.length <= 400) {
      const rest = b.text.slice(label[0].length).trim();
      if (rest) out.push({ ...b, text: rest, length: effectiveLength(rest), titleish: true });
      else if (blocks[i + 1] && blocks[i + 1]!.length >= 4) out.push({ ...blocks[i + 1]!, titleish: true });
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
  const cands = headlineCandidates(blocks, limit);
  const siteKey = site ? dedupeKey(site) : null;
  const notSite = (b: Block): boolean => !siteKey || dedupeKey(b.text) !== siteKey;

  // 1. An on-page heading that metadata confirms.
  for (const m of metas) {
    for (const c of cands) {
      if (notSite(c) && (sameHeadline(c.text, m) || sameHeadline(c.text, stripSiteName(m, site)))) return { title: c.text, blockIndex: c.index };
    }
  }
  const plausible = (c: Block): boolean =>
    notSite(c) && !isHomeLogo(c) && effectiveLength(c.text) >= 10 && !isUiLine(c.text) && furnitureKind(c.text) === null;
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
  // 3. The heading / title-classed block nearest above the body (board templates put the headline in an h3/h4).
  if (bodyFirst !== null) {
    const before = cands.filter((c) => (c.index < bodyFirst || atTop(c)) && near(c) && plausible(c)).sort((a, b) => b.index - a.index)[0];
    if (before) return { title: before.text, blockIndex: before.index };
  }
  // 4. Metadata headline without the site name.
  const meta = metas[0];
  if (meta) {
    const t = stripSiteName(meta, site);
    if (t && (!siteKey || dedupeKey(t) !== siteKey)) return { title: t, blockIndex: null };
  }
  // 5. Any h1.
  const anyH1 = cands.find((c) => c.level === 1 && plausible(c));
  if (anyH1) return { title: anyH1.text, blockIndex: anyH1.index };
  return { title: null, blockIndex: null };
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
