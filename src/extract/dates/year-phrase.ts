// "on June 3 last year", "at the end of June last year", "in early March this year": the date finder
// reads the day or month and the year phrase as two mentions, and gives the day the year nearest the
// publication (a June after a May publication is read as next June, then dropped or pushed back a
// year). The year phrase right after a date written without a year is that date's year.
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
