/**
 * Where documents are processed: inline on the calling thread (library use, tests) or on a pool
 * of worker threads (the CLI), which uses every core and can stop a pathological document: a task
 * over its time budget has its worker terminated and replaced, and the document fails with
 * `timeout` while the run goes on. A document that exhausts a worker's heap fails with
 * `out-of-memory` the same way. Neither path loads the stages on this thread until it needs them.
 */
import { availableParallelism } from 'node:os';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import type { DocumentJob, JobResult } from './job.js';

export interface Processor {
  run(job: DocumentJob): Promise<JobResult>;
  close(): Promise<void>;
}

export function inlineProcessor(): Processor {
  return {
    run: async (job) => (await import('./job.js')).runJob(job),
    close: async () => undefined,
  };
}

/**
 * Worker heap sizes. The old generation may grow large enough for a page near --max-bytes; the
 * young generation is kept small because V8's default (tens of MB per thread, mostly garbage
 * between documents) is most of a worker's resident memory; measured on the bench corpus, 4 MB
 * costs no visible CPU and saves ~25 MB of peak RSS with two workers against 8 MB.
 */
export const DEFAULT_WORKER_HEAP = { oldMb: 1024, youngMb: 4 } as const;

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
  const heapMb = options.maxHeapMb ?? DEFAULT_WORKER_HEAP.oldMb;
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: DEFAULT_WORKER_HEAP.youngMb },
  });
  // Hand the pool no more tasks than it has threads, so a document's time budget starts when a
  // thread starts on it, not while it waits behind a slow one.
  const slots = new PQueue({ concurrency: threads });
  return {
    async run(job) {
      try {
        return (await slots.add(() => runWithTimeout(pool, job, options.timeoutMs))) as JobResult;
      } catch (error) {
        if (error instanceof Error && error.name === 'AbortError') {
          return { kind: 'failed', contentHash: null, stage: 'process', code: 'timeout', message: `stopped after ${options.timeoutMs} ms (--doc-timeout); the worker was replaced` };
        }
        if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
          return { kind: 'failed', contentHash: null, stage: 'process', code: 'out-of-memory', message: `needed more than the worker's ${heapMb} MB heap; the worker was replaced` };
        }
        const message = error instanceof Error ? error.message : String(error);
        return { kind: 'failed', contentHash: null, stage: 'process', code: 'internal', message: `worker failed: ${message}` };
      }
    },
    close: () => pool.destroy(),
  };
}

/** Runs one task with a time budget whose timer is cleared as soon as the task settles (thousands of
 * documents a minute must not leave thousands of pending timers and signals behind). */
async function runWithTimeout(pool: Piscina, job: DocumentJob, timeoutMs: number): Promise<JobResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return (await pool.run(job, { signal: controller.signal })) as JobResult;
  } finally {
    clearTimeout(timer);
  }
}
