// Ground taken without a fight. ACLED codes a non-state group that takes control of a place with
// armed force as a battle ("Non-state actor overtakes territory"), and one that takes it without
// any fighting reported (it moves in, raises its flag, preaches) as a strategic development
// ("Non-violent transfer of territory").
import type { EventAcc } from './coref.ts';

/** trigger classes that report fighting or harm */
const VIOLENT = new Set(['attack', 'clash', 'shell', 'air', 'explosion', 'suicide', 'grenade', 'chemical', 'kill', 'abduct', 'sexual', 'mob', 'riot']);

/** words of taking control that say nothing of force */
const NEUTRAL = /^(?:took|taken|take|takes|taking|gained|assumed)\s+(?:over\s+)?control\b|^(?:took|taken|takes|taking)\s+over\b/i;

/** a non-state takeover told with no fighting, no weapon fired and no casualty is a non-violent transfer */
export function retypePeacefulTakeovers(events: EventAcc[]): void {
  for (const e of events) {
    if (e.background || e.type.sub_event_type !== 'Non-state actor overtakes territory') continue;
    // ("seized", "captured", "overran" tell force; "took control of" does not)
    if (!e.drafts.some((d) => d.trigger.cls === 'seize' && NEUTRAL.test(d.trigger.text))) continue;
    if (e.drafts.some((d) => VIOLENT.has(d.trigger.cls)) || e.casualties.some((c) => c.count > 0)) continue;
    if (e.weapons.some((w) => w.mode !== 'crowd')) continue;
    // a recapture by state forces ("the army re-captured the town it had lost") was fought for
    if (e.drafts.some((d) => d.trigger.cls === 'regain' || (d.agent && (d.agent.inter === 1 || d.agent.inter === 8)))) continue;
    e.type = { event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory', strength: 1 };
  }
}
