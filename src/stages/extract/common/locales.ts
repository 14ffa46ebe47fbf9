/**
 * Routes paragraphs to the rule set of their language. Person and organization rules exist for
 * these locales; a paragraph in any other language (or "und") falls back to the document's
 * primary language when that one has rules, so a short Korean paragraph the detector could not
 * call is still scanned by the Korean rules.
 */
import type { LanguageInfo, Span } from '../../../schema/record.js';

export const ENTITY_LOCALES = ['en', 'ko', 'th'] as const;
export type EntityLocale = (typeof ENTITY_LOCALES)[number];

const isEntityLocale = (lang: string): lang is EntityLocale => (ENTITY_LOCALES as readonly string[]).includes(lang);

/** Spans of `text` to scan per locale. Without segments the whole text goes to the primary locale. */
export function spansByLocale(
  text: string,
  primary: string,
  segments: LanguageInfo['segments'] | undefined,
): Map<EntityLocale, Span[]> {
  const out = new Map<EntityLocale, Span[]>();
  const fallback: EntityLocale | null = isEntityLocale(primary) ? primary : null;
  const add = (locale: EntityLocale, span: Span): void => {
    const list = out.get(locale);
    if (list) list.push(span);
    else out.set(locale, [span]);
  };
  if (!segments || segments.length === 0) {
    if (fallback && text.length > 0) add(fallback, { start: 0, end: text.length });
    return out;
  }
  for (const seg of segments) {
    const locale = isEntityLocale(seg.lang) ? seg.lang : fallback;
    if (locale) add(locale, { start: seg.start, end: seg.end });
  }
  return out;
}
