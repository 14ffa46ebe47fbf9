/** The Thai organization rules' word tables, built once from ./data and the shared Thai lexicon. */
import { CLAUSE_WORDS, COUNTRIES, FUNCTION_WORDS, NOMINALIZABLE_VERBS, PLACES, PREDICATES, SPEECH_VERBS, TIME_WORDS } from '../../persons/th/thai/lexicon.js';
import { WordTable } from '../../persons/th/thai/text.js';
import { ROLE_NOUNS } from '../../persons/th/data/roles.js';
import { GENERIC_ACRONYMS, GENERIC_ORG_NOUNS, MONTH_ABBREVIATIONS, NOT_ORG_ACRONYMS, PEOPLE_NOUNS } from './data/lexicon.js';
import { ENTERPRISE_MARKERS, GENERIC_REMAINDERS, GENERIC_STARTS, NOT_ORG_WORDS, ORG_PREFIXES, type OrgPrefix } from './data/prefixes.js';

export const PREFIX_TABLE = new WordTable(ORG_PREFIXES.map((p) => p.prefix));
export const PREFIX_INFO: ReadonlyMap<string, OrgPrefix> = new Map(ORG_PREFIXES.map((p) => [p.prefix, p]));
export const NOT_ORG_TABLE = new WordTable(NOT_ORG_WORDS);
export const GENERIC_REMAINDER_TABLE = new WordTable(GENERIC_REMAINDERS);
export const GENERIC_START_TABLE = new WordTable(GENERIC_STARTS);
export const GENERIC_ORG_NOUN_SET: ReadonlySet<string> = new Set(GENERIC_ORG_NOUNS);
export const NOT_ORG_ACRONYM_SET: ReadonlySet<string> = new Set(NOT_ORG_ACRONYMS);
export const MONTH_ABBREVIATION_SET: ReadonlySet<string> = new Set(MONTH_ABBREVIATIONS);
export const GENERIC_ACRONYM_SET: ReadonlySet<string> = new Set(GENERIC_ACRONYMS);
export const ENTERPRISE_MARKERS_LIST = ENTERPRISE_MARKERS;
export const COUNTRY_TABLE = new WordTable(COUNTRIES);
export const PLACE_SET: ReadonlySet<string> = new Set([...PLACES, ...COUNTRIES]);
export const PLACE_TABLE = new WordTable(PLACES);
/** Verbs among the stop words (a nominalizer before them keeps them inside a name: "ผู้ประสบภัย"). */
export const VERB_SET: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...PREDICATES]);
export const SPEECH_VERB_TABLE = new WordTable(SPEECH_VERBS);
export const ROLE_TABLE = new WordTable(ROLE_NOUNS);
export const PEOPLE_TABLE = new WordTable(PEOPLE_NOUNS);

/**
 * Words that stay inside a name although they are function words elsewhere:
 * "กรมป้องกันและบรรเทาสาธารณภัย", "มูลนิธิเพื่อผู้บริโภค", "การไฟฟ้าส่วนภูมิภาค",
 * "องค์การความร่วมมือระหว่างประเทศ", "สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์", "ศูนย์ความเป็นเลิศด้านประสาทวิทยา".
 */
const INSIDE_NAMES = new Set(['และ', 'เพื่อ', 'ส่วน', 'ระหว่าง', 'ทาง', 'ต่าง', 'ของ', 'ภายใน', 'ด้าน']);

/** Honorifics that start a person's name right after an organization's ("…สหกรณ์นายสมชาย"). */
const CIVIL_HONORIFICS = ['นาย', 'นาง', 'นางสาว', 'ดร.', 'คุณ'];

/** Words that end an organization name glued to them ("กระทรวงพาณิชย์|จะหารือ", "กรมการข้าว|จะเร่ง"). */
export const ORG_STOP_TABLE = new WordTable([
  ...FUNCTION_WORDS.filter((w) => !INSIDE_NAMES.has(w)),
  ...SPEECH_VERBS,
  ...PREDICATES,
  ...TIME_WORDS,
  ...CIVIL_HONORIFICS,
]);

/**
 * What ends a coined proper name after its type word ("พรรครวมไทยสร้างชาติ|กล่าว"): clause words,
 * verbs, time words, honorifics and the conjunctions and prepositions that join two names; not the
 * function words such names are made of (รวม, เพื่อ, ทุก …).
 */
export const PROPER_NAME_STOP_TABLE = new WordTable([
  ...CLAUSE_WORDS,
  ...SPEECH_VERBS,
  ...PREDICATES,
  ...TIME_WORDS,
  ...CIVIL_HONORIFICS,
  'และ', 'หรือ', 'ของ', 'ใน', 'จาก', 'ต่อ', 'แก่', 'ถึง', 'ตาม', 'ซึ่ง', 'ด้วย', 'นั้น', 'นี้', 'ดังกล่าว',
]);

/** Words a name is glued after when it is the object of a verb or preposition ("ขอให้การไฟฟ้า…"). */
export const GLUED_BEFORE: readonly string[] = ['ให้', 'และ', 'กับ', 'ของ', 'จาก', 'โดย', 'ต่อ', 'แก่', 'ถึง', 'ซึ่ง', 'ร่วมกับ', 'ระหว่าง', 'ทั้ง', 'ที่', 'ว่า', 'ด้าน', 'ส่วน'];

export const TIME_TABLE = new WordTable([...TIME_WORDS, 'พื้นที่', 'ประเทศ', 'จังหวัด', 'องค์กร', 'หน่วยงาน']);

/** Every function word and verb: a name written before a type word contains none ("ของมหาวิทยาลัย"). */
export const STEM_STOP_TABLE = new WordTable([...FUNCTION_WORDS, ...SPEECH_VERBS, ...PREDICATES, ...TIME_WORDS]);

/** Verbs that end a name unless a nominalizer (การ, ความ, ผู้, นัก) comes right before them. */
export const VERB_STOP_TABLE = new WordTable(NOMINALIZABLE_VERBS);
export const NOMINALIZERS: readonly string[] = ['การ', 'ความ', 'ผู้', 'นัก'];
/** Stop words that a nominalizer makes part of a noun inside a name ("ความ|เป็น|เลิศ", "ผู้|ประสบภัย"). */
export const NOMINALIZED_STOPS: ReadonlySet<string> = new Set([...VERB_SET, 'เป็น']);

/** "ของ" ends a name unless the name runs on to a bracketed acronym ("…ระหว่างประเทศของญี่ปุ่น (JICA)"). */
export const SOFT_STOP = 'ของ';
