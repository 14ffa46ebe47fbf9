/**
 * Languages of the scripts many languages share (Latin, Cyrillic, Arabic, Devanagari): franc, configured
 * with a candidate list per script, a minimum length, a capped sample and an acceptance gap; for Latin,
 * Vietnamese-only letters decide first. franc's ranking comes from trigrams.ts (franc's algorithm and
 * models, faster; identical results).
 */
import { FRANC_CANDIDATES, FRANC_SIBLINGS, ISO639_3_TO_1, THRESHOLDS, type Script } from './data.js';
import { SCRIPT_ID, SCRIPTS_BY_ID, scriptSample, type ScriptCounts } from './scripts.js';
import { rankCandidates } from './trigrams.js';

export interface Decision {
  /** ISO 639-1 code (639-3 when there is none), or "und". */
  lang: string;
  /** 0–1: how sure the call is (1 for an outright script). */
  certainty: number;
  /** franc's ranking (record codes, best first, scores 0–1) when franc was asked. */
  ranked?: ReadonlyArray<readonly [string, number]>;
  /** Letters franc saw. */
  sampleLetters?: number;
}

export const UND: Decision = Object.freeze({ lang: 'und', certainty: 0 });

/** Maps a franc (ISO 639-3) code to the record's code. */
export function toIso1(code: string): string {
  return ISO639_3_TO_1[code] ?? code;
}

const candidateLists = new Map<number, string[]>(
  Object.entries(FRANC_CANDIDATES).map(([script, list]) => [SCRIPT_ID[script as Script], [...list]]),
);
const LATIN = SCRIPT_ID.Latin;
const siblingGroup = new Map<string, number>();
FRANC_SIBLINGS.forEach((group, i) => group.forEach((code) => siblingGroup.set(code, i)));
const siblings = (a: string, b: string): boolean => a === b || (siblingGroup.has(a) && siblingGroup.get(a) === siblingGroup.get(b));

/** Whether franc decides this script's language. */
export function isFrancScript(script: number): boolean {
  return candidateLists.has(script);
}

function minGap(letters: number): number {
  for (const [upTo, gap] of THRESHOLDS.FRANC_MIN_GAP) if (letters <= upTo) return gap;
  return 0;
}

/**
 * franc's call on the `script` letters of `text.slice(start, end)`, or und when there are too few
 * letters or franc's best candidate does not beat the second by the gap its length requires.
 */
export function francDecide(text: string, start: number, end: number, script: number, counts: ScriptCounts): Decision {
  const only = candidateLists.get(script);
  if (!only) return UND;
  const letters = counts.all[script]!;
  if (script === LATIN) {
    const vi = counts.vietnamese;
    if (vi >= THRESHOLDS.VI_MIN_LETTERS && vi >= THRESHOLDS.VI_MIN_SHARE * letters) return { lang: 'vi', certainty: 1 };
  }
  if (letters < THRESHOLDS.MIN_FRANC_LETTERS) return UND;
  const sample =
    counts.all[script] === counts.total && end - start <= THRESHOLDS.FRANC_SAMPLE_CHARS
      ? text.slice(start, end)
      : scriptSample(text, start, end, script, THRESHOLDS.FRANC_SAMPLE_CHARS);
  const ranked = rankCandidates(sample, SCRIPTS_BY_ID[script]!, only);
  const best = ranked[0];
  if (!best || best[0] === 'und') return UND;
  // The gap that decides is the one to the best candidate outside the winner's sibling group
  // (Indonesian/Malay, Danish/Norwegian, …): franc separates the group from the rest far more
  // reliably than the siblings from each other, and a sibling's call beats und.
  const rival = ranked.find(([code]) => !siblings(code, best[0]));
  const gap = rival ? 1 - rival[1] : 1;
  const siblingGap = ranked.length > 1 ? 1 - ranked[1]![1] : 1;
  const sampleLetters = Math.min(letters, sample.length);
  const mapped = ranked.slice(0, THRESHOLDS.FRANC_KEEP_RANKED).map(([code, score]) => [toIso1(code), score] as const);
  const needed = minGap(sampleLetters);
  if (gap < needed) return { lang: 'und', certainty: 0, ranked: mapped, sampleLetters };
  let certainty =
    Math.min(1, gap / THRESHOLDS.FRANC_FULL_GAP) * Math.min(1, 0.5 + sampleLetters / (2 * THRESHOLDS.FRANC_FULL_LETTERS));
  let winner = best[0];
  if (siblingGap < needed) {
    // Siblings too close to call on the sample: when the paragraph has more text, let franc decide
    // between the siblings alone on a longer sample (cheap: two or three models).
    let settled = false;
    if (end - start > sample.length + 20) {
      const longer = scriptSample(text, start, end, script, THRESHOLDS.FRANC_SIBLING_SAMPLE_CHARS);
      const group = only.filter((code) => siblings(code, best[0]));
      const rerank = rankCandidates(longer, SCRIPTS_BY_ID[script]!, group);
      if (rerank.length > 1 && 1 - rerank[1]![1] >= minGap(Math.min(letters, longer.length))) {
        winner = rerank[0]![0];
        settled = true;
      }
    }
    if (!settled) certainty /= 2;
  }
  return { lang: toIso1(winner), certainty, ranked: mapped, sampleLetters };
}
