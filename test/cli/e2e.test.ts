/**
 * End to end through the real CLI (dist/, built by `npm test`) in temp directories.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { recordSchema, type DocumentRecord } from '../../src/schema/record.js';
import { validateRecord } from '../../src/pipeline/process.js';
import { resolveCharset } from '../../src/stages/decode/labels.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'dist/cli/bin.js');

interface CliResult {
  status: number | null;
  /** Set when the child was killed, e.g. by the OOM killer or a crash. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without blocking the test worker's event loop. */
function ingest(args: string[], cwd = ROOT): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/** Asserts the exit status; on failure the message carries the signal and the child's stderr, so a crash can be diagnosed. */
function expectStatus(r: CliResult, status: number, context = ''): void {
  expect(r.status, `${context} exit ${String(r.status)} signal ${String(r.signal)}\n${r.stderr.slice(-4000)}`).toBe(status);
}

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'ingest-e2e-'));
}

function readRecords(outDir: string): DocumentRecord[] {
  const dir = path.join(outDir, 'records');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => recordSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))));
}

/** Small documents written for these tests, with facts checked by hand below. */
function writeSampleInputs(dir: string): void {
  mkdirSync(path.join(dir, 'en'), { recursive: true });
  mkdirSync(path.join(dir, 'ko'), { recursive: true });
  writeFileSync(
    path.join(dir, 'en', 'press.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>Agency opens office | Example Daily</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Agency opens regional office in Bangkok</h1>
<p>The Korea International Cooperation Agency (KOICA) opened a regional office in Bangkok on March 4, 2024, officials said.</p>
<p>"The office will coordinate our projects across the region," said Director Park Min-seo at the opening ceremony, which drew guests from twelve countries.</p>
<p>The agency plans to hire forty local staff members by June 2024 and to expand its training programmes for public officials in the region.</p>
</article>
<footer>Copyright 2024 Example Daily. All rights reserved.</footer></body></html>`,
  );
  writeFileSync(
    path.join(dir, 'ko', 'notice.txt'),
    [
      '본문 바로가기',
      '주메뉴 바로가기',
      '',
      '행정안전부, 디지털 정부 협력 확대',
      '',
      '행정안전부는 2024년 12월 3일 서울에서 아세안 10개국 공무원을 대상으로 디지털 정부 연수를 열었다고 밝혔다.',
      '',
      '이번 연수는 12월 3일부터 13일까지 열리며, 참가자들은 전자정부 서비스와 데이터 행정 사례를 배운다.',
      '',
      '정하윤 장관은 "디지털 정부 경험을 나누며 협력의 폭을 넓히겠다"고 말했다.',
      '',
      'Copyright © 행정안전부. All rights reserved.',
    ].join('\n'),
  );
}

describe('ingest CLI', () => {
  it('prints help for every command and exits 0', async () => {
    for (const args of [['--help'], ['run', '--help'], ['schema', '--help'], ['validate', '--help']]) {
      const r = await ingest(args);
      expectStatus(r, 0, args.join(' '));
      expect(r.stdout).toMatch(/Usage/);
    }
  });

  it('exits 1 on bad arguments and on an unwritable output directory', async () => {
    expectStatus(await ingest(['run', '--no-such-flag']), 1);
    expectStatus(await ingest(['run', '--concurrency', 'zero']), 1);
    expectStatus(await ingest(['frobnicate']), 1);
    const dir = tempDir();
    const notADir = path.join(dir, 'file');
    writeFileSync(notADir, 'x');
    const r = await ingest(['run', dir, '--out', path.join(notADir, 'out')]);
    expectStatus(r, 1);
    expect(r.stderr).toMatch(/cannot write to output directory/);
  });

  it('prints a JSON Schema generated from the zod schema', async () => {
    const r = await ingest(['schema']);
    expectStatus(r, 0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toMatch(/2020-12/);
    expect(schema.properties.entities.properties.persons.type).toBe('array');
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'source', 'text', 'entities']));
  });

  it('processes a folder into valid records with the hand-checked facts, and writes JSON Lines', async () => {
    const input = tempDir();
    const out = tempDir();
    writeSampleInputs(input);
    writeFileSync(path.join(input, 'ignored.pdf'), '%PDF-1.4');
    const jsonl = path.join(out, 'all.jsonl');
    const r = await ingest(['run', input, '--out', out, '--jsonl', jsonl, '--concurrency', '2']);
    // stderr carries only structured logs, nothing at warn level or above.
    const logLevels = r.stderr.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).level as number);
    expect(logLevels.filter((level) => level >= 40)).toEqual([]);
    expectStatus(r, 0);
    expect(r.stdout).toMatch(/2 done, 0 skipped \(unchanged\), 0 failed, 1 unsupported/);
    const records = readRecords(out);
    expect(records).toHaveLength(2);
    for (const record of records) expect(() => validateRecord(record)).not.toThrow();

    const en = records.find((rec) => rec.source.path === 'en/press.html');
    expect(en).toBeDefined();
    if (!en) return;
    expect(en.title).toBe('Agency opens regional office in Bangkok');
    expect(en.language.primary).toBe('en');
    expect(en.text).toMatch(/^The Korea International Cooperation Agency \(KOICA\) opened/);
    expect(en.text).not.toMatch(/Copyright|Home/);
    expect(en.text.split('\n\n')).toHaveLength(3);
    expect(en.entities.dates.map((d) => d.value)).toEqual(expect.arrayContaining(['2024-03-04', '2024-06']));
    expect(en.entities.organizations.map((o) => o.name)).toContain('Korea International Cooperation Agency');
    expect(en.entities.organizations.find((o) => o.name === 'Korea International Cooperation Agency')?.aliases).toContain('KOICA');
    expect(en.entities.persons.map((p) => p.name)).toContain('Park Min-seo');
    for (const p of en.entities.persons) for (const m of p.mentions) expect(en.text.slice(m.start, m.end).length).toBeGreaterThan(0);

    const ko = records.find((rec) => rec.source.path === 'ko/notice.txt');
    expect(ko?.language.primary).toBe('ko');
    expect(ko?.title).toBe('행정안전부, 디지털 정부 협력 확대');
    expect(ko?.text).not.toMatch(/바로가기|Copyright/);
    expect(ko?.entities.dates.map((d) => d.value)).toEqual(expect.arrayContaining(['2024-12-03', '2024-12-13']));
    expect(ko?.entities.persons.map((p) => p.name)).toContain('정하윤');
    expect(ko?.entities.organizations.map((o) => o.name)).toContain('행정안전부');

    const lines = readFileSync(jsonl, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => recordSchema.parse(JSON.parse(l)).id).sort()).toEqual(records.map((rec) => rec.id).sort());

    const v = await ingest(['validate', out]);
    expect(v.stderr).toBe('');
    expectStatus(v, 0);
    expect(v.stdout).toMatch(/2 valid, 0 invalid/);
  });

  it('is deterministic: a forced re-run writes byte-identical records', async () => {
    const input = tempDir();
    const out = tempDir();
    writeSampleInputs(input);
    expectStatus(await ingest(['run', input, '--out', out]), 0);
    const snapshot = (): Record<string, string> => Object.fromEntries(readdirSync(path.join(out, 'records')).map((f) => [f, readFileSync(path.join(out, 'records', f), 'utf8')]));
    const first = snapshot();
    expectStatus(await ingest(['run', input, '--out', out, '--force', '--concurrency', '1']), 0);
    expect(snapshot()).toEqual(first);
  });

  it('skips unchanged inputs, redoes changed ones, reports and prunes vanished ones', async () => {
    const input = tempDir();
    const out = tempDir();
    writeSampleInputs(input);
    writeFileSync(path.join(input, 'en', 'second.txt'), 'A second story\n\nThe Asian Development Bank said on Monday that growth would slow in 2025, citing weaker exports.');
    expect((await ingest(['run', input, '--out', out])).stdout).toMatch(/3 done, 0 skipped/);
    expect((await ingest(['run', input, '--out', out])).stdout).toMatch(/0 done, 3 skipped/);

    writeFileSync(path.join(input, 'en', 'second.txt'), 'A second story\n\nThe Asian Development Bank said on Tuesday that growth would pick up in 2026, citing stronger exports.');
    expect((await ingest(['run', input, '--out', out])).stdout).toMatch(/1 done, 2 skipped/);

    rmSync(path.join(input, 'ko', 'notice.txt'));
    const missing = await ingest(['run', input, '--out', out]);
    expectStatus(missing, 0);
    expect(missing.stdout).toMatch(/missing: 1 inputs no longer exist \(ko\/notice\.txt\)/);
    expect(readRecords(out)).toHaveLength(3);
    const pruned = await ingest(['run', input, '--out', out, '--prune']);
    expect(pruned.stdout).toMatch(/pruned: 1 records/);
    expect(readRecords(out).map((r) => r.source.path).sort()).toEqual(['en/press.html', 'en/second.txt']);
    expect((await ingest(['run', input, '--out', out, '--force'])).stdout).toMatch(/2 done, 0 skipped/);
  });

  it('gives each bad input a specific error, processes the rest, exits 2, and retries failures', async () => {
    const input = tempDir();
    const out = tempDir();
    writeSampleInputs(input);
    writeFileSync(path.join(input, 'empty.txt'), '');
    writeFileSync(path.join(input, 'blank.html'), '  \n\t \n');
    // A PNG named .html: the signature, an IHDR chunk, and binary noise.
    writeFileSync(path.join(input, 'image.html'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('IHDR'), Buffer.alloc(64, 0)]));
    symlinkSync(path.join(input, 'nowhere.txt'), path.join(input, 'dangling.txt'));
    writeFileSync(path.join(input, 'huge.txt'), 'word '.repeat(5000));
    // Declared UTF-8, written in EUC-KR: decoded anyway, with a warning on the record.
    const koreanBody =
      '행정안전부는 2024년 12월 3일 서울에서 아세안 10개국 공무원을 대상으로 디지털 정부 연수를 열었다고 밝혔다. 이번 연수는 13일까지 이어진다.';
    writeFileSync(
      path.join(input, 'misdeclared.html'),
      Buffer.concat([
        Buffer.from('<html><head><meta charset="utf-8"></head><body><article><p>'),
        iconv.encode(`${koreanBody}</p><p>${koreanBody.replace('서울', '부산')}</p><p>${koreanBody.replace('서울', '인천')}`, 'euc-kr'),
        Buffer.from('</p></article></body></html>'),
      ]),
    );
    const r = await ingest(['run', input, '--out', out, '--max-bytes', '20000']);
    expectStatus(r, 2);
    expect(r.stdout).toMatch(/3 done, 0 skipped \(unchanged\), 5 failed/);
    const errors = readFileSync(path.join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const codeOf = Object.fromEntries(errors.map((e) => [e.path, e.code]));
    expect(codeOf).toEqual({
      'empty.txt': 'empty-input',
      'blank.html': 'empty-input',
      'image.html': 'binary-input',
      'dangling.txt': 'unreadable',
      'huge.txt': 'too-large',
    });
    for (const e of errors) expect(e.stage && e.message).toBeTruthy();
    const misdeclared = readRecords(out).find((rec) => rec.source.path === 'misdeclared.html');
    expect(misdeclared?.source.encoding).toBe('euc-kr');
    expect(misdeclared?.warnings).toContain('charset-mismatch');
    expect(misdeclared?.text.split('\n\n')[0]).toBe(koreanBody);
    expect(readRecords(out)).toHaveLength(3);

    // Fix one input: only the failures are retried, the fixed one now succeeds.
    writeFileSync(path.join(input, 'empty.txt'), 'Now there is a story here.\n\nThe World Bank published its report on 3 December 2024.');
    const again = await ingest(['run', input, '--out', out, '--max-bytes', '20000']);
    expect(again.stdout).toMatch(/1 done, 3 skipped \(unchanged\), 4 failed/);
  });

  it('stops a document over its time budget with "timeout", replaces the worker and finishes the rest', async () => {
    const input = tempDir();
    const out = tempDir();
    writeSampleInputs(input);
    // ~16 MB of distinct article paragraphs: many seconds of honest work for every stage.
    const paragraphs: string[] = [];
    for (let i = 0; i < 120_000; i++) {
      paragraphs.push(`<p>The Ministry of the Interior and Safety said on December ${(i % 28) + 1}, 2018 that Vice Minister Kim Min-su met ${i} officials in Seoul.</p>`);
    }
    // With one worker the small documents may queue behind it: their own budgets must not run out while they wait.
    writeFileSync(path.join(input, 'a-slow.html'), `<html><body><article>${paragraphs.join('')}</article></body></html>`);
    const r = await ingest(['run', input, '--out', out, '--doc-timeout', '3', '--workers', '1']);
    expectStatus(r, 2);
    expect(r.stdout).toMatch(/2 done, 0 skipped \(unchanged\), 1 failed/);
    const errors = readFileSync(path.join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(errors).toEqual([expect.objectContaining({ path: 'a-slow.html', code: 'timeout' })]);
  });

  it('survives SIGKILL mid-run: the rerun leaves exactly one valid record per input and no temp files', async () => {
    const input = tempDir();
    const out = tempDir();
    writeSampleInputs(input);
    const enSample = readFileSync(path.join(input, 'en', 'press.html'), 'utf8');
    const bulk = path.join(input, 'bulk');
    mkdirSync(bulk);
    const count = 600;
    for (let i = 0; i < count; i++) writeFileSync(path.join(bulk, `doc-${i}.html`), enSample.replace('twelve countries', `${i + 2} countries`));
    const total = count + 2;

    const child = spawn(process.execPath, [BIN, 'run', input, '--out', out, '--concurrency', '4'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const recordsDir = path.join(out, 'records');
    await new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        const written = existsSync(recordsDir) ? readdirSync(recordsDir).length : 0;
        if (written >= 20) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        } else if (Date.now() - started > 60_000) {
          clearInterval(poll);
          reject(new Error('run made no progress'));
        }
      }, 5);
    });
    await exited;
    const writtenBeforeKill = readdirSync(recordsDir).filter((f) => f.endsWith('.json')).length;
    expect(writtenBeforeKill).toBeLessThan(total); // really killed mid-run

    const rerun = await ingest(['run', input, '--out', out]);
    expectStatus(rerun, 0);
    const files = readdirSync(recordsDir);
    expect(files.filter((f) => !f.endsWith('.json'))).toEqual([]);
    expect(readdirSync(out).filter((f) => f.includes('.tmp-'))).toEqual([]);
    const records = readRecords(out);
    expect(records).toHaveLength(total);
    expect(new Set(records.map((r) => r.source.path)).size).toBe(total);
    expectStatus(await ingest(['validate', out]), 0);
    expect((await ingest(['run', input, '--out', out])).stdout).toMatch(new RegExp(`0 done, ${total} skipped`));
  });

  it('on SIGTERM finishes documents in flight, saves the manifest and exits 143', async () => {
    const input = tempDir();
    const out = tempDir();
    writeSampleInputs(input);
    const enSample = readFileSync(path.join(input, 'en', 'press.html'), 'utf8');
    mkdirSync(path.join(input, 'bulk'));
    for (let i = 0; i < 600; i++) writeFileSync(path.join(input, 'bulk', `doc-${i}.html`), enSample.replace('twelve', `${i} and twelve`));
    const child = spawn(process.execPath, [BIN, 'run', input, '--out', out], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    const recordsDir = path.join(out, 'records');
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (child.exitCode !== null) {
          clearInterval(poll); // finished or crashed before the signal: the assertions below say which
          resolve();
        } else if (existsSync(recordsDir) && readdirSync(recordsDir).length >= 10) {
          clearInterval(poll);
          child.kill('SIGTERM');
          resolve();
        }
      }, 5);
    });
    const code = await exited;
    expect(code).toBe(143);
    const manifestLines = readFileSync(path.join(out, 'manifest.jsonl'), 'utf8').trim().split('\n');
    const recorded = readRecords(out).length;
    expect(manifestLines.length).toBe(recorded); // compacted: one line per written record
    expect(recorded).toBeLessThan(602);
  });

  it('processes the bundled fixtures: every record valid and decoded as annotated; dev fixtures in their annotated language', async () => {
    const out = tempDir();
    const fixtures = path.join(ROOT, 'fixtures');
    const copy = tempDir();
    cpSync(fixtures, copy, { recursive: true });
    const r = await ingest(['run', copy, '--out', out]);
    expectStatus(r, 0);
    const records = readRecords(out);
    expect(records.length).toBeGreaterThanOrEqual(12);
    for (const record of records) {
      const expectedFile = path.join(copy, record.source.path.replace(/\.[a-z]+$/, '.expected.json'));
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
      // Fixtures name the charset as declared; records report the WHATWG name (tis-620 → windows-874).
      expect(record.source.encoding, record.source.path).toBe(resolveCharset(expected.encoding)?.name);
      // Held-out documents measure the extractor (npm run eval); asserting their quality here would tune on them.
      if (record.source.path.includes('/heldout/')) continue;
      expect(record.language.primary, record.source.path).toBe(expected.language);
      expect(record.text.length, record.source.path).toBeGreaterThan(0);
    }
  });
});
