import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkOffsets, recordJsonSchema, recordSchema, type DocumentRecord } from '../../src/schema/index.js';
import { PIPELINE_VERSION } from '../../src/version.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const minimal = (): DocumentRecord => ({
  schemaVersion: '1.0.0',
  id: '0123456789abcdef0123456789abcdef',
  source: {
    path: 'a/b.html',
    format: 'html',
    contentHash: `sha256:${'a'.repeat(64)}`,
    bytes: 10,
    encoding: 'utf-8',
    encodingSource: 'meta',
    url: null,
    siteName: null,
  },
  title: 'T',
  publishedAt: '2024-12-03',
  byline: [],
  language: { primary: 'en', confidence: 1, distribution: { en: 1 }, segments: [{ start: 0, end: 11, lang: 'en' }] },
  text: 'On Dec. 3 .',
  entities: {
    dates: [{ text: 'Dec. 3', value: '2024-12-03', precision: 'day', start: 3, end: 9, calendar: 'gregorian' }],
    persons: [],
    organizations: [],
  },
  warnings: [],
  pipeline: { version: PIPELINE_VERSION },
});

describe('record schema', () => {
  it('keeps the pipeline version in step with package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(PIPELINE_VERSION).toBe(pkg.version);
  });

  it('accepts a well-formed record and rejects broken fields', () => {
    expect(recordSchema.safeParse(minimal()).success).toBe(true);
    const bad = [
      (r: DocumentRecord) => ({ ...r, publishedAt: '03/12/2024' }),
      (r: DocumentRecord) => ({ ...r, language: { ...r.language, primary: 'English' } }),
      (r: DocumentRecord) => ({ ...r, warnings: ['No Date'] }),
      (r: DocumentRecord) => ({ ...r, entities: { ...r.entities, dates: [{ ...r.entities.dates[0]!, value: '--12-03' }] } }),
      (r: DocumentRecord) => ({ ...r, source: { ...r.source, contentHash: 'md5:abc' } }),
    ];
    for (const mutate of bad) expect(recordSchema.safeParse(mutate(minimal())).success).toBe(false);
  });

  it('checkOffsets catches spans outside the text and date text that is not its slice', () => {
    expect(checkOffsets(minimal())).toEqual([]);
    const r = minimal();
    r.entities.dates[0]!.start = 2;
    r.entities.persons.push({ name: 'X', aliases: [], titles: [], mentions: [{ start: 5, end: 99 }] });
    const problems = checkOffsets(r);
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/dates\[0\]: text does not match/);
    expect(problems.join('\n')).toMatch(/persons\[0\]\.mentions\[0\]: span 5-99 exceeds/);
  });

  it('exports a JSON Schema with every top-level field required', () => {
    const schema = recordJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required.sort()).toEqual(
      ['schemaVersion', 'id', 'source', 'title', 'publishedAt', 'byline', 'language', 'text', 'entities', 'warnings', 'pipeline'].sort(),
    );
  });
});
