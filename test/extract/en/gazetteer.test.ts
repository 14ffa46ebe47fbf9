import { describe, expect, it } from 'vitest';
import {
  GAZETTEER,
  GAZETTEER_BY_ACRONYM,
  GAZETTEER_BY_KOREAN,
  GAZETTEER_BY_THAI,
  lookupOrganization,
} from '../../../src/stages/extract/organizations/common/gazetteer.js';
import { names, orgs } from './helpers.js';

describe('shared gazetteer', () => {
  it('ties acronyms, long forms, Korean and Thai names to one entry', () => {
    expect(lookupOrganization('OECD')?.id).toBe('oecd');
    expect(lookupOrganization('Organisation for Economic Co-operation and Development')?.id).toBe('oecd');
    expect(lookupOrganization('organization for economic cooperation and development')?.id).toBe('oecd');
    expect(lookupOrganization('유엔')?.id).toBe('un');
    expect(lookupOrganization('아세안')?.id).toBe('asean');
    expect(lookupOrganization('อาเซียน')?.id).toBe('asean');
    expect(GAZETTEER_BY_KOREAN.get('세계보건기구')?.acronyms).toContain('WHO');
    expect(GAZETTEER_BY_THAI.get('ธนาคารโลก')?.name).toBe('World Bank');
    expect(GAZETTEER_BY_ACRONYM.get('Yonhap')?.kind).toBe('news-agency');
  });

  it('has unique ids and unique acronyms', () => {
    const ids = GAZETTEER.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const acronyms = GAZETTEER.flatMap((e) => e.acronyms);
    expect(new Set(acronyms).size).toBe(acronyms.length);
  });
});

describe('gazetteer parser', () => {
  it('finds long forms and acronyms of international bodies and merges them', () => {
    const text = 'The World Health Organization (WHO) and the IMF met in Geneva. WHO officials briefed the International Monetary Fund.';
    const found = orgs(text);
    // The name is the first full form as written, even when the acronym came first.
    expect(names(found)).toEqual(['World Health Organization', 'International Monetary Fund']);
    expect(found[0]!.aliases).toEqual(['WHO']);
    expect(found[0]!.mentions).toHaveLength(3);
    expect(found[1]!.aliases).toEqual(['IMF']);
  });

  it('prefers the longest gazetteer form', () => {
    const found = orgs('Funding came from the United Nations Development Programme, a UN agency.');
    expect(names(found)).toEqual(['United Nations Development Programme', 'UN']);
  });

  it('reads news agencies in datelines and acronyms inside hyphenated compounds', () => {
    const text = 'BUSAN, May 2 (Yonhap) -- The Korea-ASEAN meeting opened. ASEAN leaders attended.';
    const found = orgs(text);
    expect(names(found)).toEqual(['Yonhap', 'ASEAN']);
    expect(found[1]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['ASEAN', 'ASEAN']);
  });
});
