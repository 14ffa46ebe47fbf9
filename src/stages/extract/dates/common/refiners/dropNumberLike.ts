/**
 * UnlikelyFormatFilter: numbers that only look like dates. A candidate that starts with a digit and
 * follows an identifier word ("No.", "#", "제", "เลขที่", "ข่าวที่", "Tel") or sits inside a longer
 * run of numbers and separators (phone numbers, document numbers "0358/2568", "No. 2019.3") is dropped.
 */
import type { Candidate, RefineContext } from '../types.js';

const IDENTIFIER_BEFORE =
  /(?:(?<![A-Za-z])(?:No|Nos|Nr|Ref|Tel|Fax|Art|Sec|Vol|Ch|Doc)\.?|(?<![A-Za-z])(?:number|article|section|room|order|decree|act|page|chapter|hotline|phone|call|version|ISO|item|clause|paragraph)|#|№|제|번호|호선|เลขที่|ข่าวที่|ฉบับที่|หนังสือที่|ครั้งที่|ลำดับที่|มาตรา|ต่อ|ext\.?|ห้อง|ชั้น|รหัส|เบอร์|อาคาร|ซอย|หมู่ที่|หมู่|รุ่นที่|ที่นั่ง|โต๊ะ|ตู้|호실|번지|번길|사서함|ข้อที่|หมายเลข|โทร\.?|โทรศัพท์|สายด่วน|ประกาศที่|คำสั่งที่|ที่ นร|ที่ กต)[ \t\u00a0]{0,2}$/i;

/** Digit runs glued to the candidate by separators: "02-2100-2019", "0358/2568", "1.2019.3". */
const GLUED_BEFORE = /\d[-./:]$/;
const GLUED_AFTER = /^[-/:]\d|^\.\d{1,4}(?!\s{0,1}(?:น\.|นาฬิกา))/;

export function dropNumberLike(candidates: Candidate[], ctx: RefineContext): Candidate[] {
  const dropped = new Set<Candidate>();
  for (const c of candidates) {
    const first = ctx.src.charCodeAt(c.start);
    if (first < 48 || first > 57) continue; // starts with a word: not a bare number
    const before = ctx.src.slice(Math.max(0, c.start - 16), c.start);
    const after = ctx.src.slice(c.end, c.end + 6);
    if (IDENTIFIER_BEFORE.test(before) || (c.kind !== 'time' && (GLUED_BEFORE.test(before) || GLUED_AFTER.test(after)))) {
      // A range's own dash ("19-24 ก.ย.") is not glue: linked candidates are judged by the parser.
      if (c.link && (GLUED_BEFORE.test(before) || GLUED_AFTER.test(after)) && !IDENTIFIER_BEFORE.test(before)) continue;
      dropped.add(c);
    }
  }
  if (dropped.size === 0) return candidates;
  return candidates.filter((c) => {
    if (dropped.has(c)) return false;
    if (c.link && dropped.has(c.link.other)) delete c.link;
    return true;
  });
}
