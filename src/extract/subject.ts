// An article's subject event. A long article about an act against a person tells it beside the news
// of the day that follows it: the bail hearing, the trial, a second arrest, a protest about it. The
// headline names the kind of act (headline.ts; a bail or a trial names an arrest); of the article's
// acts of that kind told in its first part and dated to a day by its text (not only by its
// publication), the earliest is the act itself and the later ones are its sequels.
// liftSubject puts the subject above the article's other events.
import type { SitrepEvent } from '../core/types.ts';
import type { EventAcc } from './coref.ts';
import type { TriggerClass } from './lexicon.ts';
import { yearWide } from './prior-act.ts';
import { headlineTells } from './headline.ts';

/** the sentences that make up an article's first part, where its subject is told */
export const SUBJECT_LEAD = 15;

/** confidence added to the subject event after calibration: the calibrated scale is flat at its top
 *  (most dated events of an article score 0.54-0.57), so a raw bonus would not change the order */
export const SUBJECT_BONUS = 0.05;

/** the subject's confidence: its own and the bonus, and at least a step above every other event of
 *  the article (the act the article reports is no less certain than the news told around it) */
export function liftSubject(subject: SitrepEvent, events: SitrepEvent[]): void {
  let top = 0;
  for (const e of events) if (e !== subject && e.modality !== 'background' && e.confidence > top) top = e.confidence;
  subject.confidence = Math.round(Math.min(0.95, Math.max(subject.confidence + SUBJECT_BONUS, top + 0.01)) * 100) / 100;
}

/** a headline that tells a proceeding about an act ("found guilty in murder of", "detains ex-officer
 *  over wartime killing", "jailed for beating"): the act is older than the news, often told by its
 *  month or year only ("the November 2019 shooting") */
const PROCEEDING_HEADLINE = /\b(?:accused|charged?|charges|chargesheets?|convict\w*|guilty|jail(?:s|ed)?|sentenc\w*|trial|indict\w*|prosecut\w*|verdict|(?:detain\w*|arrest\w*|held|nab\w*)\s+(?:[\w'’-]+\s+){0,6}(?:over|for))\b/i;

export const proceedingHeadline = (title: string | undefined): boolean => !!title && PROCEEDING_HEADLINE.test(title);

/** the headline's act among an article's events: of its class, told in the lead, dated to a day by the
 *  text (or to a month, when the headline tells a proceeding about the act); with no act in the
 *  headline, the act the article returns to (undefined for a brief, which has no headline classes) */
export function subjectEvent(events: EventAcc[], headline: Set<TriggerClass> | undefined, proceeding = false): EventAcc | undefined {
  if (!headline) return undefined;
  if (!headline.size) return returnedTo(events);
  let best: EventAcc | undefined;
  const coarsest = proceeding ? 3 : 1;
  for (const e of events) {
    const d = e.date;
    const first = e.drafts[0];
    // (an arrest a proceeding follows is told by its day: "jailed for three years" is no older act)
    // (an arrest told by its month and year, "arrested in May 2018", is an older act all the same)
    const monthYear = !!d && /\b(?:1[89]|20)\d\d\b/.test(d.text) && d.precision === 3 && !yearWide(d);
    if (e.background || !d || d.sentence < 0 || (proceeding && !e.ownDate) || d.precision > (first.trigger.cls === 'arrest' && !monthYear ? 1 : coarsest) || d.unanchored) continue;
    if (first.sentence >= SUBJECT_LEAD || !headlineTells(headline, e)) continue;
    // (an act told by its year only, "in 2011", is the article's history: prior-act.ts)
    if (yearWide(d)) continue;
    // the earliest day; on the same day the act told first
    if (!best || d.date < best.date!.date) best = e;
  }
  return best;
}

/** mentions of an event before it counts as one the article returns to */
const RETURNED_TO = 2;

/** With no act in the headline ("A family waits for word", a name, a verdict),
 *  the lead's act the article returns to most: of the events told in the lead and dated to a day by
 *  their own sentence and mentioned at least twice, the one told in the most sentences; the first
 *  told on a tie.
 *  The news around it (reactions, later arrests, a protest) is mostly told once. */
export function returnedTo(events: EventAcc[]): EventAcc | undefined {
  let best: EventAcc | undefined;
  let most = 0;
  for (const e of events) {
    const d = e.date;
    if (e.background || !d || d.sentence < 0 || !e.ownDate || d.precision !== 1 || d.unanchored) continue;
    if (e.drafts[0].sentence >= SUBJECT_LEAD) continue;
    if (e.drafts.length < RETURNED_TO) continue;
    const told = new Set(e.drafts.map((x) => x.sentence)).size;
    if (told > most) [best, most] = [e, told];
  }
  return best;
}
