/**
 * Length limits (in Latin-equivalent characters, see `effectiveLength`) for the line classifiers.
 * A pattern only condemns a line that is short enough to be furniture: real paragraphs are longer.
 */
export const LINE_LIMITS = {
  /** UI lines ("Facebook share button", "본문 바로가기") are short… */
  uiMaxLength: 60,
  /** …and made almost entirely of UI words. */
  uiMinCoverage: 0.8,
  copyrightMaxLength: 200,
  /** "Related articles", "หมวดหมู่เดียวกัน". */
  listHeadingMaxLength: 40,
  /** "By Jun Ji-hye", "김다은 기자 kde@yna.co.kr". */
  bylineMaxLength: 80,
  /** "Name name@example.com". */
  signatureMaxLength: 70,
  /** Captions can be a full sentence; longer than this they are paragraphs. */
  captionMaxLength: 400,
  sourceMaxLength: 160,
  /** A source label without a colon ("ที่มา กระทรวงแรงงาน") only up to this length. */
  bareSourceMaxLength: 60,
  metaMaxLength: 120,
  /** A press-release line ending in "끝." is the closing line up to this length. */
  endLineMaxLength: 120,
  /** A line with a phone number is a contact line up to this length (and, above 40, if ≥20% digits). */
  contactMaxLength: 120,
  /** "…는 여러분의 제보를 기다립니다" and other tip solicitations up to this length. */
  tipMaxLength: 100,
  /** A line that is a date plus at most this much other text is a dateline. */
  dateLineMaxRest: 12,
  /** Newsletter / donation / follow-us calls to action up to this length (a box's text is one or two sentences). */
  promoMaxLength: 200,
  /** Embedded-post residue ("A post shared by …", a tweet ending in pic.twitter.com/…) up to this length. */
  embedMaxLength: 320,
  /** Breadcrumbs: at most this many labels, each at most this long and without sentence punctuation. */
  breadcrumbMaxParts: 6,
  breadcrumbMaxPartLength: 30,
};
