/**
 * Refiner: a unit named in a person's title together with its parent body is the person's
 * affiliation, and the parent is the organization: "นักวิจัยสถาบันวิจัยวิทยาศาสตร์สุขภาพ
 * มหาวิทยาลัยเชียงใหม่", "หัวหน้าศูนย์ความเป็นเลิศด้านประสาทวิทยา โรงพยาบาลบูรพาอุดม" (as for
 * faculties, ../parsers/faculty.ts). The unit is kept when it is also written outside such a title.
 */
import type { ThaiText } from '../../../persons/th/thai/text.js';
import { WordTable } from '../../../persons/th/thai/text.js';
import { AFFILIATION_PARENTS, AFFILIATION_UNITS } from '../data/academic.js';
import { afterGluedFunctionWord } from '../parsers/prefixNames.js';
import type { OrgCandidate } from '../types.js';

const UNIT_TABLE = new WordTable(AFFILIATION_UNITS);
const PARENT_TABLE = new WordTable(AFFILIATION_PARENTS);
const SUFFIX_PARENT = 'มหาวิทยาลัย';

/** Glued after a word that is not a function word: part of a title ("หัวหน้า|ศูนย์…"). */
function inTitle(doc: ThaiText, c: OrgCandidate): boolean {
  const chunk = doc.chunkAt(c.start);
  return !!chunk && c.start !== chunk.start && !afterGluedFunctionWord(doc, c.start);
}

export function dropAffiliationUnits(doc: ThaiText, candidates: OrgCandidate[]): OrgCandidate[] {
  const byStart = new Map(candidates.map((c) => [c.start, c]));
  const isParent = (c: OrgCandidate | undefined): boolean =>
    !!c && (!!PARENT_TABLE.prefixAt(c.name, 0) || c.name.endsWith(SUFFIX_PARENT));
  const affiliation = (c: OrgCandidate): boolean => {
    if (!UNIT_TABLE.prefixAt(c.name, 0) || !inTitle(doc, c)) return false;
    const i = doc.chunkIndexAt(c.end - 1);
    if (doc.chunks[i]?.end !== c.end) return false;
    const next = doc.nextChunkInPhrase(i);
    return !!next && isParent(byStart.get(next.start));
  };
  const units = new Set(candidates.filter(affiliation));
  if (units.size === 0) return candidates;
  const acting = new Set(candidates.filter((c) => !units.has(c) && UNIT_TABLE.prefixAt(c.name, 0)).map((c) => c.name));
  return candidates.filter((c) => !units.has(c) || acting.has(c.name));
}
