/**
 * Parser: a province acting as an administration. "จังหวัด" + a province that opens a clause (at the
 * start of a phrase or glued after a function word) and is glued to a verb of administering, maybe
 * after จะ / ได้: "ภูเก็ต - จังหวัดภูเก็ตร่วมกับกรม…", "ทั้งนี้ จังหวัดภูเก็ตจะจัดการฝึกซ้อม…".
 * Elsewhere a province is a place ("ในจังหวัดภูเก็ต", "ผู้ว่าราชการจังหวัดภูเก็ต", "จังหวัดน่าน
 * ได้รับผลกระทบ"); verbs in ../data/lexicon.ts.
 */
import type { ThaiText } from '../../../persons/th/thai/text.js';
import { WordTable } from '../../../persons/th/thai/text.js';
import { ADMINISTRATION_AUXILIARIES, ADMINISTRATION_VERBS } from '../data/lexicon.js';
import { PLACE_TABLE } from '../tables.js';
import type { OrgCandidate } from '../types.js';
import { afterGluedFunctionWord } from './prefixNames.js';

const PROVINCE = 'จังหวัด';
const VERB_TABLE = new WordTable(ADMINISTRATION_VERBS);

export function parseActingProvinces(doc: ThaiText): OrgCandidate[] {
  const { text } = doc;
  const out: OrgCandidate[] = [];
  for (const chunk of doc.chunks) {
    for (let p = text.indexOf(PROVINCE, chunk.start); p >= 0 && p < chunk.end; p = text.indexOf(PROVINCE, p + PROVINCE.length)) {
      if (p !== chunk.start && !(doc.isBoundary(p) && afterGluedFunctionWord(doc, p))) continue;
      const place = PLACE_TABLE.match(doc, p + PROVINCE.length);
      if (!place) continue;
      const end = p + PROVINCE.length + place.length;
      const aux = ADMINISTRATION_AUXILIARIES.find((a) => text.startsWith(a, end) && doc.isBoundary(end + a.length));
      if (!VERB_TABLE.match(doc, end + (aux?.length ?? 0))) continue;
      out.push({ name: text.slice(p, end), start: p, end, aliases: [], shortForms: [] });
    }
  }
  return out;
}
