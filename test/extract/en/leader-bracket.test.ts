/** A body named right before a bracket with its head's title ("X City (Mayor Name)") is the administration acting. */
import { describe, expect, it } from 'vitest';
import { names, orgs, persons } from './helpers.js';

describe('administration with its head in brackets', () => {
  it('"Daegu Metropolitan City (Mayor Name) said" names the city government, and the mayor stays a person', () => {
    const text = 'Daegu Metropolitan City (Mayor Lim Ha-neul) said on Monday that it would open two new bus routes to the airport.';
    expect(names(orgs(text))).toContain('Daegu Metropolitan City');
    expect(names(persons(text))).toContain('Lim Ha-neul');
  });

  it('a single place word or a bracket without a title is not enough', () => {
    expect(names(orgs('Visitors to Daegu (Mayor Lim Ha-neul attended) enjoyed the festival.'))).not.toContain('Daegu');
    expect(names(orgs('Tourists crowded Haeundae Beach Road (near the station) on Sunday.'))).toEqual([]);
  });
});
