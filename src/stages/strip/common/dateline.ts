/**
 * The dateline shown near the headline: between the headline and the body, or at the top of the body
 * (and, when labelled, just after it). Never further away, so sidebar and related-list dates are not read.
 */
import { type DateTime, findDates, labelBefore } from './dates.js';
import { fieldLabelKind, isPosterLine } from './lines.js';

export interface Para {
  text: string;
  /** Latin-equivalent length. */
  length: number;
  linkLength: number;
}

export interface Visible {
  dt: DateTime;
  /** Strength of the evidence: 3 publication label, 2 generic date label, 1 a date line of its own, 0.5 "updated". */
  weight: number;
  /** weight minus a small distance penalty (ranking only). */
  score: number;
  index: number;
}

export const DATELINE = {
  /** Paragraphs before the headline (kicker, section label, a date above the title). */
  before: 3,
  /** Paragraphs after the headline (deck, byline, date, share bar, captions). */
  afterTitle: 12,
  /** Paragraphs into the body (a date line at the top of the article text). */
  intoBody: 2,
  /** A date without a label counts only on a line this short (a dateline, not a sentence). */
  maxUnlabelledLine: 80,
  /** A labelled date counts only on a line this short: "วันที่" / "date" / "등록" also occur in sentences. */
  maxLabelledLine: 140,
  /** Labelled datelines at the end of the body ("Posted on …") within this many paragraphs. */
  endZone: 3,
  /** An info table set over the headline ("보도일시 | …", "등록일 | 2025.03.12"): read this many paragraphs further
   * up, for dates under a publication label only. */
  labelledAbove: 10,
  /** Forums and blogs sign a post under it ("สมาชิกหมายเลข 6612048" / "1 มิถุนายน 2568 เวลา 08:14 น."), after its tags,
   * source and reaction rows: the first poster line within this many paragraphs past the body dates the post. */
  signature: 12,
};

/** A field label alone in its table cell or on its line ("วันที่ลงประกาศ :", "등록일 :", "Date:"): the value is in
 * the next block. */
const FIELD_LABEL_ONLY = /^[^\d:：]{1,30}[:：]$/;

export function visibleDate(paras: readonly Para[], titleIndex: number | null, bodyFirst: number | null, bodyLast: number | null): Visible | null {
  const anchor = titleIndex ?? bodyFirst;
  if (anchor === null || paras.length === 0) return null;
  const from = Math.max(0, Math.min(anchor, bodyFirst ?? anchor) - DATELINE.before);
  const to = Math.min(paras.length - 1, Math.max(anchor + DATELINE.afterTitle, (bodyFirst ?? anchor) + DATELINE.intoBody));
  const upto = bodyFirst !== null && bodyFirst > anchor ? Math.min(to, bodyFirst + DATELINE.intoBody) : to;
  let best: Visible | null = null;
  // minScore: the weakest evidence accepted at i (past the body: labelled; above the window: publication labels).
  const consider = (i: number, minScore: number): void => {
    const p = paras[i]!;
    // Datelines are short; a long paragraph (or a 5 MB block) is never read for one.
    if (p.length > DATELINE.maxLabelledLine) return;
    if (p.length > 0 && p.linkLength / p.length > 0.5) return;
    for (const m of findDates(p.text)) {
      const before = p.text.slice(Math.max(0, m.index - 40), m.index);
      const prev = i > 0 ? paras[i - 1]!.text : '';
      // A board's field-label cell ("등록일", "작성일") without a colon labels the value cell after it too.
      const label = labelBefore(!before.trim() && (FIELD_LABEL_ONLY.test(prev) || fieldLabelKind(prev) === 'field') ? prev : before);
      if (label === 'counter') continue;
      const len = p.length;
      // The poster's signature over a date labels it as the posting time.
      const signed = !before.trim() && isPosterLine(prev);
      let score = label === 'published' || signed ? 3 : label === 'other' ? 2 : label === 'updated' ? 0.5 : 0;
      if (score === 0 && len <= DATELINE.maxUnlabelledLine) score = 1;
      if (score < minScore) score = 0;
      if (score === 0) continue;
      const s = score - Math.abs(i - anchor) * 0.001;
      if (!best || s > best.score) best = { dt: m.dt, weight: score, score: s, index: i };
    }
  };
  for (let i = from; i <= upto; i++) consider(i, 0);
  // (`best` is set inside consider: TypeScript does not see it, hence the cast.)
  // Further up, a publication label; a generic "Date:" row (a release's header block over the headline) only when
  // nothing nearer dates the page.
  const aboveMin = best ? 3 : 2;
  if (((best as Visible | null)?.weight ?? 0) < 3) for (let i = Math.max(0, from - DATELINE.labelledAbove); i < from; i++) consider(i, aboveMin);
  if (!best && bodyLast !== null) {
    // Past the body, a label cell ("ภาพประกอบ :", "วันที่ลงประกาศ :") is half of a metadata row: it does not use up the reach.
    let reach = DATELINE.endZone;
    for (let i = Math.max(upto + 1, bodyLast - DATELINE.endZone); i < paras.length && (i <= bodyLast || reach > 0); i++) {
      consider(i, 2);
      if (i > bodyLast && !FIELD_LABEL_ONLY.test(paras[i]!.text)) reach--;
    }
  }
  if (!best && bodyLast !== null) {
    for (let i = bodyLast + 1; i + 1 < paras.length && i <= bodyLast + DATELINE.signature; i++) {
      if (!isPosterLine(paras[i]!.text)) continue;
      consider(i + 1, 3);
      break;
    }
  }
  return best;
}
