/**
 * Parser: a transliterated foreign name before a country word and a title, the way Korean news
 * introduces foreign officials: "쁘라팟 찬타웡 태국 교육부 장관", "솜차이 분나크 태국 내무부
 * 차관보", "트럼프 미국 대통령". Such names start with no Korean surname, so the country word is
 * the cue; the name is the one to three words before it, stopping at anything that is not a bare
 * name word (a word with a particle or a verb ending, a common noun, a title).
 */
import type { Token } from '../korean/hangul.js';
import { isSpaceGap } from '../korean/hangul.js';
import { COUNTRIES, KOREAN_CITIES } from '../korean/places.js';
import { NOT_NAMES } from '../data/stopwords.js';
import { BETWEEN_NAME_AND_TITLE } from '../data/titles.js';
import { isTitleWord, titleInToken } from '../titles.js';
import { orgInToken } from '../../../organizations/ko/parsers/orgWords.js';
import { isLatinAcronym } from '../../../organizations/ko/parsers/brackets.js';
import { latinCompany } from '../../../organizations/ko/parsers/companies.js';
import type { PersonCandidate } from '../types.js';

const MAX_NAME_WORDS = 3;
const MAX_QUALIFIERS = 3;
const NAME_WORD_RE = /^[가-힣]{2,6}$/;
const LATIN_NAME_WORD_RE = /^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?$/;
/**
 * Endings that mark an ordinary word rather than a name: particles and the endings of verbs and
 * adnominal forms ("이끄는", "방한한", "참석했던", "열리며").
 */
const NON_NAME_ENDING_RE = /(?:은|는|을|를|의|에|에서|와|과|로|으로|에게|도|만|한|된|던|할|될|며|고|서|해|게|지|다|음|면|니|요|까|께|들|적|측|간|별|등|및|인)$/;

function isNameWord(word: string): boolean {
  return (
    NAME_WORD_RE.test(word) &&
    !NON_NAME_ENDING_RE.test(word) &&
    !NOT_NAMES.has(word) &&
    !COUNTRIES.has(word) &&
    !KOREAN_CITIES.has(word) &&
    !BETWEEN_NAME_AND_TITLE.has(word) &&
    !isTitleWord(word) &&
    orgInToken(word) === null
  );
}

/** May `word` stand between a foreign name and its title? */
function isQualifier(word: string): boolean {
  return (
    COUNTRIES.has(word) ||
    BETWEEN_NAME_AND_TITLE.has(word) ||
    orgInToken(word)?.particle === '' ||
    isLatinAcronym(word) ||
    latinCompany(word)
  );
}

/**
 * "카밀라 에스피노사(Camila Espinosa) …": the romanized gloss in brackets ending right before
 * token `j`. Returns the index of the gloss's first word, or -1.
 */
function glossBefore(tokens: readonly Token[], j: number): number {
  const at = tokens[j];
  if (!at || !/^\)\s+$/.test(at.gap)) return -1;
  let g = j;
  while (g > 0 && j - g < 4 && LATIN_NAME_WORD_RE.test(tokens[g - 1]!.text) && (g === j || isSpaceGap(tokens[g]!.gap))) g--;
  return g < j && g < j - 1 && tokens[g]!.gap.endsWith('(') ? g : -1;
}

export function parseForeignNames(text: string, tokens: readonly Token[]): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const title = titleInToken(tokens[k]!.text);
    if (!title) continue;
    // Walk left over the qualifiers ("태국 교육부", "UNDP").
    let j = k;
    let country = false;
    while (j > 0 && k - j < MAX_QUALIFIERS && isSpaceGap(tokens[j]!.gap) && isQualifier(tokens[j - 1]!.text)) {
      if (COUNTRIES.has(tokens[j - 1]!.text)) country = true;
      j--;
    }
    // The cue: a country word among the qualifiers, or a romanized gloss of the name.
    const gloss = glossBefore(tokens, j);
    if (gloss < 0 && (!country || j === k)) continue;
    const nameEnd = gloss >= 0 ? gloss : j;
    let n = nameEnd;
    const joined = (m: number): boolean => (m === gloss ? /^\s*\($/.test(tokens[m]!.gap) : isSpaceGap(tokens[m]!.gap));
    while (n > 0 && nameEnd - n < MAX_NAME_WORDS && joined(n) && isNameWord(tokens[n - 1]!.text)) n--;
    if (n === nameEnd) continue;
    // Still a name word before the third one: the extent is unclear, leave it.
    if (n > 0 && isSpaceGap(tokens[n]!.gap) && isNameWord(tokens[n - 1]!.text)) continue;
    const first = tokens[n]!;
    const last = tokens[nameEnd - 1]!;
    const candidate: PersonCandidate = {
      name: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      titles: [title.title],
      foreign: true,
    };
    if (gloss >= 0) candidate.aliases = [text.slice(tokens[gloss]!.start, tokens[j - 1]!.end)];
    out.push(candidate);
  }
  return out;
}
