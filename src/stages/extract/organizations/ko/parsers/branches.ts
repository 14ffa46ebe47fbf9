/**
 * Parsers for two-word names whose first word no word rule knows:
 * - a branch or office named with the body's short form from the same document: "한국전력공사
 *   (한전) … 한전 대전세종충남본부는" (the short form stands for the body, so the pair is one
 *   name, like "농협중앙회 전북본부");
 * - a firm named with its legal form written first: "법무법인 세광", "회계법인 한길".
 */
import type { Token } from '../../../persons/ko/korean/hangul.js';
import { isSpaceGap } from '../../../persons/ko/korean/hangul.js';
import { particleSplits } from '../../../persons/ko/korean/particles.js';
import { NOT_NAMES } from '../../../persons/ko/data/stopwords.js';
import { isTitleWord } from '../../../persons/ko/titles.js';
import { FIRM_FORM_WORDS } from '../data/cues.js';
import { bodyUnitInToken } from './orgWords.js';
import type { OrgCandidate } from '../types.js';

const FIRM_NAME_RE = /^[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,14}$/;

export function parseBranches(tokens: readonly Token[], shortForms: ReadonlySet<string>): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (!isSpaceGap(next.gap)) continue;
    if (shortForms.has(t.text)) {
      const unit = bodyUnitInToken(next.text);
      if (unit && unit.org?.kind !== 'lexicon') {
        const name = `${t.text} ${unit.name}`;
        out.push({ name, start: t.start, end: next.start + unit.name.length });
      }
      continue;
    }
    if (FIRM_FORM_WORDS.has(t.text)) {
      const stem = particleSplits(next.text).find((s) => FIRM_NAME_RE.test(s.stem) && !NOT_NAMES.has(s.stem) && !isTitleWord(s.stem))?.stem;
      if (stem) out.push({ name: `${t.text} ${stem}`, start: t.start, end: next.start + stem.length });
    }
  }
  return out;
}
