/**
 * Baseline worker: Readability + jsdom (the eval baseline, `readabilityText`) over a chunk of
 * documents, single-threaded, timing extraction only. Documents are read and decoded with our
 * decode stage before the clock starts. jsdom keeps about 2 MB per document alive even after
 * `window.close()`, so the bench runs the baseline in a fresh worker per chunk and sums the times.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { readabilityText } from '../eval/baselines/readability.js';
import { formatForPath } from '../pipeline/discover.js';
import { decode } from '../stages/decode/index.js';

export interface BaselineChunkInput {
  files: string[];
  /** Untimed documents run first so the chunk is measured with a warm JIT. */
  warmup: string[];
}

export interface BaselineChunkResult {
  /** Extraction milliseconds per document (NaN for documents that could not be decoded or failed). */
  times: number[];
  cpuMs: number;
  failed: number;
}

function prepared(file: string): { text: string; format: 'html' | 'text' } | null {
  const format = formatForPath(file) ?? 'html';
  try {
    return { text: decode(readFileSync(file), { format }).text, format };
  } catch {
    return null;
  }
}

function runChunk(input: BaselineChunkInput): BaselineChunkResult {
  for (const f of input.warmup) {
    const p = prepared(f);
    if (p) readabilityText(p.text, p.format);
  }
  const times: number[] = [];
  let cpuMs = 0;
  let failed = 0;
  for (const f of input.files) {
    const p = prepared(f); // not timed
    if (!p) {
      failed += 1;
      times.push(NaN);
      continue;
    }
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let ok = true;
    try {
      readabilityText(p.text, p.format);
    } catch {
      ok = false;
    }
    const dt = performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpuMs += (c.user + c.system) / 1000;
    if (!ok) failed += 1;
    times.push(dt);
  }
  return { times, cpuMs, failed };
}

if (parentPort) parentPort.postMessage(runChunk(workerData as BaselineChunkInput));
