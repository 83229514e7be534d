// Place mentions and place attachment. The geocoder (src/geo) resolves places when it is given;
// without it a country-name lookup keeps the chain working (country precision only).
// Attachment picks, for each event, the most precise place tied to its trigger sentence, else the
// place of the event it continues, else the document's main place.
import type { PlaceMention, Sentence } from '../core/types.ts';
import { findCountryRefs } from './actors.ts';

/** fallback finder: country names (not demonyms) as country-level places */
export function fallbackPlaces(sentences: Sentence[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const s of sentences) {
    for (const c of findCountryRefs(s)) {
      if (c.demonym) continue;
      out.push({
        kind: 'place', sentence: s.index, start: c.start, end: c.end, text: s.text.slice(c.start - s.start, c.end - s.start),
        name: c.country, latitude: Number.NaN, longitude: Number.NaN, country: c.country, feature: 'country', geo_precision: 3,
      });
    }
  }
  return out;
}

const ORG_NAME = /^\s+(?:People['’]?s['’]?|Workers['’])\s+\p{Lu}/u;
/** "Luhansk People's Militia", "Sudan People's Liberation Army", "Kurdistan Workers' Party": a place
 * that opens an organisation's name tells the country (it votes for it) but is not where the event was */
/** "on its Andalus radio station", "told Shabelle radio": a name before a lower-case media word,
 *  after a word that speaks of an outlet, names the outlet */
const MEDIA_AFTER = /^\s+(?:radio|television|tv|news agency|newspaper|broadcaster)\b/i;
const MEDIA_BEFORE = /\b(?:its|their|on|via|told|by|from)\s+$/i;

export function orgNamePart(text: string, p: PlaceMention): boolean {
  if (ORG_NAME.test(text.slice(p.end, p.end + 40))) return true;
  return MEDIA_AFTER.test(text.slice(p.end, p.end + 16)) && MEDIA_BEFORE.test(text.slice(Math.max(0, p.start - 8), p.start));
}

const SENTENCE_END = /[.!?:;"“”\n]\s*$/;
/** "a meeting in Man (Tonkpi, ...)": a generic actor word ("man") written capitalised inside a sentence,
 * exactly where the geocoder placed a town (which it keeps for a common word only with a container
 * that holds it), is the town's name, not a person */
export function townNamedLikeActor(text: string, a: { start: number; end: number; actorKind: string }, p: PlaceMention): boolean {
  return a.actorKind === 'generic' && a.start === p.start && a.end === p.end && p.feature === 'city' &&
    /^\p{Lu}\p{Ll}/u.test(p.text) && p.start > 0 && !SENTENCE_END.test(text.slice(Math.max(0, p.start - 4), p.start));
}

const FEATURE_RANK: Record<PlaceMention['feature'], number> = { site: 0, city: 1, admin2: 2, admin1: 3, region: 3, country: 4 };

export function placeRank(p: PlaceMention): number {
  return FEATURE_RANK[p.feature] ?? 4;
}

/** the best place of one sentence for a trigger at `at`: an inner place before its written container,
 * most precise, then nearest after it */
export function bestPlaceInSentence(places: PlaceMention[], at: number): PlaceMention | undefined {
  let best: PlaceMention | undefined;
  let bestKey = Infinity;
  // a place written as the container of another ("Sirwah district (Marib)") yields to the inner place;
  // a country is no inner place: where the name a container held was dropped ("X area in western
  // Yemen (Abs, Hajjah)" with X a namesake elsewhere), the containers are the most precise places left
  const inner = places.filter((p) => !p.container && p.feature !== 'country');
  for (const p of inner.length ? inner : places) {
    const dist = p.start >= at ? p.start - at : (at - p.start) * 2; // places after the trigger ("in X") first
    const key = placeRank(p) * 100000 + Math.min(dist, 99999);
    if (key < bestKey) [best, bestKey] = [p, key];
  }
  return best;
}

/** capitals and seats of government or of a province: as telling of the country as a province name */
const SEAT_CODES = new Set(['PPLC', 'PPLG', 'PPLA']);
/** "in Lebanon", "across Syria": a country written as where things happen is the scene, not a party */
const SCENE_BEFORE = /\b(?:in|inside|across|throughout)\s+(?:the\s+)?$/i;
/** "CALGARY (Reuters) — ", "Kabul, Afghanistan - ": the dateline, up to five capitalised words before a
 * dash (an agency in brackets between) at the very start of the text */
const DATELINE = /^\s*(?:By\s[^\n]{1,60}?\s)?\p{Lu}[\p{L}'’.-]*(?:,?\s+\p{Lu}[\p{L}'’.-]*){0,4},?\s*(?:\([^)\n]{1,40}\)\s*)?(?:[—–]|--?\s)/u;

/** "a Calgary man", "two Toronto nurses": a town written as where people come from, not where things happen */
const HOME_BEFORE = /\b(?:an?|two|three|four|five|\d+)\s+$/i;
const HOME_AFTER = /^[\s-]+(?:m[ae]n|wom[ae]n|boys?|girls?|teens?|teenagers?|residents?|natives?|famil(?:y|ies)|couples?|nurses?|doctors?|students?|fathers?|mothers?|journalists?|activists?|workers?|volunteers?)\b/i;

/** the end of the report's dateline, or -1 */
export function datelineEnd(text: string): number {
  const m = DATELINE.exec(text.slice(0, 160));
  return m ? m[0].length : -1;
}

/**
 * The document's dominant country: places vote with their resolver score (admin names, which are
 * rarely ambiguous, count more; country names less), and state forces or named groups with a home
 * country add a vote. A lone mis-resolved village name cannot outvote its own admin context.
 */
export function dominantCountry(places: PlaceMention[], actorCountries: string[], text?: string): string | undefined {
  const vote = new Map<string, number>();
  // (where the reporter files from, or where people come from, says little where the report names
  // other places: "CALGARY — ... in Lebanon", "a Calgary man was among those killed in Lebanon")
  const line = text && places.length > 1 ? datelineEnd(text) : -1;
  for (const p of places) {
    // a country named outright is as often a party ("protested against Pakistan", "Turkey and
    // Russia agreed") as the scene, so it weighs less than a town or province inside it, unless the
    // text places things in it
    const scene = p.feature === 'country' && text !== undefined && SCENE_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start));
    let w = (p.score ?? 0.6) * (p.feature === 'admin1' || p.feature === 'admin2' || (SEAT_CODES.has(p.fcode ?? '')) ? 1.6 : p.feature === 'country' && !scene ? 0.8 : 1);
    if (p.end <= line || (text && HOME_BEFORE.test(text.slice(Math.max(0, p.start - 8), p.start)) && HOME_AFTER.test(text.slice(p.end, p.end + 16)))) w *= 0.7;
    vote.set(p.country, (vote.get(p.country) ?? 0) + Math.max(0.3, w));
  }
  // a group's home country only breaks ties: attackers are often foreign
  for (const c of actorCountries) vote.set(c, (vote.get(c) ?? 0) + 0.25);
  let best: string | undefined;
  let bv = 0;
  for (const [c, v] of vote) if (v > bv) [best, bv] = [c, v];
  return best;
}

/** the document's main place: the most precise of the dominant country's places */
export function documentPlace(places: PlaceMention[], country?: string): PlaceMention | undefined {
  if (!places.length) return undefined;
  const top = country ?? dominantCountry(places, []);
  const inTop = places.filter((p) => p.country === top);
  return inTop.sort((a, b) => placeRank(a) - placeRank(b) || a.start - b.start)[0];
}

/** the place in `b` is compatible with `a` (same place, or one contains the other) */
export function samePlaceArea(a: PlaceMention, b: PlaceMention): boolean {
  if (a.country !== b.country) return false;
  if (a.feature === 'country' || b.feature === 'country') return true;
  if (a.name === b.name) return true;
  if (a.admin1 && b.admin1 && a.admin1 !== b.admin1) return false;
  return placeRank(a) >= 3 || placeRank(b) >= 3;
}

/**
 * Where an event at this place goes on the map. ACLED codes an event known only to a country, province
 * or district at that area's seat (its capital), with geo_precision 2/3, not at the area's centre;
 * every other place keeps its own point.
 */
export function eventPoint(p: PlaceMention): { latitude: number; longitude: number } {
  if ((p.feature === 'admin1' || p.feature === 'admin2' || p.feature === 'country') && p.seat && p.relation !== 'between') return { latitude: p.seat.latitude, longitude: p.seat.longitude };
  return { latitude: p.latitude, longitude: p.longitude };
}

/** the location name of an event at this place: an area's seat where the event goes to the seat (ACLED's
 * location column names the town its point is, "Al Madid" for an event known only to Nihm district) */
export function eventLocation(p: PlaceMention): string {
  // (a district with no seat of its own, placed at its province's seat, keeps its own name)
  if ((p.feature === 'admin1' || p.feature === 'country' || (p.feature === 'admin2' && p.geo_precision === 2)) && p.seat && p.relation !== 'between') return p.seat.name;
  return p.name;
}

/** the province and district of an event at this place: a country's are those of the capital it is placed at */
export function eventAdmins(p: PlaceMention): { admin1: string; admin2: string } {
  if (p.feature === 'country' && p.seat && p.relation !== 'between') return { admin1: p.seat.admin1 ?? '', admin2: p.seat.admin2 ?? '' };
  return { admin1: p.admin1 ?? '', admin2: p.admin2 ?? '' };
}
