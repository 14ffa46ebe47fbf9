/** Loads the annotated fixtures (fixtures/<lang>/<split>/<slug>.<ext> + <slug>.expected.json). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const FIXTURE_LANGUAGES = ['en', 'ko', 'th'] as const;
export const SPLITS = ['dev', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];

/** The repository's fixtures/ folder (this file lives in src/eval or dist/eval). */
export const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');

const namedSchema = z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]) });

export const expectedSchema = z.object({
  layout: z.string(),
  encoding: z.string(),
  title: z.string().nullable(),
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}/).nullable(),
  language: z.string(),
  text: z.string(),
  boilerplate: z.array(z.string()).default([]),
  dates: z.array(z.object({ text: z.string(), value: z.string() })).default([]),
  persons: z.array(namedSchema).default([]),
  organizations: z.array(namedSchema).default([]),
});
export type Expected = z.infer<typeof expectedSchema>;

export interface Fixture {
  /** "<lang>/<split>/<file>", also used as the source identity when processing it. */
  id: string;
  lang: string;
  split: Split;
  inputPath: string;
  expected: Expected;
}

const INPUT_EXTENSIONS = ['.html', '.htm', '.txt'];

export function loadFixtures(root: string = FIXTURES_DIR): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const lang of FIXTURE_LANGUAGES) {
    for (const split of SPLITS) {
      const dir = path.join(root, lang, split);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).sort()) {
        if (!name.endsWith('.expected.json')) continue;
        const slug = name.slice(0, -'.expected.json'.length);
        const input = INPUT_EXTENSIONS.map((ext) => `${slug}${ext}`).find((f) => existsSync(path.join(dir, f)));
        if (!input) throw new Error(`fixture ${lang}/${split}/${name} has no input file`);
        const parsed = expectedSchema.safeParse(JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
        if (!parsed.success) throw new Error(`fixture ${lang}/${split}/${name}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
        fixtures.push({ id: `${lang}/${split}/${input}`, lang, split, inputPath: path.join(dir, input), expected: parsed.data });
      }
    }
  }
  return fixtures;
}
