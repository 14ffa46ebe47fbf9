/**
 * English organization extraction. Each parser recognises one surface pattern; the resolve
 * refiner merges overlapping candidates, ties acronyms and short forms to their long forms and
 * names each organization by its first full form. Tables live in data.ts and ../common/gazetteer.ts.
 */
import type { OrganizationEntity, Span } from '../../../../schema/record.js';
import {
  parseBankWords,
  parseCompanyAppositives,
  parseCompanyCues,
  parseCompanyDesignators,
  parseCompanyHeads,
  parseCompanyPrefixes,
  parseCompanyTitles,
} from './parsers/companies.js';
import { parseGazetteer } from './parsers/gazetteer.js';
import { parseHeads } from './parsers/heads.js';
import { parseBroadcasters, parseDatelineAgencies, parseMedia } from './parsers/media.js';
import { parseBareAcronyms, parseShortForms } from './parsers/shortForms.js';
import {
  parseActingBodies,
  parseAffiliateAppositives,
  parseBracketedAcronymNames,
  parseCamelCaseNames,
  parseLeaderBrackets,
  parseOrgPossessives,
  parseRoleAtCues,
  parseShareCues,
  parseSportBodies,
} from './parsers/untyped.js';
import { resolveOrganizations } from './refiners/resolve.js';
import { tokenize } from './tokens.js';
import { handoff } from '../../common/handoff.js';
import type { OrgContext, OrgParser } from './types.js';

/** The parsers, one per surface pattern. Order does not matter: the refiner resolves overlaps. */
export const ORGANIZATION_PARSERS: readonly OrgParser[] = [
  parseGazetteer,
  parseHeads,
  parseMedia,
  parseBroadcasters,
  parseDatelineAgencies,
  parseCompanyPrefixes,
  parseBankWords,
  parseCompanyDesignators,
  parseCompanyHeads,
  parseCompanyCues,
  parseCompanyAppositives,
  parseCompanyTitles,
  parseShortForms,
  parseBareAcronyms,
  parseCamelCaseNames,
  parseBracketedAcronymNames,
  parseLeaderBrackets,
  parseAffiliateAppositives,
  parseRoleAtCues,
  parseOrgPossessives,
  parseSportBodies,
  parseShareCues,
  parseActingBodies,
];

/** The document's organizations; the person rules ask first, and the stage then takes their result (see handoff). */
export const findOrganizations = handoff((text, spans): OrganizationEntity[] => organizationsInTokens({ text, tokens: tokenize(text, spans) }));

function organizationsInTokens(ctx: OrgContext): OrganizationEntity[] {
  const candidates = ORGANIZATION_PARSERS.flatMap((parse) => parse(ctx));
  return resolveOrganizations(ctx, candidates);
}
