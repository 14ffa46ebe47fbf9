/** JSON Schema (draft 2020-12) of the record, generated from the zod schema: never edited by hand. */
import { z } from 'zod';
import { recordSchema, SCHEMA_VERSION } from './record.js';

export function recordJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(recordSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $id: `https://ingest-pipeline.local/schema/record-${SCHEMA_VERSION}.json`,
    title: 'Ingest pipeline document record',
    ...schema,
  };
}
