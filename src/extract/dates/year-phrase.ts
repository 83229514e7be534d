// "on June 3 last year", "at the end of June last year", "in early March this year": the date finder
// reads the day or month and the year phrase as two mentions, and gives the day the year nearest the
// publication (a June after a May publication is read as next June, then dropped or pushed back a
// year). The year phrase right after a date written without a year is that date's year.
// A year written apart from its month ("in 2016, May 13", "May 13 of 2016", "in 2017 December") is
// no part of chrono's patterns either: it is joined to the month next to it the same way.
import { dayOf, parts } from './calendar.ts';
import type { Resolved } from './relative.ts';

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const YEAR_PHRASE = /^(?:last|this|the\s+previous|the\s+same)\s+year$/i;
const BETWEEN = /^\s+(?:of\s+)?$/;

/** the same day in another year (29 February becomes 28 February) */
function inYear(n: number, year: number): number | null {
  const p = parts(n);
  return dayOf(year, p.month, p.day) ?? dayOf(year, p.month, p.day - 1);
}

/** `r` moved into `year` (the year of its last day; a range keeps its span across New Year) */
function shifted(r: Resolved, year: number, start: number, end: number): Resolved | null {
  const delta = year - parts(r.to).year;
  const date = inYear(r.date, parts(r.date).year + delta), from = inYear(r.from, parts(r.from).year + delta), to = inYear(r.to, year);
  if (date === null || from === null || to === null) return null;
  return { start, end, date, from, to, precision: r.precision, relative: false };
}

/** a sentence's sorted resolved dates with each "<month date> last year" pair made one mention;
 *  `text` is the sentence, `base` its offset in the document */
export function joinYearPhrases(out: Resolved[], text: string, base: number): Resolved[] {
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i], b = out[i + 1];
    if (!a.relative || !YEAR_PHRASE.test(text.slice(b.start - base, b.end - base))) continue;
    if (!MONTH_NAME.test(text.slice(a.start - base, a.end - base)) || !BETWEEN.test(text.slice(a.end - base, b.start - base))) continue;
    const year = parts(b.from).year;
    const date = inYear(a.date, year), from = inYear(a.from, year), to = inYear(a.to, year);
    if (date === null || from === null || to === null) continue;
    out.splice(i, 2, { start: a.start, end: b.end, date, from, to, precision: a.precision, relative: true });
  }
  return out;
}

/** "in 2016, May 13", "in 2017 December": a year after "in" (or "on") right before the month */
const YEAR_BEFORE = /\b(?:in|on)\s{1,3}((?:1[89]|20)\d\d),?\s{1,3}$/i;
/** "May 13 of 2016", "May 13, in 2016": a year after "of" or "in" right after it */
const YEAR_AFTER = /^,?\s{1,3}(?:of|in)\s{1,3}((?:1[89]|20)\d\d)(?![\d-])/i;
const WRITTEN_YEAR = /\d{4}|\byear\b/i;

/** each date written with a month and no year that has a year set apart next to it, in that year */
export function joinAdjacentYears(out: Resolved[], text: string, base: number): Resolved[] {
  for (let i = 0; i < out.length; i++) {
    const r = out[i];
    if (!r.relative) continue;
    const written = text.slice(r.start - base, r.end - base);
    if (!MONTH_NAME.test(written) || WRITTEN_YEAR.test(written)) continue;
    const b = YEAR_BEFORE.exec(text.slice(Math.max(0, r.start - base - 12), r.start - base));
    const a = b ? null : YEAR_AFTER.exec(text.slice(r.end - base, r.end - base + 12));
    const m = b ?? a;
    if (!m) continue;
    const start = b ? r.start - (b[0].length - b[0].search(/\d/)) : r.start;
    const end = a ? r.end + a[0].length : r.end;
    const next = shifted(r, Number(m[1]), start, end);
    if (next) out[i] = next;
  }
  return out;
}
