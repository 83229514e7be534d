// A brief (a coded note or a short wire item) reports one incident with its consequences. The
// arrests made and the property looted or burned in the course of a fight, an attack or a riot are
// part of that incident: ACLED codes the violent act, and a riot with arrests stays the riot. An
// arrest or a looting told before the violent act (the note's own subject, "police arrested two
// men who had killed ...") or on another day or in another place stays its own event. Long
// articles keep them apart: there an arrest is often the reported violation itself.
import type { EventAcc } from './coref.ts';
import { samePlaceArea } from './places.ts';

const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);
const CONSEQUENCES = new Set(['Arrests', 'Looting/property destruction']);

function sameDay(a: EventAcc, b: EventAcc): boolean {
  if (!a.date || !b.date || !a.ownDate || !b.ownDate) return true;
  return !(b.date.range[1] < a.date.range[0] || b.date.range[0] > a.date.range[1]);
}

function samePlace(a: EventAcc, b: EventAcc): boolean {
  return !a.place || !b.place || !b.ownPlace || samePlaceArea(a.place, b.place);
}

/** where an event is first told: its earliest trigger's offset */
function firstStart(e: EventAcc): number {
  let at = Infinity;
  for (const d of e.drafts) if (d.trigger.start < at) at = d.trigger.start;
  return at;
}

/** folds, in a brief, arrests and looting told with or after a violent act into that act */
export function foldConsequences(events: EventAcc[]): EventAcc[] {
  const main = events.find((e) => !e.background && VIOLENT.has(e.type.event_type));
  if (!main) return events;
  const at = firstStart(main);
  const folded = new Set<EventAcc>();
  for (const e of events) {
    if (e === main || e.background || e.type.event_type !== 'Strategic developments' || !CONSEQUENCES.has(e.type.sub_event_type)) continue;
    if (firstStart(e) < at || !sameDay(main, e) || !samePlace(main, e)) continue;
    folded.add(e);
    for (const c of e.casualties) if (!main.casualties.some((x) => x.start === c.start)) main.casualties.push(c);
  }
  return folded.size ? events.filter((e) => !folded.has(e)) : events;
}
