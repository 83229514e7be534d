// The headline names what an article is about. A long article also tells the news of the day
// around that act (a trial, an arrest of suspects, a protest, a reaction); an event whose trigger is
// of a class the headline also states ("Activist shot dead ..." and a killing in the body) is the
// article's subject, so it is ranked above the others (finish.ts adds HEADLINE_BONUS).
import type { TriggerClass } from './lexicon.ts';
import { segment } from './segment.ts';
import { findTriggers } from './triggers.ts';

/** raw confidence added to an article's event whose trigger class the headline states */
export const HEADLINE_BONUS = 0.08;

/** classes of the news told around an act (a trial's arrests, a protest about it), and 'anaphor', no act */
const FOLLOW_UP = new Set<TriggerClass>(['anaphor', 'arrest', 'protest', 'riot']);

/** the trigger classes the headline states ('anaphor' is no class of act) */
export function headlineClasses(title: string | undefined): Set<TriggerClass> {
  const out = new Set<TriggerClass>();
  const t = title?.trim();
  if (!t || t.length > 300) return out;
  for (const s of segment(t)) for (const h of findTriggers(s)) if (!FOLLOW_UP.has(h.cls) && !h.weak) out.add(h.cls);
  return out;
}
