/**
 * Table-driven date cases: fixtures/dates/{en,ko,th}.json, one vitest case per row. Each row's
 * expected dates are compared with ours as (text, value) pairs in order of appearance; every
 * result must also satisfy the record schema and `text.slice(start, end) === text`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dateEntitySchema } from '../../src/schema/record.js';
import { extractDates } from '../../src/stages/extract/dates/index.js';

interface Case {
  input: string;
  anchor: string | null;
  lang: string;
  expected: { text: string; value: string | null }[];
  note: string;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/dates');

for (const lang of ['en', 'ko', 'th']) {
  const cases = JSON.parse(readFileSync(path.join(root, `${lang}.json`), 'utf8')) as Case[];
  describe(`date cases (${lang})`, () => {
    it('has at least 100 cases, with negative ones', () => {
      expect(cases.length).toBeGreaterThanOrEqual(100);
      expect(cases.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(15);
    });
    cases.forEach((c, i) => {
      it(`#${i} ${c.note}: ${c.input.slice(0, 50)}`, () => {
        const got = extractDates(c.input, { lang: c.lang, anchor: c.anchor });
        for (const d of got) {
          expect(dateEntitySchema.safeParse(d).success).toBe(true);
          expect(c.input.slice(d.start, d.end)).toBe(d.text);
        }
        expect(got.map((d) => ({ text: d.text, value: d.value }))).toEqual(c.expected);
      });
    });
  });
}
