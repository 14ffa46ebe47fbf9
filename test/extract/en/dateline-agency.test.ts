/** A wire dateline's all-caps agency credit is an organization even when no gazetteer knows it. */
import { describe, expect, it } from 'vitest';
import { parseDatelineAgencies } from '../../../src/stages/extract/organizations/en/parsers/media.js';
import { names, orgs, tokens } from './helpers.js';

const found = (text: string): string[] => parseDatelineAgencies({ text, tokens: tokens(text) }).map((c) => text.slice(c.start, c.end));

describe('agency in a wire dateline', () => {
  it('"CITY, Mon D (ABC) —" or "CITY (ABC) --" at the start of a paragraph credits the agency', () => {
    const text = 'JAKARTA, May 3 (NWA) — Indonesia will cut import duties on rice, the trade ministry said on Friday.\n\nPrices rose by a fifth last month.';
    expect(found(text)).toEqual(['NWA']);
    expect(names(orgs(text))).toContain('NWA');
    expect(found('HANOI (VNX) -- Exports rose in May.')).toEqual(['VNX']);
  });

  it('brackets inside a sentence are no dateline', () => {
    expect(found('Prices rose by a fifth last month, the statement (ABC) said — without giving details.')).toEqual([]);
    expect(found('Prices rose, the BANK (ABC) said — without giving details.')).toEqual([]);
  });
});
