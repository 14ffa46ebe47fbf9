/**
 * One input file start to finish, wherever it runs (a worker thread in the CLI, inline in library
 * use): read it within the size limit, hash it once, skip it if unchanged, process it, write its
 * record atomically. Only a small summary goes back to the runner, so the runner's thread does no
 * per-document CPU work and never holds a record.
 */
import { closeSync, existsSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { StageError, type ErrorCode, type StageName } from '../stages/errors.js';
import type { SourceFormat } from '../stages/types.js';
import { contentHash, recordId } from './identity.js';
import { processDocumentDetailed, type StageTimings } from './process.js';
import { recordPath, serializeRecord, writeFileAtomic } from './writer.js';

export interface DocumentJob {
  absPath: string;
  /** Source identity (path relative to the input root); determines the record id. */
  relPath: string;
  format: SourceFormat;
  outDir: string;
  maxBytes: number;
  /** Content hash of the input's current record (from the manifest): the same bytes are skipped. Null: always process. */
  unchangedHash: string | null;
  /** Also return the record as one JSON line (for --jsonl). */
  wantJsonLine: boolean;
}

export type JobResult =
  | {
      kind: 'done';
      contentHash: string;
      language: string;
      entityCounts: { dates: number; persons: number; organizations: number };
      timings: StageTimings;
      jsonLine: string | null;
    }
  | { kind: 'skipped'; contentHash: string; jsonLine: string | null }
  | { kind: 'failed'; contentHash: string | null; stage: StageName; code: ErrorCode; message: string };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Reads the input, refusing (before reading) anything over the size limit. */
function readInput(job: DocumentJob): Buffer {
  let fd: number;
  try {
    fd = openSync(job.absPath, 'r');
  } catch (error) {
    throw new StageError('read', 'unreadable', messageOf(error));
  }
  try {
    const size = fstatSync(fd).size;
    if (size > job.maxBytes) throw new StageError('read', 'too-large', `${size} bytes exceeds the limit of ${job.maxBytes} (--max-bytes)`);
    return readFileSync(fd);
  } catch (error) {
    if (error instanceof StageError) throw error;
    throw new StageError('read', 'unreadable', messageOf(error));
  } finally {
    closeSync(fd);
  }
}

/** Runs one job; every failure becomes a plain, cloneable result (it may cross a thread boundary). */
export function runJob(job: DocumentJob): JobResult {
  let hash: string | null = null;
  try {
    const bytes = readInput(job);
    hash = contentHash(bytes);
    const file = recordPath(job.outDir, recordId(job.relPath));
    if (hash === job.unchangedHash && existsSync(file)) {
      return { kind: 'skipped', contentHash: hash, jsonLine: job.wantJsonLine ? JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))) : null };
    }
    const { record, timings } = processDocumentDetailed(bytes, { path: job.relPath, format: job.format, contentHash: hash });
    try {
      writeFileAtomic(file, serializeRecord(record));
    } catch (error) {
      throw new StageError('write', 'internal', messageOf(error));
    }
    const { dates, persons, organizations } = record.entities;
    return {
      kind: 'done',
      contentHash: hash,
      language: record.language.primary,
      entityCounts: { dates: dates.length, persons: persons.length, organizations: organizations.length },
      timings,
      jsonLine: job.wantJsonLine ? JSON.stringify(record) : null,
    };
  } catch (error) {
    if (error instanceof StageError) return { kind: 'failed', contentHash: hash, stage: error.stage, code: error.code, message: error.message };
    return { kind: 'failed', contentHash: hash, stage: 'process', code: 'internal', message: messageOf(error) };
  }
}
