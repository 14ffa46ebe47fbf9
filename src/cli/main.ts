/**
 * `ingest` command line: run | schema | validate.
 * Exit status: 0 all fine, 2 some documents failed (or invalid records found), 1 the command could
 * not proceed (bad arguments, unwritable output), 130/143 interrupted by SIGINT/SIGTERM.
 */
import { accessSync, constants, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { LevelWithSilent } from 'pino';
import { recordJsonSchema } from '../schema/jsonSchema.js';
import { createLogger, LOG_LEVELS } from '../pipeline/logger.js';
import { terminalProgress } from '../pipeline/progress.js';
import { threadProcessor } from '../pipeline/processors.js';
import { runPipeline, type RunSummary } from '../pipeline/runner.js';
import { PIPELINE_VERSION } from '../version.js';
import { validateDirectory } from './validate.js';

export const EXIT = { ok: 0, cannotProceed: 1, documentsFailed: 2, sigint: 130, sigterm: 143 } as const;

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const MAIN_HELP = `ingest ${PIPELINE_VERSION}: turn scraped news pages (Korean, Thai, English) into clean JSON records

Usage:
  ingest run [inputs…] [--out DIR] [options]   process .html/.htm/.txt files (default input: raw/)
  ingest schema                                print the record's JSON Schema
  ingest validate DIR                          check every record in DIR against the schema

Run "ingest <command> --help" for a command's options.
Exit status: 0 all fine, 2 some documents failed, 1 could not proceed, 130/143 interrupted.`;

const RUN_HELP = `Usage: ingest run [inputs…] [options]

Processes every .html, .htm and .txt file under the given files and directories (recursively;
default: raw/) and writes one record per document to <out>/records/<id>.json.
Unchanged inputs (same content and pipeline version as in <out>/manifest.jsonl) are skipped.

Options:
  --out DIR            output directory (default: out)
  --workers N|auto     worker threads that process documents (default: auto = ${availableParallelism()}, the CPU count)
  --concurrency N      documents in flight at once (default: twice the workers)
  --doc-timeout S      per-document time budget in seconds; a document over it fails with
                       "timeout" and its worker is replaced (default: 30)
  --force              re-process every input, changed or not
  --prune              delete records of inputs that no longer exist
  --jsonl FILE         also write this run's records as JSON Lines, in input order
  --max-bytes N        fail inputs larger than N bytes with "too-large" (default: ${DEFAULT_MAX_BYTES})
  --log-level LEVEL    ${LOG_LEVELS.join(' | ')} (default: info); logs are JSON on stderr,
                       debug adds one line per document with per-stage milliseconds
  -h, --help           show this help

Failures are listed in <out>/errors.jsonl (path, stage, code, message); the run goes on.
Exit status: 0 all fine, 2 some documents failed, 1 could not proceed, 130 SIGINT, 143 SIGTERM.`;

const SCHEMA_HELP = `Usage: ingest schema

Prints the JSON Schema (draft 2020-12) of a record, generated from the zod schema in src/schema/.`;

const VALIDATE_HELP = `Usage: ingest validate DIR

Validates every record in DIR (an output directory, its records/ folder, or a folder of .json
records; .jsonl files are checked line by line) against the record schema, including offsets.
Prints each invalid record with the reason. Exit status: 0 all valid, 2 some invalid, 1 bad arguments.`;

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'run':
        return await runCommand(rest);
      case 'schema':
        return schemaCommand(rest);
      case 'validate':
        return validateCommand(rest);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(`${MAIN_HELP}\n`);
        return command === undefined ? EXIT.cannotProceed : EXIT.ok;
      case '--version':
        process.stdout.write(`${PIPELINE_VERSION}\n`);
        return EXIT.ok;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      process.stderr.write(`ingest: ${(error as Error).message}\nRun "ingest --help" for usage.\n`);
      return EXIT.cannotProceed;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

async function runCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', default: 'out' },
      concurrency: { type: 'string' },
      workers: { type: 'string', default: 'auto' },
      'doc-timeout': { type: 'string', default: '30' },
      force: { type: 'boolean', default: false },
      prune: { type: 'boolean', default: false },
      jsonl: { type: 'string' },
      'max-bytes': { type: 'string' },
      'log-level': { type: 'string', default: 'info' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${RUN_HELP}\n`);
    return EXIT.ok;
  }
  const workers = values.workers === 'auto' ? availableParallelism() : positiveInt(values.workers, '--workers') ?? availableParallelism();
  const concurrency = positiveInt(values.concurrency, '--concurrency') ?? workers * 2;
  const docTimeout = Number(values['doc-timeout']);
  if (!(docTimeout > 0)) throw new UsageError(`--doc-timeout must be a positive number of seconds, got "${values['doc-timeout']}"`);
  const maxBytes = positiveInt(values['max-bytes'], '--max-bytes') ?? DEFAULT_MAX_BYTES;
  const level = values['log-level'];
  if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}`);
  const inputs = positionals.length ? positionals : ['raw'];
  const outDir = path.resolve(values.out);

  const logger = createLogger(level as LevelWithSilent);
  try {
    mkdirSync(outDir, { recursive: true });
    accessSync(outDir, constants.W_OK);
  } catch (error) {
    process.stderr.write(`ingest: cannot write to output directory ${outDir}: ${(error as Error).message}\n`);
    return EXIT.cannotProceed;
  }

  const controller = new AbortController();
  let signalExit: number | null = null;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (signalExit !== null) process.exit(signal === 'SIGINT' ? EXIT.sigint : EXIT.sigterm); // second signal: give up now
    signalExit = signal === 'SIGINT' ? EXIT.sigint : EXIT.sigterm;
    logger.warn({ signal }, 'stopping: finishing documents in flight');
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const progress = terminalProgress();
  const processor = threadProcessor({ threads: workers, timeoutMs: docTimeout * 1000 });
  let summary: RunSummary;
  try {
    summary = await runPipeline({
      inputs,
      outDir,
      concurrency,
      force: values.force,
      prune: values.prune,
      ...(values.jsonl ? { jsonl: path.resolve(values.jsonl) } : {}),
      maxBytes,
      logger,
      processor,
      ...(progress ? { progress } : {}),
      signal: controller.signal,
    });
  } catch (error) {
    logger.fatal({ err: error }, 'run could not proceed');
    process.stderr.write(`ingest: run could not proceed: ${(error as Error).message}\n`);
    return EXIT.cannotProceed;
  } finally {
    await processor.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  logger.info({ summary }, 'run finished');
  process.stdout.write(formatSummary(summary, outDir));
  if (signalExit !== null) return signalExit;
  return summary.failed > 0 ? EXIT.documentsFailed : EXIT.ok;
}

function positiveInt(raw: string | undefined, flag: string): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a positive integer, got "${raw}"`);
  return n;
}

export function formatSummary(s: RunSummary, outDir: string): string {
  const langs = Object.entries(s.languages)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([lang, n]) => `${lang} ${n}`)
    .join(', ');
  const lines = [
    `${s.interrupted ? 'interrupted' : 'finished'} in ${(s.wallMs / 1000).toFixed(2)} s: ${s.done} done, ${s.skipped} skipped (unchanged), ${s.failed} failed, ${s.unsupported} unsupported`,
    `languages: ${langs || '-'}`,
    `entities: ${s.entities.dates} dates, ${s.entities.persons} persons, ${s.entities.organizations} organizations`,
  ];
  if (s.failed > 0) {
    const codes = Object.entries(s.errorsByCode)
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    lines.push(`errors: ${codes}; details in ${path.join(outDir, 'errors.jsonl')}`);
  }
  if (s.missing.length > 0) {
    const shown = s.missing.slice(0, 5).join(', ') + (s.missing.length > 5 ? `, … (${s.missing.length - 5} more)` : '');
    lines.push(
      s.pruned > 0
        ? `pruned: ${s.pruned} records of inputs that no longer exist (${shown})`
        : `missing: ${s.missing.length} inputs no longer exist (${shown}); --prune removes their records`,
    );
  }
  lines.push(`records: ${path.join(outDir, 'records')}`);
  return `${lines.join('\n')}\n`;
}

function schemaCommand(args: string[]): number {
  const { values } = parseArgs({ args, strict: true, options: { help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    process.stdout.write(`${SCHEMA_HELP}\n`);
    return EXIT.ok;
  }
  process.stdout.write(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}

function validateCommand(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(`${VALIDATE_HELP}\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('validate takes exactly one directory');
  const result = validateDirectory(path.resolve(positionals[0] ?? '.'));
  if (result.error) throw new UsageError(result.error);
  for (const problem of result.invalid) process.stdout.write(`invalid ${problem.file}: ${problem.reason}\n`);
  process.stdout.write(`${result.valid} valid, ${result.invalid.length} invalid\n`);
  return result.invalid.length > 0 ? EXIT.documentsFailed : EXIT.ok;
}
