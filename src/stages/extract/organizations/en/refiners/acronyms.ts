/**
 * Acronym ↔ long form matching (after Schwartz & Hearst): every letter of the acronym is taken,
 * in order, from the start of a word of the long form ("MOIS" ← Ministry Of Interior Safety,
 * "KOICA" ← KOrea International Cooperation Agency). Function words may be skipped, and at most
 * one content word ("OPDC" ← Office of the Public Sector Development Commission).
 */

const SKIPPABLE = new Set(['of', 'the', 'and', '&', 'for', 'on', 'in', 'to', 'at', 'de', 'du', 'la']);

export function acronymMatches(acronym: string, longForm: string): boolean {
  const letters = acronym.replace(/[^\p{L}\p{N}]/gu, '').replace(/s$/, '').toLowerCase();
  if (letters.length < 2) return false;
  const words = longForm
    .split(/[\s\-–/,]+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}&]/gu, ''))
    .filter(Boolean);
  if (words.length < 2 || words.length > 20) return false;
  const memo = new Map<string, boolean>();
  const go = (a: number, w: number, skipped: number): boolean => {
    if (a === letters.length) {
      // Remaining words may only be function words.
      for (let k = w; k < words.length; k++) if (!SKIPPABLE.has(words[k]!.toLowerCase())) return false;
      return true;
    }
    if (w === words.length) return false;
    const key = `${a}:${w}:${skipped}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    const word = words[w]!;
    const lower = word.toLowerCase();
    let ok = false;
    // Take a prefix of this word.
    for (let p = 1; !ok && p <= lower.length && a + p <= letters.length; p++) {
      if (lower[p - 1] !== letters[a + p - 1]) break;
      ok = go(a + p, w + 1, skipped);
    }
    // An all-caps word may give a subsequence of its letters starting with its first ("ICT" → "IT").
    if (!ok && /^\p{Lu}{2,}$/u.test(word) && lower[0] === letters[a]) {
      let p = a + 1;
      for (let k = 1; k < lower.length && p < letters.length; k++) if (lower[k] === letters[p]) p += 1;
      if (p > a + 1) ok = go(p, w + 1, skipped);
    }
    if (!ok && SKIPPABLE.has(lower)) ok = go(a, w + 1, skipped);
    // The first word must contribute; one later content word may be skipped.
    if (!ok && w > 0 && skipped === 0 && letters.length >= 3) ok = go(a, w + 1, 1);
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0, 0);
}
