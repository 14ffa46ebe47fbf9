/**
 * Refiner: within-document coreference for Thai persons, after the parsers have found names by
 * their cues.
 * - candidates with the same name are one person;
 * - a romanized gloss in brackets ("(Takahashi Kenji)") is an alias; a romanized name found on its
 *   own ("รองนายกรัฐมนตรี Pham Van Khoa") joins the Thai-script name it transliterates (same
 *   number of words, compatible first consonants), and vice versa;
 * - a partial mention (a given name after an honorific, "นายเจริญชัย กล่าว"; one word of a
 *   transliterated name, "นางลานระบุ") joins the one full name containing that word, as an alias;
 *   a Thai-script word alone that spells the family name of one romanized full name ("ศ.ลินด์ควิสต์"
 *   ↔ "Prof. Helena Lindqvist") joins it; a partial after an honorific with no full name is a person
 *   of its own, one after a role alone is dropped;
 * - later bare mentions are found: the full name and its aliases anywhere a word starts; one part of
 *   a two-part name (the Thai given name, a foreigner's family name) at the start of a chunk or
 *   after a conjunction ("ฝ่ายไทย กิตติศักดิ์ เสนอ", "พิมพ์ลดาย้ำว่า", "ส่วนไบเดนกล่าว").
 * Output: one entity per person, name in Thai script when there is one, ordered by first mention.
 */
import type { PersonEntity, Span } from '../../../../../schema/record.js';
import { byFirstMention, pushUnique, uniqueSpans } from '../../../common/spans.js';
import type { ThaiText } from '../thai/text.js';
import { isLatinLetter, isThaiLetter, thaiConsonants } from '../thai/text.js';
import { onsetMatches, transliterationMatches } from '../name.js';
import { BEFORE_NAME_WORDS } from '../tables.js';
import type { PersonCandidate } from '../types.js';

interface Draft {
  name: string;
  latin: boolean;
  aliases: string[];
  titles: string[];
  mentions: Span[];
  /** Merged into another draft. */
  into?: Draft;
}

const root = (d: Draft): Draft => {
  let r = d;
  while (r.into) r = r.into;
  return r;
};

function merge(a: Draft, b: Draft): void {
  const ra = root(a);
  const rb = root(b);
  if (ra === rb) return;
  // Keep the Thai-script name as canonical, else the longer one.
  const [keep, drop] = ra.latin && !rb.latin ? [rb, ra] : !ra.latin && rb.latin ? [ra, rb] : ra.name.length >= rb.name.length ? [ra, rb] : [rb, ra];
  pushUnique(keep.aliases, drop.name);
  for (const x of drop.aliases) pushUnique(keep.aliases, x);
  for (const t of drop.titles) pushUnique(keep.titles, t);
  keep.mentions.push(...drop.mentions);
  drop.into = keep;
}

const BEFORE_NAME = BEFORE_NAME_WORDS;

/** Most difference in consonant count between a romanized family name and its Thai spelling. */
const MAX_CONSONANT_GAP = 1;

/**
 * Does a Thai-script word spell the family name (last word) of a romanized name? Same onset, and
 * about as many consonants ("Lindqvist" l-n-d-q-v-s-t ↔ "ลินด์ควิสต์" ล-น-ด-ค-ว-ส-ต).
 */
function spellsFamilyName(latin: string, thai: string): boolean {
  const family = latin.split(' ').pop()!;
  const latinConsonants = family.replace(/[^bcdfghjklmnpqrstvwxz]/gi, '').length;
  const thaiCount = thaiConsonants(thai).replace(/^อ/, '').length;
  return onsetMatches(family, thai) && Math.abs(latinConsonants - thaiCount) <= MAX_CONSONANT_GAP;
}

/** Shortest given name searched for bare (shorter ones are too often ordinary words). */
const MIN_BARE_GIVEN = 4;
/** At most this many forms are tried at one position (keeps the scan linear). */
const MAX_FORMS_PER_KEY = 16;

export function resolvePersons(doc: ThaiText, candidates: PersonCandidate[]): PersonEntity[] {
  const { text } = doc;
  const byName = new Map<string, Draft>();
  const drafts: Draft[] = [];
  const draftFor = (name: string, latin: boolean): Draft => {
    let d = byName.get(name);
    if (!d) {
      d = { name, latin, aliases: [], titles: [], mentions: [] };
      byName.set(name, d);
      drafts.push(d);
    }
    return root(d);
  };

  // 1. Full names.
  const full = candidates.filter((c) => !c.partial);
  for (const c of full) {
    const d = draftFor(c.name, c.latin);
    for (const t of c.titles) pushUnique(d.titles, t);
    d.mentions.push({ start: c.start, end: c.end });
  }
  // 2. Glosses: the gloss names the same person.
  for (const c of candidates) {
    if (c.aliases.length === 0) continue;
    const d = byName.get(c.name) ?? draftFor(c.name, c.latin);
    for (const a of c.aliases) {
      const other = byName.get(a.name);
      if (other) merge(d, other);
      const r = root(d);
      pushUnique(r.aliases, a.name);
      r.mentions.push(a.span);
    }
  }
  // 3. Romanized names ↔ Thai-script names that transliterate them.
  const thaiFull = drafts.filter((d) => !d.latin && !d.into && d.name.includes(' '));
  for (const d of drafts) {
    if (!d.latin || d.into) continue;
    const matches = thaiFull.filter((t) => !t.into && transliterationMatches(d.name, t.name));
    if (matches.length === 1) merge(matches[0]!, d);
  }
  // 4. Partial mentions: a word of exactly one full name.
  const byWord = new Map<string, Set<Draft>>();
  for (const d of drafts) {
    if (d.into) continue;
    for (const w of d.name.split(' ')) {
      if (w.length < 2 || w === 'ณ') continue;
      const set = byWord.get(w) ?? new Set<Draft>();
      set.add(d);
      byWord.set(w, set);
    }
  }
  const romanized = drafts.filter((d) => !d.into && d.latin && d.name.includes(' '));
  for (const c of candidates) {
    if (!c.partial) continue;
    let owners = [...(byWord.get(c.name) ?? [])].map(root).filter((d, i, all) => all.indexOf(d) === i && d.name !== c.name);
    // "ศ.ลินด์ควิสต์" ↔ "Helena Lindqvist": a Thai-script word alone that transliterates the family
    // name of exactly one romanized full name.
    if (owners.length === 0 && !c.latin) owners = romanized.map(root).filter((d, i, all) => all.indexOf(d) === i && spellsFamilyName(d.name, c.name));
    if (owners.length === 1) {
      const d = owners[0]!;
      pushUnique(d.aliases, c.name);
      for (const t of c.titles) pushUnique(d.titles, t);
      d.mentions.push({ start: c.start, end: c.end });
    } else if (owners.length === 0 && c.cue === 'honorific') {
      const d = draftFor(c.name, c.latin);
      for (const t of c.titles) pushUnique(d.titles, t);
      d.mentions.push({ start: c.start, end: c.end });
    }
  }

  // 5. Later bare mentions.
  const live = drafts.filter((d) => !d.into);
  findBareMentions(doc, live);

  return live
    .map((d) => toEntity(text, d))
    .filter((e): e is PersonEntity => e !== null)
    .sort(byFirstMention);
}

interface Form {
  form: string;
  draft: Draft;
  /** Only at the start of a chunk (given names alone). */
  chunkStart: boolean;
}

function findBareMentions(doc: ThaiText, drafts: Draft[]): void {
  const { text } = doc;
  const covered = new Uint8Array(text.length + 1);
  for (const d of drafts) for (const m of d.mentions) covered.fill(1, m.start, m.end);

  const forms = new Map<string, Form[]>();
  const add = (form: string, draft: Draft, chunkStart: boolean): void => {
    if (form.length < 2) return;
    const key = form.slice(0, 2);
    const list = forms.get(key) ?? [];
    if (list.length >= MAX_FORMS_PER_KEY || list.some((f) => f.form === form)) return;
    list.push({ form, draft, chunkStart });
    forms.set(key, list);
  };
  // The first part (Thai given name) and last part (a foreigner's family name: "ไบเดน") of two-part
  // names, when no other person has the same part.
  const owners = new Map<string, number>();
  const count = (w: string): void => void owners.set(w, (owners.get(w) ?? 0) + 1);
  for (const d of drafts) {
    if (d.latin) continue;
    const parts = d.name.split(' ');
    if (parts.length === 2) {
      count(parts[0]!);
      count(parts[1]!);
    }
  }
  for (const d of drafts) {
    const oneWord = !d.latin && !d.name.includes(' ');
    if (!oneWord) add(d.name, d, false);
    else if (d.name.length >= MIN_BARE_GIVEN) add(d.name, d, true);
    for (const a of d.aliases) if (a.includes(' ') || isLatinLetter(a[0])) add(a, d, false);
    for (const a of d.aliases) if (!a.includes(' ') && !isLatinLetter(a[0]) && a.length >= MIN_BARE_GIVEN) add(a, d, true);
    const parts = d.name.split(' ');
    if (!d.latin && parts.length === 2) {
      for (const part of parts) if (part.length >= MIN_BARE_GIVEN && owners.get(part) === 1) add(part, d, true);
    }
  }
  for (const list of forms.values()) list.sort((a, b) => b.form.length - a.form.length);

  for (const chunk of doc.chunks) {
    for (let p = chunk.start; p < chunk.end; p++) {
      if (covered[p]) continue;
      const atChunkStart = p === chunk.start || !isThaiLetter(text[p - 1]) || (doc.isBoundary(p) && BEFORE_NAME.some((w) => text.endsWith(w, p) && doc.isBoundary(p - w.length)));
      if (!atChunkStart && !doc.isBoundary(p)) continue;
      const list = forms.get(text.slice(p, p + 2));
      if (!list) continue;
      for (const f of list) {
        if (f.chunkStart && !atChunkStart) continue;
        if (!text.startsWith(f.form, p)) continue;
        const end = p + f.form.length;
        if (!doc.endsWord(end) || (isLatinLetter(f.form[0]) && isLatinLetter(text[end]))) continue;
        if (covered[end - 1]) continue;
        const d = root(f.draft);
        d.mentions.push({ start: p, end });
        if (f.form !== d.name) pushUnique(d.aliases, f.form);
        covered.fill(1, p, end);
        p = end - 1;
        break;
      }
    }
  }
}

function toEntity(text: string, d: Draft): PersonEntity | null {
  const mentions = uniqueSpans(d.mentions);
  if (mentions.length === 0) return null;
  // Aliases: only forms that occur in the text as mentions.
  const surfaces = new Set(mentions.map((m) => text.slice(m.start, m.end)));
  const aliases = d.aliases.filter((a) => a !== d.name && surfaces.has(a));
  return { name: d.name, aliases, titles: d.titles, mentions };
}
