import { describe, expect, it } from 'vitest';
import { entityCounts, prf, setCounts, tokenCounts, tokenize } from '../../src/eval/metrics.js';

describe('tokenize', () => {
  it('splits Thai, Korean and English into words and drops punctuation', () => {
    expect(tokenize('กระทรวงการต่างประเทศ')).toEqual(['กระทรวง', 'การ', 'ต่าง', 'ประเทศ']);
    // ICU splits digits from the Hangul counter that follows them.
    expect(tokenize('행정안전부는 3일 발표했다.')).toEqual(['행정안전부는', '3', '일', '발표했다']);
    expect(tokenize('The Ministry, (MOIS) said.')).toEqual(['the', 'ministry', 'mois', 'said']);
  });
});

describe('tokenCounts', () => {
  it('counts a bag-of-words overlap with multiplicity', () => {
    expect(tokenCounts('a a b c', 'a b b d')).toEqual({ tp: 2, fp: 2, fn: 2 });
    expect(prf(tokenCounts('same words here', 'same words here')).f1).toBe(1);
  });
  it('scores an empty prediction of a non-empty body as 0', () => {
    expect(prf(tokenCounts('', 'some body')).f1).toBe(0);
    expect(prf(tokenCounts('', '')).f1).toBe(1);
  });
});

describe('setCounts', () => {
  it('compares distinct values', () => {
    expect(setCounts(['2019-09-19', '2019-09-19', '2019-09-24'], ['2019-09-19', '2019-11-26'])).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
});

describe('entityCounts', () => {
  it('matches by any name or alias, one to one, ignoring case and spacing', () => {
    const predicted = [
      { name: 'Ministry of the Interior and Safety', aliases: ['MOIS'] },
      { name: 'mois' },
      { name: 'Korea' },
    ];
    const gold = [
      { name: 'Ministry of the Interior and Safety', aliases: ['MOIS', 'interior ministry'] },
      { name: 'OECD', aliases: [] },
    ];
    const counts = entityCounts(predicted, gold);
    expect(counts).toMatchObject({ tp: 1, fp: 2, fn: 1, missed: ['OECD'] });
    expect(counts.spurious).toEqual(['mois', 'Korea']);
  });
});
