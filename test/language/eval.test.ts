import { beforeAll, describe, expect, it } from 'vitest';
import { BUCKETS, cutPieces, udhrParagraphs } from '../../src/eval/language/corpus.js';
import { checkFloors, computeLanguageEval, formatReport, type LanguageEval, type Table } from '../../src/eval/language.js';

describe('eval:lang on a slice', () => {
  let result: LanguageEval;
  beforeAll(() => {
    result = computeLanguageEval({
      limit: 40,
      confusers: ['vi', 'id', 'ms', 'tl', 'fr', 'de', 'nl', 'pt', 'ja', 'zh'],
      fixturesRoot: null,
      timingBudgetMs: 20,
    });
  });

  it('meets the floors', () => {
    expect(result.failures).toEqual([]);
  });

  it('has a cell per language and bucket, with both detectors counted', () => {
    for (const lang of ['ko', 'th', 'en', 'vi', 'ja', 'zh']) {
      for (const b of BUCKETS) {
        const cell = result.udhr.cells[lang]?.[b.name];
        expect(cell, `${lang} ${b.name}`).toBeDefined();
        expect(cell!.n).toBeGreaterThan(0);
        expect(cell!.ours).toBeLessThanOrEqual(cell!.n);
        expect(cell!.franc).toBeLessThanOrEqual(cell!.n);
      }
    }
    expect(result.udhr.cells.ko!['10-20']!.ours).toBe(result.udhr.cells.ko!['10-20']!.n);
    expect(result.cost.meanMs).toBeGreaterThan(0);
    expect(result.cost.source).toBe('synthetic');
  });

  it('prints a report with both columns and the floors line', () => {
    const report = formatReport(result);
    expect(report).toMatch(/ours franc/);
    expect(report).toMatch(/Floors: all met\./);
    expect(report).toMatch(/ms per document/);
  });
});

describe('checkFloors', () => {
  const cell = (n: number, ours: number) => ({ n, ours, franc: n, oursUnd: 0 });

  it('fails on a single Korean miss, weak English and a confusion above 1%', () => {
    const table: Table = {
      cells: {
        ko: { '10-20': cell(100, 99) },
        th: { '200+': cell(50, 50) },
        en: { '20-50': cell(100, 94), '50-200': cell(100, 97), '200+': cell(100, 100) },
      },
      confusions: { nl: { en: { ours: 2, franc: 0, n: 100 }, ko: { ours: 0, franc: 0, n: 100 } } },
      errors: {},
    };
    const failures = checkFloors(table);
    expect(failures).toHaveLength(4);
    expect(failures.join('\n')).toMatch(/ko 10-20/);
    expect(failures.join('\n')).toMatch(/en 50\+/);
    expect(failures.join('\n')).toMatch(/en 20-50/);
    expect(failures.join('\n')).toMatch(/nl taken for en/);
  });

  it('fails when a fixture document gets the wrong primary language', () => {
    const table: Table = { cells: {}, confusions: {}, errors: {} };
    const failures = checkFloors(table, { n: 1, ours: 0, franc: 1, wrong: [{ id: 'th/dev/x', expected: 'th', ours: 'vi' }] });
    expect(failures).toEqual(['fixture th/dev/x: primary vi, annotated th']);
  });
});

describe('cutPieces', () => {
  it('is deterministic and keeps pieces inside their bucket', () => {
    const paragraphs = udhrParagraphs('eng');
    for (const b of BUCKETS) {
      const a = cutPieces(paragraphs, b, 'en', 50);
      expect(cutPieces(paragraphs, b, 'en', 50)).toEqual(a);
      expect(a.length).toBeGreaterThan(10);
      for (const p of a) {
        expect(p.length).toBeGreaterThanOrEqual(b.min);
        expect(p.length).toBeLessThan(b.max);
        expect(p).toBe(p.trim());
      }
    }
  });

  it('ends English pieces at word boundaries', () => {
    const stream = udhrParagraphs('eng').join(' ');
    const pieces = cutPieces(udhrParagraphs('eng'), BUCKETS[1]!, 'en', 100);
    const wholeWords = pieces.filter((p) => {
      const at = stream.indexOf(p);
      return at >= 0 && (at + p.length === stream.length || stream[at + p.length] === ' ');
    });
    expect(wholeWords.length / pieces.length).toBeGreaterThan(0.95);
  });
});
