/**
 * Tables for the language stage, kept apart from the logic so they can be read, reviewed and
 * tuned without touching the algorithm. Thresholds were calibrated with `npm run eval:lang`
 * (UDHR pieces of 10–200+ characters plus the fixtures' paragraphs).
 */

/** Script buckets the detector counts letters in. `Other` = a letter in a script not listed here. */
export const SCRIPTS = [
  'Latin',
  'Hangul',
  'Han',
  'Kana',
  'Thai',
  'Cyrillic',
  'Arabic',
  'Devanagari',
  'Greek',
  'Hebrew',
  'Armenian',
  'Georgian',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Lao',
  'Khmer',
  'Myanmar',
  'Tibetan',
  'Ethiopic',
  'Mongolian',
  'Other',
] as const;
export type Script = (typeof SCRIPTS)[number];

/**
 * Unicode property expression per script, tested in this order (first match wins) on code points that
 * are letters or marks. Kana uses Script_Extensions so the prolonged-sound mark ー and the kana
 * iteration marks (Script=Common) count as Japanese; Han is tested first so shared CJK ideographs stay Han.
 */
export const SCRIPT_PATTERNS: ReadonlyArray<readonly [Exclude<Script, 'Other'>, string]> = [
  ['Latin', '\\p{Script=Latin}'],
  ['Hangul', '\\p{Script=Hangul}'],
  ['Han', '\\p{Script=Han}'],
  ['Kana', '\\p{Script_Extensions=Hiragana}|\\p{Script_Extensions=Katakana}'],
  ['Thai', '\\p{Script=Thai}'],
  ['Cyrillic', '\\p{Script=Cyrillic}'],
  ['Arabic', '\\p{Script=Arabic}'],
  ['Devanagari', '\\p{Script=Devanagari}'],
  ['Greek', '\\p{Script=Greek}'],
  ['Hebrew', '\\p{Script=Hebrew}'],
  ['Armenian', '\\p{Script=Armenian}'],
  ['Georgian', '\\p{Script=Georgian}'],
  ['Bengali', '\\p{Script=Bengali}'],
  ['Gurmukhi', '\\p{Script=Gurmukhi}'],
  ['Gujarati', '\\p{Script=Gujarati}'],
  ['Oriya', '\\p{Script=Oriya}'],
  ['Tamil', '\\p{Script=Tamil}'],
  ['Telugu', '\\p{Script=Telugu}'],
  ['Kannada', '\\p{Script=Kannada}'],
  ['Malayalam', '\\p{Script=Malayalam}'],
  ['Sinhala', '\\p{Script=Sinhala}'],
  ['Lao', '\\p{Script=Lao}'],
  ['Khmer', '\\p{Script=Khmer}'],
  ['Myanmar', '\\p{Script=Myanmar}'],
  ['Tibetan', '\\p{Script=Tibetan}'],
  ['Ethiopic', '\\p{Script=Ethiopic}'],
  ['Mongolian', '\\p{Script=Mongolian}'],
];

/**
 * How many "letters" one character of a script is worth when scripts are compared inside a paragraph
 * and when the document's distribution is computed. Alphabets count 1 per character. A Hangul syllable
 * block is 2 or 3 jamo (computed exactly from its code point, see `hangulLetters`), a kana is one mora
 * (~2 romanised letters), a Han character one syllable (~3 letters in pinyin). Without this, an English
 * quote of 40 letters would outweigh the 15-syllable Korean sentence around it.
 */
export const SCRIPT_WEIGHT: Partial<Record<Script, number>> = {
  Han: 3,
  Kana: 2,
};

/**
 * Scripts that name their language outright (one dominant language per script in practice).
 * Hebrew → he and Ethiopic → am ignore Yiddish / Tigrinya: rare in this pipeline's inputs, and the
 * alternative (trigram models for them) costs more than it is worth.
 */
export const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  Hangul: 'ko',
  Thai: 'th',
  Kana: 'ja',
  Greek: 'el',
  Hebrew: 'he',
  Armenian: 'hy',
  Georgian: 'ka',
  Bengali: 'bn',
  Gurmukhi: 'pa',
  Gujarati: 'gu',
  Oriya: 'or',
  Tamil: 'ta',
  Telugu: 'te',
  Kannada: 'kn',
  Malayalam: 'ml',
  Sinhala: 'si',
  Lao: 'lo',
  Khmer: 'km',
  Myanmar: 'my',
  Tibetan: 'bo',
  Ethiopic: 'am',
  Mongolian: 'mn',
};

/**
 * Han, kana and Hangul are compared as one CJK group (Japanese mixes kanji and kana, Korean may mix
 * Hangul and hanja), then resolved by these shares of the group's weighted letters:
 * - Hangul ≥ KO_HANGUL_SHARE and at least as much Hangul as kana → ko (hanja in Korean text);
 * - kana ≥ JA_KANA_SHARE → ja (Japanese always has some kana: particles, okurigana);
 * - otherwise Han only → zh (or ja when the same document has Japanese paragraphs).
 */
export const CJK = {
  KO_HANGUL_SHARE: 0.1,
  JA_KANA_SHARE: 0.05,
} as const;

/**
 * Scripts whose language franc decides, with franc's candidate list (ISO 639-3) for each.
 *
 * Latin: the languages this pipeline is likely to meet (English and the languages of the Korea/Thailand/
 * ASEAN news sphere: Vietnamese, Indonesian, Malay, Tagalog, Cebuano, Javanese), the major European
 * languages, and a few widely written African and Central Asian ones. Left out on purpose: franc's
 * English look-alikes (Scots `sco`, Low German `nds`, Tok Pisin `tpi`, pidgins), which take short English
 * text away from English, and small languages a news pipeline rarely meets (each candidate costs time).
 * Devanagari: Maithili/Bhojpuri/Magahi are left out, they take Hindi text away from Hindi.
 */
export const FRANC_CANDIDATES: Partial<Record<Script, readonly string[]>> = {
  Latin: [
    'eng', 'vie', 'ind', 'zlm', 'tgl', 'ceb', 'jav', 'fra', 'deu', 'spa', 'ita', 'nld', 'por',
    'cat', 'glg', 'ron', 'pol', 'ces', 'slk', 'slv', 'hrv', 'srp', 'bos', 'hun', 'fin', 'ekk',
    'lvs', 'lit', 'swe', 'dan', 'nob', 'tur', 'afr', 'als', 'swh', 'hau', 'yor', 'som', 'uzn', 'azj',
  ],
  Cyrillic: ['rus', 'ukr', 'bel', 'bul', 'mkd', 'srp', 'kaz', 'kir', 'tgk', 'tat', 'khk'],
  Arabic: ['arb', 'pes', 'urd', 'pbu', 'uig'],
  Devanagari: ['hin', 'mar', 'npi'],
};

/**
 * franc candidates (ISO 639-3) that franc often cannot tell apart on short text, though it separates
 * them well from everything else: Indonesian/Malay, Danish/Norwegian, the Serbo-Croatian standards,
 * Spanish/Galician/Portuguese, Czech/Slovak. When the winner's nearest rival is its sibling, the call is
 * still made if the winner clears the gap to the best non-sibling; the siblings are then compared again on
 * a longer sample (FRANC_SIBLING_SAMPLE_CHARS), and the certainty is halved if that does not settle it.
 */
export const FRANC_SIBLINGS: ReadonlyArray<readonly string[]> = [
  ['ind', 'zlm'],
  ['dan', 'nob'],
  ['hrv', 'bos', 'srp'],
  ['spa', 'glg', 'por'],
  ['ces', 'slk'],
];

/**
 * ISO 639-3 (franc) → ISO 639-1 (the record). Languages without a 639-1 code keep their 639-3 code, as
 * the schema allows. Macrolanguage members map to the macrolanguage's code (zlm Malay → ms, pes and prs
 * Persian → fa, ekk Estonian → et, lvs Latvian → lv, arb Arabic → ar, cmn Mandarin → zh).
 */
export const ISO639_3_TO_1: Readonly<Record<string, string>> = {
  eng: 'en', vie: 'vi', ind: 'id', zlm: 'ms', zsm: 'ms', msa: 'ms', tgl: 'tl', jav: 'jv', sun: 'su',
  fra: 'fr', deu: 'de', spa: 'es', ita: 'it', nld: 'nl', por: 'pt', cat: 'ca', glg: 'gl', eus: 'eu',
  ron: 'ro', pol: 'pl', ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr', bos: 'bs', hun: 'hu',
  fin: 'fi', ekk: 'et', est: 'et', lvs: 'lv', lav: 'lv', lit: 'lt', swe: 'sv', dan: 'da', nob: 'nb',
  nno: 'nn', tur: 'tr', afr: 'af', als: 'sq', sqi: 'sq', swh: 'sw', swa: 'sw', hau: 'ha', yor: 'yo',
  ibo: 'ig', som: 'so', zul: 'zu', xho: 'xh', sot: 'st', tsn: 'tn', sna: 'sn', kin: 'rw', run: 'rn',
  nya: 'ny', lin: 'ln', plt: 'mg', mlg: 'mg', uzn: 'uz', uzb: 'uz', azj: 'az', aze: 'az', tuk: 'tk',
  hat: 'ht', epo: 'eo', cym: 'cy', gle: 'ga', isl: 'is', mlt: 'mt', ltz: 'lb', fry: 'fy', bre: 'br',
  rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', mkd: 'mk', kaz: 'kk', kir: 'ky', tgk: 'tg', tat: 'tt',
  khk: 'mn', mon: 'mn', arb: 'ar', ara: 'ar', pes: 'fa', prs: 'fa', fas: 'fa', urd: 'ur', pbu: 'ps',
  pus: 'ps', uig: 'ug', ckb: 'ckb', hin: 'hi', mar: 'mr', npi: 'ne', nep: 'ne', ben: 'bn', pan: 'pa',
  guj: 'gu', ory: 'or', tam: 'ta', tel: 'te', kan: 'kn', mal: 'ml', sin: 'si', mya: 'my', khm: 'km',
  lao: 'lo', amh: 'am', tir: 'ti', heb: 'he', ydd: 'yi', ell: 'el', hye: 'hy', kat: 'ka', bod: 'bo',
  kor: 'ko', tha: 'th', jpn: 'ja', cmn: 'zh', zho: 'zh', yue: 'zh',
  // No 639-1 code: the 639-3 code is the record's code.
  ceb: 'ceb', hil: 'hil', ilo: 'ilo', war: 'war', skr: 'skr', mai: 'mai', bho: 'bho', mag: 'mag',
};

/**
 * Letters specific to Vietnamese: ơ/ư and the precomposed letters of Latin Extended Additional
 * (U+1EA0–U+1EF9: ạ ả ấ ầ ẩ ẫ ậ ắ … ỹ). Excluded are the few of them other languages also write:
 * ẹ ọ (Yoruba), ị ụ (Igbo), ẽ ỹ (Guaraní). ă and đ are not cues (Romanian, Croatian/Serbian).
 */
export const VIETNAMESE_ONLY = {
  ranges: [[0x1ea0, 0x1ef9]] as ReadonlyArray<readonly [number, number]>,
  extra: 'ơƠưƯ',
  except: 'ẹẸọỌịỊụỤẽẼỹỸ',
} as const;

/** Thresholds, all on weighted letters (see SCRIPT_WEIGHT). */
export const THRESHOLDS = {
  /**
   * Fewest letters of an outright script (Hangul, Thai, kana, Han, …) that make a paragraph's call:
   * one Hangul syllable with a final consonant, three Thai letters ("รูป"), one Han character. A lone
   * bullet "ㅇ" stays und.
   */
  MIN_DIRECT_LETTERS: 3,
  /**
   * Fewest letters franc is asked about (franc's own default minimum is 10 characters); below this a
   * Latin/Cyrillic/Arabic/Devanagari paragraph is und.
   */
  MIN_FRANC_LETTERS: 12,
  /**
   * franc's gap between its best and second-best candidate (1 − second score) needed to accept its call,
   * by sample length in letters: short samples need a clear win, long ones are trusted. On the UDHR
   * pieces of eval:lang, accepted calls are right 89.5% of the time at 10–20 characters (franc's
   * unconditional calls: 70%), 94% at 20–50 (89%), 98.7% at 50–200; English keeps 95.7% recall at 20–50.
   * Rows: [up to this many letters, minimum gap]; the last row applies beyond.
   */
  FRANC_MIN_GAP: [
    [15, 0.2],
    [20, 0.1],
    [40, 0.04],
    [80, 0.02],
    [Infinity, 0.01],
  ] as ReadonlyArray<readonly [number, number]>,
  /**
   * franc's certainty: gap / FRANC_FULL_GAP (capped at 1), times a length factor rising from 0.5 (no
   * letters) to 1 at FRANC_FULL_LETTERS. On the eval set, calls with a gap ≥ 0.05 on 50+ letters are
   * right 99.7% of the time; on 20–50 characters 96%.
   */
  FRANC_FULL_GAP: 0.05,
  FRANC_FULL_LETTERS: 50,
  /**
   * Characters of a paragraph franc sees (cut back to a word boundary). franc's cost grows with the
   * sample; 240 characters (~40 words) are as accurate as the whole paragraph on the eval set.
   */
  FRANC_SAMPLE_CHARS: 240,
  /** How many of franc's ranked candidates the stage keeps for the document-level prior. */
  FRANC_KEEP_RANKED: 8,
  /**
   * Document prior for short Latin paragraphs: a paragraph franc called otherwise (or could not call)
   * takes the document's main Latin-script language when that language's franc score plus this bonus
   * reaches the best score (1). franc is unreliable on short lines ("Press Releases" → Portuguese, a
   * title-case English headline → French), and a short line inside an English article is English far
   * more often than anything else. Measured on UDHR pieces with English as the prior: the bonuses below
   * would turn 2–4% of foreign pieces of ≤ 60 letters into English (0.3% at 61–120, 0% beyond) and
   * recover 47 of 52 short English pieces franc misses. Rows: [up to this many letters, bonus].
   */
  PRIOR_BONUS: [
    [60, 0.3],
    [120, 0.15],
    [Infinity, 0.05],
  ] as ReadonlyArray<readonly [number, number]>,
  /**
   * A Latin paragraph of at most this many letters that franc gives another language than the
   * document's main Latin-script one (and the prior cannot take back) becomes und: "Simple Empty No data"
   * (franc: Italian) in an English page, or in a Thai page whose Latin lines are Vietnamese.
   */
  PRIOR_VETO_LETTERS: 30,
  /** Paragraphs that vote for the document's Latin language: franc certainty at least this. */
  PRIOR_MIN_CERTAINTY: 0.5,
  /**
   * When the winner's nearest rival is its sibling (Indonesian/Malay, …) and too close to call, the
   * siblings alone are compared again on this much of the paragraph: more text separates them, and
   * two or three models cost little.
   */
  FRANC_SIBLING_SAMPLE_CHARS: 1000,
  /** Vietnamese cue: at least this many Vietnamese-only letters, making up this share of Latin letters. */
  VI_MIN_LETTERS: 2,
  VI_MIN_SHARE: 0.08,
  /**
   * The dominant script group must hold this share of a paragraph's weighted letters; below it the
   * paragraph is too mixed to call (a bilingual menu line "Korea Herald 코리아헤럴드").
   */
  MIN_DOMINANT_SHARE: 0.6,
  /**
   * Letters outside quotation marks needed for the unquoted "frame" of a paragraph to decide its script:
   * a Korean sentence quoting English is Korean when its own words outside the quote are Korean.
   */
  MIN_FRAME_LETTERS: 10,
  /**
   * Latin (Cyrillic, …) letters inside a paragraph of another script that franc is asked about, so an
   * English quote in a Korean sentence shows in the distribution. Fewer are names ("Tran Luu Quang",
   * "VGP/Hai Minh") and count for the paragraph's language.
   */
  MIN_MINORITY_FRANC_LETTERS: 40,
  /** Decimal places of `distribution` and `confidence` (deterministic rounding). */
  DECIMALS: 4,
} as const;

/**
 * Quotation marks that open / close a quoted span. Straight double quotes toggle. Single quotes are not
 * used: ’ is also the apostrophe ("Korea’s").
 */
export const QUOTE_OPEN = '“«「『〝';
export const QUOTE_CLOSE = '”»」』〞〟';
