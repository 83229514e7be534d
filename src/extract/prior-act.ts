// An act told as the object of a proceeding ("charged with the killing of", "found guilty of murder",
// "detained over the abduction of") happened before the news of the day: the sentence's date is the
// arrest's, the verdict's or the hearing's, not the act's. In an article the act keeps only a date
// written into its own phrase ("for the November 2019 shooting", "the killing of ... in July 1992");
// without one it is not dated, so it is no fresh event of the news day (a later sentence that tells
// the act with its date codes it).
import type { DateMention, Document, Sentence } from '../core/types.ts';
import type { TriggerHit } from './triggers.ts';
import { dateForTrigger } from './dates/trigger-date.ts';
import { anniversaryDate } from './dates/anniversary.ts';
import { tokenAtOrAfter } from './segment.ts';

/** a proceeding or accusation whose object is an earlier act, a few words before the trigger */
const PROCEEDING_RE = /\b(?:accused\s+of|charged\s+(?:with|in|over|for)|charges\s+(?:of|over|for|in)|convicted\s+(?:of|in|over|for)|guilty\s+(?:of|in|to)|jailed\s+(?:for|over)|sentenced\s+(?:for|over|in)|imprisoned\s+for|wanted\s+(?:for|in)|(?:arrested|detained|held|nabbed)\s+(?:for|over|in\s+connection\s+with)|in\s+connection\s+with|(?:trial|tried|indicted|prosecuted)\s+(?:for|over|in)|(?:investigation|probe|inquiry|inquest)\s+into|suspected\s+of|suspects?\s+in|(?:role|involvement|part)\s+in|confessed\s+to|admitted\s+to)\s+(?:[\w'’-]+\s+){0,5}$/i;

/** a word every alternative of PROCEEDING_RE holds (same flags): the end-anchored pattern, tried from
 * every offset of the window, runs only where one is */
const PROCEEDING_WORD = /accused|charge|convicted|guilty|jailed|sentenced|imprisoned|wanted|arrested|detained|held|nabbed|connection|tri(?:al|ed)|indicted|prosecuted|investigation|probe|inquiry|inquest|suspect|role|involvement|part|confessed|admitted/i;

/** a date naming a month, a year or a holiday ("on Christmas Eve"), not the news day ("Thursday", "yesterday") */
const CALENDAR_RE = /\b(?:\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|new\s+year|christmas|easter|halloween|valentine|boxing)/i;

/** the trigger is an earlier act the sentence's proceeding is about */
export function priorAct(doc: Document, s: Sentence, tr: TriggerHit): boolean {
  return proceedingBefore(doc.text.slice(Math.max(s.start, tr.start - 70), tr.start));
}

/** PROCEEDING_RE.test(before), gated by a word of it */
export const proceedingBefore = (before: string): boolean => PROCEEDING_WORD.test(before) && PROCEEDING_RE.test(before);

/** the date written into a prior act's own phrase: between the proceeding and the trigger, or after
 *  the trigger in its clause, naming a month or a year */
export function priorActDate(doc: Document, s: Sentence, tr: TriggerHit, dates: DateMention[] | undefined): DateMention | undefined {
  if (!dates?.length) return undefined;
  const before = doc.text.slice(Math.max(s.start, tr.start - 70), tr.start).match(PROCEEDING_RE);
  const from = before ? tr.start - before[0].length : tr.start;
  for (const d of dates) {
    if (!CALENDAR_RE.test(d.text)) continue;
    if (d.start >= from && d.end <= tr.start) return d;
    // after the trigger: no clause break between them
    if (d.start >= tr.end && d.start - tr.end <= 120 && !/[;:]|,\s+(?:and|but|while|as|when|after|before)\b/.test(doc.text.slice(tr.end, d.start))) return d;
  }
  return undefined;
}

/** words before a bare year that make it the time of an act ("in 2011", "since 2016", "early 2019") */
const YEAR_BEFORE = new Set(['in', 'since', 'during', 'until', 'from', 'early', 'late', 'mid', 'mid-', 'by', 'of']);
/** tokens around a trigger where a year tells its time */
const YEAR_WINDOW = 8;

/** A bare year told with the act, earlier than the publication's, and nearer to the trigger than any
 *  date of the sentence: "He was arrested in 2011 after ...", "the 2014 abduction of". The date
 *  finder keeps no year-only dates, so such an act would take the news day; it is dated to its year
 *  instead (the whole year as its range, month precision being the coarsest). */
export function olderYearDate(doc: Document, s: Sentence, tr: TriggerHit, dates: DateMention[] | undefined, adjacentOnly = false): DateMention | undefined {
  const pubYear = doc.published ? Number(doc.published.slice(0, 4)) : NaN;
  if (!Number.isFinite(pubYear)) return undefined;
  const toks = s.tokens;
  const from = Math.max(0, tr.startToken - YEAR_WINDOW), to = Math.min(toks.length, tr.endToken + YEAR_WINDOW);
  let near = Infinity, year: (typeof toks)[number] | undefined;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.text.length !== 4 || !/^(?:19|20)\d\d$/.test(t.text) || Number(t.text) >= pubYear) continue;
    // a year that directly names the act ("the 2014 abduction") or follows a time word
    if (!(k + 1 === tr.startToken || (!adjacentOnly && k > 0 && YEAR_BEFORE.has(toks[k - 1].norm)))) continue;
    if (dates?.some((d) => d.start <= t.start && d.end >= t.end)) continue;
    const dist = k < tr.startToken ? tr.startToken - k : k - tr.endToken;
    if (dist < near) [near, year] = [dist, t];
  }
  if (!year) return undefined;
  for (const d of dates ?? []) {
    const k = tokenAtOrAfter(s, d.start);
    if (k >= 0 && (k < tr.startToken ? tr.startToken - k : k - tr.endToken) < near) return undefined;
  }
  const y = year.text;
  return { kind: 'date', sentence: s.index, start: year.start, end: year.end, text: y, date: `${y}-07-02`, range: [`${y}-01-01`, `${y}-12-31`], precision: 3 };
}

/** a date that spans a whole year (an act told by its year only): history, not the article's news */
export const yearWide = (d: DateMention | undefined): boolean => !!d && d.precision === 3 && d.range[0].endsWith('-01-01') && d.range[1].endsWith('-12-31');

/** An article's trigger date from its own sentence: an act told with an earlier bare year is dated
 *  to that year; a proceeding's act owns only a date of its own phrase (else it carries the sentence's
 *  date without owning it). */
export function articleTriggerDate(doc: Document, s: Sentence, tr: TriggerHit, ds: DateMention[] | undefined, clause: number[], article: boolean): { date?: DateMention; own: boolean; history?: boolean } {
  const year = olderYearDate(doc, s, tr, ds, !article);
  // (in a brief only the year that names the act, "his role in the 2022 protests", and that act is
  // history the note recalls, not the one it codes)
  if (year) return { date: year, own: true, history: !article };
  // (the act an anniversary counts from: "on the sixth anniversary of the kidnapping")
  const before = article ? doc.text.slice(Math.max(s.start, tr.start - 160), tr.start) : '';
  if (before.includes('anniversary') || before.includes('since')) {
    const at = ds?.length ? dateForTrigger(doc, tr, ds, clause, s) : undefined;
    const counted = anniversaryDate(before, at, doc.published, s.index, tr.start);
    if (counted) return { date: counted, own: true };
  }
  if (!article || !priorAct(doc, s, tr)) {
    const date = ds?.length ? dateForTrigger(doc, tr, ds, clause, s) : undefined;
    return { date, own: !!date };
  }
  const own = priorActDate(doc, s, tr, ds);
  return { date: own ?? (ds?.length ? dateForTrigger(doc, tr, ds, clause, s) : undefined), own: !!own };
}
