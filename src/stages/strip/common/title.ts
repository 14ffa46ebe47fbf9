/** Headline clean-up shared by both paths: removing the site name and section crumbs from <title>-like strings. */
import { collapse, dedupeKey } from './normalize.js';

/** Separators CMSs put between headline, section and site name. */
const SEPARATOR = /\s+[|｜]\s+|\s+[-–—]\s+|\s+[<>«»:]\s+|\s*::\s*|\s+·\s+|\s+\/\/\s+/g;

/**
 * "Headline | Section | Site", "Site :: Headline", "제목 < 정치 < 기사본문 - 사이트": drop leading and
 * trailing parts that are the site name or short crumbs; keep the headline whole even when it contains a
 * separator itself.
 */
export function stripSiteName(title: string, site: string | null): string {
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
  if (parts.length === 1) return t;
  const siteKey = site ? dedupeKey(site) : null;
  const isSite = (p: string): boolean => {
    const k = dedupeKey(p);
    return !!siteKey && !!k && (k === siteKey || siteKey.includes(k) || k.includes(siteKey));
  };
  const total = t.length;
  const short = (p: string): boolean => p.length <= 30 && p.length <= total * 0.4;
  let a = 0;
  let b = parts.length - 1;
  // Trailing parts: site name or short crumbs.
  while (b > a && (isSite(parts[b]!) || short(parts[b]!))) b--;
  // Leading parts: only the site name (a leading short part may be a legitimate kicker like "[Exclusive]").
  while (a < b && isSite(parts[a]!)) a++;
  let out = parts[a]!;
  for (let i = a + 1; i <= b; i++) out += seps[i - 1]! + parts[i]!;
  return out.trim() || t;
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
