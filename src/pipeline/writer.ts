/**
 * Durable output. Records go to `<out>/records/<id>.json` through a temp file in the same
 * directory and an atomic rename, so a reader (or a run killed mid-write) never sees a
 * truncated record. Leftover temp files of a killed run are swept at the start of the next.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, openSync, writeSync, closeSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { DocumentRecord } from '../schema/record.js';

export const RECORDS_DIR = 'records';
export const ERRORS_FILE = 'errors.jsonl';
const TEMP_MARKER = '.tmp-';

/** Serializes a record the one way the pipeline does: stable key order (the schema's), 2-space indent, final newline. */
export function serializeRecord(record: DocumentRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

export function recordPath(outDir: string, id: string): string {
  return path.join(outDir, RECORDS_DIR, `${id}.json`);
}

/** Writes `content` to `file` atomically (temp file in the same directory + rename); safe from any worker thread. */
export function writeFileAtomic(file: string, content: string): void {
  const tmp = `${file}${TEMP_MARKER}${process.pid}-${threadId}`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

export class RecordWriter {
  readonly outDir: string;
  readonly recordsDir: string;
  readonly errorsFile: string;

  constructor(outDir: string) {
    this.outDir = outDir;
    this.recordsDir = path.join(outDir, RECORDS_DIR);
    this.errorsFile = path.join(outDir, ERRORS_FILE);
  }

  /** Creates the output folders, sweeps temp files left by a killed run, starts a fresh errors.jsonl. */
  prepare(): void {
    mkdirSync(this.recordsDir, { recursive: true });
    for (const dir of [this.outDir, this.recordsDir]) {
      for (const name of readdirSync(dir)) if (name.includes(TEMP_MARKER)) rmSync(path.join(dir, name), { force: true });
    }
    writeFileSync(this.errorsFile, '');
  }

  remove(id: string): void {
    rmSync(recordPath(this.outDir, id), { force: true });
  }

  appendError(error: ErrorLine): void {
    appendFileSync(this.errorsFile, `${JSON.stringify(error)}\n`);
  }
}

export interface ErrorLine {
  path: string;
  stage: string;
  code: string;
  message: string;
}

/**
 * JSON Lines output of a whole run, in input order. Lines go to a temp file that replaces the
 * target only when the run finishes, so a reader never sees half a run.
 */
export class JsonlWriter {
  private readonly file: string;
  private readonly tmp: string;
  private fd: number | null;

  constructor(file: string) {
    this.file = file;
    this.tmp = `${file}${TEMP_MARKER}${process.pid}`;
    mkdirSync(path.dirname(file), { recursive: true });
    this.fd = openSync(this.tmp, 'w');
  }

  /** Appends one record already serialized as a single JSON line. */
  appendLine(line: string): void {
    if (this.fd === null) throw new Error('jsonl writer is closed');
    writeSync(this.fd, `${line}\n`);
  }

  finish(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
    renameSync(this.tmp, this.file);
  }
}
