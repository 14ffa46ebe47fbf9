/**
 * Scoring weights and thresholds of the HTML body finder, apart from the logic (cf. Mozilla Readability).
 */
export const WEIGHTS = {
  /** Class/id token with a content part (article, view_cont…). */
  positiveClass: 25,
  /** Extra for an unambiguous marker (article, entry-content, articleBody). */
  strongPositiveClass: 10,
  /** Class/id token with a chrome part (nav, related, comment…). */
  negativeClass: -25,
  /** Tag priors for candidates (Readability's initializeNode). */
  tag: {
    article: 10, main: 8, div: 5, section: 3, td: 3, pre: 3, blockquote: 3, body: -5, form: -3, ol: -3, ul: -3, dl: -3, li: -3,
    dd: -3, dt: -3, address: -3, table: 0, th: -5, h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, header: -15, footer: -25,
  } as Readonly<Record<string, number>>,
  /** Share of a block's score passed to each ancestor level: 1, 1/2, then 1/(3·level). */
  ancestorLevels: 4,
  /** A block is headline-like when at least this share of its text sat in an (unlinked) title-classed inline element. */
  inlineTitleShare: 0.8,
};

export const THRESHOLDS = {
  /** Blocks shorter than this (Latin-equivalent chars) do not vote for a container. */
  minBlockLength: 25,
  /** A block's bonus from length: +1 per this many chars, capped. */
  lengthPerPoint: 100,
  lengthPointsCap: 3,
  /** Alternative candidates this close to the best one pull the choice up to their common ancestor. */
  alternativeRatio: 0.75,
  alternativeMinCount: 3,
  /** …but not to one holding two stories: an h1 with at least this many paragraphs under it each (see storyCount). */
  storyMinParagraphs: 3,
  /** A story's headline has its publication line within this many blocks under it (reporter, 입력, 수정 lines). */
  storyDatelineWindow: 4,
  /** A table cell holding at least this many paragraphs is a container of its own (e-mail templates and layout
   * tables stack the masthead, the article, a contact box and the footer as rows of one table). */
  cellContainerMinParagraphs: 4,
  /** Siblings of the chosen container join it when their score reaches this share of its score… */
  siblingRatio: 0.2,
  siblingMinScore: 10,
  /** …or when they are a low-link paragraph of this length. */
  siblingParagraphLength: 80,
  siblingParagraphMaxLinkDensity: 0.25,
  /** …and is not mostly a written-out web address (see addressShare). */
  siblingMaxAddressShare: 0.5,
  /** …and never when more than this share of their text lies in chrome nested inside them. */
  siblingMaxChromeShare: 0.5,
  /** Inside the container, a sub-block this link-dense is a list of links (related articles, tags). */
  maxInnerLinkDensity: 0.45,
  /** …unless it holds more than this share of the container's text. */
  innerDropMaxShare: 0.6,
  /** Text blocks this link-dense are dropped one by one. */
  maxBlockLinkDensity: 0.6,
  /** Below this much body (Latin-equivalent chars) there is no article: home pages, lists, frames. */
  minBodyLength: 120,
  /** A page whose chosen container is this link-dense is a list page. */
  maxContainerLinkDensity: 0.5,
  /** A container with at least this many linked headlines (≥ this length)… */
  teaserMinCount: 4,
  teaserMinLength: 15,
  /** …making up this share of its kept paragraphs is a list of teasers (home page, section front). */
  teaserShare: 0.3,
  /** A kept block this long starts the prose; tables after it are data tables of the body. */
  proseMinLength: 60,
  /** A table of short cells with at least this many "field label | value" pairs (보도시점, 담당 부서, 연락처…) is a
   * header or contact box. */
  infoTableMinPairs: 2,
  /** Repeated identical blocks (captions shown twice) shorter than this are dropped. */
  maxDuplicateLength: 400,
  /** A quotation block whose text (this many key characters or more) recurs inside a longer paragraph is a pull quote. */
  excerptMinKeyLength: 20,
  /** A box headed by a summary or list heading ("Key takeaways", "Related") is dropped whole up to this share of the container. */
  headedBoxMaxShare: 0.35,
  /** A heading alone in a chrome-classed element between body paragraphs is a subhead up to this length. */
  subheadMaxLength: 120,
  /** A headline-set block before the prose this like the chosen headline restates it (a press release pasted
   * from a word processor repeats its own title, reworded, over the text): dropped. */
  restatedTitleSimilarity: 0.5,
};

/**
 * A caption set as an ordinary paragraph under its image (editors without a caption field): right after the
 * image, short, and centred or opened by a caption pointer ("▲ …").
 */
export const IMAGE_CAPTION = {
  maxLength: 250,
};


/** How many blocks above the body the headline may sit (metadata rows, share bars, captions between). */
export const TITLE_WINDOW = 15;

/** …or further up, when the blocks between hold at most this much text (Latin-equivalent chars) and no
 * prose: a stock-quote table or a gallery strip between headline and body is many short blocks. */
export const TITLE_GAP_MAX_TEXT = 600;

/**
 * Inline type this large is headline type (body text is 10–12pt / 13–18px / 1em). Word exports and
 * WYSIWYG editors style the headline of a press release this way instead of using a heading element.
 */
export const LARGE_TYPE = {
  px: 20,
  pt: 15,
  /** em, rem and percentages (÷100). */
  em: 1.4,
  /** <font size="4"> and up (3 is the default size; "+1" counts from 3). */
  fontTagSize: 4,
};

/** Matching on-page blocks against the metadata headline. */
export const TITLE_MATCH = {
  /** A metadata headline shorter than this (Latin-equivalent chars) is a site or section name, not compared. */
  minMetaLength: 20,
  /** Menu entries and breadcrumb parts up to this length are navigation labels. Headlines are longer, so a
   * "most read" link to this very article does not disqualify its headline. */
  navLabelMaxLength: 30,
  /** Plain (unclassed, non-heading) blocks up to this length may hold the headline. */
  maxPlainLength: 300,
  /** A UI word block this short right before a block is its field label (board view tables). */
  fieldLabelMaxLength: 12,
};

/**
 * Evidence that a block just above the body is the headline (HTML path, when no h1 and no metadata
 * match settled it). Cf. TITLE_SCORES of the text path.
 */
export const TITLE_SCORES = {
  /** Heading rank: h1 … h6. */
  heading: [0, 3, 2.5, 2, 1.5, 1, 1] as readonly number[],
  /** A non-heading block with a class/id naming a title (class="subject", "tit", "headline") or in large type. */
  titleClass: 2,
  /** Blocks after a candidate examined for a dateline / byline / metadata row (only a deck or UI rows between). */
  followWindow: 3,
  /** Sitting right over the dateline outweighs one heading rank: a section heading above the headline is not. */
  followedByMeta: 3,
  /** Share of the text in bold / italic / large type for a block to count as set apart. */
  emphasisShare: 0.9,
  emphasis: 0.5,
  /** Likeness (0–1, character bigrams) to the og:title / <title> headline, weighted… */
  similarity: 6,
  /** …when at least this (unrelated strings of one language score ~0.1–0.2). */
  minSimilarity: 0.3,
  /** A bold plain block counts with metadata around only when this like the metadata headline. */
  plainMinSimilarity: 0.5,
  /** Shorter than this (Latin-equivalent chars) is label-sized: a section name, a kicker. */
  labelLength: 20,
  label: -2,
  /** The lower of two stacked candidates is the deck. */
  deck: -3,
  /** Nearer the body is better. */
  perBlockAway: 0.1,
  /** The value of a "제목 | …" / "Subject | …" row: the page labels it as the headline. */
  labelled: 3,
  /** A candidate with no Hangul or Thai letter over a Hangul or Thai body is a translated subtitle, not the headline. */
  otherScript: -3,
  /** Longer than this (Latin-equivalent chars) and ending as a sentence, a non-heading block is prose. */
  maxLength: 250,
};

/** A deck under the headline (dropped from the body): how far below the headline, and how long. */
export const DECK = {
  /** Blocks after the headline searched (metadata rows and share bars may come between). */
  window: 12,
  minLength: 10,
  /** Longer than this (Latin-equivalent chars) a bold line is a bold lede, not a deck. */
  maxLength: 250,
  thaiMaxLength: 160,
  emphasisShare: 0.9,
};
