import { describe, expect, it } from 'vitest';
import { spansByLocale } from '../../src/stages/extract/common/locales.js';
import { mergeEntities } from '../../src/stages/extract/common/mergeEntities.js';

describe('mergeEntities', () => {
  it('merges entities sharing a name or alias, keeps the longest name, orders by first mention', () => {
    const merged = mergeEntities([
      { name: 'OECD', aliases: [], mentions: [{ start: 50, end: 54 }] },
      { name: 'Kang', aliases: [], titles: ['Minister'], mentions: [{ start: 90, end: 94 }] },
      { name: 'Kang Kyung-wha', aliases: ['Kang'], titles: ['Foreign Minister'], mentions: [{ start: 10, end: 24 }] },
      { name: 'OECD', aliases: [], mentions: [{ start: 50, end: 54 }, { start: 70, end: 74 }] },
    ]);
    expect(merged).toEqual([
      { name: 'Kang Kyung-wha', aliases: ['Kang'], titles: ['Minister', 'Foreign Minister'], mentions: [{ start: 10, end: 24 }, { start: 90, end: 94 }] },
      { name: 'OECD', aliases: [], mentions: [{ start: 50, end: 54 }, { start: 70, end: 74 }] },
    ]);
  });

  it('joins two groups bridged by a later entity', () => {
    const merged = mergeEntities([
      { name: 'Ministry of Personnel Management', aliases: [], mentions: [{ start: 0, end: 33 }] },
      { name: 'MPM', aliases: [], mentions: [{ start: 100, end: 103 }] },
      { name: 'Ministry of Personnel Management', aliases: ['MPM'], mentions: [{ start: 40, end: 73 }] },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.aliases).toEqual(['MPM']);
    expect(merged[0]?.mentions).toHaveLength(3);
  });
});

describe('spansByLocale', () => {
  it('routes paragraphs to their language and falls back to the primary for others', () => {
    const text = 'Korean para\n\nEnglish para\n\nshort';
    const routed = spansByLocale(text, 'ko', [
      { start: 0, end: 11, lang: 'ko' },
      { start: 13, end: 25, lang: 'en' },
      { start: 27, end: 32, lang: 'und' },
    ]);
    expect(routed.get('ko')).toEqual([{ start: 0, end: 11 }, { start: 27, end: 32 }]);
    expect(routed.get('en')).toEqual([{ start: 13, end: 25 }]);
  });

  it('scans nothing for a language without rules when the document is in one too', () => {
    expect(spansByLocale('Xin chào', 'vi', [{ start: 0, end: 8, lang: 'vi' }]).size).toBe(0);
  });
});
