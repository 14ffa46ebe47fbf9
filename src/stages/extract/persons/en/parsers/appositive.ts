/**
 * Parsers: names identified by what surrounds them.
 *   appositive role   "Onfa Vejjajiva, deputy secretary-general of …", "Kim, a professor at …"
 *   age               "Park Ji-min, 34," / "Somchai Jaidee (45)"
 *   Korean shape      "Kang Kyung-wha": a romanized surname + hyphenated given name, anywhere
 */
import { isDemonym, isPlace, TITLE_WORDS } from '../../../organizations/en/lexicon.js';
import type { Token } from '../../../organizations/en/tokens.js';
import { HONORIFICS, ROLE_NOUNS } from '../data.js';
import { isKoreanNameAt, readName } from '../names.js';
import type { PersonCandidate, PersonContext } from '../types.js';
import { matchTitle } from './titles.js';

const ARTICLES = new Set(['a', 'an', 'the']);
const DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'whose']);
/** Words after which a name can start a noun phrase. */
const NAME_OPENERS = new Set(['and', 'by', 'with', 'to', 'from', 'said', 'says', 'including', 'like', 'as', 'for', 'of', 'at', 'when', 'while', 'after', 'before', 'that', 'where', 'whom', 'between', 'among', 'met', 'told', 'thanked', 'invited', 'welcomed', 'introduced', 'appointed', 'named']);

function opensPhrase(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before || before.para !== tokens[first]!.para) return true;
  if (tokens[first]!.sentStart) return true;
  if (before.kind === 'punct') return true;
  // After a title or honorific ("Datuk Seri Ahmad …, the trade minister").
  if (TITLE_WORDS.has(before.text)) return true;
  return NAME_OPENERS.has(before.text);
}

/** Words that may qualify a role noun in an appositive ("senior", "longtime", "Bangkok-based"). */
const ROLE_QUALIFIERS = new Set([
  'senior', 'junior', 'chief', 'deputy', 'vice', 'assistant', 'associate', 'acting', 'former', 'executive', 'general',
  'managing', 'principal', 'lead', 'head', 'longtime', 'veteran', 'young', 'local', 'regional', 'national', 'foreign',
  'trade', 'finance', 'planning', 'research', 'policy', 'marine', 'engineering', 'economics', 'political', 'program',
  'programme', 'project', 'team', 'division', 'department', 'bureau', 'ministry', 'government', 'company', 'office',
  'first', 'second', 'third', 'permanent', 'special', 'public', 'international', 'independent', 'visiting', 'retired',
  'honorary', 'founding', 'incumbent', 'outgoing', 'incoming', 'interim', 'elected', 'appointed', 'newly',
]);

/**
 * Does a role noun phrase start at i ("deputy secretary-general", "a professor", "its managing
 * director", "Vice Minister of …")? Returns the index of the role noun, or -1. Verbs and other
 * words end the search: "…, also included officials" is not an appositive.
 */
function roleAt(tokens: readonly Token[], i: number): number {
  let k = i;
  const article = !!tokens[k] && ARTICLES.has(tokens[k]!.text);
  if (tokens[k] && (ARTICLES.has(tokens[k]!.text) || DETERMINERS.has(tokens[k]!.text))) k += 1;
  for (let n = 0; n < 4 && k < tokens.length; n++, k++) {
    const t = tokens[k]!;
    if (t.kind === 'poss') continue;
    if (t.kind !== 'word') return -1;
    const lower = t.text.toLowerCase();
    if (/^\p{Ll}/u.test(t.text) && ROLE_NOUNS.has(lower)) return k;
    // "a coastal ecologist at …", "a rice trader in …": an agent noun ending the phrase after an article.
    if (article && AGENT_NOUN.test(t.text) && !NOT_AGENT_NOUNS.has(lower) && endsRolePhrase(tokens[k + 1])) return k;
    // "Bounkham Phommachanh, Vice Minister of …": a capitalized title.
    if (/^\p{Lu}/u.test(t.text)) {
      const title = matchTitle(tokens, k);
      if (title && !HONORIFICS.has(title.form.title)) return title.next - 1;
      // "the Thai trade minister", "Korea's chief negotiator": a country or demonym inside the phrase.
      if (!isPlace(t.text) && !isDemonym(t.text)) return -1;
      continue;
    }
    // "the association's honorary president": a possessor before the role.
    if (tokens[k + 1]?.kind === 'poss') continue;
    if (ROLE_QUALIFIERS.has(lower) || /-based$/.test(lower)) continue;
    if (NOT_QUALIFIERS.has(lower) || /(?:ed|ing|ly)$/.test(lower)) return -1;
  }
  return -1;
}

/** Agent nouns by their ending: ecologist, trader, planner, historian, investigator. */
const AGENT_NOUN = /^\p{Ll}{2,}(?:ist|ian|er|or|eer)$/u;
/** Words with those endings that are not people. */
const NOT_AGENT_NOUNS = new Set([
  'other', 'another', 'number', 'member', 'order', 'border', 'water', 'power', 'paper', 'letter', 'matter', 'quarter',
  'center', 'centre', 'chapter', 'cluster', 'corner', 'factor', 'sector', 'motor', 'vendor', 'error', 'floor', 'door',
  'minor', 'major', 'color', 'colour', 'interior', 'mirror', 'tractor', 'reactor', 'monitor', 'indicator', 'corridor',
  'list', 'artist', 'twist', 'wrist', 'mist', 'fist', 'trillion', 'billion', 'million', 'region', 'version', 'option',
  'meter', 'metre', 'liter', 'litre', 'filter', 'router', 'computer', 'container', 'partner', 'counter', 'winter',
  'summer', 'finger', 'cancer', 'fiber', 'fibre', 'layer', 'polymer', 'weather', 'river', 'tower', 'master', 'poster',
  'platter', 'charter', 'shelter', 'theater', 'theatre', 'manner', 'banner', 'dinner', 'lower', 'upper', 'former',
  'latter', 'further', 'together', 'rather', 'either', 'neither', 'whether', 'however', 'under', 'after', 'over',
]);
const ROLE_PHRASE_END = new Set(['at', 'of', 'with', 'for', 'from', 'in', 'on', 'who', 'based', ',', '.', ')', ';']);
const endsRolePhrase = (t: Token | undefined): boolean => !t || ROLE_PHRASE_END.has(t.text);

/** Function words and verbs that end an appositive search. */
const NOT_QUALIFIERS = new Set([
  'also', 'is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'and', 'or', 'but', 'who',
  'which', 'that', 'said', 'says', 'told', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'not', 'then',
  'both', 'who', 'whose', 'when', 'where', 'after', 'before', 'while', 'did', 'does', 'do', 'met', 'led', 'made',
]);

export function parseAppositives(ctx: PersonContext): PersonCandidate[] {
  const { tokens } = ctx;
  const out: PersonCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!opensPhrase(tokens, i)) continue;
    const last = readName(tokens, i);
    if (last <= i) continue; // two or more name words
    const after = tokens[last + 1];
    if (!after || after.para !== tokens[i]!.para) continue;
    let role = -1;
    let titles: string[] = [];
    if (after.text === ',') {
      role = roleAt(tokens, last + 2);
      // "Park Ji-min, 34,"
      if (role < 0 && /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ',') role = last + 2;
      else if (role >= 0) {
        let end = role;
        while (tokens[end + 1] && tokens[end + 1]!.kind === 'word' && ROLE_NOUNS.has(tokens[end + 1]!.text.toLowerCase()) && tokens[end + 1]!.para === after.para) end += 1;
        let from = last + 2;
        while (from < end && (ARTICLES.has(tokens[from]!.text) || DETERMINERS.has(tokens[from]!.text))) from += 1;
        titles = [ctx.text.slice(tokens[from]!.start, tokens[end]!.end)];
      }
    } else if (after.text === '(' && /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ')') {
      role = last + 2;
    }
    if (role < 0) continue;
    out.push({ start: tokens[i]!.start, end: tokens[last]!.end, first: i, last, titles, strength: 'strong', parser: 'appositive' });
  }
  return out;
}

export function parseKoreanNames(ctx: PersonContext): PersonCandidate[] {
  const { tokens } = ctx;
  const out: PersonCandidate[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!isKoreanNameAt(tokens, i)) continue;
    if (tokens[i + 1]!.start - tokens[i]!.end !== 1) continue;
    out.push({ start: tokens[i]!.start, end: tokens[i + 1]!.end, first: i, last: i + 1, titles: [], strength: 'strong', parser: 'korean-name' });
  }
  return out;
}
