import { describe, expect, it } from 'vitest';
import { acronymMatches } from '../../../src/stages/extract/organizations/en/refiners/acronyms.js';
import { expectConsistentMentions, names, orgs } from './helpers.js';

describe('heads parser: "Ministry of …", "… Agency", "Office of the …"', () => {
  it('takes "of the … and …" complements whole', () => {
    const text = 'Officials of the Ministry of the Environment and Water said so.';
    expect(names(orgs(text))).toEqual(['Ministry of the Environment and Water']);
  });

  it('takes comma lists closed by "&" or "and"', () => {
    expect(names(orgs('The Ministry of Ports, Shipping & Logistics will help.'))).toEqual(['Ministry of Ports, Shipping & Logistics']);
    expect(names(orgs('The Ministry of Arts, Heritage and Leisure presented a plan.'))).toEqual(['Ministry of Arts, Heritage and Leisure']);
  });

  it('cuts an open comma list at the first comma', () => {
    expect(names(orgs('They met the Ministry of Finance, Kumar and others.'))).toEqual(['Ministry of Finance']);
  });

  it('stops before a second organization joined by "and"', () => {
    const found = orgs('The Ministry of Health and Daegu Metropolitan Government signed a pact.');
    expect(names(found)).toEqual(['Ministry of Health', 'Daegu Metropolitan Government']);
  });

  it('finds modifier + head names', () => {
    const text = 'The Rural Water Supply Agency and the Northern Coast Research Institute work with the Harbor Safety Commission.';
    expect(names(orgs(text))).toEqual(['Rural Water Supply Agency', 'Northern Coast Research Institute', 'Harbor Safety Commission']);
  });

  it('takes modifiers + head + complement ("Korea Institute of …")', () => {
    expect(names(orgs('A study by the Korea Institute of Marine Affairs was cited.'))).toEqual(['Korea Institute of Marine Affairs']);
  });

  it('merges a later short name of a non-governmental body, never two countries\' ministries', () => {
    const a = orgs('The Electric Car Association of Laos (ECAL) met. The Electric Car Association later agreed.');
    expect(a.map((o) => [o.name, o.aliases, o.mentions.length])).toEqual([['Electric Car Association of Laos', ['ECAL', 'Electric Car Association'], 3]]);
    const b = orgs('The Ministry of Foreign Affairs of Japan and the Ministry of Foreign Affairs met.');
    expect(b.map((o) => [o.name, o.aliases])).toEqual([
      ['Ministry of Foreign Affairs of Japan', []],
      ['Ministry of Foreign Affairs', []],
    ]);
  });

  it('keeps a country complement and offers the name without it as a variant', () => {
    const found = orgs('The Solar Panel Association of Vietnam (SPAV) welcomed the rule.');
    expect(found[0]!.name).toBe('Solar Panel Association of Vietnam');
    expect([...found[0]!.aliases].sort()).toEqual(['SPAV', 'Solar Panel Association']);
  });

  it('strips possessive countries and leading function words', () => {
    const text = "Laos's Rural Roads Institute and Thailand’s Office of the Water Resources Board took part.";
    expect(names(orgs(text))).toEqual(['Rural Roads Institute', 'Office of the Water Resources Board']);
  });

  it('rejects generic phrases with weak heads, events, countries and descriptions', () => {
    const text =
      'Public Administration reform and Digital Government were the topics of the Regional Public Service Innovation Forum. ' +
      'The Korean Government and the Soviet Union were mentioned during the Year of People-to-People Exchange.';
    expect(orgs(text)).toEqual([]);
  });

  it('accepts weak heads with a specific modifier', () => {
    const text = 'The Incheon Metropolitan Government and the National Customs Service responded.';
    expect(names(orgs(text))).toEqual(['Incheon Metropolitan Government', 'National Customs Service']);
  });

  it('finds "the Cabinet", "House of …" and courts', () => {
    const text = 'The Cabinet approved it; the House of Representatives and the Constitutional Court will review it.';
    expect(names(orgs(text))).toEqual(['Cabinet', 'House of Representatives', 'Constitutional Court']);
  });

  it('does not treat a person after a title construction as part of the organization', () => {
    const text = 'He met Deputy Minister of the Office of the State Council Aung Naing.';
    expect(names(orgs(text))).toEqual(['Office of the State Council']);
  });

  it('keeps "Can" / "May" inside names when not at a sentence start', () => {
    expect(names(orgs('Students from Can Tho University joined.'))).toEqual(['Can Tho University']);
  });
});

describe('acronyms', () => {
  it('ties a bracketed acronym to its long form, and later bare uses to the same entity', () => {
    const text = 'The Ministry of Personnel Affairs (MPA) hosted it.\n\nLater, MPA officials and the MPA chief spoke.';
    const found = orgs(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.name).toBe('Ministry of Personnel Affairs');
    expect(found[0]!.aliases).toEqual(['MPA']);
    expect(found[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Ministry of Personnel Affairs', 'MPA', 'MPA', 'MPA']);
  });

  it('matches an acronym used before its definition and one never defined, by initials', () => {
    const text = 'MOIS said it would act. The Ministry of the Interior and Safety sent a team; MOLIT and the Ministry of Land, Infrastructure and Transport followed.';
    const found = orgs(text);
    expect(names(found)).toEqual(['Ministry of the Interior and Safety', 'Ministry of Land, Infrastructure and Transport']);
    expect(found[0]!.aliases).toEqual(['MOIS']);
    expect(found[1]!.aliases).toEqual(['MOLIT']);
  });

  it('accepts mixed-case and hyphenated bracketed short names', () => {
    const text = 'Korea Seafood Trade Corporation (sT) and Korea Water Works Corporation (K-works) signed. sT and K-works will report.';
    const found = orgs(text);
    expect(found.map((o) => [o.name, o.aliases, o.mentions.length])).toEqual([
      ['Korea Seafood Trade Corporation', ['sT'], 3],
      ['Korea Water Works Corporation', ['K-works'], 3],
    ]);
  });

  it('ignores unknown acronyms that are not organizations', () => {
    expect(orgs('GDP grew while the MOU on AI and ICT was signed by the CEO.')).toEqual([]);
  });

  it('drops a bracketed place or year', () => {
    const found = orgs('The Busan Port Authority (Busan) and the Tourism Board (2019) met.');
    expect(found.map((o) => o.aliases)).toEqual([[], []]);
  });

  it('matches initials the Schwartz–Hearst way', () => {
    expect(acronymMatches('MOIS', 'Ministry of the Interior and Safety')).toBe(true);
    expect(acronymMatches('KOICA', 'Korea International Cooperation Agency')).toBe(true);
    expect(acronymMatches('MSIT', 'Ministry of Science and ICT')).toBe(true);
    expect(acronymMatches('OPDC', 'Office of the Public Sector Development Commission')).toBe(true);
    expect(acronymMatches('MOFA', 'Ministry of Environment')).toBe(false);
    expect(acronymMatches('NASA', 'National Policy Agency')).toBe(false);
  });

  it('makes "ACR Secretariat" the body named by ACR', () => {
    const text = 'The Indus Basin Commission (IBC) and the IBC Secretariat met.';
    const found = orgs(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.aliases).toEqual(['IBC', 'IBC Secretariat']);
  });
});

describe('short forms', () => {
  it('makes "Foreign Ministry" and "the foreign ministry" aliases of the long form', () => {
    const text = 'The Ministry of Foreign Affairs said so. The Foreign Ministry added that the foreign ministry would act.';
    const found = orgs(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.aliases).toEqual(['Foreign Ministry', 'foreign ministry']);
  });

  it('keeps a capitalized short form alone, drops a lower-case one and "the ministry"', () => {
    const text = 'The Unification Ministry said the ministry and the health ministry agreed.';
    expect(names(orgs(text))).toEqual(['Unification Ministry']);
  });

  it('trims non-subject words before "… Ministry"', () => {
    expect(names(orgs('Heads Discuss Ways to Innovate Foreign Ministry'))).toEqual(['Foreign Ministry']);
  });
});

describe('media and companies', () => {
  it('finds newspapers and broadcasters, keeping "The …" as a variant', () => {
    const text = 'The Daejeon Herald and the Mekong Daily quoted Vientiane TV; Thai PBS and KBS aired it.';
    const found = orgs(text);
    expect(names(found)).toEqual(['Daejeon Herald', 'Mekong Daily', 'Vientiane TV', 'Thai PBS', 'KBS']);
    expect(found[0]!.aliases).toEqual(['The Daejeon Herald']);
  });

  it('finds companies by designators and keeps the name without them as an alias', () => {
    const text = 'Seoul-based Hanul Robotics Co., Ltd. and Jakarta-based Sinar Data Inc. signed with PT Bumi Sentosa Jaya.';
    const found = orgs(text);
    expect(names(found)).toEqual(['Hanul Robotics Co., Ltd.', 'Sinar Data Inc.', 'PT Bumi Sentosa Jaya']);
    expect(found[0]!.aliases).toEqual(['Hanul Robotics']);
  });

  it('finds companies by type words and cues, and their later short names', () => {
    const text = 'Daon Motors will build a plant, and chipmaker Miraero signed too.\n\nDaon said the plant opens in 2026.';
    const found = orgs(text);
    expect(names(found)).toEqual(['Daon Motors', 'Miraero']);
    expect(found[0]!.aliases).toEqual(['Daon']);
  });

  it('finds companies in appositives', () => {
    expect(names(orgs('Byeol, the country’s largest portal operator, said so.'))).toEqual(['Byeol']);
  });
});

describe('boundaries with people and venues', () => {
  it('ends an organization before a person title ("National Assembly Speaker …")', () => {
    const text = 'National Assembly Speaker Woo Sang-ho met Daon Electronics Chairman Baek Min and Bank of Busan Governor Ko Eun.';
    expect(names(orgs(text))).toEqual(['National Assembly', 'Daon Electronics', 'Bank of Busan']);
  });

  it('does not build organizations out of role modifiers ("Deputy Investment Minister")', () => {
    expect(orgs('Malaysian Deputy Investment Minister Siti Aminah spoke.')).toEqual([]);
  });

  it('keeps plural possessives inside names', () => {
    expect(names(orgs("The Supreme Prosecutors' Office and the Farmers' Federation responded."))).toEqual([
      "Supreme Prosecutors' Office",
      "Farmers' Federation",
    ]);
  });

  it('drops a country\'s plural possessive before a name', () => {
    expect(names(orgs('An official at Laos’ Ministry of Public Works and Transport and at the Philippines\' Department of Energy said so.'))).toEqual([
      'Ministry of Public Works and Transport',
      'Department of Energy',
    ]);
  });

  it('treats convention and exhibition centres as venues', () => {
    expect(names(orgs('It opened at the Mekong Convention Centre, hosted by the Mekong Research Centre.'))).toEqual(['Mekong Research Centre']);
  });

  it('reads "Chiefs of Staff" and national carriers', () => {
    const text = 'The Joint Chiefs of Staff (JCS) said Korean Air and Thai Airways cancelled flights.';
    expect(names(orgs(text))).toEqual(['Joint Chiefs of Staff', 'Korean Air', 'Thai Airways']);
  });

  it('reads one-word bank names', () => {
    expect(names(orgs('Loans from Sacombank and KBank rose, unlike at the riverbank.'))).toEqual(['Sacombank', 'KBank']);
  });

  it('drops a company guessed from an appositive when an honorific shows it is a person', () => {
    const text = 'Ratana Boonmee, a Chiang Mai-based tour operator, agreed. Ms. Ratana added more.';
    expect(orgs(text)).toEqual([]);
  });
});

describe('more forms', () => {
  it('reads national Red Cross societies and bracketed short names of any shape', () => {
    const text =
      'The Lao Red Cross and the Philippine Forum for Clean Air (Kalinisan) met the Digital Economy Promotion Agency (depa). depa later agreed.';
    const found = orgs(text);
    expect(found.map((o) => [o.name, o.aliases])).toEqual([
      ['Lao Red Cross', []],
      ['Philippine Forum for Clean Air', ['Kalinisan', 'Forum for Clean Air']],
      ['Digital Economy Promotion Agency', ['depa']],
    ]);
  });

  it('offers a ministry without its country adjective as a variant', () => {
    const [o] = orgs('The Lao Ministry of Public Works and Transport signed.');
    expect(o).toMatchObject({ name: 'Lao Ministry of Public Works and Transport', aliases: ['Ministry of Public Works and Transport'] });
  });

  it('does not take a weak-headed programme name ("… Network programme")', () => {
    expect(orgs('Funded by the Smart Town Network programme and the Mekong Water Partnership project.')).toEqual([]);
  });
});

describe('offsets', () => {
  it('every mention slices to the name or an alias', () => {
    const text =
      'SEOUL, Jan. 3 (Yonhap) -- The Ministry of Oceans and Fisheries (MOF) and Hanbada Shipping Co. met the OECD.\n\n' +
      'MOF said the Oceans Ministry and the World Bank agreed. Korea’s Maritime Safety Tribunal and The Korea Herald reported.';
    const found = orgs(text);
    expect(expectConsistentMentions(text, found)).toEqual([]);
    expect(names(found)).toEqual(['Yonhap', 'Ministry of Oceans and Fisheries', 'Hanbada Shipping Co.', 'OECD', 'World Bank', 'Maritime Safety Tribunal', 'Korea Herald']);
  });
});

describe('names without a type word', () => {
  it('reads a camel-case brand, with a chaebol-style group prefix', () => {
    expect(names(orgs('Exports were led by GS PowerGen and the research group AquaVerde last year.'))).toEqual(['GS PowerGen', 'AquaVerde']);
  });

  it('does not read camel-case product names or Mc/De surnames as organizations', () => {
    expect(orgs('He sent the PowerPoint file over KakaoTalk to McDonald and DeSantis.')).toEqual([]);
  });

  it('takes a capitalized run defined by a bracketed acronym that spells its initials', () => {
    const found = orgs('Funding came from Mekong Rivers Watch (MRW) and Malaysia Digital Economy Development (MDED).');
    expect(found.map((o) => [o.name, o.aliases])).toEqual([
      ['Mekong Rivers Watch', ['MRW']],
      ['Malaysia Digital Economy Development', ['MDED']],
    ]);
  });

  it('leaves concepts, programmes and documents with acronyms alone', () => {
    const text = 'The Carbon Border Adjustment Mechanism (CBAM) and the Power Development Plan (PDP) raised Gross Domestic Product (GDP).';
    expect(orgs(text)).toEqual([]);
  });

  it('reads a company named after "arm," / "its parent,"', () => {
    expect(names(orgs("The group's logistics arm, KLN, and its parent, Sirius Holdings, agreed."))).toEqual(['KLN', 'Sirius Holdings']);
  });

  it('reads an organization where someone works ("an economist at …")', () => {
    expect(names(orgs('"It is early," said Mara Lind, a climate economist at Oxfordia, a think tank.'))).toEqual(['Oxfordia']);
  });

  it('reads an owner of company things ("X\'s country director", "X\'s shareholders") but not a person\'s shares', () => {
    expect(names(orgs("Veltro's country director spoke, and Pemaco's shareholders agreed. Elon Musk's shares fell."))).toEqual(['Veltro', 'Pemaco']);
  });

  it('joins a one-word company name found by context to the full company name', () => {
    const found = orgs('Brightwave Solar Co. signed the deal. Brightwave\'s board approved it.');
    expect(found.map((o) => [o.name, o.aliases])).toEqual([['Brightwave Solar Co.', ['Brightwave Solar', 'Brightwave']]]);
  });
});

describe('type words of Southeast Asian organizations', () => {
  it('keeps the possessive of a collective noun inside the name ("People\'s Committee", "Women\'s Union")', () => {
    const text = "The Đồng Tháp People's Committee, the Vietnam Women's Union and the Fishermen's Association met. Korea's Ministry of Health did not.";
    expect(names(orgs(text))).toEqual(["Đồng Tháp People's Committee", "Vietnam Women's Union", "Fishermen's Association", 'Ministry of Health']);
  });

  it('reads Thai "Pcl" designators, "&" inside company names, hospitals and faculties', () => {
    const text = 'Siam Polymer Pcl, Daewon Shipbuilding & Marine Engineering, Chao Phraya Hospital and the Faculty of Pharmacy took part, but the Faculty did not.';
    expect(names(orgs(text))).toEqual(['Siam Polymer Pcl', 'Daewon Shipbuilding & Marine Engineering', 'Chao Phraya Hospital', 'Faculty of Pharmacy']);
  });

  it('reads a national utility and an "Oil and Gas" group', () => {
    expect(names(orgs('Lao Electricity and the Myanmar Oil and Gas Group signed.'))).toEqual(['Lao Electricity', 'Myanmar Oil and Gas Group']);
  });

  it('keeps a multi-word trailing country whole', () => {
    const [o] = orgs('A grant from the Ministry of Foreign Affairs of the Republic of Korea was approved.');
    expect(o).toMatchObject({ name: 'Ministry of Foreign Affairs of the Republic of Korea', aliases: ['Ministry of Foreign Affairs'] });
  });
});

describe('international bodies used as places', () => {
  it('drops the EU as a market, keeps it as an actor', () => {
    expect(orgs('Shrimp exports to Japan and the European Union rose, and buyers in the EU paid more.')).toEqual([]);
    expect(names(orgs('Sales to the EU doubled after the EU cut tariffs.'))).toEqual(['EU']);
  });
});
