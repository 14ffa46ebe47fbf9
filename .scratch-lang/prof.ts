import { loadFixtureDocs } from '../src/eval/language/corpus.js';
import { detectLanguage } from '../src/stages/language/index.js';
const docs = loadFixtureDocs('/work/main/fixtures').filter(d => d.language === 'en');
const t0 = performance.now(); let n = 0;
while (performance.now() - t0 < 3000) { for (const d of docs) detectLanguage(d.text); n++; }
console.log((performance.now() - t0) / n / docs.length);
