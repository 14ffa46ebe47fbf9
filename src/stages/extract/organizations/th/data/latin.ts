/**
 * Legal forms of companies written in Latin script inside Thai text ("… Pte. Ltd.", "… Co., Ltd.",
 * "… Inc."). Longer forms first is not needed: the parser sorts them.
 */
export const LATIN_COMPANY_SUFFIXES: readonly string[] = [
  'Co., Ltd.', 'Co.,Ltd.', 'Co. Ltd.', 'Co., Ltd', 'Pte. Ltd.', 'Pte Ltd', 'Pty. Ltd.', 'Pty Ltd', 'Sdn. Bhd.', 'Sdn Bhd',
  'Ltd.', 'Ltd', 'Limited', 'Inc.', 'Inc', 'Incorporated', 'Corp.', 'Corporation', 'LLC', 'L.L.C.', 'PLC', 'Plc', 'PCL',
  'P.C.L.', 'GmbH', 'AG', 'JSC', 'J.S.C.', 'Tbk', 'S.A.', 'N.V.', 'B.V.', 'K.K.',
];

/**
 * Head nouns of organization names written in English inside Thai text ("London Bullion Market
 * Association", "University of Oxford"). A capitalized phrase of three or more words that ends in
 * one (or starts with one + "of") is an organization. Not "Center" / "Centre": mostly facilities and
 * services ("Data Center", "MEA Call Center").
 */
export const LATIN_ORG_HEADS: readonly string[] = [
  'Organization', 'Organisation', 'Association', 'Institute', 'Institution', 'Council', 'Agency', 'Authority',
  'Commission', 'Federation', 'Foundation', 'Fund', 'Bank', 'University', 'College', 'Society', 'Union', 'Alliance',
  'Board', 'Bureau', 'Ministry', 'Department', 'Corporation', 'Forum', 'Chamber', 'Committee',
  'Academy', 'Exchange', 'Administration', 'Court', 'Party', 'Coalition', 'Consortium',
];

/** Lower-case words inside an English organization name ("Bank of Thailand", "Food and Drug …"). */
export const LATIN_JOINERS: readonly string[] = ['of', 'and', 'for', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&'];

/**
 * Latin letters spelled out in Thai script, as acronyms are read aloud ("ดีเอสไอ" = DSI, "บีโอไอ" =
 * BOI). Several spellings per letter.
 */
export const THAI_LETTER_NAMES: Readonly<Record<string, readonly string[]>> = {
  A: ['เอ'], B: ['บี'], C: ['ซี'], D: ['ดี'], E: ['อี'], F: ['เอฟ'], G: ['จี'], H: ['เอช', 'เฮช'], I: ['ไอ'],
  J: ['เจ'], K: ['เค'], L: ['แอล', 'แอว'], M: ['เอ็ม'], N: ['เอ็น'], O: ['โอ'], P: ['พี'], Q: ['คิว'],
  R: ['อาร์'], S: ['เอส'], T: ['ที'], U: ['ยู'], V: ['วี'], W: ['ดับเบิลยู', 'ดับบลิว'], X: ['เอ็กซ์', 'เอกซ์'],
  Y: ['วาย'], Z: ['แซด', 'ซี'],
};
