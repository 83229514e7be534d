// Date expressions that chrono-node resolves to a single day but that are ranges or need
// news-specific rules: "last week" (the prior ISO week), "earlier this month", "between 3 and 5
// May", "the night of 4-5 May", "the week of 4 May", "late May", and ACLED note openings
// ("Around 9 May 2020 (as reported)", "As reported on 2 May 2020"). Each parser is a regex with
// bounded repetition (no nested quantifiers: linear time) plus a small resolver.
import { HOLIDAY, holidayDay } from './holidays.ts';
import {
  dayOf, impliedYear, isoWeekStart, midpoint, monthEnd, monthNumber, monthStart, parts,
} from './calendar.ts';

export interface Resolved {
  /** offsets into the document */
  start: number;
  end: number;
  date: number;
  from: number;
  to: number;
  precision: 1 | 2 | 3;
  /** the expression needed the anchor (published date) to be resolved */
  relative: boolean;
}

type Span = Omit<Resolved, 'start' | 'end'>;

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s{1,3}(\\d{4}))?';
const SEP = '\\s{0,3}(and|to|until|till|through|-|–|—)\\s{0,3}';

/** precision of a range by its length: a week or less is 2, longer is 3 */
function rangePrecision(from: number, to: number): 2 | 3 {
  return to - from <= 6 ? 2 : 3;
}

function span(from: number, to: number, precision: 1 | 2 | 3, relative: boolean, date = midpoint(from, to)): Span {
  return { date, from, to, precision, relative };
}

/** "last week" → Monday–Sunday of the prior ISO week; "this week", "last month", "earlier this month"… */
export function resolvePeriod(which: string, unit: string, anchor: number, future = false): Span | null {
  const w = which.toLowerCase().replace(/\s+/g, ' ');
  const u = unit.toLowerCase();
  const ws = isoWeekStart(anchor);
  const earlier = w.startsWith('earlier');
  if (u === 'week') {
    if (w === 'last' || w === 'previous') return span(ws - 7, ws - 1, 2, true);
    if (w === 'past') return span(anchor - 6, anchor, 2, true);
    return span(ws, earlier ? Math.max(ws, anchor - 1) : anchor, 2, true);
  }
  if (u === 'weekend') {
    const base = w === 'this' && !thisWeekendPast(anchor, future) ? ws : ws - 7;
    return span(base + 5, base + 6, 2, true, base + 5);
  }
  // month
  const ms = monthStart(anchor);
  if (w === 'last' || w === 'previous') return span(monthStart(ms - 1), ms - 1, 3, true);
  if (w === 'past') return span(anchor - 30, anchor, 3, true);
  return span(ms, earlier ? Math.max(ms, anchor - 1) : anchor, 3, true);
}

/** "this weekend" said from Monday to Thursday is the weekend just past ("clashes began this
 *  weekend", "Trudeau said of this weekend's events"): news tells what happened, and the coming
 *  weekend is told with future wording ("vigils are to be held this weekend"). From Friday on, and
 *  after such wording, it is the coming or current one. */
function thisWeekendPast(anchor: number, future: boolean): boolean {
  const wd = parts(anchor).weekday;
  return !future && wd >= 1 && wd <= 4;
}

/** future wording in the clause before a date ("will march", "are to be held", "planned for") */
const FUTURE_BEFORE = /\b(?:will|shall|'ll|scheduled|expected\s+to|set\s+to|due\s+to|plans?\s+to|planned|planning|upcoming|is\s+to|are\s+to|to\s+be\s+held|ahead\s+of|before)\b[^,;.]{0,40}$/i;

/** explicit year, or the year nearest the anchor (past preferred) */
function yearFor(yearText: string | undefined, month: number, day: number, anchor: number): { year: number; relative: boolean } | null {
  if (yearText) return { year: Number(yearText), relative: false };
  const y = impliedYear(month, day, anchor);
  return y === null ? null : { year: y, relative: true };
}

/** a day range written with its month(s): resolves month crossing ("28 April-2 May", "30-2 May") */
export function resolveDayRange(d1: number, m1: number | null, d2: number, m2: number, yearText: string | undefined, anchor: number): { from: number; to: number; relative: boolean } | null {
  const y = yearFor(yearText, m2, d2, anchor);
  if (!y) return null;
  const to = dayOf(y.year, m2, d2);
  if (to === null) return null;
  let month1 = m1 ?? m2;
  let year1 = y.year;
  if (m1 === null && d1 > d2) month1 = m2 - 1;
  if (month1 > m2 || month1 < 1) {
    year1 -= 1;
    if (month1 < 1) month1 = 12;
  }
  const from = dayOf(year1, month1, d1);
  if (from === null || from > to || to - from > 62) return null;
  return { from, to, relative: y.relative };
}

/** what the rules' cheap tests read, each worked out once per sentence */
interface Facts {
  text: string;
  /** the lower-cased sentence, made only when the text holds İ or the Kelvin sign (see has()) */
  lower: string | null;
  digit: boolean;
  month: boolean;
  year4: boolean;
}

/** the only characters whose lower case holds an ASCII letter (İ → i̇, the Kelvin sign → k) */
const ASCII_LOWERING = /[\u0130\u212a]/;

/**
 * the lower-cased sentence contains `word` (letters and spaces). Without the two characters of
 * ASCII_LOWERING that is a case-insensitive test of the text itself, which spares lower-casing
 * every dated sentence; with them, the lower-cased text decides, as before.
 */
function has(f: Facts, word: string, re: RegExp): boolean {
  return f.lower !== null ? f.lower.includes(word) : re.test(f.text);
}

interface Rule {
  name: string;
  /** cheap test on the sentence before the regex runs */
  need: (f: Facts) => boolean;
  re: RegExp;
  resolve(m: RegExpExecArray, anchor: number, before: string): Span | null;
}

const num = (s: string | undefined) => Number(s);
const HAS_DIGIT = /\d/;
const YEAR4 = /\d{4}/;
const PART_WORDS = /early|mid|late|beginning|start|end|middle/;
const PART_WORDS_I = /early|mid|late|beginning|start|end|middle/i;
/** every rule with a month in its pattern needs one of these in the lower-cased sentence */
const HAS_MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/;
/** the same in the text itself, at the start of a word (every rule's month starts a word) */
const MONTH_START = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const NIGHT = /night/i;
const HABITUAL = /\b(?:has|have)\s{1,3}been\b|\b(?:every|each|annual|annually|usually|often|traditionally)\b/i;
const HOLIDAY_CUE = /\b(?:Year|Christmas|Boxing|Valentine|Halloween|May\s{1,3}Day|Women|Easter|Good\s{1,3}Friday)/;
const WEEK_OF = /week of/i;
const LAST_YEAR = /last year/i;
const YEAR_WORD = /year/i;
const WEEK = /week/i;
const MONTH_WORD = /month/i;
const WEEKEND = /weekend/i;
const EARLIER = /earlier/i;
const digitAndMonth = (f: Facts) => f.digit && f.month;
const PAST_WORD = /past/i;
const LAST_WORD = /last/i;
const FOR_BEFORE = /\bfor\s{1,3}(?:the\s{1,3})?$/i;
const SPAN_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, few: 3, several: 4, 'couple of': 2 };

export const RULES: Rule[] = [
  {
    // ACLED openings: "Around 9 May 2020 (as reported)", "On 2 May 2020 (or around)", "As reported on 2 May 2020"
    name: 'acledOpening',
    need: (f) => f.year4 && f.month,
    re: new RegExp(`\\b(around|as reported on|reported on|on)\\s{1,3}${DAY}\\s{1,3}${MONTH}\\s{1,3}(\\d{4})(?:\\s{0,3}\\(([^()]{1,80})\\))?`, 'gi'),
    resolve(m, anchor) {
      const lead = m[1].toLowerCase();
      const month = monthNumber(m[3]);
      const d = month === null ? null : dayOf(num(m[4]), month, num(m[2]));
      if (d === null || month === null) return null;
      const q = (m[5] ?? '').toLowerCase();
      const around = lead !== 'on' || /as reported|or around|around/.test(q);
      if (q) {
        if (/week of|midweek|during the week/.test(q)) return span(isoWeekStart(d), isoWeekStart(d) + 6, 2, false, d);
        if (/(beginning|start) of (the )?month/.test(q)) return span(monthStart(d), monthStart(d) + 9, 3, false, d);
        if (/end of (the )?month/.test(q)) return span(Math.min(d, monthStart(d) + 20), monthEnd(d), 3, false, d);
        const inner = innerRange(q, num(m[4]), anchor);
        if (inner) return span(inner.from, inner.to, rangePrecision(inner.from, inner.to), false, d >= inner.from && d <= inner.to ? d : inner.from);
      }
      if (around) return span(d - 3, d + 3, 2, false, d);
      return span(d, d, 1, false);
    },
  },
  {
    name: 'nightOfDayRange',
    need: (f) => digitAndMonth(f) && has(f, 'night', NIGHT),
    re: new RegExp(`\\bnight\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?${DAY}(?:\\s{1,3}${MONTH})?${SEP}${DAY}\\s{1,3}${MONTH}${YEAR}`, 'gi'),
    resolve(m, anchor) {
      const r = resolveDayRange(num(m[1]), m[2] ? monthNumber(m[2]) : null, num(m[4]), monthNumber(m[5]) ?? 0, m[6], anchor);
      if (!r || r.to - r.from > 1) return null;
      return span(r.from, r.to, 1, r.relative, r.from);
    },
  },
  {
    // "the night of May 12 to 13", "night of May 12-13, 2020": the night's first day, as above
    name: 'nightOfMonthDayRange',
    need: (f) => digitAndMonth(f) && has(f, 'night', NIGHT),
    re: new RegExp(`\\bnight\\s{1,3}of\\s{1,3}${MONTH}\\s{1,3}${DAY}${SEP}${DAY}${YEAR}`, 'gi'),
    resolve(m, anchor) {
      const month = monthNumber(m[1]);
      if (month === null) return null;
      const r = resolveDayRange(num(m[2]), month, num(m[4]), month, m[5], anchor);
      if (!r || r.to - r.from > 1) return null;
      return span(r.from, r.to, 1, r.relative, r.from);
    },
  },
  {
    // "on New Year's Eve", "on Easter Sunday in 2008", "the (deadly) 2019 Easter Sunday bombings": a holiday
    // told as the time of an act (after a preposition of time, or with its year before it)
    name: 'holiday',
    need: (f) => HOLIDAY_CUE.test(f.text),
    re: new RegExp(`\\b(?:(?:on|during|over|around|at)\\s{1,3}(?:the\\s{1,3})?|the\\s{1,3}(?:[a-z]+\\s{1,3})?((?:19|20)\\d\\d)\\s{1,3})(${HOLIDAY})\\b(?:,?\\s{1,3}(?:in\\s{1,3})?((?:19|20)\\d\\d)\\b)?`, 'g'),
    resolve(m, anchor, before) {
      const year = m[1] ?? m[3];
      // "the square has been a flashpoint on May Day", "every Christmas Eve": a holiday recurs, and
      // without its year in a habitual clause it names no one day
      if (!year && HABITUAL.test(before)) return null;
      const h = holidayDay(m[2], year ? Number(year) : null, anchor);
      return h && span(h.day, h.day, 1, h.relative);
    },
  },
  {
    // "the week of 4 May", "week of May 4, 2020"
    name: 'weekOf',
    need: (f) => digitAndMonth(f) && has(f, 'week of', WEEK_OF),
    re: new RegExp(`\\bweek\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?(?:${DAY}\\s{1,3}${MONTH}|${MONTH}\\s{1,3}${DAY})${YEAR}`, 'gi'),
    resolve(m, anchor) {
      const day = num(m[1] ?? m[4]);
      const month = monthNumber(m[2] ?? m[3]);
      if (month === null) return null;
      const y = yearFor(m[5], month, day, anchor);
      const d = y && dayOf(y.year, month, day);
      if (!y || d === null || d === undefined) return null;
      const ws = isoWeekStart(d);
      return span(ws, ws + 6, 2, y.relative);
    },
  },
  {
    // "between 3 and 5 May", "from 24 April - 8 May 2020", "3-5 May", "on 8 and 9 May 2020"
    name: 'dayMonthRange',
    need: digitAndMonth,
    re: new RegExp(`\\b(?:(between|from|on)\\s{1,3})?${DAY}(?:\\s{1,3}${MONTH})?${SEP}${DAY}\\s{1,3}${MONTH}${YEAR}`, 'gi'),
    resolve(m, anchor) {
      const lead = (m[1] ?? '').toLowerCase();
      const sep = m[4].toLowerCase();
      if (!dashOrKeyword(lead, sep)) return null;
      const r = resolveDayRange(num(m[2]), m[3] ? monthNumber(m[3]) : null, num(m[5]), monthNumber(m[6]) ?? 0, m[7], anchor);
      if (!r) return null;
      return span(r.from, r.to, rangePrecision(r.from, r.to), r.relative);
    },
  },
  {
    // "between May 3 and 5", "May 3-5, 2020", "from May 30 to June 2"
    name: 'monthDayRange',
    need: digitAndMonth,
    re: new RegExp(`\\b(?:(between|from|on)\\s{1,3})?${MONTH}\\s{1,3}${DAY}${SEP}(?:${MONTH}\\s{1,3})?${DAY}${YEAR}`, 'gi'),
    resolve(m, anchor) {
      const lead = (m[1] ?? '').toLowerCase();
      if (!dashOrKeyword(lead, m[4].toLowerCase())) return null;
      const m1 = monthNumber(m[2]);
      const m2 = m[5] ? monthNumber(m[5]) : m1;
      if (m1 === null || m2 === null) return null;
      const r = resolveDayRange(num(m[3]), m1, num(m[6]), m2, m[7], anchor);
      if (!r) return null;
      return span(r.from, r.to, rangePrecision(r.from, r.to), r.relative);
    },
  },
  {
    // "early May", "mid-May 2020", "late May", "the end of May"
    name: 'partOfMonth',
    need: (f) => f.month && (f.lower !== null ? PART_WORDS.test(f.lower) : PART_WORDS_I.test(f.text)),
    re: new RegExp(`\\b(early|mid|late|(?:the\\s{1,3})?(?:beginning|start|end|middle)\\s{1,3}of)[\\s-]{1,3}${MONTH}${YEAR}`, 'gi'),
    resolve(m, anchor) {
      const month = monthNumber(m[2]);
      if (month === null) return null;
      const y = yearFor(m[3], month, 15, anchor);
      const first = y && dayOf(y.year, month, 1);
      if (!y || first === null || first === undefined) return null;
      const part = m[1].toLowerCase();
      const last = monthEnd(first);
      if (/early|beginning|start/.test(part)) return span(first, first + 9, 3, y.relative);
      if (/mid|middle/.test(part)) return span(first + 10, first + 19, 3, y.relative);
      return span(first + 20, last, 3, y.relative);
    },
  },
  {
    // "March last year", "in March of last year", "on 3 June last year" (the day kept)
    name: 'monthLastYear',
    need: (f) => has(f, 'last year', LAST_YEAR),
    re: new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?)?${MONTH}\\s{1,3}(?:of\\s{1,3})?last\\s{1,3}year\\b`, 'gi'),
    resolve(m, anchor) {
      const month = monthNumber(m[2]);
      const first = month === null ? null : dayOf(parts(anchor).year - 1, month, 1);
      if (first === null) return null;
      const day = m[1] ? dayOf(parts(anchor).year - 1, month!, Number(m[1])) : null;
      if (day !== null) return span(day, day, 1, true);
      return span(first, monthEnd(first), 3, true);
    },
  },
  {
    // "last year" → the previous calendar year; "this year" → 1 January to the anchor; "the past
    // year", "over the last year" → the twelve months up to the anchor (not the day a year before)
    name: 'relativeYear',
    need: (f) => has(f, 'year', YEAR_WORD),
    re: /\b(the\s{1,3}last|last|previous|past|this|earlier\s{1,3}this)\s{1,3}year\b/gi,
    resolve(m, anchor) {
      const y = parts(anchor).year;
      const w = m[1].toLowerCase().replace(/\s+/g, ' ');
      // ("over the last year" is the past twelve months too; a bare "last year" the calendar year)
      if (w === 'past' || w === 'the last') return span(anchor - 365, anchor, 3, true);
      if (w === 'last' || w === 'previous') {
        const from = dayOf(y - 1, 1, 1);
        const to = dayOf(y - 1, 12, 31);
        return from === null || to === null ? null : span(from, to, 3, true);
      }
      const from = dayOf(y, 1, 1);
      return from === null ? null : span(from, w === 'this' ? anchor : Math.max(from, anchor - 1), 3, true);
    },
  },
  {
    // "over the past three weeks", "in the last 12 months": the span up to the anchor (an aggregate
    // told over it is no act of the news day)
    name: 'pastSpan',
    need: (f) => has(f, 'past', PAST_WORD) || has(f, 'last', LAST_WORD),
    re: /\b(?:past|last)\s{1,3}(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple\s{1,3}of)\s{1,3}(weeks|months|years)\b/gi,
    resolve(m, anchor, before) {
      // "in power for the past 27 years", "held for the last two weeks": how long a state has
      // lasted, not when an act happened (like chrono's "for three days", dropped as vague)
      if (FOR_BEFORE.test(before)) return null;
      const n = SPAN_COUNT[m[1].toLowerCase().replace(/\s+/g, ' ')] ?? num(m[1]);
      if (!n) return null;
      const days = n * (m[2].toLowerCase() === 'weeks' ? 7 : m[2].toLowerCase() === 'months' ? 30 : 365);
      return span(anchor - days, anchor, 3, true);
    },
  },
  {
    name: 'relativePeriod',
    need: (f) => has(f, 'week', WEEK) || has(f, 'month', MONTH_WORD),
    re: /\b(earlier\s{1,3}this|later\s{1,3}this|last|past|previous|this)\s{1,3}(week|weekend|month)\b/gi,
    resolve(m, anchor, before) {
      if (/^later/i.test(m[1])) return null; // future within the period: no past date to give
      return resolvePeriod(m[1], m[2], anchor, FUTURE_BEFORE.test(before));
    },
  },
  {
    // "over the weekend": the weekend just past (this one when said on a Saturday or Sunday)
    name: 'overTheWeekend',
    need: (f) => has(f, 'weekend', WEEKEND),
    re: /\b(?:over|during|at|on|across)\s{1,3}the\s{1,3}weekend\b/gi,
    resolve(_m, anchor) {
      const wd = parts(anchor).weekday;
      const ws = isoWeekStart(anchor);
      const base = wd === 6 || wd === 0 ? ws : ws - 7;
      return span(base + 5, Math.min(base + 6, anchor), 2, true, base + 5);
    },
  },
  {
    name: 'earlierInThe',
    need: (f) => has(f, 'earlier', EARLIER),
    re: /\bearlier\s{1,3}in\s{1,3}the\s{1,3}(week|month)\b/gi,
    resolve(m, anchor) {
      return resolvePeriod('earlier this', m[1], anchor);
    },
  },
];

function dashOrKeyword(lead: string, sep: string): boolean {
  if (lead === 'between' || lead === 'from') return true;
  if (lead === 'on') return sep === 'and' || sep === '-' || sep === '–';
  return sep === '-' || sep === '–' || sep === '—';
}

/** a range inside an ACLED qualifier: "(from 24 April-8 May)", "(between 30 April and 2 May)", "(from 6 -7 May)" */
function innerRange(q: string, year: number, anchor: number): { from: number; to: number } | null {
  for (const rule of RULES) {
    if (rule.name !== 'dayMonthRange' && rule.name !== 'monthDayRange') continue;
    rule.re.lastIndex = 0;
    const m = rule.re.exec(/\d{4}/.test(q) ? q : `${q} ${year}`);
    rule.re.lastIndex = 0;
    if (!m) continue;
    const r = rule.resolve(m, anchor, '');
    if (r) return { from: r.from, to: r.to };
  }
  return null;
}

const LOWER_MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/;

/** All special expressions in a sentence; `base` shifts offsets into the document. */
export function findSpecial(text: string, base: number, anchor: number): Resolved[] {
  const out: Resolved[] = [];
  // characters already inside a match: an earlier rule wins (a bitmap keeps this linear); made
  // when a rule first matches (most sentences have none)
  let covered: Uint8Array | null = null;
  const lower = ASCII_LOWERING.test(text) ? text.toLowerCase() : null;
  // (lower-casing keeps digits: the digit facts read the text)
  const digit = HAS_DIGIT.test(text);
  const month = lower !== null ? HAS_MONTH.test(lower) : MONTH_START.test(text);
  const facts: Facts = { text, lower, digit, month, year4: digit && YEAR4.test(text) };
  for (const rule of RULES) {
    if (!rule.need(facts)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      // "5 May." at the end of a sentence: the period is punctuation, not an abbreviation's
      const len = /(?:[a-z]{4,}|may)\.$/i.test(m[0]) ? m[0].length - 1 : m[0].length;
      let overlaps = false;
      for (let k = m.index; covered && k < m.index + len && !overlaps; k++) overlaps = covered[k] === 1;
      if (overlaps) continue;
      // month names count only capitalized: "late may" is not late May
      if (LOWER_MONTH.test(m[0])) continue;
      const r = rule.resolve(m, anchor, text.slice(Math.max(0, m.index - 40), m.index));
      if (!r) continue;
      (covered ??= new Uint8Array(text.length)).fill(1, m.index, m.index + len);
      // (the fields written out: a spread copy per match was this function's main cost)
      out.push({ date: r.date, from: r.from, to: r.to, precision: r.precision, relative: r.relative, start: base + m.index, end: base + m.index + len });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** exported for tests */
export const _internal = { parts };
