/** runPipeline as a library call (inline processor, no worker threads). */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/runner.js';

const article = (city: string, agency: string): string =>
  `<html><body><article><h1>${city} opens flood shelters</h1>
<p>${city}, June 3 (Yonhap) -- The ${agency} said on Monday it opened 40 temporary shelters after three days of heavy rain forced about 2,000 residents from their homes along the river.</p>
<p>Officials said the shelters will stay open until the water level falls below the warning mark, and that food and medical teams were sent to each site.</p>
</article></body></html>`;

function inputs(): { dir: string; inDir: string; outDir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'runner-'));
  const inDir = path.join(dir, 'in');
  mkdirSync(inDir);
  writeFileSync(path.join(inDir, 'a.html'), article('Daegu', 'Daegu Metropolitan Government'));
  writeFileSync(path.join(inDir, 'b.html'), '');
  writeFileSync(path.join(inDir, 'c.html'), article('Ulsan', 'Ulsan Fire Department'));
  writeFileSync(path.join(inDir, 'notes.pdf'), 'not ours');
  return { dir, inDir, outDir: path.join(dir, 'out') };
}

const quiet = pino({ level: 'silent' });

describe('runPipeline (inline)', () => {
  it('writes records and JSON Lines in input order, records failures, then skips unchanged inputs', async () => {
    const { dir, inDir, outDir } = inputs();
    const jsonl = path.join(dir, 'all.jsonl');
    const base = { inputs: [inDir], outDir, concurrency: 3, force: false, prune: false, maxBytes: 1 << 20, logger: quiet, jsonl };
    const first = await runPipeline(base);
    expect(first).toMatchObject({ done: 2, skipped: 0, failed: 1, unsupported: 1, errorsByCode: { 'empty-input': 1 }, languages: { en: 2 } });
    expect(readdirSync(path.join(outDir, 'records'))).toHaveLength(2);
    const errors = readFileSync(path.join(outDir, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(errors).toEqual([expect.objectContaining({ path: 'b.html', code: 'empty-input', stage: 'decode' })]);
    const lines = readFileSync(jsonl, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { source: { path: string } });
    expect(lines.map((r) => r.source.path)).toEqual(['a.html', 'c.html']);

    const second = await runPipeline(base);
    expect(second).toMatchObject({ done: 0, skipped: 2, failed: 1 });
    // Skipped documents still appear in the JSON Lines output, read back from their records.
    expect(readFileSync(jsonl, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { source: { path: string } }).source.path)).toEqual(['a.html', 'c.html']);

    writeFileSync(path.join(inDir, 'c.html'), article('Ulsan', 'Ulsan Metropolitan Office of Education'));
    const third = await runPipeline(base);
    expect(third).toMatchObject({ done: 1, skipped: 1 });
  });
});
