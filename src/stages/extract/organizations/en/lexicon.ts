/**
 * Word-class predicates over tokens, built from the data tables. Shared by the English
 * organization parsers (and by the person parsers, to keep organization words out of names).
 */
import { TITLES } from '../../persons/en/data.js';
import {
  COMPANY_HEADS,
  COUNTRIES,
  DEMONYMS,
  MEDIA_HEADS,
  MONTHS,
  ORG_ROLE_NOUNS,
  PLACES,
  SENTENCE_START_STOP_WORDS,
  STOP_WORDS,
  STRONG_HEADS,
  WEAK_HEADS,
  WEEKDAYS,
} from './data.js';
import { isAcronym, isCapitalized, isMixedAcronym, type Token } from './tokens.js';

/** Title head words (single words of multi-word titles count too: "Minister", "Secretary"). */
export const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.replace(/\.$/, '').split(/\s+/)).filter((w) => /^\p{Lu}/u.test(w)));
/**
 * Words that are titles on their own (single-word titles, and the rank abbreviations that open
 * multi-word ranks): never part of a personal name. "Tan" of "Tan Sri" is a common surname, so
 * only single-word titles count.
 */
export const STANDALONE_TITLE_WORDS = new Set([
  ...TITLES.filter((t) => !/\s/.test(t)).map((t) => t.replace(/\.$/, '')).filter((w) => /^\p{Lu}/u.test(w)),
  'Pol', 'Lt', 'Maj', 'Brig', 'Datuk', 'Dato', 'Seri',
]);

/** Title words that are not also ordinary words inside organization names. */
export const PERSON_TITLE_WORDS = new Set(
  [...TITLE_WORDS].filter((w) => !['General', 'Chief', 'Head', 'State', 'Deputy', 'Vice', 'Senior', 'Executive', 'Special', 'Police', 'Team', 'Party', 'Floor', 'Opposition', 'National', 'Security', 'Research', 'Press', 'Crown', 'Air', 'Field', 'Rear', 'Pol', 'Interim', 'Acting', 'Chief', 'Assistant', 'Associate', 'Permanent', 'Under', 'Presidential', 'Lieutenant', 'Brigadier', 'Major', 'Deputy', 'Staff', 'Prime', 'Leader', 'Manager', 'Officer', 'Official', 'Justice', 'Chair', 'Fellow', 'Father'].includes(w)),
);

export const isHeadWord = (w: string): boolean => STRONG_HEADS.has(w) || WEAK_HEADS.has(w);
export const isOrgHeadWord = (w: string): boolean => isHeadWord(w) || COMPANY_HEADS.has(w) || MEDIA_HEADS.has(w);

/** A capitalized word or acronym that can be part of an organization name. */
export function isOrgWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (!(isCapitalized(t) || isAcronym(t) || isMixedAcronym(t))) return false;
  if (STOP_WORDS.has(t.text) && (t.sentStart || !SENTENCE_START_STOP_WORDS.has(t.text))) return false;
  if (MONTHS.has(t.text) && !(t.text === 'May' && !t.sentStart)) return false;
  if (WEEKDAYS.has(t.text)) return false;
  // "Seoul-based", "Jakarta-headquartered": a description, not part of the name.
  if (DESCRIPTIVE_COMPOUND.test(t.text)) return false;
  return true;
}

const DESCRIPTIVE_COMPOUND = /-(?:based|headquartered|listed|owned|run|backed|led|funded|registered|born|made|bound|wide|area|level|style|affiliated|linked|sponsored|controlled|focused|oriented|centered|centred|specific)$/u;

export const isCountry = (name: string): boolean => COUNTRIES.has(name);
export const isPlace = (name: string): boolean => COUNTRIES.has(name) || PLACES.has(name);
export const isDemonym = (name: string): boolean => DEMONYMS.has(name);

/** A job held at an organization: "economist", "analyst", and any "-ist" ("virologist"). */
export const isOrgRole = (w: string): boolean => ORG_ROLE_NOUNS.has(w) || (w.length >= 6 && /^\p{Ll}+(?:ist)$/u.test(w));
