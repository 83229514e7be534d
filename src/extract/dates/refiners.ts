// Refiners for chrono-node results, each a small named function: they turn a chrono result into
// a day range with a precision, apply news rules (a weekday is the most recent past one, a year
// left out is the nearest past one), and drop what chrono mistakes for dates in conflict news.
import type { ParsedResult } from 'chrono-node';
import { dayOf, impliedYear, midpoint, monthEnd, parts } from './calendar.ts';
import type { Resolved } from './relative.ts';

/** what a refiner sees: the chrono result, the sentence text around it, the anchor day */
export interface Candidate {
  result: ParsedResult;
  /** the sentence text */
  text: string;
  /** where the text chrono read starts in `text` (chrono's result.index counts from there) */
  offset: number;
  anchor: number;
}

type Refiner = (c: Candidate) => boolean;

const RELATIVE_TAGS = ['parser/ENCasualDateParser', 'result/relativeDate', 'casualReference'];
// \p{…} patterns as module constants: tsx compiles a \p{…} regex literal to `new RegExp` at every
// evaluation, and these run per token or per mention
const UPPER_START = /^\p{Lu}/u;
const WORDISH = /[\p{L}\p{N}/]/u;

function hasTag(r: ParsedResult, prefix: string): boolean {
  for (const t of r.start.tags()) if (t.startsWith(prefix)) return true;
  return false;
}

function before(c: Candidate, chars = 24): string {
  const at = c.offset + c.result.index;
  return c.text.slice(Math.max(0, at - chars), at).toLowerCase();
}

/** "at 10 pm", "22:31": a time with no date part is not a date mention */
export const dropTimeOnly: Refiner = (c) => {
  const s = c.result.start;
  const dated = s.isCertain('day') || s.isCertain('weekday') || s.isCertain('month') || s.isCertain('year');
  return dated || RELATIVE_TAGS.some((t) => hasTag(c.result, t));
};

/** "now" is not a dated event ("now controls the town") */
export const dropNow: Refiner = (c) => !/^(right\s+)?now$/i.test(c.result.text.trim());

/** "the 1st", "the 22nd": a day of month with no month is usually a unit name ("the 1st Brigade") */
export const dropBareDay: Refiner = (c) => {
  const s = c.result.start;
  return !(s.isCertain('day') && !s.isCertain('month') && !s.isCertain('weekday') && !RELATIVE_TAGS.some((t) => hasTag(c.result, t)));
};

/** "Theresa May", "March" the verb: a month name alone counts only after a preposition or with a year */
export const dropBareMonth: Refiner = (c) => {
  const s = c.result.start;
  if (!s.isCertain('month') || s.isCertain('day') || s.isCertain('year')) return true;
  if (!UPPER_START.test(c.result.text.replace(/^(?:in|on|since|during)\s+/i, ''))) return false;
  const b = before(c, 16);
  // ("in 2017 December": a year after "in" right before the month, joined to it in year-phrase.ts)
  return /\bin\s+(?:1[89]|20)\d\d,?\s+$/.test(b) || /\b(in|since|during|by|until|till|of|early|mid|late|last|this|next|from|through|throughout|before|after|between|and|to|since)[\s-]+$/.test(b);
};

/**
 * "7/10", "9/11": slash dates without a year are fractions, scores or names more often than dates;
 * "APP/10/2020": a slash date glued to other characters is part of a case or file number
 */
export const dropYearlessSlash: Refiner = (c) => {
  const t = c.result.text.trim();
  if (!/\d\s*\/\s*\d/.test(t)) return true;
  if (/^\d{1,2}\/\d{1,2}$/.test(t) && !c.result.start.isCertain('year')) return false;
  const at = c.offset + c.result.index;
  const prev = c.text[at - 1] ?? ' ';
  const next = c.text[at + c.result.text.length] ?? ' ';
  return !WORDISH.test(prev) && !WORDISH.test(next);
};

/** "today's media": the possessive is about the present in general, not a dated event */
export const dropPossessiveToday: Refiner = (c) => {
  const end = c.offset + c.result.index + c.result.text.length;
  const after = c.text.slice(end, end + 2);
  return !(/^(today|tonight)$/i.test(c.result.text.trim()) && /^['’]s/.test(after));
};

/** "in a week", "the next day", "a year ago": periods and event-relative days are not anchored dates */
export const dropVaguePeriods: Refiner = (c) => {
  const t = c.result.text.toLowerCase();
  if (/\byears?\b/.test(t) && !c.result.start.isCertain('year')) return false;
  if (/^(in|within|for)\b/.test(t)) return false;
  if (/\b(next|following|previous|prior)\s+day\b/.test(t)) return false;
  // "in the last weeks", "past months": vague spans
  if (/\b(weeks|months)\b/.test(t) && !/\bago\b/.test(t)) return false;
  return true;
};

/** "at night", "in the morning": a time of day with no day named is not a date */
export const dropBareTimeOfDay: Refiner = (c) =>
  !/^(?:(?:at|in|the|during|through|by)\s+)*(?:night|morning|evening|afternoon|noon|midnight|dawn|dusk|weekend)$/i.test(c.result.text.trim());

/** "Bloody Sunday", "Black Friday", "the Easter Sunday bombings": a weekday that is part of a day's
 *  name is no recent weekday (a feast with its year or after "on" is read by the holiday parser) */
export const dropNamedWeekday: Refiner = (c) => {
  const s = c.result.start;
  if (!s.isCertain('weekday') || s.isCertain('day') || s.isCertain('month')) return true;
  return !NAMED_DAY.test(before(c, 12));
};
const NAMED_DAY = /\b(?:bloody|black|easter|palm|good|holy|ash|maundy|super|cyber)\s+$/;

export const DROP: Refiner[] = [dropTimeOnly, dropNow, dropBareTimeOfDay, dropPossessiveToday, dropBareDay, dropBareMonth, dropYearlessSlash, dropVaguePeriods, dropNamedWeekday];

/**
 * "on Tuesday" said on a Tuesday is that same day; otherwise the most recent past Tuesday.
 * "next Tuesday" and "this coming Tuesday" keep chrono's future date. Returns a day number.
 */
export function pastWeekday(weekday: number, anchor: number, text: string, future = false): number {
  const t = text.toLowerCase();
  const aw = parts(anchor).weekday;
  if (/\b(next|coming)\b/.test(t)) return anchor + ((weekday - aw + 7) % 7 || 7);
  if (future) return anchor + ((weekday - aw + 7) % 7);
  const back = (aw - weekday + 7) % 7;
  if (back === 0 && /\blast\b/.test(t)) return anchor - 7;
  return anchor - back;
}

// future wording in the clause before a weekday: "talks will resume on Thursday", "talks approach on Thursday"
const FUTURE = /\b(will|shall|'ll|scheduled|expected\s+to|set\s+to|due\s+to|plans?\s+to|planned|upcoming|approach(?:es)?|is\s+to|are\s+to)\b[^,;.]{0,40}$/i;

/** true when the clause before the mention speaks of the future */
export function futureContext(c: Candidate): boolean {
  return FUTURE.test(before(c, 60));
}

/** "overnight on Sunday", "Monday night", "the night of Sunday": the event may run into the next day */
export function isNight(c: Candidate): boolean {
  return /\bnight\b/i.test(c.result.text) || /\b(overnight|night\s+of)\b/.test(before(c, 20));
}

/** a year with an era word chrono reads ("2021 BE" is Buddhist Era, 543 years on): in English
 *  news the word after a year is an English word ("relief promised in February 2021 be paid") */
const ERA_AFTER_YEAR_RE = /(\d{4})\s{0,2}(?:be|ad|bc|bce|ce)$/i;

/** Resolves a kept chrono result into a day range. Returns null for impossible dates. */
export function resolveChrono(c: Candidate, base: number): Resolved | null {
  const r = c.result;
  const s = r.start;
  const start = base + r.index;
  const era = ERA_AFTER_YEAR_RE.exec(r.text);
  const written = era ? Number(era[1]) : undefined;
  // chrono sometimes keeps a trailing comma or period ("on Tuesday,")
  const end = start + (era ? r.text.slice(0, era.index + 4) : r.text).replace(/[\s,.;:]+$/, '').length;
  const relative = !s.isCertain('year') || RELATIVE_TAGS.some((t) => hasTag(r, t));
  let day: number | null;
  if (s.isCertain('weekday') && !s.isCertain('day')) {
    day = pastWeekday(s.get('weekday') ?? 0, c.anchor, r.text, futureContext(c));
  } else if (!s.isCertain('day') && s.isCertain('month') && !RELATIVE_TAGS.some((t) => hasTag(r, t))) {
    // a month: the whole month, precision 3
    const month = s.get('month') ?? 1;
    const year = s.isCertain('year') ? written ?? s.get('year') ?? 0 : impliedYear(month, 15, c.anchor);
    const first = year === null ? null : dayOf(year, month, 1);
    if (first === null) return null;
    const last = monthEnd(first);
    return { start, end, date: midpoint(first, last), from: first, to: last, precision: 3, relative };
  } else if (s.isCertain('day') && s.isCertain('month') && !s.isCertain('year') && !RELATIVE_TAGS.some((t) => hasTag(r, t))) {
    const month = s.get('month') ?? 1;
    const d = s.get('day') ?? 1;
    const year = impliedYear(month, d, c.anchor);
    day = year === null ? null : dayOf(year, month, d);
  } else {
    day = dayOf(written ?? s.get('year') ?? 0, s.get('month') ?? 0, s.get('day') ?? 0);
  }
  if (day === null) return null;
  let from = day;
  let to = day;
  let precision: 1 | 2 | 3 = 1;
  if (r.end) {
    let e = dayOf(r.end.get('year') ?? 0, r.end.get('month') ?? 0, r.end.get('day') ?? 0);
    // ("the night of Saturday to Sunday", "from Friday to Monday"): the end weekday is the first one
    // after the start, not the one chrono finds from the publication day
    if (r.end.isCertain('weekday') && !r.end.isCertain('day') && s.isCertain('weekday') && !s.isCertain('day')) e = day + ((r.end.get('weekday')! - parts(day).weekday + 7) % 7 || 7);
    if (e !== null && e > day && e - day <= 62) {
      to = e;
      precision = e - day <= 6 ? 2 : 3;
    }
  }
  const t = r.text.toLowerCase();
  if (/\bweeks?\s+ago\b/.test(t)) {
    from = day - 3;
    to = day + 3;
    precision = 2;
  } else if (/\bmonths?\s+ago\b/.test(t)) {
    from = day - 15;
    to = day + 15;
    precision = 3;
  } else if (/\byears?\s+ago\b/.test(t)) {
    // "five years ago" names a year, not the day five years before publication
    from = day - 182;
    to = day + 182;
    precision = 3;
  }
  if (precision === 1 && isNight(c)) to = day + 1;
  const date = precision === 1 ? day : midpoint(from, to);
  return { start, end, date, from, to, precision, relative };
}
