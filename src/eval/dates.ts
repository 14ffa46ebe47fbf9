/**
 * Date extraction eval: precision / recall / F1 by distinct normalized value, per case (the
 * table-driven cases in fixtures/dates/<lang>.json) and per document (the annotated fixture bodies
 * fixtures/<lang>/{dev,heldout}/*.expected.json), for our extractor and, on English, for chrono-node.
 *
 * Values are compared as written in the annotation (YYYY, YYYY-MM, YYYY-MM-DD); a time part, if any,
 * is cut. A date without a value (no anchor) is keyed by its surface text, so the case tables can
 * check that partial dates are reported as partial.
 *
 * `node dist/eval/dates.js [--verbose] [--json]` prints one table per language. `--verbose` lists the
 * misses and false dates of failing cases and of dev documents (never of held-out ones).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractDates } from '../stages/extract/dates/index.js';
import { chronoDates } from './baselines/chrono.js';
import { addCounts, emptyCounts, prf, setCounts, type Counts, type Prf } from './metrics.js';

export const DATE_LANGUAGES = ['en', 'ko', 'th'] as const;
export type DateSource = 'cases' | 'dev' | 'heldout';
export type DateSystem = 'ours' | 'chrono';

const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export interface DateCase {
  input: string;
  anchor: string | null;
  lang: string;
  expected: { text: string; value: string | null }[];
  note?: string;
}

interface Document {
  id: string;
  lang: string;
  split: 'dev' | 'heldout';
  text: string;
  anchor: string | null;
  gold: { text: string; value: string | null }[];
}

export interface DateEvalRow {
  lang: string;
  source: DateSource;
  system: DateSystem;
  items: number;
  counts: Counts;
  prf: Prf;
}

export interface DateEvalProblem {
  lang: string;
  source: DateSource;
  id: string;
  system: DateSystem;
  missed: string[];
  spurious: string[];
}

export interface DateEvalReport {
  rows: DateEvalRow[];
  problems: DateEvalProblem[];
}

/** The scoring key of one date: its value without any time part, or its text when it has none. */
export const dateKey = (d: { text: string; value: string | null }): string =>
  d.value === null ? `?${d.text}` : (d.value.split('T')[0] as string);

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

export function loadDateCases(lang: string, root = FIXTURES_DIR): DateCase[] {
  const data = readJson(path.join(root, 'dates', `${lang}.json`));
  if (!Array.isArray(data)) return [];
  return data.filter(
    (c): c is DateCase => typeof c === 'object' && c !== null && typeof (c as DateCase).input === 'string' && Array.isArray((c as DateCase).expected),
  );
}

/** Annotated documents of one language; missing or half-written files are skipped. */
function loadDocuments(lang: string, root = FIXTURES_DIR): Document[] {
  const docs: Document[] = [];
  for (const split of ['dev', 'heldout'] as const) {
    const dir = path.join(root, lang, split);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.expected.json')) continue;
      const e = readJson(path.join(dir, name)) as
        | { text?: unknown; publishedAt?: unknown; language?: unknown; dates?: unknown }
        | undefined;
      if (!e || typeof e.text !== 'string' || !Array.isArray(e.dates)) continue;
      const gold = (e.dates as { text?: unknown; value?: unknown }[])
        .filter((d) => typeof d?.text === 'string')
        .map((d) => ({ text: d.text as string, value: typeof d.value === 'string' ? d.value : null }));
      docs.push({
        id: `${lang}/${split}/${name.replace(/\.expected\.json$/, '')}`,
        lang,
        split,
        text: e.text,
        anchor: typeof e.publishedAt === 'string' ? e.publishedAt : null,
        gold,
      });
    }
  }
  return docs;
}

function predict(system: DateSystem, text: string, lang: string, anchor: string | null): { text: string; value: string | null }[] {
  return system === 'ours' ? extractDates(text, { lang, anchor }) : chronoDates(text, anchor);
}

export interface EvaluateDatesOptions {
  fixturesDir?: string;
  /** Languages to score (default en, ko, th). */
  languages?: readonly string[];
}

/** Scores our extractor (and chrono on English) on the case tables and the fixture bodies. */
export function evaluateDates(options: EvaluateDatesOptions = {}): DateEvalReport {
  const root = options.fixturesDir ?? FIXTURES_DIR;
  const rows: DateEvalRow[] = [];
  const problems: DateEvalProblem[] = [];
  for (const lang of options.languages ?? DATE_LANGUAGES) {
    const systems: DateSystem[] = lang === 'en' ? ['ours', 'chrono'] : ['ours'];
    const cases = loadDateCases(lang, root);
    const docs = loadDocuments(lang, root);
    for (const system of systems) {
      const caseCounts = emptyCounts();
      cases.forEach((c, i) => {
        const predicted = predict(system, c.input, c.lang ?? lang, c.anchor).map(dateKey);
        const gold = c.expected.map(dateKey);
        const counts = setCounts(predicted, gold);
        addCounts(caseCounts, counts);
        if (counts.fp + counts.fn > 0) {
          problems.push({
            lang,
            source: 'cases',
            id: `#${i} ${c.note ?? c.input.slice(0, 40)}`,
            system,
            missed: [...new Set(gold)].filter((v) => !predicted.includes(v)),
            spurious: [...new Set(predicted)].filter((v) => !gold.includes(v)),
          });
        }
      });
      rows.push({ lang, source: 'cases', system, items: cases.length, counts: caseCounts, prf: prf(caseCounts) });
      for (const split of ['dev', 'heldout'] as const) {
        const splitDocs = docs.filter((d) => d.split === split);
        const total = emptyCounts();
        for (const d of splitDocs) {
          const predicted = predict(system, d.text, d.lang, d.anchor)
            .filter((p) => p.value !== null)
            .map(dateKey);
          const gold = d.gold.filter((g) => g.value !== null).map(dateKey);
          const counts = setCounts(predicted, gold);
          addCounts(total, counts);
          if (split === 'dev' && counts.fp + counts.fn > 0) {
            problems.push({
              lang,
              source: split,
              id: d.id,
              system,
              missed: [...new Set(gold)].filter((v) => !predicted.includes(v)),
              spurious: [...new Set(predicted)].filter((v) => !gold.includes(v)),
            });
          }
        }
        rows.push({ lang, source: split, system, items: splitDocs.length, counts: total, prf: prf(total) });
      }
    }
  }
  return { rows, problems };
}

const pct = (n: number): string => (n * 100).toFixed(1).padStart(6);

export function formatDateReport(report: DateEvalReport, verbose = false): string {
  const lines: string[] = [];
  for (const lang of new Set(report.rows.map((r) => r.lang))) {
    lines.push(`dates — ${lang}`);
    lines.push('  source   system   items    tp    fp    fn       P       R      F1');
    for (const r of report.rows.filter((x) => x.lang === lang)) {
      lines.push(
        `  ${r.source.padEnd(8)} ${r.system.padEnd(7)} ${String(r.items).padStart(6)} ${String(r.counts.tp).padStart(5)} ${String(r.counts.fp).padStart(5)} ${String(r.counts.fn).padStart(5)}  ${pct(r.prf.precision)}  ${pct(r.prf.recall)}  ${pct(r.prf.f1)}`,
      );
    }
    if (verbose) {
      for (const p of report.problems.filter((x) => x.lang === lang && x.system === 'ours')) {
        lines.push(`  ✗ ${p.source} ${p.id}: missed [${p.missed.join(', ')}] false [${p.spurious.join(', ')}]`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const { values } = parseArgs({
    options: { verbose: { type: 'boolean', short: 'v' }, json: { type: 'boolean' }, lang: { type: 'string', multiple: true } },
  });
  const report = evaluateDates(values.lang ? { languages: values.lang } : {});
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else console.log(formatDateReport(report, values.verbose === true));
}
