import { BUCKETS, CONFUSERS, TARGETS, cutPieces, udhrParagraphs } from '../src/eval/language/corpus.js';
import { analyzeParagraph } from '../src/stages/language/index.js';
const srcs = [...TARGETS, ...CONFUSERS].filter(s => !['ko','th','ja','zh','ru','ar','hi'].includes(s.lang));
const bands = [[12,30],[31,60],[61,120],[121,1000]];
const bonuses = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35];
const res: Record<string, {n:number, flip:number[]}> = {};
const rescue: Record<string, {n:number, ok:number[]}> = {};
for (const s of srcs) {
  const paras = udhrParagraphs(s.code);
  for (const b of BUCKETS) for (const p of cutPieces(paras, b, s.lang, 300)) {
    const a = analyzeParagraph(p);
    if (!a.ranked) continue;
    const L = a.sampleLetters!;
    const band = bands.find(([lo, hi]) => L >= lo! && L <= hi!); if (!band) continue;
    const key = band.join('-');
    const top = a.ranked[0]![1]; const en = a.ranked.find(x => x[0] === 'en')?.[1] ?? 0;
    if (s.lang !== 'en') {
      if (a.lang !== s.lang && a.lang !== 'und') continue; // only count pieces we'd otherwise get right or und
      const r = (res[key] ??= { n: 0, flip: bonuses.map(() => 0) }); r.n++;
      bonuses.forEach((bo, i) => { if (en + bo >= top && a.lang !== 'en') r.flip[i]!++; });
    } else if (a.lang !== 'en') {
      const r = (rescue[key] ??= { n: 0, ok: bonuses.map(() => 0) }); r.n++;
      bonuses.forEach((bo, i) => { if (en + bo >= top) r.ok[i]!++; });
    }
  }
}
console.log('bonuses', bonuses.join(' '));
for (const [k, r] of Object.entries(res)) console.log('non-en flipped to en', k, 'n', r.n, r.flip.map(f => (100*f/r.n).toFixed(1)).join(' '));
for (const [k, r] of Object.entries(rescue)) console.log('en rescued', k, 'n', r.n, r.ok.join(' '));
