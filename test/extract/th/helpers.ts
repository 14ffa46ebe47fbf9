import { expect } from 'vitest';
import type { Span } from '../../../src/schema/record.js';
import { findOrganizations } from '../../../src/stages/extract/organizations/th/index.js';
import { findPersons } from '../../../src/stages/extract/persons/th/index.js';

export const whole = (text: string): Span[] => [{ start: 0, end: text.length }];

/** Every mention's slice is the entity's name or one of its aliases. */
export function expectSlicesMatch(text: string, entities: { name: string; aliases: string[]; mentions: Span[] }[]): void {
  for (const e of entities) {
    expect(e.mentions.length).toBeGreaterThan(0);
    for (const m of e.mentions) expect([e.name, ...e.aliases]).toContain(text.slice(m.start, m.end));
  }
}

/** Persons of `text` (checked for consistent offsets). */
export function persons(text: string) {
  const out = findPersons(text, whole(text));
  expectSlicesMatch(text, out);
  return out;
}

/** Organizations of `text` (checked for consistent offsets). */
export function orgs(text: string) {
  const out = findOrganizations(text, whole(text));
  expectSlicesMatch(text, out);
  return out;
}

export const names = (entities: { name: string }[]): string[] => entities.map((e) => e.name);
