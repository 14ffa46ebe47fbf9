/**
 * Parser: a role noun, then a name in the next space-separated chunk(s), without an honorific.
 * - Latin script: "รองนายกรัฐมนตรี Tran Luu Quang", "รัฐมนตรี Bui Thanh Son" (2–4 capitalized words);
 * - Thai script: "รัฐมนตรีว่าการกระทรวงการต่างประเทศ บุย แทงห์ เซิน กล่าวว่า", "…ต่างประเทศไทย
 *   กิตติศักดิ์ วรรณวงศ์ ได้ร่วม": two to four parts (see the extent rule in ../name.ts) and what
 *   follows must close the name (a verb, function word, role, punctuation or the paragraph end);
 * - one Thai part only ("รองนายกรัฐมนตรี กิตติศักดิ์ ได้…") is kept as a partial mention, used only
 *   when it matches a name found elsewhere.
 * The role may be glued to what it heads ("รัฐมนตรีว่าการกระทรวงแรงงาน"), but the rest of its chunk
 * must not contain a verb or conjunction (then the chunk is a clause, not a title).
 *
 * Also: a Latin-script name followed by a role ("Tran Luu Quang รองนายกรัฐมนตรี").
 */
import type { Chunk, ThaiText } from '../thai/text.js';
import { isLatinLetter, isThaiLetter, WordTable } from '../thai/text.js';
import { canStartPartAt, closesName, readLatinName, readThaiName } from '../name.js';
import { CLAUSE_TABLE, HONORIFIC_TABLE, NAMING_ROLE_TABLE, ROLE_TABLE } from '../tables.js';
import type { PersonCandidate } from '../types.js';
import { glossesAfter, roleAfter } from './shared.js';

const MAX_TITLE = 60;

/** The role heading this chunk, when the chunk is a title (role + what it heads), else undefined. */
function roleOfChunk(doc: ThaiText, chunk: Chunk): { role: string; start: number } | undefined {
  const limit = Math.min(chunk.end, chunk.start + 200);
  if (limit < chunk.end) return undefined;
  for (let p = chunk.start; p < chunk.end; p++) {
    if (p !== chunk.start && !doc.isBoundary(p)) continue;
    const role = NAMING_ROLE_TABLE.match(doc, p);
    if (!role) continue;
    // "ส.ส.ธีรัจชัย": a dotted role glued to a name works as an honorific (the honorific parser).
    if (role.endsWith('.') && p + role.length < chunk.end) return undefined;
    // The rest of the chunk must be part of the title: no verb or function word after the role.
    for (let q = p + role.length; q < chunk.end; q = doc.nextBoundary(q, chunk.end)) {
      if (!doc.isBoundary(q) || ROLE_TABLE.match(doc, q)) continue;
      const stop = CLAUSE_TABLE.match(doc, q);
      if (stop) return undefined;
    }
    return { role, start: p };
  }
  return undefined;
}

export function parseRoleNames(doc: ThaiText): PersonCandidate[] {
  const { text } = doc;
  const out: PersonCandidate[] = [];
  for (let i = 0; i < doc.chunks.length; i++) {
    const chunk = doc.chunks[i]!;
    const next = doc.nextChunkInPhrase(i);
    if (!next) continue;
    const found = roleOfChunk(doc, chunk);
    if (!found) continue;
    // "ประธานาธิบดียุน ซอก-ยอล": the role is glued to the name; parseGluedRoleNames reads it.
    const tail = found.start + found.role.length;
    if (tail < chunk.end && GLUED_ROLES.has(found.role) && canStartPartAt(doc, tail)) continue;
    const title = text.slice(found.start, chunk.end);
    const titles = [title.length <= MAX_TITLE ? title : found.role];
    if (isLatinLetter(text[next.start])) {
      const latin = readLatinName(text, next.start, 2);
      if (!latin) continue;
      out.push({ name: text.slice(latin.start, latin.end), start: latin.start, end: latin.end, titles, latin: true, partial: false, cue: 'role', aliases: [] });
      continue;
    }
    if (HONORIFIC_TABLE.prefixAt(text, next.start)) continue; // the honorific parser reads it
    if (!canStartPartAt(doc, next.start)) continue;
    const name = readThaiName(doc, next.start);
    if (!name || !closesName(doc, name.end)) continue;
    out.push({
      name: text.slice(name.start, name.end),
      start: name.start,
      end: name.end,
      titles,
      latin: false,
      partial: name.parts.length === 1,
      cue: 'role',
      aliases: glossesAfter(text, name.end),
    });
  }
  return out;
}

/**
 * Heads of state and government are often written glued to their name ("นายกรัฐมนตรีแพทองธาร ชินวัตร",
 * "ประธานาธิบดีโจ ไบเดน"). Only these roles, only when a second name part follows (one glued word
 * alone is a partial mention), and not when the glued word is a country, place, organization or
 * ordinary word ("นายกรัฐมนตรีไทย", "ประธานาธิบดีคนใหม่").
 */
const GLUED_ROLES = new WordTable(['นายกรัฐมนตรี', 'รองนายกรัฐมนตรี', 'ประธานาธิบดี', 'รองประธานาธิบดี']);

export function parseGluedRoleNames(doc: ThaiText): PersonCandidate[] {
  const { text } = doc;
  const out: PersonCandidate[] = [];
  for (const chunk of doc.chunks) {
    for (let p = chunk.start; p < chunk.end; p++) {
      if (p !== chunk.start && !doc.isBoundary(p)) continue;
      const role = GLUED_ROLES.match(doc, p);
      if (!role) continue;
      const s = p + role.length;
      if (s >= chunk.end || !isThaiLetter(text[s]) || !canStartPartAt(doc, s)) continue;
      const name = readThaiName(doc, s);
      if (!name || name.glued && name.parts.length > 1 || !closesName(doc, name.end)) continue;
      out.push({
        name: text.slice(name.start, name.end),
        start: name.start,
        end: name.end,
        titles: [role],
        latin: false,
        partial: name.parts.length === 1,
        cue: 'role',
        aliases: glossesAfter(text, name.end),
      });
      p = Math.min(name.end, chunk.end) - 1;
    }
  }
  return out;
}

/** "Tran Luu Quang รองนายกรัฐมนตรี": a romanized name right before a role. */
export function parseLatinBeforeRole(doc: ThaiText): PersonCandidate[] {
  const { text } = doc;
  const out: PersonCandidate[] = [];
  for (let i = 0; i < doc.chunks.length; i++) {
    const chunk = doc.chunks[i]!;
    if (!isLatinLetter(text[chunk.start]) || isLatinLetter(text[chunk.start - 1])) continue;
    const latin = readLatinName(text, chunk.start, 2);
    if (!latin) continue;
    const j = doc.chunkIndexAt(latin.end - 1);
    if (doc.chunks[j]!.end !== latin.end) continue;
    const role = roleAfter(doc, latin.end);
    if (!role) continue;
    out.push({ name: text.slice(latin.start, latin.end), start: latin.start, end: latin.end, titles: [role], latin: true, partial: false, cue: 'role', aliases: [] });
    i = j;
  }
  return out;
}
