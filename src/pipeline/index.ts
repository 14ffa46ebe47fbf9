export { runPipeline, type RunOptions, type RunSummary } from './runner.js';
export { processDocument, processDocumentDetailed, validateRecord, recordId, contentHash, type ProcessOptions, type ProcessResult, type StageTimings } from './process.js';
export { discoverInputs, formatForPath, INPUT_FORMATS, type Discovered } from './discover.js';
export { Manifest, MANIFEST_FILE, type ManifestEntry } from './manifest.js';
export { RecordWriter, serializeRecord, RECORDS_DIR, ERRORS_FILE } from './writer.js';
export { createLogger } from './logger.js';
