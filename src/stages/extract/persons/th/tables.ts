/** The Thai person rules' word tables, built once from ./data and the shared Thai lexicon. */
import { FALSE_HONORIFICS, HONORIFICS, LATIN_HONORIFICS } from './data/honorifics.js';
import { NAMING_ROLES, ROLE_NOUNS } from './data/roles.js';
import { NOT_IN_NAME, NOT_NAME_STARTS } from './data/stopwords.js';
import { CLAUSE_WORDS, COUNTRIES, FUNCTION_WORDS, PLACES, PREDICATES, SPEECH_VERBS, TIME_WORDS } from './thai/lexicon.js';
import { WordTable } from './thai/text.js';
import { ORG_PREFIXES } from '../../organizations/th/data/prefixes.js';

/** Dotted role abbreviations written glued to a name like an honorific ("ส.ส.ธีรัจชัย", "ผวจ.สมชาย"). */
export const DOTTED_ROLES: readonly string[] = ROLE_NOUNS.filter((r) => r.endsWith('.') && !r.includes(' '));
/**
 * Role abbreviations written glued like an honorific: before a name they are titles ("ส.ส.ธีรัจชัย"),
 * before a place or portfolio they are a role ("ผวจ.ขอนแก่น", "รมว.คลัง"), not a person.
 */
export const ROLE_ABBREVIATIONS: ReadonlySet<string> = new Set([...DOTTED_ROLES, 'ผวจ.', 'รมว.', 'รมช.', 'ผอ.', 'ผบ.']);
export const HONORIFIC_TABLE = new WordTable([...HONORIFICS, ...LATIN_HONORIFICS, ...ROLE_ABBREVIATIONS]);
export const FALSE_HONORIFIC_TABLE = new WordTable(FALSE_HONORIFICS);
export const ROLE_TABLE = new WordTable(ROLE_NOUNS);
export const NAMING_ROLE_TABLE = new WordTable(NAMING_ROLES);

/** Words that end a name glued to them ("ปวิณ|ระบุว่า", "สมชาย|รัฐมนตรี…"). */
export const NAME_END_TABLE = new WordTable([
  ...FUNCTION_WORDS.filter((w) => w !== 'ณ'),
  ...SPEECH_VERBS,
  ...PREDICATES,
  ...TIME_WORDS,
  ...ROLE_NOUNS,
  ...HONORIFICS.filter((h) => h.length > 2),
]);

/** Words that make a chunk a clause rather than a title ("รองนายกรัฐมนตรีได้เสนอแนะ…"). */
export const CLAUSE_TABLE = new WordTable([...CLAUSE_WORDS, ...SPEECH_VERBS, ...PREDICATES]);

/** Adverbs and auxiliaries that also begin surnames ("จึงรุ่งเรืองกิจ"). */
export const SOFT_START_TABLE = new WordTable(['จึง', 'ยัง', 'ก็', 'ได้', 'จะ', 'ให้', 'เป็น', 'มี', 'ไม่', 'คง', 'แล้ว', 'ทอง']);

/** Words never inside a name part (administrative units). */
export const NOT_IN_NAME_TABLE = new WordTable(NOT_IN_NAME);

/** Words a space-separated part of a name cannot begin with. */
export const NOT_NAME_START_TABLE = new WordTable([
  ...NOT_NAME_STARTS,
  ...FUNCTION_WORDS,
  ...SPEECH_VERBS,
  ...PREDICATES,
  ...TIME_WORDS,
  ...ROLE_NOUNS,
  ...COUNTRIES,
  ...PLACES,
]);

/** Organization type words: a chunk beginning with one is not part of a name ("พรรคก้าวหน้า"). */
export const ORG_WORD_TABLE = new WordTable(ORG_PREFIXES.map((p) => p.prefix));

/**
 * Venue words after "ณ" that make it the preposition "at", not a surname particle. Place names are
 * not here: the ณ surnames are place names ("ณ อยุธยา", "ณ เชียงใหม่").
 */
export const VENUE_TABLE = new WordTable([
  'กรุง', 'จังหวัด', 'อำเภอ', 'ห้อง', 'อาคาร', 'ตึก', 'ทำเนียบ', 'ศาลา', 'โรงแรม', 'สำนักงาน', 'ศูนย์', 'วัด',
  'บริเวณ', 'พื้นที่', 'เมือง', 'สนาม', 'หอ', 'ที่', 'สถาน', 'กระทรวง', 'มหาวิทยาลัย', 'โรงเรียน', 'ประเทศ',
  'ท่า', 'ลาน', 'หน้า', 'ริม', 'เขต', 'ตำบล', 'หมู่บ้าน', 'ถนน', 'ซอย', 'สวน', 'ค่าย', 'ฐาน', 'สถานี',
]);

/** Words that end a phrase right before a name glued to them ("ส่วนแพทองธารยืนยัน", "โดยสมชาย"). */
export const BEFORE_NAME_WORDS: readonly string[] = [...CLAUSE_WORDS, 'ส่วน', 'ด้าน', 'ฝ่าย', 'และ', 'กับ', 'หรือ', 'ขณะที่', 'ทั้งนี้'];

/** Capitalized English words that are not parts of a name ("Data Center", "Work from Home"). */
export const LATIN_NOT_NAME: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'Of', 'And', 'For', 'In', 'On', 'At', 'To', 'By', 'With', 'From', 'Data', 'Center', 'Centre',
  'Call', 'Digital', 'Work', 'Home', 'Direct', 'Skilled', 'Worker', 'Development', 'Employment', 'Skill', 'Check',
  'First', 'Group', 'Company', 'Limited', 'Public', 'Bank', 'University', 'Institute', 'Ministry', 'Department',
  'Office', 'Agency', 'Council', 'Committee', 'Association', 'Foundation', 'Corporation', 'News', 'Online', 'App',
  'Application', 'Smart', 'City', 'Province', 'National', 'International', 'Global', 'Asia', 'Pacific', 'World',
  'Thailand', 'Vietnam', 'Viet', 'Nam', 'Japan', 'China', 'Korea', 'Summit', 'Forum', 'Conference', 'Meeting',
  'Project', 'Program', 'Programme', 'Plan', 'Fund', 'Service', 'Services', 'Platform', 'System', 'Network',
  'Technology', 'Tech', 'Solutions', 'Solution', 'Co', 'Ltd', 'Inc', 'Corp', 'Green', 'Energy', 'Power', 'Market',
  'Trade', 'Day', 'Week', 'Year', 'Award', 'Awards', 'Cup', 'Festival', 'Expo', 'Fair', 'Show', 'Photo', 'Video',
  'Mr', 'Ms', 'Mrs', 'Dr', 'Prof', 'Ph', 'Covid', 'COVID',
]);
