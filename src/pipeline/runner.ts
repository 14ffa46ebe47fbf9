/**
 * The batch runner: discovers inputs lazily, hands each to a processor (which reads, skips if
 * unchanged, processes and writes the record atomically: see job.ts) with a bounded number in
 * flight (p-queue), journals the manifest, records per-document failures, and returns a summary.
 * Knows nothing about the rules inside the stages, and never holds a record.
 */
import PQueue from 'p-queue';
import type { Logger } from 'pino';
import { StageError, type ErrorCode } from '../stages/errors.js';
import { PIPELINE_VERSION } from '../version.js';
import { discoverInputs, type Discovered } from './discover.js';
import { Manifest } from './manifest.js';
import { recordId } from './identity.js';
import { inlineProcessor, type Processor } from './processors.js';
import type { Progress } from './progress.js';
import { JsonlWriter, RecordWriter } from './writer.js';

export interface RunOptions {
  inputs: string[];
  outDir: string;
  /** Documents in flight at once. */
  concurrency: number;
  force: boolean;
  prune: boolean;
  /** Also write every record of this run's inputs to this JSON Lines file, in input order. */
  jsonl?: string;
  /** Inputs larger than this fail with `too-large` without being read. */
  maxBytes: number;
  logger: Logger;
  /** Where documents are processed (default: inline on this thread). The caller owns and closes it. */
  processor?: Processor;
  progress?: Progress;
  /** Aborting stops intake; documents in flight finish and the manifest is saved. */
  signal?: AbortSignal;
}

export interface RunSummary {
  done: number;
  skipped: number;
  failed: number;
  unsupported: number;
  /** Inputs with a manifest entry that were not seen in this run. */
  missing: string[];
  pruned: number;
  languages: Record<string, number>;
  entities: { dates: number; persons: number; organizations: number };
  errorsByCode: Partial<Record<ErrorCode, number>>;
  interrupted: boolean;
  wallMs: number;
}

/** What a document leaves for the JSONL file: its record as one line (done or skipped), or nothing. */
type Outcome = { kind: 'emitted'; jsonLine: string | null } | { kind: 'failed' } | { kind: 'ignored' };

export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const { logger } = options;
  const writer = new RecordWriter(options.outDir);
  writer.prepare();
  const manifest = Manifest.open(options.outDir);
  const jsonl = options.jsonl ? new JsonlWriter(options.jsonl) : null;
  const processor = options.processor ?? inlineProcessor();

  const summary: RunSummary = {
    done: 0,
    skipped: 0,
    failed: 0,
    unsupported: 0,
    missing: [],
    pruned: 0,
    languages: {},
    entities: { dates: 0, persons: 0, organizations: 0 },
    errorsByCode: {},
    interrupted: false,
    wallMs: 0,
  };
  const seen = new Set<string>();

  const fail = (relPath: string, error: StageError): Outcome => {
    summary.failed += 1;
    summary.errorsByCode[error.code] = (summary.errorsByCode[error.code] ?? 0) + 1;
    writer.appendError({ path: relPath, stage: error.stage, code: error.code, message: error.message });
    logger.warn({ path: relPath, stage: error.stage, code: error.code, err: error.message }, 'document failed');
    return { kind: 'failed' };
  };

  const handle = async (item: Discovered): Promise<Outcome> => {
    if (item.kind === 'unsupported') {
      summary.unsupported += 1;
      logger.debug({ path: item.relPath }, 'skipped: unsupported extension');
      return { kind: 'ignored' };
    }
    if (item.kind === 'unreadable') return fail(item.relPath, new StageError('read', 'unreadable', item.message));
    if (seen.has(item.relPath)) {
      return fail(item.relPath, new StageError('read', 'internal', `duplicate source identity "${item.relPath}" (two inputs map to the same relative path)`));
    }
    seen.add(item.relPath);

    const result = await processor.run({
      absPath: item.absPath,
      relPath: item.relPath,
      format: item.format,
      outDir: options.outDir,
      maxBytes: options.maxBytes,
      unchangedHash: options.force ? null : manifest.currentHash(item.relPath, PIPELINE_VERSION),
      wantJsonLine: jsonl !== null,
    });
    if (result.kind === 'failed') {
      markFailed(manifest, item.relPath, result.contentHash ?? '');
      return fail(item.relPath, new StageError(result.stage, result.code, result.message));
    }
    if (result.kind === 'skipped') {
      summary.skipped += 1;
      logger.debug({ path: item.relPath }, 'skipped: unchanged');
      return { kind: 'emitted', jsonLine: result.jsonLine };
    }
    const id = recordId(item.relPath);
    manifest.record({ path: item.relPath, id, contentHash: result.contentHash, pipelineVersion: PIPELINE_VERSION, status: 'ok' });
    summary.done += 1;
    summary.languages[result.language] = (summary.languages[result.language] ?? 0) + 1;
    summary.entities.dates += result.entityCounts.dates;
    summary.entities.persons += result.entityCounts.persons;
    summary.entities.organizations += result.entityCounts.organizations;
    logger.debug({ path: item.relPath, id, lang: result.language, ms: result.timings }, 'document done');
    return { kind: 'emitted', jsonLine: result.jsonLine };
  };

  // Records go to the JSONL file in input order; this buffer holds the lines of documents that
  // finished early (without --jsonl it holds nothing but markers).
  const pending = new Map<number, Outcome>();
  let nextToEmit = 0;
  const emitInOrder = (index: number, outcome: Outcome): void => {
    pending.set(index, outcome);
    for (let ready = pending.get(nextToEmit); ready !== undefined; ready = pending.get(nextToEmit)) {
      pending.delete(nextToEmit);
      nextToEmit += 1;
      if (jsonl && ready.kind === 'emitted' && ready.jsonLine !== null) jsonl.appendLine(ready.jsonLine);
    }
  };

  const queue = new PQueue({ concurrency: options.concurrency });
  let index = 0;
  let finished = 0;
  try {
    for await (const item of discoverInputs(options.inputs)) {
      if (options.signal?.aborted) {
        summary.interrupted = true;
        break;
      }
      // Back-pressure: keep the walk only a little ahead of the workers.
      await queue.onSizeLessThan(options.concurrency * 2);
      const position = index++;
      void queue.add(async () => {
        let outcome: Outcome;
        try {
          outcome = await handle(item);
        } catch (error) {
          // A bug in the runner itself must still not take other documents down.
          outcome = fail(item.relPath, new StageError('write', 'internal', error instanceof Error ? error.message : String(error)));
        }
        emitInOrder(position, outcome);
        finished += 1;
        options.progress?.update(finished, summary);
      });
    }
    await queue.onIdle();
  } finally {
    if (options.signal?.aborted) summary.interrupted = true;
    if (!summary.interrupted) {
      for (const p of manifest.paths()) if (!seen.has(p)) summary.missing.push(p);
      summary.missing.sort();
      if (options.prune) {
        for (const p of summary.missing) {
          const entry = manifest.get(p);
          if (entry) writer.remove(entry.id);
          manifest.remove(p);
          summary.pruned += 1;
        }
      }
    }
    manifest.compact();
    manifest.close();
    jsonl?.finish();
    options.progress?.finish();
  }
  summary.wallMs = Math.round(performance.now() - started);
  return summary;
}

/** A failed document keeps no "ok" entry, so the next run retries it. */
function markFailed(manifest: Manifest, relPath: string, hash = ''): void {
  const previous = manifest.get(relPath);
  manifest.record({
    path: relPath,
    id: previous?.id ?? recordId(relPath),
    contentHash: hash,
    pipelineVersion: PIPELINE_VERSION,
    status: 'failed',
  });
}
