/**
 * Where documents are processed: inline on the calling thread (library use, tests) or on a pool
 * of worker threads (the CLI), which uses every core and can stop a pathological document: a task
 * over its time budget has its worker terminated and replaced, and the document fails with
 * `timeout` while the run goes on.
 */
import { availableParallelism } from 'node:os';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import type { DocumentRecord } from '../schema/record.js';
import { StageError, type ErrorCode, type StageName } from '../stages/errors.js';
import type { SourceFormat } from '../stages/types.js';
import { processDocumentDetailed, type StageTimings } from './process.js';

export interface DocumentJob {
  bytes: Uint8Array;
  path: string;
  format: SourceFormat;
}

export type JobResult =
  | { ok: true; record: DocumentRecord; timings: StageTimings }
  | { ok: false; stage: StageName; code: ErrorCode; message: string };

export interface Processor {
  run(job: DocumentJob): Promise<JobResult>;
  close(): Promise<void>;
}

/** Runs one job; every failure becomes a plain, cloneable result (it may cross a thread boundary). */
export function runJob(job: DocumentJob): JobResult {
  try {
    const { record, timings } = processDocumentDetailed(job.bytes, { path: job.path, format: job.format });
    return { ok: true, record, timings };
  } catch (error) {
    if (error instanceof StageError) return { ok: false, stage: error.stage, code: error.code, message: error.message };
    return { ok: false, stage: 'validate', code: 'internal', message: error instanceof Error ? error.message : String(error) };
  }
}

export function inlineProcessor(): Processor {
  return {
    run: async (job) => runJob(job),
    close: async () => undefined,
  };
}

export interface ThreadOptions {
  /** Worker threads; default: the CPU count. */
  threads?: number;
  /** Per-document time budget in milliseconds. */
  timeoutMs: number;
  /** Heap limit per worker; a document that needs more fails instead of taking the process down. */
  maxHeapMb?: number;
}

export function threadProcessor(options: ThreadOptions): Processor {
  const threads = options.threads ?? availableParallelism();
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 1024 },
  });
  // Hand the pool no more tasks than it has threads, so a document's time budget starts when a
  // thread starts on it, not while it waits behind a slow one.
  const slots = new PQueue({ concurrency: threads });
  return {
    async run(job) {
      try {
        return (await slots.add(() => pool.run(job, { signal: AbortSignal.timeout(options.timeoutMs) }))) as JobResult;
      } catch (error) {
        if (error instanceof Error && error.name === 'AbortError') {
          return { ok: false, stage: 'process', code: 'timeout', message: `stopped after ${options.timeoutMs} ms (--doc-timeout); the worker was replaced` };
        }
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, stage: 'process', code: 'internal', message: `worker failed: ${message}` };
      }
    },
    close: () => pool.destroy(),
  };
}
