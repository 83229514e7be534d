// Finds place-name spans in text with a token walk over the index (longest match wins), then
// drops the uses that are not locations: demonym-like adjectives ("US-led", "a US base"), people
// ("President Jordan"), organisations ("Washington Post") and government metonymy ("Tehran warned").
import { readFileSync } from 'node:fs';
import { tokenize, gapBefore, type GTok } from './tokens.ts';
import { ARTICLES, collapse, fold, rawKeyOfTokens } from './normalize.ts';
import { wordKeys, keysOf, joinKey, lookup, candidates, listFacts, splits } from './name-keys.ts';
import type { Gazetteer, Candidate } from './gazetteer.ts';
import { KIND } from './index-file.ts';
import { taMarbuta, withTaMarbuta, withShortName } from './ta-marbuta.ts';
import { placedInstitution } from './placed-institutions.ts';

const CUES = JSON.parse(readFileSync(new URL('../../data/geo/cue-words.json', import.meta.url), 'utf8'));
// "Ill.", "Tenn.": a state's short form written with its period is no common word ("ill", "ten")
const STATE_ABBR = new Set<string>((JSON.parse(readFileSync(new URL('../../data/geo/admin1-aliases.json', import.meta.url), 'utf8')) as { aliases?: string[] }[])
  .flatMap((e) => e.aliases ?? []).filter((a) => /^\p{Lu}\p{Ll}+\.$/u.test(a)).map((a) => a.slice(0, -1).toLowerCase()));
const STOP = new Set<string>((JSON.parse(readFileSync(new URL('../../data/geo/stopwords.json', import.meta.url), 'utf8')).words as string[]).map((w) => fold(w).replace(/ /g, '')));
/** a common English word (the stop list), folded, without spaces */
export const isCommonWord = (key: string): boolean => STOP.has(key);
const DETERMINERS = /^(the|a|an|this|that|these|those|our|his|her|their|its|my|your)$/;
/** words that continue an organisation's name after a place: "Iran International", "Kabul University" */
const ORG_WORDS = /^(international|national|federal|police|army|university|times|post|news|airlines|airways|bank|council|ministry|government|forces|military|television|radio|press|agency|company|group|party|movement|front|brigade|brigades|battalion|regiment|division|corps|guard|guards|club|fc|united|city)$/;
const GOV_WORDS = /^(department|dept|state|highway|patrol|legislature|house|senate|court|courts|attorney|office|sheriff|sheriffs|governor|commission|commissioners|board|health|emergency|fire|emergency|schools|school|county|city|national|police|army|assembly|general)$/;
const LOCAL_UNIT = /^(?:township|borough|ward|precinct)$/;
const PLACE_PREP = /^(at|in|from|near|inside|outside|across)$/;
const PLACE_PREFIX = /^(north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest|greater|upper|lower|downtown|rural|metro|metropolitan)$/;
const CONNECT = new Set<string>(CUES.connectors);
const TITLES = new Set<string>(CUES.titles);
const EXTEND = new Set<string>(CUES.extenders);
const SUFFIX: Record<string, 'admin1' | 'admin2'> = CUES.adminSuffix;
const SPEECH = new Set<string>(CUES.speechVerbs);
const ACTION = new Set<string>(CUES.actionVerbs);
const AUX = new Set<string>(CUES.auxiliaries);
/** head words of institutions and local media: "Millbrook Public Library", "Lakeside County Jail" */
const INSTITUTION = new Set<string>(JSON.parse(readFileSync(new URL('../../data/geo/institution-words.json', import.meta.url), 'utf8')).words);
/** titles written short with a period ("Gen.", "Rev."); a full title word before a period ends a sentence */
const SHORT_TITLE = /^(?:mr|mrs|ms|dr|gen|sen|rep|gov|sgt|capt|lt|col|rev|pres|prof|maj|cpl|adm|cmdr|supt|insp)$/;
const HYPHEN_ADJ = /^(backed|led|made|based|born|linked|allied|aligned|sponsored|funded|supported|controlled|held|run|owned|built|brokered|bound|registered|flagged|trained|armed|affiliated|friendly|occupied|annexed)$/;

export interface RawSpan {
  start: number;
  end: number;
  /** token range [t0, t1) */
  t0: number;
  t1: number;
  key: string;
  cands: Candidate[];
  /** "X Province" / "X County" written after the name */
  suffix?: 'admin1' | 'admin2';
  /** a single common English word ("Police", "Mobile"): needs context or a big place */
  common: boolean;
  /** written in capitals only, or a short abbreviation */
  short: boolean;
  /** possessive ("Syria's Deir Ezzor") */
  poss: boolean;
  /** a country, province or county is among the candidates by its main name */
  area?: boolean;
  /** only part of the span names a place (gold spans: "Lake Manassas" -> "Manassas") */
  partial?: boolean;
  /** the country or capital used as an actor, or as an adjective, or a place inside a longer name */
  actor?: 'metonymy' | 'adjective' | 'name';
  /** towns of the name an admin word after it left out ("Poonch district": the town Poonch) */
  towns?: Candidate[];
}

const startOk = (t: GTok, next: GTok | undefined, gap: string) =>
  t.cap || (ARTICLES.has(t.low) && /^[-‐‑]$/.test(gap) && !!next?.cap);

// Regexes with \p{…} are module constants: for Node 20, tsx (esbuild) compiles such a literal to
// `new RegExp(…)`, which would be rebuilt at every call of the function holding it.
const ELISION = /^[dl]['’]\p{Lu}/u;
const LOWER_AFTER = /^ +\p{Ll}/u;
const TITLE_CASE3 = /^\p{Lu}\p{Ll}{2}$/u;
const CAPITALS = /\p{Lu}/gu;
const INITIALS = /^\p{Lu}{1,2}$/u;
const LOWER_WORD = /^\p{Ll}{2,}$/u;

// ("Côte d'Ivoire", "Val d'Isère", "Port-au-Prince": an article inside a name)
const contOk = (t: GTok) => t.cap || CONNECT.has(t.low) || /^\d+$/.test(t.text) || ELISION.test(t.text) || t.low === 'au' || t.low === 'aux';

// (' & ' and a bare '&' join the names written with one: "Jammu & Kashmir", "J&K")
const joinGap = (g: string) => /^(?:[ \u00a0]|[-‐‑–&]|\. ?|'|’| [-–&] )$/.test(g);

/** the gap before token i (i >= 1) is the one character `code` */
function gapIs(text: string, toks: GTok[], i: number, code: number): boolean {
  const a = toks[i - 1].end + (toks[i - 1].poss ? 2 : 0);
  return toks[i].start - a === 1 && text.charCodeAt(a) === code;
}

/** the gap before token i is one of joinGap's, read from char codes (a slice per word was a hot spot) */
function joins(text: string, toks: GTok[], i: number): boolean {
  const a = toks[i - 1].end + (toks[i - 1].poss ? 2 : 0);
  const n = toks[i].start - a;
  if (n === 1) {
    const c = text.charCodeAt(a);
    // ' ', nbsp, - ‐ ‑ –, '.', "'", ’
    return c === 32 || c === 0xa0 || c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 46 || c === 39 || c === 0x2019 || c === 38;
  }
  return n > 1 && n <= 3 && joinGap(text.slice(a, toks[i].start));
}

export function findSpans(text: string, gaz: Gazetteer, toks: GTok[] = tokenize(text)): RawSpan[] {
  const out: RawSpan[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    // startOk, with the gap (a string) read only for an article before a capitalised word
    // (and a lower-case word asked whether it is an article only before a capitalised word, as startOk needs)
    if ((!t.cap && !(toks[i + 1]?.cap && t.article && startOk(t, toks[i + 1], gapBefore(text, toks, i + 1)))) || partyLetter(text, toks, i)) { i++; continue; }
    let best = -1;
    let bestKey = '';
    const one = keysOf(gaz, t);
    // the key of words i..j (keyOfTokens: articles dropped, the first word kept whole), a word at a time
    let multi = '';
    let kept = 0;
    for (let j = i; j < toks.length && j < i + 8; j++) {
      // (a lower-case inner word other than a connector goes on only inside a known longer name:
      // "Toba tek Singh", "Poienile de sub Munte"; the name must end on a capitalised word)
      const loose = j > i && !(contOk(toks[j]) || EXTEND.has(toks[j].low));
      if (j > i && (toks[j - 1].poss || (loose && !LOWER_WORD.test(toks[j].text)) || !joins(text, toks, j))) break;
      let key = one.key;
      let f = one.flags;
      if (j > i) {
        for (let k = j === i + 1 ? i : j; k <= j; k++) {
          if (toks[k].article) continue;
          const w = keysOf(gaz, toks[k]);
          multi = joinKey(multi, kept++ === 0 ? w.first : w.later);
        }
        key = multi;
        f = lookup(gaz, key);
      }
      if ((f & 1) && !loose && (!CONNECT.has(toks[j].low) || abbrevEnd(text, toks, i, j)) && !partyLetter(text, toks, j)) { best = j; bestKey = key; }
      else if (!(f & 1) && toks[j].cap && toks[j].low.length >= 4 && (key.endsWith('a') || key.endsWith('ah'))) {
        const alt = taMarbuta(gaz, key);
        if (alt) { best = j; bestKey = alt; }
      }
      if (!(f & 2) && j > i) break;
      if (j === i && !(f & 2) && !toks[j].article) break;
    }
    if (best < 0) {
      // "Benins capital", "Benins police": a country's possessive whose apostrophe the note lost
      const k = lostApostrophe(gaz, toks, i);
      if (k) out.push(makeSpan(text, toks, i, i + 1, k, gaz));
      i++;
      continue;
    }
    out.push(makeSpan(text, toks, i, best + 1, bestKey, gaz));
    i = best + 1;
  }
  // "Canadian", "German": demonyms are not places even where a town carries the name (but with an
  // admin word after them they name the area: "Somali region", but not "the Somali state police")
  return out.filter((s) => s.cands.length > 0 && (gaz.ix.demonyms[s.key] === undefined || (!!s.suffix && !LOWER_AFTER.test(text.slice(s.end, s.end + 3)))));
}

/** the key of the country in a capitalised word that is a country's name plus "s" before a noun
 * ("Benins electoral commission"), or '' (function words after it: "the Americas and Europe") */
function lostApostrophe(gaz: Gazetteer, toks: GTok[], i: number): string {
  const t = toks[i];
  const next = toks[i + 1];
  if (!t.cap || t.upper || t.poss || t.low.length < 5 || !t.low.endsWith('s') || !next || next.cap || !/^[a-z]+$/.test(next.text) || NOT_NOUN.has(next.low)) return '';
  const key = wordKeys(gaz, t.low.slice(0, -1)).key;
  const cs = candidates(gaz, key);
  return cs.some((c) => c.flag === 1 && gaz.kind(c.place) === KIND.country) ? key : '';
}
const NOT_NOUN = new Set(['and', 'or', 'but', 'in', 'on', 'at', 'to', 'of', 'for', 'with', 'by', 'from', 'as', 'the', 'a', 'an', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'said', 'says', 'that', 'which', 'who', 'will', 'would']);

/** "N.Y.", "La.": a state's short form may end on a letter or word that is elsewhere a connector
 * ("y", "la"): capitalised, with its period, and all single letters or a known short form */
function abbrevEnd(text: string, toks: GTok[], i: number, j: number): boolean {
  if (!toks[j].cap || text.charCodeAt(toks[j].end) !== 46) return false;
  if (i === j) return STATE_ABBR.has(toks[j].low);
  for (let k = i; k <= j; k++) if (toks[k].text.length !== 1 || !toks[k].cap || (k < j && text.charCodeAt(toks[k].end) !== 46)) return false;
  return true;
}

/** "D-N.Y.", "R-Fresno": a party's letter before a hyphen opens or ends no place name */
/** (D, R or I after a comma or bracket: "Lee Marsh, D-N.D."; a place may open so: "N-Dali") */
const partyLetter = (text: string, toks: GTok[], j: number) =>
  toks[j].end - toks[j].start === 1 && PARTY.test(toks[j].text) && text.charCodeAt(toks[j].end) === 45 && !!toks[j + 1]?.cap &&
  toks[j + 1].start === toks[j].end + 1 && j > 0 && /[,(]\s*$/.test(gapBefore(text, toks, j));
const PARTY = /^[DRI]$/;

const TYPE_NOUN = /^(?:town|city|village)$/;

/** the key of tokens [t0, t1), as the walk builds it */
function keyOfShort(toks: GTok[], t0: number, t1: number, gaz: Gazetteer): string {
  let k = '';
  let kept = 0;
  for (let j = t0; j < t1; j++) {
    if (t1 - t0 > 1 && toks[j].article) continue;
    const w = keysOf(gaz, toks[j]);
    k = joinKey(k, kept++ === 0 ? w.first : w.later);
  }
  return k;
}

/** of the places a folded key joins, those spelled as written, doubled letters and all ("Samarra" is
 * the Iraqi city, not Russia's Samara); all of them where none is, or the key is not the words' own */
function exactSpelling(gaz: Gazetteer, toks: GTok[], t0: number, t1: number, key: string, cands: Candidate[]): Candidate[] {
  if (cands.length < 2 || !splits(gaz, key)) return cands;
  const words: string[] = [];
  for (let j = t0; j < t1; j++) if (!(t1 - t0 > 1 && toks[j].article)) words.push(toks[j].low);
  const raw = rawKeyOfTokens(words);
  if (collapse(raw) !== key) return cands;
  // (one list per spelling, like candidates(): later stages key their caches by the list)
  const memo = EXACT_LISTS.get(cands) ?? EXACT_LISTS.set(cands, new Map()).get(cands)!;
  let out = memo.get(raw);
  if (out === undefined) {
    const exact = gaz.exactPlaces(raw);
    const kept = cands.filter((c) => exact.has(c.place));
    // (only a place of note so spelled wins: a village's exact spelling is as likely a surname or a
    // writer's slip as the place meant, "Elliott" for Eliot)
    const notable = kept.some((c) => gaz.kind(c.place) === KIND.country || gaz.kind(c.place) === KIND.admin1 || gaz.pop(c.place) >= EXACT_POP);
    memo.set(raw, (out = notable && kept.length < cands.length ? kept : cands));
  }
  return out;
}
const EXACT_POP = 10_000;
const EXACT_LISTS = new WeakMap<Candidate[], Map<string, Candidate[]>>();

function makeSpan(text: string, toks: GTok[], t0: number, t1: number, key: string, gaz: Gazetteer): RawSpan {
  const first = toks[t0];
  const last = toks[t1 - 1];
  let cands = exactSpelling(gaz, toks, t0, t1, key, withTaMarbuta(gaz, key, candidates(gaz, key)));
  // "Hays city (...)": a name and a lower-case place noun that is also a whole name elsewhere ("Hays
  // City", Kansas) keeps the short name's readings too, for a container after it to choose among
  if (t1 - t0 > 1 && !last.cap && TYPE_NOUN.test(last.low)) cands = withShortName(gaz, key, cands, keyOfShort(toks, t0, t1 - 1, gaz));
  // "Musa Khel district, Khost": a name whose district word is part of one district's full name ("Musa
  // Khel District", Pakistan) still names the other districts called so without the word
  else if (t1 - t0 > 1 && SUFFIX[last.low] === 'admin2' && !last.poss) cands = withShortName(gaz, key, cands, keyOfShort(toks, t0, t1 - 1, gaz), (c) => gaz.kind(c.place) === KIND.admin2);
  const span: RawSpan = {
    start: first.start, end: last.end, t0, t1, key, cands,
    common: t1 - t0 === 1 && (STOP.has(first.low) || STOP.has(key)) && !(text.charCodeAt(first.end) === 46 && STATE_ABBR.has(first.low)),
    // "NAS", "LoC", "US": acronyms stand for countries and states, never for small towns
    // ("Al Bab" is a town: a short key left after an article is no acronym)
    // ("J&K" spells out its two words' initials: a province's reviewed short form, a container like its full name)
    short: !(t1 - t0 === 2 && first.text.length === 1 && last.text.length === 1 && text.charCodeAt(first.end) === 38) && ((key.length <= 3 && t1 - t0 === 1 && !(TITLE_CASE3.test(first.text) && t0 > 0 && PLACE_PREP.test(toks[t0 - 1].low))) || key.length <= 2 || (t1 - t0 === 1 && first.text.length <= 4 && (first.upper || (first.text.match(CAPITALS)?.length ?? 0) >= 2))),
    poss: last.poss,
  };
  // "Idlib province", "Rapides Parish": the admin word after the name picks the admin unit
  const next = toks[t1];
  if (next && !last.poss && gapIs(text, toks, t1, 32) && SUFFIX[next.low]) {
    const kind = SUFFIX[next.low];
    const want = kind === 'admin1' ? KIND.admin1 : KIND.admin2;
    const admin = cands.filter((c) => gaz.kind(c.place) === want || gaz.kind(c.place) === KIND.admin1 || gaz.kind(c.place) === KIND.admin2);
    if (admin.length) {
      const towns = cands.filter((c) => gaz.kind(c.place) === KIND.city);
      if (towns.length) span.towns = towns;
      span.cands = admin;
      span.suffix = kind;
      span.end = next.end;
      span.t1 = t1 + 1;
    }
  }
  // ("Poonch district" found as a whole name: its towns are those of the name without the admin word)
  else if (t1 - t0 > 1 && SUFFIX[last.low] && !span.cands.some((c) => gaz.kind(c.place) === KIND.city)) {
    const towns = gaz.lookup(text.slice(first.start, toks[t1 - 2].end)).filter((c) => gaz.kind(c.place) === KIND.city);
    if (towns.length) span.towns = towns;
  }
  span.area = listFacts(gaz, span.cands).area;
  span.actor = actorUse(text, toks, span, gaz);
  return span;
}

const PLACE_NOUN_OF = /^(?:city|town|village|capital|port|province|district|region|state|county|governorate|municipality|area|outskirts)$/;
/** "Tehran warned", "Washington has said", "the US military", "Iran-backed": not a location */
const LOCAL_VOICES = new Set(['police', 'policemen', 'residents', 'resident', 'witnesses', 'witness', 'medics', 'doctors', 'paramedics', 'rescuers', 'locals', 'hospital', 'firefighters', 'journalists', 'reporters', 'correspondent', 'correspondents']);

function actorUse(text: string, toks: GTok[], s: RawSpan, gaz: Gazetteer): RawSpan['actor'] {
  const facts = listFacts(gaz, s.cands);
  const isCountry = facts.country;
  const isCapital = facts.capital;
  const after = toks[s.t1];
  if (after && HYPHEN_ADJ.test(after.low) && /^[-‐‑]$/.test(gapBefore(text, toks, s.t1))) return 'adjective';
  if (!isCountry && !isCapital) return undefined;
  const gapAfter = after ? gapBefore(text, toks, s.t1) : '';
  const prev = toks[s.t0 - 1];
  // "US forces", "a UK base": a short country name before a noun is an adjective; a full name needs "a"/"the" before it
  const determiner = (prev && /^(a|an|the)$/i.test(prev.text)) || (s.short && s.t1 - s.t0 <= 2);
  if (isCountry && determiner && after && !after.cap && gapAfter === ' ' && !CONNECT.has(after.low) && !/^(and|or|in|on|at|to|from|for|with|by|is|was|were|are|has|had|have|will|would)$/.test(after.low)) return 'adjective';
  if (s.poss) return undefined;
  // "groups in the city of X agreed": a name that a place noun introduces is the place, whatever verb follows
  if (prev?.low === 'of' && PLACE_NOUN_OF.test(toks[s.t0 - 2]?.low ?? '')) return undefined;
  // "Police in Pakistan imposed": the verb is the subject's; the country after "in" is where it
  // acted ("officials in Washington said" stays the government's voice: a capital is no scene)
  if (isCountry && !isCapital && prev && /^(?:in|at|inside|across|throughout|within)$/.test(prev.low)) return undefined;
  // ("police in Port-au-Prince said", "witnesses in Kabul told": people who are on the scene speak
  // from the capital they are in; only "officials"/"diplomats in X" are the state's voice)
  if (isCapital && prev && /^(?:in|at)$/.test(prev.low) && LOCAL_VOICES.has(toks[s.t0 - 2]?.low ?? '')) return undefined;
  // "drones launched by Russia", "militias backed by Iran": a country after a passive's "by" is its doer
  if (isCountry && !isCapital && prev?.low === 'by' && /^(?:launched|fired|backed|supported|funded|financed|armed|sponsored|operated|deployed|sent|supplied|trained|controlled|led|carried|conducted|made|built|used|ordered|claimed|shot|flown|piloted|manned|run|held|seized|occupied|annexed|imposed)$/.test(toks[s.t0 - 2]?.low ?? '')) return 'metonymy';
  let k = s.t1;
  while (toks[k] && AUX.has(toks[k].low) && k < s.t1 + 2) k++;
  const verb = toks[k];
  if (!verb || verb.cap) return undefined;
  if (!/^[ ,]+$/.test(gapBefore(text, toks, s.t1) || ' ')) return undefined;
  if (SPEECH.has(verb.low)) return 'metonymy';
  if (isCountry && ACTION.has(verb.low)) return 'metonymy';
  return undefined;
}

/** some reading of one name lies within about 65 km of some reading of the other (a surname pair such as
 * "Green-Karol" seldom does); the first 30 candidates of each */
function near(gaz: Gazetteer, a: Candidate[], b: Candidate[]): boolean {
  for (const x of a.slice(0, 30)) for (const y of b.slice(0, 30)) {
    const dlat = gaz.lat(x.place) - gaz.lat(y.place), dlon = (gaz.lon(x.place) - gaz.lon(y.place)) * Math.cos((gaz.lat(x.place) * Math.PI) / 180);
    if (dlat * dlat + dlon * dlon < 0.36) return true;
  }
  return false;
}

/** the span names a province or district, written with its admin word ("Borno State"; a bare name
 * may be a surname: "George Washington"), that holds one of the towns */
function holds(gaz: Gazetteer, toks: GTok[], area: RawSpan, towns: Candidate[]): boolean {
  if (!area.suffix && SUFFIX[toks[area.t1 - 1].low] === undefined) return false;
  for (const a of area.cands) {
    const k = gaz.kind(a.place);
    if (k !== KIND.admin1 && k !== KIND.admin2) continue;
    for (const t of towns.slice(0, 50)) {
      if (gaz.kind(t.place) !== KIND.city || gaz.cc(t.place) !== gaz.cc(a.place) || gaz.a1(t.place) !== gaz.a1(a.place)) continue;
      if (k === KIND.admin1 || gaz.a2(t.place) === gaz.a2(a.place)) return true;
    }
  }
  return false;
}

/** what two hyphen-joined towns may name the ends of */
const ROUTE_NOUN = /^(?:road|roads|highway|highways|expressway|motorway|route|railway|rail|axis|corridor|pipeline|train)$/;

/** "President Jordan", "Jordan Smith", "Washington Post": a name inside a person's or organisation's name */
/** places that are really people: a name seen as "First Last" makes later bare "Last" a person too */
/** (`named` collects the places read as part of a longer name, "the Dublin Arts Council", as uses) */
export function dropPeople(text: string, toks: GTok[], spans: RawSpan[], gaz: Gazetteer, named?: RawSpan[]): RawSpan[] {
  const people = new Set<string>();
  // "Fargo-Moorhead", "Paris-Henry County": two known names joined by a hyphen are a pair of places
  const paired = new Set<RawSpan>();
  for (let i = 1; i < spans.length; i++) {
    // ("the Abuja-Kaduna highway": the two ends of a road, however far apart)
    if (spans[i].t0 === spans[i - 1].t1 && spans[i].t0 > 0 && /^[-‐‑]$/.test(gapBefore(text, toks, spans[i].t0)) && (near(gaz, spans[i - 1].cands, spans[i].cands) || ROUTE_NOUN.test(toks[spans[i].t1]?.low ?? ''))) { paired.add(spans[i]); paired.add(spans[i - 1]); }
  }
  // "Maiduguri Borno State": a town written right before the province that holds it (no comma)
  const inArea = new Set<RawSpan>();
  for (let i = 0; i + 1 < spans.length; i++) {
    if (spans[i + 1].t0 === spans[i].t1 && !spans[i].poss && gapBefore(text, toks, spans[i].t1) === ' ' && holds(gaz, toks, spans[i + 1], spans[i].cands)) inArea.add(spans[i]);
  }
  const speakers = new Set<string>();
  const kept = spans.filter((s) => {
    const why = insideName(text, toks, s, (low) => gaz.ix.demonyms[wordKeys(gaz, low).key] !== undefined, paired.has(s), inArea.has(s), gaz);
    // countries and provinces are not surnames ("Mainland China", "Soviet Russia"); (the candidates
    // are scanned only for a name read as a person: a common name has hundreds)
    // ("Captain Abdi Ali": after a title and a first name the name is a surname, whatever it also names)
    if (why === 'person' && listFacts(gaz, s.cands).notSurname && !TITLES.has(toks[s.t0 - 2]?.low ?? '')) return true;
    if (why === 'person' || why === 'title') {
      people.add(s.key);
      // ("Jones said": a subject that speaks is a person the place slots below do not undo)
      if (why === 'person' && SPEECH.has(toks[s.t1]?.low ?? '')) speakers.add(s.key);
    }
    // (not a name's function word or title: "The City", "General")
    else if (why === 'name' && named && namesPlace(text, toks, s, gaz)) named.push({ ...s, actor: 'name' });
    return !why;
  });
  if (!people.size) return kept;
  // a name the report also writes as a place ("in Gainesville,", "downtown Gainesville") is that place
  // where it stands alone, whatever "Rodeo Gainesville" made of it
  for (const s of spans) if (people.has(s.key) && !speakers.has(s.key) && placeSlot(text, toks, s)) people.delete(s.key);
  return kept.filter((s) => !(s.t1 - s.t0 === 1 && people.has(s.key)));
}

/** written after "in", "near" or "downtown", and ending a phrase there ("in Fairview,",
 * "in Fairview on Monday"; not "in Kelly's view", "in the Fairview hearing") */
function placeSlot(text: string, toks: GTok[], s: RawSpan): boolean {
  const prev = toks[s.t0 - 1];
  // ("help from Smith,", "looking at Smith before": "from" and "at" are left out)
  if (!prev || prev.cap || s.poss || !SLOT_PREP.test(prev.low) || gapBefore(text, toks, s.t0) !== ' ') return false;
  const next = toks[s.t1];
  const gap = next ? gapBefore(text, toks, s.t1) : '.';
  if (/^\s*[,.;:)!?–—]/.test(gap)) return true;
  return gap === ' ' && !!next && !next.cap && SLOT_END.test(next.low);
}
const SLOT_PREP = /^(?:in|near|inside|outside|downtown)$/;
const SLOT_END = /^(?:on|and|or|in|at|to|for|with|by|is|was|were|are|has|had|have|will|where|which|that|last|this|from|since|after|before|during|until|as|when|while)$/;

/** a place that opens an organisation's name ("the Dublin Arts Council", "Georgia Modular Systems"): a
 * country or province, or any place before an organisation's head word; not a common word, nor a word
 * inside a name that opened before it ("Albert Cassens Elementary") */
function namesPlace(text: string, toks: GTok[], s: RawSpan, gaz: Gazetteer): boolean {
  if (s.common || s.short || DETERMINERS.test(toks[s.t0].low) || TITLES.has(toks[s.t0].low)) return false;
  const prev = toks[s.t0 - 1];
  // (a common word that opens the sentence is no part of the name: "In Georgia ...")
  const opens = s.t0 < 2 || /[.!?:;"“”\n]\s*$/.test(gapBefore(text, toks, s.t0 - 1));
  if (prev && prev.cap && !prev.upper && gapBefore(text, toks, s.t0) === ' ' && !DETERMINERS.test(prev.low) && !PLACE_PREFIX.test(prev.low) && !(opens && STOP.has(prev.low))) return false;
  if (s.cands.some((c) => c.flag === 1 && (gaz.kind(c.place) === KIND.country || gaz.kind(c.place) === KIND.admin1))) return true;
  // ("the Marrowby General Hospital (Northshire)": the town where the institution lies)
  if (placedInstitution(text, toks, s.t1, s.cands, gaz)) return false;
  for (let j = s.t1; j < toks.length && j < s.t1 + 4 && toks[j].cap; j++) if (ORG_WORDS.test(toks[j].low) || GOV_WORDS.test(toks[j].low) || INSTITUTION.has(toks[j].low) || ORG_HEADS.test(toks[j].low)) return true;
  return false;
}
const ORG_HEADS = /^(?:journal|herald|daily|hospital|church|festival|foundation|project|services?|district|manager|mayor|zoo|republican|democrat|democratic|team|league|high|elementary|middle|cathedral|embassy|airport|station|market)$/;

export function insideName(text: string, toks: GTok[], s: RawSpan, isDemonym?: (low: string) => boolean, paired = false, beforeArea = false, gaz?: Gazetteer): false | 'person' | 'title' | 'name' {
  const prev = toks[s.t0 - 1];
  // (a period only after a title's short form: "Gen. Hussein", but "the Ministry of Justice. Azerbaijan has")
  if (prev && TITLES.has(prev.low) && (gapBefore(text, toks, s.t0) === ' ' || (gapBefore(text, toks, s.t0) === '. ' && SHORT_TITLE.test(prev.low)))) return 'title';
  if (s.t0 >= 0 && TITLES.has(toks[s.t0].low) && s.t1 - s.t0 === 1) return 'name';
  // "The city" is not a name; a span opening on a function word must be capitalised throughout
  if (s.t0 >= 0 && DETERMINERS.test(toks[s.t0].low) && toks.slice(s.t0, s.t1).some((t) => !t.cap)) return 'name';
  // "Mayo-Sava", "Acha-Kaindy": a piece of a hyphenated name we do not know is not that name; but
  // beside a demonym or a party letter it is a place ("Peruvian-Chile trade", "Rep. Ann Lee, D-Fresno")
  const nxt = toks[s.t1];
  if (!paired && nxt && nxt.cap && /^[-‐‑]$/.test(gapBefore(text, toks, s.t1)) && !freeWord(nxt, isDemonym)) return 'name';
  if (!paired && prev && prev.cap && /^[-‐‑]$/.test(gapBefore(text, toks, s.t0)) && !freeWord(prev, isDemonym)) return 'name';
  // "John Smith", "Barack Obama": a capitalised word right before is a first name, unless it starts
  // the sentence or is a place word ("Northern Syria", "In Syria")
  if (prev && prev.cap && !prev.upper && !prev.poss && gapBefore(text, toks, s.t0) === ' ' && !STOP.has(prev.low) && !PLACE_PREFIX.test(prev.low) && !CONNECT.has(prev.low)) {
    const before = s.t0 >= 2 ? gapBefore(text, toks, s.t0 - 1) : '\n';
    // (the period of "Rev. Roy Jones" or "Capt. A. Nelson" ends a title or an initial, not a sentence)
    const sentenceStart = (/[.!?:;"“”\n]\s*$/.test(before) && !(before === '. ' && abbreviation(toks[s.t0 - 2]))) || s.t0 < 2;
    if (!sentenceStart) return 'person';
  }
  // "Matthew D. Flores": a first name and a middle initial before the name
  const first = toks[s.t0 - 2];
  if (prev && first && prev.text.length === 1 && prev.cap && gapBefore(text, toks, s.t0) === '. ' && first.cap && !first.upper && first.text.length > 1 && gapBefore(text, toks, s.t0 - 1) === ' ' && !STOP.has(first.low) && !TITLES.has(first.low)) return 'person';
  // "Smith said": a town-sized name followed by a speech verb is a person
  const after = toks[s.t1];
  // (but not after a preposition of place, "a doctor at Nasser said", "officials in Mosul said",
  // nor after a place noun, "groups in the city of Zawiya agreed")
  if (after && SPEECH.has(after.low) && gapBefore(text, toks, s.t1) === ' ' && s.t1 - s.t0 === 1 && !(prev && (PLACE_PREP.test(prev.low) || (prev.low === 'of' && PLACE_NOUN_OF.test(toks[s.t0 - 2]?.low ?? ''))))) return 'person';
  const next = toks[s.t1];
  if (!beforeArea && next && next.cap && !next.upper && gapBefore(text, toks, s.t1) === ' ' && !EXTEND.has(next.low) && !s.poss && !toks[s.t1 - 1].poss) {
    // a place directly followed by another capitalised word is part of a bigger name,
    // unless that word starts a sentence-like element (months, days are handled as stop words)
    // a state, county or country before a government word is still the place: "Texas Department of
    // Public Safety", "Laurel County Sheriff's Office"
    const adminWord = SUFFIX[toks[s.t1 - 1].low] !== undefined || !!s.suffix;
    if ((s.area || adminWord) && GOV_WORDS.test(next.low)) return false;
    // a place that opens the name of an office, court, school or local paper is still that place
    // ("Millbrook Public Library", "Ridgeton Superior Court", "the Lakeside Herald")
    // (not inside a longer name that opens before the place: "International Maritime Bureau")
    if (!(prev && prev.cap && !DETERMINERS.test(prev.low) && !PLACE_PREFIX.test(prev.low)) && (institutionAfter(text, toks, s.t1) || (!!gaz && placedInstitution(text, toks, s.t1, s.cands, gaz)))) return false;
    // "Jerome Township", "Brookside Borough": a local unit named after the place
    if (LOCAL_UNIT.test(next.low)) return false;
    // "Sehwan Sharif town", "Toba Tek Singh city": a longer town name we do not know, of which the
    // known first word is the usual short form
    if (settlementAfter(text, toks, s.t1)) return false;
    if (!STOP.has(next.low) || ORG_WORDS.test(next.low)) return 'name';
  }
  return false;
}

/** a party letter or initials ("D-Fresno") or a demonym: a word a place may be hyphenated to */
function freeWord(t: GTok, isDemonym?: (low: string) => boolean): boolean {
  return INITIALS.test(t.text) || (!!isDemonym && isDemonym(t.low));
}

/** a title written short ("Rev.", "Capt.") or an initial ("A."): its period ends no sentence */
const abbreviation = (t: GTok) => (TITLES.has(t.low) && SHORT_TITLE.test(t.low)) || (t.text.length === 1 && t.cap);

/** one or two more capitalised words, then "town", "city" or "village" */
function settlementAfter(text: string, toks: GTok[], i: number): boolean {
  for (let j = i; j < toks.length && j < i + 3; j++) {
    if (gapBefore(text, toks, j) !== ' ') return false;
    if (!toks[j].cap) return j > i && /^(?:town|city|village)$/.test(toks[j].low);
  }
  return false;
}

/** an institution's head word among the (at most four) capitalised words from token i on */
function institutionAfter(text: string, toks: GTok[], i: number): boolean {
  for (let j = i; j < toks.length && j < i + 4; j++) {
    const t = toks[j];
    if (j > i && (gapBefore(text, toks, j) !== ' ' || toks[j - 1].poss)) return false;
    if (!t.cap) return false;
    if (INSTITUTION.has(t.low)) return true;
  }
  return false;
}

/** lower-case curated aliases ("west bank of the Euphrates") found by a case-insensitive scan */
export function phraseSites(text: string, gaz: Gazetteer, low = text.toLowerCase()): RawSpan[] {
  // (one regex scan for all the longest words first: most reports hold none of them)
  if (!ANCHOR_SCAN.test(low)) return [];
  const out: RawSpan[] = [];
  // a phrase is looked for only where its longest word is in the text (one scan per distinct word,
  // "euphrates", "hodeidah", instead of one per phrase; most reports have none)
  const present = new Map<string, boolean>();
  for (const [phrase, key, anchor] of PHRASES) {
    let has = present.get(anchor);
    if (has === undefined) present.set(anchor, (has = low.includes(anchor)));
    if (!has) continue;
    if (out.some((o) => low.slice(o.start, o.end) === phrase)) continue;
    let at = low.indexOf(phrase);
    while (at >= 0) {
      const before = at === 0 ? ' ' : low[at - 1];
      const after = low[at + phrase.length] ?? ' ';
      if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) {
        out.push({ start: at, end: at + phrase.length, t0: -1, t1: -1, key, cands: gaz.byKey(key), common: false, short: false, poss: false });
      }
      at = low.indexOf(phrase, at + phrase.length);
    }
  }
  // overlapping phrases: the longest wins
  const kept = out.filter((s) => s.cands.length > 0).sort((a, b) => b.end - b.start - (a.end - a.start));
  const res: RawSpan[] = [];
  for (const s of kept) if (!res.some((r) => s.start < r.end && r.start < s.end)) res.push(s);
  return res.sort((a, b) => a.start - b.start);
}

/** phrase, name key, the phrase's longest word */
let PHRASES: [string, string, string][] = [];
/** finds any of the phrases' longest words (matches nothing while there are no phrases) */
let ANCHOR_SCAN = /(?!)/;
/** registers lower-case phrases (site aliases written in running text) */
export function setPhrases(list: [string, string][]): void {
  // longest first, and names that start with an article ("al-Hol") are left to the token matcher
  PHRASES = list.filter(([p]) => !ARTICLES.has(p.split(/[\s-]/)[0])).sort((a, b) => b[0].length - a[0].length)
    .map(([p, k]) => [p, k, p.split(/[^a-z0-9]+/).reduce((x, y) => (y.length > x.length ? y : x), '')]);
  const anchors = [...new Set(PHRASES.map((p) => p[2]))].map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  ANCHOR_SCAN = anchors.length ? new RegExp(anchors.join('|')) : /(?!)/;
}

export { fold };
