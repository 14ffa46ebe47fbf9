/**
 * Refiner shared by persons and organizations: merges entities that name the same thing
 * (same name, or a name that is another's alias), unions aliases, titles and mentions, and
 * orders the result by first mention so output is deterministic.
 */
import type { Span } from '../../../schema/record.js';
import { uniqueSpans } from './spans.js';

export interface MergeableEntity {
  name: string;
  aliases: string[];
  mentions: Span[];
  titles?: string[];
}

/** Keeps first-seen order, drops duplicates and the entity's own name. */
function uniqueStrings(values: string[], exclude?: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    if (v === exclude || seen.has(v)) continue;
    seen.add(v);
    out.push(v);
  }
  return out;
}

export function mergeEntities<T extends MergeableEntity>(entities: T[]): T[] {
  const groups: T[][] = [];
  const groupOf = new Map<string, number>();
  for (const entity of entities) {
    const keys = [entity.name, ...entity.aliases];
    const hits = [...new Set(keys.map((k) => groupOf.get(k)).filter((g): g is number => g !== undefined))];
    let target: number;
    if (hits.length === 0) {
      target = groups.push([]) - 1;
    } else {
      target = Math.min(...hits);
      for (const other of hits) {
        if (other === target) continue;
        const moved = groups[other] ?? [];
        groups[target]?.push(...moved);
        groups[other] = [];
        for (const e of moved) for (const k of [e.name, ...e.aliases]) groupOf.set(k, target);
      }
    }
    groups[target]?.push(entity);
    for (const k of keys) groupOf.set(k, target);
  }

  const merged: T[] = [];
  for (const group of groups) {
    if (group.length === 0) continue;
    const mentions = uniqueSpans(group.flatMap((e) => e.mentions));
    // Canonical name: the longest form; ties go to the earliest mention.
    const first = group.reduce((best, e) => (e.name.length > best.name.length ? e : best));
    const allNames = group.flatMap((e) => [e.name, ...e.aliases]);
    const entity = {
      ...first,
      name: first.name,
      aliases: uniqueStrings(allNames, first.name),
      mentions,
    };
    if (group.some((e) => e.titles)) entity.titles = uniqueStrings(group.flatMap((e) => e.titles ?? []));
    merged.push(entity);
  }
  return merged.sort(byFirstMentionThenName);
}

const firstStart = (e: { mentions: readonly Span[] }): number => e.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;

/** Module-level, not inline: see byStartOutermostFirst in extract/common/spans.ts. */
const byFirstMentionThenName = (a: { name: string; mentions: readonly Span[] }, b: { name: string; mentions: readonly Span[] }): number =>
  firstStart(a) - firstStart(b) || a.name.localeCompare(b.name);
