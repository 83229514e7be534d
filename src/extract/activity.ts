// Acts that only some agents make an event of. An armed group handing out food or setting up its own
// checkpoints is changing its activity (ACLED: Strategic developments / Change to group/activity); a
// charity or a ministry doing the same is no conflict event. Migrants or refugees returning across a
// border are a strategic development; "troops returned to the base" is not.
import type { SentenceAnalysis } from './builder.ts';
import type { TriggerHit } from './triggers.ts';
import { agentBefore } from './objects.ts';

const RETURNEES = /\b(?:migrants?|refugees?|returnees?|displaced|idps?|asylum[- ]seekers?|deportees?|nationals)\b/i;

/** the trigger is one of these acts and its agent is not one that makes it an event */
export function notAnActivity(a: SentenceAnalysis, tr: TriggerHit): boolean {
  if (tr.id === 'armed-activity') {
    const x = agentBefore(a, tr);
    // a non-state armed group: rebels, militias, gangs and cartels (inter 2, 3, 4)
    return !x || x.inter < 2 || x.inter > 4;
  }
  if (tr.id === 'return') {
    const x = agentBefore(a, tr);
    return !x || !RETURNEES.test(x.text);
  }
  return false;
}
