/**
 * Parser: the news agency in a wire dateline, "(세종=연합뉴스)", "[서울=뉴시스]", or the service in a
 * press-release distribution dateline, "서울--(뉴스와이어) 2025년 05월 14일 --". Agencies in datelines
 * are organizations of the body (the dateline opens the lede).
 */
import type { Span } from '../../../../../schema/record.js';
import type { OrgCandidate } from '../types.js';

const DATELINE_RE = /[(\[]\s*[가-힣]{1,8}\s*=\s*([가-힣A-Za-z0-9]{2,15})\s*[)\]]/g;
/** "서울--(뉴스와이어)": a city, two dashes, the distribution service in brackets, at the paragraph start. */
const DISTRIBUTION_DATELINE_RE = /^[가-힣]{1,8}\s*--\s*\(\s*([가-힣A-Za-z0-9]{2,15})\s*\)/g;
/** A dateline opens its paragraph; look no further in. */
const DATELINE_REACH = 40;

export function parseDatelines(text: string, spans: readonly Span[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const span of spans) {
    const head = text.slice(span.start, Math.min(span.end, span.start + DATELINE_REACH));
    for (const m of [...head.matchAll(DATELINE_RE), ...head.matchAll(DISTRIBUTION_DATELINE_RE)]) {
      const name = m[1]!;
      const start = span.start + (m.index ?? 0) + m[0].lastIndexOf(name);
      out.push({ name, start, end: start + name.length });
    }
  }
  return out;
}
