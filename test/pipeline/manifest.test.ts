import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Manifest, MANIFEST_FILE } from '../../src/pipeline/manifest.js';

const entry = (p: string, hash = 'sha256:a') => ({ path: p, id: `id-${p}`, contentHash: hash, pipelineVersion: '1', status: 'ok' as const });

describe('Manifest', () => {
  it('remembers entries across open/close and answers currentHash', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'manifest-'));
    const m = Manifest.open(dir);
    m.record(entry('a.html'));
    m.record(entry('b.html'));
    m.record(entry('a.html', 'sha256:b')); // later line wins
    m.close();
    const again = Manifest.open(dir);
    expect(again.currentHash('a.html', '1')).toBe('sha256:b');
    expect(again.currentHash('b.html', '1')).toBe('sha256:a');
    expect(again.currentHash('b.html', '2')).toBeNull(); // pipeline version changed
    again.record({ ...entry('b.html'), status: 'failed' });
    expect(again.currentHash('b.html', '1')).toBeNull(); // a failed document is never current
    expect([...again.paths()].sort()).toEqual(['a.html', 'b.html']);
    again.close();
  });

  it('ignores a line torn by a kill and keeps appending on a fresh line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'manifest-'));
    const file = path.join(dir, MANIFEST_FILE);
    writeFileSync(file, `${JSON.stringify(entry('a.html'))}\n{"path":"b.ht`);
    const m = Manifest.open(dir);
    expect(m.get('a.html')).toBeDefined();
    expect(m.get('b.html')).toBeUndefined();
    m.record(entry('c.html'));
    m.close();
    const reopened = Manifest.open(dir);
    expect(reopened.get('c.html')).toBeDefined();
    reopened.close();
  });

  it('compacts to one sorted line per path and honours removals', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'manifest-'));
    const m = Manifest.open(dir);
    m.record(entry('z.html'));
    m.record(entry('a.html'));
    m.record(entry('a.html', 'sha256:c'));
    m.remove('z.html');
    m.compact();
    m.close();
    const lines = readFileSync(path.join(dir, MANIFEST_FILE), 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).path)).toEqual(['a.html']);
    expect(JSON.parse(lines[0] ?? '{}').contentHash).toBe('sha256:c');
  });

  it('skips lines that are valid JSON but not entries', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'manifest-'));
    appendFileSync(path.join(dir, MANIFEST_FILE), `{"hello":1}\n${JSON.stringify(entry('a.html'))}\n`);
    const m = Manifest.open(dir);
    expect([...m.paths()]).toEqual(['a.html']);
    m.close();
  });
});
