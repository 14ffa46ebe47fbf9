/**
 * Refiner: turns the parsers' candidates into one entity per organization.
 *
 *  1. overlaps      the longest candidate wins; an acronym inside a long form is dropped
 *  2. definitions   "Long Form (ACR)" and "ACR (Long Form)" tie the acronym to the long form
 *  3. grouping      same gazetteer body, same normalized name, same defined acronym
 *  4. acronyms      a bare acronym joins its definition, its gazetteer body, or a long form in the
 *                   document whose initials it spells; otherwise it is dropped
 *  5. short forms   "Interior Ministry" / "interior ministry" join "Ministry of the Interior and
 *                   Safety"; a lower-case short form with no long form is dropped
 *  6. naming        the first full form as written is the name; other forms are aliases
 */
import type { OrganizationEntity } from '../../../../../schema/record.js';
import { GAZETTEER_BY_ACRONYM } from '../../common/gazetteer.js';
import { INSTITUTION_WORDS, OF_HEADS } from '../data.js';
import { isAcronym, isMixedAcronym } from '../tokens.js';
import { surface, type OrgCandidate, type OrgContext } from '../types.js';
import { acronymMatches } from './acronyms.js';

/** Upper bound on acronym-vs-long-form comparisons per document (keeps adversarial input linear). */
const MAX_ACRONYM_TRIALS = 20_000;

export function normalizeOrgKey(name: string): string {
  return name
    .replace(/[’‘]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/\bthe\b/gi, ' ')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** Keeps the longest of overlapping candidates; same-span candidates are merged. */
export function resolveOverlaps(candidates: OrgCandidate[]): OrgCandidate[] {
  const priority = (c: OrgCandidate): number => (c.kind === 'long' ? 2 : c.kind === 'short' ? 1 : 0);
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end || priority(b) - priority(a));
  const kept: OrgCandidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) {
      kept.push({ ...c });
      continue;
    }
    if (c.start === last.start && c.end === last.end) {
      if (!last.gazetteerId && c.gazetteerId) last.gazetteerId = c.gazetteerId;
      if (c.variants) last.variants = [...(last.variants ?? []), ...c.variants];
      continue;
    }
    if (c.end <= last.end) continue; // contained
    // Partial overlap: keep the longer.
    if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = { ...c };
  }
  return kept;
}

class Groups {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[x] !== r) {
      const next = this.parent[x]!;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** "Interior Ministry" → head "Ministry", modifiers ["interior"]; null when not of that shape. */
function shortFormParts(name: string): { head: string; modifiers: string[] } | null {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 3) return null;
  const head = words[words.length - 1]!;
  const cap = head.charAt(0).toUpperCase() + head.slice(1);
  if (!OF_HEADS.has(cap)) return null;
  const modifiers = words.slice(0, -1);
  if (!modifiers.every((m) => INSTITUTION_WORDS.has(m.charAt(0).toUpperCase() + m.slice(1)))) return null;
  return { head: cap, modifiers: modifiers.map((m) => m.toLowerCase()) };
}

/** "Ministry of the Interior and Safety" → head "Ministry", complement words. */
function complementParts(name: string): { head: string; words: Set<string> } | null {
  const m = /^(\S+) (?:of|for) (.+)$/.exec(name);
  if (!m || !OF_HEADS.has(m[1]!)) return null;
  return { head: m[1]!, words: new Set(m[2]!.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)) };
}

export function resolveOrganizations(ctx: OrgContext, candidates: OrgCandidate[]): OrganizationEntity[] {
  const { tokens } = ctx;
  const kept = resolveOverlaps(candidates);
  const groups = new Groups();
  const groupOf: number[] = kept.map(() => groups.add());
  const byKey = new Map<string, number>();
  const bind = (key: string, idx: number): void => {
    const g = byKey.get(key);
    if (g === undefined) byKey.set(key, idx);
    else groups.union(g, idx);
  };

  // 2–3. Long forms by name and gazetteer id; definitions.
  const longIdx: number[] = [];
  const acronymDefs = new Map<string, number>();
  kept.forEach((c, i) => {
    if (c.kind !== 'long') return;
    longIdx.push(i);
    if (c.gazetteerId) bind(`g:${c.gazetteerId}`, i);
    bind(`n:${normalizeOrgKey(surface(ctx, c))}`, i);
    for (const v of c.variants ?? []) bind(`n:${normalizeOrgKey(v)}`, i);
    const open = tokens[c.last + 1];
    const acr = tokens[c.last + 2];
    const close = tokens[c.last + 3];
    if (open?.text === '(' && close?.text === ')' && (isAcronym(acr) || isMixedAcronym(acr) || GAZETTEER_BY_ACRONYM.has(acr?.text ?? ''))) {
      const a = acr!.text;
      if (!acronymDefs.has(a)) acronymDefs.set(a, i);
      const gaz = GAZETTEER_BY_ACRONYM.get(a);
      if (gaz) bind(`g:${gaz.id}`, i);
    }
  });
  // "ACR (Long Form)"
  kept.forEach((c, i) => {
    if (c.kind !== 'acronym') return;
    const open = tokens[c.last + 1];
    if (open?.text !== '(') return;
    const inner = kept[i + 1];
    if (inner && inner.kind === 'long' && inner.first === c.last + 2 && tokens[inner.last + 1]?.text === ')') {
      const a = surface(ctx, c);
      if (!acronymDefs.has(a)) acronymDefs.set(a, i + 1);
    }
  });

  // 4. Acronyms.
  const accepted = new Set<number>(longIdx);
  const longNames = longIdx.map((i) => ({ i, name: surface(ctx, kept[i]!) }));
  const initialsCache = new Map<string, number | null>();
  let trials = 0;
  kept.forEach((c, i) => {
    if (c.kind !== 'acronym') return;
    const a = surface(ctx, c);
    const def = acronymDefs.get(a);
    if (def !== undefined) {
      groups.union(def, i);
      accepted.add(i);
      return;
    }
    if (c.gazetteerId) {
      bind(`g:${c.gazetteerId}`, i);
      accepted.add(i);
      return;
    }
    let hit = initialsCache.get(a);
    if (hit === undefined) {
      hit = null;
      let count = 0;
      for (const l of longNames) {
        if (trials++ > MAX_ACRONYM_TRIALS) break;
        if (l.name.charAt(0).toLowerCase() !== a.charAt(0).toLowerCase()) continue;
        if (acronymMatches(a, l.name)) {
          if (hit === null || groups.find(l.i) !== groups.find(hit)) count += 1;
          hit ??= l.i;
        }
      }
      if (count > 1) hit = null;
      initialsCache.set(a, hit);
    }
    if (hit !== null) {
      groups.union(hit, i);
      accepted.add(i);
    }
  });

  // 5. Short forms.
  const complements = longIdx
    .map((i) => ({ i, parts: complementParts(surface(ctx, kept[i]!)) }))
    .filter((x): x is { i: number; parts: { head: string; words: Set<string> } } => x.parts !== null)
    .slice(0, 500);
  const shortIdx = new Set<number>();
  kept.forEach((c, i) => {
    if (c.kind !== 'short' && c.kind !== 'long') return;
    if (c.kind === 'long' && (c.gazetteerId || c.parser !== 'heads')) return;
    const parts = shortFormParts(surface(ctx, c));
    if (!parts) return;
    const target = complements.find((x) => x.parts.head === parts.head && parts.modifiers.every((m) => x.parts.words.has(m)));
    const same = c.kind === 'short' ? byKey.get(`n:${normalizeOrgKey(surface(ctx, c))}`) : undefined;
    if (same !== undefined) {
      groups.union(same, i);
      accepted.add(i);
    } else if (target) {
      groups.union(target.i, i);
      accepted.add(i);
      shortIdx.add(i);
    } else if (c.kind === 'long') {
      accepted.add(i);
    }
  });

  // 6. Entities.
  const members = new Map<number, number[]>();
  for (const i of [...accepted].sort((a, b) => a - b)) {
    const root = groups.find(i);
    const list = members.get(root) ?? [];
    list.push(i);
    members.set(root, list);
  }
  const entities: OrganizationEntity[] = [];
  for (const list of members.values()) {
    const cands = list.map((i) => kept[i]!);
    const full = list.filter((i) => kept[i]!.kind === 'long' && !shortIdx.has(i)).map((i) => kept[i]!);
    const named = full[0] ?? cands.find((c) => c.kind === 'long') ?? cands[0]!;
    const name = surface(ctx, named);
    const aliases: string[] = [];
    const seen = new Set([name]);
    for (const c of cands) {
      for (const form of [surface(ctx, c), ...(c.variants ?? [])]) {
        if (seen.has(form)) continue;
        seen.add(form);
        aliases.push(form);
      }
    }
    entities.push({ name, aliases, mentions: cands.map((c) => ({ start: c.start, end: c.end })) });
  }
  return entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
