/**
 * The person rules need a document's organizations (an organization's name is never a person), and
 * the organization stage runs right after them on the same text: a handoff lets the stage take the
 * result the person rules computed instead of running every organization rule twice.
 *
 * The first call for a (text, spans) computes and keeps the result; the next call with the same key
 * takes it and forgets it, so a result handed to the stage (which may change it) is never handed out
 * again. Any other call computes afresh. Pure functions only: same text and spans, same result.
 */
import type { Span } from '../../../schema/record.js';

export function handoff<T>(compute: (text: string, spans: readonly Span[]) => T): (text: string, spans: readonly Span[]) => T {
  let kept: { text: string; key: string; value: T } | null = null;
  return (text, spans) => {
    const key = spans.map((s) => `${s.start}:${s.end}`).join(',');
    if (kept !== null && kept.text === text && kept.key === key) {
      const { value } = kept;
      kept = null;
      return value;
    }
    const value = compute(text, spans);
    kept = { text, key, value };
    return value;
  };
}
