/** Worker-thread entry point for the thread pool: one document in, one plain result out. */
import { runJob, type DocumentJob, type JobResult } from './processors.js';

export default function processInWorker(job: DocumentJob): JobResult {
  return runJob(job);
}
