/**
 * Weights of the plain-text line classifier. Each non-empty line gets a score (positive: looks like body,
 * negative: looks like chrome); the body is the contiguous run of lines with the largest total
 * (maximum-subarray), so a short line inside the article survives while the menus above and the lists
 * below fall away.
 */
export const LINE_SCORES = {
  /** Lines this long (Latin-equivalent chars) are paragraphs… */
  paragraphLength: 80,
  /** …worth one point per this many chars… */
  charsPerPoint: 20,
  /** …up to this many points. */
  maxParagraphScore: 40,
  /** Lines shorter than this are labels, buttons or list items. */
  shortLength: 30,
  shortScore: -3,
  /** A medium line ending a sentence leans body; without one, chrome. */
  mediumSentence: 1,
  mediumOther: -1.5,
  /** Thai has no sentence punctuation: a medium Thai line leans slightly to body. */
  mediumThai: 0.5,
  /** A press-release item (□ ㅇ ※ 1.) of at least this length counts as body. */
  markerMinLength: 12,
  marker: 1.5,
  /** A run of this many consecutive short lines with no blank line between them is a list or menu. */
  listRunLength: 3,
  listRunScore: -5,
  /** A run where at least this share of lines end a sentence is prose without blank lines, not a list. */
  listMaxSentenceShare: 0.5,
  /** Prose is "blank-separated" when this share of its long lines stands between blank lines. */
  blankSeparatedShare: 0.6,
  /** A Thai run is a menu only when its lines average under this length (headline lists are longer). */
  thaiListMaxAverage: 40,
  /** A list heading with at most this many items, followed by article paragraphs, is a teaser box inside the body. */
  inlineListMaxItems: 3,
  /** A summary-box heading ("자동요약", "Key Points") owns at most this many tight lines under it. */
  summaryMaxLines: 6,
  /** A tight box of a short label over at most this many items between blank-separated paragraphs is a teaser box. */
  inlineBoxMaxItems: 5,
  /** …and its lines cost this much: the body runs on across it. */
  interruption: -1,
  /** At most this many read-more / ad-slot lines in a row between two paragraphs are an interruption. */
  inlineSlotMaxLines: 3,
  /** A print page break (jump line, next page's header and folio, "Continued from …") spans at most this many lines. */
  pageBreakMaxLines: 12,
  /** A pull quote shares at least this share of its distinct words with the body line it quotes. */
  pullQuoteOverlap: 0.8,
  /** Page furniture recognised by pattern or lexicon. */
  furniture: {
    ui: -12,
    'list-heading': -40,
    copyright: -20,
    end: -10,
    byline: -4,
    caption: -3,
    source: -8,
    meta: -6,
    contact: -8,
    attachment: -10,
    related: -10,
    promo: -8,
    embed: -6,
    deck: -4,
    feedback: -10,
    disclaimer: -8,
  } as Readonly<Record<string, number>>,
  /** The same text twice (a caption under the photo and again in the alt line). Inside the body this is
   * an interruption, not an end: the second of two adjacent copies costs nothing. */
  duplicate: -3,
  /** A line carrying a date among little else. */
  dateLine: -6,
};

/**
 * Text hard-wrapped at a fixed width (PDF-to-text or e-mail exports): paragraphs broken into lines of about the
 * same length are rejoined before the lines are scored.
 */
export const WRAP = {
  /** The wrap width is the line length at this quantile (a wide table row or unwrapped deck may stick out)… */
  widthQuantile: 0.9,
  /** …and only a width between these counts: narrower is a list of short items, wider is scraped HTML, which keeps
   * a paragraph on one long line… */
  minWidth: 50,
  maxWidth: 120,
  /** …and no more than this share of the lines runs past it by overlongFactor: a scraped page whose paragraphs sit on
   * long lines among many short chrome lines is not wrapped, however its short lines measure… */
  maxOverlongShare: 0.05,
  overlongFactor: 1.3,
  /** …and at least this many line breaks read as wraps. */
  minJoins: 3,
  /** A wrapped line fills at least this share of the width… */
  minFill: 0.7,
  /** …and the next line's first word would have pushed it past this share of the width. */
  fitShare: 0.95,
  /** A line this full followed by a line opening in lower case is wrapped too (proportional fonts wrap early). */
  lowercaseMinFill: 0.5,
};

export const TITLE_LIMITS = {
  /** A headline is at least this long… */
  minLength: 10,
  /** …and at most this long (Latin-equivalent chars). */
  maxLength: 320,
  /** Searched this many lines above the body (share bars and captions can sit between). */
  lookBack: 30,
  /** The label of a "label : value" field row is at most this long (Latin-equivalent chars). */
  fieldLabelMaxLength: 20,
};

/** Evidence that a line above the body is the headline. */
export const TITLE_SCORES = {
  /** Lines after a candidate examined for what follows it. */
  followWindow: 3,
  /** Headlines are followed by the dateline, byline or a metadata row… */
  followedByMeta: 4,
  /** …or at least by share buttons, captions. */
  followedByChrome: 2,
  goodMinLength: 25,
  goodMaxLength: 220,
  goodLength: 1,
  /** Headlines rarely end with a full stop. */
  noSentenceEnd: 1,
  /** Inside a run of short lines (a menu) and followed by nothing telling. */
  inList: -3,
  /** The second of two stacked headline-sized lines is a subheadline (deck). */
  deck: -2,
  /** A headline may carry a deck of up to this many stacked lines (headline included). */
  deckMaxStack: 3,
  /** …and is at least this share as long as each deck line under it (a deck line may run a little longer). */
  deckTopMinShare: 0.9,
  /** The line under a "제목" / "Title" field-label line of a scraped board table is the headline… */
  labelled: 6,
  /** The line also stands inside a longer line higher up (a print header's page title, an e-mail subject with
   * a "Fwd:" / "ขอความอนุเคราะห์เผยแพร่ข่าว:" prefix, a breadcrumb's last crumb): the page named it as its title.
   * Outweighs a label line over the dateline ("ข่าวประชาสัมพันธ์ <agency>" / "ฉบับที่ … วันที่ …"). */
  echoedAbove: 5,
  /** Nearer the body is better, slightly. */
  perLineAway: 0.05,
  /** Below this nothing qualifies. */
  min: 0,
};

/** Below this much body there is no article (a home page, a list). */
export const MIN_BODY_LENGTH = 120;

/** A text browser's dump (see DUMP in patterns.ts) ends on a "References" list of at least this many numbered URLs. */
export const DUMP_MIN_REFERENCES = 3;
