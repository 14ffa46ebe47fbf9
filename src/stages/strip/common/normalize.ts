/** Whitespace and character normalisation shared by the HTML and text paths. */

/** Spaces of every kind (NBSP, ideographic space, zero-width and BOM) that collapse to one ASCII space. */
const SPACES = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

/** Collapse whitespace (NBSP included) to single spaces and trim. */
/** Anything collapse would change: a space other than U+0020, two spaces, or a space at either end. */
const NEEDS_COLLAPSE = /[^\S ]| {2}|^ | $/;

export function collapse(text: string): string {
  if (!NEEDS_COLLAPSE.test(text) && !/[\u200b\ufeff]/.test(text)) return text;
  return text.replace(SPACES, ' ').trim();
}

/** Visible characters (no whitespace). */
export function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000 && c !== 0xfeff && !(c >= 0x2000 && c <= 0x200b)) n++;
  }
  return n;
}

/**
 * Length in "Latin-equivalent" characters: one Hangul syllable or Han character carries about as much as
 * two Latin letters, so length thresholds mean the same across the three languages.
 */
export function effectiveLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) continue;
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3040 && c <= 0x30ff)) n += 2;
    else n += 1;
  }
  return n;
}

/**
 * Terminal columns of a line as a fixed-width dump (lynx, w3m, e-mail) wraps it: East Asian wide characters (Hangul,
 * Han, kana, fullwidth forms) take two columns, every other UTF-16 unit one, so Latin and Thai text measure as their
 * length.
 */
export function displayWidth(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)) n++;
  }
  return n;
}

/** Paragraph list → body text: collapsed, empty ones dropped, joined by a blank line. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  const out: string[] = [];
  for (const p of paragraphs) {
    const c = collapse(p);
    if (c) out.push(c);
  }
  return out.join('\n\n').normalize('NFC');
}

/** Key for duplicate detection: case-, space- and punctuation-insensitive. */
export function dedupeKey(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}
