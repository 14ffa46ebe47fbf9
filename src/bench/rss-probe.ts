/**
 * Preloaded into the CLI child by the bench (`node --import …/rss-probe.js dist/cli/bin.js run …`):
 * samples the process's RSS every 250 ms and, at exit, writes the samples and the peak RSS
 * (`process.resourceUsage().maxRSS`, which covers every thread of the process, worker threads
 * included) to the file named by BENCH_RSS_OUT. Does nothing in worker threads or without the variable.
 */
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.BENCH_RSS_OUT;
if (isMainThread && out) {
  const started = performance.now();
  const samples: [number, number][] = [];
  const sample = (): void => {
    samples.push([Math.round(performance.now() - started), process.memoryUsage.rss()]);
  };
  const timer = setInterval(sample, 250);
  timer.unref();
  process.on('exit', () => {
    sample();
    writeFileSync(out, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, samples }));
  });
}
