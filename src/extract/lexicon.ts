// Loads the lexicon data files (data/lexicons/*.json) once per process and compiles them into
// token tries. This is the extractor's only I/O, done at module load; everything after is pure.
import { readFileSync } from 'node:fs';
import type { Inter } from '../core/types.ts';
import { TokenTrie } from './matcher.ts';

const DIR = new URL('../../data/lexicons/', import.meta.url);

function load<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as T;
}

export interface CountryEntry {
  name: string;
  iso2: string;
  aliases: string[];
  demonyms: string[];
  /** the state whose forces a report means by bare "troops" or "soldiers" here, where the country has
   *  no army of its own (Palestine: Israel's) */
  forcesOf?: string;
}
export interface CountryHit {
  country: string;
  /** a demonym ("Israeli") rather than the country's name */
  demonym: boolean;
}

export type ActorKind = 'named' | 'state' | 'police' | 'generic' | 'observer';
export interface ActorEntry {
  id: string;
  name: string;
  aliases: string[];
  inter: Inter;
  country?: string | null;
  kind: ActorKind;
  case?: string[];
  prefixed?: string[];
  /** the group became a state's forces on a day: its acts from then on are coded under that name
   *  and inter ("Taliban" after the fall of Kabul, 2021-08-15: ACLED's Military Forces of
   *  Afghanistan (2021-), inter 1) */
  became?: { from: string; name: string; inter: Inter };
}
export interface ActorHitValue {
  entry: ActorEntry;
  /** matched through a `prefixed` alias: valid only after a country name or demonym */
  needsCountry: boolean;
}

export type WeaponMode = 'air' | 'shell' | 'ied' | 'suicide' | 'grenade' | 'chemical' | 'small' | 'melee' | 'arson' | 'crowd';
export interface WeaponEntry {
  id: string;
  weapon: string;
  mode: WeaponMode;
  phrases: string[];
}

export type TriggerClass =
  | 'attack' | 'clash' | 'shell' | 'air' | 'explosion' | 'suicide' | 'grenade' | 'chemical' | 'kill' | 'abduct' | 'sexual'
  | 'seize' | 'regain' | 'protest' | 'riot' | 'mob' | 'arrest' | 'loot' | 'deploy' | 'disrupt' | 'agree' | 'base'
  | 'transfer' | 'displace' | 'anaphor';
export interface TriggerEntry {
  id: string;
  class: TriggerClass;
  pos: 'verb' | 'noun';
  phrases: string[];
  weak: string[];
}
export interface TriggerValue {
  entry: TriggerEntry;
  phrase: string;
  weak: boolean;
}

export type CueKind = 'negated' | 'hypothetical' | 'future' | 'state' | 'background';
export interface CueEntry {
  kind: CueKind;
  scope: 'before' | 'after' | 'clause' | 'span' | 'object';
  window: number;
  phrases: string[];
}
export interface CueValue {
  kind: CueKind;
  scope: CueEntry['scope'];
  window: number;
}

export interface Lexicons {
  countries: TokenTrie<CountryHit>;
  countryList: CountryEntry[];
  actors: TokenTrie<ActorHitValue>;
  actorById: Map<string, ActorEntry>;
  weapons: TokenTrie<WeaponEntry>;
  triggers: TokenTrie<TriggerValue>;
  cues: TokenTrie<CueValue>;
  outlets: TokenTrie<string>;
}

/** cue words that are also names ("May" the month, "Will" the person): matched in lower case only */
const CASED_CUES = new Set(['may', 'will', 'might', 'once', 'last', 'recent']);

function compile(): Lexicons {
  const countryList = load<{ countries: CountryEntry[] }>('countries.json').countries;
  const countries = new TokenTrie<CountryHit>();
  for (const c of countryList) {
    countries.add(c.name, { country: c.name, demonym: false });
    // short upper-case aliases ("US", "UK") must not match ordinary words ("us")
    for (const a of c.aliases) countries.add(a, { country: c.name, demonym: false }, { caseSensitive: a.length <= 4 });
    for (const d of c.demonyms) countries.add(d, { country: c.name, demonym: true }, { caseSensitive: true });
  }

  const actorList = load<{ actors: ActorEntry[] }>('actors.json').actors;
  const actors = new TokenTrie<ActorHitValue>();
  const actorById = new Map<string, ActorEntry>();
  for (const a of actorList) {
    actorById.set(a.id, a);
    const cs = new Set(a.case ?? []);
    for (const al of a.aliases) actors.add(al, { entry: a, needsCountry: false }, { caseSensitive: cs.has(al) || (a.kind === 'named' && al.length <= 4 && al === al.toUpperCase()) });
    for (const al of a.prefixed ?? []) actors.add(al, { entry: a, needsCountry: true });
  }

  const weapons = new TokenTrie<WeaponEntry>();
  for (const w of load<{ weapons: WeaponEntry[] }>('weapons.json').weapons) for (const p of w.phrases) weapons.add(p, w, { caseSensitive: p.length <= 4 && p === p.toUpperCase() });

  const triggers = new TokenTrie<TriggerValue>();
  for (const t of load<{ triggers: TriggerEntry[] }>('triggers.json').triggers) {
    const weak = new Set(t.weak);
    for (const p of t.phrases) triggers.add(p, { entry: t, phrase: p, weak: weak.has(p) });
  }

  const cues = new TokenTrie<CueValue>();
  for (const c of load<{ cues: CueEntry[] }>('modality.json').cues) for (const p of c.phrases) cues.add(p, { kind: c.kind, scope: c.scope, window: c.window }, { caseSensitive: CASED_CUES.has(p) });

  const outlets = new TokenTrie<string>();
  for (const o of load<{ outlets: { name: string; aliases: string[]; case?: string[] }[] }>('outlets.json').outlets) {
    const cs = new Set(o.case ?? []);
    for (const a of o.aliases) outlets.add(a, o.name, { caseSensitive: cs.has(a) || a === a.toUpperCase() });
  }
  return { countries, countryList, actors, actorById, weapons, triggers, cues, outlets };
}

let cached: Lexicons | null = null;
/** the compiled lexicons (built on first use, then shared) */
export function lexicons(): Lexicons {
  cached ??= compile();
  return cached;
}
