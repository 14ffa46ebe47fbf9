import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverInputs, type Discovered } from '../../src/pipeline/discover.js';

async function collect(inputs: string[]): Promise<Discovered[]> {
  const out: Discovered[] = [];
  for await (const d of discoverInputs(inputs)) out.push(d);
  return out;
}

describe('discoverInputs', () => {
  it('walks recursively, identifies by POSIX path relative to the root, classifies by extension', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'discover-'));
    mkdirSync(path.join(root, 'ko', 'deep'), { recursive: true });
    writeFileSync(path.join(root, 'a.HTML'), '<p>x</p>');
    writeFileSync(path.join(root, 'ko', 'deep', 'b.txt'), 'x');
    writeFileSync(path.join(root, 'ko', 'c.htm'), 'x');
    writeFileSync(path.join(root, 'notes.pdf'), 'x');
    writeFileSync(path.join(root, '.hidden.html'), 'x');
    const found = await collect([root]);
    const byPath = Object.fromEntries(found.map((d) => [d.relPath, d.kind === 'input' ? d.format : d.kind]));
    expect(byPath).toEqual({ 'a.HTML': 'html', 'ko/deep/b.txt': 'text', 'ko/c.htm': 'html', 'notes.pdf': 'unsupported' });
  });

  it('reports a missing input as unreadable instead of throwing', async () => {
    const found = await collect([path.join(tmpdir(), 'definitely-not-here-4711')]);
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe('unreadable');
  });

  it('identifies a file argument by its base name', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'discover-'));
    writeFileSync(path.join(root, 'one.txt'), 'x');
    const found = await collect([path.join(root, 'one.txt')]);
    expect(found).toEqual([{ kind: 'input', absPath: path.join(root, 'one.txt'), relPath: 'one.txt', format: 'text' }]);
  });
});
