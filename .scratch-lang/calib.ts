import { francAll } from 'franc';
import { BUCKETS, CONFUSERS, TARGETS, cutPieces, udhrParagraphs } from '../src/eval/language/corpus.js';
import { FRANC_CANDIDATES } from '../src/stages/language/data.js';
import { toIso1 } from '../src/stages/language/franc.js';
const only = [...FRANC_CANDIDATES.Latin!];
const latin = [...TARGETS, ...CONFUSERS].filter(s => !['ko','th','ja','zh','ru','ar','hi'].includes(s.lang));
type R = { lang: string; b: string; len: number; gap: number; ok: boolean; pred: string; enRank: number; enScore: number };
const rows: R[] = [];
for (const src of latin) {
  const paras = udhrParagraphs(src.code);
  for (const b of BUCKETS) {
    for (const p of cutPieces(paras, b, src.lang, 300)) {
      const r = francAll(p, { only, minLength: 1 });
      const pred = toIso1(r[0]![0]);
      const gap = 1 - (r[1]?.[1] ?? 0);
      const ei = r.findIndex(x => x[0] === 'eng');
      rows.push({ lang: src.lang, b: b.name, len: p.length, gap, ok: pred === src.lang, pred, enRank: ei, enScore: r[ei]?.[1] ?? 0 });
    }
  }
}
// by bucket: accuracy overall; and for gap thresholds: accepted accuracy, accept rate; en false positive rate
for (const b of BUCKETS) {
  const rs = rows.filter(r => r.b === b.name);
  console.log(`\n== ${b.name} n=${rs.length} acc=${(rs.filter(r=>r.ok).length/rs.length*100).toFixed(1)} en-acc=${(rs.filter(r=>r.lang==='en'&&r.ok).length/rs.filter(r=>r.lang==='en').length*100).toFixed(1)} enFP=${rs.filter(r=>r.lang!=='en'&&r.pred==='en').length}`);
  for (const t of [0, 0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2]) {
    const acc = rs.filter(r => r.gap >= t);
    const enAcc = acc.filter(r => r.lang === 'en');
    const enAll = rs.filter(r => r.lang === 'en');
    console.log(`gap>=${t}: accept=${(acc.length/rs.length*100).toFixed(1)}% prec=${(acc.filter(r=>r.ok).length/acc.length*100).toFixed(2)}% en-recall=${(enAcc.filter(r=>r.ok).length/enAll.length*100).toFixed(1)}% enFP=${acc.filter(r=>r.lang!=='en'&&r.pred==='en').length} `);
  }
}
// gap distribution quantiles for correct vs wrong by bucket
