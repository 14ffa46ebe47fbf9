/**
 * Parser: international bodies and news agencies from the shared gazetteer, by long form
 * ("United Nations Development Programme") or acronym ("OECD", "(Yonhap)", "Asean"), including an
 * acronym inside a hyphenated compound ("Korea-ASEAN").
 */
import { GAZETTEER, GAZETTEER_BY_ACRONYM, type GazetteerEntry } from '../../common/gazetteer.js';
import { tokenize } from '../tokens.js';
import type { OrgCandidate, OrgContext } from '../types.js';

const fold = (s: string): string => s.replace(/[’‘]/g, "'");

interface LongForm {
  words: string[];
  entry: GazetteerEntry;
}

/** Gazetteer long forms tokenized once, indexed by their first word. */
const LONG_FORMS: ReadonlyMap<string, LongForm[]> = (() => {
  const map = new Map<string, LongForm[]>();
  for (const entry of GAZETTEER) {
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      const words = tokenize(name, [{ start: 0, end: name.length }]).map((t) => fold(t.text));
      if (words.length < 1) continue;
      const list = map.get(words[0]!) ?? [];
      list.push({ words, entry });
      map.set(words[0]!, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/**
 * Acronyms of four or more letters as house styles write them in title case ("Asean", "Unesco",
 * "Nato"); shorter ones ("Who", "Ilo") would be ordinary words.
 */
const TITLE_CASE_ACRONYMS: ReadonlyMap<string, GazetteerEntry> = new Map(
  GAZETTEER.flatMap((e) => e.acronyms.filter((a) => /^\p{Lu}{4,}$/u.test(a)).map((a) => [a.charAt(0) + a.slice(1).toLowerCase(), e] as const)),
);
const byAcronym = (word: string): GazetteerEntry | undefined => GAZETTEER_BY_ACRONYM.get(word) ?? TITLE_CASE_ACRONYMS.get(word);

export function parseGazetteer(ctx: OrgContext): OrgCandidate[] {
  const { tokens } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const forms = LONG_FORMS.get(fold(t.text));
    let matched = false;
    if (forms) {
      for (const form of forms) {
        const n = form.words.length;
        let ok = i + n <= tokens.length;
        for (let k = 1; ok && k < n; k++) {
          const tk = tokens[i + k]!;
          ok = fold(tk.text) === form.words[k] && tk.para === t.para;
        }
        if (!ok) continue;
        out.push({ start: t.start, end: tokens[i + n - 1]!.end, first: i, last: i + n - 1, kind: 'long', parser: 'gazetteer', gazetteerId: form.entry.id });
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const entry = byAcronym(t.text);
    if (entry) {
      out.push({ start: t.start, end: t.end, first: i, last: i, kind: 'acronym', parser: 'gazetteer', gazetteerId: entry.id });
      continue;
    }
    if (t.text.includes('-')) {
      // "Korea-ASEAN", "ASEAN-ROK": an acronym part of a compound.
      let offset = 0;
      for (const part of t.text.split('-')) {
        // Only all-caps acronyms and their title-case forms ("Asean-Korea"), not names like "Yonhap".
        const e = /^\p{Lu}{2,}$/u.test(part) ? GAZETTEER_BY_ACRONYM.get(part) : TITLE_CASE_ACRONYMS.get(part);
        if (e) {
          out.push({ start: t.start + offset, end: t.start + offset + part.length, first: i, last: i, kind: 'acronym', parser: 'gazetteer', gazetteerId: e.id });
        }
        offset += part.length + 1;
      }
    }
  }
  return out;
}
