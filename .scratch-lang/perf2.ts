import { udhrParagraphs } from '../src/eval/language/corpus.js';
import { FRANC_CANDIDATES } from '../src/stages/language/data.js';
import { rankCandidates } from '../src/stages/language/trigrams.js';
const s = udhrParagraphs('eng').join(' ').slice(0, 240);
const only = FRANC_CANDIDATES.Latin!;
function bench(name: string, f: () => unknown) { for (let i = 0; i < 3000; i++) f(); const N = 20000; const t0 = performance.now(); for (let i = 0; i < N; i++) f(); console.log(name, ((performance.now() - t0) / N * 1000).toFixed(2), 'us'); }
bench('rank', () => rankCandidates(s, 'Latin', only));
const clean = (v: string) => v.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
bench('clean', () => clean(s));
const padded = ' ' + clean(s) + ' ';
bench('count', () => { const m = new Map<string, number>(); for (let i = 0; i + 3 <= padded.length; i++) { const t = padded.slice(i, i + 3); m.set(t, (m.get(t) ?? 0) + 1); } return m; });
bench('rank11', () => rankCandidates(s, 'Latin', only.slice(0, 11)));
bench('rank2', () => rankCandidates(s, 'Latin', only.slice(0, 2)));
const s80 = s.slice(0, 120);
bench('rank120', () => rankCandidates(s80, 'Latin', only));
