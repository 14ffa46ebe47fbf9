/** Thai person extraction (first version: no names found yet). */
import type { PersonEntity, Span } from '../../../../schema/record.js';

export function findPersons(_text: string, _spans: Span[]): PersonEntity[] {
  return [];
}
