// Quarters and streets of the report's town that share a name with a town far away ("in Colonia
// Miguel Hidalgo", "the Grande Vitoria neighborhood"): the quarter, not the far town.
import type { Gazetteer } from './gazetteer.ts';
import type { RawSpan } from './find.ts';
import type { Ranked } from './resolve.ts';
import { KIND } from './index-file.ts';
import { reportFocus, farFrom } from './focus.ts';

const QUARTER_BEFORE = /\b(?:colonia|col\.|barrio|fraccionamiento|plaza|calle|avenida|rua|bairro|jardim|vila|villa)\s+(?:(?:la|el|los|las|de|del|do|da|dos|das)\s+)?$/i;
const QUARTER_NAME = /^(?:colonia|col\.|barrio|fraccionamiento|plaza|bairro|jardim)(?:\s|$)/i;
const QUARTER_AFTER = /^(?:\s+(?:de|del|da|do|dos|das|la|el)?\s*\p{Lu}[\p{L}'’-]*){0,2}\s+(?:neighbou?rhoods?|barrio|colonia|quarter|suburb|street|avenue|road|square|roundabout|intersection|junction)\b/iu;

/** "in Hermosillo, Sonora, ... in Colonia Miguel Hidalgo", "Grande Vitoria neighborhood": a quarter of
 * the report's town that shares its name with a town far away is that quarter, not the far town */
export function dropFarQuarters(gaz: Gazetteer, text: string, spans: RawSpan[], ranked: (Ranked | null)[]): void {
  const towns = ranked.map((r, i) => (r && (gaz.kind(r.place) === KIND.city || gaz.kind(r.place) === KIND.site || gaz.kind(r.place) === KIND.admin2) ? i : -1)).filter((i) => i >= 0);
  if (towns.length < 2) return;
  const quarter = (i: number) => QUARTER_NAME.test(text.slice(spans[i].start, spans[i].end)) || QUARTER_BEFORE.test(text.slice(Math.max(0, spans[i].start - 20), spans[i].start)) || QUARTER_AFTER.test(text.slice(spans[i].end, spans[i].end + 45));
  // (a name also written plainly elsewhere, "in Huarocondo ... Huarocondo road", is the town itself)
  // (each town's three regexes run once: most reports write no quarter at all)
  const isQ = towns.map(quarter);
  if (!isQ.includes(true)) return;
  const plain = new Set(towns.filter((_, k) => !isQ[k]).map((i) => spans[i].key));
  const q = new Set(towns.filter((i, k) => isQ[k] && !plain.has(spans[i].key)));
  if (!q.size) return;
  // a quarter or street is never the report's place when its town is named too: near namesakes
  // ("Raju street of Afrin") are villages outside the town, far ones are other towns
  const others = towns.filter((j) => !q.has(j));
  if (!others.length) return;
  for (const i of q) if (others.some((j) => gaz.cc(ranked[j]!.place) === gaz.cc(ranked[i]!.place))) ranked[i] = null;
}

// "Bourbon and Dauphine streets", "the Chartres/Franklin intersection", "State and Hubbard streets",
// "Magazine St.": a name, alone or paired with another, before a street word
const STREET_AFTER = /^(?:\s*(?:and|&|\/)\s*\p{Lu}[\p{L}'’.-]*)?\s*(?:streets?|st\.|avenues?|ave\.|boulevards?|blvd\.?|roads?|rd\.|lanes?|intersection|junction|crossing)(?!\p{L})/iu;

/** is the name written as a street (its own or with another in "X and Y streets")? */
export function writtenAsStreet(text: string, s: { end: number }): boolean {
  return STREET_AFTER.test(text.slice(s.end, s.end + 40));
}

// "the South Side", "West End", "Lower East Side": a quarter named by its bearing from the town's centre
const BEARING_QUARTER = /^(?:the\s+)?(?:(?:near|far|upper|lower)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)[\s-]?(?:side|end)$/i;

/** is the name a town quarter named by its bearing ("South Side", "West End", "Eastside")? */
export function bearingQuarter(text: string, s: { start: number; end: number }): boolean {
  return BEARING_QUARTER.test(text.slice(s.start, s.end));
}

/** "Royal Street", "Bourbon and Dauphine streets", "Atlantic Avenue": a name written as a street whose
 * reading lies far from the report's focus town, or in another country, is a street of that town:
 * the town stands in for it (a street named after a state that holds the town stays the state) */
export function streetsAtFocus(gaz: Gazetteer, text: string, spans: RawSpan[], ranked: (Ranked | null)[]): void {
  const streets = new Set<number>();
  ranked.forEach((r, i) => { if (r && !r.qualified && gaz.kind(r.place) !== KIND.country && (writtenAsStreet(text, spans[i]) || bearingQuarter(text, spans[i]))) streets.add(i); });
  if (!streets.size) return;
  const focus = reportFocus(gaz, text, ranked.map((r, i) => (streets.has(i) ? null : r)), spans, new Set(spans));
  if (focus < 0 || gaz.kind(focus) !== KIND.city) return;
  // (the focus town's country must have two witnesses at least: one name is no report's focus)
  const keys = new Set<string>();
  ranked.forEach((r, i) => { if (r && !streets.has(i) && gaz.cc(r.place) === gaz.cc(focus)) keys.add(spans[i].key); });
  if (keys.size < 2) return;
  for (const i of streets) {
    const p = ranked[i]!.place;
    if (gaz.cc(p) !== gaz.cc(focus) || farFrom(gaz, p, focus)) ranked[i] = { place: focus, score: 0, confidence: 0.3, standIn: true };
  }
}
