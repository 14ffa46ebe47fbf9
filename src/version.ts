/**
 * The pipeline version stamped into every record and the manifest. Bump it whenever output for
 * the same input can change: the manifest then re-processes every document on the next run.
 * A test keeps it equal to package.json's version.
 */
export const PIPELINE_VERSION = '0.1.0';
