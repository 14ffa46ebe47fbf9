/** English tables: month names, weekdays, period words, words that make a number not a date. */

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
  july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

/** Abbreviations (with or without the dot): only valid next to a day or a year. */
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
export const WEEKDAY_ABBREVIATIONS: Record<string, number> = {
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};

/** Words before a bare month name that make it a date ("in June", "between April and June"). */
export const MONTH_CONTEXT_BEFORE = [
  'in', 'since', 'until', 'till', 'by', 'from', 'of', 'between', 'through', 'to', 'and', 'or',
  'during', 'before', 'after', 'early', 'mid', 'late', 'last', 'next', 'this', 'around', 'as of',
  'end of', 'beginning of', 'start of', 'middle of', 'late in', 'early in', 'for', 'each', 'every',
];

/**
 * Nouns that a bare month may modify after "the": "the June start date", "the November election",
 * "the March deadline". Only such a noun makes "the June …" a month rather than a person named June.
 */
export const MONTH_MODIFIED_NOUNS = [
  'start', 'launch', 'deadline', 'election', 'elections', 'polls', 'vote', 'referendum', 'meeting', 'summit', 'talks',
  'visit', 'session', 'edition', 'issue', 'data', 'figures', 'report', 'survey', 'reading', 'rollout', 'opening',
  'target', 'date', 'auction', 'review', 'decision', 'ruling', 'rally', 'round', 'sitting', 'budget', 'holiday',
];

/** Period qualifiers before a year or month: dropped from the value. */
export const PERIOD_BEFORE: Record<string, 'year' | 'half' | 'quarter'> = {
  early: 'year', mid: 'year', late: 'year', end: 'year', start: 'year', 'the end of': 'year', 'end of': 'year',
  'the beginning of': 'year', 'beginning of': 'year', 'the start of': 'year', 'start of': 'year',
  'the middle of': 'year', 'middle of': 'year', 'the first half of': 'half', 'first half of': 'half',
  'the second half of': 'half', 'second half of': 'half', 'the latter half of': 'half',
  'the first quarter of': 'quarter', 'the second quarter of': 'quarter', 'the third quarter of': 'quarter',
  'the fourth quarter of': 'quarter', 'the last quarter of': 'quarter', 'first quarter of': 'quarter',
  'second quarter of': 'quarter', 'third quarter of': 'quarter', 'fourth quarter of': 'quarter',
};

/** "last June" / "next March" / "this May": direction from the anchor. */
export const RELATIVE_MODIFIERS: Record<string, 'past' | 'future' | 'nearest'> = {
  last: 'past', past: 'past', next: 'future', coming: 'future', this: 'nearest',
};

/** "June last year": year offset from the anchor. */
export const RELATIVE_YEARS: Record<string, number> = {
  'last year': -1, 'this year': 0, 'next year': 1, 'the previous year': -1, 'the following year': 1,
};

/** A weekday preceded by these is a named day, not a date. */
export const NAMED_DAY_PREFIXES = ['Good', 'Black', 'Cyber', 'Easter', 'Palm', 'Ash', 'Holy', 'Super', 'Bloody', 'Giving', 'Maundy', 'Shrove'];

/** Words after an ordinal that make "the 23rd" an ordinal of something else ("the 2nd session"). */
export const ORDINAL_NOUNS_AFTER = new Set([
  'floor', 'day', 'days', 'anniversary', 'century', 'time', 'times', 'round', 'place', 'edition', 'session',
  'meeting', 'annual', 'year', 'years', 'week', 'month', 'term', 'plenary', 'general', 'national', 'international',
  'largest', 'biggest', 'highest', 'lowest', 'most', 'consecutive', 'straight', 'amendment', 'congress', 'summit',
  'forum', 'conference', 'president', 'minister', 'member', 'korea', 'asean', 'party', 'assembly', 'phase', 'stage',
  'quarter', 'half', 'generation', 'batch', 'class', 'grade', 'level', 'step', 'item', 'article', 'clause',
]);

/** Words after a 4-digit number that make it a count or an amount, not a year. */
export const COUNT_WORDS_AFTER = new Set([
  'people', 'persons', 'person', 'participants', 'employees', 'workers', 'officials', 'students', 'members',
  'households', 'cases', 'units', 'won', 'dollars', 'baht', 'yen', 'euros', 'usd', 'krw', 'thb', 'km', 'kg',
  'tons', 'tonnes', 'meters', 'metres', 'm', 'mb', 'gb', 'kb', 'mw', 'kw', 'kwh', 'hours', 'minutes', 'seconds',
  'times', 'items', 'copies', 'votes', 'seats', 'companies', 'firms', 'schools', 'villages', 'sq', 'square',
  'pieces', 'points', 'percent', 'per', 'cc', 'ml', 'liters', 'litres', 'rai', 'hectares', 'acres', 'beds',
  'vehicles', 'cars', 'jobs', 'visitors', 'tourists', 'patients', 'deaths', 'infections', 'applications',
  'billion', 'million', 'trillion', 'thousand', 'bn', 'mn', 'yuan', 'rupiah', 'dong', 'ringgit', 'pesos', 'rupees',
  'pounds', 'francs', 'won-worth', 'shares', 'barrels', 'containers', 'teu', 'flights', 'passengers', 'delegates',
  'respondents', 'samples', 'sites', 'stores', 'branches', 'rooms', 'homes', 'houses', 'trees', 'words', 'pages',
  'residents', 'citizens', 'soldiers', 'troops', 'officers', 'police', 'nurses', 'doctors', 'teachers', 'children',
  'women', 'men', 'farmers', 'migrants', 'refugees', 'volunteers', 'staff', 'athletes', 'units', 'buses', 'ships',
  'hectare', 'rai', 'km2', 'sqm', 'mw', 'gw', 'kwh', 'gwh', 'tons', 'ton', 'kilometres', 'kilometers', 'miles',
]);

/** Words before a number that make it an identifier, amount or count ("No. 2019", "USD 2000"). */
export const IDENTIFIER_WORDS_BEFORE = new Set([
  'no', 'nos', 'number', 'article', 'section', 'sec', 'room', 'rule', 'law', 'act', 'order', 'decree', 'iso',
  'route', 'flight', 'page', 'pages', 'vol', 'volume', 'chapter', 'item', 'ref', 'code', 'box', 'tel', 'fax',
  'phone', 'usd', 'krw', 'thb', 'eur', 'us$', 'won', 'baht', 'exit', 'suite', 'unit', 'floor', 'building', 'block',
  'lot', 'apt', 'apartment', 'gate', 'platform', 'pier', 'booth', 'hall', 'seat', 'ward', 'bed', 'case', 'ticket', 'gate', 'bus', 'line', 'model', 'version', 'ver', 'v', 'hotline', 'call',
]);

/** Month token → month number (full names and abbreviations, lower case). */
export function monthOf(token: string): number | undefined {
  const t = token.toLowerCase().replace(/\.$/, '');
  return MONTHS[t] ?? MONTH_ABBREVIATIONS[t];
}

/** English month names are capitalized; a lower-case "may" or "march" is a verb. */
export const isCapitalized = (token: string): boolean => {
  const c = token.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/** Words in a sentence that put its dates in the future ("slated for November 26", "will open in March"). */
export const FUTURE_CUES = [
  'will', 'would', "'ll", 'shall', 'scheduled', 'slated', 'set to', 'plans to', 'plan to', 'planned', 'planning', 'upcoming',
  'expected to', 'is due', 'are due', 'due to', 'to be held', 'to take place', 'is to', 'are to', 'aims to', 'intends to',
  'going to', 'forthcoming', 'deadline',
];
/** Words that put a sentence's dates in the past (irregular verbs; regular ones end in -ed). */
export const PAST_CUES = [
  'was', 'were', 'had', 'did', 'ago', 'earlier', 'previously', 'rose', 'fell', 'grew', 'took', 'began', 'met', 'held',
  'said', 'made', 'won', 'lost', 'saw', 'came', 'went', 'became', 'gave', 'brought', 'spent', 'sold', 'paid', 'told',
  'left', 'led', 'built', 'hit', 'cut', 'set up', 'ran', 'kept', 'thought', 'sought', 'fought', 'wrote', 'spoke',
];
