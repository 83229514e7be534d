// Stage 3: event drafts. For each trigger, the agent (actor1) and target (actor2) come from
// attach.ts, the weapons from the sentence, and the casualty phrases name its victims; the ACLED
// type is then decided by classify().
import type { CasualtyMention, Inter, Sentence } from '../core/types.ts';
import type { ActorHit } from './actors.ts';
import type { WeaponHit } from './weapons.ts';
import type { TriggerHit } from './triggers.ts';
import { classify, type TypeDecision } from './classify.ts';
import { clauses } from './clauses.ts';

export { clauses };
import { ARMED_INTER, DraftContext, SentenceCues, isBe } from './draft-context.ts';
import { contrabandObject } from './contraband.ts';
import { OTHERS_DEED } from './protest-flags.ts';
import { notAnActivity } from './activity.ts';
import { unarmedMembers } from './communal-words.ts';
import { ONE_SIDED, agent0Armed, asCivilian, asCommunal, communalAgent, communalAttack, seizedGoods } from './objects.ts';
import { SKIP_BEFORE_NOUN, attachActors, prepOf, tokenBefore } from './attach.ts';

export { attachActors };
import { animalObject, armedOwner, attributive, connectionWith, disruptedObject, stateSpeaker, coordinated, crowdsGrievance, grievanceAct, grievanceCause, grievanceClause, groupsOfAgent, headActor, otherHurtsPeople, otherViolentAct, plannedProtestOnly, protestHere, riotReference, solidarityWith, suspectNear, suspectTarget, victimsDeed } from './trigger-cues.ts';
import { armedModifier, backdropFight, repelVerb, figurativeAttack, intransitiveDeath, resolveGroup, symbolicBurning } from './context.ts';

export interface SentenceAnalysis {
  s: Sentence;
  actors: ActorHit[];
  weapons: WeaponHit[];
  triggers: TriggerHit[];
  casualties: CasualtyMention[];
  /** clause id of every token */
  clause: number[];
}

export interface Draft {
  trigger: TriggerHit;
  sentence: number;
  type: TypeDecision | null;
  agent?: ActorHit;
  target?: ActorHit;
  weapons: WeaponHit[];
  /** actors named as victims in casualty phrases */
  victims: ActorHit[];
  /** the object is drugs or smuggled goods (contraband.ts) */
  contraband?: boolean;
}

/** words between "during" and "raid" that name the raid's kind or force: "during a police raid" */
const RAID_MODIFIER = new Set([...SKIP_BEFORE_NOUN, 'police', 'security', 'army', 'military', 'pre-dawn', 'predawn', 'late-night', 'house', 'home', 'search', 'counter-terrorism', 'counterterrorism', 'intelligence', 'anti-terror', 'anti-terrorism', '-', 'pre', 'anti', 'terror', 'terrorism', 'counter']);
/** words before a weapon that make it one told before ("the missiles", "one of the rockets") */
const DEFINITE_BEFORE = new Set(['the', 'these', 'those', 'its', 'their', 'of']);
const OFF_DUTY_RE = /\boff[- ]duty\b|\bretired (?:soldier|police|officer|army|military|colonel|general|major|captain|sergeant)/i;
const CIVILIAN_VICTIMS = new Set(['people', 'civilians']);
const ARMED_VICTIMS = new Set(['soldiers', 'service members', 'police', 'militants']);



function victimsOf(a: SentenceAnalysis): ActorHit[] {
  // "a man was shot dead by gunmen": the by-phrase inside a casualty phrase names the killer
  return a.actors.filter((x) => a.casualties.some((c) => c.start <= x.start && c.end >= x.end) && prepOf(a, x) !== 'by');
}

export interface DocFlags {
  protest: boolean;
  intervention: boolean;
  excessive: boolean;
  protesterViolence: boolean;
  /** a crowd (rioters, a mob, inmates, demonstrators) is named anywhere in the document */
  crowdInDocument?: boolean;
  /** the trigger's own sentence has the protest cue (not only a neighbour) */
  protestInSentence?: boolean;
  /** a sentence two to four before the trigger's has the protest cue (beyond the window) */
  protestEarlier?: boolean;
  /** the trigger's sentence or a neighbour tells things thrown ("pelted stones", "hurled firecrackers") */
  crowdMissiles?: boolean;
}

/** "an operation backed by airstrikes", "supported by the air force": air cover of a ground fight */
function supporting(a: SentenceAnalysis, w: { startToken: number }): boolean {
  for (let k = w.startToken - 1; k >= 0 && k >= w.startToken - 5; k--) {
    const n = a.s.tokens[k].norm;
    if (n === 'by' || n === 'of') {
      const v = a.s.tokens[k - 1]?.norm ?? '';
      return /^(?:backed|supported|support|backing|covered|cover|assisted|assistance)$/.test(v);
    }
    if (n === ',' || n === 'and') return false;
  }
  return false;
}

/** weapons that belong to a trigger: same clause first, else anywhere in the sentence */
function weaponsFor(a: SentenceAnalysis, tr: TriggerHit): WeaponHit[] {
  const cl = a.clause[tr.startToken];
  const own = tr.cls === 'air' ? a.weapons : a.weapons.filter((w) => !(w.mode === 'air' && supporting(a, w)));
  const same = own.filter((w) => a.clause[w.startToken] === cl);
  return same.length ? same : own.filter((w) => Math.abs(w.startToken - tr.startToken) <= 12);
}

const NOUN_DET = new Set(['a', 'an', 'the', 'their', 'its', 'his', 'her', 'this', 'that', 'these', 'those', 'of', 'during', 'amid', 'following', 'another', 'second', 'first', 'third', 'latest', 'new', 'fresh', 'immediate', 'swift', 'quick', 'rapid', 'deadly', 'heavy', 'major', 'further', 'renewed', 'fierce', 'violent', 'several', 'multiple', 'two', 'three', 'separate']);

/** what is foiled that is a blast: "a suicide bomb attack", "a car bombing", "an IED attack" */
const FOILED_BLAST = /^\s+(?:an?|the|two|three|several|a planned|an attempted)?\s*(?:[\w-]+\s+){0,2}?(?:bomb|bombing|bombings|explosives?|ied|ieds|suicide|car-bomb|blast)\b/i;

/** a blast's trigger right after a verb that stopped it ("foiled a suicide bomb attack") */
const BLAST_FOILED_BEFORE = /\b(?:foiled|thwarted|prevented|averted|foils|thwarts|prevents|averts)\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w-]+\s+){0,2}$/i;

/** what a protest leaves standing that forces clear ("a protest camp", "the sit-in", "barricades") */
const PROTEST_SITE = /^\s+(?:(?:a|an|the|their|its|several|two|three)\s+)?(?:[\w-]+\s+)?(?:camps?|sit-ins?|barricades?|tents?|encampments?|roadblocks?)\b/i;

/** past tenses that do not end in -ed: "the army retook the town" is a verb after its subject */
/** armoured vehicles: what a fight destroys, not weapons brought down in flight */
const ARMOUR = /\b(?:tanks?|armou?red|APCs?|personnel carriers?|fighting vehicles?|Merkavas?|Bradleys?|Abrams|Leopards?|BMPs?|BTRs?)\b/i;
const IRREGULAR_PAST = /^(?:re-?)?(?:took|overran|shot|struck|fought|threw|stole|blew|burnt|hit|slew|drove|fled|tore|broke|bombarded)\b/i;

/** whether a trigger is used as a noun here ("a swift artillery response", "Israeli airstrikes") */
export function nounUse(a: SentenceAnalysis, tr: TriggerHit): boolean {
  const prev = a.s.tokens[tr.startToken - 1]?.norm;
  if (prev === undefined) return tr.pos === 'noun';
  if (NOUN_DET.has(prev)) return true;
  // "militia attack", "drone strike" are nouns; "police arrested" is a verb
  if (!tr.text.endsWith('ed') && !IRREGULAR_PAST.test(tr.text) && (a.weapons.some((w) => w.endToken === tr.startToken) || a.actors.some((x) => x.endToken === tr.startToken))) return true;
  if (isBe(a.s, tr.startToken - 1) || prev === 'to' || prev === 'and' || prev === 'reportedly' || prev === 'allegedly') return false;
  return tr.pos === 'noun';
}


/** trigger classes that name the act itself, to which a casualty verb in the same sentence defers */
const ACTS = new Set(['clash', 'shell', 'air', 'explosion', 'suicide', 'grenade', 'chemical', 'mob', 'riot', 'abduct', 'sexual']);



/** the draft's own copy of a trigger, with its part of speech here (the fields of { ...raw, pos }
 * written out: a spread of a trigger took the slow generic copy and was a share of buildDrafts) */
function withPos(raw: TriggerHit, pos: 'noun' | 'verb'): TriggerHit {
  return {
    sentence: raw.sentence, start: raw.start, end: raw.end, text: raw.text, startToken: raw.startToken, endToken: raw.endToken,
    cls: raw.cls, alt: raw.alt, id: raw.id, pos, weak: raw.weak, anaphoric: raw.anaphoric,
  };
}


/** drafts for every trigger of one sentence */
export function buildDrafts(a: SentenceAnalysis, flags: DocFlags, places: { start: number }[], inferInter: (x: ActorHit) => number): Draft[] {
  const drafts: Draft[] = [];
  const victims = victimsOf(a);
  const victimLabels = a.casualties.map((c) => c.victims ?? '').filter(Boolean);
  // "an off-duty policeman was shot": ACLED codes off-duty and retired forces as civilians
  // (it only qualifies victim labels: without any, the regex need not run)
  const offDutyVictims = victimLabels.length > 0 && OFF_DUTY_RE.test(a.s.text);
  const protestContext = protestHere(a.s, flags.protest);
  // sentence-level cues, computed once for all the sentence's triggers (the dispute test lazily, as before)
  const civilianVictims = victimLabels.some((v) => CIVILIAN_VICTIMS.has(v) || (offDutyVictims && ARMED_VICTIMS.has(v)));
  const armedVictims = !offDutyVictims && victimLabels.some((v) => ARMED_VICTIMS.has(v));
  const cues = new SentenceCues(a, inferInter, protestContext);
  const namedAct = a.triggers.some((o) => ACTS.has(o.cls));
  const violentAbduction = a.casualties.length > 0 && a.triggers.some((o) => o.cls === 'attack' || o.cls === 'kill');
  for (const raw of a.triggers) {
    const tr = withPos(raw, nounUse(a, raw) ? 'noun' : 'verb');
    // "soldiers killed 58 oxen": killing livestock is destruction of property
    if ((tr.cls === 'kill' || tr.cls === 'attack') && animalObject(a, tr)) tr.cls = 'loot';
    // "destroyed all 18 drones": destroying incoming weapons is disrupting them
    // ("destroyed 22 drones": the weapons brought down; "destroyed two Israeli tanks": an armoured
    // vehicle destroyed in a fight is an attack on its crew's forces)
    const destroyedWeapon = tr.cls === 'loot' ? a.weapons.find((w) => w.startToken >= tr.endToken && w.startToken - tr.endToken <= 4 && (w.mode === 'air' || w.mode === 'shell')) : undefined;
    if (destroyedWeapon) tr.cls = ARMOUR.test(destroyedWeapon.text) ? 'clash' : 'disrupt';
    // "a rocket landed in an open field", "two mortar shells landed near the base": a projectile new to
    // the report that lands is a strike ("one of the missiles landed near" tells of one told before)
    const landed = tr.cls === 'deploy' && /^land/i.test(tr.text) ? a.weapons.find((w) => w.endToken <= tr.startToken && tr.startToken - w.endToken <= 2 && (w.mode === 'air' || w.mode === 'shell') && !DEFINITE_BEFORE.has(a.s.tokens[w.startToken - 1]?.norm ?? '')) : undefined;
    if (landed) [tr.cls, tr.weak] = [landed.mode === 'air' ? 'air' : 'shell', false];
    // "police seized 800 munitions", "seized a cache of rifles": a seizure of arms disrupts their use;
    // "seized a ton of marijuana": a seizure of goods
    // "seized crates of smuggled cigarettes", "dismantled a cocaine lab": the traffickers' goods
    const contraband = contrabandObject(a.s, a.clause, tr);
    if (contraband) tr.cls = 'loot';
    // "foiled a suicide bomb attack", "thwarted a car bombing": stopping a blast before it goes off is
    // disrupting the weapon's use, not a fight
    else if (tr.cls === 'clash' && /^(?:foiled|thwarted|foils|thwarts)$/i.test(tr.text) && FOILED_BLAST.test(a.s.text.slice(tr.end - a.s.start, tr.end - a.s.start + 40))) tr.cls = 'disrupt';
    // (and the blast so stopped never went off: "foiled a suicide bomb attack" has no bombing; a
    // "thwarted attack" with no blast named is an assault beaten off, which stays a fight)
    if ((tr.cls === 'explosion' || tr.cls === 'suicide') && BLAST_FOILED_BEFORE.test(a.s.text.slice(Math.max(0, tr.start - a.s.start - 40), tr.start - a.s.start))) continue;
    // "dismantled a protest camp", "removed the barricades": forces clearing a protest intervene in it
    else if (tr.cls === 'disrupt' && /^dismantl/i.test(tr.text) && protestContext && PROTEST_SITE.test(a.s.text.slice(tr.end - a.s.start, tr.end - a.s.start + 40))) [tr.cls, tr.id] = ['protest', 'intervene'];
    if (tr.cls === 'seize') {
      const goods = seizedGoods(a, tr);
      if (goods === 'arms') tr.cls = 'disrupt';
      else if (goods === 'goods') tr.cls = 'loot';
    }
    // "return abducted women": a participle used as an adjective reports no act; "defused a roadside bomb": no blast
    if (attributive(a, tr) || disruptedObject(a, tr)) continue;
    // "an attack on media freedom": figurative
    if (figurativeAttack(a.s, tr)) continue;
    // "burnt an effigy of the governor": a statement, not damage; "the burnt body of a man": the victim's state
    if (symbolicBurning(a.s, tr) || (tr.cls === 'riot' && /^(?:bod(?:y|ies)|corpses?|remains)$/.test(a.s.tokens[tr.endToken]?.norm ?? ''))) continue;
    // "a man injured during riots in Tripoli", "following last month's riot in the camp": a riot named
    // in a prepositional phrase is a reference, not the act the sentence reports
    if ((tr.cls === 'riot' || tr.cls === 'protest') && riotReference(a.s, tr) && a.triggers.some((o) => o !== raw && o.cls !== tr.cls)) continue;
    // "the United States demanded that ...", "Saudi Arabia mobilized pressure groups": a state's or an
    // official's demand, boycott or mobilisation is diplomacy, not a demonstration
    // (a state that mobilizes calls up its forces: a change to its activity)
    if (tr.cls === 'protest' && /^(?:demand|boycott|mobili)/i.test(tr.text) && stateSpeaker(a, tr)) {
      if (!/^mobili/i.test(tr.text)) continue;
      tr.cls = 'deploy';
    }
    // "remain in prison in connection with the protests": a gathering named as the case of something else
    if ((tr.cls === 'riot' || tr.cls === 'protest') && tr.id !== 'intervene' && connectionWith(a.s, tr)) continue;
    // "arrested 12 activists in raids on homes": the raids are how the arrests were made
    // ("during a police raid", "in a security raid": who raided is the arresting force)
    if (tr.cls === 'attack' && /^raids?$/i.test(tr.text) && /^(?:in|during)$/.test(tokenBefore(a.s, tr.startToken, RAID_MODIFIER) ?? '') && a.triggers.some((o) => o.cls === 'arrest' && o.endToken <= tr.startToken && a.clause[o.startToken] === a.clause[tr.startToken])) continue;
    // a gathering told before in the sentence makes a later one a reference or its purpose: "held a
    // protest in X in solidarity with the protest in Y", "blocked a road ... shot during a demonstration
    // in Z", "a car convoy set out ... to protest against prices"
    if ((tr.cls === 'riot' || tr.cls === 'protest') && tr.id !== 'intervene' && a.triggers.some((o) => o !== raw && o.startToken < tr.startToken && (o.cls === 'protest' || o.cls === 'riot') && o.id !== 'intervene')
      && (riotReference(a.s, tr) || solidarityWith(a.s, tr) || a.s.tokens[tr.startToken - 1]?.norm === 'to')) continue;
    // a killing told against a backdrop of clan fighting: the fighting is the scene, not the act
    if (backdropFight(a.s, tr) && a.triggers.some((o) => o !== raw && o.cls !== 'clash')) continue;
    // barricades are a demonstrators' act; armed men or strikers who "barricaded themselves" in are holding out
    if (tr.id === 'barricade' && (!protestContext || agent0Armed(a, tr) || a.s.tokens[tr.endToken]?.norm === 'themselves')) continue;
    // "the army imposed a blockade on the town": a siege laid by armed men is no demonstration (ACLED: a
    // strategic development); police blocking a march or marchers stays the protest's intervention
    if (tr.id === 'protest' && /^block/i.test(tr.text) && agent0Armed(a, tr) && !crowdInSentence(a, raw)) tr.cls = 'displace';
    // "cartel members handed out food", "migrants returned from Peru": events only with such agents
    if (notAnActivity(a, tr)) continue;
    // "a military operation near X left four militants dead": an operation is a fight only when it
    // has a toll or an enemy ("operation against"); "a security operation for the visit" is none
    if (tr.id === 'operation' && !/\bagainst\b/i.test(tr.text) && !(a.casualties.length && (/\s/.test(tr.text) || armedOwner(a, tr)))) continue;
    // "calling for the arrest of the men who burned the harvest": violence in a relative clause
    // about someone other than the demonstrators is their grievance
    if (protestContext && (tr.cls === 'riot' || tr.cls === 'loot') && (grievanceClause(a, tr) || OTHERS_DEED.test(a.s.text.slice(Math.max(0, tr.start - a.s.start - 40), tr.start - a.s.start)))) continue;
    // "protested against the abduction of a teacher": what the demonstrators protest about
    if (protestContext && (grievanceAct(a, tr) || grievanceCause(a, tr) || crowdsGrievance(a, tr))) continue;
    // "an operation backed by airstrikes killed 18 militants": the air cover is part of the ground fight
    if (tr.cls === 'air' && supporting(a, tr) && a.triggers.some((o) => o !== raw && !o.weak && (o.cls === 'kill' || o.cls === 'clash' || o.cls === 'attack'))) continue;
    // "launched two ballistic missiles", "fired 82mm mortars": a firing verb with its weapon right
    // after it reports an attack; "launched" without one reports nothing violent
    const armedWith = a.weapons.some((w) => w.startToken >= tr.endToken && w.startToken - tr.endToken <= 4 && w.mode !== 'crowd');
    if (tr.id === 'fire-weapon' && !armedWith) continue;
    if (tr.weak && tr.cls === 'attack' && armedWith) tr.weak = false;
    // "a total of 64 projectiles": counted rounds are a report of fire, a bare mention is not
    if (tr.weak && tr.cls === 'shell' && /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several)$/.test(a.s.tokens[tr.startToken - 1]?.norm ?? '')) tr.weak = false;
    let { agent, target } = attachActors(a, tr);
    // "a group of IS fighters attacked": the group is the actor named after "of"
    agent = speakerGroup(a, ownerGroup(a, headActor(a, resolveGroup(a.s, a.actors, agent))));
    target = ownerGroup(a, headActor(a, resolveGroup(a.s, a.actors, target)));
    // the defenders beat off the other side's assault: the side that attacked started the fight (ACLED's actor1)
    // ("the protests have been beaten back": a phrasal repel verb with no side named is figurative)
    if (repelVerb(tr) && !agent && !target && /\s/.test(tr.text)) continue;
    if (repelVerb(tr) && agent && target && agent.endToken <= tr.startToken && target.startToken >= tr.endToken) [agent, target] = [target, agent];
    // ("gunmen ... were beaten back by soldiers": in the passive the subject is the side that attacked)
    else if (repelVerb(tr) && agent && target && target.endToken <= tr.startToken && agent.startToken >= tr.endToken && prepOf(a, agent) === 'by') [agent, target] = [target, agent];
    // ("repelled an attack by X": the by-phrase is the attack's; the subject is the defender)
    else if (repelVerb(tr) && agent && !target && agent.startToken >= tr.endToken) target = [...a.actors].reverse().find((x) => x.endToken <= tr.startToken && a.clause[x.startToken] === a.clause[tr.startToken]);
    // a possessive object ("... repelled its assault"): it points back to the other armed side named in the sentence
    else if (repelVerb(tr) && agent && !target && agent.endToken <= tr.startToken && /^(?:their|its)$/.test(a.s.tokens[tr.endToken]?.norm ?? '')) {
      const own = inferInter(agent);
      const other = a.actors.find((x) => x !== agent && x.id !== agent!.id && ARMED_INTER.has(inferInter(x)) && inferInter(x) !== own);
      if (other) [agent, target] = [other, agent];
    }
    // "X attempted to kidnap the mayor and also targeted two houses": a coordinated verb shares X
    const prevDraft = drafts[drafts.length - 1];
    if (prevDraft && tr.pos === 'verb' && coordinated(a, tr)) agent = prevDraft.agent ?? agent;
    // "a man died as a result of torture", "a man's body was discovered": the subject is the victim
    if (tr.cls === 'kill' && intransitiveDeath(tr) && agent && prepOf(a, agent) !== 'by') [agent, target] = [undefined, target ?? agent];
    // "two groups of farmers clashed": the people after "groups of" are the agent
    agent ??= groupsOfAgent(a, tr);
    // ("officials blamed al-Shabaab for a mortar attack", "..., police said, blaming Boko Haram"):
    // the armed group the sentence blames did it, when no armed doer is named
    const blamed = agent && ARMED_INTER.has(inferInter(agent)) ? undefined : blamedGroup(a, target);
    if (blamed) agent = blamed;
    // ("clashes between armed groups that killed nine people"): the people an armed side's fighting
    // killed are its toll, not the other side
    const tollOnly = tr.cls === 'clash' && !!agent && !!target && inferInter(target) === 7 && ARMED_INTER.has(inferInter(agent)) && a.casualties.some((c) => c.start <= target!.start && c.end >= target!.end);
    if (tollOnly) target = undefined;
    const targetAttached = !!target;
    if (!tollOnly) target ??= victims.find((v) => v !== agent);
    const weapons = weaponsFor(a, tr);
    let agentInter = agent ? (inferInter(agent) as Inter) : undefined;
    // "armed pastoralists": an armed party, whatever its trade
    if ((agentInter === 5 || agentInter === 7) && armedModifier(a.s, agent)) agentInter = 3;
    // (popular justice against a suspected thief stays mob violence)
    if (agent && tr.pos === 'verb' && ONE_SIDED.has(tr.cls) && (cues.communal || (agent.community && !protestContext)) && communalAgent(agent, inferInter(agent)) && communalAttack(a, tr) && !suspectNear(a, tr) && !suspectTarget(a, target)) {
      agent = asCommunal(agent);
      agentInter = 4;
      if (target && target.actorKind === 'generic' && (target.id === 'ethnic' || target.id === 'tribal' || target.inter === 7)) target = asCivilian(target);
    }
    // "fired at two houses belonging to police officers": the owners of the property shot at are
    // not a side in arms there (ACLED: an attack on civilians' property)
    if (target && tr.cls === 'attack' && propertyOwner(a, tr, target)) target = asCivilian(target);
    // "gunmen shot dead two herders": people of a trade killed or taken, no arms of theirs named, are civilians
    if (target && target.id === 'tribal' && (tr.cls === 'kill' || tr.cls === 'abduct') && unarmedMembers(a.s, target)) target = asCivilian(target);
    const type = classify(new DraftContext({
      a, tr, agent, target, weapons, places, cues, agentInter,
      targetInter: target ? (inferInter(target) as Inter) : undefined,
      civilianVictims, armedVictims, protestContext: protestContext && !(tr.cls === 'arrest' && plannedProtestOnly(a.s)),
      flags,
      targetAttached,
    }));
    // "one person was killed in fighting": a casualty verb yields to the sentence's act
    let finalType = type && tr.cls === 'kill' && namedAct ? { ...type, strength: 0 as const } : type;
    // "attacked and injured a herder and kidnapped his wife": ACLED codes an abduction that comes
    // with killings or injuries as the attack
    if (finalType && tr.cls === 'abduct' && violentAbduction) finalType = { ...finalType, strength: 0 };
    // looting with casualties in the course of an attack or a fight is part of it (ACLED codes the
    // violent act). Arrests are kept as their own events: folding them lost detentions in news
    // articles (HRDsAttack) and gained nothing on ACLED notes
    // ("beat and extorted a civilian", "set fire to the camp and beat a man": a beating or killing of
    // people in the same sentence is the act ACLED codes, the damage is part of it; the scans of the
    // other triggers run only for looting)
    const harmed = a.casualties.length > 0;
    if (finalType && !protestContext && tr.cls === 'loot' && otherViolentAct(a, raw) && (harmed || otherHurtsPeople(a, raw))) finalType = null;
    // "raided several houses, taking away clothes": an attack on property alone is the looting
    if (finalType && tr.cls === 'attack' && !harmed && !target && !protestContext && a.triggers.some((o) => o.cls === 'loot' && !o.weak)) finalType = null;
    // "beat a man who had tried to snatch a child": what the victim did, told in a relative
    // clause about him, is the reason for the act, not the act the sentence reports
    if (finalType && victimsDeed(a, tr, drafts)) finalType = { ...finalType, strength: 0 };
    drafts.push({ trigger: tr, sentence: a.s.index, type: finalType, agent, target, weapons, victims, contraband: contraband || undefined });
  }
  return drafts;
}

/** the sentence names a crowd or a gathering besides the trigger: protesters, rioters, a march */
function crowdInSentence(a: SentenceAnalysis, raw: TriggerHit): boolean {
  return a.actors.some((x) => x.inter === 5 || x.inter === 6) || a.triggers.some((o) => o !== raw && (o.cls === 'protest' || o.cls === 'riot') && !/^block/i.test(o.text));
}

/** "HTS security forces", "IS police": a state role word right after a named rebel or militia group is that group's own force */
function ownerGroup(a: SentenceAnalysis, x: ActorHit | undefined): ActorHit | undefined {
  if (!x || x.inter !== 1 || x.actorKind === 'named') return x;
  const owner = a.actors.find((y) => y.endToken === x.startToken && y.actorKind === 'named' && y.inter >= 2 && y.inter <= 4);
  return owner ?? x;
}

const SAID = new Set(['said', 'says', 'claimed', 'claims', 'announced', 'stated', 'reported', 'added']);
/** "Hamas's armed wing said its fighters had destroyed two tanks": the men of an armed group that
 *  speaks of them are its own */
function speakerGroup(a: SentenceAnalysis, x: ActorHit | undefined): ActorHit | undefined {
  if (!x || x.actorKind !== 'generic' || (x.inter !== 2 && x.inter !== 3)) return x;
  const t = a.s.tokens;
  if (t[x.startToken - 1]?.norm !== 'its' && t[x.startToken - 1]?.norm !== 'their') return x;
  let said = -1;
  for (let k = x.startToken - 2; k >= 0 && k >= x.startToken - 8; k--) if (SAID.has(t[k].norm)) { said = k; break; }
  if (said < 0) return x;
  const speaker = [...a.actors].reverse().find((y) => y.endToken <= said && y.actorKind === 'named' && (y.inter === 2 || y.inter === 3));
  return speaker && said - speaker.endToken <= 4 ? speaker : x;
}

const OWNED = /^(?:belonging|owned|property|properties|owner|owners)$/;
/** private property (not a vehicle or an office, which may be a force's own) */
const BUILDINGS = new Set(['house', 'houses', 'home', 'homes', 'residence', 'residences', 'shop', 'shops', 'store', 'stores', 'business', 'businesses', 'farm', 'farms']);
/** the target is named as the owner of a home or a shop that the act hits ("fired at two houses belonging to police officers") */
function propertyOwner(a: SentenceAnalysis, tr: TriggerHit, target: ActorHit): boolean {
  const t = a.s.tokens;
  if (target.startToken < tr.endToken || target.startToken - tr.endToken > 9) return false;
  let owned = false;
  for (let k = target.startToken - 1; k >= target.startToken - 3 && k >= tr.endToken; k--) if (OWNED.test(t[k].norm)) owned = true;
  if (!owned) return false;
  for (let k = tr.endToken; k < target.startToken; k++) if (BUILDINGS.has(t[k].norm)) return true;
  return false;
}

const BLAME = new Set(['blamed', 'blaming', 'blames', 'blame']);
/** the armed actor right after a verb of blaming ("blamed the Taliban", "blaming Boko Haram") */
function blamedGroup(a: SentenceAnalysis, target: ActorHit | undefined): ActorHit | undefined {
  for (let k = 0; k < a.s.tokens.length; k++) {
    if (!BLAME.has(a.s.tokens[k].norm)) continue;
    const at = a.s.tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1;
    const x = a.actors.find((y) => y.startToken === at && y !== target);
    if (x && x.inter !== 7 && ARMED_INTER.has(x.inter)) return x;
  }
  return undefined;
}
