/** Small span and list helpers shared by every locale's entity refiners. */
import type { Span } from '../../../schema/record.js';

const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

// Shared comparators live at module level on purpose: V8 drops the optimized code of a closure created per
// call at the next full GC, so an inline comparator in a per-document function is compiled again and again.
/** By start; of two spans starting together, the longer first. */
export const byStartOutermostFirst = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

/** Entities in order of their first mention. */
export const byFirstMention = (a: { mentions: readonly Span[] }, b: { mentions: readonly Span[] }): number =>
  (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0);

/** Sorted by position, each span once. */
export function uniqueSpans(spans: readonly Span[]): Span[] {
  const seen = new Set<string>();
  return [...spans].sort(byStart).filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Keeps the outermost of nested candidates; of two overlapping ones, the earlier. */
export function dropNested<T extends Span>(candidates: readonly T[]): T[] {
  const sorted = [...candidates].sort(byStartOutermostFirst);
  const out: T[] = [];
  let reach = -1;
  for (const c of sorted) {
    if (c.end <= reach) continue;
    out.push(c);
    reach = Math.max(reach, c.end);
  }
  return out;
}

export function pushUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}
