/** Entity rules added with the text-browser / infinite-scroll / Word press-release pages: a diplomatic mission named
 * with the place it sits in, "Materials" as a company's type word, "director general" written without its hyphen. */
import { describe, expect, it } from 'vitest';
import { names, orgs, persons } from './helpers.js';

describe('diplomatic missions with their seat', () => {
  it('takes "in <known place>" into an embassy or consulate name', () => {
    expect(names(orgs('Officials from the Embassy of the Republic of Korea in Thailand attended.'))).toEqual(['Embassy of the Republic of Korea in Thailand']);
    expect(names(orgs('The Consulate of Japan in Chiang Mai issued a notice.'))).toEqual(['Consulate of Japan in Chiang Mai']);
  });

  it('leaves out an unknown word or a non-mission head', () => {
    expect(names(orgs('The Embassy of Japan in Dorset Lane held a party.'))).toEqual(['Embassy of Japan']);
    expect(names(orgs('The Ministry of Labour in Thailand issued a notice.'))).toEqual(['Ministry of Labour']);
  });
});

describe('"Materials" as a company type word', () => {
  it('reads "<Name> Materials" as a company, not a person', () => {
    const text = 'Battery recycler Sejin Cycle Materials will build a plant, said Sejin Cycle Materials president Ryu Han-byul.';
    expect(names(orgs(text))).toContain('Sejin Cycle Materials');
    expect(names(persons(text))).not.toContain('Sejin Cycle Materials');
  });
});

describe('"director general" without the hyphen', () => {
  it('reads the name after a spaced "director general" or "secretary general"', () => {
    const text = 'The plan was sound, said the agency’s deputy director general Sok Dara at the briefing.\n\nSok said work starts soon.';
    expect(persons(text).map((p) => [p.name, p.aliases])).toEqual([['Sok Dara', ['Sok']]]);
    expect(names(persons('The forum was opened by secretary general Maria Santos on Monday.'))).toEqual(['Maria Santos']);
  });
});
