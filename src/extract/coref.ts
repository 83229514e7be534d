// Stage 5: coreference. Drafts that describe an incident already coded ("the attack", "the second
// attack in a week", "the incident", a casualty verb in the same sentence, a follow-up sentence with
// no date or place of its own) are merged into it; drafts with their own, different place, date or
// agent stay separate ("two strikes in two places in one sentence are two events").
import type { TollShare } from './split-tolls.ts';
import type { CasualtyMention, DateMention, PlaceMention, SourceMention } from '../core/types.ts';
import type { ActorHit } from './actors.ts';
import type { Draft } from './builder.ts';
import { byModeOf, type TypeDecision } from './classify.ts';
import { samePlaceArea } from './places.ts';
import { distanceKm } from '../geo/resolve.ts';
import { ARMED_INTER } from './draft-context.ts';
import type { WeaponHit } from './weapons.ts';

export interface PlacedDraft extends Draft {
  date?: DateMention;
  /** the date came from the trigger's own sentence */
  ownDate: boolean;
  place?: PlaceMention;
  ownPlace: boolean;
  casualties: CasualtyMention[];
  background: boolean;
  /** index of the place when one trigger was split into one event per place */
  part?: number;
}

export interface EventAcc {
  drafts: PlacedDraft[];
  type: TypeDecision;
  agent?: ActorHit;
  target?: ActorHit;
  weapons: WeaponHit[];
  date?: DateMention;
  ownDate: boolean;
  place?: PlaceMention;
  ownPlace: boolean;
  casualties: CasualtyMention[];
  sentences: Set<number>;
  attributions: SourceMention[];
  background: boolean;
  /** an explosive attack that the attacked side answered with fire (return-fire.ts): the attacker,
   * named or not, is actor1 */
  answered?: boolean;
  /** a coded note's share of a toll it split among several events (split-tolls.ts) */
  tollShare?: TollShare;
}

const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);

function sameActor(a: ActorHit, b: ActorHit): boolean {
  if (a.affiliation && a.affiliation === b.affiliation) return true;
  // (one generic id covers many groups: "Bariba" and "Fulani" are both an ethnic militia, not one side)
  if (a.id !== b.id || a.template !== b.template) return false;
  return (a.country ?? '') === (b.country ?? '') || !a.country || !b.country;
}

/** "the militants", "gunmen" may name again the armed group the report named ("al Shabaab claimed the
 * blast ... 'The militants detonated it'"), when the mention names no place of its own */
function genericFor(g: ActorHit, named: ActorHit): boolean {
  return g.actorKind === 'generic' && named.actorKind === 'named' && (g.inter === 2 || g.inter === 3) && (named.inter === 2 || named.inter === 3);
}

function agentsConflict(e: EventAcc, d: PlacedDraft): boolean {
  return !!(e.agent && d.agent && !sameActor(e.agent, d.agent) && !(e.target && sameActor(e.target, d.agent))
    // (only for a mention that names no place of its own: elsewhere it is another group's act)
    && !(!d.ownPlace && (genericFor(d.agent, e.agent) || genericFor(e.agent, d.agent))));
}

const FIGHTS = new Set(['Battles', 'Riots']);
/** a definite mention of fighting without a date of its own ("the fighting", "the clashes") after a
 * fight or a riot: it refers back to it, whatever type its own words alone would get ("partisans
 * clashed with sticks. The fighting left three wounded": one riot). (After an attack on civilians
 * "the clashes" tells that the other side fought back, which is not a reference.) */
function violentAnaphor(e: EventAcc, d: PlacedDraft): boolean {
  return d.trigger.anaphoric && d.trigger.cls === 'clash' && !d.ownDate && FIGHTS.has(e.type.event_type);
}

function typeCompatible(e: EventAcc, d: PlacedDraft): boolean {
  if (!d.type) return true;
  if (d.trigger.cls === 'kill' || d.trigger.cls === 'anaphor') return VIOLENT.has(e.type.event_type) || e.type.event_type === 'Protests';
  if (d.type.event_type === e.type.event_type) return true;
  if (violentAnaphor(e, d)) return true;
  // a generic "attack"/"killing" without a weapon is refined by a mention that names one
  if (isGeneric(d) || e.drafts.every(isGeneric)) return VIOLENT.has(e.type.event_type) && VIOLENT.has(d.type.event_type);
  // interceptions and seizures of the weapons used belong to the attack
  if (d.trigger.cls === 'disrupt' && e.type.event_type === 'Explosions/Remote violence' && (!d.ownDate || e.sentences.has(d.sentence))) return true;
  // "entered the town without a fight": one transfer, not a capture
  if ((d.trigger.cls === 'transfer' && e.drafts.some((x) => x.trigger.cls === 'seize')) || (d.trigger.cls === 'seize' && e.drafts.some((x) => x.trigger.cls === 'transfer'))) return true;
  // a protest and what the police did to it are one event
  if (e.type.event_type === 'Protests' && (d.trigger.cls === 'arrest' || d.type.event_type === 'Riots')) return true;
  if (d.type.event_type === 'Protests' && e.type.event_type === 'Riots') return true;
  return false;
}

/** a draft without a type, or an "attack"/"killing" that names no weapon (a module function: tsx
 * names every closure it creates, and this one was made per call) */
function isGeneric(x: PlacedDraft): boolean {
  return !x.type || x.type.strength === 0 || ((x.trigger.cls === 'attack' || x.trigger.cls === 'kill') && x.type.strength < 2);
}

/** two points of one town: a quarter of a city and the city ("Kharkiv" and its Saltivskyi district) */
const TOWN_KM = 10;
function withinTown(a: PlaceMention, b: PlaceMention): boolean {
  return a.country === b.country && (a.feature === 'city' || a.feature === 'site') && (b.feature === 'city' || b.feature === 'site') && distanceKm(a.latitude, a.longitude, b.latitude, b.longitude) <= TOWN_KM;
}

function dateConflict(e: EventAcc, d: PlacedDraft): boolean {
  if (!e.date || !d.date || !d.ownDate || !e.ownDate) return false;
  return d.date.range[1] < e.date.range[0] || d.date.range[0] > e.date.range[1];
}

function placeConflict(e: EventAcc, d: PlacedDraft): boolean {
  if (!e.place || !d.place || !d.ownPlace) return false;
  // "the protest followed ... in Mastung": a definite mention refers back; its place may be another NP's
  if (d.trigger.anaphoric && !d.ownDate) return false;
  if ((d.trigger.weak || d.trigger.cls === 'kill') && !d.ownDate) return false;
  return !samePlaceArea(e.place, d.place);
}

export function newEvent(d: PlacedDraft): EventAcc {
  return {
    drafts: [d], type: d.type!, agent: d.agent, target: d.target, weapons: [...d.weapons], date: d.date, ownDate: d.ownDate,
    place: d.place, ownPlace: d.ownPlace, casualties: [...d.casualties], sentences: new Set([d.sentence]), attributions: [], background: d.background,
  };
}

/** battles in which ground changes hands */
const TAKEN = new Set(['Non-state actor overtakes territory', 'Government regains territory']);

function merge(e: EventAcc, d: PlacedDraft): void {
  const weakFollowUp = !e.sentences.has(d.sentence) && (d.trigger.cls === 'kill' || d.trigger.cls === 'anaphor' || d.trigger.weak);
  e.drafts.push(d);
  e.sentences.add(d.sentence);
  if (weakFollowUp) {
    for (const c of d.casualties) if (!e.casualties.some((x) => x.start === c.start)) e.casualties.push(c);
    // "Gunmen stormed the village. Two were killed there on Saturday.": a follow-up that tells the
    // day dates an event that had none of its own
    // (an act a proceeding is about carries its sentence's date without owning it, prior-act.ts: any
    // date the follow-up tells is the act's, "He shot her in March 2019")
    if (d.ownDate && !e.ownDate && (d.date?.precision === 1 || e.date?.sentence === e.drafts[0].sentence)) [e.date, e.ownDate] = [d.date, true];
    return;
  }
  // ("the abducted traders were tortured"): an act told as done in the same sentence makes an event
  // that began there as a background mention its own, with its kind
  if (e.background && !d.background && d.type && e.sentences.size === 1 && e.drafts[0].sentence === d.sentence) [e.type, e.background] = [d.type, false];
  else if (d.trigger.cls === 'disrupt' && e.type.event_type === 'Explosions/Remote violence') { /* keep the attack's type */ }
  // (a reference back names the event told; it does not retell its kind)
  else if (violentAnaphor(e, d) && d.type!.event_type !== e.type.event_type) { /* keep the event's type */ }
  else if (d.trigger.cls === 'transfer') e.type = d.type!;
  // "attacked a camp ... burned dozens of huts": burning in the course of an attack is part of it
  // (a crowd's burning is a riot only when no armed attack or battle is being told)
  else if (d.trigger.cls === 'riot' && d.type?.sub_event_type === 'Mob violence' && (e.type.sub_event_type === 'Attack' || e.type.sub_event_type === 'Armed clash')) { /* keep the attack's type */ }
  else if (d.trigger.cls === 'seize' && e.drafts.some((x) => x.trigger.cls === 'transfer')) { /* transfer wins */ }
  // ("captured the town after heavy fighting"): ground that changed hands in the fight is what ACLED
  // codes; the fight is how it was taken
  else if (TAKEN.has(e.type.sub_event_type) && d.type?.sub_event_type === 'Armed clash') { /* keep the capture */ }
  else if (d.type && TAKEN.has(d.type.sub_event_type) && e.type.sub_event_type === 'Armed clash') e.type = d.type;
  else if (d.type && d.trigger.cls !== 'kill' && (d.type.strength > e.type.strength || (d.type.event_type === 'Protests' && e.type.event_type === 'Protests' && d.type.sub_event_type !== 'Peaceful protest'))) e.type = d.type;
  for (const w of d.weapons) if (!e.weapons.some((x) => x.start === w.start)) e.weapons.push(w);
  // ("the army said it had repelled an attack by the RSF"): in a fight, the doer of the other mention
  // is the other side
  if (!e.target && !d.target && d.agent && e.agent && !sameActor(d.agent, e.agent) && e.type.event_type === 'Battles') e.target = d.agent;
  e.agent ??= d.agent;
  if (!e.target && d.target && d.target !== e.agent) e.target = d.target;
  // the attackers first named as the dead ("rebels died as troops beat off their assault") are the
  // agent; the other side this mention names becomes the target
  else if (e.target && e.agent && d.target && sameActor(e.target, e.agent) && !sameActor(d.target, e.agent)) e.target = d.target;
  if (d.ownDate && (!e.ownDate || (d.date && e.date && d.date.precision < e.date.precision))) [e.date, e.ownDate] = [d.date, true];
  if (d.place && d.ownPlace && (!e.place || !e.ownPlace || (samePlaceArea(e.place, d.place) && rank(d.place) < rank(e.place)))) [e.place, e.ownPlace] = [d.place, true];
  for (const c of d.casualties) if (!e.casualties.some((x) => x.start === c.start)) e.casualties.push(c);
  // a remote weapon named in a follow-up ("the rockets were Katyushas") decides a guessed type
  const byMode = byModeOf(e.weapons.map((w) => w.mode));
  if (byMode && e.type.strength < 2 && VIOLENT.has(e.type.event_type) && e.type.event_type !== 'Riots') e.type = byMode;
}

/** the last sentence of an event (a loop: spreading the set into Math.max made an array per call) */
export function lastSentence(e: EventAcc): number {
  let last = -Infinity;
  for (const i of e.sentences) if (i > last) last = i;
  return last;
}

/** the first sentence of an event */
export function firstSentence(e: EventAcc): number {
  let first = Infinity;
  for (const i of e.sentences) if (i < first) first = i;
  return first;
}

function rank(p: PlaceMention): number {
  return { site: 0, city: 1, admin2: 2, admin1: 3, region: 3, country: 4 }[p.feature] ?? 4;
}

const FIRE = new Set(['Battles', 'Explosions/Remote violence']);
/** fire told without a doer after a fight or a shelling ("a mortar shell fell inside the camp",
 * "monitors counted 40 explosions near the village"): more of the same exchange */
function agentlessFire(e: EventAcc, d: PlacedDraft): boolean {
  return !d.agent && !!d.type && FIRE.has(d.type.event_type) && FIRE.has(e.type.event_type) && d.type.sub_event_type !== 'Air/drone strike';
}

/** words of a weak protest trigger that are speech, not a gathering ("demanded", "chanted") */
const SPEECH = /^(?:demand|chant|commemorat|boycott)/i;
/** the act retold with the words that told it ("trucks were set on fire ... before setting the vehicles
 * on fire"): the same lexicon entry, whatever type the later sentence's actors alone would give */
function sameWords(e: EventAcc, d: PlacedDraft): boolean {
  // (a definite noun, "the raid", names the act by its kind, and that name may correct the first
  // sentence's reading: it is left to the rules for references)
  return !d.trigger.anaphoric && e.drafts.some((x) => x.trigger.id === d.trigger.id && x.trigger.cls === d.trigger.cls);
}

/** a demand or a chant told after the note's event ("They demanded a ransom before freeing him on 8
 * May", "The crowd demanded that shops open on Sunday"): what the people already told said; a day in
 * it is the demand's content, not a new act's */
function toldDemand(d: PlacedDraft): boolean {
  return d.trigger.weak && d.trigger.cls === 'protest' && /^(?:demand|chant)/i.test(d.trigger.text);
}

const FORCE_CLASSES = new Set(['attack', 'shell', 'air']);
/** the weak words that tell a blow ("responded", "violence" or "siege" tell none by themselves) */
const BLOW = /^(?:hit|hits|struck|strike|strikes|striking|targets|fire|fires|firing)$/i;
/** a weak word ("hit", "striking") that armed men aim at an armed target or with a weapon: "warplanes
 * are striking Daesh positions", "the army hit positions with a ballistic missile" */
function armedBlow(d: PlacedDraft): boolean {
  if (!FORCE_CLASSES.has(d.trigger.cls) || !BLOW.test(d.trigger.text) || !d.agent || !ARMED_INTER.has(d.agent.inter)) return false;
  return d.weapons.length > 0 || (!!d.target && ARMED_INTER.has(d.target.inter));
}

/** "its air defences had destroyed 22 Ukrainian drones": armed forces bringing down or seizing
 *  weapons, told with a weak verb, are an act of their own even with no day named */
function armedDisruption(d: PlacedDraft): boolean {
  // (and "its fighters had destroyed two Israeli tanks": armour destroyed in a fight)
  const destroyedArmour = d.trigger.cls === 'clash' && /^destroy/i.test(d.trigger.text);
  return (d.trigger.cls === 'disrupt' || destroyedArmour) && !!d.agent && ARMED_INTER.has(d.agent.inter) && !!d.type;
}

/**
 * a weak trigger that is an act even without a date of its own, in a brief that gives no date at
 * all (an undated note): a gathering, a march or a blockade, or harm with a doer and a toll
 */
function undatedAct(d: PlacedDraft): boolean {
  if (d.trigger.cls === 'protest') return !SPEECH.test(d.trigger.text);
  return !!d.agent && d.casualties.length > 0;
}

const ARMED_ACT = new Set(['Battles', 'Explosions/Remote violence']);

/** the latest armed event told shortly before a quoted account whose sides agree with it */
function retold(events: EventAcc[], d: PlacedDraft): EventAcc | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (d.sentence - lastSentence(e) > 4) return undefined;
    // (an armed assault: a fight or a blow from afar; "attacked us" after an abduction may be its own act)
    if (e.background || !ARMED_ACT.has(e.type.event_type)) continue;
    const sides = [e.agent, e.target].filter((x): x is ActorHit => !!x);
    const named = [d.agent, d.target].filter((x): x is ActorHit => !!x && x.actorKind === 'named');
    // (a named side of the account must be a side of the event: another group's act is another event)
    if (named.length && named.every((x) => sides.some((y) => sameActor(x, y)))) return e;
    if (!named.length) return e;
  }
  return undefined;
}

/**
 * merges drafts (in text order) into events. In a brief (a coded note or a wire brief of a few
 * sentences) a later sentence without its own date or a "separate incident" cue elaborates the
 * first event: its facts join it instead of making a new one.
 */
export function corefer(drafts: PlacedDraft[], opts: { brief?: boolean; separate?: Set<number>; undated?: boolean; quoted?: (d: PlacedDraft) => boolean } = {}): EventAcc[] {
  const events: EventAcc[] = [];
  for (let d of drafts) {
    let into: EventAcc | undefined;
    // ("'Al Shabaab fighters attacked us from three directions,' said a captain"): in an article, a
    // witness's quoted account of an attack or a fight with no day or place of its own retells the
    // armed event told before it, whatever kind its own words name
    if (!opts.brief && opts.quoted && d.type && (d.trigger.cls === 'attack' || d.trigger.cls === 'clash') && !d.ownDate && !d.ownPlace && !d.background && opts.quoted(d)) {
      const e = retold(events, d);
      if (e) { merge(e, { ...d, type: e.type }); continue; }
    }
    if (opts.brief && events.length && (!d.ownDate || toldDemand(d)) && !opts.separate?.has(d.sentence) && !events[0].sentences.has(d.sentence) && d.trigger.cls !== 'anaphor') {
      const first = events[0];
      // a weak or compatible mention elaborates the first event; a strong mention of another
      // kind ("Police later arrested two suspects") stays its own event
      if ((!placeConflict(first, d) && (!d.type || typeCompatible(first, d) || agentlessFire(first, d) || sameWords(first, d))) || d.trigger.weak) {
        if (d.type && !typeCompatible(first, d)) d = { ...d, type: first.type };
        merge(first, d);
        continue;
      }
    }
    // "The attack came in reaction to the murder of a farmer in X on 6 March": in a brief a definite
    // mention in a later sentence refers back to an event told, whatever day or place its sentence
    // names; it joins the latest event of its kind
    // (one of another kind may be the first event's better name: "raided the town and fired tear
    // gas. The reason for the raid ...", so it is left to the rules below)
    if (opts.brief && events.length && d.trigger.anaphoric && d.trigger.cls !== 'anaphor' && d.type && !opts.separate?.has(d.sentence) && d.sentence > firstSentence(events[0])) {
      let to: EventAcc | undefined;
      for (let i = events.length - 1; !to && i >= 0; i--) if (typeCompatible(events[i], d)) to = events[i];
      if (to) { merge(to, { ...d, ownDate: false, ownPlace: false }); continue; }
    }
    // a casualty verb in a sentence that holds several events goes to the first of them
    // (not a past or running count told beside the act: "...; more than 300 have been killed there since January")
    if (d.trigger.cls === 'kill' && d.part === undefined && !d.background) into = events.find((e) => e.sentences.has(d.sentence) && typeCompatible(e, d));
    for (let i = events.length - 1; !into && i >= 0 && i >= events.length - 4; i--) {
      const e = events[i];
      if (d.sentence - lastSentence(e) > 4) break;
      if (!typeCompatible(e, d) || (placeConflict(e, d) && !(!d.ownDate && !d.agent && e.place && d.place && withinTown(e.place, d.place))) || dateConflict(e, d)) continue;
      if (d.background && !e.background && d.trigger.cls === 'kill' && e.sentences.has(d.sentence)) continue;
      // parts of a split trigger are separate events by construction
      if (d.part !== undefined && e.drafts.some((x) => x.trigger.start === d.trigger.start)) continue;
      const sameSentence = e.sentences.has(d.sentence);
      if (d.trigger.cls === 'anaphor' || (sameSentence && (d.trigger.cls === 'kill' || !d.ownPlace || (e.place && d.place && e.place.name === d.place.name)))) { into = e; break; }
      if (agentsConflict(e, d)) continue;
      // (a place of its own in the same area does not make a new act: "Russian artillery struck
      // Kharkiv ... Shells hit a tram depot in the city's Saltivskyi district")
      const followUp = !d.ownDate && !d.agent && (!d.ownPlace || (!!e.place && !!d.place && d.type?.event_type === e.type.event_type && withinTown(e.place, d.place)));
      const sameDay = d.ownDate && e.date && d.date && d.date.date === e.date.date;
      const sameAgent = !!(d.agent && e.agent && sameActor(e.agent, d.agent));
      if (d.trigger.anaphoric || followUp || d.trigger.cls === 'kill' || (sameAgent && (sameDay || !d.ownDate))) { into = e; break; }
    }
    if (into) merge(into, d);
    // a weak trigger ("injured", "gathered") stands alone only with a date of its own and some content
    else if (d.trigger.cls !== 'anaphor' && d.type && (!d.trigger.weak || (d.ownDate && (d.agent || d.target || d.casualties.length > 0 || d.trigger.cls === 'protest')) || (opts.undated && undatedAct(d)) || armedBlow(d) || armedDisruption(d))) events.push(newEvent(d));
  }
  return events;
}
