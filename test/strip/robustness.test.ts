import { describe, expect, it } from 'vitest';
import { decode } from '../../src/stages/decode/index.js';
import { strip } from '../../src/stages/strip/index.js';

let n = 0;
/** Distinct paragraphs (identical ones would be dropped as repeated captions). */
const para = (): string =>
  `<p>The provincial council approved flood defence spending of ${++n} million baht on Monday, officials said, after ${n} weeks of debate.</p>`;

describe('strip html: hostile structure', () => {
  it('survives 20,000 levels of nesting and still finds the text at the bottom', () => {
    const html = `<html><body>${'<div>'.repeat(20000)}${para()}${para()}${'</div>'.repeat(20000)}</body></html>`;
    const r = strip(html, { format: 'html' });
    expect(r.text.split('\n\n')).toHaveLength(2);
    expect(r.text).toContain('flood defence spending');
  });

  it('survives 20,000 unclosed mixed elements', () => {
    const html = `<html><body>${Array.from({ length: 20000 }, (_, i) => (i % 2 ? '<span>' : '<div><b>x</b>')).join('')}${para()}${para()}`;
    expect(() => strip(html, { format: 'html' })).not.toThrow();
  });

  it('ignores a giant inline script quickly', () => {
    const script = `<script>${'var s = "<p>not body text, just a string in a script</p>";\n'.repeat(100_000)}</script>`;
    const html = `<html><head>${script}</head><body><article><h1>Council approves flood defences</h1>${para()}${para()}${para()}</article></body></html>`;
    const t = performance.now();
    const r = strip(html, { format: 'html' });
    expect(performance.now() - t).toBeLessThan(10_000);
    expect(r.text).not.toContain('not body text');
    expect(r.text.split('\n\n')).toHaveLength(3);
    expect(r.title).toBe('Council approves flood defences');
  });

  it('handles truncated HTML (cut inside a paragraph and inside a tag)', () => {
    const html = `<html><head><title>Cut</title></head><body><div class="article-body">${para()}${para()}<p>The final paragraph was cut in the mid`;
    const r = strip(html, { format: 'html' });
    expect(r.text.split('\n\n')).toHaveLength(3);
    expect(r.text.endsWith('cut in the mid')).toBe(true);
    expect(() => strip(`${html}dle of <a href="http://exa`, { format: 'html' })).not.toThrow();
  });

  it('processes a 30 MB page in roughly linear time', () => {
    // Mostly markup and scripts around a real article, like a bloated portal page.
    const filler = `<div class="widget"><script>${'x=1;'.repeat(2500)}</script><ul><li><a href="/a">Link one</a></li><li><a href="/b">Link two</a></li></ul></div>\n`;
    const chunk = filler.repeat(1000);
    const build = (mb: number): string => {
      const parts: string[] = ['<html><body>'];
      let size = 0;
      while (size < mb * 1_000_000) {
        parts.push(chunk);
        size += chunk.length;
      }
      parts.push(`<article><h1>Council approves flood defences</h1>${para()}${para()}${para()}</article></body></html>`);
      return parts.join('');
    };
    const small = build(3);
    const big = build(30);
    let t = performance.now();
    strip(small, { format: 'html' });
    const tSmall = performance.now() - t;
    t = performance.now();
    const bytes = Buffer.from(big);
    const d = decode(bytes, { format: 'html' });
    const r = strip(d.text, { format: 'html' });
    const tBig = performance.now() - t;
    expect(r.text.split('\n\n')).toHaveLength(3);
    // 10× the input must not cost much more than 10× the time (allowing for decode and noise).
    expect(tBig).toBeLessThan(Math.max(tSmall * 25, 5_000));
  }, 120_000);
});

describe('strip text: hostile input', () => {
  it('handles one 5 MB line and 200,000 short lines', () => {
    const long = `${'word '.repeat(1_000_000)}.`;
    expect(() => strip(long, { format: 'text' })).not.toThrow();
    const many = Array.from({ length: 200_000 }, (_, i) => `menu ${i}`).join('\n');
    const r = strip(many, { format: 'text' });
    expect(r.text).toBe('');
    expect(r.warnings).toContain('no-main-content');
  }, 60_000);
});
