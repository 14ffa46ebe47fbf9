/**
 * Parser: an academic unit written with its parent body, "คณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น",
 * "คณะแพทยศาสตร์ มข.", "คณะเกษตรศาสตร์ จุฬาลงกรณ์มหาวิทยาลัย". The unit word + a field name
 * (../data/academic.ts) make one glued chunk; the next chunk is the parent: a name read by the
 * prefix rule (มหาวิทยาลัย…, สถาบัน…), a name ending in มหาวิทยาลัย, or a dotted acronym.
 *
 * Inside a person's title ("อาจารย์คณะวิศวกรรมศาสตร์ มหาวิทยาลัยขอนแก่น") the unit is the person's
 * affiliation and the parent is the organization, unless the same unit also acts on its own
 * elsewhere in the text. A unit given with its parent's acronym is the same body as the one given
 * with the long form whose consonants the acronym takes ("… มข." ↔ "… มหาวิทยาลัยขอนแก่น").
 */
import type { ThaiText } from '../../../persons/th/thai/text.js';
import { isThaiLetter, startsAndContains, thaiConsonants, WordTable } from '../../../persons/th/thai/text.js';
import { ACADEMIC_PARENTS, ACADEMIC_UNITS, FIELD_ENDINGS } from '../data/academic.js';
import { ORG_STOP_TABLE, PREFIX_INFO, PREFIX_TABLE } from '../tables.js';
import type { OrgCandidate } from '../types.js';
import { isThaiDottedAcronym } from './brackets.js';
import { afterGluedFunctionWord, readPrefixName } from './prefixNames.js';

const UNIT_TABLE = new WordTable(ACADEMIC_UNITS);
const PARENT_TABLE = new WordTable(ACADEMIC_PARENTS);
/** Longest field name (characters). */
const MAX_FIELD = 30;
/** Longest parent name written before "มหาวิทยาลัย" in one chunk. */
const MAX_SUFFIX_PARENT = 40;
const ACRONYM_CHUNK_RE = /^(?:[\u0E01-\u0E4E]{1,5}\.){1,3}/;

interface Read {
  candidate: OrgCandidate;
  field: string;
  parent: string;
  /** Glued to a role word before it (the unit is a person's affiliation). */
  inTitle: boolean;
}

/** The parent body starting at `s` (the chunk after the unit): its end, or -1. */
function readParent(doc: ThaiText, s: number): number {
  const { text } = doc;
  const chunk = doc.chunkAt(s);
  if (!chunk) return -1;
  const prefix = PARENT_TABLE.match(doc, s) ? PREFIX_TABLE.prefixAt(text, s) : undefined;
  if (prefix) {
    const read = readPrefixName(doc, s, PREFIX_INFO.get(prefix)!);
    return read ? read.end : -1;
  }
  // "จุฬาลงกรณ์มหาวิทยาลัย": a name that ends with the type word.
  const at = text.slice(s, Math.min(chunk.end, s + MAX_SUFFIX_PARENT)).indexOf('มหาวิทยาลัย');
  if (at > 1) {
    const end = s + at + 'มหาวิทยาลัย'.length;
    if (doc.endsWord(end) && (end === chunk.end || ORG_STOP_TABLE.match(doc, end))) return end;
  }
  // "มข.", "จุฬาฯ" are not read; a dotted acronym standing alone is.
  const acr = ACRONYM_CHUNK_RE.exec(text.slice(s, Math.min(chunk.end, s + 20)));
  if (acr && isThaiDottedAcronym(acr[0]) && thaiConsonants(acr[0]).length >= 2) {
    const end = s + acr[0].length;
    if (!isThaiLetter(text[end]) || ORG_STOP_TABLE.match(doc, end)) return end;
  }
  return -1;
}

export function parseFaculties(doc: ThaiText): OrgCandidate[] {
  const { text } = doc;
  const reads: Read[] = [];
  for (let i = 0; i < doc.chunks.length; i++) {
    const chunk = doc.chunks[i]!;
    for (let p = chunk.start; p < chunk.end; p = doc.nextBoundary(p, chunk.end)) {
      if (p !== chunk.start && !doc.isBoundary(p)) continue;
      const unit = UNIT_TABLE.prefixAt(text, p);
      if (!unit) continue;
      const fieldStart = p + unit.length;
      if (chunk.end - fieldStart < 3 || chunk.end - fieldStart > MAX_FIELD) continue;
      const field = text.slice(fieldStart, chunk.end);
      if (!/^[\u0E01-\u0E4E]+$/.test(field)) continue;
      if (!FIELD_ENDINGS.some((e) => field.endsWith(e)) || PREFIX_TABLE.prefixAt(text, p)?.length! > unit.length) continue;
      // No verb or function word inside the field ("คณะกรรมการจะ…" is not a faculty).
      let clean = true;
      for (let q = fieldStart; clean && q < chunk.end; q = doc.nextBoundary(q, chunk.end)) {
        if (doc.isBoundary(q) && q > fieldStart && ORG_STOP_TABLE.match(doc, q)) clean = false;
      }
      if (!clean) break;
      const next = doc.nextChunkInPhrase(i);
      const end = next ? readParent(doc, next.start) : -1;
      if (end < 0) break;
      reads.push({
        candidate: { name: text.slice(p, end), start: p, end, aliases: [], shortForms: [] },
        field: text.slice(p, chunk.end),
        parent: text.slice(next!.start, end),
        inTitle: p !== chunk.start && !afterGluedFunctionWord(doc, p),
      });
      break;
    }
  }
  const acting = new Set(reads.filter((r) => !r.inTitle).map((r) => r.field));
  const out: OrgCandidate[] = [];
  for (const r of reads) {
    if (r.inTitle && !acting.has(r.field)) continue;
    // "คณะแพทยศาสตร์ มข." ↔ "คณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น".
    if (r.parent.endsWith('.')) {
      const letters = thaiConsonants(r.parent);
      const full = reads.find((o) => o !== r && o.field === r.field && !o.parent.endsWith('.') && startsAndContains(thaiConsonants(o.parent), letters));
      if (full) r.candidate.aliases.push({ name: full.candidate.name });
    }
    out.push(r.candidate);
  }
  return out;
}
