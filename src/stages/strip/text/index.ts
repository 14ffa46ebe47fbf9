/**
 * Plain-text path of the strip stage, for text already scraped from a page (menus, share buttons,
 * captions and related lists still in it). Each line is classified by structure (length, punctuation,
 * blank-line layout, runs of short lines, duplicates, position) and by the UI lexicon; the body is the
 * best-scoring contiguous run of lines, the headline the nearest headline-like line above it.
 */
import type { Stripped } from '../../types.js';
import { visibleDate } from '../common/dateline.js';
import { findDates, formatDate } from '../common/dates.js';
import { type LineKind, bylineNames, fieldLabelKind, furnitureKind, isAdSlotLine, isGalleryCounter, isMediaPlaceholder, isNameLine, isReadMoreLine, isSummaryHeading, opensWithLedeDateline, pageJump } from '../common/lines.js';
import { collapse, dedupeKey, displayWidth, effectiveLength, joinParagraphs } from '../common/normalize.js';
import { BODY_MARKER, DUMP, FOLLOW_BUTTON, HEADLINE_SENTENCE_END, PAGE_COUNTER, PRINT_FOLIO, PULL_QUOTE_LINE, SENTENCE_END } from '../common/patterns.js';
import { DUMP_MIN_REFERENCES, LINE_SCORES, MIN_BODY_LENGTH, TITLE_LIMITS, TITLE_SCORES, WRAP } from './thresholds.js';

export interface Line {
  text: string;
  /** Line number in the input. */
  row: number;
  length: number;
  linkLength: number;
  /** A blank line precedes / follows it. */
  gapBefore: boolean;
  gapAfter: boolean;
  kind: LineKind | null;
  duplicate: boolean;
  dateLine: boolean;
  inList: boolean;
  /** Furniture inside the article (a related-article box between paragraphs): dropped, but cheap to span. */
  interruption: boolean;
  score: number;
}

const THAI = /[\u0e00-\u0e7f]/;
/** "label : value" with a short label and no digits in it: the shape of a record's field row ("สินค้า : ผลไม้แปรรูป"). */
const FIELD_ROW = /^([^\d:：.!?]{1,24})[:：]\s*\S/;

/**
 * A field row inside a record's info block: "label : value" right between two metadata rows with no blank line
 * ("วันที่ลงข่าว : … / สินค้า : ผลไม้แปรรูป / จำนวนผู้เข้าชม : …"). A headline sits over such a block, not inside it.
 */
function fieldRowInMetaBlock(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  const m = FIELD_ROW.exec(l.text);
  if (!m || effectiveLength(m[1]!.trim()) > TITLE_LIMITS.fieldLabelMaxLength || l.gapBefore || l.gapAfter) return false;
  const meta = (x: Line | undefined): boolean => !!x && (x.dateLine || x.kind === 'meta');
  return meta(lines[i - 1]) && meta(lines[i + 1]);
}

function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** For headline candidates: ends on a full stop (see HEADLINE_SENTENCE_END). */
function endsAsProse(text: string): boolean {
  return HEADLINE_SENTENCE_END.test(text);
}

/** Mostly Thai letters among the letters of the line. */
function isThaiLine(text: string): boolean {
  const thai = text.match(/[\u0e00-\u0e7f]/g)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 1;
  return thai / letters >= 0.5;
}

/**
 * Is a run of consecutive short lines a menu / link list rather than short body sentences without blank
 * lines between them? Lists are items without sentence punctuation (Thai: items short enough to be menu
 * entries, since Thai sentences carry no punctuation either).
 */
function looksLikeList(run: Line[], blankSeparatedProse: boolean): boolean {
  const sentences = run.filter((l) => endsSentence(l.text)).length;
  if (sentences / run.length >= LINE_SCORES.listMaxSentenceShare) return false;
  const thai = run.filter((l) => isThaiLine(l.text));
  // When the page sets its paragraphs apart with blank lines, a tight run of unpunctuated lines is a list.
  if (thai.length / run.length >= 0.5 && !blankSeparatedProse) {
    const avg = thai.reduce((n, l) => n + l.length, 0) / thai.length;
    return avg < LINE_SCORES.thaiListMaxAverage;
  }
  return true;
}

/**
 * Rejoins the lines of a hard-wrapped document (see WRAP): a line is continued by the next when no blank line
 * separates them, it does not end a sentence, and the next line's first word would not have fitted on it (or the
 * next line opens in lower case). Thai breaks lines without spaces, so Thai lines are left alone. Returns the
 * lines with the row each (joined) line starts on.
 */
function unwrapHardWrapped(texts: string[]): Array<{ text: string; row: number }> {
  const rows = texts.map((text, row) => ({ text, row }));
  // Measured in terminal columns: a dump wraps a Hangul line at half the characters of a Latin one.
  const lengths = texts.filter(Boolean).map(displayWidth).sort((a, b) => a - b);
  const width = lengths[Math.floor((lengths.length - 1) * WRAP.widthQuantile)] ?? 0;
  if (width < WRAP.minWidth || width > WRAP.maxWidth) return rows;
  const firstOverlong = lengths.findIndex((n) => n > width * WRAP.overlongFactor);
  if (firstOverlong >= 0 && lengths.length - firstOverlong > lengths.length * WRAP.maxOverlongShare) return rows;
  const continues = (a: string, b: string | undefined): boolean => {
    if (!a || !b || endsSentence(a) || THAI.test(a)) return false;
    const filled = displayWidth(a);
    if (filled >= WRAP.minFill * width && filled + 1 + displayWidth(b.split(' ')[0]!) > WRAP.fitShare * width) return true;
    return /^\p{Ll}/u.test(b) && filled >= WRAP.lowercaseMinFill * width;
  };
  const wraps = texts.map((t, i) => continues(t, texts[i + 1]));
  if (wraps.filter(Boolean).length < WRAP.minJoins) return rows;
  const out: Array<{ text: string; row: number }> = [];
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && wraps[i - 1]) out[out.length - 1]!.text += ` ${rows[i]!.text}`;
    else out.push(rows[i]!);
  }
  return out;
}

/**
 * Undoes a text browser's dump (see DUMP): when the text ends on a "References" list of numbered URLs, the list goes,
 * and so do the link numbers (their anchor text stays, in menus and body sentences alike), image and button labels,
 * form-field underscores and list bullets. Other texts are returned as they are.
 */
export function undoTextBrowserDump(texts: string[]): string[] {
  const at = texts.findLastIndex((t) => DUMP.referencesHeading.test(t));
  if (at < 0) return texts;
  const tail = texts.slice(at + 1).filter((t) => t.trim());
  const rows = tail.filter((t) => DUMP.referenceRow.test(t)).length;
  if (rows < DUMP_MIN_REFERENCES || rows + tail.filter((t) => DUMP.referenceLabel.test(t)).length < tail.length) return texts;
  return texts.slice(0, at).map((t) =>
    t.replace(DUMP.linkMarker, '').replace(DUMP.placeholder, '').replace(DUMP.formField, ' ').replace(DUMP.bullet, '$1'),
  );
}

export function splitLines(input: string): Line[] {
  const texts = undoTextBrowserDump(input.replace(/\r\n?/g, '\n').split('\n'));
  // Crawlers render <li> as "  • item": drop that bullet (press-release markers □ ○ ■ ※ stay).
  const raw = unwrapHardWrapped(texts.map((t) => collapse(t.replace(/^\s*[•▪‣⁃]\s+(?=\S)/u, ''))));
  const lines: Line[] = [];
  let gap = true;
  for (const { text, row } of raw) {
    if (!text) {
      gap = true;
      if (lines.length > 0) lines[lines.length - 1]!.gapAfter = true;
      continue;
    }
    lines.push({
      text, row, length: effectiveLength(text), linkLength: 0, gapBefore: gap, gapAfter: false, kind: null,
      duplicate: false, dateLine: false, inList: false, interruption: false, score: 0,
    });
    gap = false;
  }
  return lines;
}

/**
 * A box set tight between two body paragraphs on a page that otherwise separates its paragraphs with blank
 * lines: a short label line ("ห้ามพลาด", "ข่าวที่น่าสนใจ", "Don't miss") over a few headline-sized items, with
 * no blank line inside, is a teaser / related box dropped into the article. Its lines are an interruption
 * (dropped, but the body runs on across them), whatever the label says. Press-release item markers and a
 * label that introduces what follows ("ดังนี้", ":") keep the run in the body.
 */
function markBoxesBetweenParagraphs(lines: Line[]): void {
  const paragraph = (l: Line | undefined): boolean => !!l && !l.kind && !l.duplicate && l.length >= LINE_SCORES.paragraphLength;
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    if (!head.inList || !head.gapBefore || head.length >= LINE_SCORES.shortLength || !paragraph(lines[i - 1])) continue;
    if (/(?:[:：]|ดังนี้|ได้แก่|as follows)\s*$/iu.test(head.text)) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.inList && !lines[j]!.gapBefore) j++;
    const items = lines.slice(i + 1, j);
    if (items.length === 0 || items.length > LINE_SCORES.inlineBoxMaxItems || !lines[j - 1]!.gapAfter || !paragraph(lines[j])) continue;
    if (items.some((l) => BODY_MARKER.test(l.text)) || items.reduce((n, l) => n + l.length, 0) < items.length * LINE_SCORES.shortLength) continue;
    for (let k = i; k < j; k++) {
      lines[k]!.kind ??= 'related';
      lines[k]!.interruption = true;
    }
    i = j - 1;
  }
}

export function classify(lines: Line[]): void {
  const counts = new Map<string, number>();
  const keys = lines.map((l) => dedupeKey(l.text));
  for (const k of keys) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  for (let idx = 0; idx < lines.length; idx++) {
    const l = lines[idx]!;
    l.kind = opensWithLedeDateline(l.text) ? null : furnitureKind(l.text);
    l.duplicate = (counts.get(keys[idx]!) ?? 0) > 1;
    const dates = l.length <= 100 ? findDates(l.text) : [];
    if (dates.length > 0) {
      const rest = effectiveLength(l.text.slice(0, dates[0]!.index) + l.text.slice(dates[0]!.end));
      l.dateLine = rest <= 60;
    }
  }
  // A pull quote: a quotation with its speaker after a dash, whose words (trimmed or reworded a little) a longer line
  // of the page repeats. Display copy.
  const words = (t: string): Set<string> => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const lineWords = new Map<number, Set<string>>(); // built once per line, only when a pull quote asks
  for (let idx = 0; idx < lines.length; idx++) {
    const l = lines[idx]!;
    const quoted = l.kind ? null : PULL_QUOTE_LINE.exec(l.text);
    if (!quoted) continue;
    const q = [...words(quoted[1]!)];
    const repeated = lines.some((o, j) => {
      if (j === idx || o.length <= l.length) return false;
      let w = lineWords.get(j);
      if (!w) lineWords.set(j, (w = words(o.text)));
      return q.filter((x) => w.has(x)).length >= q.length * LINE_SCORES.pullQuoteOverlap;
    });
    if (repeated) l.kind = 'deck';
  }
  // A bare name set straight over the dateline ("Nadia Rahman" / "13 May 2025 06:15PM") is the byline: a headline
  // is rarely that short and name-shaped.
  for (let idx = 0; idx + 1 < lines.length; idx++) {
    const l = lines[idx]!;
    const next = lines[idx + 1]!;
    if (!l.kind && !next.gapBefore && (next.dateLine || next.kind === 'meta') && l.length < TITLE_SCORES.goodMinLength && isNameLine(l.text)) l.kind = 'byline';
  }
  // A summary box ("자동요약" over a portal's machine summary, "Key Points" over bullets) and a gallery slide
  // ("ภาพที่ 2 จาก 6" over its caption): the heading owns the lines set tight under it, however long — they
  // restate the article or describe a photo.
  const ownTightLines = (idx: number, count: number, kind: LineKind): void => {
    for (let k = idx + 1; k <= idx + count && k < lines.length && !lines[k]!.gapBefore; k++) lines[k]!.kind ??= kind;
  };
  for (let idx = 0; idx < lines.length; idx++) {
    const l = lines[idx]!;
    // furnitureKind has classed them already (summary headings as deck, counters as captions).
    if (l.kind === 'deck' && isSummaryHeading(l.text)) ownTightLines(idx, LINE_SCORES.summaryMaxLines, 'deck');
    else if (l.kind === 'caption' && isGalleryCounter(l.text)) ownTightLines(idx, 1, 'caption');
  }
  // A list heading owns the short lines set tight under it ("Related Article" / one teaser headline). When
  // article paragraphs resume right after them, the list was a teaser box inside the body: an interruption
  // (scored like a read-more line), not the end of the article.
  for (let idx = 0; idx < lines.length; idx++) {
    if (lines[idx]!.kind !== 'list-heading') continue;
    let k = idx + 1;
    for (; k < lines.length && !lines[k]!.gapBefore && !lines[k]!.kind && lines[k]!.length < LINE_SCORES.paragraphLength; k++) lines[k]!.kind = 'related';
    const next = lines[k];
    if (k - idx - 1 <= LINE_SCORES.inlineListMaxItems && next && !next.kind && next.length >= LINE_SCORES.paragraphLength) {
      for (let j = idx; j < k; j++) {
        lines[j]!.kind = 'related';
        lines[j]!.interruption = true;
      }
    }
  }
  // A read-more line ("▶ 관련기사: …"), an ad slot ("Advertisement", "Story continues below advertisement") or a media
  // placeholder ("[그래픽] …", "[표] …") between two article paragraphs, alone or a few in a row, is set into the body:
  // an interruption, not the end of the article. A placeholder is only told from a kicker-labelled headline
  // ("[영상] …") by sitting between paragraphs, so it becomes a caption here and not in furnitureKind.
  const prosePara = (l: Line | undefined): boolean => !!l && !l.kind && l.length >= LINE_SCORES.paragraphLength;
  const slot = (l: Line | undefined): boolean =>
    !!l &&
    ((l.kind === 'related' && isReadMoreLine(l.text)) || (l.kind === 'ui' && isAdSlotLine(l.text)) || ((!l.kind || l.kind === 'caption') && isMediaPlaceholder(l.text)));
  for (let idx = 1; idx + 1 < lines.length; idx++) {
    if (!prosePara(lines[idx - 1]) || !slot(lines[idx])) continue;
    let end = idx;
    while (end - idx + 1 < LINE_SCORES.inlineSlotMaxLines && slot(lines[end + 1])) end++;
    if (prosePara(lines[end + 1])) {
      for (let k = idx; k <= end; k++) {
        lines[k]!.interruption = true;
        lines[k]!.kind ??= 'caption';
      }
    }
    idx = end;
  }
  // A print archive's page break: "RICE: Continued on Page A4" after a paragraph, the next page's header, folio and
  // jump head, then "Continued from Page A1" over the rest of the article. The article runs on across it.
  for (let idx = 1; idx < lines.length; idx++) {
    if (!prosePara(lines[idx - 1]) || pageJump(lines[idx]!.text) !== 'to') continue;
    let end = idx + 1;
    while (end < lines.length && end - idx < LINE_SCORES.pageBreakMaxLines && pageJump(lines[end]!.text) !== 'from') end++;
    if (end >= lines.length || pageJump(lines[end]!.text) !== 'from' || !prosePara(lines[end + 1])) continue;
    for (let k = idx; k <= end; k++) {
      lines[k]!.interruption = true;
      lines[k]!.kind ??= 'related';
    }
    idx = end;
  }
  // A PDF export's page break: the page counter ("Page 2 of 3") in a tight block with the running footer and the
  // next page's header, between two paragraphs. The article runs on across it.
  for (let idx = 0; idx < lines.length; idx++) {
    if (!PAGE_COUNTER.test(lines[idx]!.text)) continue;
    let start = idx;
    while (start > 0 && !lines[start]!.gapBefore) start--;
    let end = idx;
    while (end + 1 < lines.length && !lines[end + 1]!.gapBefore) end++;
    if (end - start + 1 > LINE_SCORES.pageBreakMaxLines || !prosePara(lines[start - 1]) || !prosePara(lines[end + 1])) continue;
    for (let k = start; k <= end; k++) {
      lines[k]!.interruption = true;
      lines[k]!.kind ??= 'ui';
    }
    idx = end;
  }
  // Runs of short lines with no blank line between them: menus, link lists, headline lists.
  const prose = lines.filter((l) => l.length >= LINE_SCORES.paragraphLength && !l.kind);
  const blankSeparatedProse =
    prose.length >= 2 && prose.filter((l) => l.gapBefore && l.gapAfter).length >= prose.length * LINE_SCORES.blankSeparatedShare;
  let i = 0;
  while (i < lines.length) {
    let j = i;
    // A run is broken by blank lines and by recognised furniture (a list heading starts a new run).
    while (j < lines.length && lines[j]!.length < LINE_SCORES.paragraphLength && (j === i || !lines[j]!.gapBefore) && (j === i || !lines[j]!.kind)) j++;
    if (j - i >= LINE_SCORES.listRunLength && looksLikeList(lines.slice(i, j), blankSeparatedProse)) for (let k = i; k < j; k++) lines[k]!.inList = true;
    i = Math.max(j, i + 1);
  }
  if (blankSeparatedProse) markBoxesBetweenParagraphs(lines);
  for (let idx = 0; idx < lines.length; idx++) {
    const l = lines[idx]!;
    let s: number;
    const prev = lines[idx - 1];
    if (l.duplicate && prev && keys[idx - 1] === keys[idx]) s = 0;
    else if (l.interruption) s = LINE_SCORES.interruption;
    else if (l.kind) s = LINE_SCORES.furniture[l.kind] ?? -5;
    else if (l.duplicate && l.length < 400) s = LINE_SCORES.duplicate;
    else if (l.dateLine) s = LINE_SCORES.dateLine;
    else if (l.length >= LINE_SCORES.paragraphLength) s = Math.min(LINE_SCORES.maxParagraphScore, l.length / LINE_SCORES.charsPerPoint);
    else if (l.length < LINE_SCORES.shortLength) s = LINE_SCORES.shortScore;
    else if (endsSentence(l.text)) s = LINE_SCORES.mediumSentence;
    // Thai does not end sentences with punctuation: a medium Thai line is weak evidence either way.
    else s = isThaiLine(l.text) ? LINE_SCORES.mediumThai : LINE_SCORES.mediumOther;
    if (l.inList && !l.kind) s = Math.min(s, LINE_SCORES.listRunScore);
    // Press-release markers (□ ㅇ ○ ° ※ * 1. 가.) open body items even when the item is short.
    if (!l.kind && !l.duplicate && l.length >= LINE_SCORES.markerMinLength && BODY_MARKER.test(l.text)) s = Math.max(s, LINE_SCORES.marker);
    l.score = s;
  }
}

/** Maximum-sum contiguous run of lines (Kadane). */
function bestRun(lines: Line[]): [number, number] | null {
  let best = 0;
  let bestRange: [number, number] | null = null;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += lines[i]!.score;
    if (sum > best) {
      best = sum;
      bestRange = [start, i];
    }
  }
  return bestRange;
}

function headlineLike(l: Line): boolean {
  if (l.kind || l.duplicate || l.dateLine) return false;
  if (l.length < TITLE_LIMITS.minLength || l.length > TITLE_LIMITS.maxLength) return false;
  return true;
}

/** Is the first line of the body run really the headline (no sentence end, followed by longer text)? */
function leadsAsHeadline(lines: Line[], start: number, end: number): boolean {
  const l = lines[start]!;
  if (!headlineLike(l) || start >= end) return false;
  if (opensWithLedeDateline(l.text)) return false;
  const next = lines.slice(start + 1, end + 1).find((x) => !x.kind && !x.duplicate && !x.dateLine);
  if (!next) return false;
  if (THAI.test(l.text) && !/[.!?]\s*$/.test(l.text)) {
    // Thai has no sentence punctuation: a headline is a shorter line followed by furniture or longer text.
    return l.length < next.length * 0.8 || lines[start + 1] !== next;
  }
  return !endsAsProse(l.text) && l.length <= 250;
}

/** A headline-like line of headline length without a sentence end. */
function headlineSized(l: Line | undefined): boolean {
  return !!l && headlineLike(l) && l.length >= TITLE_SCORES.goodMinLength && l.length <= TITLE_SCORES.goodMaxLength && !endsAsProse(l.text);
}

/** A headline-sized line over a blank-separated headline: another of a list of headlines, unless it closes a tight
 * list run (the last item of an "Articles on this page" or menu list is no rival headline). */
function blankStackedHeadline(l: Line | undefined): boolean {
  return headlineSized(l) && !l!.inList;
}

/** The top line of a stack is (about) its longest: a headline over its deck lines, not one of a list of headlines. */
function topLeadsStack(lines: Line[], top: number, end: number): boolean {
  for (let k = top + 1; k <= end; k++) if (lines[k]!.length * TITLE_SCORES.deckTopMinShare > lines[top]!.length) return false;
  return true;
}

/**
 * A subheadline (deck) sits directly under the headline, both above the dateline: "headline / deck /
 * 입력 … / 기자". The upper of exactly two stacked headline-sized lines is the headline; three or more
 * stacked lines are a list of headlines (related stories), where the nearest one is this page's.
 */
function isDeck(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  if (!headlineSized(l) || !headlineSized(lines[i - 1])) return false;
  if (l.gapBefore) {
    // Blank-separated: headline / deck / byline-or-dateline, each on its own paragraph. Only a pair (the
    // line above the headline is not another headline) straight over the dateline or byline.
    const after = lines[i + 1];
    return !!after && (after.dateLine || after.kind === 'meta' || after.kind === 'byline') && !blankStackedHeadline(lines[i - 2]);
  }
  const above = lines[i - 1]!;
  if (above.gapBefore || !headlineSized(lines[i - 2])) return true;
  // A headline over a deck of several lines: a short stack of headline-sized lines whose first line is
  // (about) the longest and which runs straight into the dateline / byline. Longer stacks, or stacks whose
  // first line is clearly shorter than another, are lists of headlines.
  let top = i;
  while (top > 0 && !lines[top]!.gapBefore && headlineSized(lines[top - 1])) top--;
  let end = i;
  while (end + 1 < lines.length && !lines[end + 1]!.gapBefore && headlineSized(lines[end + 1])) end++;
  if (end - top + 1 > TITLE_SCORES.deckMaxStack) return false;
  const after = lines[end + 1];
  if (!after || !(after.dateLine || after.kind === 'meta' || after.kind === 'byline')) return false;
  return topLeadsStack(lines, top, end);
}

/**
 * A short deck line in a tight stack under the headline: "headline / deck line / deck line / 입력 …" with no
 * blank line between (a two-line subtitle scraped from "<h4>a<br>b</h4>"). The deck lines need not be
 * headline-sized; the stack is at most TITLE_SCORES.deckMaxStack lines, its top line is (about) the longest and
 * headline-sized, and it runs straight into the dateline / byline. Every line under the top is deck.
 */
function inStackUnderHeadline(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  const stackable = (x: Line | undefined): boolean => !!x && headlineLike(x) && !endsAsProse(x.text);
  if (!stackable(l)) return false;
  if (l.gapBefore) {
    // Blank-separated: "headline / (blank) / deck line / deck line / 입력 …" — the deck is a paragraph of
    // its own (one or more tight lines) right over the dateline, under a headline paragraph that is not
    // itself one of a list of headlines.
    const above = lines[i - 1];
    if (!above || !above.gapBefore || !headlineSized(above) || blankStackedHeadline(lines[i - 2])) return false;
    let last = i;
    while (last + 1 < lines.length && !lines[last + 1]!.gapBefore && stackable(lines[last + 1])) last++;
    if (last - i + 1 > TITLE_SCORES.deckMaxStack - 1) return false;
    const next = lines[last + 1];
    return !!next && (next.dateLine || next.kind === 'meta' || next.kind === 'byline');
  }
  let top = i;
  while (top > 0 && !lines[top]!.gapBefore && stackable(lines[top - 1])) top--;
  if (top === i) return false;
  let end = i;
  while (end + 1 < lines.length && !lines[end + 1]!.gapBefore && stackable(lines[end + 1])) end++;
  if (end - top + 1 > TITLE_SCORES.deckMaxStack || !headlineSized(lines[top])) return false;
  const after = lines[end + 1];
  if (!after || !(after.dateLine || after.kind === 'meta' || after.kind === 'byline')) return false;
  return topLeadsStack(lines, top, end);
}

/**
 * A deck written as a sentence in a paragraph of its own under the headline ("headline / (blank) / The expansion
 * will double … ."): a line ending on a full stop right under a headline-sized line that is not one of a list.
 */
function sentenceDeck(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  const above = lines[i - 1];
  return l.gapBefore && endsAsProse(l.text) && !!above && !above.inList && headlineSized(above);
}

/**
 * A headline-sized line that also stands inside a longer line above it (see TITLE_SCORES.echoedAbove), and does
 * not itself wrap a line further down (an e-mail subject quoted in the print header wraps the headline under it).
 */
function echoedAbove(lines: Line[], i: number, bodyStart: number): boolean {
  const l = lines[i]!;
  const sized = (x: Line): boolean => x.length >= TITLE_SCORES.goodMinLength && x.length <= TITLE_SCORES.goodMaxLength;
  if (!sized(l)) return false;
  for (let k = i + 1; k <= bodyStart && k < lines.length; k++) if (sized(lines[k]!) && l.text.includes(lines[k]!.text)) return false;
  for (let k = 0; k < i; k++) if (lines[k]!.length > l.length && lines[k]!.text.includes(l.text)) return true;
  return false;
}

/**
 * The headline: among headline-like lines above the body (and the body run's first line, when it reads
 * as one), prefer the one followed by a dateline / byline / metadata (or by share buttons and captions),
 * then the nearest. Menus above the headline are runs of short lines; the headline is longer.
 */
function bestHeadline(lines: Line[], bodyStart: number, firstLineLeads: boolean): number | null {
  let best: number | null = null;
  let bestScore = -Infinity;
  const consider = (i: number): void => {
    const l = lines[i]!;
    if (!headlineLike(l)) return;
    // Scraped board tables put each cell on its own line ("제 목 / headline / 작성자 / 홍보팀 / 등록일 / …"):
    // the line under the title label is the headline, the line under another field label is a value.
    const label = i > 0 ? fieldLabelKind(lines[i - 1]!.text) : null;
    if (label === 'field' || fieldRowInMetaBlock(lines, i)) return;
    let s = label === 'title' ? TITLE_SCORES.labelled : 0;
    const next = lines.slice(i + 1, i + 1 + TITLE_SCORES.followWindow);
    // "page name / 14 ธ.ค. 2567 · / ติดตาม": the header of a social post or author card, not a headline.
    const dated = next.findIndex((x) => x.dateLine || x.kind === 'meta');
    if (dated >= 0 && next[dated + 1] && FOLLOW_BUTTON.test(next[dated + 1]!.text)) return;
    if (next.some((x) => x.dateLine || x.kind === 'meta' || x.kind === 'byline')) s += TITLE_SCORES.followedByMeta;
    // Only for a headline-sized line: a short one followed by chrome is a label of the strip (a site or board name
    // between menu lines), as a headline without a dateline is followed by the body.
    else if (l.length >= TITLE_SCORES.goodMinLength && next.some((x) => x.kind === 'ui' || x.kind === 'caption' || x.duplicate)) s += TITLE_SCORES.followedByChrome;
    if (l.length >= TITLE_SCORES.goodMinLength && l.length <= TITLE_SCORES.goodMaxLength) s += TITLE_SCORES.goodLength;
    if (!endsAsProse(l.text)) s += TITLE_SCORES.noSentenceEnd;
    if (l.inList && s < TITLE_SCORES.followedByChrome) s += TITLE_SCORES.inList;
    if (isDeck(lines, i) || inStackUnderHeadline(lines, i) || sentenceDeck(lines, i)) s += TITLE_SCORES.deck;
    if (echoedAbove(lines, i, bodyStart)) s += TITLE_SCORES.echoedAbove;
    s -= TITLE_SCORES.perLineAway * Math.max(0, bodyStart - i);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  };
  if (firstLineLeads) consider(bodyStart);
  for (let i = bodyStart - 1; i >= 0 && i >= bodyStart - TITLE_LIMITS.lookBack; i--) {
    if (lines[i]!.kind === 'list-heading') break;
    consider(i);
  }
  return bestScore > TITLE_SCORES.min ? best : null;
}

export function stripText(input: string): Stripped {
  const warnings: string[] = [];
  const lines = splitLines(input);
  classify(lines);
  let run = bestRun(lines);

  let titleIndex: number | null = null;
  if (run) {
    let [start, end] = run;
    const leads = leadsAsHeadline(lines, start, end);
    const best = bestHeadline(lines, start, leads);
    if (best !== null) {
      titleIndex = best;
      if (best === start) {
        start++;
        while (start <= end && lines[start]!.score < 0) start++;
      }
    }
    run = start <= end ? [start, end] : null;
  }

  const body: string[] = [];
  const bodyLines: Line[] = [];
  if (run) {
    for (let i = run[0]; i <= run[1]; i++) {
      const l = lines[i]!;
      if (l.kind || (l.duplicate && l.length < 400) || l.dateLine) continue;
      if (l.inList && l.length < LINE_SCORES.shortLength) continue;
      body.push(l.text);
      bodyLines.push(l);
    }
  }
  let text = joinParagraphs(body);
  if (effectiveLength(text) < MIN_BODY_LENGTH) text = '';
  if (!text) warnings.push('no-main-content');

  const first = bodyLines.length > 0 ? lines.indexOf(bodyLines[0]!) : null;
  const last = bodyLines.length > 0 ? lines.indexOf(bodyLines[bodyLines.length - 1]!) : null;
  const title = titleIndex !== null && text ? lines[titleIndex]!.text : null;
  const visible = visibleDate(lines, titleIndex, text ? first : null, text ? last : null);
  // No dateline near the headline of a print archive page: the folio inside a page break gives the edition date.
  const folio = visible || !text ? undefined : lines.find((l) => l.interruption && l.dateLine && PRINT_FOLIO.test(l.text));
  const folioDate = folio ? findDates(folio.text)[0]?.dt : undefined;
  const publishedAt = visible && text ? formatDate(visible.dt) : folioDate ? formatDate(folioDate) : null;

  const byline: string[] = [];
  if (first !== null && last !== null) {
    const zone = [...lines.slice(Math.max(0, (titleIndex ?? first) + 1), first), ...lines.slice(last + 1, last + 6)];
    for (const l of zone) if (l.kind === 'byline') byline.push(...(bylineNames(l.text) ?? []));
    for (const l of lines.slice(first, last + 1)) if (l.kind === 'byline') byline.push(...(bylineNames(l.text) ?? []));
  }

  if (!title) warnings.push('no-title');
  if (!publishedAt) warnings.push('no-published-date');
  return { title, publishedAt, byline: [...new Set(byline)], url: null, siteName: null, text, warnings };
}
