import { readFileSync } from 'node:fs';
import { detectLanguage } from '../src/stages/language/index.js';
for (const f of ['seed-00','seed-01','seed-02','seed-03','seed-04']) {
  const raw = readFileSync(`/work/shared/seeds/${f}.txt`, 'utf8');
  const text = raw.split(/\n\s*\n/).map(s => s.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
  const r = detectLanguage(text);
  console.log(f, r.primary, r.confidence, JSON.stringify(r.distribution));
  for (const s of r.segments) console.log('   ', s.lang, JSON.stringify(text.slice(s.start, Math.min(s.end, s.start + 70))));
}
