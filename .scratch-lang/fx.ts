import { loadFixtureDocs } from '../src/eval/language/corpus.js';
import { detectLanguage } from '../src/stages/language/index.js';
for (const d of loadFixtureDocs('/work/main/fixtures')) {
  const r = detectLanguage(d.text);
  const segs = r.segments.filter(s => s.lang !== r.primary).map(s => `${s.lang}:${JSON.stringify(d.text.slice(s.start, Math.min(s.end, s.start + 50)))}`);
  console.log(d.id.padEnd(50), r.primary, r.confidence.toFixed(3), JSON.stringify(r.distribution), segs.join(' | '));
}
const big = Array.from({ length: 200 }, (_, i) => `Paragraph ${i}: the ministry said on Monday that it would expand cooperation with partner countries in the region.`).join('\n\n');
detectLanguage(big); const t0 = performance.now(); for (let i = 0; i < 20; i++) detectLanguage(big); console.log('200-paragraph doc ms', ((performance.now() - t0) / 20).toFixed(2));
const one = 'word '.repeat(50000); const t1 = performance.now(); detectLanguage(one); console.log('250KB single paragraph ms', (performance.now() - t1).toFixed(2));
