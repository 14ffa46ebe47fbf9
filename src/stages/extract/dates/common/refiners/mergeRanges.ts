/**
 * MergeDateRangeRefiner: links two adjacent dates joined by a range connector ("June to August",
 * "9월 19일부터 24일까지", "1 ม.ค. - 31 มี.ค. 2567", "between June and September 2024") and, for lists
 * ("June and July 2020"), links them without a range so the missing year is shared.
 * Only neighbours are compared: linear after sorting.
 */
import { link } from '../candidate.js';
import type { Candidate, RefineContext } from '../types.js';

const WEEKDAY_PAREN = '(?:\\([^()\\n]{1,6}\\)[ \\t]{0,2})?';
/** Connectors that make a range (the gap between the two endpoints, whole). */
const RANGE_GAP = new RegExp(
  `^\\.?${WEEKDAY_PAREN}[ \\t\\u00a0]{0,2}(?:[-‐‑‒–—~∼〜～]|to|through|thru|until|till|into|부터|에서|ถึง|จนถึง|ถึงวันที่|-[ \\t]{0,2}วันที่)[ \\t\\u00a0]{0,2}(?:the[ \\t]{1,2}|วันที่[ \\t]{0,2})?$`,
  'i',
);
/** "between A and B", "from A to B": the word before the first endpoint. */
const BETWEEN_BEFORE = /(?:between|from)[ \t\u00a0]{1,2}(?:early[ \t]|mid-?|late[ \t])?$/i;
const AND_GAP = /^[ \t\u00a0]{0,2}(?:and|&|및|와|과|และ)[ \t\u00a0]{0,2}$/i;
const LIST_GAP = /^[ \t\u00a0]{0,2}(?:and|&|or|및|와|과|และ|หรือ|,[ \t]{0,2}and)[ \t\u00a0]{0,2}$/i;

const dateLevel = (c: Candidate): number => (c.unit === 'year' ? 0 : c.unit === 'month' ? 1 : 2);

export function mergeRanges(candidates: Candidate[], ctx: RefineContext): Candidate[] {
  // Ranges first, so a list comma never steals an endpoint ("mid-2024, 2019 to 2024").
  forNeighbours(candidates, ctx, linkRange);
  // Lists only to share a missing part ("June and July 2020", "December 10 and 11").
  forNeighbours(candidates, ctx, linkList);
  return candidates;
}

type PairVisitor = (a: Candidate, b: Candidate, gap: string, ctx: RefineContext) => void;

/** Calls `visit` on each pair of adjacent, unlinked dates of the same level close enough to be one expression.
 * The visitors are module-level functions, not closures made per call (see extract/common/spans.ts). */
function forNeighbours(candidates: Candidate[], ctx: RefineContext, visit: PairVisitor): void {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i] as Candidate;
    const b = candidates[i + 1] as Candidate;
    if (a.kind !== 'date' || b.kind !== 'date' || a.link || b.link) continue;
    if (b.start - a.end > 24 || b.start < a.end) continue;
    if (dateLevel(a) !== dateLevel(b)) continue;
    visit(a, b, ctx.src.slice(a.end, b.start), ctx);
  }
}

function linkRange(a: Candidate, b: Candidate, gap: string, ctx: RefineContext): void {
  if (RANGE_GAP.test(gap)) link(a, b, true);
  else if (AND_GAP.test(gap) && BETWEEN_BEFORE.test(ctx.src.slice(Math.max(0, a.start - 14), a.start))) link(a, b, true);
}

function linkList(a: Candidate, b: Candidate, gap: string): void {
  if (isRelative(a) || isRelative(b)) return;
  if (LIST_GAP.test(gap) && (lendsPart(b, a) || lendsPart(a, b))) link(a, b, false);
}

/** Does `from` have a year or month that `to` lacks? */
const lendsPart = (from: Candidate, to: Candidate): boolean =>
  (to.parts.year === undefined && from.parts.year !== undefined) || (to.parts.month === undefined && from.parts.month !== undefined);

const isRelative = (c: Candidate): boolean =>
  c.dayContext === 'anchor' || c.yearOffset !== undefined || c.monthOffset !== undefined || c.direction !== undefined;
