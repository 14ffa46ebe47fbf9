/**
 * The record contract: the single source of truth for what the pipeline writes.
 *
 * Every field here is part of the public output format. Add fields freely; never rename
 * or repurpose one without bumping SCHEMA_VERSION's major number.
 *
 * Offsets (`start`, `end`) are UTF-16 code units into `text`, exactly as JavaScript's
 * `String.prototype.slice` counts them: `text.slice(start, end)` is the surface form.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0.0';

const offset = z.number().int().nonnegative();

/** A span of `text`: `text.slice(start, end)`. UTF-16 code units. */
export const spanSchema = z
  .object({ start: offset, end: offset })
  .refine((s) => s.end >= s.start, { message: 'end must not precede start' });

export const languageCodeSchema = z
  .string()
  .regex(/^(?:[a-z]{2,3}|und)$/, 'ISO 639-1 code (or 639-3 when no 639-1 exists) or "und"');

export const languageSchema = z.object({
  /** Main language of the body, or "und" when the body is too short or too mixed to call. */
  primary: languageCodeSchema,
  /** 0–1: how sure the detector is of `primary`. */
  confidence: z.number().min(0).max(1),
  /** Share of the body's letters per language; values sum to ~1 (empty object for an empty body). */
  distribution: z.record(z.string(), z.number().min(0).max(1)),
  /** One span per paragraph (adjacent same-language paragraphs merged), offsets into `text`. */
  segments: z.array(z.object({ start: offset, end: offset, lang: languageCodeSchema })),
});

export const datePrecisionSchema = z.enum(['year', 'half', 'quarter', 'month', 'day', 'minute']);

/** Date parts as written, for dates whose year could not be resolved. */
export const partialDateSchema = z.object({
  year: z.number().int().optional(),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
  hour: z.number().int().min(0).max(23).optional(),
  minute: z.number().int().min(0).max(59).optional(),
});

export const dateEntitySchema = z.object({
  /** The surface form, equal to `text.slice(start, end)`. */
  text: z.string(),
  /**
   * Normalized ISO 8601 value: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`.
   * `null` when the year is unknown (no anchor); then `partial` holds what was written.
   */
  value: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?$/)
    .nullable(),
  precision: datePrecisionSchema,
  start: offset,
  end: offset,
  /** The calendar the year was written in ("buddhist" for Thai B.E. years; the value is always Gregorian). */
  calendar: z.enum(['gregorian', 'buddhist']),
  /** Shared by both endpoints of a range ("September 19 through 24"). */
  range: z.string().optional(),
  /** Present when the value is a guess between readings (e.g. 04/05/2019: day/month order unknown). */
  ambiguous: z.boolean().optional(),
  partial: partialDateSchema.optional(),
});

export const personEntitySchema = z.object({
  /** Canonical name: the fullest form in the document, in the document's script, without titles. */
  name: z.string().min(1),
  /** Other forms of the same person occurring in the body (surname, given name, transliterations). */
  aliases: z.array(z.string()),
  /** Titles and roles seen with the name ("Vice Minister", "장관", "นาย"). */
  titles: z.array(z.string()),
  mentions: z.array(spanSchema),
});

export const organizationEntitySchema = z.object({
  /** The first full form as written, without particles or possessives. */
  name: z.string().min(1),
  /** Acronyms and short forms occurring in the body (MOIS, 행안부, ธปท.). */
  aliases: z.array(z.string()),
  mentions: z.array(spanSchema),
});

export const warningSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case warning code');

export const recordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Stable id: hash of the source identity (its path relative to the input root), not of the content. */
  id: z.string().regex(/^[0-9a-f]{16,64}$/),
  source: z.object({
    /** Path relative to the input root, POSIX separators. */
    path: z.string().min(1),
    format: z.enum(['html', 'text']),
    /** "sha256:<hex>" of the raw bytes. */
    contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    bytes: z.number().int().nonnegative(),
    /** The encoding the bytes were decoded as (WHATWG label, lower case). */
    encoding: z.string().min(1),
    /** How the encoding was decided. */
    encodingSource: z.enum(['bom', 'meta', 'hint', 'detected', 'default']),
    /** Canonical URL when the page states one. */
    url: z.string().nullable(),
    siteName: z.string().nullable(),
  }),
  title: z.string().nullable(),
  /** Local publication date (`YYYY-MM-DD`) or datetime with offset, or null when the page states none. */
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/)
    .nullable(),
  byline: z.array(z.string()),
  language: languageSchema,
  /** The article body: paragraphs joined by "\n\n", whitespace collapsed, NFC. */
  text: z.string(),
  entities: z.object({
    dates: z.array(dateEntitySchema),
    persons: z.array(personEntitySchema),
    organizations: z.array(organizationEntitySchema),
  }),
  /** Kebab-case codes for things a consumer may want to know (no-main-content, no-published-date, …). */
  warnings: z.array(warningSchema),
  pipeline: z.object({ version: z.string() }),
});

export type Span = z.infer<typeof spanSchema>;
export type LanguageInfo = z.infer<typeof languageSchema>;
export type DatePrecision = z.infer<typeof datePrecisionSchema>;
export type PartialDate = z.infer<typeof partialDateSchema>;
export type DateEntity = z.infer<typeof dateEntitySchema>;
export type PersonEntity = z.infer<typeof personEntitySchema>;
export type OrganizationEntity = z.infer<typeof organizationEntitySchema>;
export type DocumentRecord = z.infer<typeof recordSchema>;

/**
 * Checks what zod alone cannot: every offset lies inside `text` and every date's `text`
 * equals its slice. Returns human-readable problems (empty when the record is consistent).
 */
export function checkOffsets(record: DocumentRecord): string[] {
  const problems: string[] = [];
  const { text } = record;
  const inside = (where: string, s: Span): void => {
    if (s.end > text.length) problems.push(`${where}: span ${s.start}-${s.end} exceeds text length ${text.length}`);
  };
  record.language.segments.forEach((s, i) => inside(`language.segments[${i}]`, s));
  record.entities.dates.forEach((d, i) => {
    inside(`entities.dates[${i}]`, d);
    if (text.slice(d.start, d.end) !== d.text) problems.push(`entities.dates[${i}]: text does not match its span`);
  });
  record.entities.persons.forEach((p, i) => p.mentions.forEach((m, j) => inside(`entities.persons[${i}].mentions[${j}]`, m)));
  record.entities.organizations.forEach((o, i) =>
    o.mentions.forEach((m, j) => inside(`entities.organizations[${i}].mentions[${j}]`, m)),
  );
  return problems;
}
