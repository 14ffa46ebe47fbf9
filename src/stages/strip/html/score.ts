/**
 * Choose the element that holds the article body, Readability-style: every text block votes for its
 * ancestors with a score from its length and punctuation, discounted by link density; candidates start
 * from a tag prior plus class/id hints; the best one may be widened to a common ancestor or joined by
 * siblings (bodies split across sibling containers, layout tables).
 */
import { DATELINE } from '../common/dateline.js';
import { findDates, labelBefore } from '../common/dates.js';
import type { Block, ElInfo, Segmentation } from './segment.js';
import { THRESHOLDS, WEIGHTS } from './weights.js';

/** Clause and sentence punctuation in the three scripts. Thai marks clauses with spaces. */
const PUNCT = /[,，、;；.。!?！？:：]/g;
const THAI_SPACE = /[\u0e00-\u0e7f] (?=[\u0e00-\u0e7f])/g;

export function blockScore(b: Block): number {
  if (b.length < THRESHOLDS.minBlockLength || b.kind === 'heading' || b.kind === 'caption') return 0;
  const punct = (b.text.match(PUNCT)?.length ?? 0) + (b.text.match(THAI_SPACE)?.length ?? 0);
  const base = 1 + Math.min(punct, 30) + Math.min(THRESHOLDS.lengthPointsCap, Math.floor(b.length / THRESHOLDS.lengthPerPoint));
  const ld = b.length > 0 ? b.linkLength / b.length : 0;
  return base * (1 - ld);
}

export function linkDensity(el: ElInfo): number {
  return el.length > 0 ? el.linkLength / el.length : 0;
}

function initialize(el: ElInfo): void {
  if (el.scored) return;
  el.scored = true;
  el.score = (WEIGHTS.tag[el.tag] ?? 0) + el.classWeight;
}

/**
 * A heading with its own publication line under it, before any paragraph ("headline / 기자 / 입력 2025.03.14 07:05"):
 * a story's headline at whatever level the template sets it. An intertitle has no dateline under it.
 */
function datedHeading(blocks: Block[], i: number, end: number): boolean {
  for (let k = i + 1; k < end && k <= i + THRESHOLDS.storyDatelineWindow; k++) {
    const b = blocks[k]!;
    if (b.kind === 'heading' || (b.kind === 'p' && blockScore(b) > 0)) return false;
    if (b.length > DATELINE.maxLabelledLine) continue;
    if (findDates(b.text).some((m) => labelBefore(b.text.slice(0, m.index)) === 'published')) return true;
  }
  return false;
}

/**
 * How many stories an element holds: headlines (h1, or a heading with its own dateline) each followed, before the
 * next one, by at least THRESHOLDS.storyMinParagraphs voting paragraphs of its own. An infinite-scroll page pre-loads
 * the next story of its feed under the article (its own headline, byline and body); a logo or a section name set in
 * an h1 has no paragraphs under it.
 */
function storyCount(blocks: Block[], el: ElInfo): number {
  let stories = 0;
  let paragraphs = -1; // under the current headline; -1 before the first
  for (let i = el.first; i < el.end; i++) {
    const b = blocks[i]!;
    if (b.kind === 'heading' && (b.level === 1 || datedHeading(blocks, i, el.end))) {
      if (paragraphs >= THRESHOLDS.storyMinParagraphs) stories++;
      paragraphs = 0;
    } else if (paragraphs >= 0 && b.kind === 'p' && blockScore(b) > 0) paragraphs++;
  }
  return paragraphs >= THRESHOLDS.storyMinParagraphs ? stories + 1 : stories;
}

/** A web address written out as text (no link around it): "https://…", "www.…". */
const WEB_ADDRESS = /(?:https?:\/\/|www\.)\S+/gi;

/** Share of a text taken by written-out web addresses: a block made mostly of one is a printed page address
 * ("The Wayback Machine - https://…", "URL ของข่าวนี้ : http://…"), not a paragraph. */
export function addressShare(text: string): number {
  let n = 0;
  for (const m of text.matchAll(WEB_ADDRESS)) n += m[0].length;
  return text.length > 0 ? n / text.length : 0;
}

/**
 * The page's own story when the chosen element is one story of a feed: the feed (the nearest ancestor holding several
 * stories) appends the next stories under the page's own, so its first child holding a story is the article.
 */
function firstStoryOfFeed(blocks: Block[], infos: ElInfo[], top: ElInfo): ElInfo {
  let child = top;
  for (let a: ElInfo | null = top; a; child = a, a = a.parent) {
    if (storyCount(blocks, a) <= 1) continue;
    if (a === top || storyCount(blocks, child) === 0) return top;
    const first = infos.find((e) => e.parent === a && storyCount(blocks, e) === 1);
    return first && first.first < child.first ? first : top;
  }
  return top;
}

export interface Choice {
  top: ElInfo;
  /** The containers whose blocks form the body (the top candidate and any siblings joining it). */
  parts: ElInfo[];
}

export function chooseContainer(seg: Segmentation): Choice | null {
  const { blocks, infos } = seg;
  const candidates: ElInfo[] = [];
  for (const b of blocks) {
    const s = blockScore(b);
    if (s <= 0) continue;
    let el: ElInfo | null = b.owner;
    // A block directly inside <p>/<li>/<td> votes for the paragraph's container first.
    for (let level = 0; el && level < WEIGHTS.ancestorLevels; level++, el = el.parent) {
      if (!el.scored) {
        initialize(el);
        candidates.push(el);
      }
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      el.score += s / divider;
    }
  }
  if (candidates.length === 0) return null;

  let top: ElInfo | null = null;
  const finalScore = (el: ElInfo): number => el.score * (1 - linkDensity(el));
  const ranked = candidates
    .filter((c) => c.tag !== 'p' && c.tag !== 'li' && c.tag !== 'td' || c.length > 0)
    .map((c) => ({ c, s: finalScore(c) }))
    .sort((a, b) => b.s - a.s);
  top = ranked[0]?.c ?? null;
  if (!top) return null;
  const topScore = finalScore(top);

  // Several near-equal candidates (paragraph groups split by ads or subheads): use their common ancestor.
  const close = ranked.slice(1, 6).filter((r) => r.s >= topScore * THRESHOLDS.alternativeRatio).map((r) => r.c);
  // The container never widens over the next story of a feed (see storyCount).
  const spansStories = (el: ElInfo): boolean => storyCount(blocks, el) > 1;
  if (close.length >= THRESHOLDS.alternativeMinCount - 1) {
    const ancestorsOf = (el: ElInfo): Set<ElInfo> => {
      const set = new Set<ElInfo>();
      for (let a: ElInfo | null = el.parent; a; a = a.parent) set.add(a);
      return set;
    };
    for (let a: ElInfo | null = top.parent; a && a.tag !== 'body' && !spansStories(a); a = a.parent) {
      let containing = 0;
      for (const c of close) if (ancestorsOf(c).has(a)) containing++;
      if (containing >= THRESHOLDS.alternativeMinCount - 1) {
        top = a;
        break;
      }
    }
  }

  // A paragraph or cell cannot be the container: use its parent. (A cell with several paragraphs can: a row of a
  // layout table.)
  const isCell = (el: ElInfo): boolean => el.tag === 'td' && el.paragraphs < THRESHOLDS.cellContainerMinParagraphs;
  while ((top.tag === 'p' || top.tag === 'li' || isCell(top) || top.tag === 'span' || /^h[1-6]$/.test(top.tag)) && top.parent && top.parent.tag !== 'body') {
    top = top.parent;
  }

  // Walk up while the parent scores higher and holds paragraphs the candidate lacks (the body is spread
  // over the parent's children). A parent that merely wraps the same paragraphs adds only chrome.
  let last = finalScore(top);
  for (let p = top.parent; p && p.tag !== 'body' && p.scored; p = p.parent) {
    const ps = finalScore(p);
    if (ps > last && p.paragraphs > top.paragraphs && linkDensity(p) <= THRESHOLDS.maxContainerLinkDensity && !spansStories(p)) {
      top = p;
      last = ps;
    } else break;
  }

  top = firstStoryOfFeed(blocks, infos, top);
  const story = storyCount(blocks, top) === 1;

  // Join siblings that also hold body text (not the next story of a feed).
  const parts: ElInfo[] = [top];
  const parent = top.parent;
  if (parent) {
    const threshold = Math.max(THRESHOLDS.siblingMinScore, finalScore(top) * THRESHOLDS.siblingRatio);
    const siblings = infos.filter((e) => e.parent === parent && e !== top && e.end > e.first);
    // Share of an element's text that sits in chrome nested inside it (a profile box wrapped in a
    // content-classed div is still a profile box).
    const chromeShare = (el: ElInfo): number => {
      let n = 0;
      for (let i = el.first; i < el.end; i++) {
        const b = blocks[i]!;
        if (b.chrome && b.chrome.depth > el.depth) n += b.length;
      }
      return el.length > 0 ? n / el.length : 0;
    };
    for (const s of siblings) {
      if (s.classWeight < 0 || (story && storyCount(blocks, s) > 0)) continue;
      if (chromeShare(s) > THRESHOLDS.siblingMaxChromeShare) continue;
      let join = s.scored && finalScore(s) >= threshold;
      if (!join && s.tag === 'p' || !join && s.tag === 'div' && s.end - s.first <= 2) {
        const ld = linkDensity(s);
        const text = blocks[s.end - 1]?.text ?? '';
        if (s.length > THRESHOLDS.siblingParagraphLength && ld < THRESHOLDS.siblingParagraphMaxLinkDensity) join = true;
        else if (s.length > 0 && ld === 0 && /[.。!?]\s*$|다\.?$/.test(text)) join = true;
      }
      // A printed page address is no paragraph, whatever its length (see addressShare).
      if (join && addressShare(blocks.slice(s.first, s.end).map((b) => b.text).join(' ')) > THRESHOLDS.siblingMaxAddressShare) join = false;
      if (join) parts.push(s);
    }
    parts.sort((a, b) => a.first - b.first);
  }
  return { top, parts };
}
