/**
 * Parser: an honorific or rank glued to a name. "นายสมชาย ใจดี" → สมชาย ใจดี, "ผศ.ดร.ปิยะนุช
 * ศรีสุวรรณ" → ปิยะนุช ศรีสุวรรณ, "นายสมชาย ณ อยุธยา" → สมชาย ณ อยุธยา, "นายมาร์ค เดลา ครูซ
 * (Mark Dela Cruz)" → มาร์ค เดลา ครูซ with the gloss as alias, "นายปวิณระบุว่า" → ปวิณ (a given
 * name alone, tied to the full name by the refiner).
 *
 * The honorific must start a word and, unless it ends with a dot, end at a word boundary, so
 * "นายก…", "คุณภาพ", "นายจ้าง" are not honorifics (also listed in FALSE_HONORIFICS). Honorifics
 * may be stacked ("ศ.นพ.", "พล.ต.อ.ดร."); a dotted one may be followed by one space ("ดร. ณัฐพล").
 * English dotted titles work the same before a romanized name ("Prof. Helena Lindqvist").
 */
import type { ThaiText } from '../thai/text.js';
import { isLatinLetter, isThaiLetter, WordTable } from '../thai/text.js';
import { canStartPartAt, readGlossedName, readLatinName, readThaiName } from '../name.js';
import { FALSE_HONORIFIC_TABLE, HONORIFIC_TABLE, ORG_WORD_TABLE, ROLE_ABBREVIATIONS, ROLE_TABLE } from '../tables.js';
import { ACADEMIC_UNITS } from '../../../organizations/th/data/academic.js';
import { COUNTRIES, PLACES } from '../thai/lexicon.js';
import type { PersonCandidate } from '../types.js';
import { glossesAfter, roleAfter } from './shared.js';

const MAX_STACK = 3;
const PLACE_OR_COUNTRY: ReadonlySet<string> = new Set([...PLACES, ...COUNTRIES]);
const CIVIL: ReadonlySet<string> = new Set(['นาย', 'นาง', 'นางสาว', 'คุณ']);
/** Units of a university ("คณะ…"): never the start of a name. */
const UNIT_TABLE = new WordTable(ACADEMIC_UNITS);

/** A dotted title or a female rank may be followed by one space before the name. */
const spaced = (title: string): boolean => title.endsWith('.') || title.endsWith('หญิง');

/** The honorifics starting at `p` (stacked), and where the name starts; null when none. */
export function honorificAt(doc: ThaiText, p: number): { titles: string[]; nameStart: number; rolesOnly: boolean } | null {
  const { text } = doc;
  if (!doc.startsWord(p) || FALSE_HONORIFIC_TABLE.match(doc, p)) return null;
  const titles: string[] = [];
  let title = '';
  let e = p;
  while (titles.length < MAX_STACK) {
    const h = HONORIFIC_TABLE.prefixAt(text, e);
    if (!h) break;
    const end = e + h.length;
    // A role noun that begins with an honorific word is a role, not a title + name
    // ("นายแพทย์สาธารณสุขจังหวัด…", "นายกเทศมนตรี…").
    if (titles.length === 0 && (ROLE_TABLE.match(doc, e)?.length ?? 0) > h.length) break;
    if (!h.endsWith('.') && !doc.isBoundary(end) && !(e === p && wrongCut(doc, p, h))) break;
    if (titles.length > 0 && FALSE_HONORIFIC_TABLE.match(doc, e)) break;
    titles.push(h);
    title += h;
    e = end;
    // A female officer's rank: "ร.ต.อ.หญิง", "พ.ต.ท.หญิง".
    if (h.endsWith('.') && text.startsWith('หญิง', e) && !isThaiLetter(text[e + 4])) {
      title += 'หญิง';
      e += 4;
    }
    // A rank and a degree with a space between: "พล.อ. ดร.วีระ", "ร.ต.อ.หญิง ดร.สุภาวดี".
    if (text[e] === ' ' && spaced(title) && titles.length < MAX_STACK) {
      const more = HONORIFIC_TABLE.prefixAt(text, e + 1);
      if (more && more.endsWith('.')) {
        title += ' ';
        e++;
      }
    }
  }
  if (titles.length === 0) return null;
  if (text[e] === ' ' && spaced(title)) e++;
  return { titles: [title], nameStart: e, rolesOnly: titles.every((t) => ROLE_ABBREVIATIONS.has(t)) };
}

/**
 * The segmenter sometimes cuts a civil honorific wrongly when it does not know the name after it
 * ("นา|งอ|รุณี" for นาง + อรุณี, "โดย|นา|ยลิม" for โดย + นาย + ลิม): นาย/นาง/นางสาว/คุณ still count
 * unless a known word begins there. At the start of a chunk that is enough; glued after another
 * word, the segmenter must have cut inside the honorific and a name part must be able to begin
 * after it ("ชาว|นา|ยัง…" is not นาย + ยัง…).
 */
function wrongCut(doc: ThaiText, p: number, h: string): boolean {
  const { text } = doc;
  if (!CIVIL.has(h) || FALSE_HONORIFIC_TABLE.prefixAt(text, p)) return false;
  if (!isThaiLetter(text[p - 1])) return true;
  let inside = false;
  for (let q = p + 1; q < p + h.length; q++) if (doc.isBoundary(q)) inside = true;
  return inside && isThaiLetter(text[p + h.length]) && canStartPartAt(doc, p + h.length);
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
      // "นางสาวปริยังกา เมห์ตา (Priyanka Mehta)": a transliteration glossed in brackets reaches the
      // bracket, whatever words the segmenter finds in it.
      // "อาจารย์คณะวิศวกรรมศาสตร์ …", "คุณกรมการ…": a body after a title word is an affiliation, not a name.
      if (ORG_WORD_TABLE.match(doc, s) || UNIT_TABLE.match(doc, s)) continue;
      const name = readGlossedName(doc, s) ?? readThaiName(doc, s);
      if (!name) continue;
      // "ผวจ.ขอนแก่น", "ส.ส.เชียงใหม่": a role abbreviation before a place is a role, not a name.
      if (h.rolesOnly && PLACE_OR_COUNTRY.has(text.slice(name.parts[0]!.start, name.parts[0]!.end))) continue;
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
        // After a role abbreviation alone, one word ("รมว.คลัง") counts only as part of a full name.
        cue: h.rolesOnly ? 'role' : 'honorific',
        aliases: glossesAfter(text, name.end),
      });
      skipUntil = name.end;
      p = name.end - 1;
    }
  }
  return out;
}
