// The date of an event trigger: which of its sentence's dates tells when the act happened.
import type { DateMention, Document, Sentence } from '../../core/types.ts';
import { tokenAtOrAfter } from '../segment.ts';
import { parseIso } from './calendar.ts';
import type { TriggerHit } from '../triggers.ts';

const REPORT_BEFORE_RE = /\b(?:said|says|disclosed|announced|reported|told|confirmed|stated|revealed|added|informed \w+)\s+(?:on\s+|late\s+|early\s+)?$/i;
const YEAR_RE = /\b\d{4}\b/;
/** a relative pronoun and its clause's verb ("that killed", "which soldiers imposed", "who had fled") */
const RELATIVE_BETWEEN_RE = /\b(?:that|which|who|whom|whose)\s+(?:[\w'’-]+\s+){0,3}?[a-z]+ed\b/i;
/** a reporting verb between a sentence's opening date and a trigger: the date is the report's */
const REPORTING_RE = /\b(?:said|says|told|announced|reported|confirmed|stated|claimed|added|disclosed|revealed)\b/i;

/** the date of a trigger: the nearest date of its clause/sentence that is not a reporting date */
export function dateForTrigger(doc: Document, tr: TriggerHit, dates: DateMention[], clause: number[], s: Sentence): DateMention | undefined {
  let best: DateMention | undefined;
  let bestKey = Infinity;
  const trClause = clause[tr.startToken];
  // "On 8 May 2020, residents gathered in Monday Avenue ...": a full date opening the sentence
  // frames its main clause; a nearer date word there is a name ("October revolution") or a detail
  const open = dates[0];
  if (open && open.start - s.start <= 12 && open.end < tr.start && YEAR_RE.test(open.text) && !REPORTING_RE.test(doc.text.slice(open.end, tr.start))) {
    const oi = tokenAtOrAfter(s, open.start);
    if (oi >= 0 && clause[oi] === trClause) return open;
  }
  const relative = relativeClause(s, clause, trClause);
  for (const d of dates) {
    let key = Math.abs(d.start - tr.start);
    const ti = tokenAtOrAfter(s, d.start);
    if (ti >= 0 && clause[ti] !== trClause) {
      // "Kaur, who was arrested in June, was granted bail on Friday": an act told in a relative
      // clause is a back-reference; the main clause's later date is of the news told about it.
      // (A date opening the sentence frames it whole: "On 8 May, police, who fired tear gas, ...")
      if (relative && d.start > tr.start) continue;
      key += 300;
    }
    if (REPORT_BEFORE_RE.test(doc.text.slice(Math.max(s.start, d.start - 40), d.start))) key += 1000;
    // "rallied on Monday against a crackdown that killed 18 people the previous day": a date after a
    // relative pronoun belongs to the relative clause's verb, as far as any other date is nearer
    else if (d.start > tr.end && RELATIVE_BETWEEN_RE.test(doc.text.slice(tr.end, d.start))) key += 300;
    // "the deadliest in the city since April", "the first such raid since 2019": a yardstick, not the act's date
    // (every yardstick ends on "since": the end-anchored pattern, tried from every offset, runs only where the word is)
    const back = doc.text.slice(Math.max(s.start, d.start - 60), d.start);
    if (SINCE.test(back) && YARDSTICK_RE.test(back)) continue;
    // "at least 60 reporters have been arrested since the February 1 coup": a tally's count runs from
    // that date to the report; the date is where the count starts, not when any one act happened.
    // (A count since a day of the past week, "dozens have fled since Saturday", is of those days.)
    if (d.start > tr.end && longBefore(d, doc.published) && tallySince(doc.text, s.start, tr, d)) continue;
    if (cutoffOrDocument(doc.text, d)) continue;
    if (key < bestKey) [best, bestKey] = [d, key];
  }
  return best;
}

/** "as of 19 October", "as at May 2": the day a count was made up to */
const CUTOFF_BEFORE_RE = /\bas\s+(?:of|at)\s+$/i;
/** "a Dec. 12 statement", "its 23 May report": the day of a document or a speech */
const DOCUMENT_AFTER_RE = /^\s*(?:statement|report|letter|interview|story|column|op-ed|video|podcast|documentary|blog|petition|press\s+(?:release|conference)|briefing|newsletter|tweet|post|article|editorial|communiqu[eé]|announcement|speech|broadcast|memo|bulletin)s?\b/i;

/** the date of a count's cutoff or of a document, not of an act told in its sentence */
export function cutoffOrDocument(text: string, d: DateMention): boolean {
  return CUTOFF_BEFORE_RE.test(text.slice(Math.max(0, d.start - 8), d.start)) || DOCUMENT_AFTER_RE.test(text.slice(d.end, d.end + 24));
}

/** a count before the trigger ("14,000 people", "thousands", "dozens of activists") */
const COUNT_BEFORE_RE = /(?:\b\d[\d,.]*|\b(?:dozens|hundreds|thousands|scores|tens)\b)(?:\s+[\w'’-]+){0,6}\s+$/i;
/** a count right after the trigger, its object ("detained more than 900 students") */
const COUNT_AFTER_RE = /^\s+(?:(?:more|fewer)\s+than\s+|at\s+least\s+|over\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|up\s+to\s+)?(?:\d[\d,.]*|dozens|hundreds|thousands|scores|tens)\b/i;
/** "since" between the trigger and the date, in one clause */
const SINCE_BETWEEN_RE = /^[^;:()]{0,80}\bsince\b[^;:()]{0,60}$/i;

/** the date is not one of the week up to publication (a year-less month may still be read as the
 *  next one here: notAfterPublication puts it back a year later) */
function longBefore(d: DateMention, published: string | undefined): boolean {
  const pub = parseIso(published);
  const end = parseIso(d.range[1]);
  return pub !== null && end !== null && (pub - end > 7 || end > pub);
}

/** the trigger is a tally ("2,800 people were detained", "detained 900 students") counted since the date that follows it */
function tallySince(text: string, sentenceStart: number, tr: TriggerHit, d: DateMention): boolean {
  const between = text.slice(tr.end, d.start);
  return SINCE_BETWEEN_RE.test(between) && (COUNT_AFTER_RE.test(between) || COUNT_BEFORE_RE.test(text.slice(Math.max(sentenceStart, tr.start - 60), tr.start)));
}

const SINCE = /since/i;
const YARDSTICK_RE = /\b(?:[a-z]+iest|worst|largest|biggest|first|most|highest|heaviest|greatest|longest)\b[^.;:]{0,45}\bsince\s+(?:early\s+|mid-?\s*|late\s+)?$/i;

// (not "which": ", which led to the arrest of" goes on with the story)
const RELATIVE = new Set(['who', 'whom', 'whose']);

/** the clause is a relative clause set off by a comma (", who was detained in May,") */
function relativeClause(s: Sentence, clause: number[], id: number): boolean {
  const first = clause.indexOf(id);
  return first > 0 && RELATIVE.has(s.tokens[first].norm) && s.tokens[first - 1].norm === ',';
}
