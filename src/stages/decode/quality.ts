/**
 * How plausible a decoding is. Mojibake has tell-tale signs: U+FFFD and C1 controls, a jumble of scripts
 * (Hangul bytes read as windows-874 give Thai letters mixed with replacement characters; read as
 * windows-1252 they give runs of accented capitals and symbols), and Thai combining marks with no base
 * consonant. A correct decoding of natural text is dominated by one script.
 */

export interface Quality {
  /** Characters above U+007F. */
  nonAscii: number;
  /** U+FFFD, C1 controls, private-use characters. */
  bad: number;
  /** 0–1, higher is more plausible. */
  score: number;
}

type Script = 'hangul' | 'thai' | 'han' | 'kana' | 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'other';

function scriptOf(cp: number): Script | 'neutral' | 'bad' {
  if (cp === 0xfffd || (cp >= 0x80 && cp <= 0x9f) || (cp >= 0xe000 && cp <= 0xf8ff)) return 'bad';
  if ((cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f)) return 'hangul';
  if (cp >= 0x0e00 && cp <= 0x0e7f) return 'thai';
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff)) return 'han';
  if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0xff61 && cp <= 0xff9f)) return 'kana';
  if ((cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) || (cp >= 0x1e00 && cp <= 0x1eff)) return 'latin';
  if (cp >= 0x0400 && cp <= 0x04ff) return 'cyrillic';
  if (cp >= 0x0370 && cp <= 0x03ff) return 'greek';
  if (cp >= 0x0600 && cp <= 0x06ff) return 'arabic';
  if (cp >= 0x0590 && cp <= 0x05ff) return 'hebrew';
  // Punctuation, symbols, NBSP, full-width forms: neither evidence for nor against.
  if (
    (cp >= 0xa0 && cp <= 0xbf) ||
    cp === 0xd7 ||
    cp === 0xf7 ||
    (cp >= 0x2000 && cp <= 0x2bff) ||
    (cp >= 0x3000 && cp <= 0x303f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    cp === 0xfeff
  )
    return 'neutral';
  return 'other';
}

const isThaiConsonant = (cp: number): boolean => cp >= 0x0e01 && cp <= 0x0e2e;
/** Above/below vowels (ั ิ ี ึ ื ุ ู ฺ) — sit on a consonant. */
const isThaiVowelMark = (cp: number): boolean => cp === 0x0e31 || (cp >= 0x0e34 && cp <= 0x0e3a);
/** Tone marks and other diacritics (็ ่ ้ ๊ ๋ ์ ํ ๎) — sit on a consonant or on an above/below vowel. */
const isThaiToneMark = (cp: number): boolean => cp >= 0x0e47 && cp <= 0x0e4e;
/** Leading vowels (เ แ โ ใ ไ) — always followed by a consonant. */
const isThaiLeadingVowel = (cp: number): boolean => cp >= 0x0e40 && cp <= 0x0e44;
/** Letters that are obsolete or rare in modern Thai (ฃ ฅ ฦ ๏ ๚ ๛); mojibake is full of them. */
const isThaiRare = (cp: number): boolean => cp === 0x0e03 || cp === 0x0e05 || cp === 0x0e26 || cp === 0x0e4f || cp === 0x0e5a || cp === 0x0e5b;

/** Is `cp` impossible (or very unlikely) after `prev` in Thai orthography? */
function thaiInvalid(prev: number, cp: number): boolean {
  if (isThaiRare(cp)) return true;
  if (isThaiVowelMark(cp)) return !isThaiConsonant(prev);
  if (isThaiToneMark(cp)) return !(isThaiConsonant(prev) || isThaiVowelMark(prev));
  if (isThaiLeadingVowel(prev)) return !isThaiConsonant(cp);
  return false;
}

/** Characters windows-1252 puts at 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ). */
const W1252_EXTRA = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
]);

export function assessQuality(text: string): Quality {
  const counts = new Map<Script, number>();
  let nonAscii = 0;
  let bad = 0;
  let letters = 0;
  let orphanMarks = 0;
  let thaiVowels = 0;
  // Thai runs of length one ("4ฐC", "ฉ United"): Latin-1 symbols read as windows-874.
  let thaiStarts = 0;
  let isolatedThai = 0;
  let thaiAfterStart = false;
  let highRun = 0;
  let highInRuns = 0;
  let prev = 0x20;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      if (thaiAfterStart) isolatedThai++;
      thaiAfterStart = false;
      prev = cp;
      highRun = 0;
      continue;
    }
    // Characters of the Latin-1 range in runs of 3+ ("ÇÑ±¹°í") are legacy CJK/Thai bytes read as
    // windows-1252; real accented text has them one at a time inside ASCII words.
    if (cp <= 0xff || W1252_EXTRA.has(cp)) {
      highRun++;
      if (highRun >= 3) highInRuns += highRun === 3 ? 3 : 1;
    } else highRun = 0;
    nonAscii++;
    const s = scriptOf(cp);
    if (s === 'bad') bad++;
    else if (s !== 'neutral') {
      letters++;
      counts.set(s, (counts.get(s) ?? 0) + 1);
      if (s === 'thai') {
        if (thaiInvalid(prev, cp)) orphanMarks++;
        if (cp >= 0x0e30 && cp <= 0x0e4e) thaiVowels++;
        if (!(prev >= 0x0e00 && prev <= 0x0e7f)) thaiStarts++;
        thaiAfterStart = !(prev >= 0x0e00 && prev <= 0x0e7f);
      } else if (thaiAfterStart) {
        isolatedThai++;
        thaiAfterStart = false;
      }
    }
    prev = cp;
  }
  if (nonAscii === 0) return { nonAscii, bad, score: 1 };
  let dominant = 0;
  for (const v of counts.values()) dominant = Math.max(dominant, v);
  // Only punctuation and symbols beyond ASCII (smart quotes, °, ©): nothing speaks against the decoding.
  const coherence = letters === 0 ? 1 : dominant / letters;
  const badShare = bad / nonAscii;
  const penalty = (2 * orphanMarks + highInRuns + (counts.get('other') ?? 0)) / nonAscii;
  // Real Thai is ~35–40% vowels and marks; other scripts' bytes read as windows-874 come out as
  // consonant soup (~10%).
  const thai = counts.get('thai') ?? 0;
  const thaiPenalty =
    (thai >= 20 ? Math.max(0, 0.25 - thaiVowels / thai) * 4 * (thai / letters) : 0) +
    (thai > 0 ? (isolatedThai / Math.max(1, thaiStarts)) * (thai / letters) * (thai < 50 ? 1 : 0.3) : 0);
  return { nonAscii, bad, score: Math.max(0, coherence - 3 * badShare - penalty - thaiPenalty) };
}
