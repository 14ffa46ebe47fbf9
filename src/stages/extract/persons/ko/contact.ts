/**
 * Contact lines ("과장 박상우 (044-205-2741)", "담당 김유리 02-123-4567") name people who are not
 * in the body by the annotation guide; when one slips into the text, a phone number right after
 * the name gives it away.
 */
const PHONE_AFTER_RE = /^\s*[(（]?\s*(?:\+?82-?)?0\d{1,2}[-.)\s]\s?\d{3,4}[-.\s]\d{4}/;

/** Is the name ending at `end` followed by a phone number? */
export function followedByPhone(text: string, end: number): boolean {
  return PHONE_AFTER_RE.test(text.slice(end, end + 24));
}
