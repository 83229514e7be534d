// "Fighters from Sudan's Rapid Support Forces stormed a village ... On Thursday, the paramilitary
// attacked Managil": a definite generic name of an armed group ("the paramilitary", "the militants",
// "the rebels", "the insurgents") after one named armed group, and no other, is that group.
import type { Sentence } from '../core/types.ts';
import { ARMED_GROUP, type ActorHit } from './actors.ts';

/** the words that, after "the", name a group already introduced; not "the gunmen"/"the attackers",
 *  which a report keeps for men it has not identified */
const ANAPHORIC_HEADS = new Set(['militants', 'militant', 'rebels', 'rebel', 'insurgents', 'insurgent', 'militia', 'militias', 'militiamen', 'paramilitary', 'paramilitaries', 'jihadists', 'jihadist', 'guerrillas', 'guerrilla']);
/** words that may stand between "the" and the head: "the armed paramilitary", "the Islamist militants" */
const BETWEEN = new Set(['armed', 'islamist', 'jihadist', 'suspected', 'same', 'paramilitary']);

/** rewrites, in place, each definite generic armed-group hit that follows exactly one named armed
 *  group of the document (`acts` in document order; `sentences` by index) */
export function resolveGroupAnaphora(acts: ActorHit[], sentences: readonly Sentence[]): void {
  let named: ActorHit | undefined;
  let several = false;
  for (const a of acts) {
    if (a.actorKind === 'named' && ARMED_GROUP.has(a.inter)) {
      if (named && named.id !== a.id) several = true;
      named ??= a;
      continue;
    }
    if (!named || several || a.actorKind !== 'generic' || !ARMED_GROUP.has(a.inter)) continue;
    if (!definiteHead(sentences[a.sentence], a)) continue;
    Object.assign(a, { id: named.id, template: named.template, inter: named.inter, actorKind: named.actorKind, country: named.country, affiliation: named.affiliation, generic: false });
  }
}

function definiteHead(s: Sentence | undefined, a: ActorHit): boolean {
  if (!s || a.endToken - a.startToken !== 1) return false;
  if (!ANAPHORIC_HEADS.has(s.tokens[a.startToken].norm)) return false;
  let k = a.startToken - 1;
  while (k >= 0 && k >= a.startToken - 2 && BETWEEN.has(s.tokens[k].norm)) k--;
  // (a following "group"/"fighters" is still the same head: "the paramilitary group")
  return k >= 0 && s.tokens[k].norm === 'the';
}
