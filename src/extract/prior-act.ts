// An act told as the object of a proceeding ("charged with the killing of", "found guilty of murder",
// "detained over the abduction of") happened before the news of the day: the sentence's date is the
// arrest's, the verdict's or the hearing's, not the act's. In an article the act keeps only a date
// written into its own phrase ("for the November 2019 shooting", "the killing of ... in July 1992");
// without one it is not dated, so it is no fresh event of the news day (a later sentence that tells
// the act with its date codes it).
import type { DateMention, Document, Sentence } from '../core/types.ts';
import type { TriggerHit } from './triggers.ts';

/** a proceeding or accusation whose object is an earlier act, a few words before the trigger */
const PROCEEDING_RE = /\b(?:accused\s+of|charged\s+(?:with|in|over|for)|charges\s+(?:of|over|for|in)|convicted\s+(?:of|in|over|for)|guilty\s+(?:of|in|to)|jailed\s+(?:for|over)|sentenced\s+(?:for|over|in)|imprisoned\s+for|wanted\s+(?:for|in)|(?:arrested|detained|held|nabbed)\s+(?:for|over|in\s+connection\s+with)|in\s+connection\s+with|(?:trial|tried|indicted|prosecuted)\s+(?:for|over|in)|(?:investigation|probe|inquiry|inquest)\s+into|suspected\s+of|suspects?\s+in|(?:role|involvement|part)\s+in|confessed\s+to|admitted\s+to)\s+(?:[\w'’-]+\s+){0,5}$/i;

/** a date naming a month or a year, not the news day ("Thursday", "yesterday") */
const CALENDAR_RE = /\b(?:\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** the trigger is an earlier act the sentence's proceeding is about */
export function priorAct(doc: Document, s: Sentence, tr: TriggerHit): boolean {
  return PROCEEDING_RE.test(doc.text.slice(Math.max(s.start, tr.start - 70), tr.start));
}

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
