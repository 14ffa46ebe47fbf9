/** What the Korean organization parsers hand to the refiners. */
import type { OrgWord } from './recognize.js';

export interface OrgCandidate {
  /** Name as written, without particles ("태국 교육부", "KOICA"). */
  name: string;
  /** `text.slice(start, end) === name`. */
  start: number;
  end: number;
  /** What the recognizer knew about the word, when it came from one. */
  org?: OrgWord;
  /** Forms this candidate is tied to by the text itself ("한국국제협력단(KOICA)"). */
  aliases?: string[];
  /**
   * Named only in passing ("OO의회 교육위원회 소속"): reported only when the document names it
   * again or ties a short form to it.
   */
  weak?: boolean;
}
