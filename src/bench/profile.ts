/**
 * CPU profile of a CLI run and a summary of where the time goes.
 *
 *   node dist/bench/profile.js SET_DIR [--workers 1] [--top 30]
 *
 * Runs `node --cpu-prof dist/cli/bin.js run SET_DIR --workers N --force` (one .cpuprofile per
 * thread: the main thread and each worker), then prints, per profile, the top functions by self
 * time and the self time grouped by area (a stage folder under src/, a package under
 * node_modules/, node internals, GC).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileRow {
  name: string;
  where: string;
  area: string;
  selfMs: number;
  share: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  /** Time not spent idle: the thread's busy time. */
  busyMs: number;
  functions: ProfileRow[];
  areas: { area: string; selfMs: number; share: number }[];
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Which part of the code a call frame belongs to. */
export function areaOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(idle)') return '(idle)';
    if (functionName === '(program)') return '(program: native/VM)';
    return `(native) ${functionName || 'anonymous'}`;
  }
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nm = file.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = file.slice(nm + 'node_modules/'.length).split('/');
    return `npm:${rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  const m = /^(?:dist|src)\/(stages\/extract\/[^/]+|stages\/[^/]+|[^/]+)/.exec(rel);
  return m ? `src/${m[1]}` : rel;
}

export function summarizeProfile(file: string, top = 30): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) byId.set(n.id, n);
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i] as number;
    // timeDeltas[i] is the gap before sample i; attribute the following gap to it.
    const dt = profile.timeDeltas[i + 1] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
  }
  const fnTotals = new Map<string, { name: string; where: string; area: string; us: number }>();
  const areaTotals = new Map<string, number>();
  let idleUs = 0;
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    totalUs += us;
    const f = node.callFrame;
    const area = areaOf(f);
    if (area === '(idle)') {
      idleUs += us;
      continue;
    }
    areaTotals.set(area, (areaTotals.get(area) ?? 0) + us);
    const where = f.url ? `${f.url.startsWith('file://') ? path.relative(ROOT, fileURLToPath(f.url)) : f.url}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName}@${where}`;
    const entry = fnTotals.get(key) ?? { name: f.functionName || '(anonymous)', where, area, us: 0 };
    entry.us += us;
    fnTotals.set(key, entry);
  }
  const busyUs = totalUs - idleUs;
  const share = (us: number): number => (busyUs > 0 ? us / busyUs : 0);
  return {
    file,
    totalMs: totalUs / 1000,
    busyMs: busyUs / 1000,
    functions: [...fnTotals.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((e) => ({ name: e.name, where: e.where, area: e.area, selfMs: e.us / 1000, share: share(e.us) })),
    areas: [...areaTotals.entries()].sort((a, b) => b[1] - a[1]).map(([area, us]) => ({ area, selfMs: us / 1000, share: share(us) })),
  };
}

export function formatProfile(s: ProfileSummary, topAreas = 15): string {
  const lines = [
    `#### ${path.basename(s.file)}: ${(s.busyMs / 1000).toFixed(2)} s busy of ${(s.totalMs / 1000).toFixed(2)} s`,
    '',
    '| area | self s | share of busy |',
    '| --- | ---: | ---: |',
    ...s.areas.slice(0, topAreas).map((a) => `| ${a.area} | ${(a.selfMs / 1000).toFixed(2)} | ${(a.share * 100).toFixed(1)}% |`),
    '',
    '| function | where | area | self s | share |',
    '| --- | --- | --- | ---: | ---: |',
    ...s.functions.map((f) => `| \`${f.name}\` | ${f.where} | ${f.area} | ${(f.selfMs / 1000).toFixed(2)} | ${(f.share * 100).toFixed(1)}% |`),
  ];
  return `${lines.join('\n')}\n`;
}

export interface ProfileRunResult {
  dir: string;
  wallMs: number;
  status: number | null;
  summaries: ProfileSummary[];
}

/** Runs the CLI under --cpu-prof over `inputDir` and summarizes every thread's profile (busiest first). */
export function profileRun(inputDir: string, workers: number, top = 30): ProfileRunResult {
  const profDir = mkdtempSync(path.join(tmpdir(), 'ingest-prof-'));
  const outDir = mkdtempSync(path.join(tmpdir(), 'ingest-prof-out-'));
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    [...process.execArgv, '--cpu-prof', '--cpu-prof-dir', profDir, path.join(ROOT, 'dist/cli/bin.js'), 'run', inputDir, '--out', outDir, '--workers', String(workers), '--force', '--log-level', 'error'],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const wallMs = performance.now() - started;
  rmSync(outDir, { recursive: true, force: true });
  const files = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'));
  const summaries = files.map((f) => summarizeProfile(path.join(profDir, f), top)).sort((a, b) => b.busyMs - a.busyMs);
  return { dir: profDir, wallMs, status: r.status, summaries };
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { workers: { type: 'string', default: '1' }, top: { type: 'string', default: '30' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help || positionals.length !== 1) {
    process.stdout.write('Usage: node dist/bench/profile.js DIR [--workers 1] [--top 30]\n');
    return values.help ? 0 : 1;
  }
  const result = profileRun(path.resolve(positionals[0] as string), Number(values.workers), Number(values.top));
  process.stdout.write(`CLI run under --cpu-prof: ${(result.wallMs / 1000).toFixed(1)} s, exit ${result.status}; profiles in ${result.dir}\n\n`);
  for (const s of result.summaries) process.stdout.write(`${formatProfile(s)}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
