// The head nouns that name a community's members (farmers, villagers, a people, a faith), shared by
// the actor rules and the communal-violence rules. Vocabulary in data/lexicons/communal.json.
import { readFileSync } from 'node:fs';
import type { Sentence } from '../core/types.ts';
import type { ActorHit } from './actors.ts';

export const COMMUNITY_MEMBERS: ReadonlySet<string> = new Set<string>(
  (JSON.parse(readFileSync(new URL('../../data/lexicons/communal.json', import.meta.url), 'utf8')) as { members: string[] }).members.map((m) => m.toLowerCase()),
);

/** a community's members with no arms named ("herders", not "armed herders"): in a note on armed
 * men's movements they are the people who saw them, not the group that moved */
export function unarmedMembers(s: Sentence, x: ActorHit): boolean {
  if (x.actorKind !== 'generic' || s.tokens[x.startToken]?.norm === 'armed' || s.tokens[x.startToken - 1]?.norm === 'armed') return false;
  return COMMUNITY_MEMBERS.has(s.tokens[x.endToken - 1]?.norm ?? '');
}
