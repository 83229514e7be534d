// The date of an event trigger: which of its sentence's dates tells when the act happened.
import type { DateMention, Document, Sentence } from '../../core/types.ts';
import { tokenAtOrAfter } from '../segment.ts';
import type { TriggerHit } from '../triggers.ts';

const REPORT_BEFORE_RE = /\b(?:said|says|disclosed|announced|reported|told|confirmed|stated|revealed|added|informed \w+)\s+(?:on\s+|late\s+|early\s+)?$/i;
const YEAR_RE = /\b\d{4}\b/;
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
  for (const d of dates) {
    let key = Math.abs(d.start - tr.start);
    const ti = tokenAtOrAfter(s, d.start);
    if (ti >= 0 && clause[ti] !== trClause) key += 300;
    if (REPORT_BEFORE_RE.test(doc.text.slice(Math.max(s.start, d.start - 40), d.start))) key += 1000;
    if (key < bestKey) [best, bestKey] = [d, key];
  }
  return best;
}
