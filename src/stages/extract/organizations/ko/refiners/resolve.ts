/**
 * Refiner: groups Korean organization candidates into entities and finds their other mentions.
 * - candidates with the same name are one entity; bracket aliases join theirs ("KOICA");
 * - later bare uses of a known name or alias are mentions ("KOICA 등", "씨로보틱스 김하린 대표");
 * - the official short forms of a central-government body found in full are its aliases
 *   ("해경" for 해양경찰청);
 * - a word that abbreviates a found name is an alias when it fits exactly one of them: same
 *   organization type at the end (or its short form: 특별시→시, 대학교→대, 위원회→위), same
 *   first syllable, syllables in order ("행안부" ← 행정안전부, "부산대" ← 부산대학교,
 *   "해운조합" ← 한국해운조합, "서울시" ← 서울특별시);
 * - gazetteer bodies named twice in different ways ("유네스코", "UNESCO") are one entity;
 * - a short form met before its long form ("코이카 … 한국국제협력단(KOICA·코이카)") joins it;
 * - a bare foreign body after its country-prefixed form ("미국 국무부 … 국무부") joins it, unless
 *   Korea has a body of that name ("교육부" next to "태국 교육부" is Korea's own);
 * - the entity is named by its fullest Korean form.
 * Every lookup list is capped, so the pass stays linear on adversarial input.
 */
import type { OrganizationEntity } from '../../../../../schema/record.js';
import { byFirstMention, byStartOutermostFirst, pushUnique, uniqueSpans } from '../../../common/spans.js';
import type { Token } from '../../../persons/ko/korean/hangul.js';
import { isSubsequence } from '../../../persons/ko/korean/hangul.js';
import { particleSplits } from '../../../persons/ko/korean/particles.js';
import { COUNTRIES } from '../../../persons/ko/korean/places.js';
import { coreName } from '../parsers/brackets.js';
import { longestSuffix, recognizeOrgWord } from '../recognize.js';
import type { OrgCandidate } from '../types.js';
import { SHORT_SUFFIXES } from '../data/shortForms.js';

/** Bound on entities compared per abbreviation bucket, keeping the pass linear on any input. */
const BUCKET_CAP = 16;

interface Draft {
  name: string;
  aliases: string[];
  mentions: { start: number; end: number }[];
  /** Name of the gazetteer entry, when the entity is a known international body. */
  gazetteerId?: string;
  /** Some candidate of it was more than a passing mention (see OrgCandidate.weak). */
  strong?: boolean;
}

/** The organization-type word the name ends in, and the part before it, for abbreviation tests. */
function parts(name: string): { stem: string; suffix: string } | null {
  const bare = name.includes(' ') ? name.slice(name.lastIndexOf(' ') + 1) : name;
  const suffix = longestSuffix(bare);
  if (!suffix) return null;
  return { stem: bare.slice(0, bare.length - suffix.suffix.length), suffix: suffix.suffix };
}

/** Could `word` abbreviate the organization `name`? */
export function abbreviates(word: string, name: string): boolean {
  const bare = name.includes(' ') ? name.slice(name.lastIndexOf(' ') + 1) : name;
  if (word === bare || word.length < 2) return false;
  const p = parts(name);
  if (!p) return false;
  // "민주당" ← "더불어민주당", "연금공단" ← "국민연금공단": the name's tail with its type word.
  if (bare.length > word.length && bare.endsWith(word) && word.length - p.suffix.length >= MIN_TAIL_STEM) return true;
  const core = coreName(name);
  for (const short of [p.suffix, ...(SHORT_SUFFIXES[p.suffix] ?? [])]) {
    if (!word.endsWith(short)) continue;
    const wStem = word.slice(0, word.length - short.length);
    if (wStem.length < 2) continue;
    const coreStem = core.endsWith(p.suffix) ? core.slice(0, core.length - p.suffix.length) : core;
    for (const stem of [p.stem, coreStem]) {
      if (wStem[0] === stem[0] && isSubsequence(wStem, stem) && wStem.length <= stem.length) return true;
    }
  }
  return false;
}

/** "태국 노동부": a name opened by a country word names that country's body. */
const foreignBody = (name: string): boolean => name.includes(' ') && COUNTRIES.has(name.slice(0, name.indexOf(' ')));

const HANGUL_RE = /[가-힣]/;
/**
 * The name to report: the fullest form written in Korean ("한국국제협력단" over "KOICA" and
 * "코이카", "유엔개발계획" over "UNDP", "쭐라롱꼰대학교" over its English gloss); a Latin form
 * only when the body has no Korean one. Ties keep the form met first.
 */
function canonicalName(d: Draft): string {
  let best = d.name;
  for (const form of d.aliases) {
    const better = HANGUL_RE.test(form) && (!HANGUL_RE.test(best) || form.length > best.length);
    if (better) best = form;
  }
  return best;
}

/** Syllables a tail short form keeps before the type word ("민주" of "민주당"). */
const MIN_TAIL_STEM = 2;

/**
 * First syllables under which a name is filed for abbreviation tests: of the name, of its core
 * (without opener), and of every tail that keeps the type word and two syllables before it.
 */
function bucketKeys(name: string): string[] {
  const bare = name.replace(/^.* /, '');
  const keys = new Set([bare[0], coreName(name)[0]]);
  const suffix = longestSuffix(bare)?.suffix.length ?? 0;
  if (suffix > 0) for (let k = 1; k <= bare.length - suffix - MIN_TAIL_STEM; k++) keys.add(bare[k]);
  return [...keys].filter((k): k is string => k !== undefined);
}

/**
 * The one entity `word` abbreviates. With several, the one whose name opens with the same
 * syllable wins, if only one does: "서울대병원" is 서울대학교병원's short form, not the tail of
 * 분당서울대병원 (a body of its own).
 */
function onlyFit(word: string, fits: readonly Draft[]): Draft | undefined {
  if (fits.length === 1) return fits[0];
  const sameStart = fits.filter((e) => e.name.replace(/^.* /, '')[0] === word[0]);
  return sameStart.length === 1 ? sameStart[0] : undefined;
}

export function resolveOrganizations(tokens: readonly Token[], candidates: OrgCandidate[]): OrganizationEntity[] {
  const byName = new Map<string, Draft>();
  const byForm = new Map<string, Draft>(); // every name and alias → its entity
  const byGazetteer = new Map<string, Draft>();

  const sorted = [...candidates].sort(byStartOutermostFirst);
  const names = new Set(candidates.map((c) => c.name));
  /** Moves everything `from` knows into `into`. */
  const absorb = (into: Draft, from: Draft): void => {
    for (const form of [from.name, ...from.aliases]) {
      if (form !== into.name) pushUnique(into.aliases, form);
      byForm.set(form, into);
    }
    into.mentions.push(...from.mentions);
    if (from.strong) into.strong = true;
    if (from.gazetteerId && byGazetteer.get(from.gazetteerId) === from) byGazetteer.set(from.gazetteerId, into);
    byName.delete(from.name);
  };
  for (const c of sorted) {
    let d = byForm.get(c.name) ?? (c.org?.gazetteer ? byGazetteer.get(c.org.gazetteer.id) : undefined);
    // An official short form met before its full name ("행안부 … 행정안전부"): one entity, named in full.
    // With a country word before it, it is that country's body ("태국 노동부" is not 고용노동부).
    const full = c.org?.kind === 'short' && !foreignBody(c.name) ? c.org.lexicon?.name : undefined;
    if (!d && full && names.has(full)) {
      d = byName.get(full) ?? { name: full, aliases: [], mentions: [] };
      byName.set(full, d);
      byForm.set(full, d);
    }
    if (!d) {
      d = { name: c.name, aliases: [], mentions: [] };
      byName.set(c.name, d);
    } else if (d.name !== c.name) {
      pushUnique(d.aliases, c.name);
    }
    byForm.set(c.name, d);
    if (c.org?.gazetteer) {
      d.gazetteerId = c.org.gazetteer.id;
      byGazetteer.set(c.org.gazetteer.id, d);
    }
    for (const a of c.aliases ?? []) {
      const other = byForm.get(a);
      if (other && other !== d) {
        // A short form met before its long form ("코이카 … 한국국제협력단(KOICA·코이카)") is the
        // same body; an alias another long form already claimed stays with that one.
        if (other.name !== a) continue;
        absorb(d, other);
      }
      pushUnique(d.aliases, a);
      byForm.set(a, d);
    }
    // Official short forms of a central-government body found in full.
    if (c.org?.lexicon && c.org.kind === 'lexicon') {
      for (const s of c.org.lexicon.short) if (!byForm.has(s)) byForm.set(s, d);
    }
    d.mentions.push({ start: c.start, end: c.end });
    if (!c.weak) d.strong = true;
  }

  // "국무부" after "미국 국무부": the bare name is the foreign body named before, unless Korea has a
  // body of that name ("교육부" next to "태국 교육부" is Korea's own) or two countries' bodies match.
  const byBareName = new Map<string, Draft[]>();
  for (const d of byName.values()) {
    const space = d.name.indexOf(' ');
    if (space < 0) continue;
    const bare = d.name.slice(space + 1);
    const list = byBareName.get(bare) ?? [];
    if (list.length < 2) list.push(d); // only uniqueness matters
    byBareName.set(bare, list);
  }
  for (const d of [...byName.values()]) {
    const owners = byBareName.get(d.name);
    if (owners?.length !== 1 || recognizeOrgWord(d.name)?.kind === 'lexicon') continue;
    absorb(owners[0]!, d);
  }

  // Abbreviation buckets: entity names by first syllable of their core stem.
  const buckets = new Map<string, Draft[]>();
  for (const d of byName.values()) {
    for (const key of bucketKeys(d.name)) {
      const list = buckets.get(key) ?? [];
      if (list.length < BUCKET_CAP) list.push(d);
      buckets.set(key, list);
    }
  }

  // Candidates that abbreviate another found name ("현대차그룹", "서울시") join it.
  for (const d of [...byName.values()]) {
    if (recognizeOrgWord(d.name)?.kind === 'lexicon') continue;
    const fits = [...new Set(buckets.get(d.name[0]!) ?? [])].filter((e) => e !== d && abbreviates(d.name, e.name));
    const target = onlyFit(d.name, fits);
    if (!target) continue;
    for (const a of [d.name, ...d.aliases]) {
      pushUnique(target.aliases, a);
      byForm.set(a, target);
    }
    target.mentions.push(...d.mentions);
    if (d.strong) target.strong = true;
    byName.delete(d.name);
    for (const key of bucketKeys(d.name)) {
      const list = buckets.get(key) ?? [];
      const at = list.indexOf(d);
      if (at >= 0) list.splice(at, 1);
    }
  }

  // Tokens already inside a candidate are skipped: candidates and tokens are both in text order.
  let ci = 0;
  for (const t of tokens) {
    while (ci < sorted.length && sorted[ci]!.end <= t.start) ci++;
    if (ci < sorted.length && sorted[ci]!.start <= t.start) continue;
    for (const split of particleSplits(t.text)) {
      const stem = split.stem;
      let d = byForm.get(stem);
      if (!d && stem.length >= 3 && stem.length <= 10 && /^[가-힣]+$/.test(stem)) {
        const recognized = recognizeOrgWord(stem);
        // A full name of some other body ("교육부") is not an abbreviation of anything.
        if (recognized?.kind === 'lexicon') continue;
        const fits = [...new Set(buckets.get(stem[0]!) ?? [])].filter((e) => abbreviates(stem, e.name));
        d = onlyFit(stem, fits);
      }
      if (!d) continue;
      if (stem !== d.name) pushUnique(d.aliases, stem);
      byForm.set(stem, d);
      d.mentions.push({ start: t.start, end: t.start + stem.length });
      break;
    }
  }

  const entities: OrganizationEntity[] = [];
  for (const d of byName.values()) {
    const mentions = uniqueSpans(d.mentions);
    // A body named only in passing, once, with no short form: not reported.
    if (!d.strong && mentions.length <= 1 && d.aliases.length === 0) continue;
    const name = canonicalName(d);
    entities.push({ name, aliases: [d.name, ...d.aliases].filter((a, i, all) => a !== name && all.indexOf(a) === i), mentions });
  }
  return entities.sort(byFirstMention);
}
