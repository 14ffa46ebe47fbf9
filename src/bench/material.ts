/**
 * Article material for the bench corpus, taken from the annotated fixtures: bodies (as
 * paragraphs), titles, dates, and short headline-like fragments for related/most-read lists.
 */
import { createHash } from 'node:crypto';
import { loadFixtures } from '../eval/fixtures.js';
import type { BenchLang } from './vocab.js';

export interface Article {
  title: string;
  /** YYYY-MM-DD, or null when the fixture has none. */
  publishedAt: string | null;
  paragraphs: string[];
  persons: string[];
  organizations: string[];
}

export interface LangMaterial {
  articles: Article[];
  /** Every body paragraph of this language (for mixing into other articles). */
  paragraphs: string[];
  /** Headline-like fragments: fixture titles and cut-down sentences. */
  headlines: string[];
  /** Chrome strings the fixtures annotate as boilerplate (menus, notices), reused as chrome. */
  boilerplate: string[];
  /** Organization and person names, for tags and captions. */
  names: string[];
}

export interface Material {
  /** sha256 over everything below: a corpus is stale when its fingerprint differs. */
  fingerprint: string;
  byLang: Record<BenchLang, LangMaterial>;
}

export const BENCH_LANGS: readonly BenchLang[] = ['ko', 'th', 'en'];

/** Cuts a paragraph down to a headline-sized fragment at a word boundary. */
export function headlineFrom(paragraph: string, lang: BenchLang): string | null {
  const text = paragraph.replace(/\s+/g, ' ').replace(/^[\s□■ㅇ○◦※*•·\-–—]+/u, '').trim();
  if (text.length < 12) return null;
  const [min, max] = lang === 'en' ? [40, 90] : lang === 'ko' ? [18, 40] : [25, 60];
  const sentenceEnd = lang === 'th' ? -1 : text.search(lang === 'ko' ? /다\.\s|[.?!]\s/ : /[.?!]\s/);
  let cut: string;
  if (sentenceEnd > 0 && sentenceEnd + 1 <= max) cut = text.slice(0, sentenceEnd + (lang === 'ko' && text[sentenceEnd] === '다' ? 1 : 0));
  else {
    const space = text.lastIndexOf(' ', max);
    cut = space >= min ? text.slice(0, space) : text.slice(0, max);
  }
  cut = cut.replace(/[\s,.;:·…“"'‘’(]+$/u, '').trim();
  return cut.length >= 8 ? cut : null;
}

export function loadMaterial(fixturesRoot?: string): Material {
  const byLang = {} as Record<BenchLang, LangMaterial>;
  for (const lang of BENCH_LANGS) byLang[lang] = { articles: [], paragraphs: [], headlines: [], boilerplate: [], names: [] };
  const fixtures = fixturesRoot ? loadFixtures(fixturesRoot) : loadFixtures();
  for (const fixture of fixtures) {
    const lang = fixture.lang as BenchLang;
    const target = byLang[lang];
    if (!target) continue;
    const e = fixture.expected;
    const paragraphs = e.text
      .split(/\n{2,}/)
      .map((p) => p.replace(/[ \t]*\n[ \t]*/g, ' ').trim())
      .filter((p) => p.length > 0);
    if (paragraphs.length === 0) continue;
    const firstHeadline = headlineFrom(paragraphs[0] ?? '', lang);
    const title = e.title ?? firstHeadline ?? paragraphs[0]?.slice(0, 40) ?? '';
    target.articles.push({
      title,
      publishedAt: e.publishedAt ? e.publishedAt.slice(0, 10) : null,
      paragraphs,
      persons: e.persons.map((p) => p.name),
      organizations: e.organizations.map((o) => o.name),
    });
    target.paragraphs.push(...paragraphs);
    target.headlines.push(title);
    for (const p of paragraphs) {
      const h = headlineFrom(p, lang);
      if (h) target.headlines.push(h);
    }
    for (const b of e.boilerplate) if (b.length >= 2 && b.length <= 60) target.boilerplate.push(b);
    target.names.push(...e.persons.map((p) => p.name), ...e.organizations.map((o) => o.name));
  }
  const hash = createHash('sha256');
  for (const lang of BENCH_LANGS) {
    const m = byLang[lang];
    if (m.articles.length === 0) throw new Error(`bench corpus: no ${lang} fixtures found to take article bodies from`);
    m.headlines = [...new Set(m.headlines)];
    m.boilerplate = [...new Set(m.boilerplate)];
    m.names = [...new Set(m.names)];
    hash.update(JSON.stringify([lang, m.articles, m.headlines, m.boilerplate, m.names]));
  }
  return { fingerprint: hash.digest('hex').slice(0, 16), byLang };
}
