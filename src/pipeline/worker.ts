/** Worker-thread entry point for the thread pool: one input file in, one small summary out. */
import { runJob, type DocumentJob, type JobResult } from './job.js';

export default function processInWorker(job: DocumentJob): JobResult {
  return runJob(job);
}
