import { describe, expect, it } from 'vitest';
import { particleSplits, stripAnyParticle, stripParticle } from '../../../src/stages/extract/persons/ko/korean/particles.js';
import { tokenize } from '../../../src/stages/extract/persons/ko/korean/hangul.js';

describe('Korean particles', () => {
  it('lists splits longest particle first, the unsplit word last', () => {
    expect(particleSplits('외교부에서는').map((s) => s.stem)).toEqual(['외교부', '외교부에서', '외교부에서는']);
    expect(particleSplits('국회').at(-1)).toEqual({ stem: '국회', particle: '' });
  });
  it('strips the particle whose stem the caller accepts', () => {
    expect(stripParticle('교육부도', (s) => s.endsWith('부'))).toEqual({ stem: '교육부', particle: '도' });
    expect(stripParticle('행안부 측은'.split(' ')[1]!, () => false)).toBeNull();
    expect(stripAnyParticle('KOICA와')).toBe('KOICA');
    expect(stripAnyParticle('정하윤')).toBe('정하윤');
  });
});

describe('Korean tokenizer', () => {
  it('keeps absolute offsets and the gap before each word', () => {
    const text = '머리말\n\n행정안전부(장관 정하윤)는 밝혔다.';
    const tokens = tokenize(text, [{ start: 0, end: 3 }, { start: 5, end: text.length }]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual(['머리말', '행정안전부', '장관', '정하윤', '는', '밝혔다']);
    expect(tokens[1]!.gap).toBe('\n'); // paragraph start
    expect(tokens[2]!.gap).toBe('(');
    expect(tokens[4]!.gap).toBe(')');
  });
  it('splits list items at the middle dot and keeps inner hyphens', () => {
    const tokens = tokenize('통신·전력 Kim Boo-kyum', [{ start: 0, end: 20 }]);
    expect(tokens.map((t) => t.text)).toEqual(['통신', '전력', 'Kim', 'Boo-kyum']);
  });
});
