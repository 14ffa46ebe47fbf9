/**
 * The manifest remembers, per source path, which content and pipeline version produced its record,
 * so re-ingestion skips unchanged inputs.
 *
 * Storage is an append-only journal (`manifest.jsonl`): one line is appended after each record is
 * durable, so a run killed at any moment loses at most the line being written (a torn last line is
 * ignored on load, and that document is simply redone). At the end of a run the journal is
 * compacted to one line per path through a temp file and an atomic rename.
 */
import { closeSync, openSync, readFileSync, renameSync, writeSync, existsSync, fsyncSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const MANIFEST_FILE = 'manifest.jsonl';

const entrySchema = z.object({
  path: z.string(),
  id: z.string(),
  contentHash: z.string(),
  pipelineVersion: z.string(),
  status: z.enum(['ok', 'failed']),
  /** Present on deletion lines written by --prune. */
  removed: z.boolean().optional(),
});
export type ManifestEntry = z.infer<typeof entrySchema>;

export class Manifest {
  private readonly entries = new Map<string, ManifestEntry>();
  private fd: number | null = null;
  readonly file: string;

  private constructor(outDir: string) {
    this.file = path.join(outDir, MANIFEST_FILE);
  }

  /** Loads the journal in `outDir` (missing file = empty manifest) and opens it for appending. */
  static open(outDir: string): Manifest {
    const manifest = new Manifest(outDir);
    let torn = false;
    if (existsSync(manifest.file)) {
      const content = readFileSync(manifest.file, 'utf8');
      torn = content.length > 0 && !content.endsWith('\n');
      for (const line of content.split('\n')) {
        if (!line.trim()) continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          continue; // a line torn by a kill mid-append
        }
        const entry = entrySchema.safeParse(parsed);
        if (!entry.success) continue;
        if (entry.data.removed) manifest.entries.delete(entry.data.path);
        else manifest.entries.set(entry.data.path, entry.data);
      }
    }
    manifest.fd = openSync(manifest.file, 'a');
    // Terminate a torn last line so the next entry starts on a line of its own.
    if (torn) writeSync(manifest.fd, '\n');
    return manifest;
  }

  get(sourcePath: string): ManifestEntry | undefined {
    return this.entries.get(sourcePath);
  }

  /** The content hash of the good record this pipeline version made for `sourcePath`, if any: input with this hash is unchanged. */
  currentHash(sourcePath: string, pipelineVersion: string): string | null {
    const entry = this.entries.get(sourcePath);
    return entry?.status === 'ok' && entry.pipelineVersion === pipelineVersion ? entry.contentHash : null;
  }

  record(entry: ManifestEntry): void {
    this.entries.set(entry.path, entry);
    this.append(entry);
  }

  remove(sourcePath: string): void {
    const entry = this.entries.get(sourcePath);
    if (!entry) return;
    this.entries.delete(sourcePath);
    this.append({ ...entry, removed: true });
  }

  paths(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** Rewrites the journal as one line per path (sorted, so the file is deterministic), atomically. */
  compact(): void {
    const lines = [...this.entries.values()]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((e) => JSON.stringify(e));
    const tmp = `${this.file}.tmp-${process.pid}`;
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, lines.length ? `${lines.join('\n')}\n` : '');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.close();
    renameSync(tmp, this.file);
    this.fd = openSync(this.file, 'a');
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private append(entry: ManifestEntry): void {
    if (this.fd === null) throw new Error('manifest is closed');
    // One write call per line: a kill can tear only this line, never an earlier one.
    writeSync(this.fd, `${JSON.stringify(entry)}\n`);
  }
}
