/**
 * Which <meta> fields and JSON-LD properties carry which metadata, in order of trust. Data only.
 */

/** Meta names/properties (lower case) for the publication date, most specific first. */
export const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'article:published', 'og:published_time', 'datepublished',
  'publishdate', 'publish-date', 'publish_date', 'pubdate', 'pub_date', 'publication_date', 'parsely-pub-date',
  'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date', 'dcterms.date',
  'citation_publication_date', 'citation_date', 'og:regdate', 'article.published', 'cxenseparse:recs:publishtime',
  'date', 'created', 'article:created', 'nextweb:date', 'content_date', 'sd_date',
] as const;

export const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dc.date.modified', 'dcterms.modified', 'last-modified'] as const;

export const TITLE_META = ['og:title', 'twitter:title', 'title', 'dc.title', 'dcterms.title', 'headline', 'sailthru.title', 'parsely-title'] as const;

export const AUTHOR_META = ['author', 'article:author', 'og:article:author', 'article:author_name', 'dable:author', 'byl', 'sailthru.author', 'parsely-author', 'dc.creator', 'dcterms.creator', 'citation_author'] as const;

export const SITE_META = ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'al:ios:app_name', 'twitter:site'] as const;

/** JSON-LD @types that describe the article itself (preferred over WebPage / WebSite / Organization). */
export const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'reviewnewsarticle',
  'backgroundnewsarticle', 'blogposting', 'socialmediaposting', 'report', 'scholarlyarticle', 'techarticle', 'liveblogposting',
  'pressrelease', 'governmentpermit',
]);

/** Locale / language → the UTC offset its news sites publish in (to localise UTC timestamps). */
export const LANG_OFFSETS: Readonly<Record<string, string>> = { ko: '+09:00', th: '+07:00', vi: '+07:00' };
export const TLD_OFFSETS: Readonly<Record<string, string>> = { kr: '+09:00', th: '+07:00', vn: '+07:00' };
