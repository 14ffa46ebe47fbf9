/**
 * Charset labels → the name we report (WHATWG-style, lower case) and the codec iconv-lite decodes with.
 *
 * Kept as data apart from the decoding logic. Where a legacy label has a superset that browsers actually
 * use, we decode with the superset: pages labelled EUC-KR are really CP949 (UHC, with the 8,822 extended
 * Hangul syllables), and TIS-620 / ISO-8859-11 pages are decoded as windows-874, which adds the
 * punctuation in 0x80–0x9F (smart quotes, ellipsis) that Thai Windows editors emit.
 */
import iconv from 'iconv-lite';

export interface Charset {
  /** Reported name (what `Decoded.encoding` says). */
  name: string;
  /** iconv-lite codec used to decode. */
  codec: string;
}

const GROUPS: ReadonlyArray<readonly [Charset, readonly string[]]> = [
  [
    { name: 'utf-8', codec: 'utf8' },
    ['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8'],
  ],
  [{ name: 'utf-16le', codec: 'utf16le' }, ['utf-16le', 'utf-16', 'utf16', 'utf16le', 'ucs-2', 'ucs2', 'unicode', 'csunicode', 'iso-10646-ucs-2', 'unicodefeff']],
  [{ name: 'utf-16be', codec: 'utf16be' }, ['utf-16be', 'utf16be', 'unicodefffe']],
  [
    { name: 'euc-kr', codec: 'cp949' },
    [
      'euc-kr', 'euckr', 'cp949', 'ms949', 'windows-949', 'x-windows-949', 'uhc', 'x-uhc', 'korean',
      'ks_c_5601-1987', 'ks_c_5601-1989', 'ks_c_5601', 'ksc5601', 'ksc_5601', 'ks-c-5601', 'iso-ir-149', 'csksc56011987', 'cseuckr',
    ],
  ],
  [
    { name: 'windows-874', codec: 'windows-874' },
    ['windows-874', 'cp874', 'x-windows-874', 'dos-874', 'ms874', 'tis-620', 'tis620', 'tis_620', 'iso-8859-11', 'iso8859-11', 'iso885911', 'thai', 'x-mac-thai'],
  ],
  [
    // WHATWG maps latin1 and ascii labels to windows-1252 (a superset that browsers use for both).
    { name: 'windows-1252', codec: 'windows-1252' },
    ['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso88591', 'latin1', 'l1', 'iso_8859-1', 'cp819', 'ibm819', 'us-ascii', 'ascii', 'ansi_x3.4-1968', 'iso-ir-100', 'csisolatin1'],
  ],
  [{ name: 'shift_jis', codec: 'shift_jis' }, ['shift_jis', 'shift-jis', 'sjis', 'ms_kanji', 'windows-31j', 'x-sjis', 'csshiftjis', 'ms932', 'cp932']],
  [{ name: 'euc-jp', codec: 'euc-jp' }, ['euc-jp', 'eucjp', 'x-euc-jp', 'cseucpkdfmtjapanese']],
  [{ name: 'gbk', codec: 'gbk' }, ['gbk', 'gb2312', 'gb_2312', 'gb_2312-80', 'x-gbk', 'chinese', 'csgb2312', 'iso-ir-58', 'cp936']],
  [{ name: 'gb18030', codec: 'gb18030' }, ['gb18030']],
  [{ name: 'big5', codec: 'big5hkscs' }, ['big5', 'big5-hkscs', 'cn-big5', 'x-x-big5', 'csbig5']],
  [{ name: 'koi8-r', codec: 'koi8-r' }, ['koi8-r', 'koi8r', 'koi8', 'cskoi8r']],
];

const BY_LABEL = new Map<string, Charset>();
for (const [charset, labels] of GROUPS) for (const label of labels) BY_LABEL.set(label, charset);

export const UTF8: Charset = BY_LABEL.get('utf-8')!;
export const UTF16LE: Charset = BY_LABEL.get('utf-16le')!;
export const UTF16BE: Charset = BY_LABEL.get('utf-16be')!;
export const EUC_KR: Charset = BY_LABEL.get('euc-kr')!;
export const WINDOWS_874: Charset = BY_LABEL.get('windows-874')!;
export const WINDOWS_1252: Charset = BY_LABEL.get('windows-1252')!;

/** Resolve a charset label (from a hint, a meta tag or a detector) or return null when it names nothing we can decode. */
export function resolveCharset(label: string | null | undefined): Charset | null {
  if (!label) return null;
  const key = label.trim().toLowerCase().replace(/^["']|["']$/g, '').trim();
  if (!key) return null;
  const known = BY_LABEL.get(key) ?? BY_LABEL.get(key.replace(/_/g, '-'));
  if (known) return known;
  // windows-1250…1258, iso-8859-2…16 and the like: iconv-lite knows them under their own names.
  if (/^[a-z0-9][a-z0-9._:-]{1,39}$/.test(key) && iconv.encodingExists(key)) return { name: key, codec: key };
  return null;
}
