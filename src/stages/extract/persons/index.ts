/**
 * Person extraction: each locale's parsers scan the paragraphs of their language; the shared
 * refiner merges what they found into one entity per person, ordered by first mention.
 */
import type { PersonEntity, Span } from '../../../schema/record.js';
import type { ExtractPersons } from '../../types.js';
import { spansByLocale, type EntityLocale } from '../common/locales.js';
import { mergeEntities } from '../common/mergeEntities.js';
import { findPersons as findEnglish } from './en/index.js';
import { findPersons as findKorean } from './ko/index.js';
import { findPersons as findThai } from './th/index.js';

const LOCALE_FINDERS: Record<EntityLocale, (text: string, spans: Span[]) => PersonEntity[]> = {
  en: findEnglish,
  ko: findKorean,
  th: findThai,
};

export const extractPersons: ExtractPersons = (text, { lang, segments }) => {
  const found: PersonEntity[] = [];
  for (const [locale, spans] of spansByLocale(text, lang, segments)) found.push(...LOCALE_FINDERS[locale](text, spans));
  return mergeEntities(found);
};
