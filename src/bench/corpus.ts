/**
 * The bench corpus: realistic, heavy news and government pages (50–300 KB) in Korean, Thai and
 * English, plus scraped plain-text documents, generated deterministically from a seed.
 *
 * Document i of a kind depends only on (seed, kind, i) and the fixture material, so a corpus of
 * 2,000 pages is exactly the first 2,000 pages of a 20,000-page one, and any single document can
 * be regenerated on its own (the tests rely on this).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { Rng } from './prng.js';
import type { Article, LangMaterial, Material } from './material.js';
import { VOCAB, type BenchLang, type Section, type Vocab } from './vocab.js';

export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 'ingest-bench-1';
/** Scraped plain-text documents as a share of all documents. */
export const TEXT_SHARE = 0.15;
export const KIB = 1024;
export const PAGE_MIN_BYTES = 50 * KIB;
export const PAGE_MAX_BYTES = 300 * KIB;
export const TEXT_MIN_BYTES = 8 * KIB;
export const TEXT_MAX_BYTES = 64 * KIB;
export const META_FILE = '.corpus.json';

export type Family = 'next' | 'portal' | 'table' | 'gov';
export type BenchEncoding = 'utf-8' | 'euc-kr' | 'windows-874';

export interface DocSpec {
  kind: 'page' | 'text';
  index: number;
  lang: BenchLang;
  family: Family | 'scraped';
  /** The bytes' encoding. */
  encoding: BenchEncoding;
  /** The label written in <meta charset> / http-equiv (a legacy page may say "tis-620" or "ks_c_5601-1987"). */
  charsetLabel: string;
  /** Path relative to the corpus root (POSIX). */
  relPath: string;
  targetBytes: number;
}

/** Text documents that accompany `pages` HTML pages, so that they are TEXT_SHARE of the whole. */
export function textCountFor(pages: number): number {
  return Math.round((pages * TEXT_SHARE) / (1 - TEXT_SHARE));
}

const LANG_ORDER: readonly BenchLang[] = ['ko', 'th', 'en'];
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function docRelPath(kind: 'page' | 'text', index: number, lang: BenchLang, family: string): string {
  const bucket = pad(Math.floor(index / 1000), 3);
  return kind === 'page' ? `html/${bucket}/${pad(index, 6)}-${lang}-${family}.html` : `text/${bucket}/${pad(index, 6)}-${lang}-${family}.txt`;
}

const FAMILY_WEIGHTS: Record<BenchLang, readonly (readonly [Family, number])[]> = {
  ko: [['next', 3], ['portal', 3], ['table', 1.5], ['gov', 2.5]],
  th: [['next', 3], ['portal', 3], ['table', 2], ['gov', 2]],
  en: [['next', 3.5], ['portal', 3], ['table', 1], ['gov', 2.5]],
};

/** Probability that a page of this language and family is in the legacy national encoding. */
const LEGACY_SHARE: Record<BenchLang, Record<Family, number>> = {
  ko: { next: 0, portal: 0.1, table: 0.85, gov: 0.35 },
  th: { next: 0, portal: 0.05, table: 0.9, gov: 0.25 },
  en: { next: 0, portal: 0, table: 0, gov: 0 },
};

export function planPage(seed: string, index: number): DocSpec {
  const rng = new Rng(`${seed}:page-plan:${index}`);
  const lang = LANG_ORDER[index % 3] as BenchLang;
  const family = rng.weighted(FAMILY_WEIGHTS[lang]);
  let encoding: BenchEncoding = 'utf-8';
  let charsetLabel = rng.chance(0.8) ? 'utf-8' : 'UTF-8';
  if (rng.chance(LEGACY_SHARE[lang][family])) {
    if (lang === 'ko') {
      encoding = 'euc-kr';
      charsetLabel = rng.weighted([['euc-kr', 6], ['EUC-KR', 2], ['ks_c_5601-1987', 1]]);
    } else {
      encoding = 'windows-874';
      charsetLabel = rng.weighted([['windows-874', 5], ['tis-620', 4], ['TIS-620', 1]]);
    }
  }
  // Skewed towards the lower end: median ≈ 105 KiB, mean ≈ 125 KiB.
  const targetBytes = Math.round(54 * KIB + 224 * KIB * Math.pow(rng.float(), 2.2));
  return { kind: 'page', index, lang, family, encoding, charsetLabel, relPath: docRelPath('page', index, lang, family), targetBytes };
}

export function planText(seed: string, index: number): DocSpec {
  const rng = new Rng(`${seed}:text-plan:${index}`);
  const lang = LANG_ORDER[(index + 1) % 3] as BenchLang;
  let encoding: BenchEncoding = 'utf-8';
  if (lang !== 'en' && rng.chance(0.05)) encoding = lang === 'ko' ? 'euc-kr' : 'windows-874';
  const targetBytes = Math.round(10 * KIB + 50 * KIB * Math.pow(rng.float(), 2));
  return { kind: 'text', index, lang, family: 'scraped', encoding, charsetLabel: encoding, relPath: docRelPath('text', index, lang, 'scraped'), targetBytes };
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

function byteLen(s: string, enc: BenchEncoding): number {
  if (enc === 'utf-8') return Buffer.byteLength(s, 'utf8');
  if (enc === 'windows-874') return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) n += s.charCodeAt(i) < 0x80 ? 1 : 2;
  return n;
}

const encodable = new Map<string, boolean>();

/**
 * Legacy pages write characters their charset lacks (en dashes in EUC-KR, © in windows-874) as
 * numeric character references, as real pages saved from legacy editors do.
 */
function referenceUnencodable(text: string, enc: BenchEncoding): string {
  if (enc === 'utf-8') return text;
  return text.replace(/[^\x00-\x7f]/gu, (ch) => {
    const key = `${enc}:${ch}`;
    let ok = encodable.get(key);
    if (ok === undefined) {
      ok = iconv.decode(iconv.encode(ch, enc), enc) === ch;
      encodable.set(key, ok);
    }
    return ok ? ch : `&#${ch.codePointAt(0)};`;
  });
}

export function encodeDocument(text: string, enc: BenchEncoding): Buffer {
  return enc === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, enc);
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const jsonInScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

const TZ: Record<BenchLang, string> = { ko: '+09:00', th: '+07:00', en: '+09:00' };
const TH_MONTHS_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const TH_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface When {
  y: number;
  m: number; // 1-12
  d: number;
  hh: number;
  mm: number;
}

function shiftDays(w: When, days: number): When {
  const t = new Date(Date.UTC(w.y, w.m - 1, w.d) + days * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), hh: w.hh, mm: w.mm };
}

const p2 = (n: number): string => pad(n, 2);
const isoDay = (w: When): string => `${w.y}-${p2(w.m)}-${p2(w.d)}`;
const isoTime = (w: When, lang: BenchLang): string => `${isoDay(w)}T${p2(w.hh)}:${p2(w.mm)}:00${TZ[lang]}`;

function visibleDate(w: When, lang: BenchLang, style: number): string {
  switch (lang) {
    case 'ko':
      return style % 3 === 0 ? `${w.y}.${p2(w.m)}.${p2(w.d)} ${p2(w.hh)}:${p2(w.mm)}` : style % 3 === 1 ? `${w.y}-${p2(w.m)}-${p2(w.d)} ${p2(w.hh)}:${p2(w.mm)}` : `${w.y}년 ${w.m}월 ${w.d}일 ${p2(w.hh)}:${p2(w.mm)}`;
    case 'th':
      return style % 2 === 0 ? `${w.d} ${TH_MONTHS_SHORT[w.m - 1]} ${w.y + 543} ${p2(w.hh)}:${p2(w.mm)} น.` : `${w.d} ${TH_MONTHS[w.m - 1]} ${w.y + 543}`;
    default: {
      const h12 = w.hh % 12 === 0 ? 12 : w.hh % 12;
      return style % 2 === 0 ? `${EN_MONTHS[w.m - 1]} ${w.d}, ${w.y} ${h12}:${p2(w.mm)} ${w.hh < 12 ? 'AM' : 'PM'}` : `${p2(w.d)} ${EN_MONTHS[w.m - 1]?.slice(0, 3)} ${w.y}`;
    }
  }
}

const shortDate = (w: When, lang: BenchLang): string =>
  lang === 'ko' ? `${w.y}.${p2(w.m)}.${p2(w.d)}` : lang === 'th' ? `${w.d} ${TH_MONTHS_SHORT[w.m - 1]} ${String(w.y + 543).slice(2)}` : `${EN_MONTHS[w.m - 1]?.slice(0, 3)} ${w.d}, ${w.y}`;

interface Ctx {
  rng: Rng;
  spec: DocSpec;
  lang: BenchLang;
  v: Vocab;
  mat: LangMaterial;
  enc: BenchEncoding;
  site: { name: string; domain: string };
  section: Section;
  sub: string;
  title: string;
  subtitle: string | null;
  paragraphs: string[];
  when: When;
  updated: When;
  authors: string[];
  articleId: string;
  url: string;
  tags: string[];
  caption: string;
  primary: Article;
}

function personName(rng: Rng, v: Vocab): string {
  return v.lang === 'ko' ? `${rng.pick(v.familyNames)}${rng.pick(v.givenNames)}` : `${rng.pick(v.givenNames)} ${rng.pick(v.familyNames)}`;
}

const email = (rng: Rng, domain: string): string => `${rng.alnum(rng.int(4, 9))}@${domain.replace(/^www\./, '').replace(/\/.*$/, '')}`;
const headline = (c: Ctx): string => c.rng.pick(c.mat.headlines);
const sectionUrl = (c: Ctx, s: Section, sub?: string): string => `https://${c.site.domain}/${s.slug}/${sub ? encodeURIComponent(sub).slice(0, 40).toLowerCase() : ''}`;

function articleUrl(c: Ctx, rng: Rng = c.rng): string {
  const id = `${c.when.y}${p2(c.when.m)}${p2(c.when.d)}${pad(rng.int(0, 999999), 6)}`;
  return rng.chance(0.5) ? `https://${c.site.domain}/news/articleView.html?idxno=${rng.int(100000, 999999)}` : `https://${c.site.domain}/view/${id}`;
}

/** Picks the article: a fixture body, with paragraphs mixed in from other fixtures of the same language, some repeated. */
function composeArticle(rng: Rng, mat: LangMaterial): { primary: Article; paragraphs: string[]; subtitle: string | null } {
  const primary = rng.pick(mat.articles);
  let paragraphs = primary.paragraphs.slice();
  if (paragraphs.length > 3 && rng.chance(0.25)) paragraphs.splice(rng.int(1, paragraphs.length - 1), 1);
  const extra = rng.weighted([[0, 2], [2, 3], [4, 3], [8, 2], [14, 1]]);
  for (let i = 0; i < extra; i++) {
    const para = rng.chance(0.8) ? rng.pick(mat.paragraphs) : rng.pick(primary.paragraphs);
    paragraphs.splice(rng.int(1, paragraphs.length), 0, para);
  }
  if (paragraphs.length > 6 && rng.chance(0.3)) paragraphs = [paragraphs[0] as string, ...rng.shuffle(paragraphs.slice(1))];
  const subtitle = rng.chance(0.45) ? rng.pick(mat.headlines) : null;
  return { primary, paragraphs, subtitle };
}

function makeContext(spec: DocSpec, material: Material, seed: string): Ctx {
  const rng = new Rng(`${seed}:${spec.kind}:${spec.index}`);
  const v = VOCAB[spec.lang];
  const mat = material.byLang[spec.lang];
  const { primary, paragraphs, subtitle } = composeArticle(rng, mat);
  const gov = spec.family === 'gov';
  const site = rng.pick(gov ? v.govSites : v.newsSites);
  const sections = gov ? v.govSections : v.newsSections;
  const section = rng.pick(sections);
  const sub = rng.pick(section.subs);
  let when: When;
  if (primary.publishedAt) {
    const [y, m, d] = primary.publishedAt.split('-').map(Number);
    when = { y: y ?? 2024, m: m ?? 1, d: d ?? 1, hh: rng.int(6, 22), mm: rng.int(0, 59) };
  } else when = { y: rng.int(2021, 2025), m: rng.int(1, 12), d: rng.int(1, 28), hh: rng.int(6, 22), mm: rng.int(0, 59) };
  const updated = rng.chance(0.5) ? { ...when, hh: Math.min(23, when.hh + rng.int(0, 3)), mm: rng.int(0, 59) } : shiftDays(when, 1);
  const authors = Array.from({ length: rng.weighted([[1, 6], [2, 2], [0, 1]]) }, () => personName(rng, v));
  const names = [...primary.persons, ...primary.organizations];
  const tags = rng.sample([...names, ...v.topics], rng.int(3, 8));
  const ctx: Ctx = {
    rng,
    spec,
    lang: spec.lang,
    v,
    mat,
    enc: spec.encoding,
    site,
    section,
    sub,
    title: primary.title,
    subtitle,
    paragraphs,
    when,
    updated,
    authors,
    articleId: `${when.y}${p2(when.m)}${p2(when.d)}${pad(rng.int(0, 999999), 6)}`,
    url: '',
    tags,
    caption: rng.pick(mat.headlines),
    primary,
  };
  ctx.url = articleUrl(ctx);
  return ctx;
}

// ---------------------------------------------------------------------------------------------
// Fillers: blocks that grow item by item until their byte budget is spent.

type Filler = (c: Ctx, budget: number) => string;

function grow(c: Ctx, budget: number, open: string, close: string, item: (i: number) => string, min = 1, sep = ''): string {
  const parts = [open];
  let bytes = byteLen(open, c.enc) + byteLen(close, c.enc);
  for (let i = 0; i < min || bytes < budget; i++) {
    const s = (i > 0 ? sep : '') + item(i);
    parts.push(s);
    bytes += byteLen(s, c.enc);
    if (i > 5000) break;
  }
  parts.push(close);
  return parts.join('');
}

const JS_WORDS = ['init', 'render', 'track', 'slot', 'config', 'queue', 'load', 'push', 'observe', 'handler', 'module', 'exports', 'callback', 'timeout', 'consent', 'viewport', 'lazy', 'bind', 'emit', 'resolve'];

function ident(rng: Rng): string {
  return rng.chance(0.6) ? rng.pick('abcdefghijklmnopqrstuvwxyz'.split('')) + (rng.chance(0.5) ? rng.pick('abcdefghijklmnopqrstuvwxyz0123456789'.split('')) : '') : rng.pick(JS_WORDS) + (rng.chance(0.4) ? rng.pick(JS_WORDS).replace(/^./, (x) => x.toUpperCase()) : '');
}

/** One chunk of bundler-minified vendor code (webpack module). */
function vendorChunk(c: Ctx, i: number): string {
  const r = c.rng;
  const a = ident(r);
  const b = ident(r);
  const d = ident(r);
  const stmts: string[] = [];
  const n = r.int(4, 12);
  for (let k = 0; k < n; k++) {
    switch (r.int(0, 7)) {
      case 0:
        stmts.push(`var ${ident(r)}=${a}(${r.int(0, 9999)}),${ident(r)}=${a}.n(${ident(r)})`);
        break;
      case 1:
        stmts.push(`function ${ident(r)}(${b},${d}){if(!(${b} instanceof ${d}))throw new TypeError("Cannot call a class as a function")}`);
        break;
      case 2:
        stmts.push(`${b}.exports=function(${d}){return ${d}&&${d}.__esModule?${d}:{default:${d}}}`);
        break;
      case 3:
        stmts.push(`Object.defineProperty(${b},"${r.pick(JS_WORDS)}",{enumerable:!0,get:function(){return ${ident(r)}}})`);
        break;
      case 4:
        stmts.push(`for(var ${d}=0;${d}<${b}.length;${d}++){var ${a}=${b}[${d}];${a}.enumerable=${a}.enumerable||!1,${a}.configurable=!0,"value"in ${a}&&(${a}.writable=!0)}`);
        break;
      case 5:
        stmts.push(`${ident(r)}=window.${ident(r)}||[],${ident(r)}.push(["${r.pick(JS_WORDS)}","${r.alnum(10)}",${r.int(0, 1e6)}])`);
        break;
      case 6:
        stmts.push(`return new Promise(function(${a},${b}){setTimeout(function(){${a}(${d}.${r.pick(JS_WORDS)}("${r.hex(8)}"))},${r.int(10, 3000)})})`);
        break;
      default:
        stmts.push(`"${r.alnum(r.int(8, 40))}"===typeof ${d}?${d}.replace(/[^a-z0-9_-]/gi,""):${d}`);
    }
  }
  return `${r.int(1000, 99999)}:function(${a},${b},${d}){"use strict";${stmts.join(';')}}${i >= 0 ? ',' : ''}`;
}

const fillVendorJs: Filler = (c, budget) =>
  grow(c, budget, `<script>(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[${c.rng.int(100, 999)}],{`, '}]);</script>\n', (i) => vendorChunk(c, i));

const fillLegacyJs: Filler = (c, budget) =>
  grow(c, budget, '<script language="javascript" type="text/javascript">\n<!--\n', '//-->\n</script>\n', () => {
    const r = c.rng;
    const f = `${r.pick(['open', 'show', 'hide', 'toggle', 'go', 'chk', 'view'])}${r.pick(['Win', 'Menu', 'Layer', 'Banner', 'News', 'Photo', 'Pop'])}${r.int(1, 99)}`;
    return r.chance(0.5)
      ? `function ${f}(url, w, h) {\n  var opt = "width=" + w + ",height=" + h + ",scrollbars=yes,resizable=no,left=${r.int(0, 400)},top=${r.int(0, 300)}";\n  window.open(url, "${r.alnum(6)}", opt);\n}\n`
      : `function ${f}(id) {\n  var obj = document.getElementById(id);\n  if (obj.style.display == "none") { obj.style.display = "block"; } else { obj.style.display = "none"; }\n  document.cookie = "${r.alnum(5)}=" + escape(id) + "; path=/; expires=" + new Date(${r.int(1_600_000_000, 1_800_000_000)}000).toGMTString();\n}\n`;
  });

const CSS_PROPS = ['display:block', 'display:none', 'display:flex', 'float:left', 'margin:0 auto', 'padding:4px 12px', 'font-size:13px', 'font-weight:700', 'color:#333', 'color:#767676', 'line-height:1.6', 'border-bottom:1px solid #e5e5e5', 'overflow:hidden', 'position:relative', 'width:100%', 'height:auto', 'background:#f7f7f7', 'letter-spacing:-.5px', 'text-overflow:ellipsis', 'white-space:nowrap'];
const CSS_CLASSES = ['gnb', 'lnb', 'depth1', 'depth2', 'article', 'view', 'tit', 'list', 'item', 'thumb', 'info', 'date', 'btn', 'ad', 'banner', 'aside', 'box', 'rank', 'footer', 'util', 'share', 'cmt', 'reply', 'tag'];

const fillCss: Filler = (c, budget) =>
  grow(c, budget, '<style type="text/css">', '</style>\n', () => {
    const r = c.rng;
    const sel = Array.from({ length: r.int(1, 3) }, () => `.${r.pick(CSS_CLASSES)}${r.chance(0.5) ? `_${r.pick(CSS_CLASSES)}` : ''}${r.chance(0.4) ? ` ${r.pick(['li', 'a', 'span', 'p', 'img', 'strong'])}` : ''}`).join(',');
    const props = r.sample(CSS_PROPS, r.int(2, 6)).join(';');
    return r.chance(0.1) ? `@media (max-width:${r.int(360, 1280)}px){${sel}{${props}}}` : `${sel}{${props}}`;
  });

const fillSvgSprite: Filler = (c, budget) =>
  grow(c, budget, '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">', '</svg>\n', () => {
    const r = c.rng;
    let d = `M${r.int(0, 24)}.${r.int(0, 99)} ${r.int(0, 24)}.${r.int(0, 99)}`;
    for (let k = r.int(6, 30); k > 0; k--) d += `${r.pick(['c', 'l', 's', 'C', 'L', 'h', 'v'])}${r.int(-12, 12)}.${r.int(0, 99)} ${r.int(-12, 12)}.${r.int(0, 99)}`;
    return `<symbol id="ico-${r.alnum(6)}" viewBox="0 0 24 24"><path fill="currentColor" d="${d}z"/></symbol>`;
  });

function gptSlot(c: Ctx, i: number): string {
  const r = c.rng;
  const slot = `div-gpt-ad-${r.int(1_600_000_000, 1_800_000_000)}${pad(r.int(0, 999), 3)}-${i}`;
  return `googletag.defineSlot('/${r.int(10000, 99999999)}/${c.site.domain.split('.')[1] ?? 'site'}/${c.section.slug}/${r.pick(['top', 'mid', 'right', 'bottom', 'inread', 'sticky'])}_${i}',[[${r.pick(['728,90', '300,250', '970,250', '320,100', '336,280'])}],[${r.pick(['300,600', '160,600', '320,50'])}]],'${slot}').setTargeting('pos',['${r.alnum(4)}']).setTargeting('kw',${JSON.stringify(r.sample(c.tags, 3))}).addService(googletag.pubads());\n`;
}

const fillGpt: Filler = (c, budget) =>
  grow(
    c,
    budget,
    `<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){\n`,
    `googletag.pubads().enableSingleRequest();googletag.pubads().collapseEmptyDivs();googletag.pubads().setTargeting('section','${c.section.slug}');googletag.enableServices();});</script>\n`,
    (i) => gptSlot(c, i),
  );

function relatedItem(c: Ctx, i: number): Record<string, unknown> {
  const r = c.rng;
  const when = shiftDays(c.when, -r.int(0, 40));
  return {
    id: `${r.int(100000, 999999)}`,
    title: headline(c),
    url: articleUrl(c, r),
    section: r.pick(c.v.newsSections).name,
    publishedAt: isoTime({ ...when, hh: r.int(0, 23), mm: r.int(0, 59) }, c.lang),
    thumbnail: { src: `https://img.${c.site.domain.replace(/^www\./, '').replace(/\/.*$/, '')}/photo/${when.y}/${p2(when.m)}/${r.hex(16)}_${r.int(300, 1200)}x${r.int(200, 800)}.jpg`, width: 640, height: 360 },
    summary: r.chance(0.5) ? headline(c) : undefined,
    author: personName(r, c.v),
    position: i,
    commentCount: r.int(0, 800),
  };
}

const fillNextData: Filler = (c, budget) => {
  const r = c.rng;
  const head = {
    props: {
      pageProps: {
        article: {
          id: c.articleId,
          title: c.title,
          subtitle: c.subtitle,
          section: { name: c.section.name, slug: c.section.slug, sub: c.sub },
          publishedAt: isoTime(c.when, c.lang),
          updatedAt: isoTime(c.updated, c.lang),
          authors: c.authors.map((name) => ({ name, email: email(r, c.site.domain), profileImage: `/img/reporter/${r.hex(8)}.png` })),
          body: c.paragraphs.map((p, i) => ({ type: 'paragraph', key: `p${i}`, html: esc(p) })),
          tags: c.tags,
          lead: { src: `/photo/${r.hex(20)}.jpg`, caption: c.caption },
        },
        menu: c.v.newsSections.map((s) => ({ label: s.name, href: `/${s.slug}`, children: s.subs.map((sub) => ({ label: sub, href: `/${s.slug}/${encodeURIComponent(sub)}` })) })),
        ads: { provider: 'gpt', networkCode: r.int(10000, 99999999), refresh: r.int(30, 90), lazy: true },
      },
      __N_SSP: true,
    },
    page: '/article/[id]',
    query: { id: c.articleId },
    buildId: r.alnum(21),
    isFallback: false,
    gssp: true,
    locale: c.lang,
  };
  const headJson = jsonInScript(head);
  // Lists of teaser cards (latest, related, ranking per section) make up the bulk of such blobs.
  return grow(
    c,
    budget,
    `<script id="__NEXT_DATA__" type="application/json">${headJson.slice(0, -1)},"feeds":[`,
    ']}</script>\n',
    (i) => jsonInScript(relatedItem(c, i)),
    1,
    ',',
  );
};

const fillInitialState: Filler = (c, budget) =>
  grow(
    c,
    budget,
    `<script>window.__INITIAL_STATE__=${jsonInScript({ route: { name: 'article', params: { id: c.articleId } }, user: { loggedIn: false, consent: null }, config: { cdn: `https://static.${c.site.domain.replace(/^www\./, '').replace(/\/.*$/, '')}`, version: c.rng.hex(7) } }).slice(0, -1)},"stream":[`,
    ']};</script>\n',
    (i) => jsonInScript(relatedItem(c, i)),
    1,
    ',',
  );

const fillGovConfig: Filler = (c, budget) =>
  grow(c, budget, `<script type="text/javascript">var menuData = [`, '];\n</script>\n', (i) => {
    const r = c.rng;
    const s = r.pick(c.v.govSections);
    return jsonInScript({ menuNo: `${r.int(1000, 9999)}${i}`, upperMenuNo: r.int(1000, 9999), menuNm: r.pick(s.subs), menuUrl: `/${s.slug}/${r.alnum(8)}.do?mid=${r.int(100, 999)}`, depth: r.int(1, 4), useAt: 'Y', sortOrdr: i });
  }, 1, ',');

function commentHtml(c: Ctx, i: number): string {
  const r = c.rng;
  const u = c.v.commentUi;
  const nick = r.chance(0.5) ? r.pick(c.v.nicknames) : `${r.alnum(3)}****`;
  const when = shiftDays(c.when, r.int(0, 3));
  const text = r.chance(0.7) ? r.pick(c.v.commentPhrases) : `${r.pick(c.v.commentPhrases)} ${headline(c)}`;
  const replies = r.chance(0.2) ? `<ul class="replies">${Array.from({ length: r.int(1, 3) }, () => `<li class="reply"><span class="nick">${esc(r.pick(c.v.nicknames))}</span><span class="date">${shortDate(when, c.lang)}</span><p>${esc(r.pick(c.v.commentPhrases))}</p></li>`).join('')}</ul>` : '';
  return `<li class="cmt-item" id="cmt-${r.int(100000, 9999999)}-${i}"><div class="cmt-head"><span class="nick">${esc(nick)}</span><span class="date">${visibleDate({ ...when, hh: r.int(0, 23), mm: r.int(0, 59) }, c.lang, 0)}</span></div><p class="cmt-text">${esc(text)}</p><div class="cmt-foot"><button type="button" class="btn-reply">${u.reply} ${r.int(0, 20)}</button><button type="button" class="btn-like">${u.like} ${r.int(0, 300)}</button><a href="#" class="btn-report">${u.report}</a></div>${replies}</li>\n`;
}

const fillComments: Filler = (c, budget) => {
  const u = c.v.commentUi;
  return grow(
    c,
    budget,
    `<section id="comments" class="comment-area"><h2>${c.v.headings.comments} <em>${c.rng.int(10, 2000)}</em></h2><div class="cmt-sort"><a href="#" class="on">${u.sortBest}</a><a href="#">${u.sortNew}</a></div><div class="cmt-write"><textarea placeholder="${esc(u.placeholder)}"></textarea><p class="login-msg">${u.login}</p></div><ul class="cmt-list">\n`,
    `</ul><button type="button" class="btn-more">${u.more}</button></section>\n`,
    (i) => commentHtml(c, i),
  );
};

const fillLatestList: Filler = (c, budget) =>
  grow(c, budget, `<section class="latest-news"><h2>${c.v.headings.latest}</h2><ul class="news-list">\n`, '</ul></section>\n', () => {
    const r = c.rng;
    const when = shiftDays(c.when, -r.int(0, 10));
    return `<li><a href="${articleUrl(c, r)}"><span class="thumb"><img src="/photo/${r.hex(12)}_t.jpg" alt="" loading="lazy"></span><strong class="tit">${esc(headline(c))}</strong>${r.chance(0.4) ? `<span class="lead">${esc(headline(c))}</span>` : ''}</a><span class="sec">${esc(r.pick(c.v.newsSections).name)}</span><span class="date">${shortDate(when, c.lang)}</span></li>\n`;
  });

const fillLatestTable: Filler = (c, budget) =>
  grow(c, budget, `<table width="100%" border="0" cellspacing="0" cellpadding="2" class="newslist"><tr><td class="boxhead" colspan="2">${c.v.headings.latest}</td></tr>\n`, '</table>\n', () => {
    const r = c.rng;
    return `<tr><td width="8" valign="top"><img src="/images/dot.gif" width="3" height="3"></td><td><a href="/news/view.php?no=${r.int(10000, 999999)}" class="newslink">${esc(headline(c))}</a> <span class="small">(${shortDate(shiftDays(c.when, -r.int(0, 10)), c.lang)})</span></td></tr>\n`;
  });

const fillBoardComments: Filler = (c, budget) =>
  grow(c, budget, `<table width="100%" border="0" cellspacing="1" cellpadding="3" bgcolor="#cccccc" class="comment"><tr bgcolor="#eeeeee"><td colspan="3"><b>${c.v.headings.comments}</b></td></tr>\n`, '</table>\n', () => {
    const r = c.rng;
    return `<tr bgcolor="#ffffff"><td width="90" class="small">${esc(r.pick(c.v.nicknames))}</td><td>${esc(r.pick(c.v.commentPhrases))}</td><td width="110" class="small">${shortDate(shiftDays(c.when, r.int(0, 2)), c.lang)} ${p2(r.int(0, 23))}:${p2(r.int(0, 59))}</td></tr>\n`;
  });

const fillGovBoard: Filler = (c, budget) =>
  grow(
    c,
    budget,
    `<div class="board_list"><table class="tbl_list"><caption>${esc(c.sub)}</caption><thead><tr><th scope="col">No</th><th scope="col">${c.lang === 'ko' ? '제목' : c.lang === 'th' ? 'หัวข้อ' : 'Title'}</th><th scope="col">${c.v.headings.contact}</th><th scope="col">${c.lang === 'ko' ? '등록일' : c.lang === 'th' ? 'วันที่' : 'Date'}</th><th scope="col">${c.v.views}</th></tr></thead><tbody>\n`,
    '</tbody></table></div>\n',
    (i) => {
      const r = c.rng;
      return `<tr><td class="num">${r.int(1000, 9999) - i}</td><td class="subject"><a href="/bbs/view.do?nttId=${r.int(100000, 999999)}&amp;bbsId=BBSMSTR_${r.int(100, 999)}">${esc(headline(c))}</a>${r.chance(0.3) ? '<img src="/images/ico_file.gif" alt="file">' : ''}</td><td>${esc(r.pick(c.v.deptWords))}</td><td>${shortDate(shiftDays(c.when, -r.int(1, 200)), c.lang)}</td><td>${r.int(10, 9000)}</td></tr>\n`;
    },
  );

function sitemapColumn(c: Ctx, s: Section): string {
  return `<dl class="sitemap-col"><dt><a href="${sectionUrl(c, s)}">${esc(s.name)}</a></dt>${s.subs.map((sub) => `<dd><a href="${sectionUrl(c, s, sub)}">${esc(sub)}</a></dd>`).join('')}</dl>`;
}

const fillSitemap: Filler = (c, budget) => {
  const sections = c.spec.family === 'gov' ? c.v.govSections : c.v.newsSections;
  let k = 0;
  return grow(c, budget, `<div class="sitemap"><h2>${c.v.headings.sitemap}</h2>\n`, '</div>\n', () => {
    const r = c.rng;
    const i = k++;
    if (i < sections.length) return sitemapColumn(c, sections[i] as Section);
    if (i === sections.length) return `<dl class="sitemap-col regions"><dt>${esc(c.v.regions[0] ?? '')}</dt>${c.v.regions.map((g) => `<dd><a href="/region/${encodeURIComponent(g)}">${esc(g)}</a></dd>`).join('')}</dl>`;
    // Series and reporter pages: the long tail of sitemap links.
    return `<dl class="sitemap-col series"><dt>${esc(r.pick(c.v.topics))}</dt>${Array.from({ length: r.int(6, 16) }, () => `<dd><a href="/series/${r.int(100, 9999)}">${esc(r.chance(0.5) ? personName(r, c.v) : r.pick(c.v.topics))}</a></dd>`).join('')}</dl>`;
  });
};

// ---------------------------------------------------------------------------------------------
// Fixed chrome

function megaMenu(c: Ctx, sections: Section[], cls: string): string {
  return `<ul class="${cls}">${sections
    .map((s) => `<li class="depth1"><a href="${sectionUrl(c, s)}">${esc(s.name)}</a><ul class="depth2">${s.subs.map((sub) => `<li><a href="${sectionUrl(c, s, sub)}">${esc(sub)}</a></li>`).join('')}</ul></li>`)
    .join('\n')}</ul>\n`;
}

function regionLinks(c: Ctx): string {
  return `<ul class="region-menu">${c.v.regions.map((g) => `<li><a href="/region/${encodeURIComponent(g)}">${esc(g)}</a></li>`).join('')}</ul>\n`;
}

function topicLinks(c: Ctx): string {
  return `<div class="hot-topics">${c.rng
    .sample(c.v.topics, c.rng.int(6, c.v.topics.length))
    .map((t) => `<a href="/topic/${encodeURIComponent(t)}">#${esc(t)}</a>`)
    .join(' ')}</div>\n`;
}

function utilLinks(c: Ctx): string {
  return `<ul class="util">${c.v.util.map((u) => `<li><a href="/${c.rng.alnum(6)}">${esc(u)}</a></li>`).join('')}</ul>`;
}

function shareBar(c: Ctx): string {
  return `<div class="share-bar">${c.v.share.map((s) => `<button type="button" class="share-${c.rng.alnum(4)}" aria-label="${esc(s)}">${esc(s)}</button>`).join('')}<span class="font-size">${c.v.fontSize} <button>-</button><button>+</button></span></div>\n`;
}

function adSlot(c: Ctx): string {
  const r = c.rng;
  return r.chance(0.5)
    ? `<div class="ad-slot ad-${r.pick(['top', 'mid', 'side', 'inread'])}"><span class="ad-label">${c.v.adLabel}</span><div id="div-gpt-ad-${r.int(1_600_000_000, 1_800_000_000)}-${r.int(0, 20)}"><script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-${r.hex(8)}');});</script></div></div>\n`
    : `<div class="ad-slot"><span class="ad-label">${c.v.adLabel}</span><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-${r.int(1e15, 9e15)}" data-ad-slot="${r.int(1e9, 9e9)}" data-ad-format="auto" data-full-width-responsive="true"></ins><script>(adsbygoogle=window.adsbygoogle||[]).push({});</script></div>\n`;
}

function cookieBanner(c: Ctx): string {
  const k = c.v.cookie;
  return `<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite"><p>${esc(k.text)}</p><div class="btns"><button type="button" class="accept">${esc(k.accept)}</button><button type="button" class="settings">${esc(k.settings)}</button><button type="button" class="reject">${esc(k.reject)}</button></div></div>\n`;
}

function mostRead(c: Ctx, n: number): string {
  return `<section class="most-read"><h2>${c.v.headings.mostRead}</h2><ol>${Array.from({ length: n }, (_, i) => `<li><span class="rank">${i + 1}</span><a href="${articleUrl(c)}">${esc(headline(c))}</a></li>`).join('')}</ol></section>\n`;
}

function relatedBox(c: Ctx, n: number): string {
  return `<section class="related"><h2>${c.v.headings.related}</h2><ul>${Array.from({ length: n }, () => {
    const w = shiftDays(c.when, -c.rng.int(0, 30));
    return `<li><a href="${articleUrl(c)}"><img src="/photo/${c.rng.hex(10)}_s.jpg" alt=""><strong>${esc(headline(c))}</strong></a><span class="date">${shortDate(w, c.lang)}</span></li>`;
  }).join('')}</ul></section>\n`;
}

function tagBox(c: Ctx): string {
  return `<div class="tags"><strong>${c.v.headings.tags}</strong> ${c.tags.map((t) => `<a href="/tag/${encodeURIComponent(t)}">#${esc(t)}</a>`).join(' ')}</div>\n`;
}

function reporterLine(c: Ctx): string {
  const name = c.authors[0] ?? personName(c.rng, c.v);
  return c.v.reporterLine(name, email(c.rng, c.site.domain));
}

function bylineText(c: Ctx): string {
  if (c.authors.length === 0) return c.site.name;
  return c.lang === 'en' ? `By ${c.authors.join(' and ')}` : c.lang === 'ko' ? c.authors.map((a) => `${a} 기자`).join(', ') : `${c.v.bylinePrefix}: ${c.authors.join(', ')}`;
}

function footer(c: Ctx, gov: boolean): string {
  const r = c.rng;
  const links = (gov ? c.v.footerGov : c.v.footerNews).map((l) => `<li><a href="/${r.alnum(6)}">${esc(l)}</a></li>`).join('');
  const family = `<select title="family site" onchange="window.open(this.value)"><option>${c.lang === 'ko' ? '관련 사이트' : c.lang === 'th' ? 'เว็บไซต์ที่เกี่ยวข้อง' : 'Related sites'}</option>${c.v.familySites.map((f) => `<option value="https://${r.alnum(8)}.example">${esc(f)}</option>`).join('')}</select>`;
  const reg =
    c.lang === 'ko'
      ? `<p>등록번호: 서울 아 ${pad(r.int(0, 99999), 5)} | 등록일: 20${r.int(10, 23)}.${p2(r.int(1, 12))}.${p2(r.int(1, 28))} | 발행인·편집인: ${personName(r, c.v)} | 청소년보호책임자: ${personName(r, c.v)} | 대표전화: 02-${r.int(200, 999)}-${r.int(1000, 9999)}</p>`
      : c.lang === 'th'
        ? `<p>โทรศัพท์ 0-2${r.int(100, 999)}-${r.int(1000, 9999)} โทรสาร 0-2${r.int(100, 999)}-${r.int(1000, 9999)} อีเมล ${email(r, c.site.domain)}</p>`
        : `<p>Tel +82-2-${r.int(200, 999)}-${r.int(1000, 9999)} · Registration No. ${r.int(10000, 99999)} · Publisher: ${personName(r, c.v)}</p>`;
  return `<footer id="footer" class="site-footer"><ul class="footer-links">${links}</ul><address>${esc(r.pick(c.v.address))}</address>${reg}<p class="copyright">${esc(c.v.copyright(c.site.name, c.when.y))}</p>${family}</footer>\n`;
}

function headMeta(c: Ctx, html5: boolean): string {
  const r = c.rng;
  const charset = html5 && r.chance(0.7) ? `<meta charset="${c.spec.charsetLabel}">` : `<meta http-equiv="Content-Type" content="text/html; charset=${c.spec.charsetLabel}">`;
  const desc = esc((c.paragraphs[0] ?? '').slice(0, 150));
  const og = [
    `<meta name="description" content="${desc}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:site_name" content="${esc(c.site.name)}">`,
    `<meta property="og:title" content="${esc(c.title)}">`,
    `<meta property="og:description" content="${desc}">`,
    `<meta property="og:url" content="${c.url}">`,
    `<meta property="og:image" content="https://${c.site.domain}/photo/${r.hex(24)}.jpg">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    `<meta property="article:published_time" content="${isoTime(c.when, c.lang)}">`,
    `<meta property="article:section" content="${esc(c.section.name)}">`,
    `<link rel="canonical" href="${c.url}">`,
  ];
  const assets = Array.from({ length: r.int(8, 30) }, () => (r.chance(0.5) ? `<link rel="stylesheet" href="/static/css/${r.alnum(8)}.${r.hex(8)}.css">` : `<link rel="preload" as="script" href="/_next/static/chunks/${r.int(100, 999)}-${r.hex(16)}.js">`));
  const ld = {
    '@context': 'https://schema.org',
    '@type': c.spec.family === 'gov' ? 'Article' : 'NewsArticle',
    headline: c.title,
    datePublished: isoTime(c.when, c.lang),
    dateModified: isoTime(c.updated, c.lang),
    author: c.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: c.site.name, logo: { '@type': 'ImageObject', url: `https://${c.site.domain}/img/logo.png` } },
    mainEntityOfPage: c.url,
    keywords: c.tags.join(','),
    // Many CMSs put the whole body into JSON-LD as well.
    ...(r.chance(0.4) ? { articleBody: c.paragraphs.join('\n') } : {}),
  };
  const breadcrumbs = { '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [c.v.headings.breadcrumbHome, c.section.name, c.sub].map((name, i) => ({ '@type': 'ListItem', position: i + 1, name })) };
  const gtm = `<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-${r.alnum(7).toUpperCase()}');</script>`;
  const dataLayer = `<script>window.dataLayer=window.dataLayer||[];dataLayer.push(${jsonInScript({ event: 'article_view', content_id: c.articleId, content_section: c.section.name, content_sub: c.sub, author: c.authors.join('|'), published: isoDay(c.when), word_count: c.paragraphs.join(' ').length, tags: c.tags, paywall: r.chance(0.2), ab_test: r.alnum(6) })});</script>`;
  const pixel = `<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');fbq('init','${r.int(1e14, 9e14)}');fbq('track','PageView');</script>`;
  return [
    charset,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${esc(c.title)} | ${esc(c.site.name)}</title>`,
    ...og,
    ...assets,
    `<script type="application/ld+json">${jsonInScript(ld)}</script>`,
    `<script type="application/ld+json">${jsonInScript(breadcrumbs)}</script>`,
    gtm,
    dataLayer,
    r.chance(0.6) ? pixel : '',
  ].join('\n');
}

function bodyParagraphs(c: Ctx, style: 'p' | 'br' | 'div'): string {
  const r = c.rng;
  const out: string[] = [];
  const adAt = c.paragraphs.length > 4 ? r.int(2, c.paragraphs.length - 2) : -1;
  const relAt = c.paragraphs.length > 6 && r.chance(0.4) ? r.int(3, c.paragraphs.length - 2) : -1;
  c.paragraphs.forEach((p, i) => {
    if (i === adAt && style !== 'br') out.push(adSlot(c));
    if (i === relAt) out.push(style === 'br' ? `<b>${c.v.headings.related}</b>: <a href="${articleUrl(c)}">${esc(headline(c))}</a><br><br>\n` : `<div class="inline-related"><strong>${c.v.headings.related}</strong><a href="${articleUrl(c)}">${esc(headline(c))}</a></div>\n`);
    if (style === 'p') out.push(`<p>${esc(p)}</p>\n`);
    else if (style === 'div') out.push(`<div>${esc(p)}</div>\n`);
    else out.push(`${esc(p)}\n<br><br>\n`);
  });
  return out.join('');
}

function figure(c: Ctx): string {
  return `<figure class="photo"><img src="https://${c.site.domain}/photo/${c.when.y}/${p2(c.when.m)}/${c.rng.hex(20)}.jpg" alt="${esc(c.caption)}" width="${c.rng.int(600, 1200)}"><figcaption>${esc(c.caption)}</figcaption></figure>\n`;
}

// ---------------------------------------------------------------------------------------------
// Page families. Each returns a list of pieces: fixed strings and weighted fillers.

type Piece = string | { weight: number; fill: Filler };

function pageNext(c: Ctx): Piece[] {
  const v = c.v;
  return [
    `<!DOCTYPE html>\n<html lang="${c.lang}">\n<head>\n`,
    headMeta(c, true),
    { weight: 0.08, fill: fillCss },
    '</head>\n<body>\n',
    `<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-${c.rng.alnum(7).toUpperCase()}" height="0" width="0" style="display:none"></iframe></noscript>\n`,
    { weight: 0.04, fill: fillSvgSprite },
    '<div id="__next">\n',
    cookieBanner(c),
    `<div class="skip-links">${v.skipLinks.map((s) => `<a href="#main">${esc(s)}</a>`).join('')}</div>\n`,
    `<header class="site-header"><div class="top-bar">${utilLinks(c)}<span class="today">${visibleDate(c.when, c.lang, 1)}</span></div><div class="logo"><a href="/"><img src="/img/logo.svg" alt="${esc(c.site.name)}"></a></div><nav class="gnb" aria-label="main">`,
    megaMenu(c, v.newsSections, 'gnb-list'),
    `</nav><button class="all-menu">${v.headings.allMenu}</button><div class="all-menu-layer" hidden>`,
    megaMenu(c, v.newsSections, 'all-list'),
    regionLinks(c),
    '</div>',
    topicLinks(c),
    '</header>\n',
    adSlot(c),
    `<main id="main"><div class="layout"><article class="article-view">\n<nav class="breadcrumb"><a href="/">${v.headings.breadcrumbHome}</a> &gt; <a href="${sectionUrl(c, c.section)}">${esc(c.section.name)}</a> &gt; <span>${esc(c.sub)}</span></nav>\n`,
    `<header class="article-header"><p class="kicker">${esc(c.sub)}</p><h1 class="headline">${esc(c.title)}</h1>${c.subtitle ? `<h2 class="subhead">${esc(c.subtitle)}</h2>` : ''}<div class="meta"><span class="byline">${esc(bylineText(c))}</span><span class="date">${v.published} <time datetime="${isoTime(c.when, c.lang)}">${visibleDate(c.when, c.lang, 0)}</time></span><span class="date">${v.updated} <time datetime="${isoTime(c.updated, c.lang)}">${visibleDate(c.updated, c.lang, 0)}</time></span></div></header>\n`,
    shareBar(c),
    figure(c),
    '<div class="article-body">\n',
    bodyParagraphs(c, 'p'),
    `<p class="reporter">${esc(reporterLine(c))}</p>\n`,
    '</div>\n',
    tagBox(c),
    `<section class="newsletter"><p>${esc(v.newsletter)}</p><form><input type="email" placeholder="email"><button>${v.headings.subscribe}</button></form></section>\n`,
    '</article>\n<aside class="sidebar">',
    mostRead(c, 10),
    adSlot(c),
    { weight: 0.1, fill: fillLatestList },
    '</aside></div>\n',
    relatedBox(c, c.rng.int(4, 12)),
    { weight: 0.1, fill: fillComments },
    '</main>\n',
    footer(c, false),
    '</div>\n',
    { weight: 0.48, fill: fillNextData },
    { weight: 0.14, fill: fillVendorJs },
    { weight: 0.06, fill: fillGpt },
    '</body>\n</html>\n',
  ];
}

function pagePortal(c: Ctx): Piece[] {
  const v = c.v;
  const bodyStyle = c.rng.chance(0.5) ? 'p' : 'br';
  return [
    `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" lang="${c.lang}">\n<head>\n`,
    headMeta(c, c.rng.chance(0.5)),
    { weight: 0.1, fill: fillCss },
    { weight: 0.12, fill: fillVendorJs },
    '</head>\n<body>\n<div id="wrap">\n',
    c.rng.chance(0.6) ? cookieBanner(c) : '',
    `<div id="top_banner">${adSlot(c)}</div>\n<div id="header"><div class="header_inner"><div class="top_menu">${utilLinks(c)}</div><h1 class="logo"><a href="/"><img src="/image/logo.png" alt="${esc(c.site.name)}" /></a></h1>\n<div id="gnb">`,
    megaMenu(c, v.newsSections, 'gnb_list'),
    `</div>\n<div id="all_menu" class="all_menu" style="display:none"><h2>${v.headings.allMenu}</h2>`,
    megaMenu(c, v.newsSections, 'all_menu_list'),
    regionLinks(c),
    '</div>',
    topicLinks(c),
    '</div></div>\n',
    `<div id="container"><div class="content_wrap"><div id="content">\n<div class="article_head"><div class="location"><a href="/">${v.headings.breadcrumbHome}</a> &gt; <a href="${sectionUrl(c, c.section)}">${esc(c.section.name)}</a> &gt; ${esc(c.sub)}</div>\n`,
    `<h2 class="article_tit">${esc(c.title)}</h2>${c.subtitle ? `<h3 class="sub_tit">${esc(c.subtitle)}</h3>` : ''}\n<div class="info_group"><span class="writer">${esc(bylineText(c))}</span><span class="date">${v.published} ${visibleDate(c.when, c.lang, 0)}</span><span class="date">${v.updated} ${visibleDate(c.updated, c.lang, 0)}</span><span class="view">${v.views} ${c.rng.int(100, 90000)}</span></div>\n`,
    shareBar(c),
    '</div>\n<div id="article-view-content-div" class="article_view">\n',
    figure(c),
    bodyParagraphs(c, bodyStyle),
    `<p class="reporter_mail">${esc(reporterLine(c))}</p>\n`,
    `<p class="copyright">${esc(v.copyright(c.site.name, c.when.y))}</p>\n`,
    '</div>\n',
    tagBox(c),
    relatedBox(c, c.rng.int(3, 8)),
    { weight: 0.22, fill: fillComments },
    '</div>\n<div id="aside">',
    mostRead(c, 10),
    adSlot(c),
    { weight: 0.14, fill: fillLatestList },
    adSlot(c),
    '</div></div></div>\n',
    `<div id="footer_wrap">`,
    { weight: 0.06, fill: fillSitemap },
    footer(c, false),
    '</div>\n</div>\n',
    { weight: 0.22, fill: fillInitialState },
    { weight: 0.14, fill: fillGpt },
    '</body>\n</html>\n',
  ];
}

function pageTable(c: Ctx): Piece[] {
  const v = c.v;
  const r = c.rng;
  const topMenu = v.newsSections.map((s) => `<a href="/${s.slug}/">${esc(s.name)}</a>`).join(' :: ');
  const leftMenu = v.newsSections
    .map((s) => `<div class="lbox"><b>${esc(s.name)}</b><br>${s.subs.map((sub) => `<a href="/${s.slug}/list.php?sub=${r.int(1, 99)}">${esc(sub)}</a>`).join('<br>')}</div>`)
    .join('\n');
  const regions = `<table width="100%" class="regionbox"><tr>${v.regions.map((g, i) => `${i > 0 && i % 3 === 0 ? '</tr><tr>' : ''}<td><a href="/local/?area=${encodeURIComponent(g)}">${esc(g)}</a></td>`).join('')}</tr></table>`;
  const banners = Array.from({ length: r.int(3, 8) }, () => `<a href="/ad/click.php?bid=${r.int(100, 9999)}" target="_blank"><img src="/banner/${r.alnum(8)}.gif" width="160" border="0"></a><br>`).join('\n');
  return [
    `<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=${c.spec.charsetLabel}">\n<title>${esc(c.title)} - ${esc(c.site.name)}</title>\n<link href="/include/style.css" rel="stylesheet" type="text/css">\n`,
    { weight: 0.12, fill: fillCss },
    { weight: 0.2, fill: fillLegacyJs },
    `</head>\n<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center">\n`,
    `<tr><td class="header" colspan="3"><a href="/"><img src="/images/logo.gif" border="0" alt="${esc(c.site.name)}"></a> <span class="hdr-date">${visibleDate(c.when, c.lang, 1)}</span> ${v.util.map((u) => `<a href="/${r.alnum(5)}.php">${esc(u)}</a>`).join(' | ')}</td></tr>\n`,
    `<tr><td class="topmenu" colspan="3">${topMenu}</td></tr>\n`,
    `<tr>\n<td width="180" valign="top" class="leftcol">\n`,
    leftMenu,
    regions,
    banners,
    `</td>\n<td width="620" valign="top" class="maincol">\n<span class="location">${v.headings.breadcrumbHome} &gt; ${esc(c.section.name)} &gt; ${esc(c.sub)}</span><br>\n`,
    `<span class="newsheader">${esc(c.title)}</span><br>\n<span class="newsdate">${visibleDate(c.when, c.lang, 0)}</span> &nbsp; <span class="newsview">${v.views} ${r.int(100, 20000)}</span><br><br>\n`,
    `<table align="center"><tr><td><img src="/pic/${c.when.y}/${p2(c.when.m)}/${r.alnum(8)}.jpg" width="450"><br><span class="caption">${esc(c.caption)}</span></td></tr></table>\n<div class="newsdetail">\n`,
    bodyParagraphs(c, 'br'),
    `</div>\n<br><span class="reporter">${esc(reporterLine(c))}</span><br>\n`,
    `<table width="100%" class="relnews"><tr><td class="boxhead">${v.headings.related}</td></tr>${Array.from({ length: r.int(3, 8) }, () => `<tr><td>- <a href="/news/view.php?no=${r.int(10000, 999999)}">${esc(headline(c))}</a></td></tr>`).join('')}</table>\n`,
    { weight: 0.2, fill: fillBoardComments },
    `</td>\n<td width="200" valign="top" class="rightcol">\n`,
    mostRead(c, 10),
    { weight: 0.33, fill: fillLatestTable },
    `</td>\n</tr>\n<tr><td colspan="3" class="footer">`,
    { weight: 0.15, fill: fillSitemap },
    `${v.footerNews.map((f) => `<a href="/${r.alnum(5)}.php">${esc(f)}</a>`).join(' | ')}<br>${esc(r.pick(v.address))}<br>${esc(v.copyright(c.site.name, c.when.y))}</td></tr>\n</table>\n</body>\n</html>\n`,
  ];
}

function pageGov(c: Ctx): Piece[] {
  const v = c.v;
  const r = c.rng;
  const lnbSection = c.section;
  const lnb = `<div id="lnb"><h2>${esc(lnbSection.name)}</h2><ul>${lnbSection.subs
    .map((sub) => `<li${sub === c.sub ? ' class="on"' : ''}><a href="/${lnbSection.slug}/${r.alnum(6)}.do">${esc(sub)}</a><ul class="depth3">${Array.from({ length: r.int(0, 5) }, () => `<li><a href="/${r.alnum(8)}.do">${esc(r.pick(v.topics))}</a></li>`).join('')}</ul></li>`)
    .join('')}</ul></div>\n`;
  const labels = c.lang === 'ko' ? ['제목', '등록일', '조회수', '담당자', '연락처'] : c.lang === 'th' ? ['หัวข้อ', 'วันที่', 'เข้าชม', 'ผู้รับผิดชอบ', 'โทรศัพท์'] : ['Title', 'Date', 'Views', 'Contact', 'Phone'];
  const files = Array.from({ length: r.int(1, 4) }, (_, i) => `<li><a href="/cmm/fms/FileDown.do?atchFileId=FILE_${r.hex(12)}&amp;fileSn=${i}">${esc(c.title.slice(0, 24))}${i > 0 ? `_${i}` : ''}.${r.pick(['hwp', 'pdf', 'hwpx', 'docx', 'zip'])}</a> <span>(${r.int(40, 9000)}KB)</span> <a href="#" class="preview">${c.lang === 'ko' ? '미리보기' : c.lang === 'th' ? 'ดูตัวอย่าง' : 'Preview'}</a></li>`).join('');
  const contact = `${esc(r.pick(v.deptWords))} ${esc(personName(r, v))} ${c.lang === 'en' ? '+82-44-' : c.lang === 'ko' ? '044-' : '0-2'}${r.int(200, 999)}-${r.int(1000, 9999)}`;
  const survey = `<div class="satisfaction"><p>${esc(v.govNotice[0] ?? '')}</p><form>${v.surveys.map((s, i) => `<label><input type="radio" name="score" value="${5 - i}"> ${esc(s)}</label>`).join('')}<textarea title="opinion"></textarea><button type="submit">OK</button></form></div>\n`;
  const prevNext = `<div class="prev_next"><dl><dt>${v.headings.prevNext[0]}</dt><dd><a href="/bbs/view.do?nttId=${r.int(100000, 999999)}">${esc(headline(c))}</a><span>${shortDate(shiftDays(c.when, -r.int(1, 5)), c.lang)}</span></dd></dl><dl><dt>${v.headings.prevNext[1]}</dt><dd><a href="/bbs/view.do?nttId=${r.int(100000, 999999)}">${esc(headline(c))}</a><span>${shortDate(shiftDays(c.when, r.int(1, 5)), c.lang)}</span></dd></dl></div>\n`;
  return [
    `<!DOCTYPE html>\n<html lang="${c.lang}">\n<head>\n`,
    headMeta(c, true),
    { weight: 0.14, fill: fillCss },
    '</head>\n<body>\n',
    `<div id="skipNav">${v.skipLinks.map((s) => `<a href="#contents">${esc(s)}</a>`).join('')}</div>\n<div id="wrap">\n`,
    r.chance(0.4) ? cookieBanner(c) : '',
    `<div id="header"><div class="top_util">${utilLinks(c)}</div><h1 class="logo"><a href="/"><img src="/images/common/logo.png" alt="${esc(c.site.name)}"></a></h1><div id="gnb">`,
    megaMenu(c, v.govSections, 'gnb_menu'),
    '</div></div>\n<div id="container">\n',
    lnb,
    `<div id="contents"><div class="location"><a href="/">${v.headings.breadcrumbHome}</a> &gt; ${esc(lnbSection.name)} &gt; <strong>${esc(c.sub)}</strong></div><h3 class="con_tit">${esc(c.sub)}</h3>\n`,
    shareBar(c),
    `<div class="board_view"><table class="view_table"><caption>${esc(c.sub)}</caption><tbody><tr><th scope="row">${labels[0]}</th><td colspan="3">${esc(c.title)}</td></tr><tr><th scope="row">${v.headings.contact}</th><td>${esc(r.pick(v.deptWords))}</td><th scope="row">${labels[1]}</th><td>${shortDate(c.when, c.lang)}</td></tr><tr><th scope="row">${labels[2]}</th><td colspan="3">${r.int(50, 30000)}</td></tr></tbody></table>\n`,
    `<div class="view_cont">\n${c.subtitle ? `<p class="summary">${esc(c.subtitle)}</p>\n` : ''}`,
    figure(c),
    bodyParagraphs(c, r.chance(0.6) ? 'p' : 'div'),
    '</div>\n',
    `<div class="file_list"><h4>${v.headings.attachments}</h4><ul>${files}</ul><p class="notice">${esc(v.govNotice[v.govNotice.length - 1] ?? '')}</p></div>\n`,
    `<div class="contact"><strong>${labels[3]}</strong> ${contact}</div>\n`,
    `<div class="kogl"><img src="/images/kogl_1.png" alt="open license"> ${esc(v.govNotice[1] ?? '')}</div>\n`,
    '</div>\n',
    prevNext,
    { weight: 0.26, fill: fillGovBoard },
    survey,
    '</div></div>\n<div id="footer">',
    { weight: 0.15, fill: fillSitemap },
    footer(c, true),
    '</div>\n</div>\n',
    { weight: 0.16, fill: fillGovConfig },
    { weight: 0.24, fill: fillVendorJs },
    { weight: 0.05, fill: fillSvgSprite },
    '</body>\n</html>\n',
  ];
}

function assemble(c: Ctx, pieces: Piece[], target: number): string {
  let fixed = 0;
  let weights = 0;
  for (const p of pieces) {
    if (typeof p === 'string') fixed += byteLen(p, c.enc);
    else weights += p.weight;
  }
  const remaining = Math.max(0, target - fixed);
  return pieces.map((p) => (typeof p === 'string' ? p : p.fill(c, (remaining * p.weight) / weights))).join('');
}

// ---------------------------------------------------------------------------------------------
// Scraped plain text

function scrapedText(c: Ctx): string {
  const v = c.v;
  const r = c.rng;
  const lines: string[] = [];
  const blank = (): void => {
    lines.push('');
  };
  lines.push(c.site.name, ...r.sample(v.util, r.int(2, 5)));
  blank();
  for (const s of v.newsSections) {
    lines.push(s.name);
    if (r.chance(0.35)) lines.push(...s.subs);
  }
  if (r.chance(0.4)) lines.push(...v.regions.slice(0, r.int(5, v.regions.length)));
  blank();
  lines.push(`${v.headings.breadcrumbHome} > ${c.section.name} > ${c.sub}`);
  blank();
  lines.push(c.title);
  if (c.subtitle) lines.push(c.subtitle);
  blank();
  lines.push(`${v.published} ${visibleDate(c.when, c.lang, 0)} | ${v.updated} ${visibleDate(c.updated, c.lang, 0)}`, bylineText(c));
  blank();
  lines.push(v.fontSize, ...v.share);
  blank();
  lines.push(c.caption);
  if (r.chance(0.5)) lines.push(c.caption);
  blank();
  const relAt = c.paragraphs.length > 4 ? r.int(2, c.paragraphs.length - 1) : -1;
  c.paragraphs.forEach((p, i) => {
    if (i === relAt) {
      lines.push(`${v.readMore}: ${headline(c)}`);
      blank();
    }
    lines.push(p);
    blank();
  });
  lines.push(reporterLine(c), v.copyright(c.site.name, c.when.y));
  blank();
  lines.push(c.tags.map((t) => `#${t}`).join(' '));
  blank();
  const fixedTail: string[] = [];
  fixedTail.push('', ...v.footerNews, r.pick(v.address), v.copyright(c.site.name, c.when.y), '');
  // Fill to the target with the lists such dumps are full of: ranking, related, latest, comments.
  let bytes = byteLen(lines.join('\n') + fixedTail.join('\n'), c.enc);
  const push = (ls: string[]): void => {
    lines.push(...ls);
    bytes += byteLen(ls.join('\n'), c.enc) + ls.length;
  };
  push([v.headings.mostRead, ...Array.from({ length: 10 }, (_, i) => `${i + 1}\n${headline(c)}`), '']);
  push([v.headings.related, ...Array.from({ length: r.int(3, 8) }, () => headline(c)), '']);
  push([`${v.headings.comments} ${r.int(5, 900)}`, v.commentUi.sortBest, v.commentUi.sortNew, '']);
  for (let i = 0; bytes < c.spec.targetBytes && i < 20000; i++) {
    if (i % 12 === 11) push([v.headings.latest, ...Array.from({ length: r.int(5, 15) }, () => `${headline(c)}\n${shortDate(shiftDays(c.when, -r.int(0, 5)), c.lang)}`), '']);
    else {
      const when = shiftDays(c.when, r.int(0, 2));
      push([
        r.chance(0.5) ? r.pick(v.nicknames) : `${r.alnum(3)}****`,
        visibleDate({ ...when, hh: r.int(0, 23), mm: r.int(0, 59) }, c.lang, 0),
        r.pick(v.commentPhrases),
        `${v.commentUi.reply} ${r.int(0, 9)}  ${v.commentUi.like} ${r.int(0, 99)}  ${v.commentUi.report}`,
        '',
      ]);
    }
  }
  lines.push(...fixedTail);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Public API

/** The text of one document, before encoding. */
export function renderDocument(spec: DocSpec, material: Material, seed: string = DEFAULT_SEED): string {
  const c = makeContext(spec, material, seed);
  if (spec.kind === 'text') return scrapedText(c);
  const family = spec.family as Family;
  const pieces = family === 'next' ? pageNext(c) : family === 'portal' ? pagePortal(c) : family === 'table' ? pageTable(c) : pageGov(c);
  return referenceUnencodable(assemble(c, pieces, spec.targetBytes), spec.encoding);
}

/** The bytes of one document. */
export function generateDocument(spec: DocSpec, material: Material, seed: string = DEFAULT_SEED): Buffer {
  return encodeDocument(renderDocument(spec, material, seed), spec.encoding);
}

export interface CorpusMeta {
  generatorVersion: number;
  seed: string;
  materialFingerprint: string;
  pages: number;
  texts: number;
  documents: number;
  bytes: number;
  byLang: Record<string, number>;
  byEncoding: Record<string, number>;
  byFamily: Record<string, number>;
  pageBytes: { min: number; max: number; mean: number };
  textBytes: { min: number; max: number; mean: number };
}

export interface WriteCorpusOptions {
  outDir: string;
  /** HTML pages; text documents come on top (TEXT_SHARE of the total). */
  pages: number;
  seed?: string;
  material: Material;
  onProgress?: (written: number, total: number) => void;
}

export function readCorpusMeta(dir: string): CorpusMeta | null {
  try {
    return JSON.parse(readFileSync(path.join(dir, META_FILE), 'utf8')) as CorpusMeta;
  } catch {
    return null;
  }
}

/** Whether `dir` holds a complete corpus of at least `pages` pages made by this generator, seed and material. */
export function corpusIsCurrent(dir: string, pages: number, material: Material, seed: string = DEFAULT_SEED): boolean {
  const meta = readCorpusMeta(dir);
  return meta !== null && meta.generatorVersion === GENERATOR_VERSION && meta.seed === seed && meta.materialFingerprint === material.fingerprint && meta.pages >= pages;
}

/**
 * Writes the corpus one document at a time (nothing but the current document is held in memory).
 * The metadata file is written last, so an interrupted run is recognised as incomplete.
 */
export function writeCorpus(options: WriteCorpusOptions): CorpusMeta {
  const seed = options.seed ?? DEFAULT_SEED;
  // Documents of a complete, current corpus already in place are kept (they are the same bytes),
  // and a corpus is never shrunk: its metadata always describes everything in the directory.
  const previous = readCorpusMeta(options.outDir);
  const keep =
    previous && previous.generatorVersion === GENERATOR_VERSION && previous.seed === seed && previous.materialFingerprint === options.material.fingerprint
      ? { pages: previous.pages, texts: previous.texts }
      : { pages: 0, texts: 0 };
  const pages = Math.max(options.pages, keep.pages);
  const texts = textCountFor(pages);
  const total = pages + texts;
  rmSync(path.join(options.outDir, META_FILE), { force: true });
  const meta: CorpusMeta = {
    generatorVersion: GENERATOR_VERSION,
    seed,
    materialFingerprint: options.material.fingerprint,
    pages,
    texts,
    documents: total,
    bytes: 0,
    byLang: {},
    byEncoding: {},
    byFamily: {},
    pageBytes: { min: Infinity, max: 0, mean: 0 },
    textBytes: { min: Infinity, max: 0, mean: 0 },
  };
  const made = new Set<string>();
  let written = 0;
  // Interleave pages and texts so that a partial corpus is still a representative mix.
  let t = 0;
  for (let i = 0; i < pages || t < texts; i++) {
    const specs: DocSpec[] = [];
    if (i < pages) specs.push(planPage(seed, i));
    const textsDue = i + 1 >= pages ? texts : Math.round(((i + 1) * texts) / pages);
    while (t < textsDue) specs.push(planText(seed, t++));
    for (const spec of specs) {
      const file = path.join(options.outDir, spec.relPath);
      const kept = spec.index < (spec.kind === 'page' ? keep.pages : keep.texts) && existsSync(file);
      let n: number;
      if (kept) n = statSync(file).size;
      else {
        const bytes = generateDocument(spec, options.material, seed);
        const dir = path.dirname(file);
        if (!made.has(dir)) {
          mkdirSync(dir, { recursive: true });
          made.add(dir);
        }
        writeFileSync(file, bytes);
        n = bytes.length;
      }
      meta.bytes += n;
      meta.byLang[spec.lang] = (meta.byLang[spec.lang] ?? 0) + 1;
      meta.byEncoding[spec.encoding] = (meta.byEncoding[spec.encoding] ?? 0) + 1;
      meta.byFamily[`${spec.lang}-${spec.family}`] = (meta.byFamily[`${spec.lang}-${spec.family}`] ?? 0) + 1;
      const stats = spec.kind === 'page' ? meta.pageBytes : meta.textBytes;
      stats.min = Math.min(stats.min, n);
      stats.max = Math.max(stats.max, n);
      stats.mean += n;
      written += 1;
      if (options.onProgress && written % 250 === 0) options.onProgress(written, total);
    }
  }
  meta.pageBytes.mean = pages ? Math.round(meta.pageBytes.mean / pages) : 0;
  meta.textBytes.mean = texts ? Math.round(meta.textBytes.mean / texts) : 0;
  if (!pages) meta.pageBytes.min = 0;
  if (!texts) meta.textBytes.min = 0;
  writeFileSync(path.join(options.outDir, META_FILE), `${JSON.stringify(meta, null, 2)}\n`);
  options.onProgress?.(written, total);
  return meta;
}

/** The documents of a corpus made by this generator: the first `pages` pages and their share of texts, as relative paths. */
export function corpusDocPaths(pages: number, seed: string = DEFAULT_SEED): string[] {
  const out: string[] = [];
  for (let i = 0; i < pages; i++) out.push(planPage(seed, i).relPath);
  for (let t = 0, n = textCountFor(pages); t < n; t++) out.push(planText(seed, t).relPath);
  return out;
}

/** A representative subset of `docs` documents: pages and texts in the corpus proportions. */
export function subsetDocPaths(docs: number, seed: string = DEFAULT_SEED): string[] {
  const texts = Math.round(docs * TEXT_SHARE);
  const out: string[] = [];
  for (let i = 0; i < docs - texts; i++) out.push(planPage(seed, i).relPath);
  for (let t = 0; t < texts; t++) out.push(planText(seed, t).relPath);
  return out;
}

export const corpusExists = (dir: string): boolean => existsSync(path.join(dir, META_FILE));
