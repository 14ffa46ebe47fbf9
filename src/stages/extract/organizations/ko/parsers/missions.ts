/**
 * Parser: Korea's missions abroad, written "주 + host + mission word", the host glued to 주 and the
 * mission word apart, with or without the sending state between: "주태국 대한민국 대사관",
 * "주라오스 대사관", "주호치민 총영사관", "주아세안 대표부". (Glued in one word, "주태국대사관" is
 * read by the suffix rules.)
 */
import type { Token } from '../../../persons/ko/korean/hangul.js';
import { isSpaceGap } from '../../../persons/ko/korean/hangul.js';
import { particleSplits } from '../../../persons/ko/korean/particles.js';
import { COUNTRIES } from '../../../persons/ko/korean/places.js';
import { GAZETTEER_BY_ACRONYM, GAZETTEER_BY_KOREAN } from '../../common/gazetteer.js';
import type { OrgCandidate } from '../types.js';

/** Mission words that need a country or international body as host ("주태국 대사관", "주유엔 대표부"). */
const STATE_MISSIONS: ReadonlySet<string> = new Set(['대사관', '대표부']);
/** Consulates sit in cities, which no table lists: any host name will do ("주호치민 총영사관"). */
const CITY_MISSIONS: ReadonlySet<string> = new Set(['총영사관', '영사관']);
/** The sending state written between host and mission word. */
const SENDING_STATES: ReadonlySet<string> = new Set(['대한민국', '한국']);
/** "주" glued to a host of two to eight letters ("주태국", "주OECD"); "주로", "주요" are too short or no host. */
const HOST_RE = /^주([가-힣]{2,8}|[A-Z]{2,8})$/;

function isStateHost(host: string): boolean {
  return COUNTRIES.has(host) || GAZETTEER_BY_KOREAN.has(host) || GAZETTEER_BY_ACRONYM.has(host);
}

/** The mission word a token holds, particles stripped ("대사관이" → 대사관), or null. */
function missionWord(word: string, host: string): string | null {
  for (const split of particleSplits(word)) {
    if (STATE_MISSIONS.has(split.stem) && isStateHost(host)) return split.stem;
    if (CITY_MISSIONS.has(split.stem)) return split.stem;
  }
  return null;
}

export function parseMissions(tokens: readonly Token[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const t of tokens) {
    const host = HOST_RE.exec(t.text)?.[1];
    if (!host) continue;
    let k = t.index + 1;
    if (tokens[k] && isSpaceGap(tokens[k]!.gap) && SENDING_STATES.has(tokens[k]!.text)) k++;
    const last = tokens[k];
    if (!last || !isSpaceGap(last.gap)) continue;
    const mission = missionWord(last.text, host);
    if (!mission) continue;
    const name = [...tokens.slice(t.index, k).map((x) => x.text), mission].join(' ');
    out.push({ name, start: t.start, end: last.start + mission.length });
  }
  return out;
}

