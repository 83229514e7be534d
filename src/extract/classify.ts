// Context rules that turn a trigger class into an ACLED event_type / sub_event_type, using the
// weapons near the trigger and the categories of the agent, the target and the victims.
// Each rule is one line of a decision list; `strength` says how sure the rule is
// (2: decided by a weapon or an unambiguous trigger, 1: by actors, 0: a default guess that a
// later mention of the same incident may overrule).
import type { EventType, Inter, SubEventType } from '../core/types.ts';
import type { TriggerClass, WeaponMode } from './lexicon.ts';
import { MODE_RANK } from './weapons.ts';

export interface TypeContext {
  cls: TriggerClass;
  /** the weapon modes found with the trigger */
  modes: WeaponMode[];
  agentInter?: Inter;
  targetInter?: Inter;
  /** casualties or victims named as civilians / as armed men */
  civilianVictims: boolean;
  armedVictims: boolean;
  /** sentence or document speaks of a demonstration */
  protestContext: boolean;
  /** police/force intervention cues (dispersed, tear gas, arrested protesters) */
  intervention: boolean;
  /** deaths or live fire against demonstrators */
  excessiveForce: boolean;
  /** demonstrators used violence (stones, vandalism, arson, clashed with police) */
  protesterViolence: boolean;
  /** the object of "seized/captured" is a place or position (else property) */
  territorialObject: boolean;
  /** the trigger is used as a noun ("the arrest of the editor") */
  nominal?: boolean;
  /** the agent is a crowd of unarmed people ("villagers", "a group of youths", "300 people"),
   * not one or a few individuals ("a man", "two men") */
  agentCollective?: boolean;
  /** damage by people the sentence leaves unknown, with no crowd or fight around it */
  unclaimedDamage?: boolean;
  /** the agent names itself as rioters ("rioters blocked the road") */
  agentRioters?: boolean;
  /** the target attached from the sentence structure, not only from a casualty phrase */
  targetAttached?: boolean;
  /** the arrest is the protest's grievance or a legal case, not police action at the protest */
  grievance?: boolean;
  /** the target is many people ("police detained 35 people, among them three students") */
  targetPlural?: boolean;
  /** small arms are named among the weapons ("heavy machine guns and small arms"), not just "shots" */
  smallArms?: boolean;
  /** the sentence says both sides fired ("exchanged artillery fire", "in both directions") */
  twoSided?: boolean;
  /** the fire is aimed at homes, farms, villages or civilians rather than at positions */
  civilianObject?: boolean;
  /** the victim is a suspected criminal ("killed a presumed thief"): the violence is popular justice */
  suspectVictim?: boolean;
  /** the sentence speaks of a dispute or quarrel (land, water, a debt) */
  dispute?: boolean;
  /** the killing is torture or a death in custody: violence against a defenceless person */
  custodial?: boolean;
  /** the object of the attack is a military facility or unit ("attacked an army base", "a convoy") */
  militaryObject?: boolean;
  /** the fight is named as a gunfight ("armed clashes", "a shoot-out", "exchanged fire") or fought with guns */
  armedFight?: boolean;
  /** the fire is aimed at an area ("at X district", "east of the city") rather than at a side */
  areaObject?: boolean;
  /** the agent is named by kin, trade or community ("four brothers", "a farmer and his sons") */
  agentPersonal?: boolean;
  /** the trigger's lexicon entry id */
  triggerId?: string;
  /** the trigger's words */
  triggerText?: string;
  /** an intervention word that is blows, not a dispersal ("baton-charged", "used force") */
  forceOnPeople?: boolean;
  /** the protest cue is in the trigger's own sentence, not only in a neighbour */
  ownProtest?: boolean;
  /** a crowd (rioters, a mob, demonstrators, inmates) is named somewhere in the report */
  crowdInDocument?: boolean;
  /** the arrest's object is "them" or the demonstrators, and a demonstration is told a few sentences before */
  arrestOfEarlierCrowd?: boolean;
  /** the trigger's sentence or a neighbour tells things thrown ("pelted stones", "hurled firecrackers") */
  crowdMissiles?: boolean;
}

export interface TypeDecision {
  event_type: EventType;
  sub_event_type: SubEventType;
  strength: 0 | 1 | 2;
}

/** state forces (police, army) */
const STATE = new Set([1]);
const ARMED = new Set<Inter>([1, 2, 3, 4, 8]);
const CROWD = new Set<Inter>([5, 6]);
/** rebels, militias and unidentified armed groups */
const NON_STATE_ARMED = new Set<Inter>([2, 3, 4]);
/** unarmed parties: rioters, protesters, civilians */
const UNARMED = new Set<Inter>([5, 6, 7]);

/** the strongest remote-weapon mode present, if any */
export function remoteMode(modes: WeaponMode[]): WeaponMode | null {
  let best: WeaponMode | null = null;
  for (const m of modes) if (MODE_RANK[m] >= 4 && (!best || MODE_RANK[m] > MODE_RANK[best])) best = m;
  return best;
}

function byMode(mode: WeaponMode): TypeDecision {
  const E: EventType = 'Explosions/Remote violence';
  switch (mode) {
    case 'suicide': return { event_type: E, sub_event_type: 'Suicide bomb', strength: 2 };
    case 'chemical': return { event_type: E, sub_event_type: 'Chemical weapon', strength: 2 };
    case 'air': return { event_type: E, sub_event_type: 'Air/drone strike', strength: 2 };
    case 'ied': return { event_type: E, sub_event_type: 'Remote explosive/landmine/IED', strength: 2 };
    case 'grenade': return { event_type: E, sub_event_type: 'Grenade', strength: 2 };
    default: return { event_type: E, sub_event_type: 'Shelling/artillery/missile attack', strength: 2 };
  }
}

const T = (event_type: EventType, sub_event_type: SubEventType, strength: 0 | 1 | 2): TypeDecision => ({ event_type, sub_event_type, strength });

function protestType(c: TypeContext): TypeDecision {
  // the coder's own word: "rioters blocked the road" is a violent demonstration
  if (c.protesterViolence || c.agentRioters) return T('Riots', 'Violent demonstration', c.agentRioters ? 2 : 1);
  if (c.excessiveForce) return T('Protests', 'Excessive force against protesters', 1);
  if (c.intervention) return T('Protests', 'Protest with intervention', 1);
  // a default that any later sign of intervention or violence in the same report overrules
  return T('Protests', 'Peaceful protest', 1);
}

/**
 * Violence by unarmed people (ACLED: a spontaneous crowd is "Mob violence"; one or a few
 * individuals, or anyone shooting, are an unidentified armed group committing an "Attack").
 */
function unarmedAgentType(c: TypeContext, armedTarget: boolean): TypeDecision {
  if (c.protestContext) return T('Riots', 'Violent demonstration', 1);
  if (c.suspectVictim && !c.modes.includes('small')) return T('Riots', 'Mob violence', 1);
  if (c.agentCollective && !c.modes.includes('small')) return T('Riots', 'Mob violence', 1);
  if (c.agentInter === 5 && !c.modes.includes('small')) return T('Riots', 'Mob violence', 1);
  if (c.agentPersonal && !armedTarget && !c.modes.includes('small')) return T('Riots', 'Mob violence', 1);
  // people without guns who beat up a soldier or a policeman are a mob, not one side of a battle
  // (ACLED: Battles need two organised armed sides)
  if (armedTarget && !c.modes.includes('small')) return T('Riots', 'Mob violence', 0);
  return armedTarget ? T('Battles', 'Armed clash', 0) : T('Violence against civilians', 'Attack', 1);
}

/** violence by an armed or unknown agent against someone: clash, attack on civilians, or riot */
function violenceType(c: TypeContext, strength: 0 | 1): TypeDecision {
  const a = c.agentInter;
  const t = c.targetInter;
  if (c.protestContext && c.excessiveForce && (a === 1 || a === 8)) return T('Protests', 'Excessive force against protesters', 1);
  const armedTarget = t !== undefined && ARMED.has(t) && c.targetAttached !== false;
  if (a !== undefined && UNARMED.has(a)) return unarmedAgentType(c, armedTarget);
  if (t === 6 && a !== undefined && ARMED.has(a)) return T('Protests', 'Excessive force against protesters', 1);
  // "a suspected thief was lynched/beaten to death": popular justice when nobody armed is named
  if (a === undefined && c.suspectVictim && !c.modes.includes('small') && !c.modes.some((m) => MODE_RANK[m] >= 4)) return T('Riots', 'Mob violence', 0);
  // "four brothers assaulted a herder": community members' violence without guns is a mob's
  if (a === undefined && c.agentPersonal && (t === undefined || t === 7) && !c.modes.includes('small') && !c.modes.some((m) => MODE_RANK[m] >= 4)) return T('Riots', 'Mob violence', 1);
  if (t === 7 || (t === undefined && c.civilianVictims)) return T('Violence against civilians', 'Attack', 1);
  // a base, checkpoint or convoy is held by armed men: attacking it is fighting them
  if (t === undefined && c.militaryObject) return T('Battles', 'Armed clash', 1);
  if (t !== undefined && ARMED.has(t)) return T('Battles', 'Armed clash', a !== undefined ? 1 : strength);
  if (c.armedVictims) return T('Battles', 'Armed clash', strength);
  return T('Violence against civilians', 'Attack', strength);
}

/** a fight between two sides: an armed clash only when no side is an unarmed crowd */
function clashType(c: TypeContext): TypeDecision {
  const sides = [c.agentInter, c.targetAttached === false ? undefined : c.targetInter].filter((x): x is Inter => x !== undefined);
  // sides that are people (not named armed groups) fighting over a dispute are a brawl, not a battle
  const unarmed = sides.some((x) => UNARMED.has(x)) || (!sides.length && (c.agentCollective || c.dispute));
  // demonstrators who fight the police make the protest a violent one, whatever came first
  if (c.protestContext && (c.protesterViolence || sides.some((x) => CROWD.has(x)))) return T('Riots', 'Violent demonstration', 2);
  // "clashes with the police broke out" at a demonstration: the other side is the demonstrators
  if (c.protestContext && sides.every((x) => x === 1 || x === 7) && !c.modes.includes('small')) return T('Riots', 'Violent demonstration', 2);
  // "inter-clan violence erupted": communities' militias fought, whoever was hurt (ACLED: communal
  // militias on both sides) unless an organised armed side is named
  if (c.triggerId === 'communal-violence' && !c.protestContext && !sides.some((x) => x === 1 || x === 2 || x === 3 || x === 8 || CROWD.has(x))) return T('Battles', 'Armed clash', 2);
  // "a shoot-out broke out", "armed clashes erupted between two clans": guns make it a battle
  if (c.armedFight && !c.protestContext && !sides.some((x) => CROWD.has(x))) return T('Battles', 'Armed clash', 2);
  if (unarmed && !sides.some((x) => x === 2 || x === 8)) return T('Riots', 'Mob violence', 1);
  // "clashes erupted between residents and soldiers ... the youths threw stones at them": forces
  // that fought nobody armed the text names, people who threw stones and fired no gun, met a riot
  // (ACLED: mob violence against the forces, not a battle)
  if (c.crowdMissiles && sides.every((x) => x === 1 || x === 8) && !c.modes.includes('small') && !c.armedFight) return T('Riots', 'Mob violence', 2);
  return T('Battles', 'Armed clash', 2);
}

/**
 * Fire between armed sides with small arms, or from both sides, is an armed clash even when
 * heavy weapons are named too (ACLED: shelling is stand-off fire by one side); against civilians
 * it stays what the weapon says.
 */
function directFire(c: TypeContext, remote: WeaponMode | null): boolean {
  if (remote && remote !== 'shell') return false;
  if (!(c.smallArms || c.twoSided)) return false;
  // heavy weapons and machine guns fired at an area with no side named: stand-off fire
  if (remote === 'shell' && !c.twoSided && c.targetInter === undefined && c.areaObject) return false;
  if (c.targetInter !== undefined) return ARMED.has(c.targetInter);
  return !c.civilianObject && !(c.civilianVictims && !c.armedVictims);
}

export function classify(c: TypeContext): TypeDecision | null {
  const remote = remoteMode(c.modes);
  if ((c.cls === 'shell' || c.cls === 'attack') && directFire(c, remote)) return T('Battles', 'Armed clash', 2);
  switch (c.cls) {
    case 'air': return remote && remote !== 'shell' && remote !== 'ied' ? byMode(remote) : byMode('air');
    case 'shell': return byMode(remote && remote !== 'ied' ? remote : 'shell');
    case 'explosion': return byMode(remote ?? 'ied');
    case 'suicide': return byMode('suicide');
    case 'grenade': return byMode('grenade');
    case 'chemical': return byMode('chemical');
    case 'attack': {
      // tear gas, water cannon, rubber bullets: crowd control, i.e. an intervention in a protest
      // (soldiers who fire rubber bullets or tear gas at fishermen or farmers, with no demonstration
      // or crowd anywhere in the report, attack civilians)
      if (c.modes.length && c.modes.every((m) => m === 'crowd')) return !c.protestContext && !c.crowdInDocument && c.targetInter === 7 && (c.agentInter === undefined || c.agentInter === 1) ? T('Violence against civilians', 'Attack', 1) : T('Protests', 'Protest with intervention', 1);
      // mortars or grenades together with small arms against an armed target: an exchange of fire
      if (remote && (remote === 'shell' || remote === 'grenade') && c.modes.includes('small') && c.targetInter !== undefined && ARMED.has(c.targetInter)) return T('Battles', 'Armed clash', 1);
      // a complex ambush, a bomb set off then gunfire on soldiers, is a fight with them (the
      // detonation told beside it is part of it)
      if (remote === 'ied' && c.modes.includes('small') && c.targetInter !== undefined && ARMED.has(c.targetInter)) return T('Battles', 'Armed clash', 2);
      if (remote) return byMode(remote);
      if (c.protestContext && c.agentInter !== undefined && CROWD.has(c.agentInter)) return T('Riots', 'Violent demonstration', 1);
      return violenceType(c, 0);
    }
    case 'clash': return clashType(c);
    case 'kill': {
      if (remote) return { ...byMode(remote), strength: 1 };
      // torture and deaths in detention are attacks on a defenceless person (ACLED: violence against civilians)
      // (a prisoner who dies from torture is the victim named in the sentence, not its agent)
      if (c.custodial && (c.agentInter === undefined || ARMED.has(c.agentInter) || c.agentInter === 7)) return T('Violence against civilians', 'Attack', 1);
      if (c.protestContext && (c.targetInter === 6 || c.excessiveForce)) return T('Protests', 'Excessive force against protesters', 1);
      return violenceType(c, 0);
    }
    case 'abduct':
      // "gunmen abducted nine soldiers": capturing members of an armed side is fighting it
      if (c.targetAttached && !c.civilianVictims && c.targetInter !== undefined && c.targetInter !== 4 && ARMED.has(c.targetInter) && (c.agentInter === undefined || ARMED.has(c.agentInter))) return T('Battles', 'Armed clash', 1);
      return T('Violence against civilians', 'Abduction/forced disappearance', 2);
    // demonstrators who assault people during their demonstration make it a violent one
    case 'sexual':
      if (c.protestContext && c.agentInter !== undefined && CROWD.has(c.agentInter)) return T('Riots', 'Violent demonstration', 2);
      return T('Violence against civilians', 'Sexual violence', 2);
    case 'seize':
      if (!c.territorialObject) {
        // "captured 2 rebels": people, not ground
        if (c.targetInter !== undefined && ARMED.has(c.targetInter)) return T('Battles', 'Armed clash', 1);
        // "residents captured a thief": popular justice by unarmed people is mob violence
        if (c.suspectVictim && (c.agentInter === undefined || UNARMED.has(c.agentInter))) return T('Riots', 'Mob violence', 1);
        if (c.targetInter === 7) return T('Violence against civilians', 'Abduction/forced disappearance', 1);
        return T('Strategic developments', 'Looting/property destruction', 0);
      }
      return c.agentInter === 1 ? T('Battles', 'Government regains territory', 1) : T('Battles', 'Non-state actor overtakes territory', 1);
    case 'regain':
      return c.agentInter !== undefined && c.agentInter !== 1 && c.agentInter !== 8 ? T('Battles', 'Non-state actor overtakes territory', 1) : T('Battles', 'Government regains territory', 2);
    case 'protest':
      // "police intervened", "dispersed the crowd": only ever refines a protest
      // (notables or elders who "intervened to calm tensions" are no force: the protest stays as it was)
      if (c.triggerId === 'intervene') {
        if (c.protestContext) return c.agentInter !== undefined && UNARMED.has(c.agentInter) ? null : T('Protests', 'Protest with intervention', 1);
        // "police baton-charged vendors for flouting the curfew": force on people who were not
        // protesting is an attack on civilians
        return c.forceOnPeople && c.agentInter !== undefined && STATE.has(c.agentInter) && c.targetInter === 7 ? T('Violence against civilians', 'Attack', 1) : null;
      }
      return protestType(c);
    case 'riot':
      if (c.agentInter !== undefined && ARMED.has(c.agentInter) && !c.protestContext) return T('Strategic developments', 'Looting/property destruction', 1);
      // armed men who burn a firm's trucks, told beside groups that "demand land", are no
      // demonstrators: a rebel, militia or unidentified armed group's arson of things is its
      // property destruction when the demand is not in the sentence of the act
      if (c.agentInter !== undefined && NON_STATE_ARMED.has(c.agentInter) && c.targetInter === undefined && !c.ownProtest) return T('Strategic developments', 'Looting/property destruction', 1);
      if (c.protestContext) return T('Riots', 'Violent demonstration', 2);
      if (c.agentCollective || (c.agentInter !== undefined && CROWD.has(c.agentInter))) return T('Riots', 'Mob violence', 1);
      // burning or smashing by people nobody names, with no crowd around ("a house was set on fire",
      // "arsonists torched a mast"): damage by an unidentified group
      if (c.unclaimedDamage) return T('Strategic developments', 'Looting/property destruction', 0);
      // burning or stoning without a crowd named: a guess that the report's main act overrules
      return T('Riots', 'Mob violence', 0);
    case 'mob':
      // "suspected JNIM beat up the inhabitants": an armed group's beating is an attack, not a mob
      if (c.agentInter !== undefined && ARMED.has(c.agentInter)) return violenceType(c, 1);
      if (c.protestContext && c.agentInter !== undefined && CROWD.has(c.agentInter)) return T('Riots', 'Violent demonstration', 1);
      return T('Riots', 'Mob violence', 2);
    case 'arrest': {
      // "protested against the arrest of the editor": the arrest is the grievance, not a new event
      if (c.protestContext && c.grievance) return null;
      // a crowd does not arrest: "police dispersed the protesters and arrested four"
      const agent = c.agentInter !== undefined && CROWD.has(c.agentInter) ? undefined : c.agentInter;
      // arrests of unnamed or many people at a protest are the police's intervention in it;
      // the arrest of one named leader is an arrest of its own
      if (c.protestContext && (agent === undefined || agent === 1) && (c.targetInter === undefined || c.targetInter === 6 || c.targetInter === 5 || c.targetPlural)) return T('Protests', 'Protest with intervention', 1);
      // ("Six teachers staged a sit-in ... They said ... Police arrested them for breaking the
      // curfew": the demonstrators told before are the ones arrested)
      if (c.arrestOfEarlierCrowd && (agent === undefined || agent === 1)) return T('Protests', 'Protest with intervention', 1);
      return agent !== undefined && agent !== 1 && agent !== 8 && agent !== 7
        ? T('Violence against civilians', 'Abduction/forced disappearance', 1)
        : T('Strategic developments', 'Arrests', 2);
    }
    case 'loot':
      // "an angry crowd set fire to the depot": a crowd's damage is its riot
      if (c.agentInter !== undefined && CROWD.has(c.agentInter)) return c.protestContext ? T('Riots', 'Violent demonstration', 1) : T('Riots', 'Mob violence', 1);
      return T('Strategic developments', 'Looting/property destruction', 2);
    case 'deploy': return T('Strategic developments', 'Change to group/activity', 1);
    // ("militants seized a cache of weapons after overrunning a post": arms taken by a rebel or
    // militia side are its loot, not a disruption of their use)
    case 'disrupt': return c.agentInter !== undefined && (c.agentInter === 2 || c.agentInter === 3) && /cache|stockpile/i.test(c.triggerText ?? '') ? T('Strategic developments', 'Looting/property destruction', 0) : T('Strategic developments', 'Disrupted weapons use', 2);
    case 'agree': return T('Strategic developments', 'Agreement', 2);
    case 'base': return T('Strategic developments', 'Headquarters or base established', 2);
    case 'transfer': return T('Strategic developments', 'Non-violent transfer of territory', 2);
    case 'displace': return T('Strategic developments', 'Other', 1);
    case 'anaphor': return null;
  }
}

/** the type a remote weapon alone decides ("the rockets were Katyushas"), if any */
export function byModeOf(modes: WeaponMode[]): TypeDecision | null {
  const m = remoteMode(modes);
  return m ? byMode(m) : null;
}
