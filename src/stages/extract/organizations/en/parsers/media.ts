/**
 * Parser: newspapers, broadcasters and news outlets by their title word —
 * "The Korea Herald", "Korea JoongAng Daily", "Bangkok Post", "Dong-A Ilbo", "Arirang TV".
 * A leading "The" is kept as a variant ("The Korea Herald") but not in the mention.
 */
import { GENERIC_MODIFIERS, MEDIA_HEADS, WEAK_MEDIA_HEADS } from '../data.js';
import { isOrgWord } from '../lexicon.js';
import type { OrgCandidate, OrgContext } from '../types.js';
import { extendBack } from './heads.js';

/** Modifiers that make "… News" / "… Times" a phrase rather than a title. */
const GENERIC_MEDIA_MODIFIERS = new Set(['Fake', 'Breaking', 'Latest', 'Top', 'Good', 'Bad', 'Big', 'Hard', 'End', 'Old', 'Modern', 'Ancient', 'Difficult', 'Tough', 'Hard', 'Happy', 'Lunch', 'Prime', 'Star', 'Rising', 'North', 'South', 'East', 'West', 'Morning', 'Evening', 'Daily', 'Weekly']);

export function parseMedia(ctx: OrgContext): OrgCandidate[] {
  const { tokens, text } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !MEDIA_HEADS.has(t.text)) continue;
    const next = tokens[i + 1];
    if (next && next.para === t.para && isOrgWord(next) && next.start - t.end <= 1) continue;
    const first = extendBack(tokens, i);
    if (first === i) continue;
    const modifiers = tokens.slice(first, i).map((m) => m.text);
    if (WEAK_MEDIA_HEADS.has(t.text) && modifiers.every((m) => GENERIC_MODIFIERS.has(m) || GENERIC_MEDIA_MODIFIERS.has(m))) continue;
    if (modifiers.length === 1 && GENERIC_MEDIA_MODIFIERS.has(modifiers[0]!)) continue;
    const start = tokens[first]!.start;
    const end = t.end;
    const before = tokens[first - 1];
    const variants = before && before.text === 'The' && before.para === t.para ? [`The ${text.slice(start, end)}`] : undefined;
    out.push({ start, end, first, last: i, kind: 'long', parser: 'media', ...(variants ? { variants } : {}) });
  }
  return out;
}
