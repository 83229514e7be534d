// Which of a sentence's places is the place of one trigger, and when one trigger is several events
// at several places ("strikes hit A and B"). ACLED codes an event at the most specific place named
// for it; a province or district written after a town ("X (Y, Z)") is context, not the scene.
import type { PlaceMention, Sentence } from '../core/types.ts';
import type { TriggerHit } from './triggers.ts';
import { bestPlaceInSentence, placeRank } from './places.ts';
import { tokenAtOrAfter } from './segment.ts';
import { listPlaces } from './place-lists.ts';

const LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'inside', 'around', 'across', 'into', 'from', 'within', 'on', 'of', 'to', 'towards', 'toward', 'between', 'throughout', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'village', 'town', 'city', 'district', 'province', 'region', 'area', 'outskirts', 'coded']);

/** words that may stand between the locative word and the name: articles (Arabic "al" too),
 * "rural", an opening parenthesis ("in rural Manbij", "in al Tabqa", "village (Kismayo") */
const BETWEEN = /^(?:the|a|an|of|al|el|ad|ar|as|ash|az|ath|rural|greater|downtown|,|\(|[\p{Lu}][\p{L}'’-]*)$/u;
/** ACLED notes name the coded place outright: "coded to X", "location coded as X (Y, Z)" */
const CODED = /\bcoded\s+(?:to|at|as|in|under)\s+(?:the\s+)?([^.;:!?]*)$/i;
const CHAIN = /^(?:[\p{Lu}][\p{L}'’.-]*[\s,()-]*)*$/u;

/** the sentence opens on its scene: "In X, Y, ...", "On 3 May, near the city of X, Y, ...", "in X municipality, Y, ..." (ACLED's Latin American notes) */
const HEADER = /^(?:(?:on|around|between|from)\b[^,]{0,40},\s*)?(?:in|near|around|outside)\s+(?:the\s+(?:city|town|municipality|village)\s+of\s+)?$/i;
const FROM = new Set(['from', 'to', 'towards', 'toward']);
const ROUTE_AFTER = /^(?:[-–]\p{Lu}[\p{L}'’]*)?\s+(?:road|highway|bypass|motorway|expressway|bridge)\b/iu;

/** the place of a trigger: a place the note says it is coded to; else places in its clause introduced
 * by a locative word first, then the sentence. A container ("X (Y, Z)": Y and Z) ranks with the
 * place it qualifies, never above it. */
export function placeForTrigger(s: Sentence, clause: number[], places: PlaceMention[], tr: TriggerHit, noteHead?: PlaceMention): PlaceMention | undefined {
  if (!places.length) return undefined;
  let ordered = places.length > 1 ? [...places].sort((a, b) => a.start - b.start) : places;
  // a province written as the container of a name ("(Rajnandgaon, Chhattisgarh)") rules out the
  // sentence's towns that resolved to another province of the same country; so does a district
  // written as a container, by its province ("X, Monreal, Masbate": Masbate lies in Bicol)
  if (ordered.length > 2) {
    const a1s = ordered.filter((p) => p.container && p.admin1 && (p.feature === 'admin1' || p.feature === 'admin2'));
    const a1 = a1s[0];
    if (a1 && a1s.every((p) => p.admin1 === a1.admin1 && p.country === a1.country)) {
      const keep = ordered.filter((p) => p.feature === 'admin1' || p.feature === 'country' || p.country !== a1.country || !p.admin1 || p.admin1 === a1.admin1);
      if (keep.some((p) => p !== a1 && p.feature !== 'country')) ordered = keep;
    }
  }
  // ("blocked the road to X", "on the highway from X": the ends of a route, not where the act is;
  // the event keeps the place the report gave before)
  ordered = ordered.filter((p) => !routeEnd(s, p));
  if (!ordered.length) return undefined;
  let prev: { p: PlaceMention; tier: number } | undefined;
  // (only when a town or district is named plainly too: "in Salingyi township, south-west of Monywa" keeps Monywa over the region)
  const plainTown = ordered.some((p) => p.relation !== 'direction' && !p.container && placeRank(p) <= 2);
  const scored = ordered.map((p) => {
    const ti = tokenAtOrAfter(s, p.start);
    let k = ti - 1;
    while (k >= 0 && BETWEEN.test(s.tokens[k].text) && ti - k < 5 && !LOCATIVE.has(s.tokens[k].norm)) k--;
    const locative = k >= 0 && LOCATIVE.has(s.tokens[k].norm);
    const sameClause = ti >= 0 && clause[ti] === clause[tr.startToken];
    let tier = (sameClause ? 0 : 2) + (locative ? 0 : 1);
    // an origin or destination ("reinforcements from the cities of X", "towards Y") and a reference
    // point ("in the northeast of Sanaa") are weaker than the place the event is in
    if (locative && (FROM.has(s.tokens[k].norm) || originOf(s, k))) tier += 0.5;
    // a road or bridge named after a town ("a sit-in on the Karnal bypass in Panipat") is not that town
    if (ROUTE_AFTER.test(s.text.slice(p.end - s.start, p.end - s.start + 24))) tier += 0.5;
    if (p.relation === 'direction' && plainTown) tier += 0.5;
    const coded = CODED.exec(s.text.slice(Math.max(0, p.start - s.start - 80), p.start - s.start));
    if (coded && coded[1].length <= 60 && CHAIN.test(coded[1])) tier = -1;
    else if (p.container && prev && p.start - prev.p.end <= 60) tier = Math.max(tier, prev.tier);
    const x = { p, tier };
    if (!p.container) prev = x;
    return x;
  });
  let bestTier = Infinity;
  for (const x of scored) if (x.tier < bestTier) bestTier = x.tier;
  const best = bestPlaceInSentence(scored.filter((x) => x.tier === bestTier).map((x) => x.p), tr.start);
  // (a note that opens on its town, "On 3 May, in X, Y, ...": a later sentence's name far from X is a part of X we do not know)
  if (noteHead && best && best.sentence > noteHead.sentence && best.country === noteHead.country && farPart(noteHead, best)) return noteHead;
  return headerPlace(s, ordered, best) ?? best;
}

const ROUTE_NOUNS = new Set(['road', 'roads', 'highway', 'highways', 'route', 'routes', 'motorway', 'expressway', 'way', 'journey', 'trip']);
/** a town named as the end of a route: "the road to X", "the highway from X" */
function routeEnd(s: Sentence, p: PlaceMention): boolean {
  const ti = tokenAtOrAfter(s, p.start);
  let k = ti - 1;
  if (s.tokens[k]?.norm === 'the') k--;
  return FROM.has(s.tokens[k]?.norm ?? '') && ROUTE_NOUNS.has(s.tokens[k - 1]?.norm ?? '');
}

const PLACE_NOUNS = new Set(['city', 'cities', 'town', 'towns', 'village', 'villages', 'area', 'areas', 'district', 'districts', 'province', 'provinces', 'region', 'regions', 'direction', 'outskirts']);
/** "from the cities of X", "towards the town of X": the "of" before the name hangs on a place noun
 * whose own preposition is an origin or destination */
function originOf(s: Sentence, k: number): boolean {
  if (s.tokens[k].norm !== 'of' || !PLACE_NOUNS.has(s.tokens[k - 1]?.norm ?? '')) return false;
  let j = k - 2;
  if (s.tokens[j]?.norm === 'the') j--;
  return FROM.has(s.tokens[j]?.norm ?? '');
}

/** "In Celaya, Guanajuato, gunmen attacked a patrol in Camargo community": a town that opens the
 * sentence is the scene; a later name resolving far from it is a namesake of a part of that town */
function headerPlace(s: Sentence, places: PlaceMention[], best: PlaceMention | undefined): PlaceMention | undefined {
  if (!best) return undefined;
  const head = headerTown(s, places);
  if (!head || head === best || best.start < head.end) return undefined;
  return farPart(head, best) ? head : undefined;
}

/** the town that opens a sentence as its scene: "In Celaya, Guanajuato, ...", "On 3 May, near X, Y, ..." */
export function headerTown(s: Sentence, places: PlaceMention[]): PlaceMention | undefined {
  const head = places.find((p) => p.feature === 'city' || p.feature === 'site' || p.feature === 'admin2');
  if (!head || !HEADER.test(s.text.slice(0, head.start - s.start))) return undefined;
  if (!/^(?:\s+(?:city|town|municipality))?\s*,/.test(s.text.slice(head.end - s.start, head.end - s.start + 16))) return undefined;
  return head;
}

/** a town-level place more than 30 km from the scene's town: a namesake of a part of it */
export function farPart(head: PlaceMention, p: PlaceMention): boolean {
  return (p.feature === 'city' || p.feature === 'site' || p.feature === 'admin2') && kmBetween(head, p) > 30;
}

function kmBetween(a: PlaceMention, b: PlaceMention): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.latitude - a.latitude) * r) / 2) ** 2 + Math.cos(a.latitude * r) * Math.cos(b.latitude * r) * Math.sin(((b.longitude - a.longitude) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Places that split one trigger into several events: two or more town-level places in the
 * trigger's clause after it, joined by "and" ("hit Kharkiv and Zaporizhzhia"), in different
 * admin areas. Only a plural trigger or weapon ("airstrikes", "missiles") can be several events,
 * or, in a brief, a list of places that holds the trigger's place (place-lists.ts).
 */
export function splitPlaces(text: string, s: Sentence, clause: number[], places: PlaceMention[], tr: TriggerHit, best: PlaceMention | undefined, brief = false): PlaceMention[] {
  if (!best || places.length < 2) return [];
  // in a brief (a coded note), "clashes on the A (X), B (Y) and C frontlines": the chosen place is one
  // of a list, and each item is an event; a second mention ("the arrests took place in A, B and C")
  // tells where the one event was. (An article's lists are left to its main-event choice.)
  const list = tr.anaphoric || !brief ? [] : listPlaces(text, places, s.start, s.end, tr.end, best);
  if (list.length >= 2) return list;
  const plural = /s$/i.test(tr.text) || /\b(?:missiles|rockets|strikes|airstrikes|drones|shells|attacks)\b/i.test(text.slice(Math.max(s.start, tr.start - 120), Math.min(s.end, tr.end + 120)));
  if (!plural) return [];
  const cl = clause[tr.startToken];
  const towns = places.filter((p) => p.feature !== 'country' && p.feature !== 'region')
    .filter((p) => clause[tokenAtOrAfter(s, p.start)] === cl)
    .sort((a, b) => a.start - b.start);
  const out: PlaceMention[] = [];
  for (const p of towns) {
    const prev = out[out.length - 1];
    if (prev && (prev.name === p.name || (prev.admin1 && prev.admin1 === p.admin1) || p.country !== prev.country)) continue;
    if (prev && !/\band\b/.test(text.slice(prev.end, p.start))) break;
    out.push(p);
  }
  return out.length >= 2 ? out : [];
}
