// A group that took power is a state's forces from that day: ACLED codes the Taliban's acts after the
// fall of Kabul (2021-08-15) as those of the Military Forces of Afghanistan (2021-), inter 1, and
// their detentions as arrests. The lexicon entry's `became` tells the day and the new name; the
// event's own date decides, so an article recalling the insurgency keeps those acts a rebel group's;
// only at home (a protest abroad against the Taliban names no force that met it).
import type { ActorHit } from './actors.ts';
import type { EventAcc } from './coref.ts';
import { lexicons } from './lexicon.ts';

function recoded(a: ActorHit | undefined, day: string, country: string | undefined): ActorHit | undefined {
  if (!a || a.actorKind !== 'named') return a;
  const entry = lexicons().actorById.get(a.id);
  const b = entry?.became;
  return b && day >= b.from && country === entry.country ? { ...a, template: b.name, inter: b.inter } : a;
}

/** the event's sides in `country` as they were on its day (in place); a state's detention is then an
 *  arrest, and ground it takes is regained by the government */
export function recodeByDate(e: EventAcc, country: string | undefined): void {
  const day = e.date?.date;
  if (!day || !country) return;
  const agent = e.agent;
  e.agent = recoded(e.agent, day, country);
  e.target = recoded(e.target, day, country);
  for (const d of e.drafts) {
    d.agent = recoded(d.agent, day, country);
    d.target = recoded(d.target, day, country);
  }
  if (e.agent === agent || e.agent?.inter !== 1) return;
  const sub = e.type.sub_event_type;
  if (sub === 'Abduction/forced disappearance' && e.drafts[0].trigger.cls === 'arrest') e.type = { ...e.type, event_type: 'Strategic developments', sub_event_type: 'Arrests' };
  else if (sub === 'Non-state actor overtakes territory') e.type = { ...e.type, sub_event_type: 'Government regains territory' };
}
