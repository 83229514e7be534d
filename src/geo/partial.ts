// The place named inside a longer name we do not know ("Lake Manassas", "University of California",
// "Nazi Germany"): the longest name inside it, and of names as long, a country before the first.
import { readFileSync } from 'node:fs';
import type { Gazetteer, Candidate } from './gazetteer.ts';
import { tokenize } from './tokens.ts';
import { nameKey } from './normalize.ts';
import { KIND } from './index-file.ts';

/** words naming a kind of feature: inside a longer name ("Korean Peninsula", "Royal Street") they are not a town */
const GENERIC = /^(?:peninsula|street|avenue|road|square|park|center|centre|house|tower|hall|station|bridge|valley|coast|beach|island|islands|lake|river|bay|mountains?|hills?|airport|college|university|school|hospital|court|stadium|arena|church|mosque|market|camp|base|field|fields|district|county|city|state|region|province|village|lagoon|creek|canyon|forest|garden|gardens|plaza|estate|delta|quarter|sea|ocean|gulf|strait)$/;
const STOP_WORDS = new Set<string>(JSON.parse(readFileSync(new URL('../../data/geo/stopwords.json', import.meta.url), 'utf8')).words);

export interface Inside {
  cands: Candidate[];
  key: string;
  /** the place is the name's head ("Nazi Germany", "Northern Europe") or follows "of" ("Bank of Japan") */
  head: boolean;
}

/** a country by its main name is the place meant over any other name as long ("Nazi" of "Nazi
 * Germany" is an alternate spelling of a Syrian village); otherwise the first name is */
function strength(gaz: Gazetteer, cands: Candidate[]): number {
  return cands.some((c) => c.flag !== 0 && gaz.kind(c.place) === KIND.country) ? 2 : 1;
}

const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central|north-?east|north-?west|south-?east|south-?west|north-?eastern|north-?western|south-?eastern|south-?western)$/;

/** the longest place name inside surface; of names as long, a country, then the first */
export function placeInside(gaz: Gazetteer, surface: string): Inside | null {
  const toks = tokenize(surface).filter((t) => t.cap);
  // "South West England", "Northern Kenya": a country, province or region after compass words is
  // the place meant, before any name the compass words make with it ("South West", Cameroon)
  let c = 0;
  while (c < toks.length - 1 && COMPASS.test(toks[c].low)) c++;
  // (a written-out name only: "South L.A." is a part of Los Angeles, not of Louisiana)
  if (c > 0 && toks.slice(c).some((t) => /\p{Ll}{2}/u.test(t.text))) {
    const k = nameKey(toks.slice(c).map((t) => t.text).join(' '));
    const area = gaz.byKey(k).filter((x) => x.flag !== 0 && (gaz.kind(x.place) === KIND.country || gaz.kind(x.place) === KIND.admin1 || gaz.kind(x.place) === KIND.region));
    if (area.length) return { cands: area, key: k, head: true };
  }
  for (let len = toks.length - 1; len >= 1; len--) {
    let best: Inside | null = null;
    let bestS = 0;
    for (let i = 0; i + len <= toks.length; i++) {
      const part = toks.slice(i, i + len);
      // ("US Federal Reserve": a country's capitalised short form names the country)
      if (len === 1 && /^[A-Z]{2,3}$/.test(part[0].text)) {
        const country = gaz.byKey(nameKey(part[0].text)).find((c) => c.flag === 1 && gaz.kind(c.place) === KIND.country);
        if (country) return { cands: [country], key: nameKey(part[0].text), head: false };
      }
      if (len === 1 && (part[0].text.length < 4 || STOP_WORDS.has(part[0].low) || GENERIC.test(part[0].low))) continue;
      const k = nameKey(part.map((t) => t.text).join(' '));
      // ("European Commission", "Canadian Tire": a demonym inside a name names its country or region)
      // (but "French Quarter", "Irish Sea" are features of their own)
      const dem = len === 1 && !toks.some((t) => GENERIC.test(t.low)) ? gaz.ix.demonyms[k] : undefined;
      const c = dem !== undefined ? [{ place: dem, flag: 1 }] : gaz.byKey(k);
      if (!c.length) continue;
      const head = i + len === toks.length || /\bof\s+(?:the\s+)?$/i.test(surface.slice(0, part[0].start));
      // ("Robinson College Cambridge", "Imperial College London"): a town written after the institution
      // word is where the institution is; a name before it is often the person it is named after
      const s = strength(gaz, c) + (toks.slice(0, i).some((t) => GENERIC.test(t.low)) ? 0.5 : 0);
      if (s > bestS) { best = { cands: c, key: k, head }; bestS = s; }
    }
    if (best) return best;
  }
  return null;
}

const EMBASSY = /\b(?:embassy|embassies|consulate|consulates|high commission)\b/i;
const MINISTRY = /\b(?:ministry|ministries)\b/i;

/** "British Embassy Tokyo", "the Russian Embassy", "the Russian Foreign Ministry", whose only place
 * inside is a country: an embassy lies abroad, in the town written with it or else where the
 * report is (the focus); a ministry in the country's capital. -1 where neither applies */
export function officePlace(gaz: Gazetteer, surface: string, country: number, focus: number): number {
  if (gaz.kind(country) !== KIND.country) return -1;
  if (EMBASSY.test(surface)) {
    const town = townInside(gaz, surface);
    if (town >= 0) return town;
    return focus >= 0 && gaz.cc(focus) !== gaz.cc(country) ? focus : -1;
  }
  if (MINISTRY.test(surface)) return capitalOf(gaz, gaz.cc(country));
  return -1;
}

/** the biggest town of 50,000 or more written by its main name as a word of surface, or -1 */
function townInside(gaz: Gazetteer, surface: string): number {
  let best = -1;
  for (const t of tokenize(surface)) {
    if (!t.cap || t.text.length < 4) continue;
    const cands = gaz.byKey(nameKey(t.text));
    // (the country's own name, "Embassy of Armenia", is no town the embassy lies in: Armenia, Colombia)
    if (cands.some((c) => c.flag === 1 && gaz.kind(c.place) === KIND.country)) continue;
    for (const c of cands) {
      if (c.flag !== 1 || gaz.kind(c.place) !== KIND.city || gaz.pop(c.place) < 50000) continue;
      if (best < 0 || gaz.pop(c.place) > gaz.pop(best)) best = c.place;
    }
  }
  return best;
}

/** the capital (GeoNames PPLC) of each country index, found once */
let CAPITALS: Map<number, number> | null = null;
function capitalOf(gaz: Gazetteer, cc: number): number {
  if (!CAPITALS) {
    CAPITALS = new Map();
    for (let p = 0; p < gaz.ix.kind.length; p++) {
      if (gaz.kind(p) !== KIND.city || gaz.fcode(p) !== 'PPLC') continue;
      const old = CAPITALS.get(gaz.cc(p));
      if (old === undefined || gaz.pop(p) > gaz.pop(old)) CAPITALS.set(gaz.cc(p), p);
    }
  }
  return CAPITALS.get(cc) ?? -1;
}
