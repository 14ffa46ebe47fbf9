/**
 * Institutions named by a common word rather than a prefix + name, and the abbreviations that are
 * not organizations.
 */

/** The constitutional bodies of the Thai state, named without a prefix + name pattern. */
export const INSTITUTIONS: readonly { name: string; aliases: readonly string[] }[] = [
  { name: 'คณะรัฐมนตรี', aliases: ['ครม.'] },
  { name: 'รัฐสภา', aliases: [] },
  { name: 'วุฒิสภา', aliases: ['ส.ว.'] },
  { name: 'สภาผู้แทนราษฎร', aliases: ['สภาฯ'] },
  { name: 'สำนักนายกรัฐมนตรี', aliases: [] },
];

/**
 * Month abbreviations. Some are also organizations' acronyms (ก.พ. is the Civil Service
 * Commission), so they are aliases only when a long form gives them, and a later one next to a
 * number ("1 ก.พ. 2568") is a date, not a mention.
 */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.',
];

/**
 * Thai abbreviations in brackets that stand for laws, titles, units or calendar terms, never an
 * organization: "ร่างพระราชบัญญัติ (พ.ร.บ.)", "(ส.ส.)", "(พ.ศ.)".
 */
export const NOT_ORG_ACRONYMS: readonly string[] = [
  'พ.ร.บ.', 'พ.ร.ก.', 'พ.ร.ฎ.', 'ร.ธ.น.', 'ส.ส.', 'ส.ว.', 'ส.ก.', 'ส.ข.', 'ส.อบจ.', 'ส.ท.', 'พ.ศ.', 'ค.ศ.', 'จ.ศ.',
  'ร.ศ.', 'กม.',
  'ซม.', 'มม.', 'กก.', 'ตร.ม.', 'ตร.กม.', 'ชม.', 'น.', 'ผบ.ตร.', 'ผบ.ทบ.', 'ผบ.ทร.', 'ผบ.ทอ.', 'ผบ.สส.', 'ผกก.',
  'ผวจ.', 'นรม.', 'รมว.', 'รมช.', 'รมต.', 'ปล.', 'อ.', 'จ.', 'ต.', 'ม.', 'ถ.', 'ซ.', 'ร.', 'ว.', 'ผอ.', 'รอง ผอ.',
];

/**
 * Dotted abbreviations of generic nouns, units and groups of people: never an organization when
 * they stand alone ("ร.ร." a school, "รพ." a hospital, "จนท." officials, "อสม." health volunteers).
 */
export const GENERIC_ACRONYMS: readonly string[] = [
  'ร.ร.', 'รร.', 'รพ.', 'รพ.สต.', 'อปท.', 'นศ.', 'นร.', 'สนง.', 'จนท.', 'ผญบ.', 'ชม.', 'กก.', 'ก.ก.', 'พงส.', 'ลบ.ม.',
  'ปชช.', 'อสม.', 'อส.', 'ชรบ.', 'อพปร.', 'ผวจ.', 'รมว.', 'รมช.', 'รมต.', 'ผอ.', 'ผบ.', 'นรม.', 'ปธ.', 'กทช.ฯ', 'ศก.',
  'ฯลฯ', 'โทร.', 'แฟกซ์.', 'เลขที่.', 'มม.', 'ซม.', 'กม.', 'ตร.ม.', 'ตร.กม.', 'ต.ร.ม.', 'บ.', 'น.', 'ค.ศ.', 'พ.ศ.', 'อ.ส.ม.', 'ส.ส.ร.', 'ก.ม.',
];

/**
 * Groups of people, never part of a body's name after "และ" ("เทศบาลเมืองป่าตองและอาสาสมัคร…",
 * "โรงเรียนและผู้ปกครอง").
 */
export const PEOPLE_NOUNS: readonly string[] = [
  'อาสาสมัคร', 'ประชาชน', 'ชาวบ้าน', 'เจ้าหน้าที่', 'นักท่องเที่ยว', 'นักเรียน', 'ผู้ปกครอง',
];

/** Generic nouns for organizations: never a name on their own ("หน่วยงาน", "องค์กร"). */
export const GENERIC_ORG_NOUNS: readonly string[] = ['หน่วยงาน', 'องค์กร', 'องค์การ', 'ภาคส่วน', 'ส่วนราชการ', 'รัฐบาล'];

/**
 * Verbs of administering that make a province opening a clause its administration ("จังหวัดภูเก็ต
 * ร่วมกับกรม…", "จังหวัดเชียงใหม่ประกาศห้ามเผา", "จังหวัดน่านจะจัดงาน…"); not verbs of undergoing
 * ("ได้รับผลกระทบ", "ประสบภัย"), after which the province is a place.
 */
export const ADMINISTRATION_VERBS: readonly string[] = [
  'ร่วมกับ', 'ประกาศ', 'ออกประกาศ', 'จัด', 'จัดการ', 'จัดงาน', 'จัดทำ', 'มอบ', 'มอบหมาย', 'สั่งการ', 'ขอความร่วมมือ',
  'เตรียม', 'เร่ง', 'ดำเนินการ', 'มีมติ', 'อนุมัติ', 'แต่งตั้ง', 'ลงนาม', 'รณรงค์', 'ประสาน', 'แจ้ง', 'เปิดตัว',
];

/** Auxiliaries that may come between such a province and its verb ("จังหวัดภูเก็ตจะจัด…"). */
export const ADMINISTRATION_AUXILIARIES: readonly string[] = ['จะ', 'ได้'];
