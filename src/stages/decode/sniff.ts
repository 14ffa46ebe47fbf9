/**
 * Byte-level sniffing: byte-order marks, binary signatures, BOM-less UTF-16, declared charsets in markup.
 * Everything here looks at a bounded prefix so a 30 MB page costs the same as a 3 KB one.
 */
import { type Charset, UTF16BE, UTF16LE, UTF8 } from './labels.js';
import { BINARY_LIMITS, BINARY_SIGNATURES, META_SCAN_BYTES } from './thresholds.js';

export interface Bom {
  charset: Charset;
  length: number;
}

export function sniffBom(bytes: Uint8Array): Bom | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: UTF8, length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: UTF16LE, length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: UTF16BE, length: 2 };
  return null;
}

/** Name of the binary format whose magic number starts `bytes`, or null. */
export function binarySignature(bytes: Uint8Array): string | null {
  for (const { name, offset, magic } of BINARY_SIGNATURES) {
    if (bytes.length < offset + magic.length) continue;
    let ok = true;
    for (let i = 0; i < magic.length; i++) {
      if (bytes[offset + i] !== magic[i]) {
        ok = false;
        break;
      }
    }
    if (ok) return name;
  }
  return null;
}

/**
 * UTF-16 without a BOM shows as NUL bytes in every other position (ASCII markup and spaces have a zero
 * high byte). Returns the byte order, or null when the NULs are not laid out that way.
 */
export function sniffBomlessUtf16(bytes: Uint8Array): Charset | null {
  const n = Math.min(bytes.length, BINARY_LIMITS.sampleBytes) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // All NULs on one side: the zero high bytes of ASCII characters (markup, spaces, digits). Thai or
  // Hangul text has few of them, so any clear one-sided share counts; the caller checks the decoding.
  // (The other side may hold the odd NUL: U+AC00 가 is 00 AC in UTF-16LE.)
  if (oddNul / pairs > BINARY_LIMITS.utf16NulShare && evenNul * 8 <= oddNul) return UTF16LE;
  if (evenNul / pairs > BINARY_LIMITS.utf16NulShare && oddNul * 8 <= evenNul) return UTF16BE;
  return null;
}

/** Why `bytes` look binary (NUL bytes, control characters), or null when they look like text. */
export function binaryReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, BINARY_LIMITS.sampleBytes);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) control++;
  }
  if (nul > 0 && nul / n > BINARY_LIMITS.maxNulShare) return `${nul} NUL bytes in the first ${n} bytes`;
  if (control / n > BINARY_LIMITS.maxControlShare) return `${Math.round((100 * control) / n)}% control bytes`;
  return null;
}

/** The charset label declared by `<meta charset>`, `<meta http-equiv=Content-Type>` or an XML declaration. */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_SCAN_BYTES))
    .toString('latin1')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  const metaRe = /<meta\b[^>]*>/gi;
  for (let m = metaRe.exec(head); m; m = metaRe.exec(head)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([^\s"'>;/]+)/i.exec(tag);
    if (!direct) continue;
    // Either <meta charset=…> or <meta http-equiv="Content-Type" content="text/html; charset=…">;
    // both carry `charset=` inside the tag.
    return direct[1]!;
  }
  return xml ? xml[1]! : null;
}
