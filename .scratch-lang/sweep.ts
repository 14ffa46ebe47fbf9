import { BUCKETS, CONFUSERS, TARGETS, cutPieces, udhrParagraphs } from '../src/eval/language/corpus.js';
import { THRESHOLDS } from '../src/stages/language/data.js';
import { detectLanguage } from '../src/stages/language/index.js';
const srcs = [...TARGETS, ...CONFUSERS].filter(s => !['ko','th','ja','zh'].includes(s.lang));
const pieces = srcs.flatMap(s => { const p = udhrParagraphs(s.code); return BUCKETS.slice(0,3).flatMap(b => cutPieces(p, b, s.lang, 300).map(t => ({ lang: s.lang, b: b.name, t }))); });
const grids = [
  [[20,0.1],[40,0.04],[80,0.02],[Infinity,0.01]],
  [[15,0.2],[20,0.1],[40,0.04],[80,0.02],[Infinity,0.01]],
  [[15,0.25],[20,0.12],[40,0.04],[80,0.02],[Infinity,0.01]],
  [[15,0.3],[20,0.1],[40,0.04],[80,0.02],[Infinity,0.01]],
];
for (const g of grids) {
  (THRESHOLDS as any).FRANC_MIN_GAP = g;
  const st: Record<string, {n:number; ok:number; und:number; enN:number; enOk:number; fpEn:number}> = {};
  for (const p of pieces) {
    const r = detectLanguage(p.t).primary;
    const s = (st[p.b] ??= {n:0,ok:0,und:0,enN:0,enOk:0,fpEn:0});
    s.n++; if (r === p.lang) s.ok++; if (r === 'und') s.und++;
    if (p.lang === 'en') { s.enN++; if (r === 'en') s.enOk++; } else if (r === 'en') s.fpEn++;
  }
  console.log(JSON.stringify(g), Object.entries(st).map(([b, s]) => `${b}: acc ${(100*s.ok/s.n).toFixed(1)} prec ${(100*s.ok/(s.n-s.und)).toFixed(1)} und ${(100*s.und/s.n).toFixed(1)} en ${(100*s.enOk/s.enN).toFixed(1)} fpEn ${s.fpEn}`).join(' | '));
}
