/** `ingest validate`: checks records on disk against the schema (and offsets) without trusting the writer. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { validateRecord } from '../schema/validate.js';
import { RECORDS_DIR } from '../pipeline/writer.js';

export interface ValidationResult {
  valid: number;
  invalid: { file: string; reason: string }[];
  /** Set when DIR itself cannot be used. */
  error?: string;
}

export function validateDirectory(dir: string): ValidationResult {
  const result: ValidationResult = { valid: 0, invalid: [] };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return { ...result, error: `not a directory: ${dir}` };
  const recordsDir = existsSync(path.join(dir, RECORDS_DIR)) ? path.join(dir, RECORDS_DIR) : dir;
  const files = readdirSync(recordsDir).filter((f) => f.endsWith('.json') || f.endsWith('.jsonl')).sort();
  for (const name of files) {
    const file = path.join(recordsDir, name);
    const content = readFileSync(file, 'utf8');
    if (name.endsWith('.jsonl')) {
      content.split('\n').forEach((line, i) => {
        if (line.trim()) check(result, `${file}:${i + 1}`, line, null);
      });
    } else {
      check(result, file, content, name.slice(0, -'.json'.length));
    }
  }
  return result;
}

function check(result: ValidationResult, where: string, json: string, expectedId: string | null): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    result.invalid.push({ file: where, reason: `not JSON: ${(error as Error).message}` });
    return;
  }
  try {
    const record = validateRecord(parsed);
    if (expectedId !== null && record.id !== expectedId) {
      result.invalid.push({ file: where, reason: `id ${record.id} does not match the file name` });
      return;
    }
    result.valid += 1;
  } catch (error) {
    result.invalid.push({ file: where, reason: (error as Error).message });
  }
}
