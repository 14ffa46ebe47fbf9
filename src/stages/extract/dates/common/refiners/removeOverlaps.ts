/**
 * OverlapRemovalRefiner: parsers of every locale run over the whole text, so one span may be read
 * by several (a bare "2024" inside "2024년 상반기"). Matches (a range pair counts as one match,
 * spanning both endpoints) that overlap keep the longer; on a tie, the earlier parser wins.
 * One sweep over matches sorted by start: O(n log n).
 */
import type { Candidate } from '../types.js';

export interface Match {
  start: number;
  end: number;
  items: Candidate[];
  /** Parser order: lower wins ties. */
  rank: number;
}

/** By start, the longer first, then parser order. Module-level, not inline: see byStartOutermostFirst in extract/common/spans.ts. */
const byStartLongestThenRank = (a: Match, b: Match): number => a.start - b.start || b.end - a.end || a.rank - b.rank;

export function removeOverlaps(matches: Match[]): Candidate[] {
  const sorted = [...matches].sort(byStartLongestThenRank);
  const kept: Match[] = [];
  for (const m of sorted) {
    const prev = kept[kept.length - 1];
    if (!prev || m.start >= prev.end) {
      kept.push(m);
      continue;
    }
    const lenPrev = prev.end - prev.start;
    const len = m.end - m.start;
    if (len > lenPrev || (len === lenPrev && m.rank < prev.rank)) {
      kept.pop();
      // The new match may also overlap earlier kept ones (only when it starts before their end).
      while (kept.length > 0 && (kept[kept.length - 1] as Match).end > m.start) {
        const last = kept[kept.length - 1] as Match;
        if (last.end - last.start >= len) break;
        kept.pop();
      }
      const last = kept[kept.length - 1];
      if (!last || last.end <= m.start) kept.push(m);
    }
  }
  return kept.flatMap((m) => m.items);
}
