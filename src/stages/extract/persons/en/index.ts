/**
 * English person extraction. Each parser recognises one surface pattern (title + name, speech
 * verb, appositive role, Korean or Vietnamese name shape); the coreference refiner merges full names with
 * their later surname and title+surname mentions. Tables live in data.ts.
 */
import type { PersonEntity, Span } from '../../../../schema/record.js';
import { findOrganizations } from '../../organizations/en/index.js';
import { tokenize } from '../../organizations/en/tokens.js';
import { parseAppositives, parseKoreanNames, parseRoleFirstAppositives } from './parsers/appositive.js';
import { parseSpeechVerbs } from './parsers/speech.js';
import { parseTitles } from './parsers/titles.js';
import { parseVietnameseNames } from './parsers/vietnamese.js';
import { resolvePersons } from './refiners/coref.js';
import type { PersonContext, PersonParser } from './types.js';

export const PERSON_PARSERS: readonly PersonParser[] = [parseTitles, parseSpeechVerbs, parseAppositives, parseRoleFirstAppositives, parseKoreanNames, parseVietnameseNames];

export function findPersons(text: string, spans: Span[]): PersonEntity[] {
  const tokens = tokenize(text, spans);
  const orgSpans = findOrganizations(text, spans)
    .flatMap((o) => o.mentions)
    .sort((a, b) => a.start - b.start);
  const ctx: PersonContext = { text, tokens, orgSpans };
  const candidates = PERSON_PARSERS.flatMap((parse) => parse(ctx));
  return resolvePersons(ctx, candidates);
}
