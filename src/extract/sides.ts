// Stage 7a: actor1/actor2 of a finished event with the ACLED conventions of each event type:
// protesters/rioters/civilians by default, "Unidentified Armed Group (<country>)" (inter 3) for
// unattributed violence, state forces for arrests, victims named in casualty phrases as the
// target, and a country's standing conflict dyad for fire that monitors saw but nobody claimed
// ("the mission observed 40 explosions near X": ACLED codes the frontline's two sides).
import { readFileSync } from 'node:fs';
import type { Inter } from '../core/types.ts';
import { actorInter, actorName, type ActorHit } from './actors.ts';
import type { EventAcc } from './coref.ts';
import { lexicons } from './lexicon.ts';
import { carriedAgent, claimant } from './carry.ts';
import { hasFront, holderOf } from './frontline.ts';
import { communityParty } from './communal.ts';

export interface Side {
  name: string | null;
  inter: Inter;
  affiliation: string | null;
  hit?: ActorHit;
}

interface Dyad {
  /** actor id (actors.json) of the non-state side of the country's frontline */
  opponent: string;
}

/** countries.json entries with a `dyad`: one standing frontline each (facts with a source) */
const DYADS = new Map<string, Dyad>(
  (JSON.parse(readFileSync(new URL('../../data/lexicons/countries.json', import.meta.url), 'utf8')).countries as { name: string; dyad?: Dyad }[])
    .filter((c) => c.dyad)
    .map((c) => [c.name, c.dyad!]),
);

export const NONE: Side = { name: null, inter: 0, affiliation: null };
const side = (hit: ActorHit | undefined, country: string | undefined): Side =>
  hit ? { name: actorName(hit, country), inter: actorInter(hit, country), affiliation: hit.affiliation ?? null, hit } : NONE;
const generic = (name: string, inter: Inter, country: string | undefined): Side => ({ name: country ? `${name} (${country})` : name, inter, affiliation: null });
const unidentified = (country: string | undefined) => generic('Unidentified Armed Group', 3, country);
/** a protest's or riot's generic side, keeping the words of the civilians who formed it */
const crowd = (x: Side, a: Side): Side => (a.inter === 7 && a.hit ? { ...x, hit: a.hit } : x);

/** words of a report written by a monitoring mission or about a frontline with unseen shooters */
const MONITORED_RE = /\b(?:observed|monitors?|monitoring mission|recorded|front ?line|contact line|line of contact)\b/i;
/** casualty labels and actor words that mean civilians were hit */
const CIVILIAN_LABELS = new Set(['civilians', 'people', 'residents', 'villagers', 'worshippers', 'worshipers', 'children', 'women', 'men', 'passers-by', 'farmers', 'students']);

let observerRe: { re: RegExp; country: Map<string, string> } | null = null;
/** one regex over the names of monitoring missions that work in one country ("SMM": Ukraine) */
function observerCountry(text: string): string | undefined {
  if (!observerRe) {
    const country = new Map<string, string>();
    for (const a of lexicons().actorById.values()) if (a.kind === 'observer' && a.country) for (const al of a.aliases) country.set(al.toLowerCase(), a.country);
    const alts = [...country.keys()].sort((x, y) => y.length - x.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    observerRe = { re: alts.length ? new RegExp(`\\b(?:${alts.join('|')})\\b`, 'i') : /(?!)/, country };
  }
  const m = observerRe.re.exec(text);
  return m ? observerRe.country.get(m[0].toLowerCase()) : undefined;
}

/** the document's monitoring words and mission country, read once per document (every event
 * without an agent asks, and each read is a scan of the whole text) */
let lastMonitoring: { text: string; monitored: boolean; observed: string | undefined } | null = null;
function monitoring(text: string): { monitored: boolean; observed: string | undefined } {
  if (lastMonitoring?.text !== text) {
    const monitored = MONITORED_RE.test(text);
    lastMonitoring = { text, monitored, observed: monitored ? observerCountry(text) : undefined };
  }
  return lastMonitoring;
}

/** the frontline dyad of a country for fire that nobody was named for, or null */
function monitoredDyad(e: EventAcc, country0: string | undefined, text: string): [Side, Side] | null {
  if (e.agent || (e.target && e.target.actorKind !== 'observer')) return null;
  const doc = monitoring(text);
  if (!doc.monitored) return null;
  // a monitoring mission's own country when the event has no place (the mission names small villages),
  // and also when the resolver put a village of the mission's front in another country
  const observed = doc.observed;
  const country = country0 && DYADS.has(country0) ? country0 : observed ?? country0;
  if (!country) return null;
  const dyad = DYADS.get(country);
  if (!dyad) return null;
  const state: Side = { name: `Military Forces of ${country}`, inter: 1, affiliation: null };
  const opp = lexicons().actorById.get(dyad.opponent);
  const other: Side = opp ? { name: opp.name, inter: opp.inter, affiliation: null } : unidentified(country);
  // the side facing the place fired: fire seen at a place the state holds came from its opponent
  const held = hasFront(country) ? holderOf(country, e.place, text, sentenceAt(text, e.drafts[0].trigger.start)) : undefined;
  const [first, second] = held === 'state' ? [other, state] : [state, other];
  return [first, e.type.event_type === 'Battles' ? second : NONE];
}

/** the sentence of the text around an offset */
function sentenceAt(text: string, at: number): string {
  let s = at;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  let e = at;
  while (e < text.length && !/[.!?\n]/.test(text[e])) e++;
  return text.slice(s, e);
}

/** where people are held: only the state holds them there */
const HELD_RE = /\b(?:custody|detention|detained|detainees?|prisons?|prisoners?|jails?|jailed|cells?|police stations?|interrogations?|interrogated)\b/i;

/** "tortured in detention", "beaten in the prison": abuse of people held, with nobody named, is the
 *  state's that holds them (a kidnapper's captive is told as kidnapped, not detained) */
function custodialAbuse(e: EventAcc, text: string): boolean {
  return !!text && e.drafts.some((d) => /tortur/i.test(d.trigger.text) && HELD_RE.test(sentenceAt(text, d.trigger.start)));
}

const statePolice = (country: string | undefined): Side => ({ name: `Police Forces of ${country ?? 'Unknown'}`, inter: 1, affiliation: null });

function civilianVictims(e: EventAcc): boolean {
  return e.casualties.some((c) => !!c.victims && CIVILIAN_LABELS.has(c.victims.toLowerCase()));
}

/** civilians, protesters and rioters: no side of a battle (ACLED's battles are between armed groups) */
const UNARMED_INTER = new Set([5, 6, 7]);
/** a side of a fight that was taken for civilians or rioters, as the armed party it was */
function armedSide(x: Side, country: string | undefined): Side {
  if (!UNARMED_INTER.has(x.inter) || !x.hit) return x;
  return communityParty(x.hit) ? generic('Communal Militia', 4, country) : unidentified(country);
}

/** "communal violence broke out ...; four killed in the fighting": told by nobody's acts but the violence and its toll */
function communalViolence(e: EventAcc): boolean {
  return e.drafts.some((d) => d.trigger.id === 'communal-violence') && e.drafts.every((d) => d.trigger.id === 'communal-violence' || ((d.trigger.cls === 'kill' || d.trigger.cls === 'clash') && (!d.agent || d.agent.inter === 7)));
}

/** actor1/actor2 with the ACLED conventions of each event type */
export function sides(e: EventAcc, country: string | undefined, text = ''): [Side, Side] {
  const et0 = e.type.event_type;
  // violence whose sentences name nobody: the actor who acted in the sentences before
  const violent = et0 === 'Battles' || et0 === 'Explosions/Remote violence' || et0 === 'Violence against civilians';
  // a named group that claimed the attack is its author when the text only says "militants"
  const claimed = violent && (!e.agent || (e.agent.actorKind === 'generic' && e.agent.inter >= 2 && e.agent.inter <= 3)) ? claimant(text) : undefined;
  const carried = !e.agent && !claimed && violent ? carriedAgent(e, text) : undefined;
  const a = side(claimed && claimed.id !== e.target?.id ? claimed : e.agent ?? carried, country);
  const t = side(e.target, country);
  const et = e.type.event_type;
  const sub = e.type.sub_event_type;
  if (et === 'Protests') {
    // people taken for civilians who demonstrate ("striking nurses") are the protesters: their words
    // stay the actor's evidence and name its associated group
    // ("police fired tear gas at striking nurses": the people met by force are the protesters too)
    const p = a.inter === 6 ? a : crowd(generic('Protesters', 6, country), a.inter === 7 ? a : t);
    const force = [a, t].find((x) => x.inter === 1 || x.inter === 8);
    if (sub === 'Peaceful protest') return [p, NONE];
    return [p, force ?? { name: `Police Forces of ${country ?? 'Unknown'}`, inter: 1, affiliation: null }];
  }
  if (et === 'Riots') {
    // a state force that fought people taken for civilians ("soldiers clashed with villagers"): the
    // people are the rioters and the force their other side, never civilians beside nameless rioters
    if (a.hit && a.inter === 1 && t.hit && t.inter === 7) return [generic('Rioters', 5, country), a];
    const r = a.inter === 5 ? a : crowd(generic('Rioters', 5, country), a);
    // demonstrators who turned violent are the rioters themselves, never their own opponents
    let other = t.hit && t.inter !== 5 && t.inter !== 6 ? t : a.hit && a.inter !== 5 && a.inter !== 6 && a.inter !== 7 ? a : NONE;
    // "... barricaded the highway. Police dispersed the crowd": the forces that met the riot in
    // another mention of it are its second side (ACLED names them over the demonstrators' civilian
    // victims; a lynch mob's victim stays its second side when police step in)
    if (sub === 'Violent demonstration' && (other === NONE || other.inter === 7)) {
      const force = e.drafts.flatMap((d) => [d.agent, d.target]).find((x) => x && (x.inter === 1 || x.actorKind === 'state' || x.actorKind === 'police'));
      if (force) other = side(force, country);
    }
    if (sub === 'Mob violence' && other === NONE) {
      // two crowds fighting each other are rioters on both sides; a mob's victims are civilians
      if (e.drafts.some((d) => d.trigger.cls === 'clash')) return [r, generic('Rioters', 5, country)];
      return [r, generic('Civilians', 7, country)];
    }
    return [r, other];
  }
  if (et === 'Violence against civilians') {
    const victim = t.inter === 7 ? t : generic('Civilians', 7, country);
    // with nobody acting, state forces named beside the victim ("died under torture in the regime's
    // prison") hold the victim: they are the perpetrator, not a second victim
    // (a community's members who attack people are its militia, like those who destroy its property)
    const perp = a.hit && a.inter !== 7 ? a : a.hit && communityParty(a.hit) ? generic('Communal Militia', 4, country) : t.hit && t.inter === 1 ? t : custodialAbuse(e, text) ? statePolice(country) : unidentified(country);
    return [perp, victim];
  }
  if (et === 'Battles' || et === 'Explosions/Remote violence') {
    const dyad = monitoredDyad(e, country, text);
    if (dyad) return dyad;
  }
  // "a grenade was thrown at a checkpoint; soldiers fired back": the unnamed thrower attacked
  if (et === 'Battles' && !a.hit && e.answered) return [unidentified(country), t.hit && t.inter !== 7 ? t : unidentified(country)];
  // ("inter-clan violence erupted, leaving five dead": two communities' militias, the dead their members)
  if (et === 'Battles' && (!a.hit || a.inter === 7) && (!t.hit || t.inter === 7) && communalViolence(e)) return [generic('Communal Militia', 4, country), generic('Communal Militia', 4, country)];
  if (et === 'Battles' && !a.hit) {
    // nobody acts in the trigger's clause ("a smuggler died in a gunfight with
    // police"): the parties named by all the event's triggers, state forces first
    const seen = new Set<string>();
    const parties = [e.target, ...e.drafts.flatMap((d) => [d.agent, d.target])].filter((x): x is ActorHit => {
      if (!x || x.inter === 7 || seen.has(`${x.id}|${x.country ?? ''}`)) return false;
      seen.add(`${x.id}|${x.country ?? ''}`);
      return true;
    }).map((x) => side(x, country));
    parties.sort((x, y) => Number(y.inter === 1 || y.inter === 8) - Number(x.inter === 1 || x.inter === 8));
    if (parties.length) return [parties[0], parties[1] ?? (parties[0].inter === 4 ? generic('Communal Militia', 4, country) : unidentified(country))];
  }
  if (et === 'Battles') {
    // civilians are never a side of a battle (ACLED): people who fight are a community's militia
    // when they are its members, else an unidentified armed group
    const first = armedSide(a.hit ? a : t.hit ? t : unidentified(country), country);
    // communal fighting: a lone identity militia fought another community's militia
    const other = first.inter === 4 ? generic('Communal Militia', 4, country) : unidentified(country);
    // (nor is the second side: "police raided the gang's hideout; a shoot-out broke out and a man
    // was killed" fought armed men, the dead man among them)
    const second = a.hit && t.hit && !UNARMED_INTER.has(t.inter) ? t : other;
    // two states' forces that traded fire (no side attacked): the forces of the country it happened in first
    if (first.inter === 8 && second.inter === 1 && e.drafts.every((d) => d.trigger.cls === 'clash' || d.trigger.cls === 'kill')) return [second, first];
    return [first, second];
  }
  if (et === 'Explosions/Remote violence') {
    const first = a.hit ? a : unidentified(country);
    const second = t.hit ? t : civilianVictims(e) ? generic('Civilians', 7, country) : NONE;
    return [first, second];
  }
  // strategic developments
  if (sub === 'Other' && !a.hit) return [generic('Civilians', 7, country), NONE];
  if (sub === 'Arrests' && !a.hit) return [{ name: `Police Forces of ${country ?? 'Unknown'}`, inter: 1, affiliation: null }, t];
  // civilians and protesters never make arrests in ACLED's coding: one taken as the agent of an
  // arrest ("twelve journalists detained in ...") is the person arrested, and the police arrested them
  if (sub === 'Arrests' && (a.inter === 6 || a.inter === 7)) {
    if (t.inter === 1 || t.inter === 8) return [t, a];
    return [{ name: `Police Forces of ${country ?? 'Unknown'}`, inter: 1, affiliation: null }, t.hit ? t : a];
  }
  // (property of civilians destroyed by nobody named: the civilians own it, an unidentified group did it)
  const ownersOnly = sub === 'Looting/property destruction' && !a.hit && t.hit && t.inter === 7;
  let first = a.hit ? a : t.hit && !ownersOnly ? t : unidentified(country);
  // civilians are never the perpetrators in ACLED's coding: property destroyed or seized by a
  // community's members is a communal militia's act, by anyone else an unidentified armed group's
  if (sub === 'Looting/property destruction' && a.hit && a.inter === 7) first = communityParty(a.hit) ? generic('Communal Militia', 4, country) : unidentified(country);
  // a group's own change of activity has no second party
  if (sub === 'Change to group/activity') return [first, NONE];
  // seized drugs and contraband belong to the traffickers, an unidentified armed group
  if (sub === 'Looting/property destruction' && e.drafts.some((d) => d.contraband)) return [first, first.inter === 3 ? NONE : unidentified(country)];
  // destroyed or looted property belongs to civilians unless the text names its owner
  if (sub === 'Looting/property destruction' && !(a.hit && t.hit)) return [first, a.hit || first.inter !== 7 ? generic('Civilians', 7, country) : NONE];
  // ("destroyed houses belonging to party members": people whose property is destroyed are civilians,
  // whatever crowd they join elsewhere)
  if (sub === 'Looting/property destruction' && a.hit && (t.inter === 5 || t.inter === 6)) return [first, { ...generic('Civilians', 7, country), hit: t.hit }];
  return [first, a.hit ? t : NONE];
}
