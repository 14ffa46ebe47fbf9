/**
 * Publication-date parsing for metadata values (ISO 8601, RFC 2822, compact 20241203140500) and for
 * datelines written on the page in Korean, Thai, English and Vietnamese ("입력 2024.12.03 14:05",
 * "เผยแพร่: 3 ธ.ค. 2567", "Published: 3 Dec 2024 at 14:05", "22/12/2023", "Dec. 3, 2024").
 * Thai Buddhist-era years are converted (−543), also two-digit ones next to a Thai month.
 */
import { DATE_LABELS, EN_MONTHS, TH_MONTHS, TWO_DIGIT_YEAR_LABELS as TWO_DIGIT_YEAR_LABEL_LIST } from './dateData.js';

export interface DateTime {
  y: number;
  m: number;
  d: number;
  hh?: number;
  mi?: number;
  ss?: number;
  /** "Z" or "+09:00". */
  offset?: string;
}

export interface DateMatch {
  dt: DateTime;
  index: number;
  end: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function toThaiDigits(s: string): string {
  return s.replace(/[๐-๙]/g, (c) => String(c.charCodeAt(0) - 0x0e50));
}

function validDate(y: number, m: number, d: number): boolean {
  if (!(y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}

function normYear(y: number, thai: boolean, ce: boolean): number {
  if (y < 100) y = thai && !ce ? 2500 + y : 2000 + y;
  if (y >= 2400 && !ce) y -= 543; // Buddhist era
  return y;
}

/** `YYYY-MM-DD`, or with time and offset `YYYY-MM-DDTHH:mm(:ss)±HH:MM` when both are known. */
export function formatDate(dt: DateTime, fallbackOffset?: string | null): string {
  const date = `${dt.y}-${pad(dt.m)}-${pad(dt.d)}`;
  const offset = dt.offset ?? fallbackOffset ?? undefined;
  if (dt.hh === undefined || offset === undefined) return date;
  const time = `${pad(dt.hh)}:${pad(dt.mi ?? 0)}${dt.ss !== undefined ? `:${pad(dt.ss)}` : ''}`;
  return `${date}T${time}${offset}`;
}

/** Shift a datetime with a UTC offset to another offset ("+09:00"), keeping the instant. */
export function shiftToOffset(dt: DateTime, offset: string): DateTime {
  if (dt.hh === undefined || !dt.offset) return dt;
  const minutes = (o: string): number => {
    if (o === 'Z') return 0;
    const m = /^([+-])(\d{2}):?(\d{2})$/.exec(o);
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  };
  const t = Date.UTC(dt.y, dt.m - 1, dt.d, dt.hh, dt.mi ?? 0, dt.ss ?? 0) - minutes(dt.offset) * 60000 + minutes(offset) * 60000;
  const u = new Date(t);
  return {
    y: u.getUTCFullYear(),
    m: u.getUTCMonth() + 1,
    d: u.getUTCDate(),
    hh: u.getUTCHours(),
    mi: u.getUTCMinutes(),
    ...(dt.ss !== undefined ? { ss: u.getUTCSeconds() } : {}),
    offset,
  };
}

function normOffset(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (/^(?:z|utc|gmt)$/i.test(raw)) return 'Z';
  const g = /^(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(raw);
  if (g) return `${g[1]}${pad(Number(g[2]))}:${g[3] ?? '00'}`;
  if (/^kst$/i.test(raw)) return '+09:00';
  if (/^ict$/i.test(raw)) return '+07:00';
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(raw);
  if (!m) return undefined;
  return `${m[1]}${pad(Number(m[2]))}:${m[3] ?? '00'}`;
}

function withTime(dt: DateTime, hh?: string, mi?: string, ss?: string, ampm?: string, offset?: string): DateTime {
  if (hh === undefined || mi === undefined) return dt;
  let h = Number(hh);
  const min = Number(mi);
  if (ampm) {
    const pm = /^(?:pm|p\.m\.|오후)$/i.test(ampm);
    const am = /^(?:am|a\.m\.|오전)$/i.test(ampm);
    if (pm && h < 12) h += 12;
    if (am && h === 12) h = 0;
  }
  if (h > 23 || min > 59) return dt;
  const out: DateTime = { ...dt, hh: h, mi: min };
  if (ss !== undefined && Number(ss) <= 59) out.ss = Number(ss);
  const off = normOffset(offset);
  if (off) out.offset = off;
  return out;
}

/** Parse a machine-readable date value (meta content, JSON-LD, `<time datetime>`). */
export function parseMachineDate(value: string | null | undefined): DateTime | null {
  if (!value) return null;
  const v = toThaiDigits(value.trim());
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?/i.exec(v);
  if (m) {
    const y = Number(m[1]);
    const dt: DateTime = { y, m: Number(m[2]), d: Number(m[3]) };
    if (!validDate(dt.y, dt.m, dt.d)) return null;
    return withTime(dt, m[4], m[5], m[6], undefined, m[7]);
  }
  m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/.exec(v);
  if (m) {
    const dt: DateTime = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    if (!validDate(dt.y, dt.m, dt.d)) return null;
    return withTime(dt, m[4], m[5], m[6]);
  }
  // RFC 2822 and other forms Date understands, only with an explicit zone.
  if (/[a-z]{3},?\s+\d{1,2}\s+[a-z]{3}\s+\d{4}\s+\d{2}:\d{2}/i.test(v)) {
    const t = Date.parse(v);
    if (!Number.isNaN(t)) {
      const z = /([+-]\d{4}|GMT|UTC|Z)\s*$/i.exec(v);
      const u = new Date(t);
      const dt: DateTime = { y: u.getUTCFullYear(), m: u.getUTCMonth() + 1, d: u.getUTCDate(), hh: u.getUTCHours(), mi: u.getUTCMinutes(), ss: u.getUTCSeconds(), offset: 'Z' };
      const off = normOffset(z?.[1]);
      return off && off !== 'Z' ? shiftToOffset(dt, off) : dt;
    }
  }
  const found = findDates(v);
  return found[0]?.dt ?? null;
}

const TWO_DIGIT_YEAR_LABELS = TWO_DIGIT_YEAR_LABEL_LIST.join('|');

const MONTH_ALT = Object.keys(EN_MONTHS).sort((a, b) => b.length - a.length).join('|');
const TH_MONTH_ALT = Object.keys(TH_MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/\./g, '\\.'))
  .join('|');

/** Optional time after a date: "14:05", "오후 2:05", "at 2:05 pm", "เวลา 14.05 น.", "- 14:05:33", "T14:05+09:00". */
const TIME = String.raw`(?:\s*(?:,|at|เวลา|lúc|-|\||T|\/)?\s*(오전|오후|AM|PM)?\s*(\d{1,2})[:](\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|น\.)?(?:\s*(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?|UTC|GMT|KST|ICT))?|\s*(?:เวลา)?\s*(\d{1,2})\.(\d{2})\s*น\.)?`;

/**
 * A date pattern: `lead` is the length of a label matched before the date itself (not part of the date);
 * `applies` skips texts that cannot hold a match (a cheap test before a costly pattern).
 */
interface DatePattern {
  re: RegExp;
  build: (m: RegExpExecArray) => DateTime | null;
  lead?: (m: RegExpExecArray) => number;
  applies?: (text: string) => boolean;
}

const HANGUL = /[가-힣]/;

const PATTERNS: readonly DatePattern[] = [
  {
    // 2024-12-03, 2024.12.03, 2024/12/03, 2024. 12. 3., 2024년 12월 3일 (화)
    re: new RegExp(String.raw`(?<!\d)(\d{4})\s*(?:[-./]|년)\s*(\d{1,2})\s*(?:[-./]|월)\s*(\d{1,2})(?!\d)\s*(?:일|\.)?(?:\s*[(（][^)）]{1,4}[)）])?` + TIME, 'gi'),
    build: (m) => {
      const dt = { y: normYear(Number(m[1]), false, false), m: Number(m[2]), d: Number(m[3]) };
      if (!validDate(dt.y, dt.m, dt.d)) return null;
      return m[10] ? withTime(dt, m[10], m[11]) : withTime(dt, m[5], m[6], m[7], m[4] ?? m[8], m[9]);
    },
  },
  {
    // 3 ธ.ค. 2567, วันที่ 3 ธันวาคม พ.ศ. 2567, 3 ธ.ค. 67
    re: new RegExp(String.raw`(?<!\d)(\d{1,2})\s*(${TH_MONTH_ALT})\s*(พ\.\s?ศ\.|ค\.\s?ศ\.)?\s*(\d{4}|\d{2})(?!\d)` + TIME, 'g'),
    build: (m) => {
      const ce = !!m[3] && m[3].startsWith('ค');
      const dt = { y: normYear(Number(m[4]), true, ce), m: TH_MONTHS[m[2]!]!, d: Number(m[1]) };
      if (!validDate(dt.y, dt.m, dt.d)) return null;
      return m[11] ? withTime(dt, m[11], m[12]) : withTime(dt, m[6], m[7], m[8], m[5] ?? m[9], m[10]);
    },
  },
  {
    // 3 Dec 2024, 3rd December 2024, Tuesday 3 December, 2024
    re: new RegExp(String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_ALT})\.?,?\s+(\d{4})(?!\d)` + TIME, 'gi'),
    build: (m) => {
      const dt = { y: Number(m[3]), m: EN_MONTHS[m[2]!.toLowerCase()]!, d: Number(m[1]) };
      if (!validDate(dt.y, dt.m, dt.d)) return null;
      return m[10] ? withTime(dt, m[10], m[11]) : withTime(dt, m[5], m[6], m[7], m[4] ?? m[8], m[9]);
    },
  },
  {
    // Dec. 3, 2024, December 3 2024, Dec 03, 2024 - 14:05
    re: new RegExp(String.raw`(?<![\p{L}])(${MONTH_ALT})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)` + TIME, 'giu'),
    build: (m) => {
      const dt = { y: Number(m[3]), m: EN_MONTHS[m[1]!.toLowerCase()]!, d: Number(m[2]) };
      if (!validDate(dt.y, dt.m, dt.d)) return null;
      return m[10] ? withTime(dt, m[10], m[11]) : withTime(dt, m[5], m[6], m[7], m[4] ?? m[8], m[9]);
    },
  },
  {
    // 25-09-03 14:22 after a Korean board's date label ("작성일 : 25-09-03", "등록일 25.09.03"): bulletin-board
    // skins (gnuboard and the like) print two-digit years. Only after the label: unlabelled, the order is unknown.
    // The label is matched (a literal the engine can scan for) and then skipped: the date starts after it.
    re: new RegExp(String.raw`((?:${TWO_DIGIT_YEAR_LABELS})\s*[:：]?\s*)(\d{2})([-./])(\d{2})\3(\d{2})(?![\d./-]\d)` + TIME, 'g'),
    lead: (m) => m[1]!.length,
    applies: (t) => HANGUL.test(t),
    build: (m) => {
      const dt = { y: 2000 + Number(m[2]), m: Number(m[4]), d: Number(m[5]) };
      if (!validDate(dt.y, dt.m, dt.d)) return null;
      return m[12] ? withTime(dt, m[12], m[13]) : withTime(dt, m[7], m[8], m[9], m[6] ?? m[10], m[11]);
    },
  },
  {
    // Vietnamese: ngày 22 tháng 12 năm 2023
    re: new RegExp(String.raw`(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)\s*(\d{4})` + TIME, 'gi'),
    build: (m) => {
      const dt = { y: Number(m[3]), m: Number(m[2]), d: Number(m[1]) };
      if (!validDate(dt.y, dt.m, dt.d)) return null;
      return m[10] ? withTime(dt, m[10], m[11]) : withTime(dt, m[5], m[6], m[7], m[4] ?? m[8], m[9]);
    },
  },
  {
    // 22/12/2023, 22.12.2566, 03-12-2024 — day first (the order used in Thailand, Vietnam and the UK;
    // month first only when the day would be > 12).
    re: new RegExp(String.raw`(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d./-]\d)` + TIME, 'g'),
    build: (m) => {
      let d = Number(m[1]);
      let mo = Number(m[3]);
      if (mo > 12 && d <= 12) [d, mo] = [mo, d];
      const dt = { y: normYear(Number(m[4]), false, false), m: mo, d };
      if (!validDate(dt.y, dt.m, dt.d)) return null;
      return m[11] ? withTime(dt, m[11], m[12]) : withTime(dt, m[6], m[7], m[8], m[5] ?? m[9], m[10]);
    },
  },
];

/** Every date expression in `text`, in order of position (overlaps resolved to the earliest, longest). */
export function findDates(text: string): DateMatch[] {
  const t = toThaiDigits(text);
  const all: DateMatch[] = [];
  for (const { re, build, lead, applies } of PATTERNS) {
    if (applies && !applies(t)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const dt = build(m);
      if (dt) all.push({ dt, index: m.index + (lead?.(m) ?? 0), end: m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  all.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: DateMatch[] = [];
  let lastEnd = -1;
  for (const d of all) {
    if (d.index < lastEnd) continue;
    out.push(d);
    lastEnd = d.end;
  }
  return out;
}

export type DateLabelKind = 'published' | 'updated' | 'other' | 'counter';

/** Thai letters (vowel and tone marks included). Thai runs words together: a Thai label glued to the word before it
 * is part of a sentence ("ภายในวันที่ 28 ก.พ.", "เมื่อวันที่ …"), a field label starts after a space, a separator or
 * the start of the line. */
const THAI_LETTER = /[\u0e01-\u0e4e]/;

/** The label in front of a date ("입력", "Published", "เผยแพร่", "Updated"), if any, within `prefix`. */
export function labelBefore(prefix: string): DateLabelKind | null {
  const p = prefix.slice(-40).toLowerCase();
  let best: { kind: DateLabelKind; at: number } | null = null;
  for (const [kind, words] of Object.entries(DATE_LABELS) as [DateLabelKind, readonly string[]][]) {
    for (const w of words) {
      const word = w.toLowerCase();
      let at = p.lastIndexOf(word);
      while (at > 0 && THAI_LETTER.test(word[0]!) && THAI_LETTER.test(p[at - 1]!)) at = p.lastIndexOf(word, at - 1);
      if (at >= 0 && (!best || at > best.at)) best = { kind, at };
    }
  }
  return best ? best.kind : null;
}
