// The loaded gazetteer: candidate lookup by name key and accessors over the columnar index.
// Loading builds the index on first use (one-time, ~15-40 s) and caches it under .cache/geo/.
import { existsSync, readFileSync } from 'node:fs';
import { readIndex, findKey, KIND, SPLIT, EXACT, type GeoIndex } from './index-file.ts';
import { buildIndex, dataHash, INDEX_PATH, leadsWithAdminWord, stripAdminWords } from './build-index.ts';
import { writeIndex } from './index-file.ts';
import { nameKey } from './normalize.ts';

export interface Candidate {
  place: number;
  /** 1 = the place's main name, 0 = an alternate spelling, 2 = admin name without its "County" word */
  flag: number;
}

export interface PlaceInfo {
  place: number;
  name: string;
  latitude: number;
  longitude: number;
  country: string;
  country_code: string;
  admin1?: string;
  admin2?: string;
  geonameid?: number;
  feature: 'country' | 'admin1' | 'admin2' | 'city' | 'site' | 'region';
  fcode: string;
  population: number;
  /** geo_precision the place has when named bare: 1 town/site, 2 district, 3 province/country */
  precision: 1 | 2 | 3;
}

/** strips diacritics, keeps letters, spaces, hyphens and apostrophes */
export function plain(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’ʿʾ]/g, "'").replace(/[ıłøđßæœ]/gi, (c) => FOLD[c] ?? c);
}
/** letters NFD does not decompose ("Diyarbakır" -> "Diyarbakir") */
const FOLD: Record<string, string> = { ı: 'i', I: 'I', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe' };

/** district (admin2 code) -> the name of its seat, for districts whose seat has another name and no
 * PPLA2 mark (data/geo/district-seats.json) */
const SEAT_NAMES = new Map<string, string>((JSON.parse(readFileSync(new URL('../../data/geo/district-seats.json', import.meta.url), 'utf8')).seats as { admin2: string; seat: string }[]).map((s) => [s.admin2, s.seat]));

const FEATURES = ['city', 'admin1', 'admin2', 'country', 'region', 'site'] as const;

export class Gazetteer {
  constructor(readonly ix: GeoIndex) {}

  /** candidates for an already computed name key */
  byKey(key: string): Candidate[] {
    const k = findKey(this.ix.keys, this.ix.keyHash, key);
    if (k < 0) return [];
    const out: Candidate[] = [];
    for (let j = this.ix.postStart[k]; j < this.ix.postStart[k + 1]; j++) out.push({ place: this.ix.post[j], flag: this.ix.postFlag[j] & ~SPLIT });
    return out;
  }

  /** true when the key's places are written differently where doubled letters count */
  splits(key: string): boolean {
    const k = findKey(this.ix.keys, this.ix.keyHash, key);
    return k >= 0 && (this.ix.postFlag[this.ix.postStart[k]] & SPLIT) !== 0;
  }

  /** places whose name has this exact spelling (rawKeyOfTokens), for a key that splits */
  exactPlaces(raw: string): Set<number> {
    return new Set(this.byKey(EXACT + raw).map((c) => c.place));
  }

  hasKey(key: string): boolean {
    return findKey(this.ix.keys, this.ix.keyHash, key) >= 0;
  }

  /** true when the key begins a longer indexed name (the matcher keeps reading tokens) */
  isPrefix(key: string): boolean {
    return findKey(this.ix.prefixes, this.ix.prefixHash, key) >= 0;
  }

  lookup(name: string): Candidate[] {
    return this.byKey(nameKey(name));
  }

  /** admin1 indices a province name can stand for in a country (code or undefined for any) */
  admin1Of(name: string, cc?: string): Set<number> {
    const out = new Set<number>();
    const keys = [nameKey(name), nameKey(stripAdminWords(name))];
    for (const k of keys) {
      for (const c of this.byKey(k)) {
        if (this.ix.kind[c.place] !== KIND.admin1) continue;
        if (cc && this.ix.countries[this.ix.cc[c.place]]?.code !== cc) continue;
        out.add(this.ix.a1[c.place]);
      }
    }
    return out;
  }

  kind(p: number): number { return this.ix.kind[p]; }
  pop(p: number): number { return this.ix.pop[p]; }
  /** how many alternate names a town has: how widely known it is */
  alts(p: number): number { return this.ix.alts[p]; }
  lat(p: number): number { return this.ix.lat[p]; }
  lon(p: number): number { return this.ix.lon[p]; }
  cc(p: number): number { return this.ix.cc[p]; }
  a1(p: number): number { return this.ix.a1[p]; }
  a2(p: number): number { return this.ix.a2[p]; }
  fcode(p: number): string { return this.ix.fcodes[this.ix.fcode[p]]; }
  /** the place that stands for country index c */
  countryPlace(c: number): number { return this.ix.countries[c]?.place ?? -1; }
  admin1Place(a: number): number { return this.ix.admin1[a]?.place ?? -1; }

  private capitals: Map<number, number> | null = null;
  /** the town where conflict data puts an event known only to country c: its capital (PPLC), or its seat of
   * government (PPLG) where that is the bigger city (Cotonou, not Porto-Novo; La Paz, not Sucre); -1 if none */
  capitalOf(c: number): number {
    if (!this.capitals) {
      const ix = this.ix;
      const m = new Map<number, number>();
      const better = (p: number, old: number | undefined) => old === undefined || ix.pop[p] > ix.pop[old];
      const pplg = new Map<number, number>();
      for (let p = 0; p < ix.kind.length; p++) {
        if (ix.kind[p] !== KIND.city) continue;
        const f = ix.fcodes[ix.fcode[p]];
        if (f === 'PPLC' && better(p, m.get(ix.cc[p]))) m.set(ix.cc[p], p);
        else if (f === 'PPLG' && better(p, pplg.get(ix.cc[p]))) pplg.set(ix.cc[p], p);
      }
      for (const [cc, g] of pplg) if (better(g, m.get(cc))) m.set(cc, g);
      this.capitals = m;
    }
    return this.capitals.get(c) ?? -1;
  }

  private seats2: Map<number, number> | null = null;
  /** the seat of district (admin2 index) a: its biggest administrative-centre town (PPLA2, or the
   * province's or country's capital where it lies there); -1 if GeoNames marks none */
  admin2Seat(a: number): number {
    if (!this.seats2) {
      // one pass over the towns on first use (a few ms), not at load time
      const ix = this.ix;
      const m = new Map<number, number>();
      const SEAT = new Set(['PPLA2', 'PPLA', 'PPLC']);
      for (let p = 0; p < ix.kind.length; p++) {
        if (ix.kind[p] !== KIND.city || ix.a2[p] < 0 || !SEAT.has(ix.fcodes[ix.fcode[p]])) continue;
        const old = m.get(ix.a2[p]);
        if (old === undefined || ix.pop[p] > ix.pop[old]) m.set(ix.a2[p], p);
      }
      this.seats2 = m;
    }
    return this.seats2.get(a) ?? this.namesakeSeat(a);
  }

  private seatsByName = new Map<number, number>();
  /** a district with no PPLA2 town is most often named after its seat ("Commune of Materi": the town
   * Materi): the town of the district's bare name in the district (or in its province, coded to no district) */
  private namesakeSeat(a: number): number {
    let seat = this.seatsByName.get(a);
    if (seat !== undefined) return seat;
    seat = -1;
    const ix = this.ix;
    const code = ix.admin2Codes.get(a);
    const a1code = code.slice(0, code.lastIndexOf('.'));
    let best = -1;
    // (or the seat a reviewed table names, where the seat has another name: Mayo-Sava's is Mora)
    for (const c of this.byKey(nameKey(SEAT_NAMES.get(code) ?? stripAdminWords(ix.admin2Names.get(a))))) {
      const p = c.place;
      if (ix.kind[p] !== KIND.city || ix.a1[p] < 0 || ix.admin1[ix.a1[p]].code !== a1code) continue;
      // (a namesake village coded to another district is not the seat: "Kadikoy" the Istanbul borough)
      if (ix.a2[p] >= 0 && ix.a2[p] !== a) continue;
      const rank = (ix.a2[p] === a ? 4 : 0) + (c.flag === 1 ? 2 : 0) + ix.pop[p] / 1e9;
      if (rank > best) [best, seat] = [rank, p];
    }
    this.seatsByName.set(a, seat);
    return seat;
  }

  // folded names, made once: info() runs for every place mention and its province and district
  private a1Names: (string | undefined)[] = [];
  private a2Names: (string | undefined)[] = [];
  private placeNames = new Map<number, string>();

  info(p: number): PlaceInfo {
    const ix = this.ix;
    const c = ix.countries[ix.cc[p]];
    // admin names as ACLED and analysts write them: no diacritics, no "Province"/"Governorate" word
    const i1 = ix.a1[p];
    const i2 = ix.a2[p];
    const a1 = i1 >= 0 ? (this.a1Names[i1] ??= plain(ix.admin1[i1].display ?? stripAdminWords(ix.admin1[i1].name))) : undefined;
    const a2 = i2 >= 0 ? (this.a2Names[i2] ??= plain(stripAdminWords(ix.admin2Names.get(i2)))) : undefined;
    let name = this.placeNames.get(p);
    if (name === undefined) {
      // bounded: memory stays flat over any number of reports
      if (this.placeNames.size >= 50_000) this.placeNames.clear();
      const raw = ix.names.get(p);
      this.placeNames.set(p, (name = plain(ix.kind[p] === KIND.admin2 && leadsWithAdminWord(raw) ? stripAdminWords(raw) : raw)));
    }
    const kind = ix.kind[p];
    return {
      place: p,
      // ASCII-folded like ACLED's location names ("Albu Kamal", "Sao Paulo")
      name,
      latitude: Math.round(ix.lat[p] * 1e5) / 1e5,
      longitude: Math.round(ix.lon[p] * 1e5) / 1e5,
      country: c?.name ?? '',
      country_code: c?.code ?? '',
      admin1: kind === KIND.country ? undefined : a1,
      admin2: kind === KIND.city || kind === KIND.site || kind === KIND.admin2 ? a2 : undefined,
      geonameid: ix.gid[p] || undefined,
      feature: FEATURES[kind],
      fcode: ix.fcodes[ix.fcode[p]],
      population: ix.pop[p],
      precision: ix.prec[p] as 1 | 2 | 3,
    };
  }
}

let cached: Gazetteer | null = null;

/** loads (building once if missing or stale) the gazetteer index; sync, cached per process */
export function loadGazetteer(path = INDEX_PATH): Gazetteer {
  if (cached) return cached;
  let ix: GeoIndex | null = null;
  if (existsSync(path)) {
    try {
      ix = readIndex(path);
      if (ix.dataHash !== dataHash()) ix = null;
    } catch {
      ix = null; // unreadable or from an older layout: rebuild
    }
  }
  if (!ix) {
    process.stderr.write('sitrep geo: building the gazetteer index (one time, under a minute)...\n');
    ix = buildIndex();
    try {
      writeIndex(path, ix);
    } catch (err) {
      process.stderr.write(`sitrep geo: could not cache the index: ${(err as Error).message}\n`);
    }
  }
  cached = new Gazetteer(ix);
  return cached;
}
