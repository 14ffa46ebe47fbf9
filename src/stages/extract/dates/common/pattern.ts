/**
 * Regex helpers. Every pattern is compiled once at module load with bounded quantifiers only
 * (`\s{0,2}`, `\d{1,2}`), never a quantified group inside a quantified group, so each match
 * attempt costs a bounded amount of work and a scan is linear in the input length.
 */

/** Escapes a literal for use inside a regex. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A non-capturing alternation of literals, longest first (so "Sept" wins over "Sep"). */
export function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${list.map(escapeRe).join('|')})`;
}

/** Compiles a scanning pattern: global + match indices (+ extra flags such as `i`). */
export function scanner(source: string, extraFlags = ''): RegExp {
  return new RegExp(source, `gd${extraFlags}`);
}

/** All non-overlapping matches of a global pattern. */
export function* scan(re: RegExp, s: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(s);
    if (!m) return;
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
}

/** [start, end) of a capture group, or null when the group did not take part. */
export function span(m: RegExpExecArray, group: number | string): [number, number] | null {
  const idx = typeof group === 'number' ? m.indices?.[group] : m.indices?.groups?.[group];
  return idx ? [idx[0], idx[1]] : null;
}

/** Value of a capture group (numbered or named). */
export function group(m: RegExpExecArray, g: number | string): string | undefined {
  return typeof g === 'number' ? m[g] : m.groups?.[g];
}

/** Latin letters/digits for word-boundary checks that also work next to Hangul and Thai. */
export const LATIN_WORD = 'A-Za-z0-9';

/** Horizontal space (a date never spans a paragraph break). */
export const SP = '[ \\t\\u00a0]';

/** Range dashes and tildes. */
export const DASH = '[-‐‑‒–—~∼〜～]';
