// Community parties: people named by trade, residence, kin or people ("farmers", "villagers of X",
// "two families", "the Fulani"), as opposed to organised armed actors. ACLED codes such a party as a
// communal militia (inter 4) when it organises violence or destroys property, never as civilians
// (inter 7), who are only ever the victims of political violence. Vocabulary in
// data/lexicons/communal.json.
import { readFileSync } from 'node:fs';
import type { ActorHit } from './actors.ts';

const MEMBERS = new Set<string>(
  (JSON.parse(readFileSync(new URL('../../data/lexicons/communal.json', import.meta.url), 'utf8')) as { members: string[] }).members.map((m) => m.toLowerCase()),
);
/** words that make a party an armed group whatever its community ("armed herders", "clan militia") */
const NOT_LETTER = /[^\p{L}\s-]/gu;
const ARMED_WORDS = /\b(?:armed|militias?|militiam[ae]n|gunm[ae]n|fighters|vigilantes?|hunters|dozos?|tribesm[ae]n|clans?(?:m[ae]n)?|bandits?)\b/i;

/** the party is a community's members, not an organised armed group */
export function communityParty(x: ActorHit | undefined): boolean {
  if (!x || x.actorKind !== 'generic' || ARMED_WORDS.test(x.text)) return false;
  if (x.id === 'ethnic') return true;
  const words = x.text.toLowerCase().replace(NOT_LETTER, ' ').trim().split(/\s+/);
  const n = words.length;
  return MEMBERS.has(words[n - 1]) || (n >= 2 && MEMBERS.has(`${words[n - 2]} ${words[n - 1]}`));
}
