// Resolution of given spans (a corpus's gold toponyms, `SitrepGeocoder.resolveSpans`): the spans are
// ranked jointly with the other names found in the text; a span whose name we do not know, or know
// only as a far namesake, is placed by what is written beside it, its sentence, or the report's focus.
import type { Document } from '../core/types.ts';
import type { Gazetteer, PlaceInfo, Candidate } from './gazetteer.ts';
import { findSpans, dropPeople, isCommonWord, type RawSpan } from './find.ts';
import { tokenize } from './tokens.ts';
import { rank, isCounty, distanceKm, type Mention } from './resolve.ts';
import { toMentions } from './mentions.ts';
import { cueCountries } from './country-cues.ts';
import { NEAR_KM } from './context.ts';
import { fold, nameKey } from './normalize.ts';
import { KIND } from './index-file.ts';
import { reportFocus, farFrom, sentenceTown } from './focus.ts';
import { placeInside, officePlace } from './partial.ts';
import { stemPlace, combiningPlace } from './demonym-stems.ts';
import { acronymLetters, initialsPlace, partOfCountry } from './initials.ts';
import { writtenAsStreet, bearingQuarter } from './quarters.ts';
import { blocPlace } from './bloc.ts';

const STRAY_POP = 20_000;
const HAMLET_POP = 2_000;
const BESIDE = /^\s+(?:in|near|outside|at)(?:\s+the)?\s+$/i;
const FEATURE_END = /\s(?:Square|Park|Street|Avenue|Road|Plaza|Gardens?|Bridge|Station|Tower|Hall|Centre|Center|Stadium|Arena|Market)$/;
const VENUE_IN = /^\s+(?:cinema|theatre|theater|hotel|pub|inn|restaurant|caf[eé]|bar|nightclub|club|church|chapel|mosque|synagogue|temple|school|academy|hospital|clinic|stadium|ground|arena|hall|gallery|museum|library|market|mall|shop|store|factory|mill|mine|farm)\s+(?:in|near|outside|at)(?:\s+the)?\s+$/i;

/** resolves given spans (e.g. gold toponyms) jointly, using the other places of the text as context */
export function resolveGivenSpans(gaz: Gazetteer, doc: Document, spans: { start: number; end: number }[]): (PlaceInfo | null)[] {
  const text = doc.text;
  const toks = tokenize(text);
  const found = dropPeople(text, toks, findSpans(text, gaz, toks), gaz).filter((s) => !s.actor);
  const given: RawSpan[] = spans.map((g) => spanFor(gaz, text, g));
  const extra = found.filter((f) => !spans.some((g) => f.start < g.end && g.start < f.end));
  const all = [...given, ...extra].sort((a, b) => a.start - b.start);
  const ms = toMentions(text, all);
  const givenSet = new Set(given);
  all.forEach((s, i) => { if (givenSet.has(s)) ms[i].common = false; });
  const ranked = rank(gaz, ms, undefined, cueCountries(gaz, text, toks));
  const fallback = reportFocus(gaz, text, ranked, all, givenSet);
  const named = new Set<number>();
  ranked.forEach((r, i) => { if (r && !all[i].partial) named.add(gaz.cc(r.place)); });
  // the names that land in each country (a name repeated is one witness; a small town found but
  // not asked about, often a person's name, is none)
  const witnesses = new Map<number, Set<string>>();
  ranked.forEach((r, i) => {
    if (!r || (!givenSet.has(all[i]) && gaz.kind(r.place) === KIND.city && gaz.pop(r.place) < STRAY_POP)) return;
    const c = gaz.cc(r.place);
    (witnesses.get(c) ?? witnesses.set(c, new Set()).get(c)!).add(all[i].key);
  });
  // a name we do not know written right before a place ("Quarry Hill Clinic near Dayton", "the
  // Pinewood Yard at Slough") lies there; otherwise at the report's focus
  // (not an item of a list, "Madinaty, Liverpool and ..."; and a province or country only where
  // the focus is not already inside it)
  const unknownAt = (g: RawSpan): PlaceInfo | null => {
    const i = all.indexOf(g);
    const next = all[i + 1];
    const p = next && !next.partial && !ms[i].listed && !ranked[i + 1]?.alt ? ranked[i + 1]?.place ?? -1 : -1;
    if (p >= 0 && (BESIDE.test(text.slice(g.end, next.start)) || writtenContainer(gaz, text, ms, all, i, fallback, p))) {
      const k = gaz.kind(p);
      const holds = fallback >= 0 && gaz.cc(fallback) === gaz.cc(p) && (k === KIND.country || (k === KIND.admin1 && gaz.a1(fallback) === gaz.a1(p)));
      if ((k !== KIND.region || isCounty(gaz, p)) && !holds) return gaz.info(p);
    }
    const t = sentenceTown(gaz, text, all, ranked, i, fallback);
    if (t >= 0) return gaz.info(t);
    return fallback >= 0 ? gaz.info(fallback) : null;
  };
  // "California State University at San Marcos", "University of California, Los Angeles": a town
  // written right after a longer name holds it, whatever place the name has inside
  const townBeside = (g: RawSpan): number => {
    const i = all.indexOf(g);
    const next = all[i + 1];
    const p = next && !next.partial && !ms[i].listed && !ranked[i + 1]?.alt ? ranked[i + 1]?.place ?? -1 : -1;
    if (p < 0 || gaz.kind(p) !== KIND.city) return -1;
    return BESIDE.test(text.slice(g.end, next.start)) || writtenContainer(gaz, text, ms, all, i, fallback, p) ? p : -1;
  };
  // "the Pioneer cinema in Dewsbury", "the Rialto hotel at Brighton": a name before a venue word and
  // the town it is said to be in names the venue, which lies in that town
  const venueIn = (g: RawSpan): number => {
    const i = all.indexOf(g);
    const next = all[i + 1];
    const p = next && !next.partial && !ranked[i + 1]?.alt ? ranked[i + 1]?.place ?? -1 : -1;
    return p >= 0 && gaz.kind(p) === KIND.city && VENUE_IN.test(text.slice(g.end, next.start)) ? p : -1;
  };
  const places = ranked.flatMap((r) => (r ? [r.place] : []));
  return given.map((g) => {
    const r = ranked[all.indexOf(g)];
    const beside = g.partial ? townBeside(g) : -1;
    if (beside >= 0) return gaz.info(beside);
    const venue = r?.qualified ? -1 : venueIn(g);
    if (venue >= 0) return gaz.info(venue);
    // "SA", "T&T" for a country or province of the report; "Trinidad" for the country it is part of
    const letters = !r || gaz.kind(r.place) === KIND.city ? acronymLetters(text.slice(g.start, g.end)) : '';
    const short = letters && !r?.qualified ? initialsPlace(gaz, letters, places, fallback) : -1;
    if (short >= 0) return gaz.info(short);
    const part = r && !r.qualified && gaz.kind(r.place) === KIND.city ? partOfCountry(gaz, g.key, places) : -1;
    if (part >= 0) return gaz.info(part);
    // a name found only inside the span ("Brands Hatch" -> "Hatch") counts when it lies in the
    // report's country; otherwise, as for unknown names, the report's focus is the best guess
    // (a country or province written in full inside the name is meant where the report names that
    // country elsewhere ("Colorado State University"), a country also where it is the name's head or
    // follows "of" ("Bank of Japan"); "Niger Delta" and "Central District" are not)
    const kr = r ? gaz.kind(r.place) : -1;
    const whole = r && !r.alt && (((kr === KIND.country || kr === KIND.admin1) && (named.has(gaz.cc(r.place)) || (kr === KIND.country && HEADS.has(g)))) || kr === KIND.region || (kr === KIND.country && g.key.length <= 3));
    const office = r && g.partial ? officePlace(gaz, text.slice(g.start, g.end), r.place, fallback) : -1;
    if (office >= 0) return gaz.info(office);
    // (a container written beside the name, "University of California, Los Angeles", is where it is)
    if (r && g.partial && !whole && !r.standIn && fallback >= 0 && (gaz.cc(r.place) !== gaz.cc(fallback) || farFrom(gaz, r.place, fallback))) return unknownAt(g);
    // a square, park or other feature ("Washington Square") whose name we know only as another
    // name of a far town is that feature where the report is
    if (r && r.alt && fallback >= 0 && !r.qualified && gaz.kind(r.place) === KIND.city && FEATURE_END.test(text.slice(g.start, g.end)) && (gaz.cc(r.place) !== gaz.cc(fallback) || farFrom(gaz, r.place, fallback))) return gaz.info(fallback);
    // a town written as a street of the report's town ("Bourbon and Dauphine streets"), or named as a
    // quarter is, by its bearing ("a South Side bakery"), far from it
    if (r && fallback >= 0 && !r.qualified && gaz.kind(r.place) === KIND.city && (writtenAsStreet(text, g) || bearingQuarter(text, g)) && (gaz.cc(r.place) !== gaz.cc(fallback) || farFrom(gaz, r.place, fallback))) return unknownAt(g);
    // a small town named by a common English word ("Congress", "Valley", "Republic") with nothing
    // written beside it is the word's sense at the report's focus, not the town
    if (r && fallback >= 0 && !g.partial && !r.qualified && (isCommonWord(g.key) || isCommonWord(fold(text.slice(g.start, g.end)).replace(/ /g, ''))) && gaz.kind(r.place) === KIND.city && gaz.pop(r.place) < STRAY_POP) return gaz.info(fallback);
    // a village known by the name only as an alternate spelling, or a hamlet of under 2,000, in a
    // country no other name of the report lies in ("State" of a street -> Statte, Italy), is a name
    // we do not know: the focus
    if (r && fallback >= 0 && (r.alt || gaz.pop(r.place) < HAMLET_POP) && !r.qualified && gaz.kind(r.place) === KIND.city && gaz.pop(r.place) < STRAY_POP && [...(witnesses.get(gaz.cc(r.place)) ?? [])].every((k) => k === g.key) && gaz.cc(fallback) !== gaz.cc(r.place)) return gaz.info(fallback);
    // a hamlet far from the focus with no other place of the report near it ("wines from Booker" in a
    // report on Santa Barbara: Booker, Texas) is a name we do not know
    if (r && fallback >= 0 && !r.qualified && gaz.kind(r.place) === KIND.city && gaz.pop(r.place) < HAMLET_POP && lonely(gaz, ranked, all, g.key, r.place, fallback)) return gaz.info(fallback);
    return r ? gaz.info(r.place) : unknownAt(g);
  });
}

/** "Oulton Park, Cheshire.", "Logo (Mahagi)": the next place is the unknown name's container, written
 * after a comma (and ending the clause: "Beyond Madinaty, Liverpool have ..." is no container) or
 * in brackets; a province or country only where the report's focus is no town of its country (a
 * town of the report is a better guess than a province's centre) */
function writtenContainer(gaz: Gazetteer, text: string, ms: Mention[], all: RawSpan[], i: number, focus: number, p: number): boolean {
  const gap = ms[i].qualGap;
  if (ms[i].qualifier !== i + 1 || ms[i + 1].listed || !gap || gap === 'poss') return false;
  if (gap === 'comma' && !/^\s*(?:[.,;:)!?]|$)/.test(text.slice(all[i + 1].end, all[i + 1].end + 3))) return false;
  const k = gaz.kind(p);
  return !((k === KIND.admin1 || k === KIND.country) && focus >= 0 && gaz.kind(focus) === KIND.city && gaz.cc(focus) === gaz.cc(p));
}

/** candidates for a given span: its name, or a demonym, or the name without "the"/"'s"/admin words */
function spanFor(gaz: Gazetteer, text: string, g: { start: number; end: number }): RawSpan {
  const surface = text.slice(g.start, g.end);
  const bloc = blocPlace(gaz, text, g);
  if (bloc >= 0) return { start: g.start, end: g.end, t0: -1, t1: -1, key: nameKey(surface), cands: [{ place: bloc, flag: 1 }], common: false, short: false, poss: false };
  const tries = [surface, surface.replace(/^the\s+/i, ''), surface.replace(/['’]s$/, ''), surface.replace(/\s+(county|parish|province|district|state|region|city)$/i, '')];
  let cands: Candidate[] = [];
  let key = '';
  for (const t of tries) {
    key = nameKey(t);
    // a demonym names its country even where a town carries the word ("Canadian", Texas)
    const dem = gaz.ix.demonyms[key] ?? gaz.ix.demonyms[key.replace(/s$/, '')];
    if (dem !== undefined) { cands = [{ place: dem, flag: 1 }]; break; }
    cands = gaz.byKey(key);
    if (cands.length) break;
  }
  let partial = false;
  let head = false;
  // "Sicilian", "Havanese": an adjective we have no entry for names the place its stem names
  // ("Austro-Hungarian rule"): a combining form before a hyphen, which no town of that name is
  const stem = combiningPlace(gaz, surface, text.slice(g.end, g.end + 2)) ?? (cands.length ? null : stemPlace(gaz, surface));
  if (stem) ({ cands, key } = stem);
  if (!cands.length) {
    // "Lake Manassas", "University of California": the longest place name inside the span
    const inside = placeInside(gaz, surface);
    if (inside) ({ cands, key, head } = inside), (partial = true);
  }
  // "Washington state", "the state of New York": the state, not its namesake town
  const after = text.slice(g.end, g.end + 40);
  if ((/^\s+state\b(?!\s+(?:department|police|university|senator|legislature|house|senate|capitol|officials?|troopers?|media|television|tv|news|agency|council)\b)/i.test(after) || /\bstate\s+of\s+$/i.test(text.slice(Math.max(0, g.start - 12), g.start))) && cands.some((c) => gaz.kind(c.place) === KIND.admin1)) {
    return noteHead({ start: g.start, end: g.end, t0: -1, t1: -1, key, cands: cands.filter((c) => gaz.kind(c.place) === KIND.admin1), common: false, partial, short: false, poss: false, suffix: 'admin1' }, head);
  }
  const words = fold(surface).split(' ');
  return noteHead({ start: g.start, end: g.end, t0: -1, t1: -1, key, cands, common: false, partial, short: key.length <= 3 && surface === surface.toUpperCase(), poss: false, suffix: /^(county|parish)$/.test(words[words.length - 1]) ? 'admin2' : undefined }, head);
}

/** given spans whose partial match is the name's head or follows "of" */
const HEADS = new WeakSet<RawSpan>();
function noteHead(s: RawSpan, head: boolean): RawSpan {
  if (head) HEADS.add(s);
  return s;
}

/** no place of the report other than the name's own mentions lies within NEAR_KM (300 km) of p, and the focus neither */
function lonely(gaz: Gazetteer, ranked: ({ place: number } | null)[], all: RawSpan[], key: string, p: number, focus: number): boolean {
  const near = (q: number) => distanceKm(gaz.lat(p), gaz.lon(p), gaz.lat(q), gaz.lon(q)) < NEAR_KM;
  if (near(focus)) return false;
  return !ranked.some((x, i) => x && all[i].key !== key && gaz.kind(x.place) !== KIND.country && near(x.place));
}
