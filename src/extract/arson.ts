// Fire bombs thrown at things. A Molotov cocktail or petrol bomb thrown at a store, a car or an
// office by people who are no crowd, with nobody hurt and no person named as its target, damages
// property: ACLED codes it as property destruction, not as an attack on civilians. (Thrown at a
// person's house in a campaign against that person, the person is named and it stays an attack.)
import type { EventAcc } from './coref.ts';
import { casualtyTotal } from './casualties.ts';

/** retypes, in a brief, a fire-bomb attack on things with no victims as property destruction */
export function retypeArsonOnProperty(events: EventAcc[]): void {
  for (const e of events) {
    if (e.background || e.type.sub_event_type !== 'Attack' || e.target) continue;
    if (!e.weapons.length || !e.weapons.every((w) => w.mode === 'arson')) continue;
    if ((casualtyTotal(e.casualties, 'killed') ?? 0) > 0 || (casualtyTotal(e.casualties, 'injured') ?? 0) > 0) continue;
    if (e.drafts.some((d) => d.target || (d.agent && (d.agent.inter === 5 || d.agent.inter === 6)))) continue;
    e.type = { event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction', strength: 1 };
  }
}
