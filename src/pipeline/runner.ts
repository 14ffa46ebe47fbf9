/**
 * The batch runner: discovers inputs lazily, skips unchanged ones, processes the rest with a
 * bounded number in flight (p-queue), writes records atomically, journals the manifest, records
 * per-document failures, and returns a summary. Knows nothing about the rules inside the stages.
 */
import { readFileSync, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import PQueue from 'p-queue';
import type { Logger } from 'pino';
import type { DocumentRecord } from '../schema/record.js';
import { StageError, type ErrorCode } from '../stages/errors.js';
import { PIPELINE_VERSION } from '../version.js';
import { discoverInputs, type Discovered } from './discover.js';
import { Manifest } from './manifest.js';
import { contentHash, recordId } from './process.js';
import { inlineProcessor, type Processor } from './processors.js';
import type { Progress } from './progress.js';
import { JsonlWriter, RecordWriter, recordPath } from './writer.js';

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

type Outcome =
  | { kind: 'done'; record: DocumentRecord }
  | { kind: 'skipped'; id: string }
  | { kind: 'failed' }
  | { kind: 'ignored' };

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

    let bytes: Buffer;
    try {
      const info = await stat(item.absPath);
      if (info.size > options.maxBytes) {
        const error = new StageError('read', 'too-large', `${info.size} bytes exceeds the limit of ${options.maxBytes} (--max-bytes)`);
        markFailed(manifest, item.relPath);
        return fail(item.relPath, error);
      }
      bytes = await readFile(item.absPath);
    } catch (error) {
      markFailed(manifest, item.relPath);
      return fail(item.relPath, new StageError('read', 'unreadable', error instanceof Error ? error.message : String(error)));
    }

    const hash = contentHash(bytes);
    const id = recordId(item.relPath);
    if (!options.force && manifest.isCurrent(item.relPath, hash, PIPELINE_VERSION) && existsSync(recordPath(options.outDir, id))) {
      summary.skipped += 1;
      logger.debug({ path: item.relPath }, 'skipped: unchanged');
      return { kind: 'skipped', id };
    }

    const result = await processor.run({ bytes, path: item.relPath, format: item.format });
    if (!result.ok) {
      markFailed(manifest, item.relPath, hash);
      return fail(item.relPath, new StageError(result.stage, result.code, result.message));
    }
    const { record, timings } = result;

    try {
      writer.write(record);
    } catch (error) {
      return fail(item.relPath, new StageError('write', 'internal', error instanceof Error ? error.message : String(error)));
    }
    manifest.record({ path: item.relPath, id, contentHash: hash, pipelineVersion: PIPELINE_VERSION, status: 'ok' });

    summary.done += 1;
    const lang = record.language.primary;
    summary.languages[lang] = (summary.languages[lang] ?? 0) + 1;
    summary.entities.dates += record.entities.dates.length;
    summary.entities.persons += record.entities.persons.length;
    summary.entities.organizations += record.entities.organizations.length;
    logger.debug({ path: item.relPath, id, lang, ms: timings }, 'document done');
    return { kind: 'done', record };
  };

  // Outcomes are emitted to the JSONL file in input order; this buffer holds the ones that finished early.
  const pending = new Map<number, Outcome>();
  let nextToEmit = 0;
  const emitInOrder = (index: number, outcome: Outcome): void => {
    pending.set(index, outcome);
    for (let ready = pending.get(nextToEmit); ready !== undefined; ready = pending.get(nextToEmit)) {
      pending.delete(nextToEmit);
      nextToEmit += 1;
      if (!jsonl) continue;
      if (ready.kind === 'done') jsonl.append(ready.record);
      else if (ready.kind === 'skipped') jsonl.append(JSON.parse(readFileSync(recordPath(options.outDir, ready.id), 'utf8')));
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
