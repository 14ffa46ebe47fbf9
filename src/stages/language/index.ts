/**
 * Language stage: body text → primary language, confidence, share of letters per language and one
 * segment per paragraph.
 *
 * Per paragraph (paragraphs are separated by "\n\n"):
 * 1. Count letters per Unicode script, weighted so scripts compare fairly (scripts.ts, data.ts), inside
 *    and outside quotation marks. The unquoted frame decides when it has enough letters, so a Korean
 *    sentence quoting English stays Korean and an English sentence quoting Korean stays English.
 * 2. The dominant script group (Han + kana + Hangul form one CJK group) must hold MIN_DOMINANT_SHARE of
 *    the letters, or the paragraph is too mixed to call (und).
 * 3. Scripts of one language decide outright (Hangul → ko, Thai → th, kana → ja, Han alone → zh, …);
 *    Latin, Cyrillic, Arabic and Devanagari go to franc (franc.ts). Too few letters → und.
 *
 * Per document:
 * - context decides what a paragraph alone cannot (applyDocumentContext): Han-only paragraphs of a
 *   Japanese document are Japanese; a short Latin line franc calls weakly takes the document's main
 *   Latin-script language when franc ranks it close to its best.
 * - distribution: letters by the language they are written in. A paragraph's letters count for its
 *   language, except letters of another script that identifies its own language (a Korean name in an
 *   English sentence counts as Korean) and a Latin quote of MIN_MINORITY_FRANC_LETTERS or more inside
 *   a Korean or Thai sentence that franc is sure of (it counts as, say, English).
 * - primary: the language with the most letters when every letter counts for its paragraph's language
 *   (so a quote never outweighs the sentence around it); und never wins while any language is known.
 *   confidence combines the primary's share, its margin over the runner-up and franc's certainty.
 * - segments: one per paragraph, adjacent same-language paragraphs merged (letterless paragraphs
 *   between two of the same language join them).
 */
import type { LanguageInfo } from '../../schema/record.js';
import { CJK, SCRIPT_LANGUAGE, SCRIPTS, THRESHOLDS } from './data.js';
import { francDecide, isFrancScript, UND, type Decision } from './franc.js';
import { countScripts, SCRIPT_COUNT, SCRIPT_ID } from './scripts.js';

export type { Decision } from './franc.js';
export { countScripts, scriptOf, SCRIPT_ID, NO_SCRIPT } from './scripts.js';

const HAN = SCRIPT_ID.Han;
const KANA = SCRIPT_ID.Kana;
const HANGUL = SCRIPT_ID.Hangul;

/** Script → group: Hangul and kana join Han's group (CJK); every other script is its own group. */
const GROUP = Int32Array.from(SCRIPTS, (_, id) => (id === HANGUL || id === KANA ? HAN : id));
/** Script → language for the scripts that decide outright (null for the others). */
const DIRECT: ReadonlyArray<string | null> = SCRIPTS.map((s) => SCRIPT_LANGUAGE[s] ?? null);

export interface ParagraphAnalysis {
  /** UTF-16 offsets of the paragraph in the text (surrounding whitespace excluded). */
  start: number;
  end: number;
  lang: string;
  certainty: number;
  /** Weighted letters per language they are written in (a Korean name in English text is Korean). */
  letters: Map<string, number>;
  /** All weighted letters of the paragraph. */
  total: number;
  /** The paragraph's call rests on Han characters alone (zh, or ja in a Japanese document). */
  hanOnly: boolean;
  /** No letters at all (numbers, punctuation): carries no language. */
  letterless: boolean;
  /** Dominant script (SCRIPTS entry; "Han" for the CJK group). */
  script: string;
  /** franc's ranking when franc was asked (record codes, best first). */
  ranked?: ReadonlyArray<readonly [string, number]>;
  sampleLetters?: number;
  /** Vietnamese-only letters in the paragraph. */
  vietnamese: number;
}

/** Language of a CJK letter mix, or null when there is none. */
function resolveCjk(all: Float64Array): { lang: string; hanOnly: boolean } | null {
  const hangul = all[HANGUL]!;
  const kana = all[KANA]!;
  const cjk = hangul + kana + all[HAN]!;
  if (cjk === 0) return null;
  if (hangul >= kana && hangul >= CJK.KO_HANGUL_SHARE * cjk) return { lang: 'ko', hanOnly: false };
  if (kana >= CJK.JA_KANA_SHARE * cjk) return { lang: 'ja', hanOnly: false };
  if (hangul >= CJK.KO_HANGUL_SHARE * cjk) return { lang: 'ko', hanOnly: false };
  return { lang: 'zh', hanOnly: true };
}

/** Paragraph spans: `text` split on "\n\n", each trimmed of surrounding whitespace; empty ones dropped. */
export function splitParagraphs(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let from = 0;
  while (from <= text.length) {
    const at = text.indexOf('\n\n', from);
    const to = at === -1 ? text.length : at;
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
    if (at === -1) break;
    from = at + 2;
  }
  return spans;
}

/** Language of `text.slice(start, end)` taken as one paragraph. */
export function analyzeParagraph(text: string, start = 0, end = text.length): ParagraphAnalysis {
  const counts = countScripts(text, start, end);
  const letters = new Map<string, number>();
  if (counts.total === 0) {
    return { start, end, lang: 'und', certainty: 0, letters, total: 0, hanOnly: false, letterless: true, script: 'Other', vietnamese: 0 };
  }

  const useFrame = counts.frameTotal >= THRESHOLDS.MIN_FRAME_LETTERS;
  const basis = useFrame ? counts.frame : counts.all;
  const basisTotal = useFrame ? counts.frameTotal : counts.total;
  const groupBasis = new Float64Array(SCRIPT_COUNT);
  const groupAll = new Float64Array(SCRIPT_COUNT);
  for (let id = 0; id < SCRIPT_COUNT; id++) {
    groupBasis[GROUP[id]!]! += basis[id]!;
    groupAll[GROUP[id]!]! += counts.all[id]!;
  }
  let dominant = 0;
  for (let g = 1; g < SCRIPT_COUNT; g++) if (groupBasis[g]! > groupBasis[dominant]!) dominant = g;

  const cjk = resolveCjk(counts.all);
  let decision: Decision = UND;
  let hanOnly = false;
  if (groupBasis[dominant]! >= THRESHOLDS.MIN_DOMINANT_SHARE * basisTotal) {
    if (dominant === HAN) {
      if (cjk && groupAll[HAN]! >= THRESHOLDS.MIN_DIRECT_LETTERS) {
        decision = { lang: cjk.lang, certainty: 1 };
        hanOnly = cjk.hanOnly;
      }
    } else if (DIRECT[dominant]) {
      if (counts.all[dominant]! >= THRESHOLDS.MIN_DIRECT_LETTERS) decision = { lang: DIRECT[dominant]!, certainty: 1 };
    } else if (isFrancScript(dominant)) {
      decision = francDecide(text, start, end, dominant, counts);
    }
  }

  const add = (lang: string, n: number): void => {
    letters.set(lang, (letters.get(lang) ?? 0) + n);
  };
  for (let g = 0; g < SCRIPT_COUNT; g++) {
    const n = groupAll[g]!;
    if (n === 0) continue;
    if (g !== dominant && n >= THRESHOLDS.MIN_DIRECT_LETTERS) {
      // Letters of a script that names its language count for that language wherever they stand.
      const own = g === HAN ? cjk?.lang : DIRECT[g];
      if (own) {
        add(own, n);
        continue;
      }
      // A long stretch of Latin (Cyrillic, …) inside another script's paragraph: a quote, not names.
      if (n >= THRESHOLDS.MIN_MINORITY_FRANC_LETTERS && isFrancScript(g)) {
        const quoted = francDecide(text, start, end, g, counts);
        if (quoted.lang !== 'und') {
          add(quoted.lang, n);
          continue;
        }
      }
    }
    add(decision.lang, n);
  }
  const analysis: ParagraphAnalysis = {
    start,
    end,
    lang: decision.lang,
    certainty: decision.certainty,
    letters,
    total: counts.total,
    hanOnly,
    letterless: false,
    script: SCRIPTS[dominant]!,
    vietnamese: counts.vietnamese,
  };
  if (decision.ranked) {
    analysis.ranked = decision.ranked;
    analysis.sampleLetters = decision.sampleLetters ?? 0;
  }
  return analysis;
}

function renameLetters(p: ParagraphAnalysis, from: string, to: string): void {
  const n = p.letters.get(from);
  if (n === undefined) return;
  p.letters.delete(from);
  p.letters.set(to, (p.letters.get(to) ?? 0) + n);
}

function lookup(table: ReadonlyArray<readonly [number, number]>, letters: number): number {
  for (const [upTo, value] of table) if (letters <= upTo) return value;
  return 0;
}

/**
 * Second pass over the paragraphs of one document: context decides what a paragraph alone cannot.
 * - Han-only paragraphs in a document with Japanese paragraphs are Japanese (kanji headings, names).
 * - Latin paragraphs franc called weakly take the document's main Latin-script language when franc
 *   ranks it close enough to its best (THRESHOLDS.PRIOR_BONUS); short ones it gives another language
 *   become und (THRESHOLDS.PRIOR_VETO_LETTERS).
 */
function applyDocumentContext(paragraphs: ParagraphAnalysis[]): void {
  if (paragraphs.some((p) => p.lang === 'ja')) {
    for (const p of paragraphs) {
      if (!p.hanOnly || p.lang !== 'zh') continue;
      p.lang = 'ja';
      renameLetters(p, 'zh', 'ja');
    }
  }

  const votes = new Map<string, number>();
  for (const p of paragraphs) {
    if (p.script !== 'Latin' || p.lang === 'und' || p.certainty < THRESHOLDS.PRIOR_MIN_CERTAINTY) continue;
    votes.set(p.lang, (votes.get(p.lang) ?? 0) + (p.letters.get(p.lang) ?? 0));
  }
  let prior: string | null = null;
  let best = 0;
  let sum = 0;
  for (const [lang, n] of [...votes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    sum += n;
    if (n > best) [prior, best] = [lang, n];
  }
  if (!prior || best * 2 <= sum) return;
  for (const p of paragraphs) {
    if (p.script !== 'Latin' || p.lang === prior || !p.ranked) continue;
    const letters = p.sampleLetters ?? 0;
    const top = p.ranked[0]?.[1] ?? 1;
    const score = p.ranked.find(([lang]) => lang === prior)?.[1];
    // Vietnamese is written with its diacritics: a line without any is not Vietnamese by context.
    const plausible = prior !== 'vi' || p.vietnamese > 0;
    if (plausible && score !== undefined && score + lookup(THRESHOLDS.PRIOR_BONUS, letters) >= top) {
      renameLetters(p, p.lang, prior);
      p.lang = prior;
      p.certainty = Math.min(p.certainty, 0.5);
    } else if (p.lang !== 'und' && letters <= THRESHOLDS.PRIOR_VETO_LETTERS) {
      renameLetters(p, p.lang, 'und');
      p.lang = 'und';
      p.certainty = 0;
    }
  }
}

const round = (x: number): number => {
  const f = 10 ** THRESHOLDS.DECIMALS;
  return Math.round(x * f) / f;
};

/** Adjacent paragraphs of one language become one segment; letterless paragraphs between them join it. */
function segmentsOf(paragraphs: ParagraphAnalysis[]): LanguageInfo['segments'] {
  const segments: LanguageInfo['segments'] = [];
  let pending: ParagraphAnalysis[] = [];
  const push = (start: number, end: number, lang: string): void => {
    const last = segments[segments.length - 1];
    if (last && last.lang === lang) last.end = end;
    else segments.push({ start, end, lang });
  };
  for (const p of paragraphs) {
    if (p.letterless) {
      pending.push(p);
      continue;
    }
    const last = segments[segments.length - 1];
    if (pending.length > 0 && !(last && last.lang === p.lang)) {
      for (const q of pending) push(q.start, q.end, 'und');
    }
    pending = [];
    push(p.start, p.end, p.lang);
  }
  for (const q of pending) push(q.start, q.end, 'und');
  return segments;
}

/** The language stage. Deterministic: the same text always gives the same (deep-equal) result. */
export function detectLanguage(text: string): LanguageInfo {
  const paragraphs = splitParagraphs(text).map((s) => analyzeParagraph(text, s.start, s.end));
  if (paragraphs.length === 0) return { primary: 'und', confidence: 0, distribution: {}, segments: [] };

  applyDocumentContext(paragraphs);

  // distribution: letters by the language they are written in (quotes and names included).
  const written = new Map<string, number>();
  // primary: letters by their paragraph's language, so quotes and names do not pull the document
  // either; an und paragraph's letters count as written (its Hangul is still Korean).
  const body = new Map<string, number>();
  let total = 0;
  const add = (map: Map<string, number>, lang: string, n: number): void => {
    map.set(lang, (map.get(lang) ?? 0) + n);
  };
  for (const p of paragraphs) {
    for (const [lang, n] of p.letters) {
      add(written, lang, n);
      add(body, p.lang === 'und' ? lang : p.lang, n);
      total += n;
    }
  }
  const byShare = (a: [string, number], b: [string, number]): number =>
    b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const distribution: Record<string, number> = {};
  for (const [lang, n] of [...written].sort(byShare)) {
    const share = round(n / total);
    if (share > 0) distribution[lang] = share;
  }
  const segments = segmentsOf(paragraphs);
  const ranked = [...body].sort(byShare);
  const top = ranked.find(([lang]) => lang !== 'und');
  if (!top || total === 0) return { primary: 'und', confidence: 0, distribution, segments };

  const [primary, primaryLetters] = top;
  // franc's certainty for the primary language, weighted by the letters each paragraph gives it
  // (outright scripts are certain).
  let sure = 0;
  for (const p of paragraphs) {
    if (p.lang === primary) sure += p.total * p.certainty;
    else if (p.lang === 'und') sure += p.letters.get(primary) ?? 0;
  }
  const certainty = sure / primaryLetters;
  const share1 = primaryLetters / total;
  // Runner-up: the larger of the next paragraph language and the next written language, so a Korean
  // paragraph that is mostly an English quote is Korean but not with full confidence.
  const runnerUp = Math.max(
    ranked.find(([lang]) => lang !== primary)?.[1] ?? 0,
    [...written].filter(([lang]) => lang !== primary).sort(byShare)[0]?.[1] ?? 0,
  );
  const share2 = runnerUp / total;
  // Both the primary's share and its margin over the runner-up (und included) count: a page that is
  // 96% English scores ~0.94 × franc's certainty, a 55/45 bilingual page ~0.33 ×.
  const confidence = round(Math.min(1, Math.max(0, (certainty * (share1 + (share1 - share2))) / 2)));
  return { primary, confidence, distribution, segments };
}
