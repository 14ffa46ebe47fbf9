/**
 * Thai person extraction. Parsers (one per surface pattern) propose names with their cue; the
 * coreference refiner ties partial mentions, romanized glosses and later bare mentions to them and
 * groups them into one entity per person (name in Thai script when there is one, no honorifics,
 * "ณ" surname particles kept). Rules live in ./parsers, tables in ./data (built into word tables in
 * ./tables.ts), how far a name reaches in ./name.ts (the extent rule for Thai-script and
 * transliterated names is documented there), shared Thai text handling in ./thai: segmentation with
 * Intl.Segmenter in bounded windows (linear time) and generic word lists, also used by the Thai
 * organization rules.
 *
 * Parsers:
 * - honorific   "นายสมชาย ใจดี", "ผศ.ดร.ปิยะนุช ศรีสุวรรณ", "ม.ล.ศศิธร ณ อยุธยา", "ส.ส.ธีรัจชัย พันธุมาศ",
 *               "นายมาร์ค เดลา ครูซ (Mark Dela Cruz)", "นายปวิณระบุว่า" (given name alone), "นาย John Smith",
 *               "พล.อ. ดร.วีระ …" (stacked with a space), "นางสาวอนิตา ยังเกอร์ (Anita Younger)" (a glossed
 *               transliteration reaches its bracket); not "นายแพทย์สาธารณสุขจังหวัด…" (a role), "ผวจ.ขอนแก่น"
 * - roleName    "รองนายกรัฐมนตรี Tran Luu Quang", "รัฐมนตรีว่าการกระทรวงการต่างประเทศ บุย แทงห์ เซิน กล่าวว่า",
 *               "Tran Luu Quang รองนายกรัฐมนตรี", "นายกรัฐมนตรีแพทองธาร ชินวัตร" (heads of government only)
 * Refiners:
 * - companies   a romanized "name" the text also writes with a company's legal form ("… Pte. Ltd.")
 *               is that company, not a person ("ประธานเจ้าหน้าที่บริหาร Mekong Fresh Foods")
 * - coreference "นายเจริญชัย กล่าว" / "พิมพ์ลดาย้ำว่า" → alias of เจริญชัย ลิ้มสกุล / พิมพ์ลดา รุ่งโรจน์;
 *               "Pham Van Khoa" ↔ "ฝ่าม วัน ควา" (same word count, compatible first consonants)
 */
import type { PersonEntity, Span } from '../../../../schema/record.js';
import { parseHonorifics } from './parsers/honorific.js';
import { parseGluedRoleNames, parseLatinBeforeRole, parseRoleNames } from './parsers/roleName.js';
import { dropCompanyNames } from './refiners/companies.js';
import { resolvePersons } from './refiners/coreference.js';
import { ThaiText } from './thai/text.js';

export function findPersons(text: string, spans: Span[]): PersonEntity[] {
  const doc = ThaiText.of(text, spans);
  const candidates = [...parseHonorifics(doc), ...parseRoleNames(doc), ...parseGluedRoleNames(doc), ...parseLatinBeforeRole(doc)];
  return resolvePersons(doc, dropCompanyNames(doc, candidates));
}
