/**
 * The typed interfaces between stages. Each stage is a plain function of its input: it knows
 * nothing about files, queues or logs. The runner (src/pipeline/) composes them.
 */
import type { DateEntity, LanguageInfo, OrganizationEntity, PersonEntity } from '../schema/record.js';

export type SourceFormat = 'html' | 'text';

/** How the decode stage decided the encoding. */
export type EncodingSource = 'bom' | 'meta' | 'hint' | 'detected' | 'default';

/** decode: bytes → string. */
export interface DecodeOptions {
  format: SourceFormat;
  /** An encoding the caller knows (HTTP header, crawler metadata). Wins over everything but a BOM. */
  encoding?: string;
}
export interface Decoded {
  /** NFC-normalized text. */
  text: string;
  /** WHATWG-style label, lower case: "utf-8", "euc-kr", "windows-874", "utf-16le", … */
  encoding: string;
  encodingSource: EncodingSource;
  warnings: string[];
}

/** strip: page → body and metadata. */
export interface StripOptions {
  format: SourceFormat;
}
export interface Stripped {
  title: string | null;
  /** `YYYY-MM-DD` or a datetime with offset; null when the page states none. */
  publishedAt: string | null;
  byline: string[];
  url: string | null;
  siteName: string | null;
  /** Body paragraphs joined by "\n\n". */
  text: string;
  warnings: string[];
}

/** language: body → languages. */
export type DetectLanguage = (text: string) => LanguageInfo;

/** extract: body → entities. Offsets are UTF-16 code units into `text`. */
export interface DateExtractOptions {
  /** Primary language of the text (a hint for ambiguous forms such as 04/05/2019 or a bare Thai year). */
  lang: string;
  /** `YYYY-MM-DD…` the document was published; resolves missing years and relative days. */
  anchor?: string | null;
}
export type ExtractDates = (text: string, options: DateExtractOptions) => DateEntity[];

export interface EntityExtractOptions {
  /** Primary language of the text. */
  lang: string;
  /** Per-paragraph languages from the language stage; lets each locale scan its own paragraphs. */
  segments?: LanguageInfo['segments'];
}
export type ExtractPersons = (text: string, options: EntityExtractOptions) => PersonEntity[];
export type ExtractOrganizations = (text: string, options: EntityExtractOptions) => OrganizationEntity[];
