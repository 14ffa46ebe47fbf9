/**
 * Parser: a university written short with 대 ("성균관대 약학과 OOO 교수", "미국 존스홉킨스대 의대
 * OOO 교수"). Words ending in 대 are mostly common nouns (세대, 시대, 확대), so the next word must
 * be one of the university's departments, schools or research teams, or a faculty title. A
 * country word before it stays in the name ("미국 존스홉킨스대").
 */
import type { Token } from '../../../persons/ko/korean/hangul.js';
import { isSpaceGap } from '../../../persons/ko/korean/hangul.js';
import { particleSplits } from '../../../persons/ko/korean/particles.js';
import { NOT_NAMES } from '../../../persons/ko/data/stopwords.js';
import { NOT_UNIVERSITIES, NOT_UNIVERSITY_RE, UNIVERSITY_FOLLOWERS_RE } from '../data/cues.js';
import { recognizeOrgWord } from '../recognize.js';
import { isPlaceWord } from './orgWords.js';
import type { OrgCandidate } from '../types.js';

/** Three syllables at least: two-syllable words in 대 are common nouns (확대, 세대). */
const SHORT_UNIVERSITY_RE = /^[가-힣]{2,8}대$/;

export function parseShortUniversities(tokens: readonly Token[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (!SHORT_UNIVERSITY_RE.test(t.text) || NOT_UNIVERSITIES.has(t.text) || NOT_UNIVERSITY_RE.test(t.text) || NOT_NAMES.has(t.text)) continue;
    if (recognizeOrgWord(t.text) || !isSpaceGap(next.gap)) continue;
    if (!particleSplits(next.text).some((s) => UNIVERSITY_FOLLOWERS_RE.test(s.stem))) continue;
    const prev = tokens[i - 1];
    if (prev && isSpaceGap(t.gap) && isPlaceWord(prev.text)) {
      out.push({ name: `${prev.text} ${t.text}`, start: prev.start, end: t.end });
    } else {
      out.push({ name: t.text, start: t.start, end: t.end });
    }
  }
  return out;
}
