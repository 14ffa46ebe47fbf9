import { describe, expect, it } from 'vitest';
import { compromiseEntities } from '../../../src/eval/baselines/compromise.js';

describe('compromise baseline', () => {
  it('returns de-duplicated people and organization strings', () => {
    const found = compromiseEntities('John Smith met Mary Jones at Samsung Electronics Co. John Smith said so.');
    expect(Array.isArray(found.persons)).toBe(true);
    expect(Array.isArray(found.organizations)).toBe(true);
    expect(new Set(found.persons.map((p) => p.toLowerCase())).size).toBe(found.persons.length);
  });
});
