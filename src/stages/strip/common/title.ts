/** Headline clean-up shared by both paths: removing the site name and section crumbs from <title>-like strings. */
import { collapse, dedupeKey } from './normalize.js';
import { TITLE_SPLIT } from './thresholds.js';

/**
 * Separators CMSs put between headline, section and site name: | ｜ │ ㅣ (a Hangul letter Korean sites use
 * as a bar), - – —, < > ‹ › « », :, ::, ·, •, //. Spaced on both sides, except "::", so hyphenated words
 * and "10:30" stay whole.
 */
const SEPARATOR = /\s+[|｜│ㅣ]\s+|\s+[-–—]\s+|\s+[<>‹›«»:]\s+|\s*::\s*|\s+[·•]\s+|\s+\/\/\s+/g;

/** The separator-delimited parts of a <title>-like string. */
export function titleParts(title: string): string[] {
  return collapse(title).split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
}

export interface TitleSplit {
  /** The headline part (the whole string when nothing was removed). */
  headline: string;
  /** Leading and trailing parts removed as the site name or section crumbs. */
  removed: string[];
}

/**
 * "Headline | Section | Site", "Site :: Headline", "제목 < 정치 < 기사본문 - 사이트": drop leading and
 * trailing parts that are the site name or short crumbs; keep the headline whole even when it contains a
 * separator itself.
 */
export function splitTitle(title: string, site: string | null): TitleSplit {
  const t = collapse(title);
  const parts: string[] = [];
  const seps: string[] = [];
  let last = 0;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(t); m; m = SEPARATOR.exec(t)) {
    parts.push(t.slice(last, m.index));
    seps.push(m[0]);
    last = m.index + m[0].length;
  }
  parts.push(t.slice(last));
  if (parts.length === 1) return { headline: t, removed: [] };
  const siteKey = site ? dedupeKey(site) : null;
  const total = t.length;
  // The site name, a part of it ("Observer"), or the name with a few words added ("행정안전부 누리집",
  // "The Nation Online") — not a headline that merely opens with the site's name ("행정안전부, … 개최").
  const isSite = (p: string): boolean => {
    const k = dedupeKey(p);
    if (!siteKey || !k) return false;
    return k === siteKey || siteKey.includes(k) || (k.includes(siteKey) && p.length <= TITLE_SPLIT.crumbMaxChars && k.length <= siteKey.length * 2);
  };
  const short = (p: string): boolean => p.length <= TITLE_SPLIT.crumbMaxChars && p.length <= total * TITLE_SPLIT.crumbMaxShare;
  let a = 0;
  let b = parts.length - 1;
  // Trailing parts: site name or short crumbs.
  while (b > a && (isSite(parts[b]!) || short(parts[b]!))) b--;
  // Leading parts: only the site name (a leading short part may be a legitimate kicker like "[Exclusive]").
  while (a < b && isSite(parts[a]!)) a++;
  let out = parts[a]!;
  for (let i = a + 1; i <= b; i++) out += seps[i - 1]! + parts[i]!;
  const removed = [...parts.slice(0, a), ...parts.slice(b + 1)].map((p) => p.trim()).filter(Boolean);
  return out.trim() ? { headline: out.trim(), removed } : { headline: t, removed: [] };
}

export function stripSiteName(title: string, site: string | null): string {
  return splitTitle(title, site).headline;
}

/** Are two headline strings the same headline (ignoring case, spacing, punctuation, a site suffix)? */
export function sameHeadline(a: string, b: string): boolean {
  const ka = dedupeKey(a);
  const kb = dedupeKey(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return short.length >= 8 && short.length >= long.length * 0.5 && long.includes(short);
}

function bigrams(key: string): Map<string, number> {
  const out = new Map<string, number>();
  const chars = [...key];
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/**
 * How alike two headlines are (0–1): Dice coefficient over character bigrams of their de-punctuated,
 * de-spaced forms. Script-neutral (Hangul and Thai are not split into words), and tolerant of the edits
 * between an on-page headline and its og:title / <title> rewrite (a dropped kicker, a shortened clause,
 * "1조2천억원 규모" → "1조2천억").
 */
export function headlineSimilarity(a: string, b: string): number {
  const ga = bigrams(dedupeKey(a));
  const gb = bigrams(dedupeKey(b));
  let na = 0;
  let nb = 0;
  for (const v of ga.values()) na += v;
  for (const v of gb.values()) nb += v;
  if (na === 0 || nb === 0) return 0;
  let shared = 0;
  for (const [g, v] of ga) shared += Math.min(v, gb.get(g) ?? 0);
  return (2 * shared) / (na + nb);
}
