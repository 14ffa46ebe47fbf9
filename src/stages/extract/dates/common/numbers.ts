/** Digit helpers: Thai (๐-๙) and full-width digits, integers from optional groups, two-digit years. */

const THAI_ZERO = 0x0e50;
const FULLWIDTH_ZERO = 0xff10;
const FOREIGN_DIGIT = /[\u0e50-\u0e59\uff10-\uff19]/g;
const toAscii = (c: string): string => {
  const code = c.charCodeAt(0);
  return String(code >= FULLWIDTH_ZERO ? code - FULLWIDTH_ZERO : code - THAI_ZERO);
};

/**
 * Folds Thai and full-width digits to ASCII. Every digit is one UTF-16 code unit on both sides,
 * so offsets into the result are offsets into the input.
 */
export function foldDigits(s: string): string {
  FOREIGN_DIGIT.lastIndex = 0;
  return FOREIGN_DIGIT.test(s) ? s.replace(FOREIGN_DIGIT, toAscii) : s;
}

/** Integer value of an optional regex group. */
export function int(s: string | undefined): number | undefined {
  if (s === undefined || s === '') return undefined;
  const n = Number.parseInt(s, 10);
  return Number.isNaN(n) ? undefined : n;
}

/** Buddhist-era year → Gregorian. */
export const beToCe = (year: number): number => year - 543;

/** Two-digit Buddhist-era year ("66" → 2566 → 2023). */
export const shortBeToCe = (yy: number): number => 2500 + yy - 543;

/** Two-digit Gregorian year ("'24" → 2024). */
export const shortCeToCe = (yy: number): number => (yy < 70 ? 2000 + yy : 1900 + yy);

/** A plausible Gregorian year for news text. */
export const isPlausibleYear = (y: number): boolean => y >= 1000 && y <= 2199;

/** A four-digit number in the range of Buddhist-era years in use (2400–2699 ≈ 1857–2156 CE). */
export const isBuddhistYear = (y: number): boolean => y >= 2400 && y <= 2699;
