/**
 * `node dist/bench/generate.js [--count 2000] [--out bench/corpus] [--seed S]`
 *
 * Writes the bench corpus: `--count` HTML pages of 50–300 KB (Korean, Thai, English; a third
 * each; several site templates; some in EUC-KR / windows-874) plus scraped plain-text documents
 * making up 15% of all documents. Deterministic: the same seed and fixtures give the same bytes.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, textCountFor, writeCorpus, type CorpusMeta } from './corpus.js';
import { loadMaterial } from './material.js';

export const DEFAULT_CORPUS_DIR = 'bench/corpus';
export const DEFAULT_PAGES = 2000;

const HELP = `Usage: node dist/bench/generate.js [--count N] [--out DIR] [--seed S]

  --count N   HTML pages to write (default ${DEFAULT_PAGES}); scraped .txt documents come on top,
              15% of all documents (2000 pages + ${textCountFor(2000)} texts)
  --out DIR   where to write (default ${DEFAULT_CORPUS_DIR}; git-ignored)
  --seed S    PRNG seed (default "${DEFAULT_SEED}")`;

export function generateCorpus(outDir: string, pages: number, seed: string = DEFAULT_SEED, quiet = false): CorpusMeta {
  const started = performance.now();
  const material = loadMaterial();
  const meta = writeCorpus({
    outDir,
    pages,
    seed,
    material,
    onProgress: quiet
      ? undefined
      : (written, total) => {
          if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2Kgenerating bench corpus: ${written}/${total}`);
        },
  });
  if (!quiet) {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
    const secs = (performance.now() - started) / 1000;
    process.stderr.write(
      `bench corpus: ${meta.documents} documents (${meta.pages} pages, ${meta.texts} texts), ${(meta.bytes / 1e6).toFixed(1)} MB in ${outDir} ` +
        `(${secs.toFixed(1)} s; pages ${(meta.pageBytes.min / 1024).toFixed(0)}–${(meta.pageBytes.max / 1024).toFixed(0)} KiB, mean ${(meta.pageBytes.mean / 1024).toFixed(0)} KiB; ` +
        `encodings ${Object.entries(meta.byEncoding)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ')})\n`,
    );
  }
  return meta;
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      count: { type: 'string', default: String(DEFAULT_PAGES) },
      out: { type: 'string', default: DEFAULT_CORPUS_DIR },
      seed: { type: 'string', default: DEFAULT_SEED },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) {
    process.stderr.write(`generate: --count must be a positive integer, got "${values.count}"\n`);
    return 1;
  }
  generateCorpus(path.resolve(values.out), count, values.seed);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
