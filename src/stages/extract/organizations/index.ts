/**
 * Organization extraction: each locale's parsers scan the paragraphs of their language; the
 * shared refiner merges long forms, acronyms and short forms into one entity per organization.
 */
import type { OrganizationEntity, Span } from '../../../schema/record.js';
import type { ExtractOrganizations } from '../../types.js';
import { spansByLocale, type EntityLocale } from '../common/locales.js';
import { mergeEntities } from '../common/mergeEntities.js';
import { findOrganizations as findEnglish } from './en/index.js';
import { findOrganizations as findKorean } from './ko/index.js';
import { findOrganizations as findThai } from './th/index.js';

const LOCALE_FINDERS: Record<EntityLocale, (text: string, spans: Span[]) => OrganizationEntity[]> = {
  en: findEnglish,
  ko: findKorean,
  th: findThai,
};

export const extractOrganizations: ExtractOrganizations = (text, { lang, segments }) => {
  const found: OrganizationEntity[] = [];
  for (const [locale, spans] of spansByLocale(text, lang, segments)) found.push(...LOCALE_FINDERS[locale](text, spans));
  return mergeEntities(found);
};
