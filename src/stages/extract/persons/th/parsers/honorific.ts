/**
 * Parser: an honorific or rank glued to a name. "นายสมชาย ใจดี" → สมชาย ใจดี, "ผศ.ดร.ปิยะนุช
 * ศรีสุวรรณ" → ปิยะนุช ศรีสุวรรณ, "นายสมชาย ณ อยุธยา" → สมชาย ณ อยุธยา, "นายมาร์ค เดลา ครูซ
 * (Mark Dela Cruz)" → มาร์ค เดลา ครูซ with the gloss as alias, "นายปวิณระบุว่า" → ปวิณ (a given
 * name alone, tied to the full name by the refiner).
 *
 * The honorific must start a word and, unless it ends with a dot, end at a word boundary, so
 * "นายก…", "คุณภาพ", "นายจ้าง" are not honorifics (also listed in FALSE_HONORIFICS). Honorifics
 * may be stacked ("ศ.นพ.", "พล.ต.อ.ดร."); a dotted one may be followed by one space ("ดร. ณัฐพล").
 */
import type { ThaiText } from '../thai/text.js';
import { isLatinLetter, isThaiLetter } from '../thai/text.js';
import { readLatinName, readThaiName } from '../name.js';
import { FALSE_HONORIFIC_TABLE, HONORIFIC_TABLE } from '../tables.js';
import type { PersonCandidate } from '../types.js';
import { glossesAfter, roleAfter } from './shared.js';

const MAX_STACK = 3;
const CIVIL: ReadonlySet<string> = new Set(['นาย', 'นาง', 'นางสาว', 'คุณ']);

/** The honorifics starting at `p` (stacked), and where the name starts; null when none. */
export function honorificAt(doc: ThaiText, p: number): { titles: string[]; nameStart: number } | null {
  const { text } = doc;
  if (!doc.startsWord(p) || FALSE_HONORIFIC_TABLE.match(doc, p)) return null;
  const titles: string[] = [];
  let e = p;
  while (titles.length < MAX_STACK) {
    const h = HONORIFIC_TABLE.prefixAt(text, e);
    if (!h) break;
    const end = e + h.length;
    // The segmenter sometimes cuts a civil honorific wrongly ("นา|งอ|รุณี" for นาง + อรุณี): at the
    // start of a chunk, นาย/นาง/นางสาว/คุณ count unless a known word begins there.
    const wrongCut = e === p && CIVIL.has(h) && !isThaiLetter(text[p - 1]) && !FALSE_HONORIFIC_TABLE.prefixAt(text, p);
    if (!h.endsWith('.') && !doc.isBoundary(end) && !wrongCut) break;
    if (titles.length > 0 && FALSE_HONORIFIC_TABLE.match(doc, e)) break;
    titles.push(h);
    e = end;
  }
  if (titles.length === 0) return null;
  // A female officer's rank: "ร.ต.อ.หญิง", "พ.ต.ท.หญิง".
  if (titles[titles.length - 1]!.endsWith('.') && text.startsWith('หญิง', e) && !isThaiLetter(text[e + 4])) {
    titles.push('หญิง');
    e += 4;
  }
  if (text[e] === ' ' && titles[titles.length - 1]!.endsWith('.')) e++;
  else if (text[e] === ' ' && titles[titles.length - 1] === 'หญิง') e++;
  return { titles: [titles.join('')], nameStart: e };
}

export function parseHonorifics(doc: ThaiText): PersonCandidate[] {
  const { text } = doc;
  const out: PersonCandidate[] = [];
  let skipUntil = -1; // the end of the last name: its parts are not scanned again
  for (const chunk of doc.chunks) {
    for (let p = Math.max(chunk.start, skipUntil); p < chunk.end; p++) {
      if (p !== chunk.start && !doc.isBoundary(p)) continue;
      const h = honorificAt(doc, p);
      if (!h) continue;
      const s = h.nameStart;
      // "นาย John Smith": a romanized name may follow the honorific after a space.
      const latinStart = text[s] === ' ' && isLatinLetter(text[s + 1]) ? s + 1 : s;
      const latin = readLatinName(text, latinStart, 1);
      if (latin) {
        out.push({
          name: text.slice(latin.start, latin.end),
          start: latin.start,
          end: latin.end,
          titles: h.titles,
          latin: true,
          partial: !latin.multiWord,
          cue: 'honorific',
          aliases: [],
        });
        skipUntil = latin.end;
        p = latin.end - 1;
        continue;
      }
      const name = readThaiName(doc, s);
      if (!name) continue;
      const titles = [...h.titles];
      const role = roleAfter(doc, name.end);
      if (role) titles.push(role);
      out.push({
        name: text.slice(name.start, name.end),
        start: name.start,
        end: name.end,
        titles,
        latin: false,
        partial: name.parts.length === 1,
        cue: 'honorific',
        aliases: glossesAfter(text, name.end),
      });
      skipUntil = name.end;
      p = name.end - 1;
    }
  }
  return out;
}
