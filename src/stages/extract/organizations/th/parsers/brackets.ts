/**
 * Parser and helpers for what the text ties to a name in brackets or with "หรือ":
 * - "สำนักงานคณะกรรมการพัฒนาระบบราชการ (สำนักงาน ก.พ.ร.)" → aliases "สำนักงาน ก.พ.ร.", "ก.พ.ร.";
 * - "องค์การอาหารแห่งชาติฟิลิปปินส์ (NFA)", "สมาคมผลไม้และผักเวียดนาม (Vinafruit)" → Latin aliases;
 * - "กรมทรัพยากรน้ำ (Department of Water Resources: DWR)" → the English name and the acronym;
 * - "… (องค์การมหาชน) หรือ สพร.", "… จำกัด (มหาชน) หรือ SCS" → aliases after "หรือ";
 * - an organization named without a type word but given a dotted acronym, "กรุงเทพมหานคร (กทม.)":
 *   the longest end of the preceding chunk whose consonants contain the acronym's in order, starting
 *   with its first one (กทม. ← ก-รุงเ-ท-พ-ม-หานคร). Law, title and calendar abbreviations
 *   ("(พ.ร.บ.)", "(ผบ.ตร.)") are not organizations.
 */
import type { ThaiText } from '../../../persons/th/thai/text.js';
import { isDigit, isThaiLetter, startsAndContains, thaiConsonants } from '../../../persons/th/thai/text.js';
import { HONORIFIC_TABLE } from '../../../persons/th/tables.js';
import { GENERIC_ACRONYM_SET, MONTH_ABBREVIATION_SET, NOT_ORG_ACRONYM_SET, ORG_STOP_TABLE, PREFIX_TABLE, ROLE_TABLE } from '../tables.js';
import { latinOfSpelled } from '../refiners/acronymLinks.js';
import { findLatinCompanies } from './latinCompany.js';
import type { OrgCandidate } from '../types.js';

const BRACKET_RE = /^ ?\(([^()\n]{1,60})\)/;
/** Thai acronym: dotted ("ก.พ.ร.", "ธปท.", "บช.สอท.") or a short undotted transliteration ("บีโอไอ"). */
const THAI_DOTTED_RE = /^(?:[\u0E01-\u0E4E]{1,6}\.)+(?:[\u0E01-\u0E4E]{1,12}\.?)?$/;
const THAI_SHORT_RE = /^[\u0E01-\u0E4E]{2,8}$/;
const LATIN_ALIAS_RE = /^[A-Z][A-Za-z0-9&.\-]*(?: (?:[A-Z][A-Za-z0-9&.\-]*|of|and|for|the|on|in|de))*(?: [A-Z][A-Za-z0-9&.\-]*)?$/;
/** Most words in a Latin alias in brackets. */
const MAX_LATIN_ALIAS_WORDS = 8;
/** An English name (capitalized words and lower-case joiners) + ": " + its acronym. */
const GLOSS_ACRONYM_RE = /^([A-Z][A-Za-z'’.&-]*(?: (?:[A-Z][A-Za-z'’.&-]*|of|and|for|the|on|in|de|du|des|la|le)){0,9}): ?([A-Z][A-Za-z]*[A-Z][A-Za-z0-9&]*)$/;
const OR_ALIAS_RE = /^ หรือ ((?:[\u0E01-\u0E4E]{1,6}\.)+|[A-Z][A-Z0-9&]{1,9}(?![A-Za-z]))/;

export const isThaiDottedAcronym = (s: string): boolean => THAI_DOTTED_RE.test(s) && !NOT_ORG_ACRONYM_SET.has(s);
/** A dotted acronym that is not a month abbreviation either (for names known only by it). */
const isOrgOnlyAcronym = (s: string): boolean => isThaiDottedAcronym(s) && !MONTH_ABBREVIATION_SET.has(s);

export interface Bracket {
  /** Text inside the brackets. */
  content: string;
  /** Offsets of the content. */
  start: number;
  end: number;
  /** Offset just after ")". */
  close: number;
}

export function bracketAfter(text: string, end: number): Bracket | null {
  const m = BRACKET_RE.exec(text.slice(end, end + 64));
  if (!m) return null;
  const start = end + m[0].indexOf('(') + 1;
  return { content: m[1]!, start, end: start + m[1]!.length, close: end + m[0].length };
}

/** The aliases a bracket holds: an acronym, a prefix + acronym ("สำนักงาน ก.พ.ร."), a Latin name. */
/** Unit abbreviations that are also acronyms of names ("กก." kilogram, or a committee's short form). */
const UNIT_ACRONYMS: ReadonlySet<string> = new Set(['กก.', 'กม.']);

/** The post after an acronym in brackets: "ณ กรุงโซล", "โซล" (one Thai word). */
const POST_TAIL_RE = /^(?:ณ )?([\u0E01-\u0E4E]{2,20})$/;

export function bracketAliases(doc: ThaiText, b: Bracket): OrgCandidate['aliases'] {
  const { content } = b;
  // "(ก.พ.ร.)", "(เนคเทค)", or a Latin acronym spelled in Thai letter names, however long ("(ทีดีอาร์ไอ)").
  const short = THAI_SHORT_RE.test(content) && !ORG_STOP_TABLE.match(doc, b.start);
  if (isThaiDottedAcronym(content) || short || latinOfSpelled(content)) {
    return [{ name: content, span: { start: b.start, end: b.end } }];
  }
  const sp = content.indexOf(' ');
  if (sp > 0) {
    const head = content.slice(0, sp);
    const acr = content.slice(sp + 1);
    if (PREFIX_TABLE.has(head) && isThaiDottedAcronym(acr)) {
      return [
        { name: content, span: { start: b.start, end: b.end } },
        { name: acr, span: { start: b.start + sp + 1, end: b.end }, weak: true },
      ];
    }
    // "(สคต. ณ กรุงโซล)", "(สคต. โซล)": an office's acronym with the city it is posted to.
    const post = POST_TAIL_RE.exec(acr);
    if (isThaiDottedAcronym(head) && post && !ORG_STOP_TABLE.match(doc, b.end - post[1]!.length)) {
      return [
        { name: content, span: { start: b.start, end: b.end } },
        { name: head, span: { start: b.start, end: b.start + sp }, weak: true },
      ];
    }
  }
  // "(Greensol Foods Co., Ltd.)": a company's registered Latin name with its legal form (the comma keeps it
  // out of the pattern below).
  const company = findLatinCompanies(content, [{ start: 0, end: content.length }])[0];
  if (company && company.start === 0 && company.end === content.length) {
    return [{ name: content, span: { start: b.start, end: b.end } }];
  }
  // "(NFA)", "(Vinafruit)", "(University of Oxford)": a Latin name or acronym.
  if (LATIN_ALIAS_RE.test(content) && !/ (?:of|and|for|the|on|in|de)$/.test(content) && content.split(' ').length <= MAX_LATIN_ALIAS_WORDS) {
    return [{ name: content, span: { start: b.start, end: b.end } }];
  }
  // "(Ministry of Foreign Affairs and Trade: MFAT)": an English name and its acronym.
  const glossed = GLOSS_ACRONYM_RE.exec(content);
  if (glossed) {
    const acrStart = b.start + content.length - glossed[2]!.length;
    return [
      { name: glossed[1]!, span: { start: b.start, end: b.start + glossed[1]!.length } },
      { name: glossed[2]!, span: { start: acrStart, end: b.end } },
    ];
  }
  return [];
}

/** "หรือ สพร." / "หรือ SCS" right after `end`. */
export function orAliasAfter(text: string, end: number): OrgCandidate['aliases'] {
  const m = OR_ALIAS_RE.exec(text.slice(end, end + 40));
  if (!m) return [];
  const s = end + m[0].length - m[1]!.length;
  if (isThaiLetter(text[s + m[1]!.length]) || !/^[A-Z]/.test(m[1]!) && !isOrgOnlyAcronym(m[1]!)) return [];
  return [{ name: m[1]!, span: { start: s, end: s + m[1]!.length } }];
}

/** Attaches bracket and "หรือ" aliases to the candidates they follow. */
export function attachAliases(doc: ThaiText, candidates: OrgCandidate[]): void {
  const { text } = doc;
  for (const c of candidates) {
    const b = bracketAfter(text, c.end);
    let after = c.end;
    if (b) {
      const aliases = bracketAliases(doc, b);
      // "กองทุนเพื่อการกีฬา (กก.)": a unit's abbreviation right after a name it spells is the name's
      // acronym (after a number, "25 (กก.)", it is a unit and no name precedes it).
      if (aliases.length === 0 && UNIT_ACRONYMS.has(b.content) && startsAndContains(thaiConsonants(c.name), thaiConsonants(b.content))) {
        aliases.push({ name: b.content, span: { start: b.start, end: b.end } });
      }
      c.aliases.push(...aliases);
      if (aliases.length > 0) after = b.close;
    }
    c.aliases.push(...orAliasAfter(text, after));
  }
}

/** Longest glued phrase searched back from a bracket (characters). */
const MAX_BACK = 60;

/** "กรุงเทพมหานคร (กทม.)": organizations known only by a dotted acronym given to them. */
export function parseAcronymOnly(doc: ThaiText, taken: (pos: number) => boolean): OrgCandidate[] {
  const { text } = doc;
  const out: OrgCandidate[] = [];
  for (let i = 0; i < doc.chunks.length; i++) {
    const chunk = doc.chunks[i]!;
    if (text[chunk.start] !== '(') continue;
    const prev = doc.prevChunkInPhrase(i);
    const end = prev ? prev.end : -1;
    if (!prev || taken(end - 1)) continue;
    const b = bracketAfter(text, end);
    if (!b || !isOrgOnlyAcronym(b.content)) continue;
    const letters = thaiConsonants(b.content);
    if (letters.length < 2) continue;
    // The phrase starts after the last verb or function word before the bracket.
    const from = Math.max(prev.start, end - MAX_BACK);
    let min = from;
    for (let q = from; q < end; q = doc.nextBoundary(q, end)) {
      if (q !== prev.start && !doc.isBoundary(q)) continue;
      const stop = ORG_STOP_TABLE.match(doc, q) ?? ROLE_TABLE.match(doc, q);
      if (stop) min = q + stop.length;
    }
    let best = -1;
    for (let q = min; q < end - letters.length; q = doc.nextBoundary(q, end)) {
      if (q !== prev.start && !doc.isBoundary(q)) continue;
      const cons = thaiConsonants(text.slice(q, end));
      if (!startsAndContains(cons, letters)) continue;
      best = q;
      break; // the first (longest) phrase that fits
    }
    if (best < 0 || !isThaiLetter(text[best])) continue;
    out.push({
      name: text.slice(best, end),
      start: best,
      end,
      aliases: [{ name: b.content, span: { start: b.start, end: b.end } }],
      shortForms: [],
      fromAcronym: true,
    });
  }
  return out;
}

const STANDALONE_RE = /(?:[\u0E01-\u0E2E\u0E40-\u0E44][\u0E01-\u0E4E]{0,5}\.){1,4}/y;

/**
 * A dotted Thai acronym standing alone ("ธปท. เผยว่า", "สายด่วน กทม. 1555", "โดย สตช.ระบุ") names an
 * organization in Thai news even when its long form is not in the text. Guards: at least two
 * consonants; not a month, law, title, unit or generic abbreviation; not right after a number
 * ("5 กม."); not glued to a following name ("สภ.เมือง…", "จ.เชียงใหม่").
 */
export function parseStandaloneAcronyms(doc: ThaiText, taken: (pos: number) => boolean): OrgCandidate[] {
  const { text } = doc;
  const out: OrgCandidate[] = [];
  for (const chunk of doc.chunks) {
    for (let p = chunk.start; p < chunk.end; p++) {
      // Alone: after a space or punctuation, or glued after a function word ("โดยสตช.").
      if (text[p - 1] === '.' || (isThaiLetter(text[p - 1]) && !(doc.isBoundary(p) && afterFunctionWord(doc, p)))) continue;
      STANDALONE_RE.lastIndex = p;
      const m = STANDALONE_RE.exec(text);
      if (!m) continue;
      const acr = m[0];
      const start = p;
      const end = p + acr.length;
      p = end - 1;
      if (taken(start) || thaiConsonants(acr).length < 2 || !isOrgOnlyAcronym(acr) || GENERIC_ACRONYM_SET.has(acr)) continue;
      if (HONORIFIC_TABLE.has(acr) || ROLE_TABLE.has(acr)) continue;
      if (isThaiLetter(text[end]) && !ORG_STOP_TABLE.match(doc, end)) continue;
      if (isDigit(text[end]) || precededByNumber(text, start) || DOCUMENT_NUMBER_RE.test(text.slice(end, end + 12))) continue;
      out.push({ name: acr, start, end, aliases: [], shortForms: [], fromAcronym: true, standalone: true });
    }
  }
  return out;
}

const BEFORE_ACRONYM = ['โดย', 'ของ', 'ให้', 'และ', 'กับ', 'ร่วมกับ', 'จาก', 'ที่', 'ว่า', 'ด้าน', 'ทั้งนี้', 'ส่วน', 'ต่อ'];
const afterFunctionWord = (doc: ThaiText, p: number): boolean =>
  BEFORE_ACRONYM.some((w) => doc.text.endsWith(w, p) && doc.startsWord(p - w.length));

/** "ที่ ทจ. 27/2567": a document number, not an organization. */
const DOCUMENT_NUMBER_RE = /^ ?[0-9๐-๙]+\/[0-9๐-๙]/;

function precededByNumber(text: string, start: number): boolean {
  let a = start - 1;
  while (a >= 0 && text[a] === ' ') a--;
  return isDigit(text[a]);
}
