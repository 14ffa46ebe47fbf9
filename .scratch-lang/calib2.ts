import { francAll } from 'franc';
import { BUCKETS, cutPieces, udhrParagraphs } from '../src/eval/language/corpus.js';
import { FRANC_CANDIDATES } from '../src/stages/language/data.js';
const only = [...FRANC_CANDIDATES.Latin!];
const paras = udhrParagraphs('eng');
for (const b of BUCKETS.slice(0,3)) {
  for (const p of cutPieces(paras, b, 'en', 300)) {
    const r = francAll(p, { only, minLength: 1 });
    if (r[0]![0] !== 'eng') console.log(b.name, JSON.stringify(p), r.slice(0,3).map(x=>x[0]+':'+x[1].toFixed(3)).join(' '), 'eng@', r.findIndex(x=>x[0]==='eng'), r.find(x=>x[0]==='eng')?.[1].toFixed(3));
  }
}
