// Burning or smashing property by people the report does not know ("unknown arsonists torched a
// mast", "a journalist's house was set on fire"): ACLED codes such damage as Strategic developments
// / Looting/property destruction by an unidentified armed group, not as a mob's riot. A crowd, a
// prison riot, a fight or a demonstration around the act keeps it a riot (or part of that act).
import type { ActorHit } from './actors.ts';
import type { SentenceAnalysis } from './builder.ts';
import type { TriggerHit } from './triggers.ts';

/** agents the text itself calls unknown */
const UNKNOWN_AGENT = /\b(?:unknown|unidentified|arsonists?|assailants?|perpetrators?|attackers?|armed (?:men|individuals|persons)|gunmen)\b/i;
/** a crowd or a collective act anywhere in the sentence */
const CROWD_WORDS = /\b(?:riot\w*|crowds?|mobs?|protest\w*|demonstrat\w*|residents|villagers|youths?|inhabitants|community|communities|farmers|herders|pastoralists|prisoners|inmates|supporters|students|workers|traders|families|clan|tribe|tribesmen|mourners|fans)\b/i;
/** classes of the sentence's other triggers that leave the damage on its own */
const DAMAGE = new Set(['riot', 'loot']);

export function unclaimedDamage(a: SentenceAnalysis, tr: TriggerHit, agent: ActorHit | undefined, crowdNear: boolean): boolean {
  if (tr.cls !== 'riot' || crowdNear) return false;
  if (CROWD_WORDS.test(a.s.text)) return false;
  if (a.triggers.some((o) => o !== tr && o.start !== tr.start && !DAMAGE.has(o.cls))) return false;
  // ("hurled Molotov cocktails at a police vehicle": an attack on the forces, not on property)
  if (a.actors.some((x) => x !== agent && (x.inter === 1 || x.inter === 2 || x.inter === 8))) return false;
  // ("vandalism against people suspected of sorcery": the act is done to people, not to property)
  let k = tr.endToken;
  while (k < a.s.tokens.length && k < tr.endToken + 3 && /^(?:against|on|at|upon|the|a|an|some|several)$/.test(a.s.tokens[k].norm)) k++;
  if (a.actors.some((x) => x.startToken === k && x.inter === 7)) return false;
  if (!agent) return true;
  return UNKNOWN_AGENT.test(agent.text) || UNKNOWN_AGENT.test(a.s.text.slice(Math.max(0, agent.start - a.s.start - 12), agent.end - a.s.start));
}
