// A day and month written without a year take the occurrence nearest the published date
// (calendar.ts impliedYear), which can fall a few days after it. When the sentence tells the act
// as done ("On 4 April, gunmen killed ..."), a date after publication cannot be meant: the reader
// takes the same day a year earlier, as ACLED's coders do with year-less notes.
import type { DateMention, Document } from '../../core/types.ts';
import { parseIso, parts } from './calendar.ts';

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])/i;
const YEAR = /\b(?:1[89]|20)\d\d\b|'\d\d\b/;

function earlier(iso: string): string {
  const y = Number(iso.slice(0, 4)) - 1;
  const md = iso.slice(4) === '-02-29' ? '-02-28' : iso.slice(4);
  return `${String(y).padStart(4, '0')}${md}`;
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY = /\b(sun|mon|tue|wed|thu|fri|sat)(?:day|\.|\b)|\b(?:tues|wednes|thurs|satur)day\b/i;

/** the publication date may lag the text by a day or two (time zones, a story updated after it
 *  was first published): a date written with its weekday that fits it, close after publication */
const LAG_DAYS = 2;

function weekdayFits(d: DateMention, text: string, published: string): boolean {
  const written = text.slice(d.start, d.end);
  // (a bare weekday is resolved from the publication date, so it always fits)
  const m = MONTH_NAME.test(written) ? WEEKDAY.exec(written) : null;
  const day = parseIso(d.date), pub = parseIso(published);
  if (!m || day === null || pub === null || d.precision !== 1 || day - pub > LAG_DAYS) return false;
  return WEEKDAYS.indexOf(m[0].slice(0, 3).toLowerCase()) === parts(day).weekday;
}

/** the same date a year earlier when it was written as a day or month with no year; else undefined */
export function yearBefore(d: DateMention, text: string): DateMention | undefined {
  const written = text.slice(d.start, d.end);
  if (!MONTH_NAME.test(written) || YEAR.test(written)) return undefined;
  return { ...d, date: earlier(d.date), range: [earlier(d.range[0]), earlier(d.range[1])] };
}

/**
 * An act's date, or undefined when it falls after publication: a plan. (An old date alone does not make
 * background: coded notes and archives are often published long after the event.) A year-less day
 * told as done is read a year earlier instead.
 */
export function notAfterPublication(d: DateMention, doc: Document, toldAsDone: boolean): DateMention | undefined {
  if (!doc.published || d.unanchored || d.range[0] <= doc.published) return d;
  // ("was detained on Saturday, February 19" in a story dated Friday the 18th: that Saturday)
  if (toldAsDone && weekdayFits(d, doc.text, doc.published.slice(0, 10))) return d;
  const before = toldAsDone ? yearBefore(d, doc.text) : undefined;
  return before && before.range[0] <= doc.published ? before : undefined;
}
