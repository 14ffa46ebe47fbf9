/**
 * Per-document failures. A stage throws a StageError with a stable, kebab-case code; the runner
 * records it in errors.jsonl and the run goes on with the next document.
 */
export const ERROR_CODES = [
  'empty-input', // zero bytes, or nothing but whitespace
  'binary-input', // not text at all (an image or archive under a text extension)
  'invalid-encoding', // bytes are not valid in the declared or detected encoding
  'unreadable', // the file could not be read (permissions, vanished)
  'too-large', // larger than --max-bytes
  'timeout', // exceeded the per-document time budget
  'out-of-memory', // needed more heap than a worker may use (the worker is replaced)
  'invalid-record', // the produced record failed schema validation (a pipeline bug)
  'internal', // anything unexpected
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** `process` = somewhere in the document stages (used when a worker is stopped mid-document). */
export type StageName = 'read' | 'decode' | 'strip' | 'language' | 'extract' | 'validate' | 'process' | 'write';

export class StageError extends Error {
  readonly code: ErrorCode;
  readonly stage: StageName;
  constructor(stage: StageName, code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StageError';
    this.stage = stage;
    this.code = code;
  }
}
