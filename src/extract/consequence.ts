// A brief (a coded note or a short wire item) reports one incident with its consequences. The
// arrests made, the property looted or burned, the attackers' flight or the other side's withdrawal
// in the course of a fight, an attack or a riot are part of that incident: ACLED codes the violent
// act, and a riot with arrests stays the riot. An arrest or a looting told before the violent act
// (the note's own subject, "police arrested two men who had killed ...") stays its own event unless
// the same doers did both in one sentence ("detained and beat"); so does one on another day or in
// another place. Long articles keep them apart: there an arrest is often the reported violation.
// Shelling or a grenade told with a fight between the same sides is part of the fight (ACLED codes an
// armed clash when artillery is used in the course of it): "clashes amid regime shelling", a mortar
// round that fell on the camp where the clashes were. Likewise a demonstration that turned violent
// is one violent demonstration: the march told before the stones were thrown and the police's tear
// gas and arrests after them are parts of the riot.
import type { EventAcc, PlacedDraft } from './coref.ts';
import { samePlaceArea } from './places.ts';
import { casualtyTotal } from './casualties.ts';

const DAY_MS = 86_400_000;
/** how long after a brief's act the arrest of its suspects is still told as its sequel */
const ARREST_FOLLOW_UP_DAYS = 60;

const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);
const CONSEQUENCES = new Set(['Arrests', 'Looting/property destruction', 'Other', 'Non-violent transfer of territory']);

function sameDay(a: EventAcc, b: EventAcc): boolean {
  if (!a.date || !b.date || !a.ownDate || !b.ownDate) return true;
  return !(b.date.range[1] < a.date.range[0] || b.date.range[0] > a.date.range[1]);
}

function samePlace(a: EventAcc, b: EventAcc): boolean {
  return !a.place || !b.place || !b.ownPlace || samePlaceArea(a.place, b.place);
}

/** where an event is first told: its earliest trigger's offset */
function firstStart(e: EventAcc): number {
  let at = Infinity;
  for (const d of e.drafts) if (d.trigger.start < at) at = d.trigger.start;
  return at;
}

function absorb(main: EventAcc, e: EventAcc, drafts: boolean): void {
  for (const c of e.casualties) if (!main.casualties.some((x) => x.start === c.start)) main.casualties.push(c);
  if (!drafts) return;
  // the forces that met the crowd are the riot's other side (sides.ts reads them from the drafts)
  for (const s of e.sentences) main.sentences.add(s);
  main.drafts.push(...e.drafts);
}

/** the same doers' acts told together in one sentence ("locals detained and beat three men") */
function coordinated(main: EventAcc, e: EventAcc): boolean {
  return !!main.agent && !!e.agent && main.agent.id === e.agent.id && [...e.sentences].every((i) => main.sentences.has(i));
}

/** burning or stoning that the rules read as a mob's only for want of anything better */
const guessedMob = (e: EventAcc) => e.type.sub_event_type === 'Mob violence' && e.type.strength === 0;

/** an arrest told after the act and dated after it: the suspects caught days later */
function laterArrest(main: EventAcc, e: EventAcc, at: number): boolean {
  if (e.type.sub_event_type !== 'Arrests' || firstStart(e) < at || !main.date || !e.date) return false;
  const gap = Date.parse(e.date.range[0]) - Date.parse(main.date.range[1]);
  return gap > 0 && gap <= ARREST_FOLLOW_UP_DAYS * DAY_MS;
}

/** folds, in a brief, arrests and looting told with or after a violent act into that act */
export function foldConsequences(events: EventAcc[]): EventAcc[] {
  const main = events.find((e) => !e.background && VIOLENT.has(e.type.event_type));
  if (!main) return events;
  const at = firstStart(main);
  const folded = new Set<EventAcc>();
  for (const e of events) {
    if (e === main || e.background || e.type.event_type !== 'Strategic developments' || !CONSEQUENCES.has(e.type.sub_event_type)) continue;
    // (goods burned or taken in the course of the act are part of it wherever the note tells them:
    // "three trucks were set on fire by armed men, who threatened the drivers with guns")
    // (a violent act the rules only guessed, "the second incident of torching", swallows nothing told before it)
    const before = firstStart(e) < at && !coordinated(main, e) && (e.type.sub_event_type !== 'Looting/property destruction' || guessedMob(main));
    if (laterArrest(main, e, at)) {
      folded.add(e);
      continue;
    }
    if (before || !sameDay(main, e)) continue;
    // ("7 militants were killed and 3 arrested in operations in Kabul, Ghor and Balkh": a fight told
    // at several places, one event per place, takes the arrests made at each of them)
    const into = samePlace(main, e) ? main : events.find((v) => v !== main && !v.background && VIOLENT.has(v.type.event_type) && sameDay(v, e) && samePlace(v, e) && v.ownPlace && firstStart(v) === at);
    if (!into) continue;
    folded.add(e);
    // ("police raided a house and arrested three suspects"): a raid that hurt no one and named no
    // weapon is how the arrests were made; the arrests are the event
    if (e.type.sub_event_type === 'Arrests' && bareRaid(into)) [into.type, into.target] = [e.type, e.target ?? into.target];
    absorb(into, e, false);
  }
  return folded.size ? events.filter((e) => !folded.has(e)) : events;
}

/** an event told only by "raided"/"raid" words, with no one hurt and no weapon named */
function bareRaid(e: EventAcc): boolean {
  return e.type.sub_event_type === 'Attack' && e.casualties.length === 0 && e.weapons.length === 0 && e.drafts.every((x) => x.trigger.cls === 'attack' && /^raid/i.test(x.trigger.text));
}

/** a draft that tells the crowd's own act: a gathering, rioting, or anything its demonstrators or rioters did
 * (not "a councillor attacked the protest", nor an attack named only as a noun) */
function crowdAct(d: PlacedDraft): boolean {
  return d.trigger.cls === 'protest' || d.trigger.cls === 'riot' || (!!d.agent && (d.agent.inter === 5 || d.agent.inter === 6));
}

/** folds, in a brief, the protests told on the day and at the place of a violent demonstration or a mob's violence into it */
export function foldIntoRiot(events: EventAcc[]): EventAcc[] {
  // (a brawl of locals with the police, who lobbed tear gas: the tear gas is the police's side of
  // the mob violence, not a protest of its own)
  const riot = events.find((e) => !e.background && (e.type.sub_event_type === 'Violent demonstration' || e.type.sub_event_type === 'Mob violence') && e.drafts.some(crowdAct));
  if (!riot) return events;
  const folded = new Set<EventAcc>();
  for (const e of events) {
    if (e === riot || e.background || e.type.event_type !== 'Protests' || !sameDay(riot, e) || !samePlace(riot, e)) continue;
    folded.add(e);
    absorb(riot, e, true);
  }
  return folded.size ? events.filter((e) => !folded.has(e)) : events;
}

/** state forces (or forces abroad) acting on people: the police's violence at a protest */
const FORCE = new Set([1, 8]);

/**
 * folds, in a brief, the forces' attack on people told after a gathering into that protest (ACLED
 * codes the demonstration with the intervention, not a second event): "marchers gathered ...;
 * security forces attacked the students, injuring five". Killing or shooting makes it excessive force.
 */
export function foldForceIntoProtest(events: EventAcc[]): EventAcc[] {
  const protest = events.find((e) => !e.background && e.type.event_type === 'Protests' && e.drafts.some(crowdAct));
  if (!protest) return events;
  const at = firstStart(protest);
  const folded = new Set<EventAcc>();
  for (const e of events) {
    if (e === protest || e.background || e.type.sub_event_type !== 'Attack' || firstStart(e) < at) continue;
    if (!e.agent || !FORCE.has(e.agent.inter) || (e.target && e.target.inter !== 7 && e.target.inter !== 6)) continue;
    if (!sameDay(protest, e) || !samePlace(protest, e)) continue;
    folded.add(e);
    absorb(protest, e, true);
    protest.target ??= e.agent;
    for (const w of e.weapons) if (!protest.weapons.some((x) => x.start === w.start)) protest.weapons.push(w);
  }
  // (the forces' acts may also have joined the protest as its own mentions: "officers beat the marchers")
  // (in a later sentence: in the gathering's own sentence such an act is mostly its grievance, "protested
  // after a gendarme shot a driver")
  const opening = Math.min(...protest.drafts.filter(crowdAct).map((d) => d.sentence));
  const forced = folded.size > 0 || protest.drafts.some((d) => !!d.agent && FORCE.has(d.agent.inter) && !crowdAct(d) && d.sentence > opening);
  if (forced && protest.type.sub_event_type === 'Peaceful protest') protest.type = { ...protest.type, sub_event_type: 'Protest with intervention' };
  lethalIntervention(protest);
  return folded.size ? events.filter((e) => !folded.has(e)) : events;
}

/** a brief's intervention that killed is excessive force (ACLED: lethal force against protesters) */
function lethalIntervention(e: EventAcc): void {
  if (e.type.sub_event_type !== 'Protest with intervention') return;
  if ((casualtyTotal(e.casualties, 'killed') ?? 0) > 0) e.type = { ...e.type, sub_event_type: 'Excessive force against protesters' };
}

const REMOTE = new Set(['Shelling/artillery/missile attack', 'Grenade']);

/** the remote attack is done by one of the fight's sides, or by nobody named */
function sameSides(fight: EventAcc, e: EventAcc): boolean {
  if (!e.agent) return true;
  return [fight.agent, fight.target].some((x) => x && x.id === e.agent!.id && (x.country ?? '') === (e.agent!.country ?? ''));
}

/** folds, in a brief, shelling and grenades told with an armed clash between the same sides into it */
export function foldIntoFight(events: EventAcc[]): EventAcc[] {
  // (a fight whose sides the text names: a bare count of "shots and explosions" is no fight to fold into)
  const fight = events.find((e) => !e.background && e.type.sub_event_type === 'Armed clash' && !!e.agent);
  if (!fight) return events;
  const folded = new Set<EventAcc>();
  for (const e of events) {
    if (e === fight || e.background || !REMOTE.has(e.type.sub_event_type) || !sameDay(fight, e) || !samePlace(fight, e) || !sameSides(fight, e)) continue;
    // (one trigger read as two acts, "explosions and shots", is not a fight and its shelling)
    if (e.drafts.some((d) => fight.drafts.some((x) => x.trigger.start === d.trigger.start))) continue;
    folded.add(e);
    absorb(fight, e, false);
    for (const w of e.weapons) if (!fight.weapons.some((x) => x.start === w.start)) fight.weapons.push(w);
  }
  return folded.size ? events.filter((e) => !folded.has(e)) : events;
}

/** how far before a brief's first act a later-told act must lie to be its history rather than news */
const HISTORY_DAYS = 30;

/**
 * In a brief, an act dated by its own words more than a month before the act the brief opens with
 * ("... protested against the possible arrest of X. X stabbed a man in 2018.") is background history:
 * emitted with modality background, never as news of the reported day.
 */
export function markHistory(events: EventAcc[]): void {
  const first = events[0];
  if (!first?.date || !first.ownDate) return;
  const from = Date.parse(first.date.range[0]);
  for (const e of events) {
    if (e === first || !e.date || !e.ownDate || e.date.unanchored) continue;
    if (from - Date.parse(e.date.range[1]) > HISTORY_DAYS * DAY_MS) e.background = true;
  }
}

const TERRITORY = new Set(['Non-state actor overtakes territory', 'Government regains territory', 'Non-violent transfer of territory']);
/** how far before publication a change of control told in an article is its backdrop */
const TERRITORY_BACKDROP_DAYS = 30;

/**
 * In an article, a change of territorial control dated by its own words more than a month before
 * publication ("the M23 captured Goma in 2012", "the RSF seized the state capital in late June and
 * has held it since") is the backdrop of the news, not news: emitted with modality background.
 */
export function markOldTerritory(events: EventAcc[], published: string | undefined): void {
  if (!published) return;
  const pub = Date.parse(published);
  if (!Number.isFinite(pub)) return;
  for (const e of events) {
    if (!TERRITORY.has(e.type.sub_event_type) || !e.date || !e.ownDate || e.date.unanchored) continue;
    if (pub - Date.parse(e.date.range[1]) > TERRITORY_BACKDROP_DAYS * DAY_MS) e.background = true;
  }
}

const HARMS = new Set(['Attack', 'Abduction/forced disappearance', 'Sexual violence']);

/**
 * In a brief, a harm told after a gathering in the gathering's own sentence, done by nobody the
 * sentence names, is what the crowd protests about: "protested against Pakistan for ceasefire
 * violations and targeting civilians", "demonstrated to denounce that they were fired" (no event of
 * its own). Harm to the crowd itself ("... when gunmen fired on them") names its doers or its victims.
 */
export function dropProtestGrievances(events: EventAcc[]): EventAcc[] {
  const protest = events.find((e) => !e.background && e.type.event_type === 'Protests' && e.drafts.some((d) => d.trigger.cls === 'protest' && d.trigger.id !== 'intervene'));
  if (!protest) return events;
  const opened = protest.drafts.filter((d) => d.trigger.cls === 'protest' && d.trigger.id !== 'intervene');
  const dropped = new Set<EventAcc>();
  for (const e of events) {
    if (e === protest || e.background || !HARMS.has(e.type.sub_event_type) || e.agent) continue;
    if (e.target && e.target.inter !== 7) continue;
    if (!e.drafts.every((d) => !d.agent && opened.some((o) => o.sentence === d.sentence && o.trigger.start < d.trigger.start))) continue;
    dropped.add(e);
  }
  return dropped.size ? events.filter((e) => !dropped.has(e)) : events;
}
