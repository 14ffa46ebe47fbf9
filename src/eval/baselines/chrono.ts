/**
 * English date baseline: chrono-node (`chrono.en`) over the same text, anchored at the publication
 * date. Each result (start and, for ranges, end) becomes a value at the precision chrono is certain
 * of: the day when the day (or weekday) is certain, else the month, else the year. Times alone
 * (nothing but the hour certain) give no value. Without an anchor, a date whose year chrono only
 * implied has no value (`value: null`), as in our extractor.
 */
import * as chrono from 'chrono-node';

export interface BaselineDate {
  text: string;
  value: string | null;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Local noon of an ISO date (so no time zone can move it to another day). */
function referenceDate(anchor: string | null | undefined): Date | null {
  const m = anchor ? /^(\d{4})-(\d{2})-(\d{2})/.exec(anchor) : null;
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12, 0, 0) : null;
}

function valueOf(c: chrono.ParsedComponents, anchored: boolean): string | null | undefined {
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null) return undefined;
  let value: string;
  if ((c.isCertain('day') || c.isCertain('weekday')) && month !== null && day !== null) {
    value = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  } else if (c.isCertain('month') && month !== null) {
    value = `${pad(year, 4)}-${pad(month)}`;
  } else if (c.isCertain('year')) {
    value = pad(year, 4);
  } else {
    return undefined; // a time alone
  }
  if (!c.isCertain('year') && !anchored) return null;
  return value;
}

/** chrono's dates in `text`, one entry per endpoint. */
export function chronoDates(text: string, anchor: string | null | undefined): BaselineDate[] {
  const ref = referenceDate(anchor);
  const results = chrono.en.parse(text, ref ?? new Date());
  const out: BaselineDate[] = [];
  for (const r of results) {
    for (const comp of [r.start, r.end]) {
      if (!comp) continue;
      const value = valueOf(comp, ref !== null);
      if (value === undefined) continue;
      out.push({ text: r.text, value });
    }
  }
  return out;
}

/** Distinct non-null values (what `npm run eval` scores). */
export function chronoDateValues(text: string, anchor: string | null | undefined): string[] {
  return [...new Set(chronoDates(text, anchor).map((d) => d.value).filter((v): v is string => v !== null))];
}
