/** The one check every record passes before it is written: the zod schema plus offset consistency. */
import { StageError } from '../stages/errors.js';
import { checkOffsets, recordSchema, type DocumentRecord } from './record.js';

/** Schema validation plus offset consistency; a failure here is a pipeline bug, reported per document. */
export function validateRecord(candidate: unknown): DocumentRecord {
  const parsed = recordSchema.safeParse(candidate);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new StageError('validate', 'invalid-record', `record does not match the schema: ${first?.path.join('.')}: ${first?.message}`);
  }
  const problems = checkOffsets(parsed.data);
  if (problems.length) throw new StageError('validate', 'invalid-record', problems.slice(0, 3).join('; '));
  return parsed.data;
}
