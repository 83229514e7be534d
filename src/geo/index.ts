// sitrep's offline geocoder: finds place names in a report and resolves each one with the
// document's context (src/core/interfaces.ts Geocoder). Index: GeoNames cities500 + admin units +
// countries + curated sites (data/sites.json), compact, cached under .cache/geo/.
import { readFileSync } from 'node:fs';
import type { Document, PlaceMention, Sentence } from '../core/types.ts';
import type { Geocoder } from '../core/interfaces.ts';
import { loadGazetteer, type Gazetteer, type PlaceInfo } from './gazetteer.ts';
import { findSpans, dropPeople, phraseSites, setPhrases, type RawSpan } from './find.ts';
import { tokenize } from './tokens.ts';
import { rank, distanceKm, prior, type Mention, type Ranked } from './resolve.ts';
import { relationBefore, isBetweenPair } from './relations.ts';
import { mergeSpans, toMentions } from './mentions.ts';
import { fold, nameKey } from './normalize.ts';
import { sourceCountry } from './source-country.ts';
import { cueCountries } from './country-cues.ts';
import { dropProvinceStrays } from './province-strays.ts';
import { KIND } from './index-file.ts';
import { fuzzyDistricts } from './fuzzy-districts.ts';
import { fuzzyTowns } from './fuzzy-towns.ts';
import { dropDefinedAcronyms } from './defined-acronyms.ts';
import { seatOf, ownSeat, canHold } from './seats.ts';
import { demonymSpans } from './demonym-spans.ts';
import { capitalSpans } from './capital-spans.ts';
import { resolveGivenSpans } from './given-spans.ts';
import { dropFarQuarters, streetsAtFocus } from './quarters.ts';

export type { PlaceInfo } from './gazetteer.ts';
export { loadGazetteer } from './gazetteer.ts';
export { distanceKm } from './resolve.ts';
export { nameKey, fold } from './normalize.ts';
export { bestPlace } from './best.ts';

const SITES = JSON.parse(readFileSync(new URL('../../data/sites.json', import.meta.url), 'utf8')) as { aliases: string[] }[];
setPhrases(SITES.flatMap((s) => s.aliases.filter((a) => a[0] === a[0].toLowerCase() && /[a-z]/.test(a[0])).map((a) => [a.toLowerCase(), nameKey(a)] as [string, string])));


export interface GeoOptions {
  /** list countries/capitals used as actors ("Tehran warned") as plain locations, without `use` */
  keepActors?: boolean;
  /** only the mentions used as locations (what an event extractor wants): no `use` mentions */
  locationsOnly?: boolean;
}

export class SitrepGeocoder implements Geocoder {
  constructor(readonly gaz: Gazetteer) {}

  findPlaces(doc: Document, sentences: Sentence[] = [], opts: GeoOptions = {}): PlaceMention[] {
    const text = doc.text;
    const toks = tokenize(text);
    const uses = opts.keepActors || !opts.locationsOnly;
    const named: RawSpan[] = [];
    // ("the District Commissioner (DC)": a short form the report defines for no place is none)
    const known = dropDefinedAcronyms(text, dropPeople(text, toks, findSpans(text, this.gaz, toks), this.gaz, uses ? named : undefined));
    // ("Datori (Kobli, Atacora)": a district in another spelling, in the slot before its province)
    const fuzzy = fuzzyDistricts(text, toks, known, this.gaz);
    // ("in Caltzontzon, Michoacan": a town in another spelling, in the slot before its province)
    for (const t of fuzzyTowns(text, toks, known, this.gaz)) if (!fuzzy.some((f) => f.start < t.end && t.start < f.end)) fuzzy.push(t);
    let found = fuzzy.length ? [...known, ...fuzzy].sort((a, b) => a.start - b.start) : known;
    // ("the Somali capital": the city the demonym's country has as its capital)
    const capitals = capitalSpans(text, toks, found, this.gaz);
    if (capitals.length) found = [...found, ...capitals].sort((a, b) => a.start - b.start);
    // ("Russian diplomats"): demonyms are toponyms only where the uses are asked for,
    // and a place inside a longer name ("the Dublin Arts Council") too
    if (uses) {
      if (named.length) found = [...found, ...named].sort((a, b) => a.start - b.start);
      const dems = demonymSpans(text, toks, found, this.gaz);
      if (dems.length) found = [...found, ...dems].sort((a, b) => a.start - b.start);
    }
    // (the lower-case text, made once: curated phrases and site cues are found in it)
    const low = text.toLowerCase();
    const phrases = phraseSites(text, this.gaz, low);
    // (the outlets' country, read once for both rankings below)
    const hint = sourceCountry(this.gaz, doc.source);
    const cues = cueCountries(this.gaz, text, toks);
    const out = this.locations(doc, sentences, mergeSpans(opts.keepActors ? found : found.filter((s) => !s.actor), phrases), low, hint, cues);
    if (opts.keepActors || opts.locationsOnly || !found.some((s) => s.actor)) return out;
    // toponyms used for a state or as a modifier ("Tehran warned", "a US base") are toponyms too:
    // resolved among all the names but listed with their `use`, and no witness for the locations above
    const all = mergeSpans(found, phrases);
    const ranked = rank(this.gaz, toMentions(text, all), hint, cues);
    all.forEach((s, i) => {
      const r = ranked[i];
      if (!s.actor || !r || r.standIn) return;
      const m = this.mention(doc, sentences, s, r.place, r.confidence);
      m.use = s.actor;
      out.push(m);
    });
    return out.sort((a, b) => a.start - b.start);
  }

  countryOfSource(source: string | undefined): string | undefined {
    const c = sourceCountry(this.gaz, source);
    const p = c === undefined ? -1 : this.gaz.countryPlace(c);
    return p >= 0 ? this.gaz.info(p).country : undefined;
  }

  /** the place mentions of the spans, resolved jointly, with their relations and descriptive sites */
  private locations(doc: Document, sentences: Sentence[], spans: RawSpan[], low: string, hint?: number, cues?: Set<number>): PlaceMention[] {
    const text = doc.text;
    const ms = toMentions(text, spans);
    // a name known only as not lying in its written container is left out: the container is its own mention
    const ranked = rank(this.gaz, ms, hint, cues).map((r) => (r?.standIn ? null : r));
    dropStrays(this.gaz, text, ranked, ms, hint, cues);
    dropProvinceStrays(this.gaz, text, ranked, ms);
    dropFarQuarters(this.gaz, text, spans, ranked);
    streetsAtFocus(this.gaz, text, spans, ranked);
    // "Sirwah district (Marib)", "Palanpur area of Surat": Marib and Surat hold a place named before them
    const holds = new Set<number>();
    ms.forEach((m, i) => { if (ranked[i] && m.qualifier !== undefined && m.qualGap && m.qualifier > i && canHold(this.gaz, ranked[m.qualifier], ranked[i])) holds.add(m.qualifier); });
    const out: PlaceMention[] = [];
    ranked.forEach((r, i) => {
      if (!r) return;
      const m = this.mention(doc, sentences, spans[i], r.place, r.confidence);
      if (holds.has(i)) m.container = true;
      out.push(m);
    });
    applyRelations(text, out);
    out.push(...this.descriptiveSites(doc, sentences, out, low));
    return out.sort((a, b) => a.start - b.start);
  }

  /** one resolved mention, geo_precision from the feature and the relation words before it */
  mention(doc: Document, sentences: Sentence[], s: { start: number; end: number; suffix?: string }, place: number, score: number): PlaceMention {
    const info = this.gaz.info(place);
    const text = doc.text.slice(s.start, s.end);
    // built field by field in the order the output has always had (no spread objects: this runs per place)
    const m = {
      kind: 'place', start: s.start, end: s.end, text, sentence: sentenceOf(sentences, s.start),
      name: info.name, latitude: info.latitude, longitude: info.longitude, country: info.country,
    } as PlaceMention;
    if (info.admin1) m.admin1 = info.admin1;
    if (info.admin2) m.admin2 = info.admin2;
    if (info.geonameid) m.geonameid = info.geonameid;
    m.feature = info.feature;
    m.geo_precision = info.precision;
    m.score = Math.round(score * 100) / 100;
    m.country_code = info.country_code;
    m.fcode = info.fcode;
    m.relation = info.feature === 'country' ? 'country' : info.feature === 'region' ? 'region' : info.feature === 'admin1' ? 'province' : 'at';
    if (info.feature === 'admin1' || info.feature === 'admin2' || info.feature === 'country') {
      const seat = seatOf(this.gaz, place);
      if (seat) m.seat = seat;
      if (seat && ownSeat(this.gaz, place)) m.geo_precision = 2;
    }
    return m;
  }

  /** "a US airbase within a strategic gas field in Deir Ezzor" -> the curated site the cue and province point to */
  descriptiveSites(doc: Document, sentences: Sentence[], found: PlaceMention[], low = doc.text.toLowerCase()): PlaceMention[] {
    const out: PlaceMention[] = [];
    const ix = this.gaz.ix;
    // (one regex scan says whether any cue phrase is in the text: most reports have none, and a
    // search per phrase cost several times as much)
    if (!cueScan(ix.siteCues).test(low)) return out;
    for (const cue of ix.siteCues) {
      const site = this.gaz.info(cue.place);
      if (found.some((m) => m.name === site.name)) continue;
      for (const phrase of cue.cues) {
        let at = low.indexOf(phrase);
        while (at >= 0) {
          const sIdx = sentenceOf(sentences, at);
          const inProvince = found.find((m) => (sentences.length ? m.sentence === sIdx : Math.abs(m.start - at) < 200) && m.country_code === site.country_code && m.admin1 === site.admin1 && m.feature !== 'country');
          if (inProvince) {
            const m = this.mention(doc, sentences, { start: at, end: at + phrase.length }, cue.place, 0.5);
            m.relation = 'descriptive';
            out.push(m);
            break;
          }
          at = low.indexOf(phrase, at + 1);
        }
        if (out.some((m) => m.name === site.name)) break;
      }
    }
    return out;
  }

  /** resolves given spans (e.g. gold toponyms) jointly, using the other places of the text as context */
  resolveSpans(doc: Document, spans: { start: number; end: number }[]): (PlaceInfo | null)[] {
    return resolveGivenSpans(this.gaz, doc, spans);
  }

  /** best place for a bare name, optionally near a country (code or name) or province */
  resolveName(name: string, context: { country?: string; admin1?: string } = {}): PlaceInfo | null {
    const cands = this.gaz.lookup(name);
    if (!cands.length) {
      const dem = this.gaz.ix.demonyms[nameKey(name)];
      return dem !== undefined ? this.gaz.info(dem) : null;
    }
    const m: Mention = { start: 0, end: name.length, cands };
    let best: { p: number; s: number } | null = null;
    const want = context.country ? countryIndex(this.gaz, context.country) : -1;
    for (const c of cands) {
      let s = prior(this.gaz, c, m);
      if (want >= 0 && this.gaz.cc(c.place) === want) s += 6;
      if (context.admin1 && this.gaz.a1(c.place) >= 0 && nameKey(this.gaz.ix.admin1[this.gaz.a1(c.place)].name) === nameKey(context.admin1)) s += 4;
      if (!best || s > best.s) best = { p: c.place, s };
    }
    return best ? this.gaz.info(best.p) : null;
  }
}

/** a regex that finds any of the site cues' phrases (made once per index) */
const CUE_SCANS = new WeakMap<object, RegExp>();
function cueScan(cues: { cues: string[] }[]): RegExp {
  let re = CUE_SCANS.get(cues);
  if (!re) {
    const alt = cues.flatMap((c) => c.cues).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    CUE_SCANS.set(cues, (re = alt.length ? new RegExp(alt.join('|')) : /(?!)/));
  }
  return re;
}

/** a small town known by the name only as an alternate spelling, in a country the rest of the
 * report never mentions ("Boni" in a report on Mali resolving to Indonesia), is more likely a
 * name we do not know than a place abroad: drop it */
function dropStrays(gaz: Gazetteer, text: string, ranked: (Ranked | null)[], ms: Mention[], hint?: number, cues?: Set<number>): void {
  // countries by the distinct names that land in them (a name repeated is one witness)
  const names = new Map<number, Set<string>>();
  ranked.forEach((r, i) => {
    if (!r) return;
    const c = gaz.cc(r.place);
    (names.get(c) ?? names.set(c, new Set()).get(c)!).add(ms[i].key ?? String(i));
  });
  const cc = new Map<number, number>([...names].map(([c, s]) => [c, s.size]));
  // the outlets' country ("OSCE SMM-Ukraine") witnesses like two names: a lone small namesake abroad
  // ("near Komsomolets", a Kazakh town) is then a village of the outlets' country we do not know
  if (hint !== undefined && hint >= 0) cc.set(hint, (cc.get(hint) ?? 0) + 2);
  // (and so do the report's cue words and home-bound groups: "dahalo" makes a lone "Mania" a Malagasy
  // name we do not know, not El Meniaa in Algeria)
  if (cues) for (const c of cues) cc.set(c, (cc.get(c) ?? 0) + 2);
  const mainCount = Math.max(0, ...cc.values());
  ranked.forEach((r, i) => {
    const k = r ? gaz.kind(r.place) : -1;
    if (!r || r.qualified || (k !== KIND.city && k !== KIND.admin1 && k !== KIND.admin2)) return;
    // alternate spellings of places under 1M people, main names of villages under 20k
    // (and districts named bare, with no "district" or "county" after them: "ABS", "Federation")
    if (gaz.pop(r.place) >= (r.alt ? 1000000 : 20000) || (!r.alt && k !== KIND.city && !(k === KIND.admin2 && bareDistrict(text, ms[i])))) return;
    if ((cc.get(gaz.cc(r.place)) ?? 0) <= 1 && cc.size > 1 && mainCount >= 2) ranked[i] = null;
  });
}

const DISTRICT_AFTER = /^\s+(?:district|county|municipality|department|prefecture|province|region|area|lga|local government|sub-district|subdistrict|commune|governorate|tehsil|taluk|raion)\b/i;
/** a district's name written without its district word after it */
function bareDistrict(text: string, m: Mention): boolean {
  return !DISTRICT_AFTER.test(text.slice(m.end, m.end + 24));
}

function countryIndex(gaz: Gazetteer, country: string): number {
  const up = country.toUpperCase();
  const byCode = gaz.ix.countries.findIndex((c) => c.code === up);
  if (byCode >= 0) return byCode;
  const c = gaz.lookup(country).find((x) => gaz.kind(x.place) === KIND.country);
  return c ? gaz.cc(c.place) : -1;
}

/** near/direction -> precision 2; between A and B -> the midpoint, precision 2 */
function applyRelations(text: string, out: PlaceMention[]): void {
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    // the words before the mention, back to the sentence start (a bounded window: linear on long texts)
    const win = text.slice(Math.max(0, m.start - 120), m.start);
    const cut = Math.max(win.lastIndexOf('. '), win.lastIndexOf('\n'));
    const rel = relationBefore(cut >= 0 ? win.slice(cut + 1) : win);
    if ((rel === 'near' || rel === 'direction') && (m.feature === 'city' || m.feature === 'site' || m.feature === 'admin2')) {
      m.relation = rel;
      if (m.geo_precision === 1) m.geo_precision = 2;
    } else if (rel === 'between' && out[i + 1] && isBetweenPair(text.slice(m.end, out[i + 1].start))) {
      const n = out[i + 1];
      const lat = Math.round(((m.latitude + n.latitude) / 2) * 1e5) / 1e5;
      const lon = Math.round(((m.longitude + n.longitude) / 2) * 1e5) / 1e5;
      for (const [a, b] of [[m, n], [n, m]]) {
        a.point = { latitude: a.latitude, longitude: a.longitude };
        a.latitude = lat; a.longitude = lon;
        a.relation = 'between'; a.between = b.name;
        a.geo_precision = Math.max(a.geo_precision, 2) as 2 | 3;
      }
      i++;
    }
  }
}

function sentenceOf(sentences: Sentence[], offset: number): number {
  let lo = 0, hi = sentences.length - 1, ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) { ans = sentences[mid].index ?? mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

let geocoder: SitrepGeocoder | null = null;

/** the geocoder over the cached index (built on first use, then loaded in well under a second) */
export function loadGeocoder(): SitrepGeocoder {
  if (!geocoder) geocoder = new SitrepGeocoder(loadGazetteer());
  return geocoder;
}

/** true when two province names denote the same admin1 ("Idleb" = "Idlib", "Cabo Delgado Province" =
 * "Cabo Delgado", "Deir-ez-Zor" = "Dayr az Zawr"); for scorers comparing admin1 fields */
export function sameAdmin1(a: string, b: string, countryCode?: string): boolean {
  if (nameKey(a) === nameKey(b)) return true;
  const gaz = loadGeocoder().gaz;
  const sa = gaz.admin1Of(a, countryCode);
  for (const x of gaz.admin1Of(b, countryCode)) if (sa.has(x)) return true;
  return false;
}

/** best place for a bare name: `resolveName('Tripoli', {country: 'LB'})` */
export function resolveName(name: string, context?: { country?: string; admin1?: string }): PlaceInfo | null {
  return loadGeocoder().resolveName(name, context);
}
