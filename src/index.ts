/**
 * Library API: the whole pipeline for one document (`processDocument`), each stage on its own,
 * the batch runner, and the record schema.
 */
export { processDocument, processDocumentDetailed, validateRecord, recordId, type ProcessOptions, type ProcessResult, type StageTimings } from './pipeline/process.js';
export { runPipeline, type RunOptions, type RunSummary } from './pipeline/runner.js';
export { decode } from './stages/decode/index.js';
export { strip } from './stages/strip/index.js';
export { detectLanguage } from './stages/language/index.js';
export { extractDates } from './stages/extract/dates/index.js';
export { extractPersons } from './stages/extract/persons/index.js';
export { extractOrganizations } from './stages/extract/organizations/index.js';
export { StageError, ERROR_CODES, type ErrorCode, type StageName } from './stages/errors.js';
export type * from './stages/types.js';
export * from './schema/index.js';
export { PIPELINE_VERSION } from './version.js';
