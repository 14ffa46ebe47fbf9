import { loadFixtureDocs } from '../src/eval/language/corpus.js';
import { detectLanguage } from '../src/stages/language/index.js';
import { rankCandidates } from '../src/stages/language/trigrams.js';
import { FRANC_CANDIDATES } from '../src/stages/language/data.js';
const docs = loadFixtureDocs('/work/main/fixtures');
for (const d of docs) detectLanguage(d.text);
const by: Record<string, {ms: number; n: number; chars: number; paras: number}> = {};
for (const d of docs) {
  const N = 200; const t0 = performance.now();
  for (let i = 0; i < N; i++) detectLanguage(d.text);
  const ms = (performance.now() - t0) / N;
  const s = (by[d.language] ??= { ms: 0, n: 0, chars: 0, paras: 0 }); s.ms += ms; s.n++; s.chars += d.text.length; s.paras += d.text.split('\n\n').length;
}
for (const [l, s] of Object.entries(by)) console.log(l, 'docs', s.n, 'mean ms', (s.ms / s.n).toFixed(3), 'mean chars', Math.round(s.chars / s.n), 'paras', (s.paras / s.n).toFixed(1));
const sample = docs.find(d => d.language === 'en')!.text.slice(0, 240);
let t0 = performance.now(); for (let i = 0; i < 5000; i++) rankCandidates(sample, 'Latin', FRANC_CANDIDATES.Latin!);
console.log('rank 240 us', ((performance.now() - t0) / 5000 * 1000).toFixed(1));
