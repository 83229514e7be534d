// State forces named by a demonym before a weapon or a trigger ("Israeli airstrikes", "Russian
// missiles"): an actor the lexicon's state-force words do not give (split out of index.ts).
import type { Sentence } from '../core/types.ts';
import type { ActorHit, findActors } from './actors.ts';
import type { WeaponHit } from './weapons.ts';
import type { TriggerHit } from './triggers.ts';
import { actByPlace } from './objects.ts';

/** a state's machines that act for its forces ("Israeli bulldozers demolished", "Chinese warships") */
const MACHINES = new Set(['bulldozers', 'bulldozer', 'excavators', 'warships', 'warship', 'gunboats', 'gunboat']);

/** "Israeli airstrikes", "Russian missiles", "Syrian government shelling": a demonym right before a
 * weapon or trigger is its state's forces */
export function demonymAgents(s: Sentence, found: ReturnType<typeof findActors>, weapons: WeaponHit[], triggers: TriggerHit[], actCountries: string[]): ActorHit[] {
  const out: ActorHit[] = [];
  for (const c of found.countries) {
    if (!c.demonym || found.actors.some((a) => a.startToken <= c.startToken && a.endToken >= c.endToken)) continue;
    // ("Syrian government shelling", "Syrian regime missiles": the state's forces too)
    const next = /^(?:government|regime)$/.test(s.tokens[c.endToken]?.norm ?? '') ? c.endToken + 1 : c.endToken;
    const partner = coordinatedForce(s, found, c);
    if (partner) {
      out.push({ ...partner, start: c.start, end: c.end, text: s.text.slice(c.start - s.start, c.end - s.start), startToken: c.startToken, endToken: c.endToken, country: c.country });
      continue;
    }
    // ("Mexican killings": where the acts happen, not who does them)
    if (!weapons.some((w) => w.startToken === next) && !MACHINES.has(s.tokens[next]?.norm ?? '') && !triggers.some((t) => t.startToken === next && !actByPlace(t))) {
      if (c.country && triggers.some((t) => t.startToken === next)) actCountries.push(c.country);
      continue;
    }
    out.push({
      kind: 'actor', sentence: s.index, start: c.start, end: c.end, text: s.text.slice(c.start - s.start, c.end - s.start),
      startToken: c.startToken, endToken: c.endToken, id: 'military', template: 'Military Forces of {country}', inter: 1,
      actorKind: 'state', country: c.country, generic: true,
    });
  }
  return out;
}

const FORCE_HEADS = new Set(['forces', 'troops', 'soldiers', 'army', 'armies', 'units']);

/** "Indian and Pakistani troops", "Israeli and Hezbollah forces": a demonym coordinated with the
 * actor after "and" shares that actor's head noun, so it names its own state's forces of that kind */
function coordinatedForce(s: Sentence, found: ReturnType<typeof findActors>, c: ReturnType<typeof findActors>['countries'][number]): Omit<ActorHit, 'country'> | undefined {
  if (s.tokens[c.endToken]?.norm !== 'and') return undefined;
  const x = found.actors.find((a) => a.startToken === c.endToken + 1);
  if (!x) return undefined;
  // (a state force with a demonym of its own: "Pakistani troops" gives its kind, police or army)
  if (x.actorKind === 'state' && x.template.includes('{country}') && found.countries.some((o) => o.demonym && o.startToken === x.startToken)) return { ...x, generic: true };
  // (a named group with a force noun: "Hezbollah forces" makes "Israeli" the Israeli army)
  if (FORCE_HEADS.has(s.tokens[x.endToken]?.norm ?? '') || FORCE_HEADS.has(s.tokens[x.endToken - 1]?.norm ?? '')) {
    return { kind: 'actor', sentence: s.index, start: 0, end: 0, text: '', startToken: 0, endToken: 0, id: 'military', template: 'Military Forces of {country}', inter: 1, actorKind: 'state', generic: true };
  }
  return undefined;
}
