import { detectLanguage, splitParagraphs, analyzeParagraph } from '../src/stages/language/index.js';
import { countScripts } from '../src/stages/language/scripts.js';
const one = 'word '.repeat(50000);
for (const [name, f] of [['split', () => splitParagraphs(one)], ['count', () => countScripts(one)], ['analyze', () => analyzeParagraph(one)], ['detect', () => detectLanguage(one)]] as const) {
  f(); const t = performance.now(); for (let i = 0; i < 3; i++) f(); console.log(name, ((performance.now() - t) / 3).toFixed(2), 'ms');
}
const para = 'Paragraph 1: the ministry said on Monday that it would expand cooperation with partner countries in the region.';
for (let i = 0; i < 1000; i++) analyzeParagraph(para);
let t = performance.now(); for (let i = 0; i < 5000; i++) analyzeParagraph(para); console.log('para us', ((performance.now() - t) / 5000 * 1000).toFixed(1));
t = performance.now(); for (let i = 0; i < 5000; i++) countScripts(para); console.log('count us', ((performance.now() - t) / 5000 * 1000).toFixed(1));
