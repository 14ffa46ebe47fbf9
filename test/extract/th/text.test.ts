import { describe, expect, it } from 'vitest';
import { ThaiText, WordTable, isSubsequence, thaiConsonants } from '../../../src/stages/extract/persons/th/thai/text.js';
import { whole } from './helpers.js';

describe('ThaiText', () => {
  it('splits chunks at spaces and keeps absolute offsets', () => {
    const text = 'ก่อน นายสมชาย ใจดี กล่าว';
    const doc = new ThaiText(text, [{ start: 5, end: text.length }]);
    expect(doc.chunks.map((c) => text.slice(c.start, c.end))).toEqual(['นายสมชาย', 'ใจดี', 'กล่าว']);
    expect(doc.chunkAt(0)).toBeUndefined(); // outside the span
  });

  it('marks word boundaries from the segmenter, dots and script changes', () => {
    const text = 'ศ.นพ.กฤษดา ไปABC123';
    const doc = new ThaiText(text, whole(text));
    expect(doc.isBoundary(text.indexOf('นพ'))).toBe(true);
    expect(doc.isBoundary(text.indexOf('กฤษ'))).toBe(true);
    expect(doc.isBoundary(text.indexOf('ABC'))).toBe(true);
    expect(doc.isBoundary(text.indexOf('123'))).toBe(true);
  });

  it('links chunks of one phrase, not across paragraphs', () => {
    const text = 'หนึ่ง สอง\n\nสาม';
    const doc = new ThaiText(text, whole(text));
    expect(doc.nextChunkInPhrase(0)).toEqual({ start: 6, end: 9 });
    expect(doc.nextChunkInPhrase(1)).toBeUndefined();
  });

  it('segments a long run without spaces window by window', () => {
    const text = 'การประชุมคณะกรรมการ'.repeat(200);
    const doc = new ThaiText(text, whole(text));
    expect(doc.chunks).toHaveLength(1);
    expect(doc.isBoundary(text.lastIndexOf('คณะ'))).toBe(true);
  });

  it('reuses the prepared text for the same paragraphs', () => {
    const text = 'นายสมชาย ใจดี';
    expect(ThaiText.of(text, whole(text))).toBe(ThaiText.of(text, whole(text)));
  });
});

describe('WordTable', () => {
  it('matches the longest word that ends at a word boundary', () => {
    const text = 'ได้รับการ ได้ไป';
    const doc = new ThaiText(text, whole(text));
    const table = new WordTable(['ได้', 'ได้รับ']);
    expect(table.match(doc, 0)).toBe('ได้รับ');
    expect(table.match(doc, text.indexOf('ได้ไป'))).toBe('ได้');
    expect(table.prefixAt(text, 0)).toBe('ได้รับ');
  });
});

describe('acronym helpers', () => {
  it('tests consonants in order', () => {
    expect(thaiConsonants('กรุงเทพมหานคร')).toBe('กรงทพมหนคร');
    expect(isSubsequence('กทม', thaiConsonants('กรุงเทพมหานคร'))).toBe(true);
    expect(isSubsequence('กมท', thaiConsonants('กรุงเทพมหานคร'))).toBe(false);
  });
});
