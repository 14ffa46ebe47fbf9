/**
 * Refiner: turns the parsers' candidates into one entity per organization.
 *
 *  1. overlaps      the longest candidate wins; an acronym inside a long form is dropped
 *  2. definitions   "Long Form (ACR)", "Long Form (Short Name)" and "ACR (Long Form)" tie the
 *                   bracketed form to the long form; later bare uses of it become mentions
 *  3. grouping      same gazetteer body, same normalized name, same defined acronym
 *  4. acronyms      a bare acronym joins its definition, its gazetteer body, or a long form in the
 *                   document whose initials it spells; otherwise it is dropped
 *  5. short forms   "Interior Ministry" / "interior ministry" join "Ministry of the Interior and
 *                   Safety"; a lower-case short form with no long form is dropped
 *  6. companies     a company's distinctive first word used alone later ("Hanbit") is an alias
 *  7. naming        the first full form as written is the name; other forms are aliases
 */
import type { OrganizationEntity } from '../../../../../schema/record.js';
import { GAZETTEER_BY_ACRONYM } from '../../common/gazetteer.js';
import { BODY_ORGANS, COUNTRIES, DEMONYMS, GENERIC_MODIFIERS, INSTITUTION_WORDS, LOCATIVE_PREPOSITIONS, OF_HEADS, PLACES, STOP_WORDS, TERRITORIAL_BODIES } from '../data.js';
import { isOrgHeadWord, isOrgWord } from '../lexicon.js';
import { isAcronym, type Token } from '../tokens.js';
import { orgCandidate, surface, type OrgCandidate, type OrgContext } from '../types.js';
import { acronymMatches } from './acronyms.js';
import { byFirstMention } from '../../../common/spans.js';

/** Heads of government bodies: every country has its own, so a shared short name does not merge them. */
const GOVERNMENT_HEADS = new Set(['Ministry', 'Department', 'Office', 'Government', 'Embassy', 'Consulate', 'Cabinet', 'Parliament', 'Assembly', 'Court', 'Police', 'Agency', 'Administration', 'Bureau', 'Secretariat']);

const HONORIFIC_WORDS = new Set(['Mr', 'Ms', 'Mrs', 'Dr', 'Khun', 'Miss', 'Prof']);
const WEAK_COMPANY_PARSERS = new Set(['company-cue', 'company-appositive', 'company-affiliate', 'company-possessive', 'company-title', 'company-shares', 'role-at']);

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

const kindPriority = (c: OrgCandidate): number => (c.kind === 'long' ? 2 : c.kind === 'short' ? 1 : 0);
/** Module-level, not inline: see byStartOutermostFirst in extract/common/spans.ts. */
const byStartLongestThenKind = (a: OrgCandidate, b: OrgCandidate): number => a.start - b.start || b.end - a.end || kindPriority(b) - kindPriority(a);

/** Keeps the longest of overlapping candidates; same-span candidates are merged. */
export function resolveOverlaps(candidates: OrgCandidate[]): OrgCandidate[] {
  const sorted = [...candidates].sort(byStartLongestThenKind);
  const kept: OrgCandidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) {
      kept.push(orgCandidate(c));
      continue;
    }
    if (c.start === last.start && c.end === last.end) {
      if (!last.gazetteerId && c.gazetteerId) last.gazetteerId = c.gazetteerId;
      if (c.looseVariants) last.looseVariants = [...(last.looseVariants ?? []), ...c.looseVariants];
      if (c.standalone) last.standalone = true;
      if (c.variants) last.variants = [...(last.variants ?? []), ...c.variants];
      continue;
    }
    if (c.end <= last.end) continue; // contained
    // Partial overlap: keep the longer.
    if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = orgCandidate(c);
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

/**
 * The bracketed form right after a long form: "(MOIS)", "(aT)", "(K-water)", "(EV Board)".
 * Returns its token range, or null when the brackets hold something else (a place, a year, a note).
 */
function bracketedAlias(ctx: OrgContext, c: OrgCandidate): { first: number; last: number; text: string } | null {
  const { tokens } = ctx;
  if (tokens[c.last + 1]?.text !== '(') return null;
  let close = -1;
  for (let k = c.last + 2; k < Math.min(tokens.length, c.last + 6); k++) {
    if (tokens[k]!.text === ')') {
      close = k;
      break;
    }
  }
  if (close < 0 || close === c.last + 2) return null;
  const inner = tokens.slice(c.last + 2, close);
  const text = ctx.text.slice(inner[0]!.start, inner[inner.length - 1]!.end);
  if (COUNTRIES.has(text) || PLACES.has(text) || DEMONYMS.has(text) || text.length > 24) return null;
  if (inner.length === 1) {
    const w = inner[0]!;
    if (w.kind !== 'word' || /^\d/.test(w.text)) return null;
    // "(depa)": a lower-case short name only when it spells the long form's initials.
    if (!/\p{Lu}/u.test(w.text) && !acronymMatches(w.text, surface(ctx, c))) return null;
    // One capitalized ordinary word is a short name ("(Walhi)") unless it is a place, a date word or a function word.
    if (/^\p{Lu}\p{Ll}+$/u.test(w.text) && !GAZETTEER_BY_ACRONYM.has(w.text) && !isOrgWord(w)) return null;
  } else if (!inner.every((w) => isOrgWord(w))) return null;
  return { first: c.last + 2, last: close - 1, text };
}

/** A company's distinctive first word ("Hanbit" of "Hanbit Semiconductor Corp."), or null. */
function companyShortName(name: string): string | null {
  const words = name.split(/\s+/);
  if (words.length < 2) return null;
  const w = words[0]!;
  if (!/^\p{Lu}[\p{L}\p{N}-]{2,}$/u.test(w)) return null;
  if (STOP_WORDS.has(w) || GENERIC_MODIFIERS.has(w) || COUNTRIES.has(w) || PLACES.has(w) || DEMONYMS.has(w)) return null;
  if (INSTITUTION_WORDS.has(w) || isOrgHeadWord(w) || w === 'PT') return null;
  return w;
}

export function resolveOrganizations(ctx: OrgContext, candidates: OrgCandidate[]): OrganizationEntity[] {
  const { tokens } = ctx;
  // Words written after an honorific ("Ms. Chanwit") are people: a company guessed from a cue or an
  // appositive ("Chanwit Sukcharoen, a tour operator") that starts with one is dropped.
  const honored = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (HONORIFIC_WORDS.has(t.text) && tokens[k + 1]?.text === '.' && tokens[k + 2]?.kind === 'word') honored.add(tokens[k + 2]!.text);
    else if (HONORIFIC_WORDS.has(t.text) && tokens[k + 1]?.kind === 'word') honored.add(tokens[k + 1]!.text);
  }
  const kept = resolveOverlaps(
    candidates.filter(
      (c) =>
        !(WEAK_COMPANY_PARSERS.has(c.parser) && honored.has(tokens[c.first]!.text)) &&
        !(c.gazetteerId && TERRITORIAL_BODIES.has(c.gazetteerId) && locative(tokens, c.first)),
    ),
  );

  // 2. Bracketed definitions.
  const definedAs = new Map<string, number>(); // single-token alias → index of its long form
  const multiDefs: { key: string; i: number }[] = [];
  kept.forEach((c, i) => {
    if (c.kind !== 'long') return;
    const alias = bracketedAlias(ctx, c);
    if (!alias) return;
    if (alias.first === alias.last) {
      if (!definedAs.has(alias.text)) definedAs.set(alias.text, i);
    } else multiDefs.push({ key: `n:${normalizeOrgKey(alias.text)}`, i });
  });
  // "ACR (Long Form)"
  kept.forEach((c, i) => {
    if (c.kind !== 'acronym' || tokens[c.last + 1]?.text !== '(') return;
    const inner = kept[i + 1];
    if (inner && inner.kind === 'long' && inner.first === c.last + 2 && tokens[inner.last + 1]?.text === ')') {
      const a = surface(ctx, c);
      if (!definedAs.has(a)) definedAs.set(a, i + 1);
    }
  });
  // Later bare uses of a defined form that no parser picked up ("aT", "K-water", "LotusBank").
  if (definedAs.size > 0) {
    const covered = new Uint8Array(tokens.length);
    for (const c of kept) for (let k = c.first; k <= c.last; k++) covered[k] = 1;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (covered[k] || t.kind !== 'word' || !definedAs.has(t.text)) continue;
      kept.push(orgCandidate({ start: t.start, end: t.end, first: k, last: k, kind: 'acronym', parser: 'defined-alias' }));
    }
  }

  const groups = new Groups();
  kept.forEach(() => groups.add());
  const byKey = new Map<string, number>();
  const bind = (key: string, idx: number): void => {
    const g = byKey.get(key);
    if (g === undefined) byKey.set(key, idx);
    else groups.union(g, idx);
  };

  // 3. Long forms by name and gazetteer id.
  const longIdx: number[] = [];
  kept.forEach((c, i) => {
    if (c.kind !== 'long') return;
    longIdx.push(i);
    if (c.gazetteerId) bind(`g:${c.gazetteerId}`, i);
    bind(`n:${normalizeOrgKey(surface(ctx, c))}`, i);
    for (const v of c.variants ?? []) bind(`n:${normalizeOrgKey(v)}`, i);
  });
  for (const d of multiDefs) bind(d.key, d.i);
  // A bracketed short name that a parser also read as a name of its own ("… Bank (LotusBank)").
  for (const i of longIdx) {
    const def = definedAs.get(surface(ctx, kept[i]!));
    if (def !== undefined && def !== i) groups.union(def, i);
  }
  for (const [a, i] of definedAs) {
    const gaz = GAZETTEER_BY_ACRONYM.get(a);
    if (gaz) bind(`g:${gaz.id}`, i);
  }

  // 4. Acronyms.
  const accepted = new Set<number>(longIdx);
  const longNames = longIdx.map((i) => ({ i, name: surface(ctx, kept[i]!) }));
  const initialsCache = new Map<string, number | null>();
  // An acronym that acts as a body once ("KOICA said") is that body at every other bare use too.
  const standaloneForms = new Set(kept.filter((c) => c.kind === 'acronym' && c.standalone).map((c) => surface(ctx, c)));
  let trials = 0;
  kept.forEach((c, i) => {
    if (c.kind !== 'acronym') return;
    const a = surface(ctx, c);
    const def = definedAs.get(a);
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
    } else if (standaloneForms.has(a)) {
      bind(`n:${normalizeOrgKey(a)}`, i);
      accepted.add(i);
    }
  });
  // "MRC Secretariat", "MRC Council": an organ of a body named by its acronym is that body (a short form of it).
  const shortIdx = new Set<number>();
  for (const i of longIdx) {
    const c = kept[i]!;
    if (c.last !== c.first + 1 || !BODY_ORGANS.has(tokens[c.last]!.text) || !isAcronym(tokens[c.first])) continue;
    const a = tokens[c.first]!.text;
    const def = definedAs.get(a);
    const gaz = GAZETTEER_BY_ACRONYM.get(a);
    if (def !== undefined) groups.union(def, i);
    else if (gaz) bind(`g:${gaz.id}`, i);
    else continue;
    shortIdx.add(i);
  }

  // 5. Short forms.
  // Index long forms "Head of …" by head + complement word (first few per key, in document order).
  const complementIndex = new Map<string, { i: number; words: Set<string> }[]>();
  for (const i of longIdx) {
    const parts = complementParts(surface(ctx, kept[i]!));
    if (!parts) continue;
    for (const w of parts.words) {
      const key = `${parts.head}|${w}`;
      const list = complementIndex.get(key) ?? [];
      if (list.length < 8) list.push({ i, words: parts.words });
      complementIndex.set(key, list);
    }
  }
  kept.forEach((c, i) => {
    if (c.kind !== 'short' && c.kind !== 'long') return;
    if (c.kind === 'long' && (c.gazetteerId || c.parser !== 'heads')) return;
    const parts = shortFormParts(surface(ctx, c));
    if (!parts) return;
    const target = (complementIndex.get(`${parts.head}|${parts.modifiers[0]}`) ?? []).find((x) => parts.modifiers.every((m) => x.words.has(m)));
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

  // 6. Company short names.
  const companyWords = new Map<string, number>();
  for (const i of longIdx) {
    const c = kept[i]!;
    if (!c.parser.startsWith('company')) continue;
    const w = companyShortName(surface(ctx, c));
    if (w && !companyWords.has(w)) companyWords.set(w, i);
  }
  // A one-word name found by context ("Hanbit's board", "Nordhav's country director") is that company's short name.
  for (const i of longIdx) {
    const c = kept[i]!;
    if (c.first !== c.last || !WEAK_COMPANY_PARSERS.has(c.parser)) continue;
    const owner = companyWords.get(tokens[c.first]!.text);
    if (owner === undefined || owner === i) continue;
    groups.union(owner, i);
    shortIdx.add(i);
  }
  if (companyWords.size > 0) {
    const covered = new Uint8Array(tokens.length);
    for (const i of accepted) for (let k = kept[i]!.first; k <= kept[i]!.last; k++) covered[k] = 1;
    for (let k = 0; k < tokens.length; k++) {
      const owner = companyWords.get(tokens[k]!.text);
      if (owner === undefined || covered[k] || !standsAlone(tokens, k)) continue;
      const t = tokens[k]!;
      const idx = kept.push(orgCandidate({ start: t.start, end: t.end, first: k, last: k, kind: 'acronym', parser: 'company-short' })) - 1;
      groups.add();
      groups.union(owner, idx);
      accepted.add(idx);
    }
  }

  // 7. Entities.
  const members = new Map<number, number[]>();
  for (const i of [...accepted].sort((a, b) => kept[a]!.start - kept[b]!.start)) {
    const root = groups.find(i);
    const list = members.get(root) ?? [];
    list.push(i);
    members.set(root, list);
  }
  const entities: OrganizationEntity[] = [];
  const looseOf: string[][] = [];
  for (const list of members.values()) {
    const cands = list.map((i) => kept[i]!);
    const full = list.filter((i) => kept[i]!.kind === 'long' && !shortIdx.has(i)).map((i) => kept[i]!);
    const named = full[0] ?? cands.find((c, k) => c.kind === 'acronym' && !shortIdx.has(list[k]!)) ?? cands[0]!;
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
    looseOf.push(cands.flatMap((c) => c.looseVariants ?? []));
  }
  // Loose variants become aliases when no other organization goes by that name. A later mention of a
  // non-governmental body by the short name ("the Electric Vehicle Association") is the same body;
  // governments have one ministry of foreign affairs per country, so those are never merged.
  const owner = new Map<string, number>();
  entities.forEach((e, k) => [e.name, ...e.aliases].forEach((n) => owner.set(normalizeOrgKey(n), owner.has(normalizeOrgKey(n)) ? -1 : k)));
  const looseCount = new Map<string, number>();
  looseOf.forEach((list) => new Set(list.map(normalizeOrgKey)).forEach((k) => looseCount.set(k, (looseCount.get(k) ?? 0) + 1)));
  const merged = new Set<number>();
  entities.forEach((e, k) => {
    if (merged.has(k)) return;
    for (const v of looseOf[k]!) {
      const key = normalizeOrgKey(v);
      if ((looseCount.get(key) ?? 0) > 1 || e.aliases.includes(v)) continue;
      const other = owner.get(key);
      if (other === undefined) {
        e.aliases.push(v);
        continue;
      }
      const o = other >= 0 ? entities[other] : undefined;
      const head = v.split(/\s+/).find((w) => GOVERNMENT_HEADS.has(w));
      if (!o || other === k || merged.has(other) || head || (o.mentions[0]?.start ?? 0) < (e.mentions[0]?.start ?? 0)) continue;
      for (const a of [o.name, ...o.aliases]) if (a !== e.name && !e.aliases.includes(a)) e.aliases.push(a);
      e.mentions.push(...o.mentions);
      e.mentions.sort((a, b) => a.start - b.start);
      merged.add(other);
    }
  });
  for (const k of [...merged].sort((a, b) => b - a)) entities.splice(k, 1);
  // An alias two organizations share would make the shared merge refiner join them: drop it.
  const uses = new Map<string, number>();
  for (const e of entities) for (const n of new Set([e.name, ...e.aliases])) uses.set(n, (uses.get(n) ?? 0) + 1);
  for (const e of entities) e.aliases = e.aliases.filter((a) => (uses.get(a) ?? 0) < 2);
  return entities.sort(byFirstMention);
}

/** Not glued to other capitalized words ("Hanbit" alone, not "Hanbit Tower"). */
function standsAlone(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const t = tokens[k]!;
  if (next && next.para === t.para && next.start - t.end === 1 && isOrgWord(next)) return false;
  if (prev && prev.para === t.para && t.start - prev.end === 1 && isOrgWord(prev) && !prev.sentStart) return false;
  return true;
}


/**
 * Is the name at `first` used as a place: "exports to the EU", "buyers in Japan and the European
 * Union"? A locative preposition before it, possibly across a coordinated place ("Japan and").
 */
export function locative(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  for (let round = 0; round < 3 && k >= 0; round++) {
    if (tokens[k]?.text === 'the') k -= 1;
    const t = tokens[k];
    if (!t || t.para !== tokens[first]!.para) return false;
    if (LOCATIVE_PREPOSITIONS.has(t.text)) return true;
    if (t.text !== 'and' && t.text !== 'or' && t.text !== ',') return false;
    // Skip one coordinated place name ("Japan", "South Korea", "the United States").
    let j = k - 1;
    let words = 0;
    while (j >= 0 && words < 4 && tokens[j]!.kind === 'word' && /^\p{Lu}/u.test(tokens[j]!.text)) {
      j -= 1;
      words += 1;
    }
    if (words === 0) return false;
    const place = tokens.slice(j + 1, k).map((x) => x.text).join(' ');
    if (!COUNTRIES.has(place) && !PLACES.has(place)) return false;
    k = j;
  }
  return false;
}
