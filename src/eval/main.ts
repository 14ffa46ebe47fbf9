/**
 * `npm run eval [-- --baseline readability] [--split dev] [--fixtures DIR] [--verbose] [--json]`
 *
 * Runs the whole pipeline over the annotated fixtures and prints, per language and overall, for
 * all fixtures and for the held-out third on its own: body-text token F1, language, title and
 * publishedAt accuracy, surviving boilerplate strings, and P/R/F1 for dates, persons and
 * organizations. Baselines run in the same process on the same documents.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { processDocumentDetailed } from '../pipeline/process.js';
import { formatForPath } from '../pipeline/discover.js';
import { decode } from '../stages/decode/index.js';
import type { DocumentRecord } from '../schema/record.js';
import { chronoDateValues } from './baselines/chrono.js';
import { compromiseEntities } from './baselines/compromise.js';
import { readabilityText } from './baselines/readability.js';
import { FIXTURE_LANGUAGES, loadFixtures, type Fixture } from './fixtures.js';
import { addCounts, emptyCounts, entityCounts, prf, setCounts, tokenCounts, type Counts } from './metrics.js';

interface DocScore {
  fixture: Fixture;
  error: string | null;
  bodyF1: number;
  titleOk: boolean;
  publishedOk: boolean;
  languageOk: boolean;
  boilerplateSurviving: string[];
  dates: Counts;
  persons: Counts & { missed: string[]; spurious: string[] };
  organizations: Counts & { missed: string[]; spurious: string[] };
  baseline: {
    readabilityF1?: number;
    chronoDates?: Counts;
    compromisePersons?: Counts;
    compromiseOrganizations?: Counts;
  };
  datesMissed: string[];
  datesSpurious: string[];
}

const normalizeTitle = (t: string | null): string => (t ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

function scoreFixture(fixture: Fixture, withReadability: boolean): DocScore {
  const gold = fixture.expected;
  const bytes = readFileSync(fixture.inputPath);
  const format = formatForPath(fixture.inputPath) ?? 'text';
  let record: DocumentRecord | null = null;
  let error: string | null = null;
  try {
    record = processDocumentDetailed(bytes, { path: fixture.id, format }).record;
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const text = record?.text ?? '';
  const predictedDates = (record?.entities.dates ?? []).map((d) => d.value).filter((v): v is string => v !== null);
  const goldDates = gold.dates.map((d) => d.value);
  const score: DocScore = {
    fixture,
    error,
    bodyF1: prf(tokenCounts(text, gold.text)).f1,
    titleOk: normalizeTitle(record?.title ?? null) === normalizeTitle(gold.title),
    publishedOk: (record?.publishedAt?.slice(0, 10) ?? null) === (gold.publishedAt?.slice(0, 10) ?? null),
    languageOk: record?.language.primary === gold.language,
    boilerplateSurviving: gold.boilerplate.filter((b) => text.includes(b)),
    dates: setCounts(predictedDates, goldDates),
    datesMissed: [...new Set(goldDates)].filter((v) => !predictedDates.includes(v)),
    datesSpurious: [...new Set(predictedDates)].filter((v) => !goldDates.includes(v)),
    persons: entityCounts(record?.entities.persons ?? [], gold.persons),
    organizations: entityCounts(record?.entities.organizations ?? [], gold.organizations),
    baseline: {},
  };
  if (withReadability) {
    try {
      const decoded = decode(bytes, { format }).text;
      score.baseline.readabilityF1 = prf(tokenCounts(readabilityText(decoded, format), gold.text)).f1;
    } catch {
      score.baseline.readabilityF1 = 0;
    }
  }
  if (fixture.lang === 'en' && record) {
    // Baselines see exactly the body our pipeline extracted, so only the extractors differ.
    score.baseline.chronoDates = setCounts(chronoDateValues(text, record.publishedAt), goldDates);
    const found = compromiseEntities(text);
    score.baseline.compromisePersons = entityCounts(found.persons.map((name) => ({ name })), gold.persons);
    score.baseline.compromiseOrganizations = entityCounts(found.organizations.map((name) => ({ name })), gold.organizations);
  }
  return score;
}

interface GroupReport {
  documents: number;
  errors: number;
  bodyF1: number;
  readabilityF1: number | null;
  title: number;
  publishedAt: number;
  language: number;
  boilerplateSurviving: number;
  dates: Counts;
  persons: Counts;
  organizations: Counts;
  chronoDates: Counts | null;
  compromisePersons: Counts | null;
  compromiseOrganizations: Counts | null;
}

function summarize(scores: DocScore[]): GroupReport {
  const n = scores.length || 1;
  const mean = (f: (s: DocScore) => number): number => scores.reduce((a, s) => a + f(s), 0) / n;
  const sum = (f: (s: DocScore) => Counts | undefined): Counts | null => {
    const c = emptyCounts();
    let any = false;
    for (const s of scores) {
      const v = f(s);
      if (v) {
        any = true;
        addCounts(c, v);
      }
    }
    return any ? c : null;
  };
  const withReadability = scores.filter((s) => s.baseline.readabilityF1 !== undefined);
  return {
    documents: scores.length,
    errors: scores.filter((s) => s.error).length,
    bodyF1: mean((s) => s.bodyF1),
    readabilityF1: withReadability.length
      ? withReadability.reduce((a, s) => a + (s.baseline.readabilityF1 ?? 0), 0) / withReadability.length
      : null,
    title: mean((s) => (s.titleOk ? 1 : 0)),
    publishedAt: mean((s) => (s.publishedOk ? 1 : 0)),
    language: mean((s) => (s.languageOk ? 1 : 0)),
    boilerplateSurviving: scores.reduce((a, s) => a + s.boilerplateSurviving.length, 0),
    dates: sum((s) => s.dates) ?? emptyCounts(),
    persons: sum((s) => s.persons) ?? emptyCounts(),
    organizations: sum((s) => s.organizations) ?? emptyCounts(),
    chronoDates: sum((s) => s.baseline.chronoDates),
    compromisePersons: sum((s) => s.baseline.compromisePersons),
    compromiseOrganizations: sum((s) => s.baseline.compromiseOrganizations),
  };
}

const fmt = (x: number): string => x.toFixed(3);
const fmtPrf = (c: Counts | null): string => {
  if (!c) return '-';
  const { precision, recall, f1 } = prf(c);
  return `${fmt(precision)}/${fmt(recall)}/${fmt(f1)}`;
};

function table(title: string, groups: [string, GroupReport][]): string {
  const rows: [string, (g: GroupReport) => string][] = [
    ['documents', (g) => String(g.documents)],
    ['pipeline errors', (g) => String(g.errors)],
    ['body token F1', (g) => fmt(g.bodyF1)],
    ['  readability+jsdom', (g) => (g.readabilityF1 === null ? '-' : fmt(g.readabilityF1))],
    ['title accuracy', (g) => fmt(g.title)],
    ['publishedAt accuracy', (g) => fmt(g.publishedAt)],
    ['language accuracy', (g) => fmt(g.language)],
    ['boilerplate surviving', (g) => String(g.boilerplateSurviving)],
    ['dates P/R/F1', (g) => fmtPrf(g.dates)],
    ['  chrono-node', (g) => fmtPrf(g.chronoDates)],
    ['persons P/R/F1', (g) => fmtPrf(g.persons)],
    ['  compromise', (g) => fmtPrf(g.compromisePersons)],
    ['organizations P/R/F1', (g) => fmtPrf(g.organizations)],
    ['  compromise', (g) => fmtPrf(g.compromiseOrganizations)],
  ];
  const width = 24;
  const col = 20;
  const header = `${title.padEnd(width)}${groups.map(([name]) => name.padStart(col)).join('')}`;
  const lines = rows.map(([label, f]) => `${label.padEnd(width)}${groups.map(([, g]) => f(g).padStart(col)).join('')}`);
  return [header, '-'.repeat(header.length), ...lines].join('\n');
}

function groupsFor(scores: DocScore[]): [string, GroupReport][] {
  const groups: [string, GroupReport][] = FIXTURE_LANGUAGES.map((lang) => [lang, summarize(scores.filter((s) => s.fixture.lang === lang))]);
  groups.push(['all', summarize(scores)]);
  return groups;
}

export function runEval(options: { readability: boolean; devOnly?: boolean; fixturesDir?: string }): { all: [string, GroupReport][]; heldout: [string, GroupReport][]; scores: DocScore[] } {
  // --split dev lets rule writers iterate without ever seeing a held-out document's misses.
  const fixtures = loadFixtures(options.fixturesDir).filter((f) => !options.devOnly || f.split === 'dev');
  const scores = fixtures.map((f) => scoreFixture(f, options.readability));
  return { all: groupsFor(scores), heldout: groupsFor(scores.filter((s) => s.fixture.split === 'heldout')), scores };
}

const HELP = `Usage: npm run eval [-- options]

Runs the pipeline over the annotated fixtures and prints body F1, title / publishedAt / language
accuracy, surviving boilerplate strings and date / person / organization P/R/F1, per language, for
all fixtures and for the held-out third alone.

Options:
  --baseline readability  also score Mozilla Readability + jsdom bodies on the same pages
                          (chrono-node and compromise baselines always run)
  --split dev             dev fixtures only (for rule writers: never shows held-out misses)
  --fixtures DIR          annotated fixtures in DIR/<lang>/<split>/ (default: fixtures/)
  -v, --verbose           also list each document's misses
  --json                  print the tables as JSON
  -h, --help              this help
`;

function main(): void {
  const { values } = parseArgs({
    options: {
      baseline: { type: 'string', multiple: true, default: [] },
      verbose: { type: 'boolean', short: 'v', default: false },
      json: { type: 'boolean', default: false },
      split: { type: 'string', default: 'all' },
      fixtures: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  if (values.split !== 'all' && values.split !== 'dev') throw new Error(`--split must be "all" or "dev", got "${values.split}"`);
  const devOnly = values.split === 'dev';
  const readability = values.baseline.includes('readability');
  const started = performance.now();
  const { all, heldout, scores } = runEval({ readability, devOnly, fixturesDir: values.fixtures === undefined ? undefined : path.resolve(values.fixtures) });
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ all: Object.fromEntries(all), heldout: Object.fromEntries(heldout) }, null, 2)}\n`);
    return;
  }
  const dev = scores.filter((s) => s.fixture.split === 'dev').length;
  process.stdout.write(`Fixtures: ${scores.length} (dev ${dev}, held out ${scores.length - dev}); eval took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  process.stdout.write(`P/R/F1 = precision/recall/F1 (micro over documents); body F1 = mean per document.\n\n`);
  process.stdout.write(devOnly ? `${table('DEV FIXTURES ONLY', all)}\n` : `${table('ALL FIXTURES', all)}\n\n${table('HELD-OUT THIRD ONLY', heldout)}\n`);
  if (!readability) process.stdout.write(`\n(add "-- --baseline readability" to score Mozilla Readability + jsdom on the same pages)\n`);
  if (values.verbose) {
    process.stdout.write('\nPer document:\n');
    for (const s of scores) {
      const problems: string[] = [];
      if (s.error) problems.push(`ERROR ${s.error}`);
      if (s.bodyF1 < 0.95) problems.push(`body F1 ${fmt(s.bodyF1)}`);
      if (!s.titleOk) problems.push('title');
      if (!s.publishedOk) problems.push('publishedAt');
      if (!s.languageOk) problems.push('language');
      if (s.boilerplateSurviving.length) problems.push(`boilerplate: ${s.boilerplateSurviving.join(' | ')}`);
      if (s.datesMissed.length) problems.push(`dates missed: ${s.datesMissed.join(', ')}`);
      if (s.datesSpurious.length) problems.push(`dates spurious: ${s.datesSpurious.join(', ')}`);
      if (s.persons.missed.length) problems.push(`persons missed: ${s.persons.missed.join(', ')}`);
      if (s.persons.spurious.length) problems.push(`persons spurious: ${s.persons.spurious.join(', ')}`);
      if (s.organizations.missed.length) problems.push(`orgs missed: ${s.organizations.missed.join(', ')}`);
      if (s.organizations.spurious.length) problems.push(`orgs spurious: ${s.organizations.spurious.join(', ')}`);
      process.stdout.write(`${path.normalize(s.fixture.id)}: ${problems.length ? problems.join('; ') : 'ok'}\n`);
    }
  }
}

main();
