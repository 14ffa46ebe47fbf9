/**
 * Parser: names that begin with an organization-type word ("กระทรวงพาณิชย์", "กรมป้องกันและบรรเทา
 * สาธารณภัย", "บริษัท สยามคลาวด์ โซลูชั่นส์ จำกัด (มหาชน)", "กองทัพภาคที่ 3").
 *
 * Where the name ends (the hard part). From the type word, the name runs through the glued chunk
 * and stops at the first of:
 * - a space (Thai separates phrases with spaces; a name is one glued chunk), except for the
 *   extensions below;
 * - a word boundary where a verb, function word, time word or honorific begins ("กระทรวงพาณิชย์|จะ",
 *   "กรมส่งเสริมการเกษตร|ให้"); words found inside names do not stop it: และ, เพื่อ, ส่วน, ระหว่าง,
 *   ทาง, สำหรับ ("มูลนิธิเพื่อผู้บริโภค", "การไฟฟ้าส่วนภูมิภาค"); "ของ" stops unless the name runs
 *   on to a bracketed acronym ("…ระหว่างประเทศของญี่ปุ่น (JICA)"); "ใน" continues into "ในพระ…";
 * - the end of a country word that is not the first word of the name and is followed by more
 *   glued text ("สมาคมผู้ส่งออกข้าวไทย|คาดการณ์…"), unless แห่ง/และ/เพื่อ/ประจำ continues it;
 * - punctuation, digits or Latin letters; "ที่ 3" after a name is kept ("กองทัพภาคที่ 3"), and so
 *   is a number after a unit word ("ตำรวจภูธรภาค 5").
 * Extensions past the space: " (องค์การมหาชน)", " จำกัด", " จำกัด (มหาชน)"; for companies
 * "บริษัท X Y จำกัด"; for ministries a second portfolio joined by และ ("กระทรวงวัฒนธรรม
 * กีฬาและการท่องเที่ยว").
 * Guards: the type word alone or followed by ฯ / a generic word ("กระทรวง ภาคส่วน", "บริษัทเอกชน",
 * "สมาคมฯ", "กระทรวงต่างๆ") is not a name; branches and venues ("สำนักงานภูเก็ต", "ที่ศูนย์…") are not;
 * state-enterprise words ("การท่องเที่ยว…") only with แห่ง…/นครหลวง/ส่วนภูมิภาค or an acronym.
 */
import type { ThaiText } from '../../../persons/th/thai/text.js';
import { isDigit, isLatinLetter, isThaiLetter } from '../../../persons/th/thai/text.js';
import type { OrgPrefix } from '../data/prefixes.js';
import {
  COUNTRY_TABLE,
  ENTERPRISE_MARKERS_LIST,
  GENERIC_REMAINDER_TABLE,
  NOT_ORG_TABLE,
  ORG_STOP_TABLE,
  PLACE_SET,
  PREFIX_INFO,
  PREFIX_TABLE,
  SOFT_STOP,
  TIME_TABLE,
  NOMINALIZERS,
  VERB_STOP_TABLE,
} from '../tables.js';
import type { OrgCandidate } from '../types.js';
import { bracketAfter } from './brackets.js';

/** Longest organization name read (characters). */
const MAX_ORG = 120;
/** Most space-separated words between "บริษัท" and "จำกัด". */
const MAX_COMPANY_WORDS = 5;
/** After "ของ", at most this much more glued text may lead to a bracketed acronym. */
const MAX_AFTER_SOFT_STOP = 24;

const LATIN_COMPANY_RE = /^[A-Z][A-Za-z0-9&.'’-]*(?: (?:[A-Z][A-Za-z0-9&.'’-]*|&|and|of))*(?![A-Za-z0-9])/;
const NUMBER_AFTER_RE = /^ ?[0-9๐-๙]{1,3}(?![0-9๐-๙.,:/])/;
const NUMBERED_UNITS = ['ภาค', 'เขต', 'กอง', 'ชุด', 'ที่'];
const ORDINAL_RE = /^ที่ ?[0-9๐-๙]{1,3}(?![0-9๐-๙])/;
const LIMITED_RE = /^ จำกัด(?: ?\(มหาชน\))?/;
const PUBLIC_ORG_RE = /^ ?\(องค์การมหาชน\)/;
const LEADING_NOT_NAME = ['และ', 'หรือ', 'ของ', 'กับ', 'ใน', 'ทาง', 'ระหว่าง', 'สำหรับ', 'ต่าง', 'ทั้ง', 'ทุก'];
const CONTINUES_AFTER_COUNTRY = ['แห่ง', 'และ', 'เพื่อ', 'ประจำ'];

/** Scans a glued stretch from `from` (not the start of a word of the name) to its end. */
function scanGlued(doc: ThaiText, nameStart: number, from: number, chunkEnd: number): number {
  const { text } = doc;
  const limit = Math.min(chunkEnd, nameStart + MAX_ORG);
  for (let q = from; q < limit; q = doc.nextBoundary(q, limit)) {
    if (q !== from && !doc.isBoundary(q)) continue;
    if (!isThaiLetter(text[q])) return q;
    if (q === nameStart) continue;
    const ordinal = ORDINAL_RE.exec(text.slice(q, q + 8));
    if (ordinal) return q + ordinal[0].length;
    const stop = ORG_STOP_TABLE.match(doc, q);
    if (stop && !(stop === 'ใน' && text.startsWith('พระ', q + 2))) return q;
    // "กรมบัญชีกลาง|โอนเงิน" but "ส่งเสริมการ|ลงทุน", "ผู้|ส่งออก".
    if (VERB_STOP_TABLE.match(doc, q) && !NOMINALIZERS.some((n) => text.endsWith(n, q) && doc.isBoundary(q - n.length))) return q;
    // "ภายใน" is part of "กรมการค้าภายใน" but a preposition before a time or place.
    if (text.startsWith('ภายใน', q) && doc.endsWord(q + 5) && (isDigit(text[q + 5]) || TIME_TABLE.match(doc, q + 5))) return q;
    if (text.startsWith(SOFT_STOP, q) && doc.endsWord(q + SOFT_STOP.length)) {
      const rest = chunkEnd - (q + SOFT_STOP.length);
      if (rest > MAX_AFTER_SOFT_STOP || !bracketAfter(text, chunkEnd)) return q;
    }
    const country = COUNTRY_TABLE.match(doc, q);
    if (country && q > from) {
      const ce = q + country.length;
      if (ce < chunkEnd && !CONTINUES_AFTER_COUNTRY.some((w) => text.startsWith(w, ce)) && text[ce] !== '(') return ce;
    }
  }
  return limit < chunkEnd ? -1 : chunkEnd;
}

/** "บริษัท สยามคลาวด์ โซลูชั่นส์ จำกัด (มหาชน)": words after a company prefix up to จำกัด. */
function companyWithSpaces(doc: ThaiText, chunkIndex: number): number {
  const { text } = doc;
  let ci = chunkIndex;
  for (let k = 0; k <= MAX_COMPANY_WORDS; k++) {
    const next = doc.nextChunkInPhrase(ci);
    if (!next) return -1;
    if (k === 0 && isLatinLetter(text[next.start])) {
      // "บริษัท Vingroup", "บริษัท Siam Cloud Solutions": a Latin company name.
      const latin = LATIN_COMPANY_RE.exec(text.slice(next.start, next.start + 80));
      if (!latin) return -1;
      const end = next.start + latin[0].length;
      const ltd = LIMITED_RE.exec(text.slice(end, end + 20));
      return ltd ? end + ltd[0].length : end;
    }
    if (text.startsWith('จำกัด', next.start)) {
      if (k === 0) return -1;
      const m = LIMITED_RE.exec(text.slice(next.start - 1, next.start + 16));
      return m ? next.start - 1 + m[0].length : -1;
    }
    if (ORG_STOP_TABLE.match(doc, next.start) || PREFIX_TABLE.match(doc, next.start)) return -1;
    ci = doc.chunkIndexAt(next.start);
  }
  return -1;
}

/** Is `p` right after "ที่" / "ณ" (at): the type word names a place there. */
function afterLocative(doc: ThaiText, p: number): boolean {
  const { text } = doc;
  let q = p;
  if (text[q - 1] === ' ') q--;
  if (text.startsWith('ที่', q - 3) && doc.isBoundary(q - 3)) return true;
  return text[q - 1] === 'ณ' && !isThaiLetter(text[q - 2]);
}

export interface PrefixRead {
  end: number;
  shortForms: string[];
}

/** Reads the name starting with type word `info` at `p`; null when it is not an organization name. */
export function readPrefixName(doc: ThaiText, p: number, info: OrgPrefix): PrefixRead | null {
  const { text } = doc;
  const ci = doc.chunkIndexAt(p);
  const chunk = doc.chunks[ci];
  if (!chunk) return null;
  const pe = p + info.prefix.length;
  const shortForms: string[] = [];
  let end: number;
  if (pe >= chunk.end) {
    if (info.kind !== 'company') return null;
    end = companyWithSpaces(doc, ci);
    if (end < 0) return null;
    const core = text.slice(pe, end).replace(LIMITED_RE, '').replace(/ จำกัด.*$/, '').trim();
    if (core.length >= 3) shortForms.push(core);
    return { end, shortForms };
  }
  if (text[pe] === 'ฯ' || !isThaiLetter(text[pe])) return null;
  // "กระทรวงและสาขา…", "กระทรวงของ…": a conjunction or preposition right after the type word.
  if (LEADING_NOT_NAME.some((w) => text.startsWith(w, pe) && doc.endsWord(pe + w.length))) return null;
  end = scanGlued(doc, p, pe, chunk.end);
  if (end <= pe) return null;
  // A numbered unit: "ตำรวจภูธรภาค 5", "สำนักงานเขต 2".
  const num = NUMBER_AFTER_RE.exec(text.slice(end, end + 6));
  if (num && NUMBERED_UNITS.some((u) => text.endsWith(u, end))) end += num[0].length;
  const remainder = text.slice(pe, end);
  if (GENERIC_REMAINDER_TABLE.has(remainder)) return null;
  // "สำนักงานภูเก็ต" (a branch), "บริษัทญี่ปุ่น", "มหาวิทยาลัยไทย" (generic: Japanese firms, Thai universities).
  if (PLACE_SET.has(remainder) && info.kind === 'branch') return null;
  if (COUNTRY_TABLE.has(remainder) && (info.kind === 'company' || info.kind === 'education')) return null;
  if ((info.kind === 'branch' || info.kind === 'education') && afterLocative(doc, p)) return null;

  if (end === chunk.end) {
    // A second portfolio: "กระทรวงวัฒนธรรม กีฬาและการท่องเที่ยวเวียดนาม".
    const next = info.listable ? doc.nextChunkInPhrase(ci) : undefined;
    if (next && !ORG_STOP_TABLE.match(doc, next.start) && !PREFIX_TABLE.match(doc, next.start)) {
      const nextEnd = scanGlued(doc, next.start, next.start, next.end);
      const and = text.indexOf('และ', next.start + 2);
      if (nextEnd > 0 && and > 0 && and < nextEnd && doc.isBoundary(and)) end = nextEnd;
    }
    const pub = PUBLIC_ORG_RE.exec(text.slice(end, end + 20));
    if (pub) {
      shortForms.push(text.slice(p, end));
      end += pub[0].length;
    } else {
      const ltd = LIMITED_RE.exec(text.slice(end, end + 20));
      if (ltd) {
        shortForms.push(text.slice(p, end));
        end += ltd[0].length;
      }
    }
  }
  if (info.kind === 'enterprise') {
    const name = text.slice(pe, end);
    if (!ENTERPRISE_MARKERS_LIST.some((m) => name.includes(m)) && !bracketAfter(text, end)) return null;
  }
  if (info.kind === 'company' && info.prefix !== 'ธนาคาร' && remainder.length >= 3) shortForms.push(remainder);
  return { end, shortForms };
}

export function parsePrefixNames(doc: ThaiText): OrgCandidate[] {
  const { text } = doc;
  const out: OrgCandidate[] = [];
  let skipUntil = -1;
  for (const chunk of doc.chunks) {
    for (let p = Math.max(chunk.start, skipUntil); p < chunk.end; p++) {
      if (p !== chunk.start && !doc.isBoundary(p) && isThaiLetter(text[p - 1])) continue;
      const prefix = PREFIX_TABLE.prefixAt(text, p);
      if (!prefix || NOT_ORG_TABLE.match(doc, p)) continue;
      const read = readPrefixName(doc, p, PREFIX_INFO.get(prefix)!);
      if (!read) continue;
      out.push({ name: text.slice(p, read.end), start: p, end: read.end, aliases: [], shortForms: read.shortForms });
      skipUntil = read.end;
      p = read.end - 1;
      if (read.end > chunk.end) break;
    }
  }
  return out;
}
