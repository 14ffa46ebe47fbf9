/**
 * Round 6 English rules, on invented sentences: operated venues and one-word bodies known by what
 * they do, short forms that contract a name, royal eponyms, possessive owners after "and", business
 * lines joined by "and", chained designators, stacked and name-shaped honorifics, lower-case title
 * modifiers, and dates (a month modifying a noun, the tense of the date's own clause).
 */
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/stages/extract/dates/index.js';
import { names, orgs, persons } from './helpers.js';

const dates = (text: string, anchor: string): (string | null)[] => extractDates(text, { lang: 'en', anchor }).map((d) => d.value);
const titlesOf = (text: string, name: string): string[] => persons(text).find((p) => p.name === name)?.titles ?? [];

describe('organizations: bodies known by what they do', () => {
  it('an operated venue with a bracketed acronym, or acting, is its operator', () => {
    const o = orgs('The Kampot Deepwater Port (KDP) signed a lease with a shipping line.');
    expect(names(o)).toContain('Kampot Deepwater Port');
    expect(o.find((e) => e.name === 'Kampot Deepwater Port')?.aliases).toContain('KDP');
    expect(names(orgs('Officials said the Tanjung Harapan Port announced new fees on Friday.'))).toContain('Tanjung Harapan Port');
  });

  it('a venue where things happen stays a place', () => {
    expect(names(orgs('Ships unload rice at Tanjung Harapan Port every week.'))).not.toContain('Tanjung Harapan Port');
    expect(names(orgs('Flights land at Kota Baru International Airport (KBIA) from May.'))).not.toContain('Kota Baru International Airport');
  });

  it('"the" + one unknown word that acts and is referred back to as a court or agency', () => {
    const text = 'The Mahkamahbayan has ordered the release of two suspects. In its ruling, the anti-graft court said the evidence was thin.';
    expect(names(orgs(text))).toContain('Mahkamahbayan');
    expect(names(orgs('The Rajakarya said in a statement that the works would resume.'))).toContain('Rajakarya');
  });

  it('one word that acts without a body cue, or a place, is not a body', () => {
    expect(names(orgs('The Vellamo has signed a charter for the summer, the ship owner said.'))).not.toContain('Vellamo');
    expect(names(orgs('The Mekong has risen sharply, and the river is expected to flood.'))).toEqual([]);
    expect(names(orgs('Somchai said in a statement that he would resign.'))).toEqual([]);
  });

  it('"<Word> <Place>" issuing a statement, or with a contracted short form, is a body', () => {
    expect(names(orgs('Invest Manila said in a statement that applications had doubled.'))).toContain('Invest Manila');
    const o = orgs('Tourism Jakarta (TourismJKT) will run the roadshow.');
    expect(o.find((e) => e.name === 'Tourism Jakarta')?.aliases).toContain('TourismJKT');
  });

  it('a bracketed word that does not spell the name is not a short form', () => {
    expect(names(orgs('Visitors from Jakarta (Indonesia) joined the tour.'))).toEqual([]);
    expect(names(orgs('Growth Jakarta (GrowthSG) is a slogan.'))).not.toContain('Growth Jakarta');
  });
});

describe('organizations: names', () => {
  it('an institution named after a royal keeps the title', () => {
    const text =
      'Students of Princess of Naradhiwas University joined researchers from Queen Savang Hospital and King Chulalongkorn’s College of Music.';
    const n = names(orgs(text));
    expect(n).toContain('Princess of Naradhiwas University');
    expect(n).toContain('Queen Savang Hospital');
    expect(n).toContain('King Chulalongkorn’s College of Music');
  });

  it('a royal title before a non-institution head or a person is left alone', () => {
    expect(names(orgs('The Prince of Kedah visited Kedah State Development Corporation.'))).toEqual(['Kedah State Development Corporation']);
  });

  it('an owner’s possessive after "and" starts another organization', () => {
    const n = names(orgs("The deal between Laos' Ministry of Finance and Vietnam's Ministry of Planning was signed."));
    expect(n).toContain('Ministry of Finance');
    expect(n).toContain('Ministry of Planning');
    expect(n).not.toContain('Ministry of Finance and Vietnam');
  });

  it('a collective possessive inside the complement stays in the name', () => {
    expect(names(orgs("The Ministry of Youth and Women's Development said."))).toEqual(["Ministry of Youth and Women's Development"]);
  });

  it('two business lines joined by "and" before a designator are one company', () => {
    expect(names(orgs('Shares of Siam Drilling and Exploration PCL rose.'))).toEqual(['Siam Drilling and Exploration PCL']);
    expect(names(orgs('Aroon and Hanwha Corp. signed the deal.'))).not.toContain('Aroon and Hanwha Corp.');
  });

  it('"Co. Ltd" without a comma is one designator chain', () => {
    expect(names(orgs('Mekong Fresh Co. Ltd said exports rose.'))).toEqual(['Mekong Fresh Co. Ltd']);
  });
});

describe('persons: honorifics and titles', () => {
  it('name-shaped honorifics are not part of the name', () => {
    expect(names(persons('Tan Sri Rahim Kamaruddin said the board agreed.'))).toEqual(['Rahim Kamaruddin']);
    expect(names(persons("Dato' Sri Faridah Osman said the bill was ready."))).toEqual(['Faridah Osman']);
    expect(names(persons('Bu Sri Lestari said the market reopened.'))).toEqual(['Sri Lestari']);
    expect(names(persons('Encik Azlan Hamid said the road was closed.'))).toEqual(['Azlan Hamid']);
  });

  it('a Korean name whose surname is spelled like an honorific stays whole', () => {
    expect(names(persons('Bu Min-seok said the plan was sound.'))).toEqual(['Bu Min-seok']);
    expect(names(persons('Tan Boon Heng said the plan was sound.'))).toEqual(['Tan Boon Heng']);
  });

  it('stacked titles and British-style ranks', () => {
    expect(names(persons('Asst Prof Dr Kanokwan Srisawat said the trial worked.'))).toEqual(['Kanokwan Srisawat']);
    expect(names(persons('Sqn Ldr Pichit Chaiyo said the drill went well.'))).toEqual(['Pichit Chaiyo']);
    expect(names(persons('Usec. Ramon Dizon said the permits were signed.'))).toEqual(['Ramon Dizon']);
  });

  it('lower-case title modifiers stay in the title', () => {
    const text = 'The report was presented by deputy director general Anong Wongsa. Later, acting deputy permanent secretary Preecha Dee said so.';
    expect(titlesOf(text, 'Anong Wongsa')).toEqual(['deputy director general']);
    expect(titlesOf(text, 'Preecha Dee')).toEqual(['acting deputy permanent secretary']);
  });
});

describe('dates', () => {
  it('"the June start date": a month modifying a noun after "the"', () => {
    expect(dates('Officials said the June start date would not change.', '2025-02-03')).toEqual(['2025-06']);
    expect(dates('Turnout was low at the November election.', '2025-02-03')).toEqual(['2024-11']);
  });

  it('"the June" before a name or an ordinary word is not a month', () => {
    expect(dates('The June Harper band played.', '2025-02-03')).toEqual([]);
  });

  it('each clause keeps its own tense', () => {
    // Past clause, then a future one joined by ", and": the past January.
    expect(dates('The regulator approved two licences in January, and the governor said it would not rush.', '2024-06-12')).toEqual(['2024-01']);
    // Future statement with a past relative clause: the past January.
    expect(dates('Loggers will be supplied by a Busan firm, which was selected in January.', '2025-05-15')).toEqual(['2025-01']);
  });

  it('with a future cue, a tie between the past and the coming month goes to the future', () => {
    expect(dates('The first dryers are due to open before the harvest in November.', '2025-03-11')).toEqual(['2025-11']);
    // No cue: still the nearest, ties to the past.
    expect(dates('Prices peaked in November.', '2025-03-11')).toEqual(['2024-11']);
  });
});
