/**
 * One document through every stage: decode → strip → language → extract → validate.
 * Pure apart from the clock used for timings: no files, queues or logs. This is the library
 * entry point (`processDocument`) and what the runner calls for each input.
 */
import { SCHEMA_VERSION, type DocumentRecord } from '../schema/record.js';
import { validateRecord } from '../schema/validate.js';
import { decode } from '../stages/decode/index.js';
import { StageError, type StageName } from '../stages/errors.js';
import { extractDates } from '../stages/extract/dates/index.js';
import { extractOrganizations } from '../stages/extract/organizations/index.js';
import { extractPersons } from '../stages/extract/persons/index.js';
import { detectLanguage } from '../stages/language/index.js';
import { strip } from '../stages/strip/index.js';
import type { SourceFormat } from '../stages/types.js';
import { PIPELINE_VERSION } from '../version.js';
import { formatForPath } from './discover.js';
import { contentHash, recordId } from './identity.js';

export interface ProcessOptions {
  /** Source identity: the path relative to the input root (POSIX). Determines the record id. */
  path?: string;
  /** "html" or "text"; default: from the path's extension, else sniffed from the content. */
  format?: SourceFormat;
  /** An encoding known from outside (HTTP header, crawler metadata); wins over <meta charset>. */
  encoding?: string;
  /** Canonical URL known from outside; used when the page states none. */
  url?: string;
  /** `contentHash(input)` when the caller has already computed it (the runner hashes once, for the skip check). */
  contentHash?: string;
}

export type StageTimings = Partial<Record<StageName | 'dates' | 'persons' | 'organizations', number>>;

export interface ProcessResult {
  record: DocumentRecord;
  timings: StageTimings;
}

export { contentHash, recordId, validateRecord };

const HTML_SNIFF = /^\s*(?:<!doctype html|<html|<head|<body|<meta|<!--|<div|<article|<p[\s>])/i;

function sniffFormat(bytes: Uint8Array): SourceFormat {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF|^\xFF\xFE|^\xFE\xFF/, '').replace(/\0/g, '');
  return HTML_SNIFF.test(head) ? 'html' : 'text';
}

/** Runs `fn` as stage `stage`, timing it and turning unexpected exceptions into StageErrors. */
function timed<T>(timings: StageTimings, stage: StageName | 'dates' | 'persons' | 'organizations', fn: () => T): T {
  const started = performance.now();
  try {
    return fn();
  } catch (error) {
    if (error instanceof StageError) throw error;
    const where: StageName = stage === 'dates' || stage === 'persons' || stage === 'organizations' ? 'extract' : stage;
    const message = error instanceof Error ? error.message : String(error);
    throw new StageError(where, 'internal', `${stage} failed: ${message}`, { cause: error });
  } finally {
    timings[stage] = Math.round((performance.now() - started) * 1000) / 1000;
  }
}

/** Processes one document and returns its record with per-stage timings (milliseconds). */
export function processDocumentDetailed(input: Uint8Array | string, options: ProcessOptions = {}): ProcessResult {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const sourcePath = options.path ?? 'document';
  const format = options.format ?? (options.path ? formatForPath(options.path) : null) ?? sniffFormat(bytes);
  const encodingHint = options.encoding ?? (typeof input === 'string' ? 'utf-8' : undefined);
  const timings: StageTimings = {};

  const decoded = timed(timings, 'decode', () => decode(bytes, encodingHint ? { format, encoding: encodingHint } : { format }));
  const stripped = timed(timings, 'strip', () => strip(decoded.text, { format }));
  const language = timed(timings, 'language', () => detectLanguage(stripped.text));
  const lang = language.primary;
  const dates = timed(timings, 'dates', () => extractDates(stripped.text, { lang, anchor: stripped.publishedAt }));
  const persons = timed(timings, 'persons', () => extractPersons(stripped.text, { lang, segments: language.segments }));
  const organizations = timed(timings, 'organizations', () =>
    extractOrganizations(stripped.text, { lang, segments: language.segments }),
  );

  const warnings = [...new Set([...decoded.warnings, ...stripped.warnings])];
  if (stripped.publishedAt === null && !warnings.includes('no-published-date')) warnings.push('no-published-date');

  const candidate: DocumentRecord = {
    schemaVersion: SCHEMA_VERSION,
    id: recordId(sourcePath),
    source: {
      path: sourcePath,
      format,
      contentHash: options.contentHash ?? contentHash(bytes),
      bytes: bytes.byteLength,
      encoding: decoded.encoding,
      encodingSource: decoded.encodingSource,
      url: stripped.url ?? options.url ?? null,
      siteName: stripped.siteName,
    },
    title: stripped.title,
    publishedAt: stripped.publishedAt,
    byline: stripped.byline,
    language,
    text: stripped.text,
    entities: { dates, persons, organizations },
    warnings,
    pipeline: { version: PIPELINE_VERSION },
  };

  const record = timed(timings, 'validate', () => validateRecord(candidate));
  return { record, timings };
}

/** Processes one document and returns its record (not written anywhere). Throws StageError. */
export function processDocument(input: Uint8Array | string, options: ProcessOptions = {}): DocumentRecord {
  return processDocumentDetailed(input, options).record;
}
