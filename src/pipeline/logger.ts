/** Structured JSON logs on stderr (stdout stays free for summaries and `ingest schema`). */
import { pino, type Logger, type LevelWithSilent } from 'pino';

export const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function createLogger(level: LevelWithSilent = 'info'): Logger {
  // Synchronous writes: a log line is never lost when the process exits right after it.
  return pino({ level, base: { name: 'ingest' } }, pino.destination({ dest: 2, sync: true }));
}
