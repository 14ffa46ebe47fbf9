/**
 * Parser: an honorific glued to the name, "홍길동씨는", "김하린님". Only typical three-syllable
 * names with a common surname: "아저씨", "솜씨", "날씨" are words, not people.
 */
import type { Token } from '../korean/hangul.js';
import { particleSplits } from '../korean/particles.js';
import { GLUING_HONORIFICS } from '../data/titles.js';
import { isTypicalName, personName } from '../name.js';
import type { PersonCandidate } from '../types.js';

export function parseGluedHonorific(tokens: readonly Token[]): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  for (const t of tokens) {
    for (const split of particleSplits(t.text)) {
      const honorific = GLUING_HONORIFICS.find((h) => split.stem.endsWith(h));
      if (!honorific) continue;
      const name = personName(split.stem.slice(0, -honorific.length));
      if (!name || name.rare || !isTypicalName(name)) continue;
      out.push({ name: name.name, start: t.start, end: t.start + name.name.length, titles: [honorific], surname: name.surname });
      break;
    }
  }
  return out;
}
