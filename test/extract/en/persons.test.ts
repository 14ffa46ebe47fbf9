import { describe, expect, it } from 'vitest';
import { isKoreanGivenName } from '../../../src/stages/extract/persons/en/names.js';
import { expectConsistentMentions, names, persons } from './helpers.js';

const forms = (text: string, p: { mentions: { start: number; end: number }[] }): string[] => p.mentions.map((m) => text.slice(m.start, m.end));

describe('title parser', () => {
  it('reads the name after a title, without the title', () => {
    const text = 'Vice Minister Ahn Mi-rae visited the site.';
    const [p] = persons(text);
    expect(p).toMatchObject({ name: 'Ahn Mi-rae', titles: ['Vice Minister'] });
    expect(forms(text, p!)).toEqual(['Ahn Mi-rae']);
  });

  it('keeps subject modifiers in the title ("Trade Minister")', () => {
    const [p] = persons('Earlier, Trade Minister Rattana Suksai opened the fair.');
    expect(p).toMatchObject({ name: 'Rattana Suksai', titles: ['Trade Minister'] });
  });

  it('skips the institution inside a title ("Minister of … Name")', () => {
    const text = 'Minister of Oceans and Fisheries Seo Min-gyu and Deputy Minister of the Office of the State Council Aung Naing spoke.';
    const found = persons(text);
    expect(names(found)).toEqual(['Seo Min-gyu', 'Aung Naing']);
    expect(found[0]!.titles).toEqual(['Minister of Oceans and Fisheries']);
  });

  it('takes a name in the middle of a title construction ("Secretary of State Name of …")', () => {
    expect(names(persons("Secretary of State Chea Dara of Cambodia's Ministry of Planning attended."))).toEqual(['Chea Dara']);
  });

  it('finds no person when the title is followed by an organization only', () => {
    expect(persons('He met the Secretary General of the Office of the Civil Service Commission (OCSC).')).toEqual([]);
  });

  it('handles honorifics and lower-case role titles', () => {
    const found = persons('Mr. Gonzalez thanked spokesperson Park Eun-ji and engineering student Malee Chaiyo.');
    expect(names(found)).toEqual(['Gonzalez', 'Park Eun-ji', 'Malee Chaiyo']);
  });

  it('does not read a title word inside a place name', () => {
    expect(persons('Haze covered Bang Khun Thian district.')).toEqual([]);
  });
});

describe('ranks and honorifics from the region', () => {
  it('reads Thai police ranks, Malaysian honorifics and roman numerals after titles', () => {
    const text =
      'Pol Gen Surachet Noonoi inspected the site. Datuk Seri Ahmad Zaki Abdul Rahman, the trade minister, and ' +
      'Finance Minister II Lim Wei Ming attended.';
    const found = persons(text);
    expect(found.map((p) => [p.name, p.titles])).toEqual([
      ['Surachet Noonoi', ['Pol Gen']],
      ['Ahmad Zaki Abdul Rahman', ['Datuk Seri', 'trade minister']],
      ['Lim Wei Ming', ['Finance Minister']],
    ]);
  });

  it('takes a nickname introduced with "known as"', () => {
    const text = 'Governor Sutiyoso Wibowo, popularly known as Bowo, opened it. Bowo said more.';
    const [p] = persons(text);
    expect(p).toMatchObject({ name: 'Sutiyoso Wibowo', aliases: ['Bowo'] });
    expect(forms(text, p!)).toEqual(['Sutiyoso Wibowo', 'Bowo', 'Bowo']);
  });
});

describe('speech verbs', () => {
  it('finds "Name said" and "said Name"', () => {
    const text = '"We will act," Nadia Rahimova said. "It is time," said Oh Se-rin, a planning official.';
    expect(names(persons(text))).toEqual(['Nadia Rahimova', 'Oh Se-rin']);
  });

  it('drops a lone word that resolves to nobody (companies and places speak too)', () => {
    expect(persons('Daon said sales rose. Busan said it would help.')).toEqual([]);
  });

  it('takes action verbs ("opened", "visited") only for people found otherwise or Korean-shaped names', () => {
    const text = 'The Forum on Green Cities opened. Yoon Ha-neul visited. Minister Ida Kusuma spoke; Ida Kusuma met students.';
    const found = persons(text);
    expect(names(found)).toEqual(['Yoon Ha-neul', 'Ida Kusuma']);
    expect(found[1]!.mentions).toHaveLength(2);
  });

  it('does not take an organization before the verb', () => {
    expect(persons('The Korea Meteorological Administration said rain would fall.')).toEqual([]);
  });
});

describe('appositives and name shapes', () => {
  it('finds a name with a lower-case role appositive', () => {
    const [p] = persons('Sunee Kaewmanee, deputy director-general of the department, agreed.');
    expect(p).toMatchObject({ name: 'Sunee Kaewmanee', titles: ['deputy director-general'] });
  });

  it('finds a name with a capitalized title appositive', () => {
    expect(names(persons('They met Khamla Vongsa, Vice Minister of Planning of Laos.'))).toEqual(['Khamla Vongsa']);
  });

  it('finds a name with an age', () => {
    expect(names(persons('Farmer Nguyen Van Long, 52, said so. Lindiwe Dube (34) agreed.'))).toEqual(['Nguyen Van Long', 'Lindiwe Dube']);
  });

  it('finds romanized Korean names anywhere', () => {
    const text = 'The plan drafted by Baek Ji-hoon was approved.';
    expect(names(persons(text))).toEqual(['Baek Ji-hoon']);
  });

  it('tells Korean given names from English compounds', () => {
    expect(isKoreanGivenName('Kyung-wha')).toBe(true);
    expect(isKoreanGivenName('Dae-jong')).toBe(true);
    expect(isKoreanGivenName('Seoul-based')).toBe(false);
    expect(isKoreanGivenName('Korea-Thailand')).toBe(false);
    expect(names(persons('In Seoul-based firms, Kim Jeong-ho works.'))).toEqual(['Kim Jeong-ho']);
  });
});

describe('coreference refiner', () => {
  it('makes later surname and title+surname mentions aliases of the full name', () => {
    const text =
      'Foreign Minister Han Seo-yeon chaired the meeting.\n\n' +
      'Minister Han also urged the missions to act. Han said the plan was ready.';
    const found = persons(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: 'Han Seo-yeon', aliases: ['Han'], titles: ['Foreign Minister', 'Minister'] });
    expect(forms(text, found[0]!)).toEqual(['Han Seo-yeon', 'Han', 'Han']);
  });

  it('uses the given name for Thai and Vietnamese style names', () => {
    const text = 'Governor Wiroj Saengthong opened it. Wiroj said more. Vice Chairwoman Lê Thị Hoa agreed; Hoa added a caveat.';
    const found = persons(text);
    expect(found.map((p) => [p.name, p.aliases])).toEqual([
      ['Wiroj Saengthong', ['Wiroj']],
      ['Lê Thị Hoa', ['Hoa']],
    ]);
  });

  it('merges a shorter full name into the longer one that contains it', () => {
    const found = persons('Deputy Minister Siti Aminah Yusof welcomed it. "Good news," Siti Aminah told reporters.');
    expect(found.map((p) => [p.name, p.aliases])).toEqual([['Siti Aminah Yusof', ['Siti Aminah']]]);
  });

  it('resolves a shared surname to the nearest preceding full name', () => {
    const text = 'Kim Da-eun met Kim Tae-soo. Later Kim Tae-soo spoke and Kim said the talks went well.';
    const found = persons(text);
    expect(names(found)).toEqual(['Kim Da-eun', 'Kim Tae-soo']);
    expect(found[1]!.aliases).toEqual(['Kim']);
    expect(forms(text, found[1]!)).toEqual(['Kim Tae-soo', 'Kim Tae-soo', 'Kim']);
  });

  it('keeps a surname used for two people out of both alias lists (the merge refiner would join them)', () => {
    const text = 'Kim Da-eun met Kim Tae-soo. Kim Da-eun spoke first; Kim said yes. Then Kim Tae-soo spoke and Kim said no.';
    const found = persons(text);
    expect(found.map((p) => [p.name, p.aliases, forms(text, p)])).toEqual([
      ['Kim Da-eun', [], ['Kim Da-eun', 'Kim Da-eun', 'Kim']],
      ['Kim Tae-soo', [], ['Kim Tae-soo', 'Kim Tae-soo', 'Kim']],
    ]);
  });

  it('keeps a titled single name that resolves to nobody, and drops persons inside organizations', () => {
    const found = persons('President Mendoza visited the Lee Kuan Yew School of Public Policy.');
    expect(names(found)).toEqual(['Mendoza']);
  });

  it('every mention slices to the name or an alias', () => {
    const text =
      'Interior Minister Jo Eun-woo said, "We must act." Jo added that Pimchanok Srisuk, a researcher at the Mekong Institute, agreed.\n\n' +
      '"It works," Pimchanok said. Dr. Alvarez and President Pimchanok? No: Ms. Pimchanok Srisuk spoke.';
    const found = persons(text);
    expect(expectConsistentMentions(text, found)).toEqual([]);
    expect(names(found)).toEqual(['Jo Eun-woo', 'Pimchanok Srisuk', 'Alvarez']);
  });
});

describe('Vietnamese names', () => {
  it('reads three- and four-part names by shape and joins later given-name mentions', () => {
    const text = 'Đặng Văn Hiếu, who runs a nursery in Bến Tre, agreed with Lương Thị Thu Hà. "Prices are up," Hiếu said.';
    const found = persons(text);
    expect(found.map((p) => [p.name, p.aliases])).toEqual([
      ['Đặng Văn Hiếu', ['Hiếu']],
      ['Lương Thị Thu Hà', []],
    ]);
  });

  it('reads unaccented names only with a distinctly Vietnamese family name', () => {
    expect(names(persons('Truong Minh Duc met Le Monde Diplomatique editors.'))).toEqual(['Truong Minh Duc']);
  });

  it('leaves streets, cities and schools named after people alone', () => {
    expect(persons('Shops on Trần Hưng Đạo Street and in Hồ Chí Minh City, near Nguyễn Tất Thành University, reopened.')).toEqual([]);
  });
});

describe('initials, nicknames and academic ranks', () => {
  it('keeps initials before a surname ("Dr. S. Tanaka")', () => {
    const found = persons('Dr. R. K. Menon and Prof. A. Ibrahim spoke. Menon said more.');
    expect(found.map((p) => [p.name, p.aliases])).toEqual([
      ['R. K. Menon', ['Menon']],
      ['A. Ibrahim', []],
    ]);
  });

  it('takes a quoted nickname out of the name and makes it an alias', () => {
    const found = persons('Nurse Siriporn “Fon” Kaewmala said so. Later Khun Fon added details.');
    expect(found.map((p) => [p.name, p.aliases])).toEqual([['Siriporn Kaewmala', ['Fon']]]);
  });

  it('reads "Assoc. Prof. Dr." and "Asst. Prof." as titles', () => {
    const found = persons('Assoc. Prof. Dr. Kanya Rattanaporn and Asst. Prof. Wichai Thongdee presented.');
    expect(found.map((p) => [p.name, p.titles[0]])).toEqual([
      ['Kanya Rattanaporn', 'Dr.'],
      ['Wichai Thongdee', 'Asst. Prof.'],
    ]);
  });

  it('reads an appositive agent noun ("a rice trader in …", "a coastal ecologist at …")', () => {
    const text = 'Prapas Wongchai, a rice trader in Chai Nat, and Lina Hartono, a coastal ecologist at a local university, spoke.';
    expect(names(persons(text))).toEqual(['Prapas Wongchai', 'Lina Hartono']);
  });
});
