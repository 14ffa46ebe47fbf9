#!/usr/bin/env -S node --single-threaded-gc
// --single-threaded-gc: the pool already runs one worker per core, so V8's parallel and concurrent GC helper
// threads only compete with the workers for the same cores. Measured on 800 bench documents (16 MB young
// generation): 2 workers 70.6 -> 76.4 documents/s; 1 worker 48.5 -> 45.8, as it no longer borrows the idle core.
// `npm start` and `npm run bench` pass the same flag; `node dist/cli/bin.js` without it works the same, slower.
import { EXIT, main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ingest: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT.cannotProceed;
  },
);
