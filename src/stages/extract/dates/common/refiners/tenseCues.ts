/**
 * Tense cues: a date whose year (or month) is left out resolves to the occurrence nearest the anchor,
 * but a reader also hears the tense — "fell in January" in an August article is the past January,
 * "slated for November 26" in a September one the coming November. This refiner marks each such
 * date with the lean of its sentence (future cues win over past ones, since a future statement is
 * usually reported with a past verb: "…will open in March, the ministry said"); the resolver then
 * weighs the other side's distance double. No cue: plain nearest.
 */
import { alternation } from '../pattern.js';
import type { Candidate, RefineContext } from '../types.js';
import { FUTURE_CUES as EN_FUTURE, PAST_CUES as EN_PAST } from '../../en/data.js';
import { FUTURE_CUES as KO_FUTURE, PAST_CUES as KO_PAST } from '../../ko/data.js';
import { FUTURE_CUES as TH_FUTURE, PAST_CUES as TH_PAST } from '../../th/data.js';

const FUTURE = new RegExp(
  `(?<![A-Za-z])${alternation(EN_FUTURE)}(?![A-Za-z])|${alternation(KO_FUTURE)}|${alternation(TH_FUTURE)}`,
  'i',
);
const PAST = new RegExp(
  `(?<![A-Za-z])(?:${alternation(EN_PAST).slice(3, -1)}|[a-z]{2,}ed)(?![A-Za-z])|${alternation(KO_PAST)}|${alternation(TH_PAST)}`,
  'i',
);
/**
 * Sentence ends (not the dots inside "Dec." or "2024. 12. 3."), and English clause joints (a
 * semicolon; a comma before and / but / while / which / who), which let each clause keep its own tense:
 * "… granted licences in January, and the deputy governor said the bank would not …" is still the past
 * January, as is "… will be supplied by X, which was selected in January".
 */
const BREAK = /[.!?。](?=[ \t\u00a0\n]+[A-Z가-힣\u0e01-\u0e4f"“]|\n|$)|\n|;|,(?=[ \t\u00a0]+(?:and|but|while|whereas|which|who)[ \t\u00a0])/g;

/** How far around a date its sentence is read (UTF-16 units each side). */
const WINDOW = 160;

const needsLean = (c: Candidate): boolean =>
  c.kind === 'date' &&
  c.direction === undefined &&
  c.yearOffset === undefined &&
  c.monthOffset === undefined &&
  c.dayContext !== 'anchor' &&
  (c.parts.year === undefined || c.parts.month === undefined);

export function tenseCues(candidates: Candidate[], ctx: RefineContext): Candidate[] {
  for (const c of candidates) {
    if (!needsLean(c)) continue;
    const from = Math.max(0, c.start - WINDOW);
    const before = ctx.src.slice(from, c.start);
    const after = ctx.src.slice(c.end, c.end + WINDOW);
    // Cut the window at the sentence boundaries on either side.
    let startCut = 0;
    BREAK.lastIndex = 0;
    for (let m = BREAK.exec(before); m; m = BREAK.exec(before)) startCut = m.index + 1;
    BREAK.lastIndex = 0;
    const endMatch = BREAK.exec(after);
    const sentence = `${before.slice(startCut)} ${after.slice(0, endMatch ? endMatch.index : after.length)}`;
    if (FUTURE.test(sentence)) c.lean = 'future';
    else if (PAST.test(sentence)) c.lean = 'past';
  }
  return candidates;
}
