import { BUCKETS, cutPieces, udhrParagraphs } from '../src/eval/language/corpus.js';
import { analyzeParagraph } from '../src/stages/language/index.js';
const paras = udhrParagraphs('eng');
for (const p of cutPieces(paras, BUCKETS[1]!, 'en', 300)) {
  const a = analyzeParagraph(p);
  if (a.lang !== 'en') console.log(a.lang, JSON.stringify(p), a.sampleLetters, a.ranked?.slice(0,3).map(x=>x[0]+':'+x[1].toFixed(3)).join(' '));
}
