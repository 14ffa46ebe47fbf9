/**
 * Lazy input discovery. Directories are read entry by entry with `opendir` (never the whole
 * listing at once), so a folder with 100,000 files costs a handful of open directory handles,
 * not an array of 100,000 names.
 */
import { opendir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFormat } from '../stages/types.js';

/** Extensions the pipeline reads, and the format each implies. */
export const INPUT_FORMATS: Readonly<Record<string, SourceFormat>> = {
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
};

export function formatForPath(filePath: string): SourceFormat | null {
  return INPUT_FORMATS[path.extname(filePath).toLowerCase()] ?? null;
}

export type Discovered =
  | { kind: 'input'; absPath: string; /** identity: POSIX path relative to the input root */ relPath: string; format: SourceFormat }
  | { kind: 'unsupported'; absPath: string; relPath: string }
  | { kind: 'unreadable'; absPath: string; relPath: string; message: string };

const toPosix = (p: string): string => p.split(path.sep).join('/');

/**
 * Walks `inputs` (files or directories) depth first. A file argument's identity is its base name;
 * a directory's entries are identified relative to that directory. Hidden entries (".x") are skipped.
 */
export async function* discoverInputs(inputs: readonly string[]): AsyncGenerator<Discovered> {
  for (const input of inputs) {
    const absRoot = path.resolve(input);
    let info;
    try {
      info = await stat(absRoot);
    } catch (error) {
      yield { kind: 'unreadable', absPath: absRoot, relPath: toPosix(input), message: messageOf(error) };
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(absRoot, absRoot);
    else yield classify(absRoot, path.basename(absRoot));
  }
}

function classify(absPath: string, relPath: string): Discovered {
  const format = formatForPath(absPath);
  return format ? { kind: 'input', absPath, relPath, format } : { kind: 'unsupported', absPath, relPath };
}

async function* walkDirectory(root: string, dir: string): AsyncGenerator<Discovered> {
  let handle;
  try {
    handle = await opendir(dir);
  } catch (error) {
    yield { kind: 'unreadable', absPath: dir, relPath: toPosix(path.relative(root, dir)) || '.', message: messageOf(error) };
    return;
  }
  for await (const entry of handle) {
    if (entry.name.startsWith('.')) continue;
    const absPath = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walkDirectory(root, absPath);
    else if (entry.isFile() || entry.isSymbolicLink()) yield classify(absPath, toPosix(path.relative(root, absPath)));
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
