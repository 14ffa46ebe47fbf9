/**
 * Refiner: within-document coreference for Korean persons, after the parsers have found names by
 * their cues.
 * - every later occurrence of a found name is a mention ("한도윤 장관은 … 한도윤은");
 * - surname + title ("정 장관", "이 교수") is an alias and mention of the one person found with
 *   that surname and that title ("윤 대통령" is not 윤채원 실장); with two such people it is left
 *   alone, since it could be either;
 * - a word of a foreign name + title ("쁘라팟 장관은") is an alias of that name.
 * Then candidates are grouped into one entity per name, ordered by first mention.
 */
import type { PersonEntity } from '../../../../../schema/record.js';
import { byFirstMention, pushUnique, uniqueSpans } from '../../../common/spans.js';
import type { Token } from '../korean/hangul.js';
import { isSpaceGap } from '../korean/hangul.js';
import { particleSplits } from '../korean/particles.js';
import { TITLES } from '../data/titles.js';
import { titleInToken } from '../titles.js';
import type { PersonCandidate } from '../types.js';

interface Draft {
  name: string;
  surname?: string;
  foreign: boolean;
  aliases: string[];
  titles: string[];
  mentions: { start: number; end: number }[];
}

/**
 * A title and its shorter endings that are titles themselves, longest first: "국가공무원개발청장"
 * → 국가공무원개발청장, 청장. "청장" then finds the person named "… 국가공무원개발청장", and
 * "부총리" the one named "부총리".
 */
function titleEndings(title: string): string[] {
  const out = [title];
  // From the third character on: "부총리" is not a "총리", "부대변인" not a "대변인".
  for (let i = 2; i < title.length - 1; i++) {
    const s = title.slice(i);
    if (TITLES.has(s)) out.push(s);
  }
  return out;
}

export function resolvePersons(text: string, tokens: readonly Token[], candidates: PersonCandidate[]): PersonEntity[] {
  const byName = new Map<string, Draft>();
  for (const c of candidates) {
    let d = byName.get(c.name);
    if (!d) {
      d = { name: c.name, foreign: c.foreign === true, aliases: [], titles: [], mentions: [] };
      byName.set(c.name, d);
    }
    if (c.surname) {
      d.surname = c.surname;
      d.foreign = false;
    }
    for (const t of c.titles) pushUnique(d.titles, t);
    for (const a of c.aliases ?? []) pushUnique(d.aliases, a);
    d.mentions.push({ start: c.start, end: c.end });
  }

  // (surname, title) → the Korean people found with them; a word of a foreign name → that person.
  // Only uniqueness matters, so lists stop at two entries (keeps the pass linear on any input).
  const bySurnameTitle = new Map<string, Draft[]>();
  const byForeignWord = new Map<string, Draft[]>();
  const multiWord: Draft[] = [];
  const addCapped = (map: Map<string, Draft[]>, key: string, d: Draft): void => {
    const list = map.get(key) ?? [];
    if (list.length < 2 && !list.includes(d)) list.push(d);
    map.set(key, list);
  };
  for (const d of byName.values()) {
    if (d.surname && !d.foreign) {
      for (const t of d.titles) for (const s of titleEndings(t)) addCapped(bySurnameTitle, `${d.surname}|${s}`, d);
    }
    if (d.name.includes(' ')) {
      multiWord.push(d);
      for (const w of d.name.split(' ')) addCapped(byForeignWord, w, d);
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Exact later mentions of a one-word name, particles split off.
    for (const split of particleSplits(t.text)) {
      const d = byName.get(split.stem);
      if (d && !d.name.includes(' ')) {
        d.mentions.push({ start: t.start, end: t.start + split.stem.length });
        break;
      }
    }
    const next = tokens[i + 1];
    if (!next || !isSpaceGap(next.gap)) continue;
    const title = titleInToken(next.text);
    if (!title) continue;
    // "정 장관": surname + the title the person was named with ("윤 대통령" is not 윤채원 실장).
    const sameSurname = titleEndings(title.title)
      .map((s) => bySurnameTitle.get(`${t.text}|${s}`))
      .find((list) => list !== undefined);
    if (sameSurname?.length === 1) {
      const d = sameSurname[0]!;
      const end = next.start + title.title.length;
      pushUnique(d.aliases, text.slice(t.start, end));
      pushUnique(d.titles, title.title);
      d.mentions.push({ start: t.start, end });
      continue;
    }
    // "쁘라팟 장관": one word of a foreign name + title.
    const foreign = byForeignWord.get(t.text);
    if (foreign?.length === 1) {
      const d = foreign[0]!;
      const covered = d.mentions.some((m) => m.start <= t.start && t.end <= m.end);
      if (!covered) {
        pushUnique(d.aliases, t.text);
        pushUnique(d.titles, title.title);
        d.mentions.push({ start: t.start, end: t.end });
      }
    }
  }

  // Later mentions of multi-word names, matched word by word (linear: a few names per first word).
  const byFirstWord = new Map<string, Draft[]>();
  for (const d of multiWord) {
    const first = d.name.slice(0, d.name.indexOf(' '));
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), d]);
  }
  for (let i = 0; i < tokens.length; i++) {
    for (const d of byFirstWord.get(tokens[i]!.text) ?? []) {
      const words = d.name.split(' ');
      const last = tokens[i + words.length - 1];
      if (!last) continue;
      const ok = words.every((w, k) => {
        const tok = tokens[i + k]!;
        return (k === 0 || isSpaceGap(tok.gap)) && (k < words.length - 1 ? tok.text === w : tok.text.startsWith(w));
      });
      if (ok && text.slice(tokens[i]!.start, last.start + words[words.length - 1]!.length) === d.name) {
        d.mentions.push({ start: tokens[i]!.start, end: last.start + words[words.length - 1]!.length });
      }
    }
  }

  const entities: PersonEntity[] = [];
  for (const d of byName.values()) {
    const mentions = uniqueSpans(d.mentions);
    entities.push({ name: d.name, aliases: d.aliases, titles: d.titles, mentions });
  }
  return entities.sort(byFirstMention);
}
