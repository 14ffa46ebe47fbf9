/**
 * Parsers for organizations named by a known word rather than a type word + name:
 * - gazetteer: international bodies and news agencies from ../../common/gazetteer.ts, by their Thai
 *   names ("สหประชาชาติ", "อาเซียน", "องค์การอนามัยโลก") and Latin acronyms ("ASEAN", "WHO");
 * - institutions: the Cabinet, the National Assembly … ("คณะรัฐมนตรี", "รัฐสภา");
 * - suffix names: a name written before "มหาวิทยาลัย" as one glued word ("จุฬาลงกรณ์มหาวิทยาลัย").
 */
import type { ThaiText } from '../../../persons/th/thai/text.js';
import { isLatinLetter, isThaiLetter, WordTable } from '../../../persons/th/thai/text.js';
import { GAZETTEER, type GazetteerEntry } from '../../common/gazetteer.js';
import { INSTITUTIONS } from '../data/lexicon.js';
import { ORG_SUFFIXES } from '../data/prefixes.js';
import { COUNTRY_TABLE, ORG_STOP_TABLE, PREFIX_TABLE, ROLE_TABLE, STEM_STOP_TABLE } from '../tables.js';
import type { OrgCandidate } from '../types.js';

const THAI_FORMS = new Map<string, GazetteerEntry>();
const LATIN_FORMS = new Map<string, GazetteerEntry>();
for (const e of GAZETTEER) {
  for (const th of e.th ?? []) THAI_FORMS.set(th, e);
  for (const a of e.acronyms) LATIN_FORMS.set(a, e);
  LATIN_FORMS.set(e.name, e);
  for (const a of e.aliases ?? []) LATIN_FORMS.set(a, e);
}
const THAI_GAZETTEER_TABLE = new WordTable(THAI_FORMS.keys());
/** Longest Latin gazetteer form, in words. */
const MAX_LATIN_WORDS = Math.max(...[...LATIN_FORMS.keys()].map((k) => k.split(' ').length));
const INSTITUTION_TABLE = new WordTable(INSTITUTIONS.map((i) => i.name));

const LATIN_TOKEN_RE = /[A-Za-z][A-Za-z0-9.&'’-]*/y;

export function parseGazetteer(doc: ThaiText): OrgCandidate[] {
  const { text } = doc;
  const out: OrgCandidate[] = [];
  for (const chunk of doc.chunks) {
    for (let p = chunk.start; p < chunk.end; p++) {
      const ch = text[p];
      if (isThaiLetter(ch)) {
        if (!doc.startsWord(p)) continue;
        const form = THAI_GAZETTEER_TABLE.match(doc, p);
        if (!form) continue;
        out.push({ name: form, start: p, end: p + form.length, aliases: [], shortForms: [], gazetteerId: THAI_FORMS.get(form)!.id });
        p += form.length - 1;
      } else if (isLatinLetter(ch) && !isLatinLetter(text[p - 1])) {
        // Up to MAX_LATIN_WORDS Latin words from p; the longest known form wins.
        const ends: number[] = [];
        let q = p;
        while (ends.length < MAX_LATIN_WORDS) {
          LATIN_TOKEN_RE.lastIndex = q;
          const m = LATIN_TOKEN_RE.exec(text);
          if (!m) break;
          let e = q + m[0].length;
          while (e > q && text[e - 1] === '.' && !LATIN_FORMS.has(text.slice(p, e))) e--;
          ends.push(e);
          if (text[q + m[0].length] !== ' ' || !isLatinLetter(text[q + m[0].length + 1])) break;
          q += m[0].length + 1;
        }
        let found = -1;
        for (let k = ends.length - 1; k >= 0; k--) {
          if (LATIN_FORMS.has(text.slice(p, ends[k]))) {
            found = ends[k]!;
            break;
          }
        }
        if (found < 0) continue;
        const form = text.slice(p, found);
        out.push({ name: form, start: p, end: found, aliases: [], shortForms: [], gazetteerId: LATIN_FORMS.get(form)!.id });
        p = found - 1;
      }
    }
  }
  return out;
}

/** Words for a building or a spot by it: an institution named after them is the place. */
const BUILDING_WORDS = ['อาคาร', 'ตึก', 'ห้องประชุม', 'หน้า', 'ด้านหน้า', 'บริเวณ', 'ลานหน้า', 'ที่ทำการ'];

/** Is `p` right after a building word, glued or with one space ("อาคารรัฐสภา", "หน้า รัฐสภา")? */
export function afterBuildingWord(text: string, p: number): boolean {
  const q = text[p - 1] === ' ' ? p - 1 : p;
  return BUILDING_WORDS.some((w) => text.endsWith(w, q));
}

export function parseInstitutions(doc: ThaiText): OrgCandidate[] {
  const { text } = doc;
  const out: OrgCandidate[] = [];
  for (const chunk of doc.chunks) {
    for (let p = chunk.start; p < chunk.end; p++) {
      if (!doc.startsWord(p)) continue;
      const form = INSTITUTION_TABLE.prefixAt(text, p);
      if (!form) continue;
      // "ที่อาคารรัฐสภา", "ชุมนุมหน้ารัฐสภา": the building, not the body.
      if (afterBuildingWord(text, p)) {
        p += form.length - 1;
        continue;
      }
      // Another country's body: "รัฐสภาเวียดนาม".
      const country = COUNTRY_TABLE.match(doc, p + form.length);
      const end = p + form.length + (country?.length ?? 0);
      if (!doc.endsWord(end)) continue;
      out.push({ name: text.slice(p, end), start: p, end, aliases: [], shortForms: [] });
      p = end - 1;
    }
  }
  return out;
}

/** Longest name written before a suffix type word (characters). */
const MAX_SUFFIX_STEM = 30;
/** Most words in a name written before a suffix type word. */
const MAX_SUFFIX_STEM_WORDS = 3;

export function parseSuffixNames(doc: ThaiText): OrgCandidate[] {
  const { text } = doc;
  const out: OrgCandidate[] = [];
  for (const chunk of doc.chunks) {
    if (!isThaiLetter(text[chunk.start])) continue;
    for (const suffix of ORG_SUFFIXES) {
      const window = text.slice(chunk.start, Math.min(chunk.end, chunk.start + MAX_SUFFIX_STEM + suffix.length));
      const rel = window.indexOf(suffix);
      if (rel < 2) continue;
      const at = chunk.start + rel;
      const end = at + suffix.length;
      if (!doc.endsWord(end) || (end < chunk.end && !ORG_STOP_TABLE.match(doc, end))) continue;
      // The stem is a name of a few words: no verb, function word, role or type word in it.
      let clean = !ROLE_TABLE.match(doc, chunk.start) && !PREFIX_TABLE.match(doc, chunk.start);
      let words = 0;
      for (let q = chunk.start; clean && q < at; q = doc.nextBoundary(q, at)) {
        if (q !== chunk.start && !doc.isBoundary(q)) continue;
        if (STEM_STOP_TABLE.match(doc, q) || ++words > MAX_SUFFIX_STEM_WORDS) clean = false;
      }
      if (!clean) continue;
      out.push({ name: text.slice(chunk.start, end), start: chunk.start, end, aliases: [], shortForms: [] });
    }
  }
  return out;
}
