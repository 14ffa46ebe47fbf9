import { francAll } from 'franc';
import { BUCKETS, CONFUSERS, TARGETS, cutPieces, udhrParagraphs } from '../src/eval/language/corpus.js';
import { FRANC_CANDIDATES } from '../src/stages/language/data.js';
import { rankCandidates } from '../src/stages/language/trigrams.js';
let n = 0, bad = 0;
for (const [script, codes] of [['Latin', FRANC_CANDIDATES.Latin!], ['Cyrillic', FRANC_CANDIDATES.Cyrillic!], ['Arabic', FRANC_CANDIDATES.Arabic!], ['Devanagari', FRANC_CANDIDATES.Devanagari!]] as const) {
  const scriptOfLang = (l: string) => l==='ru'?'Cyrillic':l==='ar'?'Arabic':l==='hi'?'Devanagari':['ko','th','ja','zh'].includes(l)?'none':'Latin';
  for (const src of [...TARGETS, ...CONFUSERS].filter(s => scriptOfLang(s.lang) === script)) {
    const paras = udhrParagraphs(src.code);
    for (const b of BUCKETS) for (const p of cutPieces(paras, b, src.lang, 100)) {
      const a = francAll(p, { only: [...codes], minLength: 1 });
      // only compare when franc's top script is this one
      if (a.length === 1) continue;
      const fast = rankCandidates(p, script, codes);
      n++;
      if (JSON.stringify(a) !== JSON.stringify(fast)) { bad++; if (bad < 5) console.log(script, src.lang, JSON.stringify(p), JSON.stringify(a.slice(0,3)), JSON.stringify(fast.slice(0,3))); }
    }
  }
}
console.log('compared', n, 'mismatches', bad);
let t0 = performance.now(); const s = udhrParagraphs('eng').join(' ').slice(0, 240);
for (let i = 0; i < 5000; i++) rankCandidates(s, 'Latin', FRANC_CANDIDATES.Latin!);
console.log('fast us', (performance.now() - t0) / 5000 * 1000);
t0 = performance.now();
for (let i = 0; i < 2000; i++) francAll(s, { only: [...FRANC_CANDIDATES.Latin!] });
console.log('franc us', (performance.now() - t0) / 2000 * 1000);
