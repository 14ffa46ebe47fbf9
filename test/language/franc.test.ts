import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { BUCKETS, cutPieces, udhrParagraphs } from '../../src/eval/language/corpus.js';
import { FRANC_CANDIDATES, ISO639_3_TO_1 } from '../../src/stages/language/data.js';
import { toIso1 } from '../../src/stages/language/franc.js';
import { rankCandidates } from '../../src/stages/language/trigrams.js';

describe('rankCandidates (franc, faster)', () => {
  const cases: Array<[string, string, readonly string[]]> = [];
  for (const [script, codes, declarations] of [
    ['Latin', FRANC_CANDIDATES.Latin!, ['eng', 'vie', 'ind', 'mly_latn', 'tgl', 'fra', 'deu_1996', 'por_PT', 'nob', 'hrv']],
    ['Cyrillic', FRANC_CANDIDATES.Cyrillic!, ['rus', 'ukr', 'bul']],
    ['Arabic', FRANC_CANDIDATES.Arabic!, ['arb', 'pes_1', 'urd']],
    ['Devanagari', FRANC_CANDIDATES.Devanagari!, ['hin', 'mar']],
  ] as const) {
    for (const code of declarations) {
      const paragraphs = udhrParagraphs(code);
      for (const bucket of BUCKETS) {
        for (const piece of cutPieces(paragraphs, bucket, `parity-${code}`, 12)) cases.push([script, piece, codes]);
      }
    }
  }

  it(`returns exactly francAll's ranking (${cases.length} UDHR pieces, 4 scripts)`, () => {
    expect(cases.length).toBeGreaterThan(500);
    for (const [script, piece, codes] of cases) {
      expect(rankCandidates(piece, script, codes)).toEqual(francAll(piece, { only: [...codes], minLength: 1 }));
    }
  });

  it('matches francAll on odd input: punctuation only, digits, repeated trigrams, unknown letters', () => {
    const only = FRANC_CANDIDATES.Latin!;
    for (const text of ['the the the the the', 'ÿÿÿ ŋŋŋ ʒʒʒ abc', 'a', 'Ab-Cd.Ef, 12 gh!', 'x'.repeat(3000)]) {
      expect(rankCandidates(text, 'Latin', only)).toEqual(francAll(text, { only: [...only], minLength: 1 }));
    }
  });

  it('is several times faster than francAll', () => {
    const only = FRANC_CANDIDATES.Latin!;
    const sample = udhrParagraphs('eng').join(' ').slice(0, 240);
    const time = (f: () => unknown): number => {
      for (let i = 0; i < 50; i++) f();
      const t = performance.now();
      for (let i = 0; i < 300; i++) f();
      return performance.now() - t;
    };
    const fast = time(() => rankCandidates(sample, 'Latin', only));
    const slow = time(() => francAll(sample, { only: [...only], minLength: 1 }));
    expect(fast * 2).toBeLessThan(slow);
  });
});

describe('data tables', () => {
  it('maps every franc candidate to a record code', () => {
    for (const codes of Object.values(FRANC_CANDIDATES)) {
      for (const code of codes!) {
        expect(ISO639_3_TO_1[code], code).toBeDefined();
        expect(toIso1(code)).toMatch(/^[a-z]{2,3}$/);
      }
    }
  });

  it('covers the confusion set of the issue', () => {
    const latin = FRANC_CANDIDATES.Latin!.map(toIso1);
    for (const lang of ['en', 'vi', 'id', 'ms', 'tl', 'fr', 'de', 'es', 'it', 'nl', 'pt']) expect(latin).toContain(lang);
    // English look-alikes stay out: they take short English text away from English.
    for (const code of ['sco', 'nds', 'tpi']) expect(FRANC_CANDIDATES.Latin).not.toContain(code);
  });
});
