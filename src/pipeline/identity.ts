/** Stable identities: the record id (from the source path) and the content hash (from the bytes). */
import { createHash } from 'node:crypto';

/** sha256 of the source identity: stable across content changes, safe as a file name. */
export function recordId(sourcePath: string): string {
  return createHash('sha256').update(sourcePath).digest('hex').slice(0, 32);
}

export function contentHash(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}
