/**
 * The bench corpus generator: deterministic, in the stated size range, in the stated encodings.
 * Kept small (about ten documents) so it runs in a second or two.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SEED,
  generateDocument,
  META_FILE,
  PAGE_MAX_BYTES,
  PAGE_MIN_BYTES,
  planPage,
  planText,
  readCorpusMeta,
  renderDocument,
  subsetDocPaths,
  TEXT_MAX_BYTES,
  TEXT_MIN_BYTES,
  textCountFor,
  writeCorpus,
  type DocSpec,
} from '../../src/bench/corpus.js';
import { loadMaterial, type Material } from '../../src/bench/material.js';
import { Rng } from '../../src/bench/prng.js';

let material: Material;
let dir: string;

beforeAll(() => {
  material = loadMaterial();
  dir = mkdtempSync(path.join(tmpdir(), 'bench-gen-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(root, p).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** First page index (searching plans only, which is cheap) whose plan matches. */
function findPage(match: (s: DocSpec) => boolean, seed = DEFAULT_SEED): DocSpec {
  for (let i = 0; i < 2000; i++) {
    const spec = planPage(seed, i);
    if (match(spec)) return spec;
  }
  throw new Error('no such page in the first 2000');
}

describe('seeded PRNG', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = new Rng('x');
    const b = new Rng('x');
    const c = new Rng('y');
    const sa = Array.from({ length: 8 }, () => a.next());
    expect(Array.from({ length: 8 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 8 }, () => c.next())).not.toEqual(sa);
    for (let i = 0; i < 1000; i++) {
      const f = a.float();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
    }
  });
});

describe('bench corpus generator', () => {
  it('writes a small corpus whose documents are byte-identical to ones generated on their own', () => {
    const meta = writeCorpus({ outDir: dir, pages: 8, material });
    const texts = textCountFor(8);
    expect(meta.documents).toBe(8 + texts);
    const files = listFiles(dir);
    expect(files).toContain(META_FILE);
    const docs = files.filter((f) => f !== META_FILE);
    expect(docs).toHaveLength(8 + texts);
    expect(readCorpusMeta(dir)?.materialFingerprint).toBe(material.fingerprint);

    // Document i depends only on (seed, kind, i): the same bytes whatever the corpus size.
    for (const spec of [planPage(DEFAULT_SEED, 0), planPage(DEFAULT_SEED, 5), planText(DEFAULT_SEED, 0)]) {
      const again = generateDocument(spec, material);
      expect(readFileSync(path.join(dir, spec.relPath)).equals(again)).toBe(true);
    }
    // A subset is made of the first pages and texts.
    for (const rel of subsetDocPaths(6)) expect(docs).toContain(rel);
  });

  it('is deterministic for a seed and changes with the seed', () => {
    const spec = planPage('seed-a', 3);
    const a = generateDocument(spec, material, 'seed-a');
    const b = generateDocument(planPage('seed-a', 3), material, 'seed-a');
    expect(a.equals(b)).toBe(true);
    const other = generateDocument(planPage('seed-b', 3), material, 'seed-b');
    expect(a.equals(other)).toBe(false);
  });

  it('makes HTML pages of 50–300 KB with heavy site chrome around a fixture body', () => {
    for (const family of ['next', 'portal', 'table', 'gov'] as const) {
      const spec = findPage((s) => s.family === family && s.encoding === 'utf-8');
      const bytes = generateDocument(spec, material);
      expect(bytes.length).toBeGreaterThanOrEqual(PAGE_MIN_BYTES);
      expect(bytes.length).toBeLessThanOrEqual(PAGE_MAX_BYTES);
      const html = bytes.toString('utf8');
      expect(html).toMatch(/<html/);
      expect((html.match(/<a /g) ?? []).length).toBeGreaterThan(100); // long menus
      expect(html).toMatch(/<script/);
      // The body is a fixture's: at least one fixture paragraph of the page's language is in it.
      const paragraphs = material.byLang[spec.lang].paragraphs;
      const escaped = (p: string): string => p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      expect(paragraphs.some((p) => html.includes(escaped(p)))).toBe(true);
    }
  });

  it('encodes legacy pages in EUC-KR / windows-874 with a matching meta charset', () => {
    for (const [lang, enc] of [['ko', 'euc-kr'], ['th', 'windows-874']] as const) {
      const spec = findPage((s) => s.lang === lang && s.encoding === enc);
      const bytes = generateDocument(spec, material);
      expect(bytes.length).toBeGreaterThanOrEqual(PAGE_MIN_BYTES);
      expect(bytes.length).toBeLessThanOrEqual(PAGE_MAX_BYTES);
      const head = bytes.subarray(0, 4096).toString('latin1');
      expect(head).toMatch(new RegExp(`charset="?${spec.charsetLabel}"?[;">\\s]`));
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // really legacy bytes
      const text = iconv.decode(bytes, enc);
      expect(text).toBe(renderDocument(spec, material)); // lossless: every character encodable
      expect(text).toMatch(lang === 'ko' ? /[\uac00-\ud7a3]/ : /[\u0e00-\u0e7f]/);
    }
  });

  it('makes scraped plain-text documents in the fixtures’ style and size range', () => {
    for (let t = 0; t < 3; t++) {
      const spec = planText(DEFAULT_SEED, t);
      const bytes = generateDocument(spec, material);
      expect(bytes.length).toBeGreaterThanOrEqual(TEXT_MIN_BYTES);
      expect(bytes.length).toBeLessThanOrEqual(TEXT_MAX_BYTES);
      expect(spec.relPath.endsWith('.txt')).toBe(true);
      const text = iconv.decode(bytes, spec.encoding);
      expect(text).not.toMatch(/<\/?(html|div|script)/);
      expect(text.split('\n').length).toBeGreaterThan(60); // menus, lists and comments around the body
    }
  });

  it('spreads pages over the three languages and several templates', () => {
    const specs = Array.from({ length: 300 }, (_, i) => planPage(DEFAULT_SEED, i));
    for (const lang of ['ko', 'th', 'en']) expect(specs.filter((s) => s.lang === lang)).toHaveLength(100);
    expect(new Set(specs.map((s) => s.family)).size).toBe(4);
    const legacy = specs.filter((s) => s.encoding !== 'utf-8').length;
    expect(legacy).toBeGreaterThan(20);
    expect(legacy).toBeLessThan(100);
    expect(textCountFor(2000)).toBe(353); // 15% of 2353
  });
});
