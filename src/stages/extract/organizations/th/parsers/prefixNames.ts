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
 *   ทาง, ด้าน ("มูลนิธิเพื่อผู้บริโภค", "การไฟฟ้าส่วนภูมิภาค", "ศูนย์ความเป็นเลิศด้าน…"), but "และ"
 *   + a group of people does ("เทศบาลเมืองป่าตอง|และอาสาสมัคร"); "ของ" stops unless the name runs
 *   on to a bracketed acronym ("…ระหว่างประเทศของญี่ปุ่น (JICA)"); "ใน" continues into "ในพระ…";
 * - the end of a country word that is not the first word of the name and is followed by more
 *   glued text ("สมาคมผู้ส่งออกข้าวไทย|คาดการณ์…"), unless แห่ง/และ/เพื่อ/ประจำ continues it;
 * - punctuation, digits or Latin letters; "ที่ 3" after a name is kept ("กองทัพภาคที่ 3"), and so
 *   is a number after a unit word ("ตำรวจภูธรภาค 5").
 * - the end of a province in an office's name followed by more glued text ("โครงการชลประทาน
 *   พิจิตร|ผันน้ำ"); a verb (or เป็น) after ผู้ / การ / ความ / นัก is a noun and stays
 *   ("…ผู้ประสบภัย…", "ศูนย์ความเป็นเลิศ…");
 * - a purpose phrase right after the type word ("คณะกรรมการให้ความช่วยเหลือ…", "ศูนย์เตือนภัย…"),
 *   or a list of purposes ("คณะกรรมการป้องกันและแก้ไข…"), is kept only when the name ends with its
 *   jurisdiction (จังหวัด…, แห่งชาติ, a country); a list without one is no name.
 * Extensions past the space: " (องค์การมหาชน)", " จำกัด", " จำกัด (มหาชน)", " เขต 2" (an office's
 * numbered area), " ในพระบรมราชูปถัมภ์" (royal patronage), a dotted acronym's dot ("บมจ.ปตท."); for
 * companies "บริษัท X Y จำกัด", "บมจ.X Y (TICKER)"; for ministries a second portfolio joined by และ
 * ("กระทรวงวัฒนธรรม กีฬาและการท่องเที่ยว").
 * - a joiner (เพื่อ, และ, ของ …) is never the last word ("ศาลรัฐธรรมนูญเพื่อ|พิจารณา" → "ศาลรัฐธรรมนูญ");
 *   "และ" + another type word with a name starts a second name ("สโมสรA|และสโมสรB"), also when a
 *   bracketed acronym after it abbreviates the second name alone ("กรมA|และสำนักงานB (สพฐ.)");
 *   "ภายใน" before a number, also after a space ("ศาล|ภายใน 15 วัน").
 * Guards: a type word followed by a quantity, determiner, scope word or verb is generic ("พรรคใหม่",
 * "พรรคจำนวน", "โรงเรียนทั่ว", "พรรครับเงิน…"); a coined party name does not begin with a function
 * word ("พรรคพร้อมสู้"); a generic phrase + name + จำกัด is a registered body ("สหกรณ์การเกษตรX จำกัด");
 * the type word alone or followed by ฯ / a generic word ("กระทรวง ภาคส่วน", "บริษัทเอกชน",
 * "สมาคมฯ", "กระทรวงต่างๆ") is not a name; branches and venues ("สำนักงานภูเก็ต", "ที่ศูนย์…",
 * "เข้าโรงพยาบาล…", "ถึงโรงเรียน…") are not;
 * state-enterprise words ("การท่องเที่ยว…") only with แห่ง…/นครหลวง/ส่วนภูมิภาค or an acronym.
 */
import type { ThaiText } from '../../../persons/th/thai/text.js';
import { isDigit, isLatinLetter, isThaiLetter, startsAndContains, thaiConsonants } from '../../../persons/th/thai/text.js';
import { CLUB_TAILS, type OrgPrefix } from '../data/prefixes.js';
import {
  COUNTRY_TABLE,
  ENTERPRISE_MARKERS_LIST,
  GLUED_BEFORE,
  GENERIC_REMAINDER_TABLE,
  GENERIC_START_TABLE,
  NOT_ORG_TABLE,
  ORG_STOP_TABLE,
  PLACE_SET,
  PLACE_TABLE,
  PREFIX_INFO,
  PREFIX_TABLE,
  PROPER_NAME_STOP_TABLE,
  SOFT_STOP,
  TIME_TABLE,
  NOMINALIZERS,
  NOMINALIZED_STOPS,
  PEOPLE_TABLE,
  SPEECH_VERB_TABLE,
  VERB_SET,
  VERB_STOP_TABLE,
} from '../tables.js';
import type { OrgCandidate } from '../types.js';
import { bracketAfter, bracketAliases, isThaiDottedAcronym } from './brackets.js';

/** Longest organization name read (characters). */
const MAX_ORG = 120;
/** Longest dotted acronym read as a name after a type word (characters). */
const MAX_ACRONYM = 6;
/** Most space-separated words between "บริษัท" and "จำกัด". */
const MAX_COMPANY_WORDS = 5;
/** After "ของ", at most this much more glued text may lead to a bracketed acronym. */
const MAX_AFTER_SOFT_STOP = 24;

const LATIN_COMPANY_RE = /^[A-Z][A-Za-z0-9&.'’-]*(?: (?:[A-Z][A-Za-z0-9&.'’-]*|&|and|of))*(?![A-Za-z0-9])/;
const NUMBER_AFTER_RE = /^ ?[0-9๐-๙]{1,3}(?![0-9๐-๙.,:/])/;
const NUMBERED_UNITS = ['ภาค', 'เขต', 'กอง', 'ชุด', 'ที่'];
const ORDINAL_RE = /^ที่ ?[0-9๐-๙]{1,3}(?![0-9๐-๙])/;
const LIMITED_RE = /^ จำกัด(?: ?\(มหาชน\))?/;
/** "ในพระบรมราชูปถัมภ์", "ในพระราชินูปถัมภ์", "ในพระอุปถัมภ์" (under royal patronage), after a space. */
const ROYAL_PATRONAGE_RE = /^ ในพระ[\u0E01-\u0E4E]{0,16}?ปถัมภ์(?![\u0E01-\u0E4E])/;
/** "…ทุกแห่ง", "…ทั่วประเทศ": every office of a kind. */
const CLASS_SCOPES = '(?:ทุกแห่ง|ทุกจังหวัด|ทุกอำเภอ|ทั่วประเทศ)';
/** …at the end of a glued phrase ("สำนักงานเกษตรจังหวัดทุกแห่ง")… */
const CLASS_SCOPE_RE = new RegExp(`${CLASS_SCOPES}$`);
/** …or right after the name, with the sentence going on ("สำนักงานประมงอำเภอทุกแห่งในวันเวลาราชการ"). */
const CLASS_SCOPE_NEXT_RE = new RegExp(`^${CLASS_SCOPES}`);
/** A stock ticker in brackets after a company's name ("(MTL)", "(SSCAP)"). */
const TICKER_RE = /^[A-Z][A-Z0-9&-]{1,9}$/;
const PUBLIC_ORG_RE = /^ ?\(องค์การมหาชน\)/;
const AREA_AFTER_RE = /^ (?:เขต|ภาค) ?[0-9๐-๙]{1,2}(?![0-9๐-๙.,:/])/;
const LEADING_NOT_NAME = ['และ', 'หรือ', 'ของ', 'กับ', 'ใน', 'ทาง', 'ระหว่าง', 'สำหรับ', 'ต่าง', 'ทั้ง', 'ทุก'];
const CONTINUES_AFTER_COUNTRY = ['แห่ง', 'และ', 'เพื่อ', 'ประจำ'];
/** A body of foreigners in a country names where it is: "หอการค้าจีนในประเทศไทย", "สมาคม…ในประเทศไทย". */
const IN_COUNTRY_RE = /^ใน(?:ประเทศ)?(?=[\u0E01-\u0E4E])/;
/** "… 3 สถาบัน (กกร.)": a count and its classifier inside a name that runs on to its acronym. */
const COUNT_BEFORE_BRACKET_RE = /^ [0-9๐-๙]{1,2} [\u0E01-\u0E4E]{2,12}(?= ?\()/;
/** Most space-separated list items between a name and the bracket that closes it. */
const MAX_LIST_ITEMS = 3;
/** "บริษัท X (ประเทศไทย) จำกัด": the country of a subsidiary is not part of its short form. */
const SUBSIDIARY_RE = / ?\((?:ประเทศไทย|ไทยแลนด์|Thailand)\)$/;
/** A bracketed Latin acronym ("(PIPO)"): it may vouch for a name cut at a verb inside it. */
const LATIN_ACRONYM_RE = /^[A-Z]{2,8}$/;
/**
 * An office posted abroad, written apart after its name: " ณ กรุงโซล", " ณ นครเซี่ยงไฮ้" (a capital or
 * a foreign city; a Thai place after ณ is where something happens: "ณ นครราชสีมา", "ณ กรุงเทพฯ").
 */
const OVERSEAS_POST_RE = /^ ณ ((?:กรุง|นคร)[\u0E01-\u0E4E]{2,20})(?![\u0E01-\u0E4E.])/;
/** "สำนักงานส่งเสริมการค้า|ในต่างประเทศ ณ กรุงโซล": the phrase a posted office's name is cut at. */
const ABROAD = 'ในต่างประเทศ';
/** Shortest type word read after a glued function word (short ones start too many ordinary words). */
const MIN_GLUED_PREFIX = 4;

const CONTINUES_AFTER_PLACE = [...CONTINUES_AFTER_COUNTRY, 'เขต', 'ภาค', 'สาขา', 'วิทยาเขต', 'ส่วน', 'นคร'];
/** A place word this long ends an office's name by itself; shorter ones ("เลย", "ตาก") only after จังหวัด/อำเภอ. */
const MIN_BARE_PLACE = 5;
const AFTER_UNIT = ['จังหวัด', 'อำเภอ'];
/** Kinds of bodies named after the place they serve (not universities or companies: "สงขลานครินทร์"). */
const PLACE_NAMED_KINDS: ReadonlySet<OrgPrefix['kind']> = new Set(['government', 'branch', 'enterprise']);

const afterNominalizer = (doc: ThaiText, q: number): boolean =>
  NOMINALIZERS.some((n) => doc.text.endsWith(n, q) && doc.isBoundary(q - n.length));

/**
 * Does a name end with the jurisdiction of the body: a province or district ("…จังหวัดศรีสะเกษ"),
 * the nation ("…แห่งชาติ", "…แห่งประเทศไทย") or a country?
 */
function endsWithJurisdiction(doc: ThaiText, start: number, end: number): boolean {
  const { text } = doc;
  const name = text.slice(start, end);
  if (name.endsWith('แห่งชาติ') || name.endsWith('แห่งประเทศไทย')) return true;
  for (let q = end - 2; q > start && q >= end - 30; q--) {
    if (!doc.isBoundary(q) || !PLACE_SET.has(text.slice(q, end))) continue;
    if (AFTER_UNIT.some((u) => text.endsWith(u, q)) || COUNTRY_TABLE.has(text.slice(q, end))) return true;
  }
  return false;
}

/** Function words that begin a committee's or centre's purpose: "คณะกรรมการให้ความช่วยเหลือ…". */
const PURPOSE_STARTS = ['ให้ความ', 'ให้การ'];

/** "คณะทำงาน|แก้ไข|ปัญหา…": a verb that begins the purpose of a committee-type body. */
function purposeVerb(doc: ThaiText, pe: number, info: OrgPrefix): string | undefined {
  if (!info.purpose) return undefined;
  const stop = ORG_STOP_TABLE.match(doc, pe);
  if (stop && VERB_SET.has(stop)) return stop;
  return VERB_STOP_TABLE.match(doc, pe);
}

/** Does a bracket holding an alias follow `end` ("… (JR East)", "… (กกต.)")? */
function aliasAfter(doc: ThaiText, end: number): boolean {
  const b = bracketAfter(doc.text, end);
  return !!b && bracketAliases(doc, b).length > 0;
}

/** Shortest remainder after a type word for "และ" + type word to start a second name. */
const MIN_SECOND_NAME = 3;

/**
 * Does a second organization name start at `q` (right after "และ")? A type word, not a generic
 * word ("สหกรณ์การเกษตร"), followed by a glued name that does not stop at once.
 */
function startsSecondName(doc: ThaiText, nameStart: number, q: number, chunkEnd: number): boolean {
  const { text } = doc;
  const prefix = PREFIX_TABLE.prefixAt(text, q);
  if (!prefix || !doc.isBoundary(q)) return false;
  const generic = NOT_ORG_TABLE.match(doc, q);
  if (generic && generic.length >= prefix.length) return false;
  const pe = q + prefix.length;
  if (chunkEnd - pe < MIN_SECOND_NAME || !isThaiLetter(text[pe])) return false;
  // "…กีฬาและการท่องเที่ยวเวียดนาม": a state-enterprise word is a name only with its marker.
  if (PREFIX_INFO.get(prefix)!.kind === 'enterprise' && !ENTERPRISE_MARKERS_LIST.some((m) => text.slice(pe, Math.min(chunkEnd, pe + MAX_ORG)).includes(m))) return false;
  if (ORG_STOP_TABLE.match(doc, pe) || GENERIC_START_TABLE.match(doc, pe) || PREFIX_TABLE.match(doc, pe)) return false;
  // A second name that the same bracket closes is part of one long name ("…หลักทรัพย์และตลาดหลักทรัพย์
  // (ก.ล.ต.)"), unless the bracket's acronym abbreviates the second name alone ("กรมพลศึกษาและสำนักงาน
  // คณะกรรมการการศึกษาขั้นพื้นฐาน (สพฐ.)").
  const b = bracketAfter(text, chunkEnd);
  const aliases = b ? bracketAliases(doc, b) : [];
  if (aliases.length === 0) return true;
  const second = thaiConsonants(text.slice(q, chunkEnd));
  const whole = thaiConsonants(text.slice(nameStart, chunkEnd));
  return aliases.some((a) => {
    const letters = thaiConsonants(a.name);
    return isThaiDottedAcronym(a.name) && startsAndContains(second, letters) && !startsAndContains(whole, letters);
  });
}

/** Does the dotted acronym in brackets after `chunkEnd` spell [start, chunkEnd) but not [start, cut)? */
function acronymSpellsThrough(doc: ThaiText, start: number, cut: number, chunkEnd: number): boolean {
  const { text } = doc;
  const b = bracketAfter(text, chunkEnd);
  if (!b || !isThaiDottedAcronym(b.content)) return false;
  const letters = thaiConsonants(b.content);
  return startsAndContains(thaiConsonants(text.slice(start, chunkEnd)), letters) && !startsAndContains(thaiConsonants(text.slice(start, cut)), letters);
}

/** Function words a coined proper name may begin with. */
const PROPER_NAME_FIRST_WORDS: ReadonlySet<string> = new Set(['รวม']);

/** Joiners that stay inside a name but never end one ("ศาลรัฐธรรมนูญเพื่อ|พิจารณา" → "ศาลรัฐธรรมนูญ"). */
const TRAILING_JOINERS = ['และ', 'เพื่อ', 'ระหว่าง', 'ทาง', 'ของ', 'ด้าน'];

/** Scans a glued stretch from `from` (not the start of a word of the name) to its end. */
function scanGlued(doc: ThaiText, nameStart: number, from: number, chunkEnd: number, placeCut = false): number {
  const { text } = doc;
  const limit = Math.min(chunkEnd, nameStart + MAX_ORG);
  for (let q = from; q < limit; q = doc.nextBoundary(q, limit)) {
    if (q !== from && !doc.isBoundary(q)) continue;
    if (!isThaiLetter(text[q])) return q;
    if (q === nameStart) continue;
    const ordinal = ORDINAL_RE.exec(text.slice(q, q + 8));
    if (ordinal) return q + ordinal[0].length;
    const stop = ORG_STOP_TABLE.match(doc, q);
    // "ผู้|ประสบภัย", "การ|เตรียม…", "ความ|เป็น|เลิศ": a verb made a noun by ผู้ / การ / ความ / นัก stays in the name.
    if (stop && !(stop === 'ใน' && text.startsWith('พระ', q + 2)) && !(NOMINALIZED_STOPS.has(stop) && afterNominalizer(doc, q))) return q;
    // "กรมบัญชีกลาง|โอนเงิน" but "ส่งเสริมการ|ลงทุน", "ผู้|ส่งออก".
    if (VERB_STOP_TABLE.match(doc, q) && !afterNominalizer(doc, q)) return q;
    // "ภายใน" is part of "กรมการค้าภายใน" but a preposition before a time or place.
    if (text.startsWith('ภายใน', q) && doc.endsWord(q + 5)) {
      const w = text[q + 5] === ' ' ? q + 6 : q + 5;
      if (isDigit(text[w]) || TIME_TABLE.match(doc, w)) return q;
    }
    // "สโมสรฟุตซอลสุพรรณซิตี้|และสโมสรฟุตซอล…": และ followed by another type word and its name
    // joins two names; the first ends before it (not "กระทรวงเกษตรและสหกรณ์", where none follows).
    if (text.startsWith('และ', q) && q > from && startsSecondName(doc, nameStart, q + 3, chunkEnd)) return q;
    // "เทศบาลเมืองป่าตอง|และอาสาสมัคร…": และ + a group of people joins the body to others.
    if (text.startsWith('และ', q) && PEOPLE_TABLE.match(doc, q + 3)) return q;
    if (text.startsWith(SOFT_STOP, q) && doc.endsWord(q + SOFT_STOP.length)) {
      const rest = chunkEnd - (q + SOFT_STOP.length);
      if (rest > MAX_AFTER_SOFT_STOP || !bracketAfter(text, chunkEnd)) return q;
    }
    const country = COUNTRY_TABLE.match(doc, q);
    if (country && q > from) {
      const ce = q + country.length;
      // "บริษัทรถไฟญี่ปุ่นตะวันออก (JR East)": a name closed by its bracketed alias goes on past the country.
      const closedByAlias = chunkEnd - ce <= MAX_AFTER_SOFT_STOP && aliasAfter(doc, chunkEnd);
      if (ce < chunkEnd && !CONTINUES_AFTER_COUNTRY.some((w) => text.startsWith(w, ce)) && text[ce] !== '(' && !closedByAlias) return ce;
    }
    // "โครงการชลประทานศรีสะเกษ|สูบน้ำ…", "…จังหวัดเลย|แจก…": an office named after a place ends with it.
    if (placeCut) {
      const place = PLACE_TABLE.match(doc, q);
      if (place && (place.length >= MIN_BARE_PLACE || AFTER_UNIT.some((u) => text.endsWith(u, q)))) {
        const pe = q + place.length;
        if (pe < chunkEnd && isThaiLetter(text[pe]) && !CONTINUES_AFTER_PLACE.some((w) => text.startsWith(w, pe))) return pe;
      }
    }
  }
  return limit < chunkEnd ? -1 : chunkEnd;
}

/** A coined proper name ("พรรครวมไทยสร้างชาติ"): to the end of the glued chunk or the first clause word. */
function scanProperName(doc: ThaiText, nameStart: number, from: number, chunkEnd: number): number {
  const { text } = doc;
  const limit = Math.min(chunkEnd, nameStart + MAX_ORG);
  for (let q = from; q < limit; q = doc.nextBoundary(q, limit)) {
    if (q !== from && !doc.isBoundary(q)) continue;
    if (!isThaiLetter(text[q]) || PROPER_NAME_STOP_TABLE.match(doc, q)) return q;
  }
  return limit < chunkEnd ? -1 : chunkEnd;
}

/**
 * "กองทุนโลกเพื่อต่อสู้โรคเอดส์ วัณโรค และมาลาเรีย (Global Fund)": a name that ends in a list of
 * items separated by spaces, the last joined by และ, runs to the bracketed alias that closes it.
 * Returns the end of the last item, or -1.
 */
function listBeforeBracket(doc: ThaiText, chunkIndex: number): number {
  const { text } = doc;
  let ci = chunkIndex;
  for (let k = 0; k < MAX_LIST_ITEMS; k++) {
    const next = doc.nextChunkInPhrase(ci);
    if (!next || !isThaiLetter(text[next.start])) return -1;
    const last = text.startsWith('และ', next.start);
    const from = last && next.end > next.start + 3 ? next.start + 3 : next.start;
    if (!last && (ORG_STOP_TABLE.match(doc, next.start) || PREFIX_TABLE.match(doc, next.start))) return -1;
    if (scanGlued(doc, from, from, next.end) !== next.end) return -1;
    ci = doc.chunkIndexAt(next.start);
    if (last) {
      // "… และ มาลาเรีย": the conjunction written apart from the last item.
      let end = next.end;
      if (next.end === next.start + 3) {
        const item = doc.nextChunkInPhrase(ci);
        if (!item || !isThaiLetter(text[item.start]) || scanGlued(doc, item.start, item.start, item.end) !== item.end) return -1;
        end = item.end;
      }
      const b = bracketAfter(text, end);
      return b && bracketAliases(doc, b).length > 0 ? end : -1;
    }
  }
  return -1;
}

/**
 * "บริษัท สยามคลาวด์ โซลูชั่นส์ จำกัด (มหาชน)", "บมจ.เมืองทอง ลิสซิ่ง (MTL)": words after a company
 * prefix (or after the first word of the name, `glued`) up to จำกัด or a bracketed ticker.
 */
function companyWithSpaces(doc: ThaiText, chunkIndex: number, glued = false): number {
  const { text } = doc;
  let ci = chunkIndex;
  for (let k = 0; k <= MAX_COMPANY_WORDS; k++) {
    const next = doc.nextChunkInPhrase(ci);
    if (!next) return -1;
    if (k === 0 && isLatinLetter(text[next.start])) {
      if (glued) return -1;
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
    const b = bracketAfter(text, next.end);
    if (b && TICKER_RE.test(b.content) && isThaiLetter(text[next.end - 1])) return next.end;
    ci = doc.chunkIndexAt(next.start);
  }
  return -1;
}

/** The company's name without its legal form or subsidiary country ("สยามคลาวด์ โซลูชั่นส์"). */
function companyCore(text: string, pe: number, end: number): string {
  return text.slice(pe, end).replace(LIMITED_RE, '').replace(/ จำกัด.*$/, '').replace(SUBSIDIARY_RE, '').trim();
}

/**
 * Words after which a type word names a place: "ที่" / "ณ" (at), "เข้า" (into), "ถึง" (to):
 * "รักษาที่โรงพยาบาล…", "เข้าศูนย์ฝึก…", "จากบ้านถึงศูนย์".
 */
const LOCATIVES = ['ที่', 'เข้า', 'ถึง'];

/** Is `p` right after a locative word: the type word names a place there. */
function afterLocative(doc: ThaiText, p: number): boolean {
  const { text } = doc;
  let q = p;
  if (text[q - 1] === ' ') q--;
  if (LOCATIVES.some((w) => text.endsWith(w, q) && doc.isBoundary(q - w.length))) return true;
  return text[q - 1] === 'ณ' && !isThaiLetter(text[q - 2]);
}

/**
 * "ศูนย์ควบคุมการแจ้ง|เข้าออกเรือประมง (PIPO)": a name cut at a verb that continues a nominalized
 * word ("การแจ้ง" + "เข้าออก…") runs to the end of its chunk when a bracketed Latin acronym closes
 * the chunk, and no speech verb or function word stands in the rest ("กรมการค้า|เตือน…" stays cut).
 */
function latinAcronymCloses(doc: ThaiText, pe: number, cut: number, chunkEnd: number): boolean {
  const { text } = doc;
  const b = bracketAfter(text, chunkEnd);
  if (!b || !LATIN_ACRONYM_RE.test(b.content) || !isThaiLetter(text[chunkEnd - 1])) return false;
  let wordStart = cut - 1;
  while (wordStart > pe && !doc.isBoundary(wordStart)) wordStart--;
  if (!afterNominalizer(doc, wordStart)) return false;
  for (let q = cut; q < chunkEnd; q = doc.nextBoundary(q, chunkEnd)) {
    if (!doc.isBoundary(q)) continue;
    if (SPEECH_VERB_TABLE.match(doc, q)) return false;
    const stop = ORG_STOP_TABLE.match(doc, q);
    if (stop && !VERB_SET.has(stop)) return false;
  }
  return true;
}

/** The length of an overseas post written after `end` (" ณ กรุงโซล"), or 0. */
function overseasPostAfter(doc: ThaiText, end: number): number {
  const m = OVERSEAS_POST_RE.exec(doc.text.slice(end, end + 32));
  if (!m || PLACE_SET.has(m[1]!) || m[1]!.startsWith('กรุงเทพ')) return 0;
  return m[0].length;
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
    if (end < 0 || (info.limited && !text.slice(pe, end).includes('จำกัด'))) return null;
    const core = companyCore(text, pe, end);
    if (core.length >= 3) shortForms.push(core);
    return { end, shortForms };
  }
  if (text[pe] === 'ฯ' || !isThaiLetter(text[pe]) || info.limited) return null;
  // "กระทรวงและสาขา…", "กระทรวงของ…": a conjunction or preposition right after the type word.
  if (LEADING_NOT_NAME.some((w) => text.startsWith(w, pe) && doc.endsWord(pe + w.length))) return null;
  // "พรรคใหม่", "พรรคจำนวน 27 คน", "โรงเรียนทั่ว 77 จังหวัด", "พรรครับเงิน…": generic, not a name.
  if (GENERIC_START_TABLE.match(doc, pe)) return null;
  // "พรรคพร้อมสู้", "พรรคยังมีเสียง": a coined name does not begin with a function word or verb
  // (only "รวม", as in "พรรครวมไทยสร้างชาติ"; เพื่อ / ทาง are not stop words).
  if (info.properName) {
    const first = ORG_STOP_TABLE.match(doc, pe);
    if (first && !PROPER_NAME_FIRST_WORDS.has(first)) return null;
  }
  const placeCut = PLACE_NAMED_KINDS.has(info.kind);
  end = info.properName ? scanProperName(doc, p, pe, chunk.end) : scanGlued(doc, p, pe, chunk.end, placeCut);
  // "กองทุนเงิน|ให้|กู้ยืมเพื่อการศึกษา (กยศ.)": a name cut at a stop word runs to the end of its chunk
  // when the bracketed acronym after it takes letters from the words past the cut.
  if (end > pe && end < chunk.end && acronymSpellsThrough(doc, p, end, chunk.end)) end = chunk.end;
  if (end > pe && end < chunk.end && latinAcronymCloses(doc, pe, end, chunk.end)) end = chunk.end;
  // "สำนักงานส่งเสริมการค้าในต่างประเทศ ณ กรุงโซล": a posted office's name runs through "abroad" and its post.
  if (end > pe && text.slice(end, chunk.end) === ABROAD && overseasPostAfter(doc, chunk.end) > 0) end = chunk.end;
  // "หอการค้าจีนในประเทศไทย": an association of foreigners named with the country it works in.
  if (info.kind === 'association' && end > pe && end < chunk.end) {
    const inCountry = IN_COUNTRY_RE.exec(text.slice(end, end + 8));
    const country = inCountry ? COUNTRY_TABLE.match(doc, end + inCountry[0].length) : undefined;
    if (inCountry && country && end + inCountry[0].length + country.length === chunk.end && endsWithCountry(doc, pe, end)) {
      end = chunk.end;
    }
  }
  // "คณะกรรมการให้ความช่วยเหลือผู้ประสบภัยพิบัติจังหวัดศรีสะเกษ": a purpose phrase right after the
  // type word is the name when the name goes on to say whose body it is.
  const purpose = end === pe ? (PURPOSE_STARTS.find((w) => text.startsWith(w, pe) && doc.endsWord(pe + w.length)) ?? purposeVerb(doc, pe, info)) : undefined;
  if (purpose && info.kind !== 'company') {
    const e2 = scanGlued(doc, p, pe + purpose.length, chunk.end, placeCut);
    if (e2 > pe + purpose.length && endsWithJurisdiction(doc, p, e2)) end = e2;
  }
  // "ศาลรัฐธรรมนูญเพื่อ|พิจารณา…": a name read up to a joiner ends before it.
  for (const j of TRAILING_JOINERS) {
    if (end - j.length > pe && text.endsWith(j, end) && doc.isBoundary(end - j.length) && end < chunk.end) {
      // "คณะกรรมการป้องกันและ|แก้ไขปัญหา…จังหวัด": a committee named by a list of purposes is a name
      // only when the list goes on to say whose body it is.
      const verb = j === 'และ' ? purposeVerb(doc, end, info) : undefined;
      if (verb) {
        const e2 = scanGlued(doc, p, end + verb.length, chunk.end, placeCut);
        if (!endsWithJurisdiction(doc, p, e2)) return null;
        end = e2;
        break;
      }
      end -= j.length;
      break;
    }
  }
  if (end <= pe) return null;
  // "สำนักงานเกษตรจังหวัดทุกแห่ง", "สำนักงาน…ของมนุษย์จังหวัดทุกแห่ง": a name whose phrase ends "in
  // every province / nationwide" names a class of offices, not one body.
  if (CLASS_SCOPE_NEXT_RE.test(text.slice(end, chunk.end)) && doc.isBoundary(end)) return null;
  const scope = CLASS_SCOPE_RE.exec(text.slice(end, chunk.end));
  if (scope) {
    const from = text.startsWith(SOFT_STOP, end) ? end + SOFT_STOP.length : end;
    const tailStart = chunk.end - scope[0].length;
    if (from === tailStart || scanGlued(doc, p, from, chunk.end) === tailStart) return null;
  }
  // "บมจ.ปตท. (PTT)": a name that is a dotted acronym keeps its dot.
  if (text[end] === '.' && end - pe <= MAX_ACRONYM && thaiConsonants(text.slice(pe, end)) === text.slice(pe, end) && !isThaiLetter(text[end + 1])) end++;
  // A numbered unit: "ตำรวจภูธรภาค 5", "สำนักงานเขต 2".
  const num = NUMBER_AFTER_RE.exec(text.slice(end, end + 6));
  if (num && NUMBERED_UNITS.some((u) => text.endsWith(u, end))) end += num[0].length;
  // "สำนักงานผู้แทนประจำประเทศไทยของ ADB": an office posted somewhere and said to be another body's
  // is a unit of that body, not an organization of its own.
  if (text.slice(pe, end).includes('ประจำ') && text.startsWith(SOFT_STOP, end)) return null;
  const remainder = text.slice(pe, end);
  // "คณะกรรมการบริษัท" (the board), "สภามหาวิทยาลัย": a type word followed by another alone is generic;
  // but a state-enterprise word alone is also the field a government body is named for ("กรมการท่องเที่ยว").
  const fieldName = info.kind === 'government' && PREFIX_INFO.get(remainder)?.kind === 'enterprise';
  if (GENERIC_REMAINDER_TABLE.has(remainder) || (PREFIX_TABLE.has(remainder) && !fieldName)) return null;
  // "สำนักงานภูเก็ต" (a branch), "บริษัทญี่ปุ่น", "มหาวิทยาลัยไทย" (generic: Japanese firms, Thai universities).
  if (PLACE_SET.has(remainder) && info.kind === 'branch' && !info.placeName) return null;
  if (COUNTRY_TABLE.has(remainder) && (info.kind === 'company' || info.kind === 'education')) return null;
  if ((info.kind === 'branch' || info.kind === 'education') && afterLocative(doc, p)) return null;
  // "บมจ.เมืองทอง ลิสซิ่ง (MTL)", "บริษัทเมืองทอง ลิสซิ่ง จำกัด": a company's name that goes on in
  // words apart runs to its legal form or ticker.
  const spaced = info.kind === 'company' && end === chunk.end ? companyWithSpaces(doc, ci, true) : -1;
  if (spaced > 0) {
    const core = companyCore(text, pe, spaced);
    if (info.prefix !== 'ธนาคาร') shortForms.push(core);
    if (spaced - pe > core.length) shortForms.push(info.prefix + core);
    return { end: spaced, shortForms };
  }

  if (end === chunk.end) {
    // A second portfolio: "กระทรวงวัฒนธรรม กีฬาและการท่องเที่ยวเวียดนาม".
    const next = info.listable ? doc.nextChunkInPhrase(ci) : undefined;
    if (next && !ORG_STOP_TABLE.match(doc, next.start) && !PREFIX_TABLE.match(doc, next.start)) {
      const nextEnd = scanGlued(doc, next.start, next.start, next.end);
      const and = text.indexOf('และ', next.start + 2);
      if (nextEnd > 0 && and > 0 && and < nextEnd && doc.isBoundary(and)) end = nextEnd;
    }
    // "…เอดส์ วัณโรค และมาลาเรีย (Global Fund)": a list closed by the name's bracketed alias.
    if (end === chunk.end && info.kind !== 'company') {
      const listEnd = listBeforeBracket(doc, ci);
      if (listEnd > 0) end = listEnd;
    }
    // "คณะกรรมการร่วมภาคเอกชน 3 สถาบัน (กกร.)": a count that belongs to the name its acronym closes.
    const count = COUNT_BEFORE_BRACKET_RE.exec(text.slice(end, end + 24));
    if (count) {
      const b = bracketAfter(text, end + count[0].length);
      if (b && bracketAliases(doc, b).length > 0) end += count[0].length;
    }
    // A numbered area of an office: "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต 1".
    const area = placeCut ? AREA_AFTER_RE.exec(text.slice(end, end + 10)) : null;
    if (area) end += area[0].length;
    // A club's English tail written apart: "สโมสรบุรีรัมย์ ยูไนเต็ด".
    if (info.kind === 'association' && text[end] === ' ') {
      const tail = CLUB_TAILS.find((t) => text.startsWith(t, end + 1) && !isThaiLetter(text[end + 1 + t.length]));
      if (tail) end += 1 + tail.length;
    }
    // An office posted abroad: "สถานเอกอัครราชทูตไทย ณ กรุงโซล", "…ในต่างประเทศ ณ กรุงโซล".
    if (placeCut) end += overseasPostAfter(doc, end);
    // Royal patronage written apart: "คณะกรรมการโอลิมปิกแห่งประเทศไทย ในพระบรมราชูปถัมภ์".
    const royal = ROYAL_PATRONAGE_RE.exec(text.slice(end, end + 32));
    if (royal) end += royal[0].length;
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
  // "ตลาดหลักทรัพย์แห่งประเทศไทย": what follows แห่ง / ของ is not a short form of the company.
  if (info.kind === 'company' && info.prefix !== 'ธนาคาร' && remainder.length >= 3 && !/^(?:แห่ง|ของ|เพื่อ)/.test(remainder)) {
    shortForms.push(remainder);
  }
  // "กองบังคับการปราบปราม" → "กองปราบปราม": the name with the type word's everyday short form.
  if (info.shortPrefix && remainder.length >= 3) shortForms.push(info.shortPrefix + remainder);
  return { end, shortForms };
}

/** Does a country or nationality word end the name at `end` ("หอการค้าจีน")? */
function endsWithCountry(doc: ThaiText, from: number, end: number): boolean {
  for (let r = end - 2; r >= from && r >= end - 24; r--) {
    if (doc.isBoundary(r) && COUNTRY_TABLE.has(doc.text.slice(r, end))) return true;
  }
  return false;
}

/**
 * The segmenter sometimes glues a function word to the type word after it ("ขอ|ให้การ|ไฟฟ้า…"): a
 * type word may start inside a word when what precedes it there is such a function word.
 */
export function afterGluedFunctionWord(doc: ThaiText, p: number): boolean {
  return GLUED_BEFORE.some((w) => doc.text.endsWith(w, p) && doc.isBoundary(p - w.length));
}

/**
 * "สหกรณ์การเกษตรบางระจัน จำกัด", "บริษัทหลักทรัพย์ศรีนคร จำกัด": a generic type phrase glued to a name
 * and followed by a legal form (จำกัด, จำกัด (มหาชน)) is a registered body's name. The form without
 * the legal suffix is a short form.
 */
function registeredName(doc: ThaiText, p: number, generic: string): OrgCandidate | null {
  const { text } = doc;
  const chunk = doc.chunkAt(p);
  const ge = p + generic.length;
  if (!chunk || chunk.end - ge < 2 || !isThaiLetter(text[ge]) || ORG_STOP_TABLE.match(doc, ge) || GENERIC_START_TABLE.match(doc, ge)) return null;
  if (scanGlued(doc, p, ge, chunk.end) !== chunk.end) return null;
  const ltd = LIMITED_RE.exec(text.slice(chunk.end, chunk.end + 20));
  if (!ltd) return null;
  const end = chunk.end + ltd[0].length;
  return { name: text.slice(p, end), start: p, end, aliases: [], shortForms: [text.slice(p, chunk.end)] };
}

export function parsePrefixNames(doc: ThaiText): OrgCandidate[] {
  const { text } = doc;
  const out: OrgCandidate[] = [];
  let skipUntil = -1;
  for (const chunk of doc.chunks) {
    for (let p = Math.max(chunk.start, skipUntil); p < chunk.end; p++) {
      const gluedAfterWord = p !== chunk.start && !doc.isBoundary(p) && isThaiLetter(text[p - 1]);
      if (gluedAfterWord && !afterGluedFunctionWord(doc, p)) continue;
      const prefix = PREFIX_TABLE.prefixAt(text, p);
      if (!prefix || (gluedAfterWord && prefix.length < MIN_GLUED_PREFIX)) continue;
      // A generic word ("บริษัทหลักทรัพย์") unless the type word read is at least as long.
      const generic = NOT_ORG_TABLE.match(doc, p);
      // "สหกรณ์การเกษตรบางระจัน จำกัด": a generic word followed by a name and a legal form is a name.
      const registered = generic ? registeredName(doc, p, generic) : null;
      if (registered) {
        out.push(registered);
        skipUntil = registered.end;
        p = registered.end - 1;
        if (registered.end > chunk.end) break;
        continue;
      }
      if (generic && generic.length > prefix.length) continue;
      if (generic && !PREFIX_INFO.get(prefix)!.limited) continue;
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
