/**
 * Tunable limits of the decode stage, kept apart from the logic.
 */

/** How far into the document to look for a declared charset. Browsers use 1 KB; CMS pages often put
 * kilobytes of inline CSS/JS before the meta tag, so we look further. */
export const META_SCAN_BYTES = 16 * 1024;

export const BINARY_LIMITS = {
  /** Prefix examined by the binary and UTF-16 sniffers. */
  sampleBytes: 64 * 1024,
  /** Text files may carry a stray NUL; more than this share means it is not text. */
  maxNulShare: 0.001,
  /** Share of C0 control bytes (other than tab, LF, CR, FF, ESC) above which it is not text. */
  maxControlShare: 0.05,
  /** In BOM-less UTF-16, ASCII characters put a NUL in every other byte (and none in the rest). */
  utf16NulShare: 0.02,
};

/** Magic numbers of formats that turn up under text extensions. */
export const BINARY_SIGNATURES: ReadonlyArray<{ name: string; offset: number; magic: readonly number[] }> = [
  { name: 'png', offset: 0, magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'gif', offset: 0, magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'jpeg', offset: 0, magic: [0xff, 0xd8, 0xff] },
  { name: 'pdf', offset: 0, magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'zip', offset: 0, magic: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'zip', offset: 0, magic: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'gzip', offset: 0, magic: [0x1f, 0x8b] },
  { name: 'ole2', offset: 0, magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'rar', offset: 0, magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: '7z', offset: 0, magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'elf', offset: 0, magic: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'webp/riff', offset: 0, magic: [0x52, 0x49, 0x46, 0x46] },
  { name: 'woff', offset: 0, magic: [0x77, 0x4f, 0x46, 0x46] },
  { name: 'woff2', offset: 0, magic: [0x77, 0x4f, 0x46, 0x32] },
  { name: 'mp4', offset: 4, magic: [0x66, 0x74, 0x79, 0x70] },
];

export const QUALITY = {
  /** Bytes of a large document sampled when comparing candidate encodings (start + middle window): enough
   * body text to rank decodings, without decoding a 300 KB page once per candidate. */
  sampleBytes: 64 * 1024,
  /** Undeclared bytes are scored by the detector's top guesses plus these, the encodings this corpus lives in. */
  alwaysTry: ['utf-8', 'euc-kr', 'windows-874', 'windows-1252'] as readonly string[],
  /** Score bonus for encodings expected in Korean/Thai/English news (breaks GBK-vs-CP949 style ties). */
  prior: { 'utf-8': 0.08, 'euc-kr': 0.05, 'windows-874': 0.05 } as Readonly<Record<string, number>>,
  /** Weight of the detector's own confidence (0–100) in a candidate's score. */
  detectorWeight: 0.001,
  /** A declared legacy encoding whose decoding scores at least this is believed without running the
   * detector. Measured on the bench corpus: correct EUC-KR/windows-874/TIS-620 decodings score
   * 0.75–1.0 (5th percentile 0.93), wrong ones 0–0.68. */
  trustDeclared: 0.85,
  /** A declared encoding is kept unless an alternative scores this much better. */
  mismatchMargin: 0.15,
  /** Give up (invalid-encoding) when the best decoding still has this share of bad characters among non-ASCII ones… */
  maxBadShare: 0.1,
  /** …and at least this many of them. */
  minBadCount: 16,
  /** Undeclared bytes whose most plausible decoding scores below this are not text in any encoding we know. */
  minDetectedScore: 0.35,
};
