// The context classify() decides a draft's type from. Most cues cost a regex over part of the
// sentence or a scan of its tokens, and each trigger class reads only a few of them, so the
// costlier ones are getters computed on first read (computing all of them for every draft was a
// measurable share of extraction). Every cue is a pure function of the sentence and the draft:
// when it is computed does not change what it is.
import type { Inter, Sentence } from '../core/types.ts';
import type { ActorHit } from './actors.ts';
import type { DocFlags, SentenceAnalysis } from './builder.ts';
import type { TypeContext } from './classify.ts';
import type { TriggerClass, WeaponMode } from './lexicon.ts';
import type { TriggerHit } from './triggers.ts';
import type { WeaponHit } from './weapons.ts';
import { TERRITORY, communalContext, militaryObject } from './objects.ts';
import { unclaimedDamage } from './unclaimed.ts';
import { suspectNear, suspectTarget } from './trigger-cues.ts';
import { collectiveAgent, grievanceArrest, intransitiveDeath, personalAgent } from './context.ts';

const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got', 'get']);

/** a form of "be"; an all-capitals "IS" is the group's name, not the verb */
export function isBe(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  return !!t && BE.has(t.norm) && !/^[A-Z]{2,}$/.test(t.text);
}

export function isPassive(s: Sentence, tr: TriggerHit): boolean {
  // ("were burning tyres", "was shooting at cars": a progressive is active)
  if (s.tokens[tr.startToken]?.norm.endsWith('ing')) return false;
  for (let k = tr.startToken - 1; k >= 0 && k >= tr.startToken - 3; k--) {
    const n = s.tokens[k].norm;
    if (isBe(s, k)) return true;
    if (!n.endsWith('ly') && !PASSIVE_ADVERB.has(n)) return false;
  }
  return false;
}
/** adverbs without -ly that may stand between "were" and its participle ("were also killed", "were later freed") */
const PASSIVE_ADVERB = new Set(['also', 'later', 'then', 'all', 'both', 'again', 'already', 'soon', 'each', 'just']);

export const ARMED_INTER = new Set([1, 2, 3, 4, 8]);
/** the intervention words that are blows, not a dispersal */
const FORCE_ON_PEOPLE = /^(?:lathi|baton)[ -]?charge|^used force/i;
/** a quarrel between neighbours, not a fight between armed groups */
const DISPUTE = /\b(?:disputes?|quarrel(?:led|ed|s)?|argument|altercation|brawl|feud|rivalry over|scuffle)\b/i;
/** words for fire that do not say which weapon fired ("64 shots/bursts" may be heavy machine guns) */
const FIRE_WORDS = /^(?:shots?|bursts?|shots\/bursts|shooting|opened fire|shot at)$/i;
/** a fight named as a gunfight */
const GUNFIGHT = /shoot-?outs?|gun ?battles?|gunfights?|fire ?fights?|exchange[sd]? of (?:gun)?fire|exchanged (?:gun)?fire|returned (?:the )?(?:gun)?fire/i;
const GUNFIGHT_NEAR = /\barmed (?:clash|clashes|confrontation|fighting)\b|\bshoot-?outs?\b|\bexchanged (?:gun)?fire\b|\bfiring (?:from )?(?:rifles|guns)\b/i;
/** both sides fired: an exchange, not one side's shelling */
const TWO_SIDED = /\b(?:both directions|(?:from|on) (?:both|each) sides?|one from each side|exchang(?:ed|es?|ing) (?:of )?(?:artillery |mortar |heavy |rocket )?(?:fire|shelling|shells|gunfire)|shelling exchanges?|traded (?:artillery )?fire|returned fire)\b/i;
/** objects of fire that make it fire at civilians, not at an armed side */
const CIVILIAN_OBJECT = /\b(?:residential|neighbou?rhoods?|houses?|homes?|farms?|villages?|civilians?|fishermen|fishing boats?|markets?|schools?|hospitals?|people|vehicles? of civilians)\b/i;
/** objects of fire that are an area, not a side */
const AREA_OBJECT = /\bat (?:the )?(?:[\w'-]+ ){0,6}(?:areas?|district|city|town|outskirts|countryside|localities|surroundings)\b|\b(?:east|west|north|south) of\b/i;

function territorial(a: SentenceAnalysis, tr: TriggerHit, places: { start: number }[]): boolean {
  // the trigger's own words count ("seized the town of X")
  for (let k = tr.startToken; k < Math.min(a.s.tokens.length, tr.endToken + 5); k++) if (TERRITORY.has(a.s.tokens[k].norm)) return true;
  if (/control|overran|overrun|took over|taken over|advanced|entered|fell/i.test(tr.text)) return true;
  return places.some((p) => p.start >= tr.end && p.start - tr.end < 40);
}

/** small arms among the weapons, not just "shots" */
export function smallArmsIn(weapons: WeaponHit[]): boolean {
  return weapons.some((w) => w.mode === 'small' && !FIRE_WORDS.test(w.text));
}

/** cues of a sentence that all its drafts share, each computed on first use */
export class SentenceCues {
  #dispute: boolean | undefined = undefined;
  #twoSided: boolean | undefined = undefined;
  #communal: boolean | undefined = undefined;
  readonly #a: SentenceAnalysis;
  readonly #inferInter: (x: ActorHit) => number;
  readonly #protestContext: boolean;
  constructor(a: SentenceAnalysis, inferInter: (x: ActorHit) => number, protestContext: boolean) {
    this.#a = a;
    this.#inferInter = inferInter;
    this.#protestContext = protestContext;
  }
  /** the sentence says both sides fired ("exchanged artillery fire", "in both directions") */
  get twoSided(): boolean {
    return (this.#twoSided ??= this.#a.triggers.length > 0 && TWO_SIDED.test(this.#a.s.text));
  }
  /** herders and farmers named together, outside a demonstration */
  get communal(): boolean {
    return (this.#communal ??= !this.#protestContext && communalContext(this.#a.s));
  }
  /** the sentence speaks of a quarrel and names no armed party */
  get dispute(): boolean {
    return (this.#dispute ??= DISPUTE.test(this.#a.s.text) && !this.#a.actors.some((x) => ARMED_INTER.has(this.#inferInter(x))));
  }
}

/** what the builder has already decided about one draft */
export interface DraftFacts {
  a: SentenceAnalysis;
  tr: TriggerHit;
  agent: ActorHit | undefined;
  target: ActorHit | undefined;
  weapons: WeaponHit[];
  places: { start: number }[];
  cues: SentenceCues;
  agentInter: Inter | undefined;
  targetInter: Inter | undefined;
  civilianVictims: boolean;
  armedVictims: boolean;
  protestContext: boolean;
  /** the protest cues of the sentence's window (read only by rules about demonstrations) */
  flags: DocFlags;
  targetAttached: boolean;
}

const FIRING = /^(?:fired|opened fire|open fire|opening fire)\b/i;

export class DraftContext implements TypeContext {
  readonly cls: TriggerClass;
  readonly modes: WeaponMode[];
  readonly agentInter: Inter | undefined;
  readonly targetInter: Inter | undefined;
  readonly civilianVictims: boolean;
  readonly armedVictims: boolean;
  readonly protestContext: boolean;
  readonly nominal: boolean;
  readonly targetAttached: boolean;
  readonly triggerId: string;
  readonly #f: DraftFacts;
  // memos of the getters (one field each: every context has the same shape)
  #territorialObject: boolean | undefined = undefined;
  #agentCollective: boolean | undefined = undefined;
  #agentPersonal: boolean | undefined = undefined;
  #custodial: boolean | undefined = undefined;
  #militaryObject: boolean | undefined = undefined;
  #armedFight: boolean | undefined = undefined;
  #suspectVictim: boolean | undefined = undefined;
  #smallArms: boolean | undefined = undefined;
  #civilianObject: boolean | undefined = undefined;
  #areaObject: boolean | undefined = undefined;
  #unclaimedDamage: boolean | undefined = undefined;

  constructor(f: DraftFacts) {
    this.#f = f;
    this.cls = f.tr.cls;
    this.modes = f.weapons.map((w) => w.mode);
    // "fired into the crowd", "opened fire on them": firing with no weapon named is gunfire
    if (!this.modes.length && FIRING.test(f.tr.text)) this.modes = ['small'];
    this.agentInter = f.agentInter;
    this.targetInter = f.targetInter;
    this.civilianVictims = f.civilianVictims;
    this.armedVictims = f.armedVictims;
    this.protestContext = f.protestContext;
    this.nominal = f.tr.pos === 'noun';
    this.targetAttached = f.targetAttached;
    this.triggerId = f.tr.id;
  }

  /** the sentence text from `from` characters after the trigger's end to `to` (sentence-relative) */
  #after(from: number, to?: number): string {
    const { a, tr } = this.#f;
    const at = tr.end - a.s.start;
    return a.s.text.slice(at + from, to === undefined ? undefined : at + to);
  }

  get triggerText(): string {
    return this.#f.tr.text;
  }
  get forceOnPeople(): boolean {
    return FORCE_ON_PEOPLE.test(this.#f.tr.text);
  }
  get arrestOfEarlierCrowd(): boolean {
    const { a, tr, flags } = this.#f;
    if (tr.cls !== 'arrest' || !flags.protestEarlier) return false;
    const next = a.s.tokens[tr.endToken]?.norm;
    return next === 'them' || (next === 'the' && /^(?:protesters|protestors|demonstrators|participants|marchers|strikers)$/.test(a.s.tokens[tr.endToken + 1]?.norm ?? ''));
  }
  get crowdInDocument(): boolean {
    return !!this.#f.flags.crowdInDocument;
  }
  get crowdMissiles(): boolean {
    return !!this.#f.flags.crowdMissiles;
  }
  get ownProtest(): boolean {
    return !!this.#f.flags.protestInSentence;
  }
  get intervention(): boolean {
    return this.#f.flags.intervention;
  }
  get excessiveForce(): boolean {
    return this.#f.flags.excessive;
  }
  get protesterViolence(): boolean {
    return this.#f.flags.protesterViolence;
  }
  get territorialObject(): boolean {
    return (this.#territorialObject ??= territorial(this.#f.a, this.#f.tr, this.#f.places));
  }
  get agentCollective(): boolean {
    return (this.#agentCollective ??= collectiveAgent(this.#f.a.s, this.#f.agent));
  }
  // (not "workers were found dead": before a passive or a death verb the subject is the victim)
  get agentPersonal(): boolean {
    const { a, tr } = this.#f;
    const i = this.agentInter;
    return (this.#agentPersonal ??= (i === undefined || i === 5 || i === 7) && !isPassive(a.s, tr) && !intransitiveDeath(tr) && personalAgent(a.s, a.clause, tr));
  }
  get agentRioters(): boolean {
    return !!this.#f.agent && /\briot/i.test(this.#f.agent.text);
  }
  get targetPlural(): boolean {
    const t = this.#f.target;
    return !!t && /(?:s|people|men|women|youth)$/i.test(t.text) && !/(?:ss|us)$/i.test(t.text);
  }
  get grievance(): boolean {
    const { a, tr } = this.#f;
    return tr.cls === 'arrest' && this.protestContext && grievanceArrest(a.s, a.clause, tr);
  }
  get custodial(): boolean {
    const { a, tr } = this.#f;
    return (this.#custodial ??= /tortur|custody|detention|prison/i.test(a.s.text.slice(tr.start - a.s.start, tr.end - a.s.start + 16)));
  }
  /** damage done by people the sentence leaves unknown, with no crowd or fight around it */
  get unclaimedDamage(): boolean {
    const { a, tr, agent } = this.#f;
    return (this.#unclaimedDamage ??= unclaimedDamage(a, tr, agent, this.#f.flags.protest || !!this.#f.flags.crowdInDocument));
  }
  get militaryObject(): boolean {
    return (this.#militaryObject ??= militaryObject(this.#f.a, this.#f.tr));
  }
  get armedFight(): boolean {
    const { a, tr } = this.#f;
    return (this.#armedFight ??= GUNFIGHT.test(tr.text) || GUNFIGHT_NEAR.test(a.s.text.slice(Math.max(0, tr.start - a.s.start - 12), tr.end - a.s.start + 40)) || this.smallArms);
  }
  get suspectVictim(): boolean {
    return (this.#suspectVictim ??= suspectNear(this.#f.a, this.#f.tr) || suspectTarget(this.#f.a, this.#f.target));
  }
  get twoSided(): boolean {
    return this.#f.cues.twoSided;
  }
  get dispute(): boolean {
    return this.#f.cues.dispute;
  }
  get smallArms(): boolean {
    return (this.#smallArms ??= smallArmsIn(this.#f.weapons));
  }
  get civilianObject(): boolean {
    return (this.#civilianObject ??= CIVILIAN_OBJECT.test(this.#after(0)));
  }
  get areaObject(): boolean {
    return (this.#areaObject ??= AREA_OBJECT.test(this.#after(0, 120)));
  }
}
