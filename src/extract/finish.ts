// Stage 7: finish. Turns a merged event into the SitrepEvent record: normalized actor names and
// ACLED inter codes with type-specific defaults (protesters, rioters, civilians, unidentified armed
// group), interaction, disorder type, CAMEO/PLOVER codes from the mapping tables, a generated
// notes sentence, a stable event_id, a transparent confidence score and evidence spans.
import { readFileSync } from 'node:fs';
import type { Attribution, Document, Evidence, SitrepEvent } from '../core/types.ts';
import { disorderTypeOf, interactionCode } from '../core/taxonomy.ts';
import { casualtyTotal } from './casualties.ts';
import type { EventAcc } from './coref.ts';
import { sides } from './sides.ts';
import { assocGroup } from './assoc.ts';
import { eventAdmins, eventLocation, eventPoint } from './places.ts';
import { CRIME_ARREST_PENALTY, crimeArrest } from './crime-arrest.ts';
import { HEADLINE_BONUS, headlineTells } from './headline.ts';
import type { TriggerClass } from './lexicon.ts';
import { yearWide } from './prior-act.ts';
import { recodeByDate } from './dated-actors.ts';

/** raw confidence taken from a peaceful protest of an article whose headline tells no gathering */
const PROTEST_ASIDE_PENALTY = 0.1;

/** raw confidence taken from an article's act dated by its year only */
const YEAR_ONLY_PENALTY = 0.15;

const DATA = new URL('../../data/lexicons/', import.meta.url);
const CODES = new Map<string, { cameo: string; plover_mode?: string }>(
  (JSON.parse(readFileSync(new URL('event-codes.json', DATA), 'utf8')).codes as { sub_event_type: string; cameo: string; plover_mode?: string }[]).map((c) => [c.sub_event_type, c]),
);
const C2P = new Map<string, { event: string; mode: string }>();
for (const r of JSON.parse(readFileSync(new URL('cameo2plover.json', DATA), 'utf8')).rows as { cameo: string; event: string; mode: string }[]) {
  if (!C2P.has(r.cameo)) C2P.set(r.cameo, r);
}

/** PLOVER "EVENT/mode" for a CAMEO code, walking up to the parent code when a row is missing */
export function ploverOf(cameo: string, modeOverride?: string): string {
  for (let k = cameo.length; k >= 2; k--) {
    const r = C2P.get(cameo.slice(0, k));
    if (r) {
      const mode = modeOverride ?? r.mode;
      return mode ? `${r.event}/${mode}` : r.event;
    }
  }
  return '';
}

/** codes per sub-event type, worked out once (read-only: shared by every event of that type) */
const CODES_BY_SUB = new Map<string, { cameo: string; plover: string }>();

export function codesFor(sub: string): { cameo: string; plover: string } {
  let codes = CODES_BY_SUB.get(sub);
  if (!codes) CODES_BY_SUB.set(sub, (codes = codesOf(sub)));
  return codes;
}

function codesOf(sub: string): { cameo: string; plover: string } {
  const c = CODES.get(sub);
  if (!c) return { cameo: '', plover: '' };
  return { cameo: c.cameo, plover: ploverOf(c.cameo, c.plover_mode) };
}

const VERB: Record<string, string> = {
  'Armed clash': 'clashed with', 'Government regains territory': 'regained territory from', 'Non-state actor overtakes territory': 'took territory from',
  'Chemical weapon': 'used a chemical weapon against', 'Air/drone strike': 'carried out an air/drone strike on', 'Suicide bomb': 'carried out a suicide bombing against',
  'Shelling/artillery/missile attack': 'fired artillery, rockets or missiles at', 'Remote explosive/landmine/IED': 'used an explosive device against', Grenade: 'threw a grenade at',
  'Sexual violence': 'sexually assaulted', Attack: 'attacked', 'Abduction/forced disappearance': 'abducted', 'Peaceful protest': 'demonstrated',
  'Protest with intervention': 'demonstrated and were met by', 'Excessive force against protesters': 'demonstrated and faced lethal force from',
  'Violent demonstration': 'rioted against', 'Mob violence': 'attacked', Agreement: 'reached an agreement with', Arrests: 'arrested',
  'Change to group/activity': 'changed activity', 'Disrupted weapons use': 'disrupted weapons use', 'Headquarters or base established': 'established a base',
  'Looting/property destruction': 'looted or destroyed property of', 'Non-violent transfer of territory': 'transferred territory to', Other: 'were involved in a development',
};

function notesFor(ev: Omit<SitrepEvent, 'notes'>): string {
  const who = ev.actor1 ?? 'Unidentified actors';
  let verb = VERB[ev.sub_event_type] ?? 'were involved in an event';
  const objectless = /demonstrated$|activity$|weapons use$|a base$|development$/.test(verb);
  const obj = ev.actor2 && !objectless ? ` ${ev.actor2}` : '';
  if (!ev.actor2 && !objectless) verb = verb.replace(/ (with|from|on|at|against|of|to|by)$/, '');
  const where = ev.location ? ` in ${ev.location}${ev.country && ev.country !== ev.location ? `, ${ev.country}` : ''}` : ev.country ? ` in ${ev.country}` : '';
  const when = ev.time_precision === 1 ? ` on ${ev.event_date}` : ` between ${ev.date_range[0]} and ${ev.date_range[1]}`;
  const tolls = [ev.fatalities ? `${ev.fatalities} reported killed` : 'no fatalities reported', ev.injuries ? `${ev.injuries} injured` : ''].filter(Boolean).join(', ');
  return `${who} ${verb}${obj}${where}${when} (${ev.event_type}; ${tolls}).`;
}

/** stable id: two 32-bit FNV-1a hashes (different seeds) of doc id, trigger offset and sub-type */
export function eventId(docId: string, triggerStart: number, sub: string): string {
  const key = `${docId}\u0000${triggerStart}\u0000${sub}`;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return hex8(a) + hex8(b);
}

const HEX = '0123456789abcdef';
/** (x >>> 0).toString(16).padStart(8, '0'), digit by digit: toString(16) of a number above 2^31 (a
 * heap number) takes V8's slow double-to-radix path, most of eventId's time */
export function hex8(x: number): string {
  let out = '';
  for (let shift = 28; shift >= 0; shift -= 4) out += HEX[(x >>> shift) & 15];
  return out;
}

const CALIBRATION: [number, number][] = JSON.parse(readFileSync(new URL('calibration.json', DATA), 'utf8')).points;

/** a piecewise-linear map through `knots` [x, y] (x increasing), flat beyond its ends */
export function interpolate(knots: [number, number][], raw: number): number {
  for (let i = 1; i < knots.length; i++) {
    const [x1, y1] = knots[i];
    const [x0, y0] = knots[i - 1];
    if (raw <= x1) return x1 === x0 ? y1 : y0 + ((raw - x0) / (x1 - x0)) * (y1 - y0);
  }
  return knots[knots.length - 1][1];
}

/** raw score → observed share of correct events on the dev sets (monotone; `npm run fit-calibration`) */
export function calibrate(raw: number): number {
  return Math.round(interpolate(CALIBRATION, raw) * 100) / 100;
}

function finalConfidence(raw: number, ctx: FinishContext): number {
  return ctx.rawConfidence ? Math.round(raw * 100) / 100 : calibrate(raw);
}

/** "in the past two months", "over the last three years", "the past year": a span that runs up to
 *  the report, over which an article tells a tally of acts ("has arrested a rapper, two bloggers and a
 *  student"), not the incident it reports */
const PAST_SPAN = /^(?:the\s+)?(?:past|last)\s+(?:\d{1,3}\s+|two\s+|three\s+|four\s+|five\s+|six\s+|seven\s+|eight\s+|nine\s+|ten\s+|eleven\s+|twelve\s+|few\s+|several\s+|couple\s+of\s+)?(?:weeks|months|years|year)$/i;
const pastSpan = (d: EventAcc['date']): boolean => !!d && d.precision === 3 && PAST_SPAN.test(d.text.trim());

/** a transparent score: which fields were found in the text rather than defaulted */
export function confidenceOf(e: EventAcc, hedged: boolean, article = false): number {
  let c = 0.3;
  c += e.type.strength === 2 ? 0.15 : e.type.strength === 1 ? 0.08 : 0;
  if (e.agent) c += 0.1;
  if (e.target) c += 0.05;
  // a day or week named in the text is evidence of the event; "last year" or "in October" is not
  // (in long articles such month-wide dates mostly belong to background and earlier incidents)
  if (e.ownDate && e.date?.precision !== 3) c += 0.1;
  // in an article, a day told in the very sentence that states the act (not only in a later mention
  // merged into it) marks the incident the article reports; acts dated elsewhere are mostly its
  // background, sequels and reactions. (In a brief every event is told so: no ranking to do.)
  if (article && e.ownDate && e.date && e.date.precision !== 3 && e.date.sentence === e.drafts[0].sentence) c += 0.1;
  // an act told by its year only ("imprisoned in 2010") is the article's history (prior-act.ts)
  if (article && (yearWide(e.date) || pastSpan(e.date))) c -= YEAR_ONLY_PENALTY;
  if (e.place && e.ownPlace) c += e.place.geo_precision === 1 ? 0.12 : 0.07;
  if (e.weapons.length) c += 0.04;
  if (e.casualties.length) c += 0.04;
  if (e.drafts.length > 1) c += 0.05;
  if (hedged) c -= 0.08;
  return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100;
}

/** the headline states the class of one of the event's triggers */
function headlineBonus(e: EventAcc, headline: Set<TriggerClass> | undefined): number {
  return headlineTells(headline, e) ? HEADLINE_BONUS : 0;
}

export interface FinishContext {
  doc: Document;
  /** the document is an article, longer than a brief */
  article?: boolean;
  outlets: string[];
  warnings: string[];
  docCountry?: string;
  /** the document's country was only voted for by its actors' home countries (no place was found) */
  docCountryFromActors?: boolean;
  /** an article's headline trigger classes (headline.ts) */
  headline?: Set<TriggerClass>;
  /** an article whose headline tells the arrest of a crime's suspects (headline.ts) */
  crimeHeadline?: boolean;
  /** an article with a headline that tells no gathering (headline.ts): its peaceful protests are
   *  reactions to the news it reports, ranked below it */
  protestAside?: boolean;
  /** the source list, the same for every event of the document: filled in by the first event */
  source?: string;
  /** report the raw score, not its calibrated value (for re-fitting the calibration) */
  rawConfidence?: boolean;
}

/** sub-event types that have no deaths by definition (deaths make a protest one met with excessive force; a protest with intervention keeps a toll, which may tell such force in an article) */
const NO_TOLL = new Set(['Peaceful protest', 'Arrests', 'Change to group/activity', 'Agreement', 'Headquarters or base established', 'Non-violent transfer of territory', 'Looting/property destruction']);

export function finishEvent(e: EventAcc, ctx: FinishContext): SitrepEvent {
  const { doc } = ctx;
  const place = e.place;
  // without a place, the target's home is a better guess than the attacker's ("Israeli strike on
  // Hezbollah"), but weapons are stopped where the defender is ("Ukrainian air defences shot down
  // Russian drones"); both beat a country the report's actors only vote for
  const stateCountry = e.type.sub_event_type === 'Disrupted weapons use' ? stateHome(e.agent) ?? stateHome(e.target) : stateHome(e.target) ?? stateHome(e.agent);
  const country = place?.country || (ctx.docCountryFromActors ? stateCountry || ctx.docCountry : ctx.docCountry || stateCountry) || undefined;
  recodeByDate(e, country);
  const [s1, s2] = sides(e, country, doc.text);
  const date = e.date!;
  // (a toll told with a peaceful protest, an arrest or a change of activity is someone else's: the
  // grievance's, "marched over the death of a teenager"; ACLED codes such events without deaths)
  const fatalities = NO_TOLL.has(e.type.sub_event_type) ? 0 : e.tollShare ? e.tollShare.value : casualtyTotal(e.casualties, 'killed') ?? 0;
  const injuries = casualtyTotal(e.casualties, 'injured');
  const trigger = e.drafts[0].trigger;
  const sub = e.type.sub_event_type;
  const evidence: Evidence[] = [];
  const text = doc.text;
  for (const d of e.drafts) addEvidence(evidence, text, d === e.drafts[0] ? 'event_type' : 'coreference', d.trigger);
  if (s1.hit) addEvidence(evidence, text, 'actor1', s1.hit);
  if (s2.hit) addEvidence(evidence, text, 'actor2', s2.hit);
  for (const w of e.weapons) addEvidence(evidence, text, 'weapons', w);
  for (const c of e.casualties) addEvidence(evidence, text, c.type === 'killed' ? 'fatalities' : 'injuries', c);
  if (e.tollShare) addEvidence(evidence, text, 'fatalities', e.tollShare.span);
  if (e.ownDate || !date.unanchored) if (date.end > date.start) addEvidence(evidence, text, 'event_date', date);
  if (place && place.end > place.start) addEvidence(evidence, text, 'location', place);
  for (const a of e.attributions) addEvidence(evidence, text, 'attribution', a);
  const attribution: Attribution[] = e.attributions.map((a) => ({ claim_by: a.claim_by ?? null, via: a.via ?? null }));
  const source = (ctx.source ??= sourceOf(ctx));
  const { cameo, plover } = codesFor(sub);
  const hedged = /\b(reportedly|allegedly|unconfirmed|purportedly|claimed)\b/i.test(doc.text.slice(...sentenceSpan(e, doc)));
  const pt = place ? eventPoint(place) : undefined;
  const lat = pt && Number.isFinite(pt.latitude) ? pt.latitude : null;
  const lon = pt && Number.isFinite(pt.longitude) ? pt.longitude : null;
  const weapons = [...new Set(e.weapons.map((w) => w.weapon))];
  const base: Omit<SitrepEvent, 'notes'> = {
    event_id: eventId(doc.id, trigger.start, e.drafts[0].part ? `${sub}#${e.drafts[0].part}` : sub),
    event_date: date.date,
    date_range: date.range,
    time_precision: date.precision,
    disorder_type: disorderTypeOf(e.type.event_type),
    event_type: e.type.event_type,
    sub_event_type: sub,
    actor1: s1.name,
    actor2: s2.name,
    assoc_actor_1: assocGroup(s1.hit, country, text),
    assoc_actor_2: s2.name ? assocGroup(s2.hit, country, text, e.type.event_type === 'Protests' || e.type.event_type === 'Riots') : '',
    inter1: s1.inter,
    inter2: s2.name ? s2.inter : 0,
    interaction: s1.inter ? interactionCode(s1.inter, s2.name ? s2.inter : 0) : 0,
    affiliation1: s1.affiliation,
    affiliation2: s2.affiliation,
    country: country ?? '',
    admin1: place ? eventAdmins(place).admin1 : '',
    admin2: place ? eventAdmins(place).admin2 : '',
    location: place ? eventLocation(place) : country ?? '',
    latitude: lat,
    longitude: lon,
    geo_precision: place ? place.geo_precision : 3,
    fatalities,
    injuries,
    weapons,
    source,
    attribution,
    cameo,
    plover,
    confidence: finalConfidence(Math.max(0.05, confidenceOf(e, hedged, ctx.article) - (sub === 'Arrests' && (ctx.crimeHeadline || crimeArrest(doc.text, trigger)) ? CRIME_ARREST_PENALTY : 0) + headlineBonus(e, ctx.headline) - (ctx.protestAside && sub === 'Peaceful protest' ? PROTEST_ASIDE_PENALTY : 0)), ctx),
    evidence,
    sources_count: 1,
    modality: e.background ? 'background' : 'asserted',
  };
  // notes added to the record itself (the last key, as before), not to a spread copy of it
  const out = base as SitrepEvent;
  out.notes = notesFor(base);
  return out;
}

/** the document's outlets and its own source names, once each */
function sourceOf(ctx: FinishContext): string {
  const sources = [...ctx.outlets, ...(ctx.doc.source ? ctx.doc.source.split(/;\s*/) : [])].filter(Boolean);
  return [...new Set(sources)].join('; ');
}

// (a module function, not a closure made per event: tsx names every closure it creates, a
// measurable cost on this path)
function addEvidence(evidence: Evidence[], text: string, field: string, span: { start: number; end: number }): void {
  evidence.push({ field, start: span.start, end: span.end, text: text.slice(span.start, span.end) });
}

/** the country of a named group or state force, when it has one */
function stateHome(x: EventAcc['agent']): string | undefined {
  return x && x.country && (x.actorKind === 'named' || x.actorKind === 'state') ? x.country : undefined;
}

function sentenceSpan(e: EventAcc, doc: Document): [number, number] {
  const t = e.drafts[0].trigger;
  return [Math.max(0, t.start - 200), Math.min(doc.text.length, t.end + 200)];
}
