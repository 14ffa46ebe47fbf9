/**
 * The per-document job (read → hash → skip or process → write) and the processors that run it.
 * The thread-pool cases load the built worker from dist/ (built by `npm test`).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, recordId } from '../../src/pipeline/identity.js';
import { runJob, type DocumentJob } from '../../src/pipeline/job.js';
import { recordPath } from '../../src/pipeline/writer.js';
import { validateRecord } from '../../src/schema/validate.js';

const ARTICLE = `<html><head><title>Port of Busan adds night shifts</title></head><body><article>
<h1>Port of Busan adds night shifts</h1>
<p>BUSAN, March 4 (Yonhap) -- The Busan Port Authority said on Tuesday it will add night shifts at two container terminals from April to clear a backlog of export cargo.</p>
<p>"We expect waiting times to fall by a third," said Park Ji-hoon, the authority's operations director, adding that the Ministry of Oceans and Fisheries approved extra overtime funding.</p>
</article></body></html>`;

function setup(content: string | Buffer = ARTICLE): { dir: string; job: DocumentJob } {
  const dir = mkdtempSync(path.join(tmpdir(), 'job-'));
  const input = path.join(dir, 'in', 'port.html');
  mkdirSync(path.dirname(input), { recursive: true });
  mkdirSync(path.join(dir, 'out', 'records'), { recursive: true });
  writeFileSync(input, content);
  return {
    dir,
    job: { absPath: input, relPath: 'port.html', format: 'html', outDir: path.join(dir, 'out'), maxBytes: 1024 * 1024, unchangedHash: null, wantJsonLine: false },
  };
}

describe('runJob', () => {
  it('writes a valid record and returns only a summary (plus the JSON line when asked)', () => {
    const { job } = setup();
    const result = runJob({ ...job, wantJsonLine: true });
    expect(result.kind).toBe('done');
    if (result.kind !== 'done') return;
    expect(result.contentHash).toBe(contentHash(Buffer.from(ARTICLE)));
    expect(result.language).toBe('en');
    expect(result.entityCounts.persons).toBeGreaterThanOrEqual(1);
    const file = recordPath(job.outDir, recordId('port.html'));
    const record = validateRecord(JSON.parse(readFileSync(file, 'utf8')));
    expect(record.source.contentHash).toBe(result.contentHash);
    expect(JSON.parse(result.jsonLine ?? 'null')).toEqual(record);
    expect(result.jsonLine).not.toContain('\n');
  });

  it('skips unchanged bytes whose record exists, and processes them when the record is gone', () => {
    const { job } = setup();
    const first = runJob(job);
    if (first.kind !== 'done') throw new Error(`expected done, got ${first.kind}`);
    const again = runJob({ ...job, unchangedHash: first.contentHash, wantJsonLine: true });
    expect(again.kind).toBe('skipped');
    if (again.kind === 'skipped') expect(JSON.parse(again.jsonLine ?? 'null').id).toBe(recordId('port.html'));
    expect(runJob({ ...job, unchangedHash: 'sha256:other' }).kind).toBe('done');
    const file = recordPath(job.outDir, recordId('port.html'));
    rmSync(file);
    expect(runJob({ ...job, unchangedHash: first.contentHash }).kind).toBe('done');
    expect(existsSync(file)).toBe(true);
  });

  it('refuses an input over the size limit before reading it, and reports an unreadable one', () => {
    const { job } = setup();
    const big = runJob({ ...job, maxBytes: 100 });
    expect(big).toMatchObject({ kind: 'failed', stage: 'read', code: 'too-large', contentHash: null });
    const gone = runJob({ ...job, absPath: `${job.absPath}.missing` });
    expect(gone).toMatchObject({ kind: 'failed', stage: 'read', code: 'unreadable' });
  });

  it('reports a stage failure with its code and the content hash', () => {
    const { job } = setup(Buffer.alloc(0));
    const result = runJob(job);
    expect(result).toMatchObject({ kind: 'failed', code: 'empty-input', contentHash: contentHash(Buffer.alloc(0)) });
  });
});

describe('threadProcessor', () => {
  // The pool loads the compiled worker, so take the compiled processors module too.
  const compiled = new URL('../../dist/pipeline/processors.js', import.meta.url).href;
  const hugePage = (): ReturnType<typeof setup> => {
    const paragraphs = Array.from({ length: 40_000 }, (_, i) => `<div><p>Paragraph ${i} of a page far too large for a tiny heap, with many words.</p></div>`).join('');
    return setup(`<html><body>${paragraphs}</body></html>`);
  };

  it('retries a document that exhausts an everyday worker heap on the large-heap worker', async () => {
    const { threadProcessor }: typeof import('../../src/pipeline/processors.js') = await import(compiled);
    const processor = threadProcessor({ threads: 1, timeoutMs: 60_000, heapMb: 32, largeHeapMb: 512 });
    try {
      const huge = hugePage();
      expect(await processor.run({ ...huge.job, maxBytes: 64 * 1024 * 1024 })).toMatchObject({ kind: 'done' });
      expect((await processor.run(setup().job)).kind).toBe('done');
    } finally {
      await processor.close();
    }
  }, 60_000);

  it('fails a document that exhausts the large heap too with "out-of-memory", replaces the workers and goes on', async () => {
    const { threadProcessor }: typeof import('../../src/pipeline/processors.js') = await import(compiled);
    const processor = threadProcessor({ threads: 1, timeoutMs: 60_000, heapMb: 32, largeHeapMb: 32 });
    try {
      const huge = await processor.run({ ...hugePage().job, maxBytes: 64 * 1024 * 1024 });
      expect(huge).toMatchObject({ kind: 'failed', stage: 'process', code: 'out-of-memory' });
      expect((await processor.run(setup().job)).kind).toBe('done');
    } finally {
      await processor.close();
    }
  }, 60_000);
});
