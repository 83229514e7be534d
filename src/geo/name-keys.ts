// The matcher's lookups into the index, cached across reports (the same words and names come back
// report after report; each cache is bounded, so memory stays flat): a word's key as a name of its
// own and whether that names a place or begins a longer name, the part it adds to a longer name's
// key, the candidates of the names found and what each list of candidates holds.
import type { Gazetteer, Candidate } from './gazetteer.ts';
import type { GTok } from './tokens.ts';
import { collapse, keyOfTokens, tokenKey } from './normalize.ts';
import { KIND } from './index-file.ts';

/** what the matcher needs to know about one folded word */
export interface WordKeys {
  /** the word's key as a name of its own */
  key: string;
  /** lookup flags of key (see lookup) */
  flags: number;
  /** its part of a longer name's key, collapsed: as the first word kept, as a later word */
  first: string;
  later: string;
}

const WORDS = new Map<string, WordKeys>();
const LOOKUPS = new Map<string, number>();
const CANDS = new Map<string, Candidate[]>();
const SPLITS = new Map<string, boolean>();
let cachedFor: unknown = null;

/** the caches hold one index's answers */
function sameIndex(gaz: Gazetteer): void {
  if (cachedFor === gaz.ix) return;
  WORDS.clear(); LOOKUPS.clear(); CANDS.clear(); SPLITS.clear();
  cachedFor = gaz.ix;
}

/** the keys of a folded word (a token's `low`) */
export function wordKeys(gaz: Gazetteer, low: string): WordKeys {
  sameIndex(gaz);
  let w = WORDS.get(low);
  if (w === undefined) {
    const key = keyOfTokens([low]);
    w = { key, flags: lookup(gaz, key), first: collapse(tokenKey(low, true)), later: collapse(tokenKey(low, false)) };
    if (WORDS.size >= 20_000) WORDS.clear();
    WORDS.set(low, w);
  }
  return w;
}

/** wordKeys of a token's folded form, kept on the token (a word is read as a name's start and again
 * as a later word; a text's tokens are read with one index) */
export function keysOf(gaz: Gazetteer, t: GTok): WordKeys {
  return (t.keysMemo ??= wordKeys(gaz, t.low));
}

/** a longer name's key built a word at a time: collapse(a + b) from collapsed a and b (only the
 * letters where they meet can double), so keyOfTokens(words) is the parts joined in turn */
export function joinKey(acc: string, part: string): string {
  if (acc.length > 0 && part.length > 0 && acc.charCodeAt(acc.length - 1) === part.charCodeAt(0)) return acc + part.slice(1);
  return acc + part;
}

/** name-key lookup: bit 1 = a name, bit 2 = the prefix of a longer name */
export function lookup(gaz: Gazetteer, key: string): number {
  sameIndex(gaz);
  let f = LOOKUPS.get(key);
  if (f === undefined) {
    f = (gaz.hasKey(key) ? 1 : 0) | (gaz.isPrefix(key) ? 2 : 0);
    if (LOOKUPS.size >= 20_000) LOOKUPS.clear();
    LOOKUPS.set(key, f);
  }
  return f;
}

/** candidates of a name found (each index lookup is a binary search: cache misses). The list is
 * shared by every mention of the name, in any report (rank() caches per-name scores by it): never
 * modify it. (Not frozen: forEach, map and some run many times slower over a frozen array.) */
export function candidates(gaz: Gazetteer, key: string): Candidate[] {
  sameIndex(gaz);
  let c = CANDS.get(key);
  if (c === undefined) {
    c = gaz.byKey(key);
    if (CANDS.size >= 5_000) CANDS.clear();
    CANDS.set(key, c);
  }
  return c;
}

/** gaz.splits(key), cached like lookup (the index's answer is a binary search over all its keys, asked
 * for every name found with several readings) */
export function splits(gaz: Gazetteer, key: string): boolean {
  sameIndex(gaz);
  let f = SPLITS.get(key);
  if (f === undefined) {
    f = gaz.splits(key);
    if (SPLITS.size >= 20_000) SPLITS.clear();
    SPLITS.set(key, f);
  }
  return f;
}

/** what a name's list of readings holds, read for every span the matcher finds */
export interface ListFacts {
  /** a country, province or county by its main name (or an admin name without its word) */
  area: boolean;
  /** a country */
  country: boolean;
  /** a capital of more than 300k people */
  capital: boolean;
  /** a country, province or region by its main name, or a place of a million: never a surname */
  notSurname: boolean;
}

// per list (the shared lists of candidates() are the same objects report after report)
const FACTS = new WeakMap<Candidate[], ListFacts>();

export function listFacts(gaz: Gazetteer, cands: Candidate[]): ListFacts {
  let f = FACTS.get(cands);
  if (f === undefined) {
    const kinds = (c: Candidate, ...ks: number[]) => ks.includes(gaz.kind(c.place));
    f = {
      area: cands.some((c) => c.flag >= 1 && kinds(c, KIND.country, KIND.admin1, KIND.admin2)),
      country: cands.some((c) => gaz.kind(c.place) === KIND.country),
      capital: cands.some((c) => gaz.fcode(c.place) === 'PPLC' && gaz.pop(c.place) > 300000),
      notSurname: cands.some((c) => (c.flag >= 1 && kinds(c, KIND.country, KIND.admin1, KIND.region)) || gaz.pop(c.place) >= 1000000),
    };
    FACTS.set(cands, f);
  }
  return f;
}
