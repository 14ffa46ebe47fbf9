/**
 * Thai organization extraction. Parsers (one per surface pattern) propose names; bracket and
 * "หรือ" aliases are attached to the names they follow; the resolve refiner groups candidates into
 * entities and finds later mentions of names, acronyms and short forms. Rules live in ./parsers,
 * tables in ./data (built into word tables in ./tables.ts); Thai segmentation and the generic word
 * lists are shared with the Thai person rules (../../persons/th/thai).
 *
 * Parsers:
 * - prefixNames   type word + name, with its extent ("กระทรวงพาณิชย์", "บริษัท X จำกัด (มหาชน)")
 * - faculty       an academic unit with its parent ("คณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น", "… มข.")
 * - latinCompany  a Latin-script company with its legal form ("Mekong Fresh Foods Pte. Ltd.")
 * - latinOrg      an English name spelling its bracketed acronym or ending in a head noun
 *                 ("Japan External Trade Organization (JETRO)", "University of Oxford")
 * - known         gazetteer bodies ("อาเซียน", "WHO"), state institutions ("คณะรัฐมนตรี"),
 *                 names before a type word ("จุฬาลงกรณ์มหาวิทยาลัย")
 * - province      a province acting as an administration ("จังหวัดภูเก็ตร่วมกับ…", "…จะจัด…")
 * - brackets      "(ก.พ.ร.)", "(สำนักงาน ก.พ.ร.)", "(NFA)", "หรือ สพร." tied to the name before them;
 *                 "กรุงเทพมหานคร (กทม.)": a name known by the acronym it is given;
 *                 a dotted acronym standing alone ("ธปท. เผยว่า")
 * Refiners:
 * - affiliations a unit in a person's title with its parent is an affiliation: the parent is the
 *                organization ("นักวิจัยสถาบันวิจัย… มหาวิทยาลัยเชียงใหม่")
 * - knownBody     a type word + a gazetteer body is that body, also as a country office
 *                 ("องค์การยูนิเซฟประจำประเทศไทย" → องค์การยูนิเซฟ, with the gazetteer entry)
 * - resolve       drops nested candidates, cuts a name read into a verb phrase back to a clean form
 *                 written elsewhere, merges by name / alias / gazetteer entry / name without a country
 *                 word, gives "(สำนักงาน กกพ.)"'s bare กกพ. to the body that owns it, finds later
 *                 mentions ("ก.พ.ร. จะ…", "สายด่วน กทม.", "อาคารสำนักงาน ก.ล.ต.")
 */
import type { OrganizationEntity, Span } from '../../../../schema/record.js';
import { ThaiText } from '../../persons/th/thai/text.js';
import { attachAliases, parseAcronymOnly, parseStandaloneAcronyms } from './parsers/brackets.js';
import { parseFaculties } from './parsers/faculty.js';
import { parseGazetteer, parseInstitutions, parseSuffixNames } from './parsers/known.js';
import { parseLatinCompanies } from './parsers/latinCompany.js';
import { parseLatinOrganizations } from './parsers/latinOrg.js';
import { parsePrefixNames } from './parsers/prefixNames.js';
import { parseActingProvinces } from './parsers/province.js';
import { dropAffiliationUnits } from './refiners/affiliations.js';
import { dropNested, knownBodyWithTypeWord, resolveOrganizations } from './refiners/resolve.js';

export function findOrganizations(text: string, spans: Span[]): OrganizationEntity[] {
  const doc = ThaiText.of(text, spans);
  const raw = [
    ...parsePrefixNames(doc),
    ...parseFaculties(doc),
    ...parseSuffixNames(doc),
    ...parseGazetteer(doc),
    ...parseInstitutions(doc),
    ...parseLatinCompanies(doc),
    ...parseLatinOrganizations(doc),
    ...parseActingProvinces(doc),
  ];
  knownBodyWithTypeWord(doc, raw);
  const found = dropNested(dropAffiliationUnits(doc, raw));
  const covered = new Uint8Array(text.length + 1);
  for (const c of found) covered.fill(1, c.start, c.end);
  const candidates = [...found, ...parseAcronymOnly(doc, (pos) => covered[pos] === 1)];
  attachAliases(doc, candidates);
  // Standalone acronyms: wherever no name or alias is written already.
  for (const c of candidates) {
    covered.fill(1, c.start, c.end);
    for (const a of c.aliases) if (a.span) covered.fill(1, a.span.start, a.span.end);
  }
  candidates.push(...parseStandaloneAcronyms(doc, (pos) => covered[pos] === 1));
  return resolveOrganizations(doc, candidates);
}
