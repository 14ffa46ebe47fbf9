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
  /** A caption recognised only by a bracketed name closing it ("… Island. (Hanwha Ocean)") up to this length. */
  creditCaptionMaxLength: 200,
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
  /** A labelled media-contact line ("Media contact: name, title, phone, e-mail") up to this length. */
  mediaContactMaxLength: 240,
  /** A dash-framed deck line ("- … -") up to this length. */
  deckMaxLength: 200,
  /** A one-line tag list ("แท็ก: …", "Tags: …") up to this length. */
  tagLineMaxLength: 200,
  /** Investment / liability disclaimers up to this length (one or two sentences). */
  disclaimerMaxLength: 250,
  /** Reader-feedback prompts ("Was this page helpful?", "…만족하셨습니까?") up to this length. */
  feedbackMaxLength: 120,
  /** A "Platform : @handle" follow row up to this length. */
  socialHandleMaxLength: 70,
  /** A row of reaction / share counters ("แชร์ 152 ครั้ง | ถูกใจ 1.2K") up to this length. */
  counterRowMaxLength: 80,
  /** "Notes to editors", "About the ILO": a boilerplate heading closing the body, up to this length. */
  boilerplateHeadingMaxLength: 50,
  /** A media player's bar ("ฟังข่าว 00:00 / 04:12 ความเร็ว 1x") up to this length. */
  playerMaxLength: 60,
  /** A broadcast transcript's speaker caption ("정수빈 / 부산항만공사 물류기획팀장") up to this length. */
  speakerCaptionMaxLength: 60,
  /** "자동요약", "Key takeaways": a summary-box heading up to this length. */
  summaryHeadingMaxLength: 30,
  /** Breadcrumbs: at most this many labels, each at most this long and without sentence punctuation. */
  breadcrumbMaxParts: 6,
  breadcrumbMaxPartLength: 30,
};

/** Splitting <title> / og:title into headline, crumbs and site name. */
export const TITLE_SPLIT = {
  /** A trailing part this short (chars) and at most this share of the whole is a crumb or the site name. */
  crumbMaxChars: 30,
  crumbMaxShare: 0.4,
};
