/**
 * What tags, class names and ids say about an element, as data (Mozilla Readability keeps the same kind
 * of tables). Class/id tokens are split into parts on "-", "_" and camelCase, and each part is looked up,
 * so `view_cont`, `articleBody`, `news-body` and `art_txt` are read the same way on sites we have not seen.
 */

/** Never content, never looked into. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'noframes', 'svg', 'math', 'canvas',
  'object', 'embed', 'applet', 'video', 'audio', 'source', 'track', 'picture', 'map', 'select', 'option', 'optgroup',
  'button', 'input', 'textarea', 'head', 'title', 'meta', 'link', 'base', 'dialog', 'nav', 'aside', 'menu',
  'datalist', 'output', 'progress', 'meter', 'slot',
]);

/** Chrome containers that may still hold the headline and dateline (header) or must be judged by size
 * (form: ASP.NET and many Korean egov templates wrap the whole page in one). Their text counts against
 * body candidates. */
export const SOFT_NEGATIVE_TAGS = new Set(['header', 'footer', 'form', 'address', 'figcaption', 'label', 'legend', 'fieldset']);

/** ARIA landmarks that are chrome. */
export const NEGATIVE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar', 'dialog', 'alertdialog', 'tablist', 'tab']);

/** Inline (phrasing) elements: they do not break a paragraph. Everything else starts a new block. */
export const INLINE_TAGS = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins',
  'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
  'nobr', 'label', 'ruby', 'rt', 'rp', 'blink',
]);

/** Inline elements that set text apart (bold, italic): a line wholly in them is a headline, a kicker or a deck. */
export const EMPHASIS_TAGS = new Set(['b', 'strong', 'i', 'em', 'big']);

/** Screen-reader-only text ("본문 바로가기", hidden headings): class tokens, matched whole. */
export const HIDDEN_CLASS = /^(?:blind|sr-only|sr_only|screen-reader-text|screen_reader|visually-hidden|visuallyhidden|hidden|hide|skip|skipnav|skip-link|skip_nav|a11y-hidden|offscreen|ir|ir_pm|invisible|display-none|d-none)$/i;

/**
 * Parts of class/id tokens that mark content. Korean CMS conventions (view_cont, news_body, art_txt,
 * article_txt, newsct, bbs_view, cont_body, read_body), Thai (entry-content, detail, news-detail, content-detail)
 * and international ones (article, story, entry, post-content, articleBody).
 */
export const POSITIVE_PARTS = new Set([
  'article', 'articles', 'articlebody', 'articletext', 'artcle', 'art', 'body', 'content', 'contents', 'cont', 'con',
  'entry', 'hentry', 'main', 'post', 'story', 'text', 'txt', 'view', 'viewer', 'detail', 'details', 'news', 'newsct',
  'read', 'blog', 'column', 'prose', 'paragraph', 'bbs', 'board', 'document',
  'press', 'release', 'brief', 'memo', 'editor', 'rich', 'richtext', 'itemfulltext', 'fulltext', 'journal', 'circular',
]);

/** Parts that are (only) strong content markers on their own: these add extra weight. */
export const STRONG_POSITIVE_PARTS = new Set([
  'article', 'articlebody', 'articletext', 'entry', 'story', 'newsct', 'fulltext', 'itemfulltext', 'prose', 'post', 'content', 'contents',
]);

/**
 * Parts that mark chrome. Korean templates: gnb/lnb/snb (global/local/side nav), util, location
 * (breadcrumb), sns, reply/cmt (comments), rank/best/hot (most-read), bn (banner), copy (copyright),
 * wrt/writer/reporter (byline box), subtit (deck). Thai and English: share, related, popular, tag.
 */
export const NEGATIVE_PARTS = new Set([
  'nav', 'navi', 'navigation', 'navbar', 'gnb', 'lnb', 'snb', 'tnb', 'fnb', 'menu', 'menus', 'submenu', 'megamenu',
  'breadcrumb', 'breadcrumbs', 'bread', 'crumb', 'location', 'loc', 'path', 'share', 'sharing', 'sns', 'social',
  'socials', 'related', 'relate', 'relation', 'recommend', 'recommended', 'recom', 'suggest', 'more', 'most', 'mostread',
  'mostviewed', 'popular', 'rank', 'ranking', 'best', 'hot', 'hit', 'trending', 'trend', 'comment', 'comments',
  'reply', 'replies', 'cmt', 'disqus', 'cookie', 'cookies', 'consent', 'gdpr', 'footer', 'foot', 'copyright', 'copy',
  'banner', 'bn', 'ad', 'ads', 'adv', 'advert', 'advertisement', 'adsense', 'dable', 'taboola', 'outbrain',
  'sponsor', 'sponsored', 'promo', 'promotion', 'tag', 'tags', 'tagging', 'hashtag', 'keyword', 'keywords', 'widget',
  'sidebar', 'side', 'aside', 'rail', 'header', 'masthead', 'topbar', 'util', 'utility', 'login', 'signin', 'member',
  'search', 'subscribe', 'subscription', 'newsletter', 'print', 'font', 'fontsize', 'zoom', 'textsize', 'btn', 'button',
  'modal', 'popup', 'layer', 'toolbar', 'tool', 'tools', 'pagination', 'paging', 'pager', 'prev', 'next', 'list',
  'byline', 'writer', 'wrt', 'reporter', 'journalist', 'author', 'caption', 'figcaption', 'cap', 'credit', 'photo',
  'thumb', 'thumbnail', 'gallery', 'date', 'time', 'meta', 'info', 'hidden', 'skip', 'blind', 'logo', 'brand', 'gototop',
  'top', 'quick', 'quickmenu', 'family', 'familysite', 'sitemap', 'lang', 'language', 'subtit', 'subtitle', 'subhead',
  'deck', 'standfirst', 'summary', 'lead', 'sub', 'subheadline', 'sapo', 'dek', 'kicker', 'teaser', 'strapline', 'excerpt', 'abstract', 'synopsis', 'highlights', 'attach', 'attachment', 'file', 'files', 'download', 'satisfaction',
  'survey', 'poll', 'vote', 'reaction', 'reactions', 'emotion', 'like', 'other', 'others', 'issue', 'series', 'headline', 'headlines',
  'title', 'tit', 'rel', 'linked', 'link', 'links', 'video', 'vod', 'live', 'weather', 'stock', 'notice', 'alert', 'modal',
  // Image boxes and their captions ("article-img", "img_desc", "photo_area"), contact boxes.
  'img', 'image', 'images', 'pic', 'picture', 'figure', 'imgbox', 'photobox', 'desc', 'contact', 'inquiry', 'addr', 'address',
  // News-tip boxes ("jebo_box" — 제보 —, "tipline"); plain "tip(s)" also names tooltips and how-to articles.
  'jebo', 'tipline',
  // Reader-feedback, rating and poll widgets ("satisfy", "feedback-block", "rating"), tickers, a11y toolbars.
  'satisfy', 'feedback', 'helpful', 'rating', 'ticker', 'a11y', 'accessibility', 'access',
  // FAQ accordions under the article ("faq-accordion", "faqs"): the site's standing questions, collapsed by default.
  'faq', 'faqs', 'accordion',
  // Calls to action inside the article: sign-up / opt-in forms, donation and membership boxes, paywall notes.
  'signup', 'optin', 'cta', 'donate', 'donation', 'membership', 'paywall', 'support', 'newsletters',
  // Reporter / author profile boxes ("editor-profile", "author-avatar").
  'profile', 'avatar',
  // Embedded third-party posts ("twitter-tweet", "instagram-media", "wp-block-embed", "fb-post").
  'embed', 'embeds', 'twitter', 'tweet', 'instagram', 'facebook', 'fb', 'tiktok', 'youtube',
  // Display copies and summaries of the article: pull quotes, key-point / takeaway boxes; citation helpers
  // ("cite-block", "how-to-cite"), disclaimers, audio players ("article-audio"), photo carousels.
  'pullquote', 'takeaway', 'takeaways', 'keypoints', 'tldr', 'cite', 'citation', 'disclaimer', 'audio', 'player',
  'carousel', 'slider', 'slideshow',
  // "More" links glued to a content word: without these the compound split below would read
  // "readmore" / "viewmore" as content (read, view) with a layout word.
  'readmore', 'viewmore', 'seemore', 'loadmore', 'morenews', 'morestories',
]);

/**
 * Neutral layout words that CMSs glue to a content or chrome word without a separator ("sharebar",
 * "cookiebanner", "authorbox", "relatedposts"). Used only to split such a compound part into two known words.
 */
export const LAYOUT_PARTS = new Set([
  'box', 'bar', 'wrap', 'wrapper', 'area', 'container', 'block', 'blocks', 'inner', 'section', 'item', 'items',
  'module', 'panel', 'zone', 'holder', 'group', 'posts', 'post', 'links', 'buttons', 'icons', 'row', 'col', 'list',
  'card', 'cards', 'unit', 'slot', 'head', 'widget', 'banner', 'form',
]);

/** Parts that are chrome only as a whole token (class="sub", class="lead", id="print"): as one part
 * among others they name layout ("sub-container", "sub_content", "top_area", "print_area" — the printable
 * article area of Korean government templates). */
export const WEAK_NEGATIVE_PARTS = new Set(['sub', 'top', 'lead', 'side', 'more', 'other', 'print']);

/** Class/id parts that mark the headline element. */
export const TITLE_PARTS = new Set(['title', 'tit', 'headline', 'subject', 'heading', 'hl', 'headtitle', 'newstitle', 'articletitle', 'viewtitle', 'h1']);

/** Tokens that look like a title part but name something else ("subtitle", "title_list"…) are handled by NEGATIVE_PARTS. */

const KNOWN_PARTS = new Set([...POSITIVE_PARTS, ...NEGATIVE_PARTS, ...LAYOUT_PARTS]);
/** Shortest word of a compound split: shorter pieces ("ad", "bn", "cap") would cut ordinary words apart. */
const MIN_SPLIT_PIECE = 3;

/**
 * An unknown part glued from two known words ("cookiebanner" → cookie + banner, "sharebar" → share +
 * bar), at least one of them a content or chrome word; otherwise the part itself ("commentary" stays).
 */
function splitCompound(part: string): string[] {
  if (KNOWN_PARTS.has(part) || part.length < 2 * MIN_SPLIT_PIECE) return [part];
  for (let i = MIN_SPLIT_PIECE; i <= part.length - MIN_SPLIT_PIECE; i++) {
    const a = part.slice(0, i);
    const b = part.slice(i);
    if (!KNOWN_PARTS.has(a) || !KNOWN_PARTS.has(b)) continue;
    if (LAYOUT_PARTS.has(a) && LAYOUT_PARTS.has(b)) continue;
    return [a, b];
  }
  return [part];
}

/**
 * Page-builder namespaces (Elementor — "elementor-…", and its flexbox containers "e-con" — the builder of many
 * Thai government WordPress sites): the builder wraps every block, article text included, in its own generic
 * units ("elementor-widget", "elementor-widget-container", "elementor-location-single"). Under such a
 * namespace those unit words say nothing; only the widget type ("…-theme-post-content", "…-share-buttons",
 * "elementor-location-header") is read.
 */
const BUILDER_NAMESPACES = new Set(['elementor', 'e']);
const BUILDER_UNIT_PARTS = new Set(['widget', 'location', 'element', 'wrap', 'container', 'con']);

/** Word / Outlook style classes ("MsoNormal", "MsoListParagraph", "MsoNormalTable") name a paragraph style of the
 * exported document, not a part of the page: they carry no hint ("List" in a bulleted body paragraph is no list box)… */
const OFFICE_STYLE_CLASS = /^Mso[A-Z]/;
/** …except Word's Title and Subtitle styles ("MsoTitle", "MsoSubtitle"), which are the document's headline and deck. */
const OFFICE_TITLE_STYLE = /^Mso(Title|Subtitle)$/;

/** Split a class/id token into lower-case parts: "articleBody" → article, body; "view_cont" → view, cont;
 * "sharebar" → share, bar. */
export function tokenParts(token: string): string[] {
  if (OFFICE_STYLE_CLASS.test(token)) {
    const style = OFFICE_TITLE_STYLE.exec(token);
    return style ? [style[1]!.toLowerCase()] : [];
  }
  const parts = token
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((p) => p.replace(/\d+$/, '') || p)
    .flatMap(splitCompound);
  return BUILDER_NAMESPACES.has(parts[0] ?? '') ? parts.filter((p) => !BUILDER_UNIT_PARTS.has(p)) : parts;
}

/** Links to a site's home page ("/", "index.html", "/main/main.do", "https://site.example/", a language home
 * such as "/en/" or "/th/index.php"): a heading that is
 * nothing but such a link is the site logo, not the headline. A named fragment ("#contents") is an in-page
 * anchor (a skip link), not the home page; a placeholder "#" still counts. */
export const HOME_HREF = /^(?!#.)(?:https?:\/\/[^/?#]+)?\/?(?:[a-z]{2}(?:[-_][a-z]{2})?\/)?(?:(?:index|main|home|default)(?:\/(?:index|main|home))?(?:\.\w{2,5})?)?\/?(?:[?#].*)?$/i;
