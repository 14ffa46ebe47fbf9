/**
 * Where documents are processed: inline on the calling thread (library use, tests) or on a pool
 * of worker threads (the CLI), which uses every core and can stop a pathological document: a task
 * over its time budget has its worker terminated and replaced, and the document fails with
 * `timeout` while the run goes on. A document that exhausts an everyday worker's small heap is
 * retried on a large-heap worker; one that exhausts that too fails with `out-of-memory`. Neither
 * path loads the stages on this thread until it needs them.
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
 * Worker heap limits (MB). V8 sizes a heap by the peak of the documents it has seen and is slow to give memory
 * back, so a worker that once met a big page keeps ~100 MB while typical pages need ~40 MB live. Everyday workers
 * therefore get a small old generation; a document that exhausts it is retried once, alone, on a worker with the
 * large heap, which exits when idle.
 * The young generation is where a document's parse tree and strings are born and, with the page finished, die:
 * at 4 MB they outlived their scavenges and were promoted, so the old generation was collected over and over.
 * A/B on 800 bench documents, 2 workers: 4 -> 16 MB took 60.9 -> 71.4 documents/s (CPU 30.8 -> 26.8 ms/doc);
 * 16 MB adds 20-40 MB of peak RSS, more than the 300 MB budget of a 20,000-document run leaves room for; 8 MB
 * stays within noise of 4 MB. (A later A/B, after cheerio/slim and the hoisted comparators, found 16 MB young with a
 * 64 MB old generation within noise of 8/80: 60.7 vs 60.9 documents/s.) The 80 MB old generation keeps a 23,529-document run at 282 MB peak (typical pages
 * need ~40 MB live; a page that needs more goes to the large heap).
 * (node --single-threaded-gc gave 2 workers another +8% documents/s but +45 MB of peak RSS on that run: not used.)
 * Measured again on 2,000 bench documents, 2 workers, steady state: young 8 / 16 / 32 MB took 29.8 / 27.7 / 25.0 s
 * at 238 / 266 / 298 MB peak RSS (32 MB: 140 instead of 327 mark-compacts per 4,000 documents); 64 and 128 MB
 * were slower again. 8 MB stays: the 20,000-document run adds ~40 MB to that peak and has a 300 MB budget.
 */
export const DEFAULT_WORKER_HEAP = { everydayMb: 80, largeMb: 1024, youngMb: 8 } as const;

/** How long the large-heap worker may sit idle before it exits and returns its memory. */
const LARGE_WORKER_IDLE_MS = 2_000;

export interface ThreadOptions {
  /** Worker threads; default: the CPU count. */
  threads?: number;
  /** Per-document time budget in milliseconds (a retry on the large heap gets what is left of it). */
  timeoutMs: number;
  /** Old-generation limit of the everyday workers. */
  heapMb?: number;
  /** Old-generation limit of the worker that retries documents the everyday heap could not hold. */
  largeHeapMb?: number;
}

export function threadProcessor(options: ThreadOptions): Processor {
  const threads = options.threads ?? availableParallelism();
  const heapMb = options.heapMb ?? DEFAULT_WORKER_HEAP.everydayMb;
  const largeHeapMb = options.largeHeapMb ?? DEFAULT_WORKER_HEAP.largeMb;
  const everyday = createPool({ threads, heapMb, idleTimeout: 60_000 });
  let large: Piscina | null = null;
  // Hand the pools no more tasks than there are threads, so a document's time budget starts when a
  // thread starts on it, not while it waits behind a slow one.
  const slots = new PQueue({ concurrency: threads });

  const attempt = async (job: DocumentJob): Promise<JobResult> => {
    const started = performance.now();
    try {
      return await runWithTimeout(everyday, job, options.timeoutMs);
    } catch (error) {
      if (!isOutOfMemory(error)) throw error;
      large ??= createPool({ threads: 1, heapMb: largeHeapMb, idleTimeout: LARGE_WORKER_IDLE_MS, lazy: true });
      return await runWithTimeout(large, job, Math.max(1, options.timeoutMs - (performance.now() - started)));
    }
  };

  return {
    async run(job) {
      try {
        return (await slots.add(() => attempt(job))) as JobResult;
      } catch (error) {
        if (error instanceof Error && error.name === 'AbortError') {
          return { kind: 'failed', contentHash: null, stage: 'process', code: 'timeout', message: `stopped after ${options.timeoutMs} ms (--doc-timeout); the worker was replaced` };
        }
        if (isOutOfMemory(error)) {
          return { kind: 'failed', contentHash: null, stage: 'process', code: 'out-of-memory', message: `needed more than a worker's ${largeHeapMb} MB heap; the worker was replaced` };
        }
        const message = error instanceof Error ? error.message : String(error);
        return { kind: 'failed', contentHash: null, stage: 'process', code: 'internal', message: `worker failed: ${message}` };
      }
    },
    close: async () => {
      await Promise.all([everyday.destroy(), large?.destroy()]);
    },
  };
}

function createPool(o: { threads: number; heapMb: number; idleTimeout: number; lazy?: boolean }): Piscina {
  return new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: o.lazy ? 0 : o.threads,
    maxThreads: o.threads,
    idleTimeout: o.idleTimeout,
    resourceLimits: { maxOldGenerationSizeMb: o.heapMb, maxYoungGenerationSizeMb: DEFAULT_WORKER_HEAP.youngMb },
  });
}

function isOutOfMemory(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
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
