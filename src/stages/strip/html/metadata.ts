/**
 * Page metadata: <meta> fields, JSON-LD, <title>, canonical link, <time datetime>, the document language.
 * Collected in one iterative pass; interpreted by the choosers below.
 */
import { collapse, dedupeKey } from '../common/normalize.js';
import { type DateTime, parseMachineDate } from '../common/dates.js';
import { type HNode, attr, textContent, walk } from './dom.js';
import { HOME_HREF, SKIP_TAGS } from './hints.js';
import { isUiLine } from '../common/lines.js';
import { ARTICLE_TYPES, AUTHOR_META, LANG_OFFSETS, PUBLISHED_META, SITE_META, TITLE_META, TLD_OFFSETS } from './metaFields.js';

export interface PageMeta {
  meta: Map<string, string[]>;
  /** Article-like JSON-LD objects first, then the others. */
  jsonld: Record<string, unknown>[];
  titleTag: string | null;
  canonical: string | null;
  lang: string | null;
  /** <time datetime> values outside nav/aside, in document order, with their hint status. */
  times: { value: string; strong: boolean }[];
  frames: number;
  /** The label of the first link to the home page (the logo's alt text or the link text): the site's name
   * when the metadata does not say it. Used only to clean <title>-like strings. */
  homeLabel: string | null;
}

/** A logo label: short, not a UI word ("Home", "처음으로"), not a banner. The word "logo" itself is cut
 * off ("โลโก้ คนโคราชรายวัน", "Penang Observer logo", "새한일보 로고" → the name). */
const BANNER_WORD = /banner|배너|แบนเนอร์/i;
const LOGO_WORD = /^(?:logo(?:\s+of)?|로고|โลโก้|ตราสัญลักษณ์)\s*[:：-]?\s*|\s*[-:：]?\s*(?:logo|로고|โลโก้)(?:\s*(?:image|img|이미지))?$/i;
function homeLinkLabel(a: HNode): string | null {
  let alt: string | null = null;
  walk(a, (n) => {
    if (alt !== null) return false;
    if (n.type === 'tag' && n.name === 'img') alt = collapse(attr(n, 'alt')) || null;
    return true;
  });
  const raw = alt ?? collapse(textContent(a, 200));
  if (!raw || BANNER_WORD.test(raw)) return null;
  const label = collapse(raw.replace(LOGO_WORD, ''));
  if (!label || label.length < 2 || label.length > 40 || /logo|로고|โลโก้/i.test(label) || isUiLine(label)) return null;
  return label;
}

function addMeta(map: Map<string, string[]>, key: string, value: string): void {
  const k = key.trim().toLowerCase();
  if (!k || !value.trim()) return;
  const list = map.get(k);
  if (list) list.push(value.trim());
  else map.set(k, [value.trim()]);
}

function parseJsonLenient(raw: string): unknown {
  const text = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '');
  try {
    return JSON.parse(text);
  } catch {
    try {
      // Common CMS faults: raw newlines/tabs inside strings, trailing commas.
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

function flattenJsonLd(value: unknown, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 50)) flattenJsonLd(v, out, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  out.push(obj);
  if (obj['@graph']) flattenJsonLd(obj['@graph'], out, depth + 1);
  if (obj.mainEntity && typeof obj.mainEntity === 'object') flattenJsonLd(obj.mainEntity, out, depth + 1);
}

function typesOf(obj: Record<string, unknown>): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

export function collectMeta(root: HNode): PageMeta {
  const s: MetaState = { meta: new Map(), ld: [], titleTag: null, canonical: null, lang: null, frames: 0, homeLabel: null, times: [] };
  walk(root, visitMeta, s);
  const article = s.ld.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t)));
  const rest = s.ld.filter((o) => !article.includes(o));
  return { meta: s.meta, jsonld: [...article, ...rest], titleTag: s.titleTag, canonical: s.canonical, lang: s.lang, times: s.times, frames: s.frames, homeLabel: s.homeLabel };
}

interface MetaState {
  meta: Map<string, string[]>;
  ld: Record<string, unknown>[];
  titleTag: string | null;
  canonical: string | null;
  lang: string | null;
  frames: number;
  homeLabel: string | null;
  times: { value: string; strong: boolean }[];
}

function visitMeta(n: HNode, s: MetaState): boolean {
  if (n.type === 'script') {
    if (/ld\+json/i.test(attr(n, 'type'))) flattenJsonLd(parseJsonLenient(textContent(n, 2_000_000)), s.ld);
    return false;
  }
  if (n.type !== 'tag') return n.type === 'root';
  const tag = n.name!;
  switch (tag) {
    case 'html':
      s.lang = attr(n, 'lang') || attr(n, 'xml:lang') || null;
      break;
    case 'meta': {
      const content = attr(n, 'content');
      for (const key of [attr(n, 'property'), attr(n, 'name'), attr(n, 'itemprop'), attr(n, 'http-equiv')]) if (key) addMeta(s.meta, key, content);
      return false;
    }
    case 'title':
      if (s.titleTag === null) s.titleTag = collapse(textContent(n, 2000));
      return false;
    case 'link':
      if (!s.canonical && /(?:^|\s)canonical(?:\s|$)/i.test(attr(n, 'rel'))) s.canonical = attr(n, 'href').trim() || null;
      return false;
    case 'a':
      if (s.homeLabel === null && HOME_HREF.test(attr(n, 'href').trim()) && attr(n, 'href').trim() !== '') s.homeLabel = homeLinkLabel(n);
      break;
    case 'frame':
    case 'iframe':
      if (tag === 'frame') s.frames++;
      return false;
    case 'time': {
      const v = attr(n, 'datetime');
      if (v) {
        const hint = `${attr(n, 'itemprop')} ${attr(n, 'class')} ${'pubdate' in (n.attribs ?? {}) ? 'pubdate' : ''}`;
        s.times.push({ value: v, strong: /datepublished|pubdate|publish|posted|created/i.test(hint) });
      }
      break;
    }
    default:
      if (SKIP_TAGS.has(tag) && tag !== 'head') return false;
      // Microdata outside <meta>: <span itemprop="datePublished" content="…">.
      if (n.attribs?.itemprop && n.attribs.content) addMeta(s.meta, n.attribs.itemprop, n.attribs.content);
  }
  return true;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return collapse(v) || null;
  if (Array.isArray(v)) for (const x of v) { const s = str(x); if (s) return s; }
  if (v && typeof v === 'object' && typeof (v as Record<string, unknown>)['@value'] === 'string') return str((v as Record<string, unknown>)['@value']);
  return null;
}

export function firstMeta(pm: PageMeta, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = pm.meta.get(k);
    if (v && v[0]) return collapse(v[0]);
  }
  return null;
}

export function jsonLdField(pm: PageMeta, field: string, articleOnly = false): string | null {
  for (const o of pm.jsonld) {
    if (articleOnly && !typesOf(o).some((t) => ARTICLE_TYPES.has(t))) continue;
    const s = str(o[field]);
    if (s) return s;
  }
  return null;
}

/** Candidate titles from metadata, most trusted first (raw, site name not yet removed). */
export function metaTitles(pm: PageMeta): string[] {
  const out: string[] = [];
  const h = jsonLdField(pm, 'headline', true) ?? jsonLdField(pm, 'name', true);
  if (h) out.push(h);
  for (const k of TITLE_META) {
    const v = firstMeta(pm, [k]);
    if (v) out.push(v);
  }
  if (pm.titleTag) out.push(pm.titleTag);
  return [...new Set(out)];
}

export function siteName(pm: PageMeta): string | null {
  const og = firstMeta(pm, ['og:site_name']);
  if (og) return og;
  for (const o of pm.jsonld) {
    const pub = o.publisher;
    const name = pub && typeof pub === 'object' ? str((Array.isArray(pub) ? pub[0] : pub)?.name) : str(pub);
    if (name) return name;
  }
  for (const o of pm.jsonld) if (typesOf(o).includes('website') || typesOf(o).includes('organization')) { const n = str(o.name); if (n) return n; }
  const other = firstMeta(pm, SITE_META.slice(1));
  return other && !other.startsWith('@') ? other : null;
}

export function canonicalUrl(pm: PageMeta): string | null {
  const abs = (u: string | null | undefined): string | null => {
    if (!u) return null;
    const t = u.trim();
    if (/^https?:\/\//i.test(t)) return t;
    if (t.startsWith('//')) return `https:${t}`;
    return null;
  };
  const fromLd = (): string | null => {
    for (const o of pm.jsonld) {
      if (!typesOf(o).some((t) => ARTICLE_TYPES.has(t))) continue;
      const u = abs(str(o.url));
      if (u) return u;
      const me = o.mainEntityOfPage;
      const id = me && typeof me === 'object' ? str((me as Record<string, unknown>)['@id']) : str(me);
      if (abs(id)) return abs(id);
    }
    return null;
  };
  return abs(pm.canonical) ?? abs(firstMeta(pm, ['og:url'])) ?? fromLd();
}

/** Publication datetimes stated by the metadata, most trusted first. */
export function metaPublished(pm: PageMeta): { dt: DateTime; raw: string }[] {
  const out: { dt: DateTime; raw: string }[] = [];
  const push = (raw: string | null): void => {
    const dt = parseMachineDate(raw);
    if (raw && dt) out.push({ dt, raw });
  };
  push(jsonLdField(pm, 'datePublished', true));
  push(jsonLdField(pm, 'dateCreated', true));
  for (const k of PUBLISHED_META) push(firstMeta(pm, [k]));
  for (const t of pm.times) if (t.strong) push(t.value);
  // Unmarked <time> elements count only when they all agree on the day (a list of dated teasers does not).
  const plain = pm.times.filter((t) => !t.strong).map((t) => parseMachineDate(t.value)).filter((d): d is DateTime => d !== null);
  if (plain.length > 0 && plain.every((d) => d.y === plain[0]!.y && d.m === plain[0]!.m && d.d === plain[0]!.d)) {
    out.push({ dt: plain[0]!, raw: pm.times.find((t) => !t.strong)!.value });
  }
  return out;
}

function authorNames(v: unknown, depth = 0): string[] {
  if (depth > 3 || v == null) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap((x) => authorNames(x, depth + 1));
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typesOf(o).includes('organization')) return [];
    return authorNames(o.name, depth + 1);
  }
  return [];
}

export function metaAuthors(pm: PageMeta, site: string | null): string[] {
  const names: string[] = [];
  for (const o of pm.jsonld) {
    if (!typesOf(o).some((t) => ARTICLE_TYPES.has(t))) continue;
    names.push(...authorNames(o.author));
    if (names.length) break;
  }
  if (names.length === 0) {
    for (const k of AUTHOR_META) {
      const v = pm.meta.get(k);
      if (v) {
        names.push(...v);
        break;
      }
    }
  }
  const siteKey = site ? dedupeKey(site) : null;
  let parts = names.flatMap((n) => n.split(/\s*(?:,|;|\/|·|\|| and | & )\s*/));
  // "가상경제 | 박지훈 기자": when some parts are marked as reporters, the others are the outlet.
  const reporters = parts.filter((n) => /(?:기자|특파원|reporter)\s*$/i.test(n));
  if (reporters.length > 0) parts = reporters;
  const cleaned = parts
    .map((n) => collapse(n.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '').replace(/\s*(?:기자|특파원|선임기자|객원기자)$/, '')))
    .filter((n) => n && !/^https?:|^@|^www\./i.test(n) && n.length < 60 && (!siteKey || dedupeKey(n) !== siteKey));
  return [...new Set(cleaned)];
}

/** The UTC offset the page's own locale publishes in, when it says (lang, og:locale, TLD). */
export function localOffset(pm: PageMeta, url: string | null, bodyText: string): string | null {
  const langs = [pm.lang, firstMeta(pm, ['og:locale']), firstMeta(pm, ['content-language'])]
    .filter((x): x is string => !!x)
    .map((l) => l.toLowerCase().slice(0, 2));
  for (const l of langs) if (LANG_OFFSETS[l]) return LANG_OFFSETS[l]!;
  if (url) {
    const host = /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';
    const tld = host.split('.').pop() ?? '';
    if (TLD_OFFSETS[tld]) return TLD_OFFSETS[tld]!;
  }
  const sample = bodyText.slice(0, 3000);
  const hangul = sample.match(/[\uac00-\ud7a3]/g)?.length ?? 0;
  const thai = sample.match(/[\u0e00-\u0e7f]/g)?.length ?? 0;
  if (hangul > 50 && hangul > thai) return LANG_OFFSETS.ko!;
  if (thai > 50) return LANG_OFFSETS.th!;
  return null;
}
