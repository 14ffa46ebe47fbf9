/**
 * Resolution refiner: fills what the text leaves out, in document order.
 * - linked endpoints share missing parts ("September 19 through 24", "between June and September 2024");
 * - a day without a month takes it from the context ("the 23rd" after "September 20", "9월 19일 … 24일"),
 *   else from the anchor (the nearest such day; 지난 3일 before it, 오는 15일 after it);
 * - a month without a year takes the occurrence nearest to the anchor ("slated for November 26" in a
 *   September article is the coming November), or the one a modifier asks for ("지난해 12월", "last June");
 * - a weekday resolves only next to a dated anchor (a publication date), to the nearest such day,
 *   leaning to the recent past as news does.
 * Without an anchor nothing is guessed: the date keeps the parts it has (`value: null`, `partial`).
 */
import { addMonths, dayNumber, daysInMonth, fromDayNumber, isValidDay, weekdayOf } from '../calendar.js';
import type { Candidate, Parts, RefineContext } from '../types.js';

type Anchor = NonNullable<RefineContext['anchor']>;

/**
 * How far (UTF-16 units) a month named earlier in the sentence reaches a bare day ("12월 3일 개막해
 * 10일 폐막"). Farther away, a bare day is the publication month's, as Korean and Thai news write it.
 */
const SENTENCE_CONTEXT_REACH = 16;

/** Sentence breaks: offsets where a new sentence begins (sorted). */
const SENTENCE_BREAK = /[.!?。](?=[ \t\u00a0\n"”’)]|$)|\n/g;

function sentenceBreaks(src: string): number[] {
  const out: number[] = [];
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(src); m; m = SENTENCE_BREAK.exec(src)) out.push(m.index + 1);
  return out;
}

/** Number of breaks at or before `pos` (binary search). */
function sentenceIndex(breaks: number[], pos: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] as number) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const ymdNumber = (y: number, m: number, d: number): number => dayNumber(y, m, Math.min(d, daysInMonth(y, m)));

/** The year for (month[, day]) nearest to the anchor, or strictly before / after it. */
/**
 * Nearest-occurrence score of a signed distance, the side against the sentence's tense counting double.
 * Ties go to the sentence's side ("due to open in November" in a March article: eight months ahead
 * against four months back, doubled), else to the past.
 */
function nearScore(diff: number, lean: Candidate['lean']): number {
  if (lean === 'past' && diff > 0) return diff * 2;
  if (lean === 'future' && diff < 0) return -diff * 2 + 0.5;
  if (lean === 'future') return diff;
  return Math.abs(diff) + (diff > 0 ? 0.5 : 0); // ties go to the past
}

function resolveYear(
  anchor: Anchor,
  month: number,
  day: number | undefined,
  direction: Candidate['direction'],
  lean: Candidate['lean'],
): number {
  const a = dayNumber(anchor.year, anchor.month, anchor.day);
  let best = anchor.year;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const y of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    if (day !== undefined && !isValidDay(y, month, day)) continue;
    // Month precision: compare months (a month counts as its whole span containing the anchor).
    const diff =
      day !== undefined
        ? ymdNumber(y, month, day) - a
        : (y * 12 + month - (anchor.year * 12 + anchor.month)) * 30.5;
    // "The past one" may be the anchor's own day ("เมื่อวันที่ 3 ธ.ค. ที่ผ่านมา" on 3 December); a month is strict.
    if (direction === 'past' && (day !== undefined ? diff > 0 : diff >= 0)) continue;
    if (direction === 'future' && diff <= 0) continue;
    const score = direction === 'past' ? -diff : direction === 'future' ? diff : nearScore(diff, lean);
    if (score < bestScore) {
      bestScore = score;
      best = y;
    }
  }
  return best;
}

/** (year, month) for a bare day of the month against the anchor. */
function resolveBareDay(anchor: Anchor, day: number, c: Candidate): { year: number; month: number } | null {
  if (c.monthOffset !== undefined) {
    const ym = addMonths(anchor.year, anchor.month, c.monthOffset);
    return isValidDay(ym.year, ym.month, day) ? ym : null;
  }
  const a = dayNumber(anchor.year, anchor.month, anchor.day);
  let best: { year: number; month: number } | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (let delta = -2; delta <= 2; delta++) {
    const ym = addMonths(anchor.year, anchor.month, delta);
    if (!isValidDay(ym.year, ym.month, day)) continue;
    const diff = dayNumber(ym.year, ym.month, day) - a;
    if (c.direction === 'past' && diff >= 0) continue;
    if (c.direction === 'future' && diff <= 0) continue;
    const score = c.direction === 'past' ? -diff : c.direction === 'future' ? diff : nearScore(diff, c.lean);
    if (score < bestScore) {
      bestScore = score;
      best = ym;
    }
  }
  return best;
}

function resolveWeekday(anchor: Anchor, weekday: number, direction: Candidate['direction']): Parts {
  const a = dayNumber(anchor.year, anchor.month, anchor.day);
  const aw = weekdayOf(anchor.year, anchor.month, anchor.day);
  let offset = (weekday - aw + 7) % 7; // 0..6 forward
  if (direction === 'past') offset = offset === 0 ? -7 : offset - 7;
  else if (direction === 'future') offset = offset === 0 ? 7 : offset;
  else if (offset > 2) offset -= 7; // nearest, leaning to the past: -4 … +2
  return fromDayNumber(a + offset);
}

/** The start of a link lends what the end lacks ("September 19 through 24": 24 is September's). */
function inheritForward(from: Parts, to: Candidate): void {
  const p = to.parts;
  if (p.day !== undefined && p.month === undefined && from.month !== undefined) {
    let month = from.month;
    let year = from.year;
    if (from.day !== undefined && p.day < from.day) {
      const next = addMonths(year ?? 2000, month, 1);
      month = next.month;
      if (year !== undefined) year = next.year;
    }
    p.month = month;
    if (p.year === undefined && year !== undefined) p.year = year;
    delete to.dayContext;
  } else if (p.year === undefined && p.month !== undefined && from.year !== undefined && to.yearOffset === undefined) {
    const before = from.month !== undefined && (p.month < from.month || (p.month === from.month && (p.day ?? 99) < (from.day ?? 0)));
    p.year = before ? from.year + 1 : from.year;
  }
}

/** The end of a link lends what the start lacks ("between June and September 2024", "19-24 ก.ย. 2562"). */
function inheritBackward(from: Parts, to: Candidate): void {
  const p = to.parts;
  if (p.day !== undefined && p.month === undefined && from.month !== undefined) {
    let month = from.month;
    let year = from.year;
    if (from.day !== undefined && p.day > from.day) {
      const prev = addMonths(year ?? 2000, month, -1);
      month = prev.month;
      if (year !== undefined) year = prev.year;
    }
    p.month = month;
    if (p.year === undefined && year !== undefined) p.year = year;
    delete to.dayContext;
  } else if (p.year === undefined && p.month !== undefined && from.year !== undefined && to.yearOffset === undefined) {
    const after = from.month !== undefined && (p.month > from.month || (p.month === from.month && (p.day ?? 0) > (from.day ?? 99)));
    p.year = after ? from.year - 1 : from.year;
  }
}

const isRelative = (c: Candidate): boolean =>
  c.dayContext === 'anchor' || c.yearOffset !== undefined || c.monthOffset !== undefined || c.direction !== undefined;

/**
 * A range whose endpoints both lack the year ("between January and July") resolves as a unit: the
 * year that puts the whole interval nearest the anchor (zero when the anchor falls inside it).
 */
function resolveRangeYear(anchor: Anchor, start: Candidate, end: Candidate): void {
  const lean = start.lean ?? end.lean;
  const s = start.parts;
  const e = end.parts;
  if (s.year !== undefined || e.year !== undefined || s.month === undefined || e.month === undefined) return;
  if (isRelative(end)) return;
  const a = dayNumber(anchor.year, anchor.month, anchor.day);
  const wraps = e.month < s.month || (e.month === s.month && (e.day ?? 31) < (s.day ?? 1));
  let best = anchor.year;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const y of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    const ey = wraps ? y + 1 : y;
    const from = ymdNumber(y, s.month, s.day ?? 1);
    const to = ymdNumber(ey, e.month, e.day ?? daysInMonth(ey, e.month));
    let dist = a < from ? nearScore(from - a, lean) : a > to ? nearScore(to - a, lean) : 0;
    // Told in the past tense, a range cannot mostly lie ahead ("exports from January to March were
    // strong" on 5 January is last year's); told in the future, it cannot mostly lie behind.
    if (lean === 'past' && to - a > 31) dist = Math.max(dist, (to - a) * 4);
    if (lean === 'future' && a - from > 31) dist = Math.max(dist, (a - from) * 4);
    if (dist < bestScore) {
      bestScore = dist;
      best = y;
    }
  }
  s.year = best;
}

interface MonthContext {
  year: number | undefined;
  month: number;
  end: number;
}

export function resolveDates(candidates: Candidate[], ctx: RefineContext): Candidate[] {
  const breaks = sentenceBreaks(ctx.src);
  const anchor = ctx.anchor;
  let monthCtx: MonthContext | null = null;
  const out: Candidate[] = [];

  for (const c of candidates) {
    if (c.kind === 'weekday') {
      if (anchor && ctx.anchorGiven && c.weekday !== undefined) {
        c.resolved = resolveWeekday(anchor, c.weekday, c.direction);
        c.unit = 'day';
        out.push(c);
      }
      continue;
    }
    if (c.kind !== 'date') continue;

    if (!isRelative(c)) {
      if (c.link?.role === 'start') {
        inheritBackward(c.link.other.parts, c);
        if (anchor) resolveRangeYear(anchor, c, c.link.other);
      }
      if (c.link?.role === 'end') inheritForward(c.link.other.resolved ?? c.link.other.parts, c);
    }

    const p: Parts = { ...c.parts };
    if (p.day !== undefined && p.month === undefined) {
      // A day of the month.
      const sameSentence =
        monthCtx !== null &&
        c.start - monthCtx.end <= SENTENCE_CONTEXT_REACH &&
        sentenceIndex(breaks, monthCtx.end) === sentenceIndex(breaks, c.start);
      let useCtx = false;
      if (c.dayContext === 'document') useCtx = monthCtx !== null;
      else if (c.dayContext === 'sentence' || c.dayContext === undefined) useCtx = sameSentence || (!anchor && monthCtx !== null);
      if (useCtx && monthCtx) {
        p.month = monthCtx.month;
        if (monthCtx.year !== undefined) p.year = monthCtx.year;
      } else if (anchor) {
        const ym = resolveBareDay(anchor, p.day, c);
        if (!ym) continue;
        p.year = ym.year;
        p.month = ym.month;
      }
    } else if (p.month !== undefined && p.year === undefined && anchor) {
      p.year =
        c.yearOffset !== undefined ? anchor.year + c.yearOffset : resolveYear(anchor, p.month, p.day, c.direction, c.lean);
    }
    if (p.day !== undefined && p.month !== undefined && !isValidDay(p.year, p.month, p.day)) continue;
    c.resolved = p;
    if (p.month !== undefined) monthCtx = { year: p.year, month: p.month, end: c.end };
    out.push(c);
  }
  return out;
}
