// Arabic names end on -a or -ah for one letter (ta marbuta: "Ash-Shajara", "Ash Shajarah"), and the
// gazetteer often knows a place in one spelling only, or a namesake in the other: a name read in one
// spelling also has the other's readings in Arabic-speaking countries. Also: a name with a place noun
// that is a whole name elsewhere ("Hays city") keeps the short name's readings.
import { readFileSync } from 'node:fs';
import type { Gazetteer, Candidate } from './gazetteer.ts';
import { lookup, candidates } from './name-keys.ts';

const ARABIC = new Set<string>(JSON.parse(readFileSync(new URL('../../data/geo/arabic-countries.json', import.meta.url), 'utf8')).codes);

const other = (key: string) => (key.endsWith('ah') ? key.slice(0, -1) : key + 'h');
const arabic = (gaz: Gazetteer, c: Candidate) => ARABIC.has(gaz.ix.countries[gaz.cc(c.place)]?.code ?? '');

// (merged lists, kept per key: rank() caches scores by the list object, so a key gets one list)
const MERGED = new Map<string, Candidate[]>();
let cachedFor: unknown = null;

/** the other spelling of a name not known as written, where that is a place in an Arabic-speaking country */
export function taMarbuta(gaz: Gazetteer, key: string): string | undefined {
  if (key.length < 5 || !key.endsWith('a') && !key.endsWith('ah')) return undefined;
  const alt = other(key);
  if (!(lookup(gaz, alt) & 1)) return undefined;
  return candidates(gaz, alt).some((c) => arabic(gaz, c)) ? alt : undefined;
}

/** a name's readings with the other spelling's readings in Arabic-speaking countries added */
export function withTaMarbuta(gaz: Gazetteer, key: string, cands: Candidate[]): Candidate[] {
  if (key.length < 5 || !key.endsWith('a') && !key.endsWith('ah')) return cands;
  if (cachedFor !== gaz.ix) { MERGED.clear(); SHORT.clear(); cachedFor = gaz.ix; }
  let m = MERGED.get(key);
  if (m === undefined) {
    m = cands;
    const alt = other(key);
    if (lookup(gaz, alt) & 1) {
      const have = new Set(cands.map((c) => c.place));
      const add = candidates(gaz, alt).filter((c) => arabic(gaz, c) && !have.has(c.place)).map((c) => ({ place: c.place, flag: 0 }));
      // (another spelling: an alternate name, never the main one)
      if (add.length) m = [...cands, ...add];
    }
    if (MERGED.size >= 5_000) MERGED.clear();
    MERGED.set(key, m);
  }
  return m;
}

// (per long key, as above)
const SHORT = new Map<string, Candidate[]>();

/** a name's readings with those of its shorter form added ("Hays city": Hays City, Kansas, and Hays) */
export function withShortName(gaz: Gazetteer, key: string, cands: Candidate[], short: string, keep?: (c: Candidate) => boolean): Candidate[] {
  if (cachedFor !== gaz.ix) { MERGED.clear(); SHORT.clear(); cachedFor = gaz.ix; }
  let m = SHORT.get(key);
  if (m === undefined) {
    m = cands;
    if (short && lookup(gaz, short) & 1) {
      const have = new Set(cands.map((c) => c.place));
      const add = candidates(gaz, short).filter((c) => !have.has(c.place) && (!keep || keep(c)));
      if (add.length) m = [...cands, ...add];
    }
    if (SHORT.size >= 5_000) SHORT.clear();
    SHORT.set(key, m);
  }
  return m;
}
