// The head nouns that name a community's members (farmers, villagers, a people, a faith), shared by
// the actor rules and the communal-violence rules. Vocabulary in data/lexicons/communal.json.
import { readFileSync } from 'node:fs';

export const COMMUNITY_MEMBERS: ReadonlySet<string> = new Set<string>(
  (JSON.parse(readFileSync(new URL('../../data/lexicons/communal.json', import.meta.url), 'utf8')) as { members: string[] }).members.map((m) => m.toLowerCase()),
);
