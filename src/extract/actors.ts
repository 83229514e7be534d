// Stage 2a: actor mentions. Lexicon phrases (named groups, state-force and role words) are found
// with the token trie; a country name or demonym right before a state-force word gives its country
// ("Israeli forces", "US service members"); a sponsor pattern before an actor gives its affiliation
// ("Iran-backed militia", "al-Qaeda-linked militants", "pro-Iranian groups").
import type { Inter, Sentence } from '../core/types.ts';
import { lexicons, type ActorEntry, type ActorKind, type CountryHit } from './lexicon.ts';
import type { TrieMatch } from './matcher.ts';
import { armedMembers, communalFighters, dropNonActors, identityMilitias, mergeMembership, offDuty, partyMembers, peoples, suspectedIdentities, fromPlaces } from './actor-rules.ts';

export interface ActorHit {
  kind: 'actor';
  sentence: number;
  start: number;
  end: number;
  text: string;
  startToken: number;
  endToken: number;
  id: string;
  /** canonical name; may hold "{country}" until the event's country is known */
  template: string;
  inter: Inter;
  actorKind: ActorKind | 'country';
  country?: string;
  affiliation?: string;
  generic: boolean;
  /** people named by their village or community ("people from Zogbo", "residents of Kandi") */
  community?: boolean;
}

export interface CountryRef {
  sentence: number;
  start: number;
  end: number;
  startToken: number;
  endToken: number;
  country: string;
  demonym: boolean;
}

const FACILITY = new Set(['camp', 'camps', 'centre', 'center', 'settlement', 'shelter', 'shelters', 'school', 'schools', 'hospital', 'market', 'house', 'houses', 'home', 'homes', 'quarter', 'neighbourhood', 'neighborhood', 'union', 'unions', 'association', 'leader', 'leaders', 'rights', 'group', 'organisation', 'organization', 'committee', 'council', 'office', 'hostel', 'dormitory', 'residence', 'party', 'movement', 'protest', 'protests', 'march', 'rally', 'strike']);
const CURRENCY = new Set(['dollar', 'dollars', 'pound', 'pounds', 'lira', 'euro', 'euros', 'currency', 'rial', 'riyal', 'dinar', 'dinars', 'ruble', 'rouble', 'rupee', 'rupees', 'franc', 'francs', 'peso', 'pesos', 'naira', 'shilling', 'yuan', 'bonds', 'treasury', 'stocks', 'exchange']);
const SPONSOR_WORDS = new Set(['backed', 'aligned', 'linked', 'affiliated', 'allied', 'supported', 'sponsored', 'funded', 'armed', 'led', 'controlled', 'loyal', 'trained', 'oriented']);
/** modifiers allowed between a country word and a state-force word ("Turkish army forces", "US special forces") */
const STATE_MODS = new Set(['army', 'military', 'armed', 'security', 'special', 'government', 'regime', 'border', 'air', 'naval', 'national', 'federal', 'state', 'defense', 'defence', 'elite', 'occupation', 'coalition', 'allied', 'riot', 'military-led', 'backed']);
// \p{…} patterns as module constants: tsx compiles a \p{…} regex literal to `new RegExp` at every
// evaluation, and these run per token or per mention
const LETTERS_ONLY = /^\p{L}+$/u;
const LOWER_WORD_START = /\b\p{Ll}/gu;

function countryMatches(s: Sentence): TrieMatch<CountryHit>[] {
  return lexicons().countries.findAll(s.tokens);
}

/** country names and demonyms in a sentence (also used by the fallback place finder) */
export function findCountryRefs(s: Sentence): CountryRef[] {
  return countryMatches(s).map((m) => ({
    sentence: s.index, start: m.start, end: m.end, startToken: m.startToken, endToken: m.endToken,
    country: m.values[0].country, demonym: m.values[0].demonym,
  }));
}

function isHyphenJoined(s: Sentence, a: number, b: number): boolean {
  // tokens a and b joined by an in-word hyphen, or adjacent words
  const ta = s.tokens[a];
  const tb = s.tokens[b];
  return !!ta && !!tb && (b === a + 1 || (b === a + 2 && s.tokens[a + 1].text === '-' && ta.end === s.tokens[a + 1].start && s.tokens[a + 1].end === tb.start));
}

/** non-state armed groups: rebels (2) and militias (3) */
export const ARMED_GROUP = new Set([2, 3]);
/** "-led " (or " led ") right before an actor */
const LED_BEFORE = /[-\s]led\s+$/i;

/** "Iran-backed", "al-Qaeda-linked", "pro-Iranian" before token `at`: the sponsor's name */
function sponsorBefore(s: Sentence, at: number, countries: CountryRef[], named: ActorHit[]): { name: string; start: number } | null {
  // skip at most one plain word between the sponsor phrase and the actor ("Iran-backed Shiite militias")
  for (let gap = 0; gap <= 1; gap++) {
    let k = at - 1 - gap;
    if (k < 0) return null;
    if (s.tokens[k].text === '-') k--;
    const word = s.tokens[k]?.norm;
    if (word && SPONSOR_WORDS.has(word)) {
      // the sponsor ends right before the sponsor word (through a hyphen or a space)
      for (const c of countries) if (isHyphenJoined(s, c.endToken - 1, k)) return { name: c.country, start: c.start };
      for (const n of named) if (isHyphenJoined(s, n.endToken - 1, k)) return { name: n.template.replace(/ \(\{country\}\)$/, ''), start: n.start };
    }
    // "pro-Iranian", "pro-government"
    for (const c of countries) {
      if (c.endToken === at - gap) {
        const p = c.startToken - 1;
        const q = s.tokens[p]?.text === '-' ? p - 1 : p;
        if (s.tokens[q]?.norm === 'pro') return { name: c.country, start: s.tokens[q].start };
      }
    }
    if (gap === 0 && (!s.tokens[at - 1] || !LETTERS_ONLY.test(s.tokens[at - 1].text))) return null;
  }
  return null;
}

/** every actor mention in one sentence, plus the country words that were not part of an actor */
/** capitalised unit words that make "Air Defence" before them a unit's name ("the 170th Air Defence Brigade") */
const UNIT_NAME = new Set(['Brigade', 'Brigades', 'Battalion', 'Division', 'Regiment', 'Corps', 'Command', 'Squadron']);
const AIR_DEFENCE = /^Air Defen[cs]e/;

const STATION = /^(?:station|post|outpost|thana|chowki)$/;
const JURISDICTION_AFTER = /^(?:limits?|area|jurisdiction)$/;
/**
 * A police station named as an area ("a village under Ramgarh police station", "within Koya police
 * station limits"), the way Indian and Bangladeshi reports locate a village: no police take part.
 */
function stationJurisdiction(s: Sentence, from: number, to: number): boolean {
  if (!STATION.test(s.tokens[to - 1]?.norm ?? '')) return false;
  if (JURISDICTION_AFTER.test(s.tokens[to]?.norm ?? '')) return true;
  // the station's name (capitalised words) right before it, and "under" or "within" before the name
  let k = from - 1, named = 0;
  while (k >= 0 && named < 4 && /^\p{Lu}/u.test(s.tokens[k].text)) { k--; named++; }
  if (!named) return false;
  if (s.tokens[k]?.norm === 'the') k--;
  return s.tokens[k]?.norm === 'under' || s.tokens[k]?.norm === 'within';
}

export function findActors(s: Sentence): { actors: ActorHit[]; countries: CountryRef[] } {
  const lx = lexicons();
  const countries = findCountryRefs(s);
  const matches = lx.actors.findAll(s.tokens);
  let hits: ActorHit[] = [];
  const usedCountry = new Set<CountryRef>();
  for (const m of matches) {
    let prefix: CountryRef | undefined = countries.find((c) => c.endToken === m.startToken);
    if (!prefix) {
      const c = countries.find((x) => x.endToken === m.startToken - 1);
      if (c && STATE_MODS.has(s.tokens[m.startToken - 1].norm)) prefix = c;
    }
    if (prefix) {
      // "pro-Iranian militias": the country is a sponsor, not the actor's home
      const b = prefix.startToken - 1;
      const q = s.tokens[b]?.text === '-' ? b - 1 : b;
      if (s.tokens[q]?.norm === 'pro') prefix = undefined;
    }
    // "refugee camp", "student union", "police station" keep their own entries; a role word
    // that only modifies a facility noun is not an actor
    if (FACILITY.has(s.tokens[m.endToken]?.norm ?? '') && m.values.every((v) => v.entry.kind === 'generic')) continue;
    // "in Kewata village under Dalsing Sarai police station": a station's area names where, not who
    if (stationJurisdiction(s, m.startToken, m.endToken)) continue;
    // ("the 170th Air Defence Brigade": a unit's name, whose forces are named before it)
    if (UNIT_NAME.has(s.tokens[m.endToken]?.text ?? '') && AIR_DEFENCE.test(s.text.slice(m.start - s.start, m.end - s.start))) continue;
    const pick = m.values.find((v) => !v.needsCountry) ?? (prefix ? m.values.find((v) => v.needsCountry) : undefined);
    if (!pick) continue;
    const e: ActorEntry = pick.entry;
    // named matches that swallow a country word ("Syrian Democratic Forces") win over the country
    if (e.kind === 'named') for (const c of countries) if (c.startToken < m.endToken && c.endToken > m.startToken) usedCountry.add(c);
    const stateLike = e.kind === 'state' || e.kind === 'police';
    let start = m.start;
    let startToken = m.startToken;
    let country = e.country ?? undefined;
    // "military forces of Armenia", "Police Forces of Chile": the country after "of"
    if (!prefix && stateLike && s.tokens[m.endToken]?.norm === 'of') {
      const post = countries.find((c) => c.startToken === m.endToken + 1 || (c.startToken === m.endToken + 2 && s.tokens[m.endToken + 1].norm === 'the'));
      if (post) {
        usedCountry.add(post);
        // one state actor of entry e for the tokens [from, to) and a country
        const stateOf = (from: { start: number; startToken: number }, to: { end: number; endToken: number }, country: string): ActorHit => ({
          kind: 'actor', sentence: s.index, start: from.start, end: to.end, text: s.text.slice(from.start - s.start, to.end - s.start),
          startToken: from.startToken, endToken: to.endToken, id: e.id, template: e.name, inter: e.inter, actorKind: e.kind,
          country, generic: true, affiliation: undefined,
        });
        hits.push(stateOf(m, post, post.country));
        // "military forces of India and Pakistan": the second country's forces too
        const second = countries.find((c) => c.startToken === post.endToken + 1 && s.tokens[post.endToken]?.norm === 'and' && !c.demonym);
        if (second) {
          usedCountry.add(second);
          hits.push(stateOf(second, second, second.country));
        }
        continue;
      }
    }
    if (prefix && stateLike) {
      country = prefix.country;
      start = prefix.start;
      startToken = prefix.startToken;
      usedCountry.add(prefix);
    } else if (prefix && e.kind === 'generic') {
      // "Syrian civilians", "Afghan militants"
      country = prefix.country;
      start = prefix.start;
      startToken = prefix.startToken;
      usedCountry.add(prefix);
    }
    hits.push({
      kind: 'actor', sentence: s.index, start, end: m.end, text: s.text.slice(start - s.start, m.end - s.start),
      startToken, endToken: m.endToken, id: e.id, template: e.name, inter: e.inter, actorKind: e.kind,
      country, generic: e.kind !== 'named', affiliation: undefined,
    });
  }
  // "anti-Houthi forces", "in military uniforms"; "fighters of the NLF"; "Tiv militias"
  hits = dropNonActors(s, hits);
  mergeMembership(s, hits);
  const countryTokens = new Set<number>();
  for (const c of countries) for (let k = c.startToken; k < c.endToken; k++) countryTokens.add(k);
  identityMilitias(s, hits, countryTokens);
  hits = peoples(s, hits);
  communalFighters(s, hits);
  offDuty(s, hits);
  hits = partyMembers(s, hits);
  hits = suspectedIdentities(s, hits);
  fromPlaces(s, hits, countries);
  armedMembers(s, hits);
  // "JNIM militants", "Houthi fighters": a role word right after a named group belongs to it
  for (let i = hits.length - 1; i > 0; i--) {
    const g = hits[i];
    const n = hits[i - 1];
    if (n.actorKind === 'named' && g.actorKind === 'generic' && g.startToken === n.endToken && g.inter !== 7) {
      n.end = g.end;
      n.endToken = g.endToken;
      n.text = s.text.slice(n.start - s.start, n.end - s.start);
      hits.splice(i, 1);
    }
  }
  // sponsors: looked up after all hits exist, since a named group can sponsor ("al-Qaeda-linked")
  const named = hits.filter((h) => h.actorKind === 'named');
  const led = new Set<ActorHit>();
  for (const h of hits) {
    const sp = sponsorBefore(s, h.startToken, countries, named);
    // ("Hamas-led gunmen", "JNIM-led fighters": men an armed group leads are that group)
    const leader = sp && h.actorKind === 'generic' && ARMED_GROUP.has(h.inter) && LED_BEFORE.test(s.text.slice(0, h.start - s.start))
      ? named.find((n) => n.start === sp.start && ARMED_GROUP.has(n.inter)) : undefined;
    if (leader) {
      Object.assign(h, { id: leader.id, template: leader.template, inter: leader.inter, actorKind: leader.actorKind, country: leader.country, generic: false, start: leader.start });
      h.text = s.text.slice(h.start - s.start, h.end - s.start);
      led.add(leader);
      continue;
    }
    if (sp && sp.name !== h.template) {
      h.affiliation = sp.name;
      for (const c of countries) if (c.start === sp.start) usedCountry.add(c);
      h.start = Math.min(h.start, sp.start);
      h.text = s.text.slice(h.start - s.start, h.end - s.start);
    }
  }
  // a sponsor that is itself a named group is not a separate actor here
  const actors = hits.filter((h) => !led.has(h) && !(h.actorKind === 'named' && hits.some((o) => o !== h && o.affiliation && o.start <= h.start && o.end >= h.end)));
  // bare country names act as their state ("Israel struck ..."): weak actors for the builder
  for (const c of countries) {
    if (usedCountry.has(c) || c.demonym) continue;
    if (actors.some((a) => a.startToken <= c.startToken && a.endToken >= c.endToken)) continue;
    // the tail of an address ("in Kyauktaw village, Rakhine State, Myanmar.", "(Idlib, Syria)") is a place
    const before = s.tokens[c.startToken - 1]?.text;
    const after = s.tokens[c.endToken]?.text;
    // "the US dollar", "Lebanese pound" rates: a currency, not a state acting
    if (CURRENCY.has(s.tokens[c.endToken]?.norm ?? '')) continue;
    if ((before === ',' || before === '(') && (after === undefined || after === '.' || after === ')' || after === ',' || after === ';')) continue;
    actors.push({
      kind: 'actor', sentence: s.index, start: c.start, end: c.end, text: s.text.slice(c.start - s.start, c.end - s.start),
      startToken: c.startToken, endToken: c.endToken, id: 'country', template: 'Military Forces of {country}', inter: 1,
      actorKind: 'country', country: c.country, generic: true,
    });
  }
  // (a stable sort leaves a list already in order as it is: mostly it is, and the check allocates nothing)
  if (!inOrder(actors)) actors.sort((a, b) => a.start - b.start);
  return { actors, countries };
}

function inOrder(xs: ActorHit[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i].start < xs[i - 1].start) return false;
  return true;
}

/** the final actor name once the event's country is known */
/** country names that take "the" in ACLED actor names ("Military Forces of the United States") */
const WITH_THE = new Set(['United States', 'United Kingdom', 'Netherlands', 'Philippines', 'Democratic Republic of Congo', 'Republic of Congo', 'Central African Republic', 'United Arab Emirates', 'Gambia']);

/** an alias that names its group only in some countries ("National Liberation Front": Syria's NLF) */
function outOfContext(a: ActorHit, eventCountry: string | undefined): boolean {
  if (a.actorKind !== 'named' || !eventCountry) return false;
  const only = (lexicons().actorById.get(a.id) as (ActorEntry & { onlyIn?: string[] }) | undefined)?.onlyIn;
  return !!only && !only.includes(eventCountry);
}

/** the mention's own words as a name ("the national liberation front" → "National Liberation Front") */
function ownName(text: string): string {
  return text.replace(/^(?:the|a|an)\s+/i, '').replace(LOWER_WORD_START, (c) => c.toUpperCase());
}

/** a state's forces under the generic name ("Military Forces of Mali") */
function stateForces(country: string): string {
  return `Military Forces of ${WITH_THE.has(country) ? `the ${country}` : country}`;
}

/** "troops" in a country with no army of its own are the forces of the state that fields them there */
function armyCountry(a: ActorHit, eventCountry: string | undefined): string | undefined {
  if (a.country || !eventCountry || a.id !== 'military') return undefined;
  return lexicons().countryList.find((c) => c.name === eventCountry)?.forcesOf;
}

export function actorName(a: ActorHit, eventCountry: string | undefined): string {
  const army = armyCountry(a, eventCountry);
  if (army) return stateForces(army);
  // ("junta forces" in Bamako): a state's listed forces named by a generic phrase elsewhere are that
  // country's state forces; an armed group's are a group by its own words
  if (outOfContext(a, eventCountry)) return a.inter === 1 ? stateForces(eventCountry!) : ownName(a.text);
  const c0 = a.country ?? eventCountry;
  const c = c0 && WITH_THE.has(c0) && / of \{country\}/.test(a.template) ? `the ${c0}` : c0;
  let name = a.template.includes('{country}') ? (c ? a.template.replace('{country}', c) : a.template.replace(/ ?\(?\{country\}\)?/, '').replace(/ of$/, '')) : a.template;
  if (a.affiliation && a.actorKind !== 'named') name = `${a.affiliation}-backed ${name}`;
  return name;
}

/** ACLED inter code in the event's country: state forces abroad are external forces (8) */
export function actorInter(a: ActorHit, eventCountry: string | undefined): Inter {
  // an unlisted group that shares a listed one's words: an armed opposition group by default
  if (outOfContext(a, eventCountry)) return a.inter === 1 ? 1 : 2;
  if (armyCountry(a, eventCountry)) return 8;
  if ((a.actorKind === 'state' || a.actorKind === 'police' || a.actorKind === 'country') && a.country && eventCountry && a.country !== eventCountry) return 8;
  if (a.actorKind === 'named' && a.inter === 1 && a.country && eventCountry && a.country !== eventCountry) return 8;
  return a.inter;
}
