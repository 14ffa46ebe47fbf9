/**
 * Refiner: one entity per person.
 *
 *  1. drop candidates that overlap an organization mention; merge overlapping candidates
 *  2. full names (two or more words) are the people; the fullest form is the name
 *  3. a one-word mention ("Minister Kang", "Chin said") joins the full name whose surname or
 *     given name it is — the nearest preceding one when several share it — or the one full name
 *     it is an inner word of ("Goh said" for Kenny Goh Chee Keong); a one-word mention
 *     that resolves to nobody survives only with a strong title ("Dr. Kim", "President Yoon")
 *  4. later bare surnames ("… Kang also said") become mentions of that person
 */
import type { PersonEntity } from '../../../../../schema/record.js';
import type { Token } from '../../../organizations/en/tokens.js';
import { isKoreanNameAt, isKoreanOrder, isNameToken, quotedNickname } from '../names.js';
import { matchTitle } from '../parsers/titles.js';
import { personCandidate, type PersonCandidate, type PersonContext } from '../types.js';
import { byFirstMention, byStartOutermostFirst } from '../../../common/spans.js';

function overlapsAny(spans: readonly { start: number; end: number }[], s: { start: number; end: number }): boolean {
  // spans sorted by start: binary search for the last span starting before s.end
  let lo = 0;
  let hi = spans.length - 1;
  let idx = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < s.end) {
      idx = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Spans are non-overlapping mentions of organizations; check a few neighbours.
  for (let k = idx; k >= 0 && k > idx - 4; k--) if (spans[k]!.end > s.start) return true;
  return false;
}

interface Person {
  words: string[];
  name: string;
  mentions: { start: number; end: number; first: number; last: number }[];
  aliases: string[];
  titles: string[];
}

const NICKNAME_ADVERBS = new Set(['also', 'widely', 'popularly', 'better', 'commonly', 'locally', 'affectionately']);

/** Distinct titles, at most a handful per person (bounded work on adversarial input). */
function addTitle(p: Person, title: string): void {
  if (p.titles.length < 12 && !p.titles.includes(title)) p.titles.push(title);
}

/** Which words of a full name may stand alone for it: the surname (Korean order) or first and last word. */
function shortWords(words: readonly string[]): string[] {
  if (isKoreanOrder(words)) return [words[0]!];
  const out = [words[words.length - 1]!];
  if (words.length >= 2 && words[0] !== out[0]) out.push(words[0]!);
  return out.filter((w) => w.length >= 2);
}

/** How many tokens before a mention a title may start and still reach into it ("Dato ' Sri | Anwar"). */
const TITLE_REACH_BACK = 3;

/**
 * "Tan Sri Muhyiddin Yassin said", "Bu Sri Wahyuni said", "Dato' Sri Anwar Ibrahim said": a name read back
 * from a verb can take in an honorific whose words look like names ("Tan", "Bu", "Sri"). A title that
 * covers the mention's first words is dropped, if two name words remain and the mention is not a
 * Korean name ("Bu Jae-won").
 */
function withoutLeadingTitle(tokens: readonly Token[], c: PersonCandidate): PersonCandidate {
  if (isKoreanNameAt(tokens, c.first)) return c;
  for (let k = Math.max(0, c.first - TITLE_REACH_BACK); k <= c.first; k++) {
    const m = matchTitle(tokens, k);
    if (!m || m.next <= c.first || m.next >= c.last) continue;
    return { ...c, first: m.next, start: tokens[m.next]!.start, titles: [...c.titles, m.form.title] };
  }
  return c;
}

export function resolvePersons(ctx: PersonContext, candidates: PersonCandidate[]): PersonEntity[] {
  const { tokens, text } = ctx;
  // 1. Organizations win over weak people; Korean-shaped names and titled people win over organizations.
  const filtered = candidates.map((c) => withoutLeadingTitle(tokens, personCandidate(c))).filter((c) => c.strength === 'strong' && (c.parser === 'korean-name' || c.parser === 'vietnamese-name' || c.parser === 'title') ? true : !overlapsAny(ctx.orgSpans, c));
  const sorted = filtered.sort(byStartOutermostFirst);
  const merged: PersonCandidate[] = [];
  for (const c of sorted) {
    const last = merged[merged.length - 1];
    if (last && c.start < last.end) {
      // Same or overlapping mention: keep the longer span, pool titles and strength.
      const keep = c.end - c.start > last.end - last.start ? personCandidate(c) : last;
      keep.titles = [...new Set([...last.titles, ...c.titles])];
      if (c.strength === 'strong' || last.strength === 'strong') keep.strength = 'strong';
      merged[merged.length - 1] = keep;
      continue;
    }
    merged.push({ ...c, titles: [...c.titles] });
  }

  // 2. Full names.
  const people: Person[] = [];
  const byName = new Map<string, Person>();
  const singles: PersonCandidate[] = [];
  const weakFull: PersonCandidate[] = [];
  for (const c of merged) {
    if (c.first === c.last) {
      singles.push(c);
      continue;
    }
    if (c.strength === 'weak') {
      weakFull.push(c);
      continue;
    }
    const { words, nicknames } = nameParts(tokens, c.first, c.last);
    const name = nicknames.length > 0 ? words.join(' ') : text.slice(c.start, c.end);
    let p = byName.get(name);
    if (!p) {
      p = { words, name, mentions: [], aliases: [], titles: [] };
      byName.set(name, p);
      people.push(p);
    }
    for (const n of nicknames) if (!p.aliases.includes(n)) p.aliases.push(n);
    p.mentions.push({ start: c.start, end: c.end, first: c.first, last: c.last });
    for (const t of c.titles) addTitle(p, t);
  }

  // "Ahmad Faizal" is "Ahmad Faizal Rahman": a shorter full name that begins or ends a longer one joins it.
  const byPart = new Map<string, Person>();
  for (const p of [...people].sort((a, b) => b.words.length - a.words.length)) {
    for (let n = 2; n < p.words.length; n++) {
      for (const key of [p.words.slice(0, n).join(' '), p.words.slice(p.words.length - n).join(' ')]) if (!byPart.has(key)) byPart.set(key, p);
    }
  }
  // Weak multi-word names ("… Smart Cities opened") count only as mentions of people found otherwise.
  for (const c of weakFull) {
    const name = text.slice(c.start, c.end);
    const p = byName.get(name) ?? byPart.get(name);
    if (!p) continue;
    p.mentions.push({ start: c.start, end: c.end, first: c.first, last: c.last });
    if (name !== p.name && !p.aliases.includes(name)) p.aliases.push(name);
  }
  const absorbed = new Set<Person>();
  for (const p of people) {
    const q = byPart.get(p.words.join(' '));
    if (!q || q === p || q.words.length <= p.words.length || absorbed.has(q)) continue;
    for (const m of p.mentions) q.mentions.push(m);
    if (!q.aliases.includes(p.name)) q.aliases.push(p.name);
    for (const a of p.aliases) if (!q.aliases.includes(a)) q.aliases.push(a);
    for (const t of p.titles) addTitle(q, t);
    absorbed.add(p);
    byName.set(p.name, q);
  }
  if (absorbed.size > 0) {
    const rest = people.filter((p) => !absorbed.has(p));
    people.length = 0;
    for (const p of rest) people.push(p);
  }

  // Index short forms of full names: word → people (in order of first mention), nicknames included.
  const byShort = new Map<string, Person[]>();
  for (const p of people) {
    for (const w of new Set([...shortWords(p.words), ...p.aliases.filter((a) => !/\s/.test(a))])) {
      const list = byShort.get(w) ?? [];
      list.push(p);
      byShort.set(w, list);
    }
  }
  // For shared short words: every full-name mention of the people sharing it, by position.
  const sharedMentions = new Map<string, { start: number; person: Person }[]>();
  for (const [word, list] of byShort) {
    if (list.length < 2) continue;
    const all = list.flatMap((p) => p.mentions.map((m) => ({ start: m.start, person: p })));
    sharedMentions.set(word, all.sort((a, b) => a.start - b.start));
  }
  const resolve = (word: string, at: number): Person | undefined => {
    const list = byShort.get(word);
    if (!list || list.length === 0) return undefined;
    if (list.length === 1) return list[0];
    // Nearest full-name mention before this point (binary search); else the first one after it.
    const all = sharedMentions.get(word)!;
    let lo = 0;
    let hi = all.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.start <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 ? all[found]!.person : list[0];
  };
  const addAlias = (p: Person, alias: string): void => {
    if (alias !== p.name && !p.aliases.includes(alias)) p.aliases.push(alias);
  };

  // "Joko Widodo, widely known as Jokowi": a nickname introduced right after the full name.
  const endsAt = new Map<number, Person>();
  for (const p of people) for (const m of p.mentions) endsAt.set(m.last, p);
  for (let i = 2; i < tokens.length - 1; i++) {
    if (tokens[i]!.text !== 'known' || tokens[i + 1]?.text !== 'as') continue;
    let k = i - 1;
    if (NICKNAME_ADVERBS.has(tokens[k]!.text)) k -= 1;
    if (tokens[k]?.text !== ',') continue;
    const p = endsAt.get(k - 1);
    const nick = tokens[i + 2];
    if (!p || !nick || !isNameToken(nick) || nick.para !== tokens[i]!.para) continue;
    const nickLast = isNameToken(tokens[i + 3]) && tokens[i + 3]!.start === nick.end + 1 ? i + 3 : i + 2;
    const alias = text.slice(nick.start, tokens[nickLast]!.end);
    addAlias(p, alias);
    if (!byShort.has(alias)) byShort.set(alias, [p]);
  }

  // 3. One-word mentions. A word said or titled like a person may also be an inner word of one full
  // name ("Goh said" for Kenny Goh Chee Keong, whose surname stands second).
  const innerOwners = new Map<string, Person[]>();
  for (const p of people) {
    if (p.words.length < 3) continue;
    const outer = new Set(shortWords(p.words));
    for (const w of new Set(p.words.slice(1, -1))) if (!outer.has(w) && w.length >= 2) innerOwners.set(w, [...(innerOwners.get(w) ?? []), p]);
  }
  const claimed = new Uint8Array(tokens.length);
  for (const c of singles) {
    const word = text.slice(c.start, c.end);
    const inner = innerOwners.get(word);
    const p = resolve(word, c.start) ?? (inner?.length === 1 ? inner[0] : undefined);
    if (p) {
      p.mentions.push({ start: c.start, end: c.end, first: c.first, last: c.last });
      addAlias(p, word);
      for (const t of c.titles) addTitle(p, t);
      claimed[c.first] = 1;
      continue;
    }
    if (c.strength !== 'strong') continue;
    let q = byName.get(word);
    if (!q) {
      q = { words: [word], name: word, mentions: [], aliases: [], titles: [] };
      byName.set(word, q);
      people.push(q);
    }
    q.mentions.push({ start: c.start, end: c.end, first: c.first, last: c.last });
    for (const t of c.titles) addTitle(q, t);
    claimed[c.first] = 1;
  }

  // 4. Bare surnames elsewhere in the text.
  const inMention = new Uint8Array(tokens.length);
  for (const c of merged) for (let k = c.first; k <= c.last; k++) inMention[k] = 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || claimed[i] || inMention[i] || !byShort.has(t.text)) continue;
    if (!isNameToken(t) || !standsAlone(tokens, i) || overlapsAny(ctx.orgSpans, t)) continue;
    const p = resolve(t.text, t.start);
    if (!p) continue;
    p.mentions.push({ start: t.start, end: t.end, first: i, last: i });
    addAlias(p, t.text);
  }

  // The shared merge refiner joins entities that share a name or alias: a short form used for two
  // people ("Kim" for Kim Da-eun and for Kim Tae-soo) keeps its mentions but is no alias of either.
  const uses = new Map<string, number>();
  for (const p of people) for (const n of new Set([p.name, ...p.aliases])) uses.set(n, (uses.get(n) ?? 0) + 1);
  for (const p of people) p.aliases = p.aliases.filter((a) => (uses.get(a) ?? 0) < 2);

  return people
    .map((p) => {
      p.mentions.sort((a, b) => a.start - b.start);
      return { name: p.name, aliases: p.aliases, titles: p.titles, mentions: p.mentions.map(({ start, end }) => ({ start, end })) };
    })
    .sort(byFirstMention);
}

/** Not part of a longer capitalized name on either side ("Kim" in "Kim Jong-un" is someone else). */
function standsAlone(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const joined = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && b.start - a.end === 1 && a.para === b.para;
  if (joined(tokens[i], next) && isNameToken(next)) return false;
  if (joined(prev, tokens[i]) && isNameToken(prev)) return false;
  return true;
}

/** The words of a name and the quoted nicknames inside it ("Pimpaka “Ploy” Chaiwattana"). */
function nameParts(tokens: readonly Token[], first: number, last: number): { words: string[]; nicknames: string[] } {
  const words: string[] = [];
  const nicknames: string[] = [];
  for (let k = first; k <= last; k++) {
    const close = quotedNickname(tokens, k);
    if (close > k) {
      nicknames.push(tokens[k + 1]!.text);
      k = close;
      continue;
    }
    if (tokens[k]!.kind === 'word') words.push(tokens[k]!.text);
  }
  return { words, nicknames };
}
