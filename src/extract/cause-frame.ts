// A sentence that gives the cause of the act a report has just told: "The attack came in reaction to
// the theft of a cow", "The arrests came in the wake of a raid", "This happened after the company
// fired its workers", "A robbery on 2 May triggered the clashes". Its subject ("The attack", "This")
// points back to the act already told, and the act it names as the cause happened before: neither is
// a fresh event of the report (background; an act with a date of its own is kept as history).
import type { Sentence } from '../core/types.ts';
import type { TriggerHit } from './triggers.ts';

/** "<The attack|This|It> came|happened|occurred after|in the wake of|in reaction to ..." or "was in
 * retaliation for ..." at the sentence's start: the words up to the connective name the reported act,
 * those after it its cause ("It was after midnight when ..." is no such frame) */
const AFTER_FRAME = /^(?:the|this|that|these|those|it|such)\b(?:\s+[\w'’-]+){0,3}?\s+(?:(?:came|comes|happened|occurred|took\s+place)(?:\s+(?:reportedly|allegedly|apparently|partly|also|shortly|days?|hours?|weeks?|soon|just|two|three|one))*\s+(?:after|following|in\s+the\s+wake\s+of|(?:in|as)\s+(?:an?\s+)?(?:reaction|response|retaliation|reprisal|revenge))|(?:was|were)\s+(?:(?:in|as)\s+(?:an?\s+)?(?:reaction|response|retaliation|reprisal|revenge)))\b/i;
/** "... triggered|sparked|provoked the <act>": what comes before the verb is the cause (only with an
 * act named after it: "the shelling prompted residents to flee" tells the shelling) */
const TRIGGERED = /\b(?:triggered|sparked|provoked)\s+(?:the|this|these|those)\s+(?:retaliation|reprisals?|revenge|attacks?|assault|clash(?:es)?|violence|fighting|events?|incidents?|unrest|riots?|protests?|demonstrations?|killings?|raids?|lynching)\b/i;

/** where the frame splits the sentence (the connective's end, or the causing verb), if it is one */
function frameEnd(s: Sentence): { split: number; causeAfter: boolean } | undefined {
  const m = AFTER_FRAME.exec(s.text);
  if (m) return { split: tokenAt(s, s.start + m[0].length), causeAfter: true };
  const t = TRIGGERED.exec(s.text);
  if (t) return { split: tokenAt(s, s.start + t.index), causeAfter: false };
  return undefined;
}

function tokenAt(s: Sentence, offset: number): number {
  const k = s.tokens.findIndex((t) => t.start >= offset);
  return k < 0 ? s.tokens.length : k;
}

/** which part of an explaining sentence the trigger is: the cause it gives ('cause'), the act told
 * before that its subject points back to ('back'), or none when the sentence explains nothing */
export function causeFramePart(s: Sentence, tr: TriggerHit): 'cause' | 'back' | undefined {
  // (only a sentence after the first can point back to an act the report told)
  if (s.index === 0) return undefined;
  const f = frameEnd(s);
  if (!f) return undefined;
  // "The attack came after ...": the subject points back, the rest is the cause
  if (f.causeAfter) return tr.startToken < f.split ? 'back' : 'cause';
  // "X triggered the retaliation": X is the cause, "the retaliation" the act told before
  if (tr.startToken < f.split) return 'cause';
  return tr.startToken <= f.split + 3 ? 'back' : undefined;
}
