/** Helpers shared by the Thai person parsers: what follows a found name. */
import type { ThaiText } from '../thai/text.js';
import { ROLE_TABLE } from '../tables.js';
import { readLatinName } from '../name.js';
import type { PersonCandidate } from '../types.js';

/** Longest role title kept as written (a role glued to its body: "อธิบดีกรมการค้าต่างประเทศ"). */
const MAX_TITLE = 60;

/** The role chunk right after a name ("… ใจดี อธิบดีกรมการค้าต่างประเทศ"), as a title. */
export function roleAfter(doc: ThaiText, end: number): string | undefined {
  const i = doc.chunkIndexAt(end - 1);
  if (i < 0 || doc.chunks[i]!.end !== end) return undefined;
  const next = doc.nextChunkInPhrase(i);
  if (!next || !ROLE_TABLE.match(doc, next.start)) return undefined;
  const title = doc.text.slice(next.start, next.end);
  return title.length <= MAX_TITLE ? title : ROLE_TABLE.match(doc, next.start);
}

const GLOSS_OPEN_RE = /^ ?\(/;
const NICKNAME_RE = /^ หรือ ?[“"']([\u0E01-\u0E4E]{2,20})[”"']/;

/**
 * Forms the text ties to a name just after it: a romanized gloss in brackets
 * ("ทาคาฮาชิ เคนจิ (Takahashi Kenji)") or a quoted nickname ("พิมพ์ลดา รุ่งโรจน์ หรือ “น้ำหวาน”").
 */
export function glossesAfter(text: string, end: number): PersonCandidate['aliases'] {
  const out: PersonCandidate['aliases'] = [];
  const ahead = text.slice(end, end + 80);
  const open = GLOSS_OPEN_RE.exec(ahead);
  if (open) {
    const s = end + open[0].length;
    const latin = readLatinName(text, s, 1);
    if (latin && text[latin.end] === ')') out.push({ name: text.slice(s, latin.end), span: { start: s, end: latin.end } });
  }
  const nick = NICKNAME_RE.exec(ahead);
  if (nick) {
    const s = end + nick[0].length - nick[1]!.length - 1;
    out.push({ name: nick[1]!, span: { start: s, end: s + nick[1]!.length } });
  }
  return out;
}
