import { expect } from 'vitest';
import type { Span } from '../../../src/schema/record.js';

export const whole = (text: string): Span[] => [{ start: 0, end: text.length }];

/** Every mention's slice is the entity's name or one of its aliases. */
export function expectSlicesMatch(text: string, entities: { name: string; aliases: string[]; mentions: Span[] }[]): void {
  for (const e of entities) {
    for (const m of e.mentions) expect([e.name, ...e.aliases]).toContain(text.slice(m.start, m.end));
  }
}
