/**
 * Parser: international bodies and news agencies from the shared gazetteer, by long form
 * ("United Nations Development Programme") or acronym ("OECD", "(Yonhap)"), including an
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
    const entry = GAZETTEER_BY_ACRONYM.get(t.text);
    if (entry) {
      out.push({ start: t.start, end: t.end, first: i, last: i, kind: 'acronym', parser: 'gazetteer', gazetteerId: entry.id });
      continue;
    }
    if (t.text.includes('-')) {
      // "Korea-ASEAN", "ASEAN-ROK": an acronym part of a compound.
      let offset = 0;
      for (const part of t.text.split('-')) {
        const e = GAZETTEER_BY_ACRONYM.get(part);
        if (e && /^\p{Lu}{2,}$/u.test(part)) {
          out.push({ start: t.start + offset, end: t.start + offset + part.length, first: i, last: i, kind: 'acronym', parser: 'gazetteer', gazetteerId: e.id });
        }
        offset += part.length + 1;
      }
    }
  }
  return out;
}
