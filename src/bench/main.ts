/**
 * `npm run bench [-- DIR] [--runs N] [--docs N] [--memory] [--profile] [--no-baseline] [--json FILE]`
 *
 * Throughput and memory of the whole pipeline, on the same documents:
 *  (a) runPipeline + threadProcessor with 1 worker thread and with `auto` (one per core), in this
 *      process, into a temp out dir with force: one warm-up run excluded, then --runs timed runs;
 *      the median is reported (documents/s, MB/s, wall, CPU).
 *  (b) per-stage p50/p95/max milliseconds, from the runner's own debug log lines (the `ms` field of
 *      "document done"), captured by a debug-level logger in one extra 1-worker run that is not
 *      counted in (a).
 *  (c) peak RSS of a real CLI child (`node dist/cli/bin.js run … --workers N --force`), read with
 *      `/usr/bin/time -v` when available and from the child's own process.resourceUsage().maxRSS
 *      (worker threads live in that process, so both cover them).
 *  (d) the baseline: @mozilla/readability + jsdom (the eval's `readabilityText`), extraction only,
 *      single thread, on the same documents decoded by our decode stage (reading and decoding are
 *      not timed). jsdom retains ~2 MB per document even after window.close(), so the baseline runs
 *      in a worker thread that is replaced every 150 documents (each warmed up on 10 untimed ones).
 *
 * Without DIR it benchmarks the generated corpus (bench/corpus; generated if missing: 2,000 pages
 * + 353 scraped texts). `--memory` compares peak RSS of the CLI on 2,000 and 20,000 pages
 * (generating the larger corpus if missing). `--profile` adds a --cpu-prof run and its summary.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { pino, type Logger } from 'pino';
import { threadProcessor } from '../pipeline/processors.js';
import { runPipeline, type RunSummary } from '../pipeline/runner.js';
import type { BaselineChunkInput, BaselineChunkResult } from './baseline-worker.js';
import { corpusDocPaths, corpusIsCurrent, DEFAULT_SEED, planPage, planText, readCorpusMeta, subsetDocPaths, textCountFor } from './corpus.js';
import { DEFAULT_PAGES, generateCorpus } from './generate.js';
import { loadMaterial } from './material.js';
import { formatProfile, profileRun } from './profile.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'dist/cli/bin.js');
const PROBE = path.join(ROOT, 'dist/bench/rss-probe.js');
const DEFAULT_CORPUS = path.join(ROOT, 'bench/corpus');
const MEMORY_PAGES = 20_000;
const DOC_TIMEOUT_MS = 30_000;
const INPUT_EXT = new Set(['.html', '.htm', '.txt']);

const HELP = `Usage: npm run bench [-- DIR] [options]

Benchmarks the whole pipeline (1 worker and auto), per-stage timings, peak RSS of the CLI, and
Readability + jsdom as the baseline, all on the same documents. Without DIR: the generated
corpus in bench/corpus (created if missing: ${DEFAULT_PAGES} pages + ${textCountFor(DEFAULT_PAGES)} scraped texts).

Options:
  --runs N          timed runs per configuration after one warm-up run (default 3; median reported)
  --docs N          bench only N documents (a representative subset), e.g. --docs 200 for a quick look
  --baseline-runs N timed passes of the baseline (default 1, after a warm-up on 20 documents)
  --no-baseline     skip Readability + jsdom
  --no-rss          skip the CLI child runs that measure peak RSS
  --memory          only the memory check: peak RSS of the CLI (--workers auto) on ${DEFAULT_PAGES} vs ${MEMORY_PAGES}
                    pages (+ their scraped texts); generates the larger corpus if missing
  --profile         also run the CLI under --cpu-prof (1 worker) and summarize where the time goes
  --json FILE       also write all measurements as JSON
  -h, --help        this help`;

// ---------------------------------------------------------------------------------------------
// Small statistics helpers

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length)));
  return s[rank - 1] as number;
}

const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const mb = (bytes: number): number => bytes / 1e6;

// ---------------------------------------------------------------------------------------------
// Machine

interface Machine {
  cpu: string;
  cores: number;
  availableParallelism: number;
  node: string;
  nodeFlags: string[];
  ramGb: number;
  os: string;
  loadAvg: number[];
}

function machine(): Machine {
  const cpus = os.cpus();
  let cpu = cpus[0]?.model?.trim() ?? 'unknown';
  if (!cpu || cpu === 'unknown') {
    try {
      cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
    } catch {
      /* not Linux */
    }
  }
  return {
    cpu,
    cores: cpus.length,
    availableParallelism: os.availableParallelism(),
    node: process.version,
    nodeFlags: process.execArgv,
    ramGb: os.totalmem() / 2 ** 30,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAvg: os.loadavg(),
  };
}

/** Newest modification time under dist/ (to notice a rebuild in the middle of a run). */
function distStamp(): number {
  let newest = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.js')) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  try {
    walk(path.join(ROOT, 'dist'));
  } catch {
    /* no dist */
  }
  return newest;
}

// ---------------------------------------------------------------------------------------------
// The document set

interface DocSet {
  /** Directory handed to the pipeline (a hard-link set or the user's DIR). */
  dir: string;
  /** Absolute paths, in order. */
  files: string[];
  bytes: number;
  /** Whether `dir` is a temporary link set to delete at the end. */
  temporary: boolean;
  description: string;
}

function listInputs(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (INPUT_EXT.has(path.extname(entry.name).toLowerCase())) out.push(p);
    }
  };
  walk(root);
  return out;
}

/** A directory of hard links (copies across file systems) to `relPaths` under `root`, same relative layout. */
function linkSet(root: string, relPaths: string[], parent: string, label: string): DocSet {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(path.join(parent, `${label}-`));
  const made = new Set<string>();
  const files: string[] = [];
  let bytes = 0;
  for (const rel of relPaths) {
    const src = path.join(root, rel);
    const dest = path.join(dir, rel);
    const d = path.dirname(dest);
    if (!made.has(d)) {
      mkdirSync(d, { recursive: true });
      made.add(d);
    }
    try {
      linkSync(src, dest);
    } catch {
      copyFileSync(src, dest);
    }
    files.push(dest);
    bytes += statSync(dest).size;
  }
  return { dir, files, bytes, temporary: true, description: '' };
}

function ensureCorpus(pages: number): void {
  const material = loadMaterial();
  if (corpusIsCurrent(DEFAULT_CORPUS, pages, material)) return;
  const meta = readCorpusMeta(DEFAULT_CORPUS);
  const stale = !meta || !corpusIsCurrent(DEFAULT_CORPUS, 1, material);
  if (meta) process.stderr.write(`bench corpus in ${DEFAULT_CORPUS}: ${stale ? 'stale (generator, seed or fixtures changed); regenerating' : `${meta.pages} pages, extending to ${pages}`}\n`);
  if (stale) for (const sub of ['html', 'text']) rmSync(path.join(DEFAULT_CORPUS, sub), { recursive: true, force: true });
  generateCorpus(DEFAULT_CORPUS, pages);
}

function generatedSet(pages: number, docs: number | undefined, label: string): DocSet {
  // A subset of N documents needs at most N pages (and their texts) to exist.
  ensureCorpus(docs === undefined ? pages : Math.max(pages, docs));
  const rel = docs === undefined ? corpusDocPaths(pages) : subsetDocPaths(docs);
  const set = linkSet(DEFAULT_CORPUS, rel, path.join(DEFAULT_CORPUS, '.sets'), label);
  const texts = rel.filter((r) => r.endsWith('.txt')).length;
  set.description = `generated corpus (seed "${DEFAULT_SEED}", fixtures ${readCorpusMeta(DEFAULT_CORPUS)?.materialFingerprint ?? '?'}): ${rel.length} documents = ${rel.length - texts} HTML pages + ${texts} scraped .txt, ${fmt(mb(set.bytes))} MB`;
  return set;
}

function userSet(dir: string, docs: number | undefined): DocSet {
  const all = listInputs(dir);
  if (docs === undefined || docs >= all.length) {
    const bytes = all.reduce((n, f) => n + statSync(f).size, 0);
    return { dir, files: all, bytes, temporary: false, description: `${dir}: ${all.length} documents, ${fmt(mb(bytes))} MB` };
  }
  const chosen = all.slice(0, docs).map((f) => path.relative(dir, f));
  const set = linkSet(dir, chosen, os.tmpdir(), 'ingest-bench-set');
  set.description = `${dir}: first ${docs} of ${all.length} documents (sorted), ${fmt(mb(set.bytes))} MB`;
  return set;
}

// ---------------------------------------------------------------------------------------------
// (a) + (b): in-process runs through runPipeline + threadProcessor

interface RunMeasure {
  wallMs: number;
  cpuMs: number;
  /** Event-loop utilization of the main thread (the runner's own work: directory walk, scheduling, manifest; workers read, hash and write). */
  mainElu: number;
  done: number;
  failed: number;
  errors: Partial<Record<string, number>>;
}

interface ConfigResult {
  label: string;
  threads: number;
  warmup: RunMeasure;
  runs: RunMeasure[];
  medianWallMs: number;
  docsPerSec: number;
  mbPerSec: number;
  medianCpuMs: number;
  medianElu: number;
}

type StageMs = Record<string, number>;

function sinkLogger(level: 'info' | 'debug', onDoc?: (ms: StageMs, docPath: string) => void): Logger {
  return pino(
    { level, base: null, timestamp: false },
    {
      write(line: string): void {
        if (onDoc && line.includes('"document done"')) {
          const parsed = JSON.parse(line) as { ms?: StageMs; path?: string };
          if (parsed.ms) onDoc(parsed.ms, parsed.path ?? '');
        }
      },
    },
  );
}

async function oneRun(set: DocSet, processor: ReturnType<typeof threadProcessor>, concurrency: number, logger: Logger): Promise<RunMeasure> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'ingest-bench-out-'));
  try {
    const cpu0 = process.cpuUsage();
    const elu0 = performance.eventLoopUtilization();
    const t0 = performance.now();
    const summary: RunSummary = await runPipeline({ inputs: [set.dir], outDir, concurrency, force: true, prune: false, maxBytes: 20 * 1024 * 1024, logger, processor });
    const wallMs = performance.now() - t0;
    const elu = performance.eventLoopUtilization(elu0);
    const cpu = process.cpuUsage(cpu0);
    return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, mainElu: elu.utilization, done: summary.done, failed: summary.failed, errors: summary.errorsByCode };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function benchConfig(set: DocSet, threads: number, runs: number, label: string, collectStages: boolean): Promise<{ result: ConfigResult; stages: StageMs[]; paths: string[] }> {
  const processor = threadProcessor({ threads, timeoutMs: DOC_TIMEOUT_MS });
  const concurrency = threads * 2; // the CLI's default
  const stages: StageMs[] = [];
  const paths: string[] = [];
  try {
    progress(`${label}: warm-up run`);
    const warmup = await oneRun(set, processor, concurrency, sinkLogger('info'));
    const measured: RunMeasure[] = [];
    for (let i = 0; i < runs; i++) {
      progress(`${label}: timed run ${i + 1}/${runs}`);
      measured.push(await oneRun(set, processor, concurrency, sinkLogger('info')));
    }
    if (collectStages) {
      progress(`${label}: extra debug-level run for per-stage timings (not timed)`);
      await oneRun(set, processor, concurrency, sinkLogger('debug', (ms, docPath) => {
        stages.push(ms);
        paths.push(docPath);
      }));
    }
    const medianWallMs = median(measured.map((r) => r.wallMs));
    const docs = set.files.length;
    progress(`${label}: ${fmt(docs / (medianWallMs / 1000))} docs/s (median wall ${fmt(medianWallMs / 1000, 2)} s; runs ${measured.map((r) => fmt(r.wallMs / 1000, 2)).join(', ')}; warm-up ${fmt(warmup.wallMs / 1000, 2)} s)`);
    return {
      result: {
        label,
        threads,
        warmup,
        runs: measured,
        medianWallMs,
        docsPerSec: docs / (medianWallMs / 1000),
        mbPerSec: mb(set.bytes) / (medianWallMs / 1000),
        medianCpuMs: median(measured.map((r) => r.cpuMs)),
        medianElu: median(measured.map((r) => r.mainElu)),
      },
      stages,
      paths,
    };
  } finally {
    await processor.close();
  }
}

interface StageStat {
  stage: string;
  p50: number;
  p95: number;
  max: number;
  mean: number;
  share: number;
}

const STAGE_ORDER = ['decode', 'strip', 'language', 'dates', 'persons', 'organizations', 'validate'];

function stageStats(samples: StageMs[]): StageStat[] {
  const names = [...new Set(samples.flatMap((s) => Object.keys(s)))].sort((a, b) => {
    const ia = STAGE_ORDER.indexOf(a);
    const ib = STAGE_ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
  const totals = samples.map((s) => Object.values(s).reduce((a, b) => a + b, 0));
  const grand = totals.reduce((a, b) => a + b, 0);
  const rows = names.map((stage) => {
    const v = samples.map((s) => s[stage] ?? 0);
    const sum = v.reduce((a, b) => a + b, 0);
    return { stage, p50: percentile(v, 50), p95: percentile(v, 95), max: Math.max(...v), mean: sum / v.length, share: grand > 0 ? sum / grand : 0 };
  });
  rows.push({ stage: 'all stages', p50: percentile(totals, 50), p95: percentile(totals, 95), max: Math.max(...totals), mean: grand / Math.max(1, totals.length), share: 1 });
  return rows;
}

const GENERATED_NAME = /(\d{6})-(ko|th|en)-(\w+)\.(html|txt)$/;

/** Mean stage times by kind of generated document (language, template, encoding): where the slow documents are. */
function kindTable(samples: StageMs[], paths: string[]): string[] {
  const groups = new Map<string, StageMs[]>();
  samples.forEach((ms, i) => {
    const m = GENERATED_NAME.exec(paths[i] ?? '');
    if (!m) return;
    const [, index, lang, family, ext] = m;
    const spec = ext === 'txt' ? planText(DEFAULT_SEED, Number(index)) : planPage(DEFAULT_SEED, Number(index));
    const key = `${lang} ${family} ${spec.encoding}`;
    const list = groups.get(key) ?? [];
    list.push(ms);
    groups.set(key, list);
  });
  if (groups.size === 0) return [];
  const mean = (list: StageMs[], stage?: string): number =>
    list.reduce((a, ms) => a + (stage ? (ms[stage] ?? 0) : Object.values(ms).reduce((x, y) => x + y, 0)), 0) / list.length;
  const rows = [...groups.entries()].sort((a, b) => mean(b[1]) - mean(a[1]));
  return [
    '| document kind (lang, template, encoding) | docs | mean ms, all stages | decode | strip | language | dates | persons | organizations |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      ([key, list]) =>
        `| ${key} | ${list.length} | ${fmt(mean(list), 1)} | ${fmt(mean(list, 'decode'), 1)} | ${fmt(mean(list, 'strip'), 1)} | ${fmt(mean(list, 'language'), 1)} | ${fmt(mean(list, 'dates'), 1)} | ${fmt(mean(list, 'persons'), 1)} | ${fmt(mean(list, 'organizations'), 1)} |`,
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// (d) baseline

interface BaselineResult {
  docs: number;
  failed: number;
  passes: number[];
  medianMs: number;
  docsPerSec: number;
  mbPerSec: number;
  cpuMs: number;
  perDoc: { p50: number; p95: number; max: number };
}

/** Documents per baseline worker: jsdom retains ~2 MB per document, so workers are recycled. */
const BASELINE_CHUNK = 150;
const BASELINE_WARMUP = 10;

function baselineChunk(input: BaselineChunkInput): Promise<BaselineChunkResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./baseline-worker.js', import.meta.url), { workerData: input });
    worker.once('message', (result: BaselineChunkResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0 && code !== 1) reject(new Error(`baseline worker exited with ${code}`));
    });
  });
}

async function baseline(set: DocSet, passes: number): Promise<BaselineResult> {
  const totals: number[] = [];
  const cpus: number[] = [];
  let perDoc: number[] = [];
  let failed = 0;
  const warmup = set.files.slice(0, BASELINE_WARMUP);
  for (let pass = 0; pass < passes; pass++) {
    const times: number[] = [];
    let cpu = 0;
    failed = 0;
    for (let i = 0; i < set.files.length; i += BASELINE_CHUNK) {
      progress(`baseline pass ${pass + 1}/${passes}: ${i}/${set.files.length}`);
      const r = await baselineChunk({ files: set.files.slice(i, i + BASELINE_CHUNK), warmup });
      times.push(...r.times);
      cpu += r.cpuMs;
      failed += r.failed;
    }
    const valid = times.filter((t) => Number.isFinite(t));
    totals.push(valid.reduce((a, b) => a + b, 0));
    cpus.push(cpu);
    perDoc = valid;
    progress(`baseline pass ${pass + 1}: ${fmt(set.files.length / (totals[totals.length - 1]! / 1000))} docs/s (extraction time ${fmt(totals[totals.length - 1]! / 1000, 1)} s, CPU ${fmt(cpu / 1000, 1)} s, ${failed} failed)`);
  }
  const medianMs = median(totals);
  return {
    docs: set.files.length,
    failed,
    passes: totals,
    medianMs,
    docsPerSec: set.files.length / (medianMs / 1000),
    mbPerSec: mb(set.bytes) / (medianMs / 1000),
    cpuMs: median(cpus),
    perDoc: { p50: percentile(perDoc, 50), p95: percentile(perDoc, 95), max: Math.max(...perDoc) },
  };
}

// ---------------------------------------------------------------------------------------------
// (c) peak RSS of a CLI child

interface RssResult {
  label: string;
  docs: number;
  workers: number;
  wallMs: number;
  status: number | null;
  timePeakMb: number | null;
  probePeakMb: number | null;
  /** Peak RSS in each quarter of the run (MB), from the probe's samples: flat means no growth. */
  quarters: number[];
  summaryLine: string;
  /** The first lines of the child's errors.jsonl, if any document failed. */
  errorLines: string[];
}

const TIME_BIN = '/usr/bin/time';

function rssRun(set: DocSet, workers: number, label: string): RssResult {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'ingest-bench-rss-'));
  const probeOut = path.join(outDir, 'probe.json');
  const records = path.join(outDir, 'out');
  // The child gets this process's node flags (so `node --flag dist/bench/main.js` measures the CLI with them too).
  const nodeArgs = [...process.execArgv, '--import', PROBE, CLI, 'run', set.dir, '--out', records, '--workers', String(workers), '--force', '--log-level', 'error'];
  const useTime = existsSync(TIME_BIN) && spawnSync(TIME_BIN, ['-v', 'true'], { encoding: 'utf8' }).stderr.includes('Maximum resident set size');
  progress(`${label}: CLI child, --workers ${workers}, ${set.files.length} documents${useTime ? ' (under /usr/bin/time -v)' : ''}`);
  const t0 = performance.now();
  const r = useTime
    ? spawnSync(TIME_BIN, ['-v', process.execPath, ...nodeArgs], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, BENCH_RSS_OUT: probeOut } })
    : spawnSync(process.execPath, nodeArgs, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, BENCH_RSS_OUT: probeOut } });
  const wallMs = performance.now() - t0;
  const timeKb = useTime ? Number(/Maximum resident set size \(kbytes\):\s*(\d+)/.exec(r.stderr)?.[1] ?? NaN) : NaN;
  let probePeakMb: number | null = null;
  let quarters: number[] = [];
  try {
    const probe = JSON.parse(readFileSync(probeOut, 'utf8')) as { maxRssKb: number; samples: [number, number][] };
    probePeakMb = (probe.maxRssKb * 1024) / 1e6;
    const end = probe.samples[probe.samples.length - 1]?.[0] ?? 0;
    quarters = [0, 1, 2, 3].map((q) => {
      const inQ = probe.samples.filter(([t]) => t >= (q * end) / 4 && t <= ((q + 1) * end) / 4).map(([, rss]) => rss);
      return inQ.length ? mb(Math.max(...inQ)) : NaN;
    });
  } catch {
    /* the child died before writing */
  }
  let errorLines: string[] = [];
  try {
    errorLines = readFileSync(path.join(records, 'errors.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, 3);
  } catch {
    /* no errors file */
  }
  rmSync(outDir, { recursive: true, force: true });
  const summaryLine = r.stdout.split('\n').find((l) => l.startsWith('finished') || l.startsWith('interrupted')) ?? `exit ${r.status}: ${r.stderr.split('\n').slice(-3).join(' ')}`;
  progress(`${label}: peak RSS ${Number.isFinite(timeKb) ? fmt((timeKb * 1024) / 1e6, 0) : 'n/a'} MB (time -v), ${probePeakMb === null ? 'n/a' : fmt(probePeakMb, 0)} MB (maxRSS); ${fmt(wallMs / 1000)} s`);
  return { label, docs: set.files.length, workers, wallMs, status: r.status, timePeakMb: Number.isFinite(timeKb) ? (timeKb * 1024) / 1e6 : null, probePeakMb, quarters, summaryLine, errorLines };
}

// ---------------------------------------------------------------------------------------------
// Output

function progress(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function machineTable(m: Machine): string {
  return [
    '| machine | |',
    '| --- | --- |',
    `| CPU | ${m.cpu} |`,
    `| cores (os.cpus / availableParallelism) | ${m.cores} / ${m.availableParallelism} |`,
    `| RAM | ${fmt(m.ramGb)} GiB |`,
    `| Node (flags) | ${m.node}${m.nodeFlags.length ? ` (${m.nodeFlags.join(' ')})` : ''} |`,
    `| OS | ${m.os} |`,
    `| load average at start (1/5/15 min) | ${m.loadAvg.map((l) => l.toFixed(2)).join(' / ')} |`,
  ].join('\n');
}

function rssTable(rows: RssResult[]): string {
  return [
    '| CLI run | documents | workers | peak RSS, /usr/bin/time -v (MB) | peak RSS, child maxRSS (MB) | peak RSS by quarter of the run (MB) | wall incl. startup (s) | docs/s | result |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.docs} | ${r.workers} | ${r.timePeakMb === null ? 'n/a' : fmt(r.timePeakMb, 0)} | ${r.probePeakMb === null ? 'n/a' : fmt(r.probePeakMb, 0)} | ${r.quarters.map((q) => fmt(q, 0)).join(' · ') || 'n/a'} | ${fmt(r.wallMs / 1000)} | ${fmt(r.docs / (r.wallMs / 1000))} | ${r.summaryLine.replace(/\|/g, '/')} |`,
    ),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      runs: { type: 'string', default: '3' },
      docs: { type: 'string' },
      'baseline-runs': { type: 'string', default: '1' },
      'no-baseline': { type: 'boolean', default: false },
      'no-rss': { type: 'boolean', default: false },
      memory: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const int = (raw: string | undefined, flag: string): number | undefined => {
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a positive integer, got "${raw}"`);
    return n;
  };
  const runs = int(values.runs, '--runs') ?? 3;
  const docs = int(values.docs, '--docs');
  const baselineRuns = int(values['baseline-runs'], '--baseline-runs') ?? 1;
  const userDir = positionals[0] ? path.resolve(positionals[0]) : undefined;
  if (userDir && !existsSync(userDir)) throw new Error(`no such directory: ${userDir}`);

  const m = machine();
  const builtAt = distStamp();
  const auto = os.availableParallelism();
  const report: Record<string, unknown> = { machine: m, startedAt: new Date().toISOString() };
  const out: string[] = [];
  const sets: DocSet[] = [];
  const cleanup = (): void => {
    for (const s of sets) if (s.temporary) rmSync(s.dir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });

  try {
    if (values.memory) {
      if (userDir) throw new Error('--memory uses the generated corpus; it takes no DIR');
      ensureCorpus(MEMORY_PAGES);
      const small = generatedSet(DEFAULT_PAGES, undefined, 'mem-2k');
      sets.push(small);
      const big = generatedSet(MEMORY_PAGES, undefined, 'mem-20k');
      sets.push(big);
      const rows = [rssRun(small, auto, `${DEFAULT_PAGES} pages`), rssRun(big, auto, `${MEMORY_PAGES} pages`)];
      report.memory = rows;
      out.push('## Memory: peak RSS of `ingest run … --workers auto --force`, 2k vs 20k pages', '', machineTable(m), `| load average at end | ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')} |`, '', rssTable(rows), '');
      const errs = rows.flatMap((r) => r.errorLines.map((l) => `- CLI ${r.label}: ${l}`));
      if (errs.length) out.push('Failed documents (first lines of errors.jsonl):', '', ...errs, '');
      const [a, b] = rows;
      const peak = (r: RssResult | undefined): number => r?.timePeakMb ?? r?.probePeakMb ?? NaN;
      out.push(
        `Peak RSS ${fmt(peak(a), 0)} MB on ${a?.docs} documents vs ${fmt(peak(b), 0)} MB on ${b?.docs} documents (${fmt(peak(b) / peak(a), 2)}×; floor: < 300 MB on 20k and not growing with corpus size).`,
        `Small set: ${small.description}.`,
        `Large set: ${big.description}.`,
        '',
      );
    } else {
      const set = userDir ? userSet(userDir, docs) : generatedSet(DEFAULT_PAGES, docs, docs ? `docs-${docs}` : 'default');
      sets.push(set);
      if (set.files.length === 0) throw new Error('no .html/.htm/.txt documents to benchmark');
      report.set = { description: set.description, documents: set.files.length, bytes: set.bytes };
      progress(set.description);

      const one = await benchConfig(set, 1, runs, '1 worker', true);
      const many = await benchConfig(set, auto, runs, `auto (${auto} workers)`, false);
      const stages = stageStats(one.stages);
      const base = values['no-baseline'] ? null : await baseline(set, baselineRuns);
      const rss = values['no-rss'] ? [] : [rssRun(set, 1, '1 worker'), rssRun(set, auto, `auto (${auto} workers)`)];
      const loadEnd = os.loadavg();
      report.throughput = [one.result, many.result];
      report.stages = stages;
      report.baseline = base;
      report.rss = rss;
      report.loadAvgEnd = loadEnd;

      const n = set.files.length;
      out.push(`## Throughput: ${set.description}`, '', machineTable(m), `| load average at end | ${loadEnd.map((l) => l.toFixed(2)).join(' / ')} |`, '');
      out.push(
        `| configuration | docs | wall s (median of ${runs}) | docs/s | MB/s | CPU s (all threads) | CPU ms/doc | cores busy (CPU/wall) | main-thread ELU | failed | timed runs (s) |`,
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      );
      for (const r of [one.result, many.result]) {
        const failed = r.runs[0]?.failed ?? 0;
        out.push(
          `| ours, ${r.label} | ${n} | ${fmt(r.medianWallMs / 1000, 2)} | **${fmt(r.docsPerSec)}** | ${fmt(r.mbPerSec, 2)} | ${fmt(r.medianCpuMs / 1000, 1)} | ${fmt(r.medianCpuMs / n, 1)} | ${fmt(r.medianCpuMs / r.medianWallMs, 2)} | ${fmt(r.medianElu * 100, 0)}% | ${failed} | ${r.runs.map((x) => fmt(x.wallMs / 1000, 2)).join(', ')} |`,
        );
      }
      if (base) {
        out.push(
          `| Readability + jsdom (extraction only, 1 thread) | ${n} | ${fmt(base.medianMs / 1000, 2)} | **${fmt(base.docsPerSec)}** | ${fmt(base.mbPerSec, 2)} | ${fmt(base.cpuMs / 1000, 1)} | ${fmt(base.cpuMs / n, 1)} | ${fmt(base.cpuMs / base.medianMs, 2)} | – | ${base.failed} | ${base.passes.map((x) => fmt(x / 1000, 2)).join(', ')} |`,
        );
      }
      out.push('');
      const ratioRows = ['| ratio | value | floor |', '| --- | ---: | --- |'];
      if (base) {
        ratioRows.push(`| ours (1 worker) / Readability + jsdom, docs/s | **${fmt(one.result.docsPerSec / base.docsPerSec, 2)}×** | ≥ 5× (aim 10×) |`);
        ratioRows.push(`| same, by CPU time per document | ${fmt(base.cpuMs / one.result.medianCpuMs, 2)}× | (robust to other load on the machine) |`);
        const strip = stages.find((s) => s.stage === 'strip');
        if (strip) ratioRows.push(`| our strip stage alone (mean ms/doc) vs Readability + jsdom (mean ms/doc) | ${fmt(base.medianMs / n / strip.mean, 2)}× | (extraction vs extraction) |`);
      }
      ratioRows.push(`| auto (${auto} workers) / 1 worker, docs/s | **${fmt(many.result.docsPerSec / one.result.docsPerSec, 2)}×** | ≥ 1.7× on 2 cores |`);
      out.push(...ratioRows, '');

      out.push(
        `### Per-stage milliseconds per document (${one.stages.length} documents; from the runner's debug log "ms" fields in an extra, untimed 1-worker run)`,
        '',
        '| stage | p50 | p95 | max | mean | share of stage time |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        ...stages.map((s) => `| ${s.stage} | ${fmt(s.p50, 2)} | ${fmt(s.p95, 2)} | ${fmt(s.max, 1)} | ${fmt(s.mean, 2)} | ${fmt(s.share * 100, 1)}% |`),
        '',
      );
      const kinds = kindTable(one.stages, one.paths);
      if (kinds.length) out.push('By kind of document (same run):', '', ...kinds, '');
      const all = stages.find((s) => s.stage === 'all stages');
      if (all) {
        const wallPerDoc = one.result.medianWallMs / n;
        out.push(
          `With 1 worker a document takes ${fmt(wallPerDoc, 2)} ms of wall time, of which ${fmt(all.mean, 2)} ms are inside the stages; the other ${fmt(wallPerDoc - all.mean, 2)} ms (${fmt(((wallPerDoc - all.mean) / wallPerDoc) * 100, 0)}%) are the work around them (in the worker: read, hash, record serialization and write; on the main thread: walk, scheduling, manifest, messages to and from the worker) not overlapped with the stages.`,
          '',
        );
      }
      if (base) out.push(`Baseline per document: p50 ${fmt(base.perDoc.p50, 1)} ms, p95 ${fmt(base.perDoc.p95, 1)} ms, max ${fmt(base.perDoc.max, 0)} ms (jsdom parse + Readability only).`, '');
      if (rss.length) out.push('### Peak RSS of the CLI on the same documents', '', rssTable(rss), '');
      const failures = [
        ...[one.result, many.result].flatMap((r) => [r.warmup, ...r.runs].filter((x) => x.failed > 0).map((x) => `${r.label}: ${x.failed} failed (${JSON.stringify(x.errors)})`)),
        ...rss.flatMap((r) => r.errorLines.map((l) => `CLI ${r.label}: ${l}`)),
      ];
      if (failures.length) out.push('Failed documents (the bench counts them as processed; details):', '', ...failures.map((f) => `- ${f}`), '');
      out.push(
        `Excluded from the timed numbers: thread-pool start-up and JIT warm-up (one warm-up run per configuration), corpus generation, the per-stage debug run, and for the baseline reading and decoding (decoded with our decode stage beforehand) and its worker start-up and warm-up (a fresh worker every ${BASELINE_CHUNK} documents, because jsdom keeps memory). Included for ours: directory walk, read, hash, decode, strip, language, extraction, validation, record write and manifest. The CLI child rows include process start-up.`,
        '',
      );
    }

    if (values.profile) {
      const set = sets[0] as DocSet;
      progress('profile: CLI under --cpu-prof, --workers 1');
      const prof = profileRun(set.dir, 1, 25);
      report.profile = prof.summaries.map((s) => ({ file: s.file, busyMs: s.busyMs, areas: s.areas.slice(0, 20), functions: s.functions }));
      out.push(`### CPU profile (--workers 1, ${set.files.length} documents, ${fmt(prof.wallMs / 1000)} s; profiles in ${prof.dir})`, '');
      for (const s of prof.summaries) out.push(formatProfile(s));
    }
  } finally {
    cleanup();
  }

  const rebuiltAt = distStamp();
  if (rebuiltAt !== builtAt) {
    out.push(`**Warning:** dist/ was rebuilt during this run (${new Date(builtAt).toISOString()} → ${new Date(rebuiltAt).toISOString()}); later phases may have measured different code than earlier ones. Run again on a quiet tree.`, '');
  }
  report.distBuiltAt = new Date(builtAt).toISOString();
  const text = `${out.join('\n')}\n`;
  process.stdout.write(text);
  if (values.json) writeFileSync(path.resolve(values.json), `${JSON.stringify(report, null, 2)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
