// "on the sixth anniversary of the kidnapping", "May 28, which marks a month since the protests
// began", "April 11 marks two years since police stormed the embassy": the act an anniversary
// counts from happened that many years (or months) before the anniversary's day, not on it. The
// anniversary's day is the sentence's date when it names one, else the publication's.
import type { DateMention } from '../../core/types.ts';
import { dayOf, iso, parseIso, parts } from './calendar.ts';

const COUNTS: Record<string, number> = {
  a: 1, one: 1, first: 1, two: 2, second: 2, three: 3, third: 3, four: 4, fourth: 4, five: 5, fifth: 5, six: 6, sixth: 6,
  seven: 7, seventh: 7, eight: 8, eighth: 8, nine: 9, ninth: 9, ten: 10, tenth: 10, eleven: 11, eleventh: 11, twelve: 12, twelfth: 12,
  fifteen: 15, fifteenth: 15, twenty: 20, twentieth: 20, thirty: 30, thirtieth: 30, forty: 40, fortieth: 40, fifty: 50, fiftieth: 50,
};
const COUNT = '(\\d{1,3}(?:st|nd|rd|th)?|[a-z]+)';
/** the words before a trigger that make it the act an anniversary counts from (within a few words;
 *  a clause after "since" up to a contrast: "... since she went missing, but he was arrested" is not) */
const ANNIVERSARY_RE = new RegExp(
  `\\b(?:(?:the\\s+${COUNT}(?:[-\\s]years?)?(?:\\s+death)?\\s+anniversary\\s+of|${COUNT}-(year|month)\\s+anniversary\\s+of)\\s+(?:[\\w'’-]+\\s+){0,5}|${COUNT}\\s+(years?|months?)\\s+since\\s+(?:(?!(?:but|yet|while|whereas|although|though|however)\\s)[\\w'’-]+\\s+){0,14})$`,
  'i',
);

function count(word: string | undefined): number {
  if (!word) return 0;
  const w = word.toLowerCase();
  const n = /^\d/.test(w) ? parseInt(w, 10) : COUNTS[w] ?? 0;
  return n > 0 && n <= 200 ? n : 0;
}

/** the day `n` years or months before day `d` (the 29th of February and month ends step back) */
function before(d: number, years: number, months: number): number | null {
  const p = parts(d);
  let y = p.year - years, m = p.month - months;
  while (m < 1) { m += 12; y--; }
  for (let day = p.day; day >= p.day - 3; day--) {
    const n = dayOf(y, m, day);
    if (n !== null) return n;
  }
  return null;
}

/**
 * The date of an act named right after "the Nth anniversary of" or "N years since", counted back
 * from the sentence's date (`at`: a day, same precision) or from the publication (`published`:
 * the anniversary is near it, so a week's precision). Undefined when the trigger is no such act.
 */
export function anniversaryDate(textBefore: string, at: DateMention | undefined, published: string | undefined, sentence: number, trStart: number): DateMention | undefined {
  const m = ANNIVERSARY_RE.exec(textBefore);
  if (!m) return undefined;
  const n = count(m[1] ?? m[2] ?? m[4]);
  const unit = (m[3] ?? m[5] ?? 'year').toLowerCase();
  if (!n) return undefined;
  const exact = at && at.precision === 1 && !at.unanchored ? parseIso(at.date) : null;
  const from = exact ?? parseIso(published);
  if (from === null) return undefined;
  const day = unit.startsWith('month') ? before(from, 0, n) : before(from, n, 0);
  if (day === null) return undefined;
  const range: [string, string] = exact !== null ? [iso(day), iso(day)] : [iso(day - 3), iso(day + 3)];
  const start = trStart - m[0].length;
  return { kind: 'date', sentence, start, end: start + m[0].length, text: m[0].trim(), date: iso(day), range, precision: exact !== null ? 1 : 2 };
}
