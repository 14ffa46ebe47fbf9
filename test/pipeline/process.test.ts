import { describe, expect, it } from 'vitest';
import { processDocument, recordId } from '../../src/pipeline/process.js';
import { StageError } from '../../src/stages/errors.js';

const html = `<html><head><meta charset="utf-8"><title>Bank raises rate | Daily</title></head><body>
<nav><a href="/">Home</a> <a href="/biz">Business</a></nav>
<article><h1>Central bank raises its policy rate</h1>
<p>The Bank of Thailand raised its policy rate on Wednesday, December 4, 2024, citing stubborn inflation in food and energy prices.</p>
<p>Governor Somchai Rattanakul said the committee would review the decision again in March 2025.</p></article></body></html>`;

describe('processDocument (library API)', () => {
  it('returns a validated record from a string, without writing anything', () => {
    const record = processDocument(html, { path: 'biz/rate.html' });
    expect(record.id).toBe(recordId('biz/rate.html'));
    expect(record.source).toMatchObject({ path: 'biz/rate.html', format: 'html', encoding: 'utf-8' });
    expect(record.title).toBe('Central bank raises its policy rate');
    expect(record.text.startsWith('The Bank of Thailand raised')).toBe(true);
    expect(record.entities.dates.map((d) => d.value)).toEqual(expect.arrayContaining(['2024-12-04', '2025-03']));
  });

  it('gives the same record for the same bytes given as a string or a buffer (bar how the charset was known)', () => {
    const fromString = processDocument(html, { path: 'x.html' });
    const fromBytes = processDocument(Buffer.from(html, 'utf8'), { path: 'x.html' });
    expect(fromString.source.encodingSource).toBe('hint');
    expect(fromBytes.source.encodingSource).toBe('meta');
    expect({ ...fromBytes, source: { ...fromBytes.source, encodingSource: 'hint' } }).toEqual(fromString);
  });

  it('sniffs the format when no path or hint is given', () => {
    expect(processDocument(html).source.format).toBe('html');
    expect(processDocument('Plain words in a scraped story.\n\nThe World Bank said so on Monday.').source.format).toBe('text');
  });

  it('keeps the id when the content changes and changes it with the path', () => {
    const a = processDocument(html, { path: 'a.html' });
    const b = processDocument(html.replace('Wednesday', 'Thursday'), { path: 'a.html' });
    expect(b.id).toBe(a.id);
    expect(b.source.contentHash).not.toBe(a.source.contentHash);
    expect(processDocument(html, { path: 'b.html' }).id).not.toBe(a.id);
  });

  it('throws a StageError with a code for input it cannot use', () => {
    expect(() => processDocument(new Uint8Array(0), { path: 'empty.txt' })).toThrow(StageError);
    try {
      processDocument(new Uint8Array(0), { path: 'empty.txt' });
    } catch (error) {
      expect((error as StageError).code).toBe('empty-input');
      expect((error as StageError).stage).toBe('decode');
    }
  });
});
