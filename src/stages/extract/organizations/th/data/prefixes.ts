/**
 * Organization-type words that begin a Thai organization name ("กระทรวงพาณิชย์", "กรมการข้าว",
 * "สำนักงานคณะกรรมการกำกับหลักทรัพย์และตลาดหลักทรัพย์", "บริษัท สยามคลาวด์ โซลูชั่นส์ จำกัด (มหาชน)").
 *
 * Kinds change how the rules treat a name:
 * - company:     may be followed by a space and the name up to "จำกัด" ("บริษัท X Y จำกัด (มหาชน)");
 *                the part between prefix and จำกัด is an alias (short form);
 * - enterprise:  state enterprises "การไฟฟ้า…", "การท่องเที่ยว…": the same words start ordinary
 *                phrases ("เพื่อการท่องเที่ยวอันดามัน"), so the name must say which body it is
 *                (แห่งประเทศไทย / แห่งชาติ / นครหลวง / ส่วนภูมิภาค / ฝ่ายผลิต) or carry an acronym;
 * - branch:      "สำนักงานภูเก็ต", "ศูนย์… จังหวัด…": a place alone after the prefix is a branch or
 *                a venue, not an organization; after "ที่"/"ณ" (at) the word is a venue;
 * - listable:    ministries may name several portfolios with a space ("กระทรวงวัฒนธรรม กีฬาและการท่องเที่ยว");
 * - limited:     a company type that is also a generic noun ("บริษัทหลักทรัพย์" a securities firm): a
 *                name only as "บริษัทหลักทรัพย์ X จำกัด", never glued ("บริษัทหลักทรัพย์รายใหญ่").
 * - properName:  the name after the type word is a coined proper name made of ordinary words
 *                (parties: "พรรครวมไทยสร้างชาติ", "พรรคเพื่อไทย"): only a clause word, verb, time
 *                word or honorific ends it, not a preposition or conjunction inside it (รวม, เพื่อ …).
 * - purpose:     committees, working groups and centres are named by what they do ("คณะทำงานแก้ไขปัญหาหมอกควัน
 *                จังหวัดน่าน"): a verb right after the type word is kept when the name ends with whose
 *                body it is (a province, แห่งชาติ, a country).
 * - shortPrefix: the type word is shortened in everyday use ("กองบังคับการปราบปราม" → "กองปราบปราม",
 *                "สถานีตำรวจภูธรธาตุพนม" → "สภ.ธาตุพนม"): the name with the short type word is a short form.
 * - placeName:   a branch named after the place it serves ("สถานีตำรวจภูธรหาดใหญ่", "สภ.หาดใหญ่"): a
 *                place alone after the type word is its name, not a generic branch.
 */
export type PrefixKind = 'government' | 'company' | 'enterprise' | 'branch' | 'association' | 'education' | 'other';

export interface OrgPrefix {
  prefix: string;
  kind: PrefixKind;
  listable?: boolean;
  limited?: boolean;
  properName?: boolean;
  purpose?: boolean;
  shortPrefix?: string;
  placeName?: boolean;
}

const p = (prefix: string, kind: PrefixKind, extra: Partial<OrgPrefix> = {}): OrgPrefix => ({ prefix, kind, ...extra });

export const ORG_PREFIXES: readonly OrgPrefix[] = [
  // Government
  p('กระทรวง', 'government', { listable: true }), p('ทบวง', 'government'), p('กรม', 'government'),
  p('สำนักงานคณะกรรมการ', 'government'), p('สำนักงาน', 'branch'), p('สำนัก', 'government'), p('คณะกรรมการ', 'government', { purpose: true }), p('คณะกรรมาธิการ', 'government', { purpose: true }),
  p('คณะอนุกรรมการ', 'government', { purpose: true }), p('คณะอนุกรรมาธิการ', 'government', { purpose: true }),
  p('คณะทำงาน', 'government', { purpose: true }), p('องค์การ', 'government'), p('องค์กร', 'government'), p('สถาบัน', 'other'),
  p('สภา', 'other'), p('ศาล', 'government'), p('กองทัพ', 'government'), p('กองบัญชาการ', 'government'),
  p('กองบังคับการ', 'government', { shortPrefix: 'กอง' }), p('กองทุน', 'other'), p('สถานเอกอัครราชทูต', 'government'), p('สถานทูต', 'government'),
  p('สถานกงสุลใหญ่', 'government'), p('สถานกงสุล', 'government'), p('เทศบาล', 'government'),
  p('องค์การบริหารส่วน', 'government'), p('ตำรวจภูธร', 'government'), p('สถานีตำรวจ', 'branch'),
  // Police stations, provincial (สภ.) and metropolitan (สน.), written in full or short.
  p('สถานีตำรวจภูธร', 'branch', { placeName: true, shortPrefix: 'สภ.' }), p('สถานีตำรวจนครบาล', 'branch', { placeName: true, shortPrefix: 'สน.' }),
  p('สภ.', 'branch', { placeName: true }), p('สน.', 'branch', { placeName: true }),
  // Centres are named by what they do, often a verb ("ศูนย์เตือนภัยพิบัติแห่งชาติ", "ศูนย์ประสานงาน…").
  p('ศูนย์', 'branch', { purpose: true }), p('หน่วยบัญชาการ', 'government'), p('กองอำนวยการ', 'government'),
  // Army task forces on the borders ("กองกำลังสุรนารี", "กองกำลังบูรพา").
  p('กองกำลัง', 'government'),
  // Regional units of the irrigation department are named "โครงการ…" like programmes, but are offices.
  p('โครงการชลประทาน', 'government'), p('โครงการส่งน้ำและบำรุงรักษา', 'government'),
  // State enterprises
  p('การไฟฟ้า', 'enterprise'), p('การประปา', 'enterprise'), p('การท่องเที่ยว', 'enterprise'),
  p('การรถไฟ', 'enterprise'), p('การทางพิเศษ', 'enterprise'), p('การนิคมอุตสาหกรรม', 'enterprise'),
  p('การเคหะ', 'enterprise'), p('การกีฬา', 'enterprise'), p('การยาสูบ', 'enterprise'), p('การท่าเรือ', 'enterprise'),
  p('การสื่อสาร', 'enterprise'), p('การปิโตรเลียม', 'enterprise'),
  // Companies and finance
  p('บริษัท', 'company'), p('บมจ.', 'company'),
  p('บริษัทหลักทรัพย์', 'company', { limited: true }), p('บริษัทหลักทรัพย์จัดการกองทุน', 'company', { limited: true }),
  p('บริษัทประกันภัย', 'company', { limited: true }), p('บริษัทประกันชีวิต', 'company', { limited: true }),
  p('บริษัทเงินทุน', 'company', { limited: true }), p('บริษัทบริหารสินทรัพย์', 'company', { limited: true }), p('บจก.', 'company'), p('ห้างหุ้นส่วนจำกัด', 'company'),
  p('ธนาคาร', 'company'), p('กลุ่มบริษัท', 'company'), p('ตลาดหลักทรัพย์', 'company'), p('สายการบิน', 'company'),
  p('สำนักข่าว', 'company'), p('หนังสือพิมพ์', 'company'), p('สถานีโทรทัศน์', 'company'),
  // Associations and civil society
  p('สมาคม', 'association'), p('มูลนิธิ', 'association'), p('สหภาพ', 'association'), p('สหกรณ์', 'association'), p('ชุมนุมสหกรณ์', 'association'),
  p('ชมรม', 'association'), p('เครือข่าย', 'association'), p('สมาพันธ์', 'association'),
  p('สหพันธ์', 'association'), p('หอการค้า', 'association'), p('สโมสร', 'association'), p('วิสาหกิจชุมชน', 'association'), p('พรรค', 'association', { properName: true }), p('สภากาชาด', 'association'),
  // Education and health
  p('มหาวิทยาลัย', 'education'), p('วิทยาลัย', 'education'), p('ราชวิทยาลัย', 'education'),
  // Hospitals are often named after their province ("โรงพยาบาลขอนแก่น").
  p('โรงพยาบาล', 'branch', { placeName: true }), p('โรงเรียน', 'branch'),
];

/**
 * Words that begin with an organization prefix but are ordinary nouns ("สภาพอากาศ", "กรมธรรม์"),
 * or generic uses of the type word itself ("บริษัทเอกชน", "ธนาคารพาณิชย์", "สถาบันการเงิน").
 */
export const NOT_ORG_WORDS: readonly string[] = [
  'สภาพ', 'สภาวะ', 'สภาพแวดล้อม', 'สภาพคล่อง', 'กรมธรรม์', 'ศาลา', 'ศาลากลาง', 'ศาลเจ้า', 'ศาลพระภูมิ',
  'ศูนย์กลาง', 'ศูนย์รวม', 'ศูนย์การค้า', 'ศูนย์ประชุม', 'ศูนย์อาหาร', 'ศูนย์บริการ', 'ศูนย์ข้อมูล', 'สำนักงานใหญ่',
  // Facilities named by what they do, not bodies: "ศูนย์การเรียนรู้ในชุมชน 40 แห่ง"
  'ศูนย์การเรียนรู้', 'ศูนย์กระจายสินค้า', 'ศูนย์พักพิง', 'ศูนย์อพยพ', 'ศูนย์เด็กเล็ก', 'ศูนย์พัฒนาเด็กเล็ก',
  'ศูนย์ฝึกอบรม', 'ศูนย์ราชการ', 'ศูนย์ฉีดวัคซีน', 'ศูนย์ซ่อม', 'ศูนย์กีฬา', 'ศูนย์จำหน่าย', 'ศูนย์รับซื้อ',
  'ศูนย์คัดแยก', 'ศูนย์พักคอย', 'ศูนย์แสดงสินค้า', 'ศูนย์ดูแล',
  // Armed forces in general, not a named task force.
  'กองกำลังทหาร', 'กองกำลังตำรวจ', 'กองกำลังติดอาวุธ', 'กองกำลังผสม', 'กองกำลังรักษาสันติภาพ',
  // Criminal rings, named by what they smuggle or sell ("เครือข่ายลักลอบขนยาเสพติด…"), are not bodies.
  'เครือข่ายลักลอบ', 'เครือข่ายค้า', 'เครือข่ายผู้ค้า', 'เครือข่ายยาเสพติด', 'เครือข่ายแก๊ง', 'เครือข่ายมิจฉาชีพ',
  'เครือข่ายอาชญากรรม', 'เครือข่ายการพนัน', 'เครือข่ายพนัน', 'เครือข่ายฟอกเงิน',
  'สำนักงานสาขา', 'สำนักพิมพ์', 'บริษัทเอกชน', 'บริษัทลูก', 'บริษัทแม่',
  'บริษัทจดทะเบียน', 'บริษัทหลักทรัพย์', 'บริษัทสมาชิก', 'บริษัทประกัน', 'บริษัทนำเที่ยว', 'บริษัทต่างชาติ',
  'บริษัทยักษ์ใหญ่', 'บริษัทผู้', 'ธนาคารพาณิชย์', 'ธนาคารสมาชิก', 'ธนาคารกลาง', 'ธนาคารรัฐ', 'ธนาคารของรัฐ',
  'สถาบันการเงิน', 'สถาบันการศึกษา', 'สถาบันอุดมศึกษา', 'สถาบันครอบครัว', 'สถาบันหลัก', 'สถาบันพระมหากษัตริย์',
  'องค์กรปกครองส่วนท้องถิ่น', 'องค์กรปกครอง', 'องค์กรธุรกิจ', 'องค์กรเอกชน', 'องค์กรภาคประชาสังคม', 'องค์กรระหว่างประเทศ',
  'องค์กรอิสระ', 'องค์การมหาชน', 'กองทุนรวม', 'กองทุนหมู่บ้าน', 'หน่วยงาน', 'โรงพยาบาลเอกชน', 'โรงพยาบาลรัฐ',
  'โรงพยาบาลชุมชน', 'โรงพยาบาลส่งเสริมสุขภาพตำบล', 'โรงเรียนในสังกัด', 'มหาวิทยาลัยของรัฐ', 'มหาวิทยาลัยเอกชน',
  'มหาวิทยาลัยต่างประเทศ', 'สหกรณ์การเกษตร', 'สหกรณ์ออมทรัพย์', 'สมาคมฯ', 'กรมฯ', 'สำนักงานฯ', 'บริษัทฯ', 'มูลนิธิฯ', 'สถาบันฯ',
  'กระทรวงฯ', 'คณะกรรมการฯ', 'ธนาคารฯ', 'มหาวิทยาลัยฯ', 'สภาฯ', 'ศูนย์ฯ', 'คณะกรรมการชุด',
  'คณะกรรมการสอบสวน', 'คณะกรรมการตรวจสอบ', 'สภาวการณ์', 'สภาพการณ์', 'พรรคการเมือง',
  'พรรคร่วมรัฐบาล', 'พรรคร่วม', 'พรรคฝ่ายค้าน', 'เครือข่ายสังคม', 'เครือข่ายออนไลน์', 'ชมรมผู้สูงอายุ',
  // Telecom and computer networks, not bodies ("ส่งสัญญาณผ่านเครือข่ายโทรศัพท์เคลื่อนที่").
  'เครือข่ายโทรศัพท์', 'เครือข่ายมือถือ', 'เครือข่ายอินเทอร์เน็ต', 'เครือข่ายสัญญาณ', 'เครือข่ายไร้สาย',
  'สำนักงานต่างประเทศ', 'คณะทำงานชุด',
  // Ad-hoc panels named by the inquiry they hold ("คณะกรรมการสืบสวนและไต่สวนที่ กกต.แต่งตั้ง").
  'คณะกรรมการสืบสวน', 'คณะกรรมการไต่สวน', 'คณะกรรมการสอบข้อเท็จจริง', 'คณะกรรมการคัดเลือก', 'คณะกรรมการพิจารณา',
  'คณะอนุกรรมการสืบสวน', 'คณะอนุกรรมการไต่สวน',
];

/**
 * Words that make a type word generic when they come right after it, whatever follows: a quantity,
 * a determiner, "new/former", a scope word or a verb ("พรรคใหม่ภายใน 60 วัน", "พรรคจำนวน 27 คน",
 * "โรงเรียนทั่ว 77 จังหวัด", "พรรครับเงินบริจาค", "สโมสรอาชีพ", "บริษัทขนาดใหญ่").
 */
export const GENERIC_STARTS: readonly string[] = [
  'ใหม่', 'เดิม', 'จำนวน', 'ทั่ว', 'ใด', 'ใดๆ', 'ตน', 'ของตน', 'เอง', 'หลาย', 'อื่น', 'อื่นๆ', 'นี้', 'นั้น', 'ดังกล่าว',
  'เดียวกัน', 'ต่างๆ', 'ทั้งหมด', 'ทุก', 'ขนาด', 'อาชีพ', 'แห่งหนึ่ง', 'หนึ่ง', 'รับ', 'นำ', 'คว้า', 'ไหน', 'ที่เหลือ',
  'ส่วนใหญ่', 'ฝ่าย', 'แห่งใหม่', 'ชั้นต้น', 'ชั้นนำ', 'สมาชิก', 'ในเครือ', 'คู่แข่ง', 'พันธมิตร',
  // Distributive "per": "โรงเรียนละหนึ่งห้อง" (one room per school).
  'ละ',
];

/** A whole remainder that makes a type word a generic reference ("กระทรวงต่างๆ", "สมาคมดังกล่าว", "บริษัทนี้"). */
export const GENERIC_REMAINDERS: readonly string[] = [
  'ต่างๆ', 'ต่าง ๆ', 'นี้', 'นั้น', 'ดังกล่าว', 'เดียวกัน', 'ทั้งหมด', 'ทุกแห่ง', 'แห่งนี้', 'แห่งหนึ่ง', 'หนึ่ง',
  'ใหม่', 'เก่า', 'เอกชน', 'สมาชิก', 'ของรัฐ', 'รัฐ', 'ต่างชาติ', 'ต่างประเทศ', 'ใหญ่', 'เล็ก', 'หลัก', 'อื่น',
  'อื่นๆ', 'เจ้าภาพ', 'คู่ค้า', 'ที่เกี่ยวข้อง', 'เกี่ยวข้อง', 'ฯ', 'การเงิน', 'ท้องถิ่น', 'จังหวัด', 'กลาง',
  'ภูมิภาค', 'ระดับชาติ', 'ชั้นนำ', 'ทั่วไป', 'ทั่วประเทศ',
  // A board named by its function alone belongs to some other body ("สภาบริหารของ IFMA", "คณะกรรมการบริหาร").
  'บริหาร', 'อำนวยการ', 'ที่ปรึกษา',
];

/** Endings that say which state enterprise a name is ("การไฟฟ้านครหลวง", "การท่องเที่ยวแห่งประเทศไทย"). */
export const ENTERPRISE_MARKERS: readonly string[] = ['แห่ง', 'นครหลวง', 'ส่วนภูมิภาค', 'ฝ่ายผลิต', 'ส่วนท้องถิ่น'];

/** Organization-type words that end a name written before them ("จุฬาลงกรณ์มหาวิทยาลัย"). */
export const ORG_SUFFIXES: readonly string[] = ['มหาวิทยาลัย'];

/**
 * Transliterated English words that end a club's name after a space ("สโมสรบุรีรัมย์ ยูไนเต็ด",
 * "สโมสรชลบุรี เอฟซี"). Longest first.
 */
export const CLUB_TAILS: readonly string[] = ['ยูไนเต็ด เอฟซี', 'ซิตี้ เอฟซี', 'ยูไนเต็ด', 'ซิตี้', 'เอฟ.ซี.', 'เอฟซี'];
