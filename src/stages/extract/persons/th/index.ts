/**
 * Thai person extraction. Parsers (one per surface pattern) propose names with their cue; the
 * coreference refiner ties partial mentions, romanized glosses and later bare mentions to them and
 * groups them into one entity per person. Rules live in ./parsers, tables in ./data, the extent of
 * a name in ./name.ts, shared Thai text handling (segmentation, generic word lists) in ./thai (also
 * used by the Thai organization rules).
 *
 * Parsers:
 * - honorific   "นายสมชาย ใจดี", "ผศ.ดร.ปิยะนุช ศรีสุวรรณ", "นายมาร์ค เดลา ครูซ (Mark Dela Cruz)",
 *               "นายปวิณระบุว่า" (given name alone)
 * - roleName    "รองนายกรัฐมนตรี Tran Luu Quang", "รัฐมนตรีว่าการกระทรวงการต่างประเทศ บุย แทงห์ เซิน กล่าวว่า",
 *               "Tran Luu Quang รองนายกรัฐมนตรี", "นายกรัฐมนตรีแพทองธาร ชินวัตร" (heads of government only)
 */
import type { PersonEntity, Span } from '../../../../schema/record.js';
import { parseHonorifics } from './parsers/honorific.js';
import { parseGluedRoleNames, parseLatinBeforeRole, parseRoleNames } from './parsers/roleName.js';
import { resolvePersons } from './refiners/coreference.js';
import { ThaiText } from './thai/text.js';

export function findPersons(text: string, spans: Span[]): PersonEntity[] {
  const doc = ThaiText.of(text, spans);
  const candidates = [...parseHonorifics(doc), ...parseRoleNames(doc), ...parseGluedRoleNames(doc), ...parseLatinBeforeRole(doc)];
  return resolvePersons(doc, candidates);
}
