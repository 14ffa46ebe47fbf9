/**
 * Academic units named by their field and their parent: "คณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น",
 * "คณะวิศวกรรมศาสตร์ จุฬาฯ". A faculty's name alone is shared by every university, so it is an
 * organization only together with its parent.
 */

/** The unit words that begin a faculty-like name. */
export const ACADEMIC_UNITS: readonly string[] = ['คณะ', 'วิทยาลัย', 'บัณฑิตวิทยาลัย'];

/** How names of academic fields end ("แพทยศาสตร์", "สถาปัตยกรรม", "วิจิตรศิลป์", "บริหารธุรกิจ"). */
export const FIELD_ENDINGS: readonly string[] = [
  'ศาสตร์', 'กรรม', 'ศิลป์', 'ศิลปะ', 'ธุรกิจ', 'การจัดการ', 'เทคโนโลยี', 'การแพทย์', 'สารสนเทศ', 'พยาบาล',
  'เกษตร', 'ศึกษา', 'สาธารณสุข', 'ดุริยางคศิลป์', 'นวัตกรรม', 'วิทยาการ', 'พาณิชย์',
];

/** Type words of the bodies a faculty belongs to. */
export const ACADEMIC_PARENTS: readonly string[] = ['มหาวิทยาลัย', 'สถาบัน', 'ราชวิทยาลัย'];

/**
 * Type words of units that a person's title names together with their parent body ("นักวิจัย
 * สถาบันวิจัย… มหาวิทยาลัย…", "หัวหน้าศูนย์… โรงพยาบาล…"): there the parent is the organization.
 */
export const AFFILIATION_UNITS: readonly string[] = ['สถาบัน', 'ศูนย์'];

/** Type words of the parents such units belong to. */
export const AFFILIATION_PARENTS: readonly string[] = [...ACADEMIC_PARENTS, 'โรงพยาบาล'];
