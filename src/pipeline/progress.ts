/**
 * A single self-overwriting progress line on a terminal (stderr), at most a few times a second.
 * Silent when stderr is not a TTY (CI, pipes), where the structured logs are the record.
 */
export interface ProgressCounts {
  done: number;
  skipped: number;
  failed: number;
}

export interface Progress {
  update(finished: number, counts: ProgressCounts): void;
  finish(): void;
}

const REFRESH_MS = 200;

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress | undefined {
  if (!stream.isTTY) return undefined;
  const started = performance.now();
  let last = 0;
  let drawn = false;
  return {
    update(finished, counts) {
      const now = performance.now();
      if (now - last < REFRESH_MS) return;
      last = now;
      const rate = finished / Math.max((now - started) / 1000, 1e-3);
      stream.write(
        `\r\x1b[2K${finished} documents · ${rate.toFixed(1)}/s · done ${counts.done} · skipped ${counts.skipped} · failed ${counts.failed}`,
      );
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
