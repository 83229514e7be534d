// "Russian forces launched 40 drones and three missiles at Ukraine overnight ... A missile hit a
// residential building in Odesa, killing four": a strike from afar that names no attacker, in a
// report whose only foreign state forces told with such weapons are one state's, is that state's
// (ACLED codes an unattributed strike by the side that fires such weapons into the country).
import type { EventAcc } from './coref.ts';
import type { ActorHit } from './actors.ts';
import type { SentenceAnalysis } from './builder.ts';

const REMOTE_SUBTYPES = new Set(['Air/drone strike', 'Shelling/artillery/missile attack']);

/** fills, in place, the attacker of unattributed strikes from afar */
export function inheritRemoteAttacker(events: EventAcc[], analyses: Map<number, SentenceAnalysis>): void {
  if (!events.some((e) => !e.agent && REMOTE_SUBTYPES.has(e.type.sub_event_type))) return;
  let firer: ActorHit | undefined;
  for (const a of analyses.values()) {
    if (!a.weapons.some((w) => w.mode === 'air' || w.mode === 'shell')) continue;
    for (const x of a.actors) {
      if (!x.country || x.inter !== 1 || (x.actorKind !== 'state' && x.actorKind !== 'named')) continue;
      if (firer && firer.country !== x.country) return;
      firer ??= x;
    }
  }
  if (!firer) return;
  for (const e of events) {
    if (e.agent || e.background || !REMOTE_SUBTYPES.has(e.type.sub_event_type)) continue;
    const here = e.place?.country;
    // (nor the side the strike hit: "a drone attack on US forces" is not theirs)
    if (!here || here === firer.country || e.target?.country === firer.country) continue;
    e.agent = firer;
  }
}
