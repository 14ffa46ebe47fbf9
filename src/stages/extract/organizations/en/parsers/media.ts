/**
 * Parser: newspapers, broadcasters and news outlets by their title word —
 * "The Korea Herald", "Korea JoongAng Daily", "Bangkok Post", "Dong-A Ilbo", "Arirang TV".
 * A leading "The" is kept as a variant ("The Korea Herald") but not in the mention.
 */
import { GAZETTEER_BY_ACRONYM } from '../../common/gazetteer.js';
import { DEMONYMS, MEDIA_HEADS, WEAK_MEDIA_HEADS } from '../data.js';
import { isDemonym, isOrgWord, isPlace } from '../lexicon.js';
import { isAcronym } from '../tokens.js';
import type { OrgCandidate, OrgContext } from '../types.js';
import { continuesName, extendBack } from './heads.js';

/** Modifiers that make "… News" / "… Times" a phrase rather than a title. */
const GENERIC_MEDIA_MODIFIERS = new Set([
  'Fake', 'Breaking', 'Latest', 'Top', 'Good', 'Bad', 'Big', 'Hard', 'End', 'Old', 'Modern', 'Ancient', 'Difficult',
  'Tough', 'Happy', 'Lunch', 'Prime', 'Star', 'Rising', 'North', 'South', 'East', 'West', 'Morning', 'Evening', 'Daily',
  'Weekly', 'Local', 'National', 'International', 'World', 'Business', 'Sports', 'Related', 'More', 'Other', 'Recent',
  'Entertainment', 'Trending', 'Popular', 'Most', 'Video', 'Photo', 'Press', 'Regional', 'Our', 'Your', 'Weather',
  'Public', 'Digital', 'Online', 'Social', 'Mainstream', 'State', 'Front', 'Back',
]);

export function parseMedia(ctx: OrgContext): OrgCandidate[] {
  const { tokens, text } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !MEDIA_HEADS.has(t.text)) continue;
    if (continuesName(tokens, i)) continue;
    const first = extendBack(tokens, i);
    if (first === i) continue;
    const modifiers = tokens.slice(first, i).map((m) => m.text);
    // "Financial Times", "Global Times" are titles; "Breaking News", "Local News" are not.
    if (WEAK_MEDIA_HEADS.has(t.text) && modifiers.every((m) => GENERIC_MEDIA_MODIFIERS.has(m) || DEMONYMS.has(m))) continue;
    if (modifiers.length === 1 && GENERIC_MEDIA_MODIFIERS.has(modifiers[0]!)) continue;
    // "(ILO News)": the news service of a known international body is that body.
    if (modifiers.length === 1 && GAZETTEER_BY_ACRONYM.get(modifiers[0]!)?.kind === 'international') continue;
    const start = tokens[first]!.start;
    const end = t.end;
    const before = tokens[first - 1];
    const variants = before && before.text === 'The' && before.para === t.para ? [`The ${text.slice(start, end)}`] : undefined;
    out.push({ start, end, first, last: i, kind: 'long', parser: 'media', ...(variants ? { variants } : {}) });
  }
  return out;
}

/** Broadcasters' acronyms: "KBS", "MBC", "Thai PBS" (… Broadcasting System / Corporation). */
const BROADCASTER_ACRONYM = /^[A-Z]{1,3}(?:BS|BC)$/;

export function parseBroadcasters(ctx: OrgContext): OrgCandidate[] {
  const { tokens } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isAcronym(t) || !BROADCASTER_ACRONYM.test(t.text)) continue;
    // "Thai PBS": a one-word modifier (country, demonym or brand) glued in front.
    const prev = tokens[i - 1];
    const first = prev && prev.para === t.para && prev.end + 1 === t.start && isOrgWord(prev) && (isPlace(prev.text) || isDemonym(prev.text) || (/^\p{Lu}\p{Ll}+$/u.test(prev.text) && !prev.sentStart)) ? i - 1 : i;
    if (first === i) out.push({ start: t.start, end: t.end, first, last: i, kind: 'acronym', parser: 'broadcaster', standalone: true });
    else out.push({ start: tokens[first]!.start, end: t.end, first, last: i, kind: 'long', parser: 'broadcaster' });
  }
  return out;
}

/** A wire dateline opening a paragraph with an all-caps agency credit: "BANGKOK, June 24 (APN) —", "HANOI (VNA) --".
 * Group 1 is the agency. (Named agencies such as "(Yonhap)" come from the gazetteer.) */
const WIRE_DATELINE_AGENCY = /^[A-Z][A-Z .'-]{1,30}(?:,\s*[A-Z][a-z]{2,8}\.?\s*\d{1,2})?\s*\(([A-Z]{2,6})\)\s*(?:--|—|–)/;

/** The news agency credited in a wire dateline at the start of a paragraph, known to the gazetteer or not. */
export function parseDatelineAgencies(ctx: OrgContext): OrgCandidate[] {
  const { tokens, text } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && tokens[i - 1]!.para === t.para) continue;
    const m = WIRE_DATELINE_AGENCY.exec(text.slice(t.start, t.start + 80));
    if (!m) continue;
    const start = t.start + m[0].lastIndexOf(`(${m[1]!})`) + 1;
    for (let k = i; k < tokens.length && tokens[k]!.start <= start; k++) {
      if (tokens[k]!.start === start && tokens[k]!.text === m[1]) {
        out.push({ start, end: tokens[k]!.end, first: k, last: k, kind: 'acronym', parser: 'dateline-agency', standalone: true });
        break;
      }
    }
  }
  return out;
}
