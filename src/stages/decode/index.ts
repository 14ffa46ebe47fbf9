/**
 * decode: bytes → NFC string.
 *
 * Order of evidence: a byte-order mark; the caller's hint (HTTP header, crawler metadata); a charset
 * declared in the markup; detection (chardet's guesses re-ranked by how plausible each decoding reads);
 * UTF-8 by default. A declaration is checked against the bytes: declared UTF-8 that is not valid UTF-8,
 * or a legacy charset whose decoding is far less plausible than another, is overridden with a
 * `charset-mismatch` warning.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { StageError } from '../errors.js';
import type { DecodeOptions, Decoded, EncodingSource } from '../types.js';
import { type Charset, UTF8, resolveCharset } from './labels.js';
import { assessQuality } from './quality.js';
import { binaryReason, binarySignature, sniffBom, sniffBomlessUtf16, sniffDeclaredCharset } from './sniff.js';
import { QUALITY } from './thresholds.js';

export { resolveCharset } from './labels.js';

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeWith(charset: Charset, bytes: Uint8Array): string {
  if (charset.codec === 'utf8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset.codec, { stripBOM: false });
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/** The bytes decoded as UTF-8, or null when they are not valid UTF-8 (decoded once, reused if chosen). */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return null;
  }
}

function isUtf16(charset: Charset): boolean {
  return charset.codec === 'utf16le' || charset.codec === 'utf16be';
}

/** A bounded sample of a large document: its start and a window from the middle. */
function sampleOf(bytes: Uint8Array): Uint8Array[] {
  const half = QUALITY.sampleBytes / 2;
  if (bytes.length <= QUALITY.sampleBytes) return [bytes];
  let mid = Math.floor(bytes.length / 2);
  // Start the second window after an ASCII byte so it does not open inside a multi-byte character.
  for (let k = 0; k < 64 && mid < bytes.length && bytes[mid - 1]! >= 0x80; k++) mid++;
  return [bytes.subarray(0, half), bytes.subarray(mid, Math.min(bytes.length, mid + half))];
}

interface Candidate {
  charset: Charset;
  score: number;
}

/** How plausible the samples read in `charset` (0–1, see quality.ts). */
function qualityOf(charset: Charset, samples: Uint8Array[]): number {
  return assessQuality(samples.map((s) => decodeWith(charset, s)).join('\n')).score;
}

function scoreCharset(charset: Charset, samples: Uint8Array[], detectorConfidence = 0): number {
  return qualityOf(charset, samples) + (QUALITY.prior[charset.name] ?? 0) + detectorConfidence * QUALITY.detectorWeight;
}

/** Rank plausible decodings of undeclared (or mis-declared) bytes. */
function detect(samples: Uint8Array[]): Candidate[] {
  const tried = new Map<string, Candidate>();
  const consider = (label: string, confidence: number): void => {
    const charset = resolveCharset(label);
    if (!charset || isUtf16(charset) || tried.has(charset.name)) return;
    tried.set(charset.name, { charset, score: scoreCharset(charset, samples, confidence) });
  };
  let guesses: { name: string; confidence: number }[] = [];
  try {
    guesses = chardet.analyse(samples[0]!).slice(0, 4);
  } catch {
    guesses = [];
  }
  for (const g of guesses) consider(g.name, g.confidence);
  for (const label of QUALITY.alwaysTry) consider(label, 0);
  return [...tried.values()].sort((a, b) => b.score - a.score);
}

function countBad(text: string): { bad: number; nonAscii: number } {
  let bad = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd || c <= 0x9f || (c >= 0xe000 && c <= 0xf8ff)) bad++;
  }
  return { bad, nonAscii };
}

export function decode(bytes: Uint8Array, options: DecodeOptions): Decoded {
  if (bytes.length === 0) throw new StageError('decode', 'empty-input', 'the input has no bytes');
  const warnings: string[] = [];

  const finish = (charset: Charset, source: EncodingSource, body: Uint8Array = bytes, decoded?: string): Decoded => {
    let text = decoded ?? decodeWith(charset, body);
    const { bad, nonAscii } = countBad(text);
    if (bad >= QUALITY.minBadCount && bad / Math.max(1, nonAscii) > QUALITY.maxBadShare) {
      throw new StageError(
        'decode',
        'invalid-encoding',
        `cannot decode sensibly: ${bad} of ${nonAscii} non-ASCII characters are invalid as ${charset.name}`,
      );
    }
    if (bad > 0 && !warnings.includes('charset-mismatch')) warnings.push('replacement-characters');
    if (text.includes('\u0000')) text = text.replace(/\u0000/g, '');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    text = text.normalize('NFC');
    if (/^[\s\u00a0\u200b\u2060\ufeff]*$/.test(text)) {
      throw new StageError('decode', 'empty-input', 'the input contains nothing but whitespace');
    }
    return { text, encoding: charset.name, encodingSource: source, warnings };
  };

  const bom = sniffBom(bytes);
  if (bom) return finish(bom.charset, 'bom', bytes.subarray(bom.length));

  const signature = binarySignature(bytes);
  if (signature) throw new StageError('decode', 'binary-input', `binary data (${signature} signature), not text`);

  const hint = resolveCharset(options.encoding);
  if (options.encoding && !hint) warnings.push('unknown-encoding-hint');

  // UTF-16 without a BOM: NULs in every other byte. A UTF-16 hint is believed when the bytes agree.
  const utf16 = sniffBomlessUtf16(bytes);
  if (utf16 && scoreCharset(utf16, sampleOf(bytes)) >= QUALITY.minDetectedScore) {
    return finish(utf16, hint && isUtf16(hint) ? 'hint' : 'detected');
  }

  const binary = binaryReason(bytes);
  if (binary) throw new StageError('decode', 'binary-input', `binary data (${binary}), not text`);

  let declared: { charset: Charset; source: EncodingSource } | null = null;
  if (hint) declared = { charset: hint, source: 'hint' };
  else if (options.format === 'html') {
    const meta = resolveCharset(sniffDeclaredCharset(bytes));
    if (meta) declared = { charset: meta, source: 'meta' };
  }
  // An ASCII-compatible document cannot really be UTF-16 (WHATWG treats such a meta as UTF-8).
  if (declared && isUtf16(declared.charset)) declared = { charset: UTF8, source: declared.source };

  if (isAscii(bytes)) return declared ? finish(declared.charset, declared.source) : finish(UTF8, 'default');

  const utf8Text = strictUtf8(bytes);
  const validUtf8 = utf8Text !== null;
  if (declared) {
    if (declared.charset.name === 'utf-8') {
      if (validUtf8) return finish(UTF8, declared.source, bytes, utf8Text);
      const best = detect(sampleOf(bytes))[0];
      if (!best || best.charset.name === 'utf-8') return finish(UTF8, declared.source);
      warnings.push('charset-mismatch');
      return finish(best.charset, 'detected');
    }
    // Declared legacy charset, but the bytes are well-formed UTF-8 with multi-byte sequences: legacy
    // text is practically never valid UTF-8 by accident, so the page was re-encoded and the meta left behind.
    if (validUtf8) {
      warnings.push('charset-mismatch');
      return finish(UTF8, 'detected', bytes, utf8Text);
    }
    const samples = sampleOf(bytes);
    const ownQuality = qualityOf(declared.charset, samples);
    // A declaration that reads as clean text is believed without running the (costly) detector.
    if (ownQuality >= QUALITY.trustDeclared) return finish(declared.charset, declared.source);
    const own = ownQuality + (QUALITY.prior[declared.charset.name] ?? 0);
    const best = detect(samples)[0];
    if (best && best.charset.name !== declared.charset.name && best.score > own + QUALITY.mismatchMargin) {
      warnings.push('charset-mismatch');
      return finish(best.charset, 'detected');
    }
    return finish(declared.charset, declared.source);
  }

  if (validUtf8) return finish(UTF8, 'detected', bytes, utf8Text);
  const best = detect(sampleOf(bytes))[0];
  if (!best || best.score < QUALITY.minDetectedScore) {
    throw new StageError('decode', 'invalid-encoding', 'the bytes do not read as text in any supported encoding');
  }
  return finish(best.charset, 'detected');
}
