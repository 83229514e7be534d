// What a trigger acts on and who acts, read from the words around it: communal parties
// (farmers and herders), military objects, seized arms and goods, armed subjects. Split from
// builder.ts, which uses these to decide a draft's type.
import type { Sentence } from '../core/types.ts';
import type { ActorHit } from './actors.ts';
import type { SentenceAnalysis } from './builder.ts';
import type { TriggerHit } from './triggers.ts';

/** prepositions after which an actor is a place, a target or a possessor, not an agent */
export const NON_AGENT_PREP = new Set(['on', 'off', 'against', 'at', 'targeting', 'in', 'near', 'into', 'from', 'of', 'to', 'with', 'toward', 'towards', 'inside', 'outside', 'within', 'across', 'over', 'by', 'upon', 'between', 'among', 'around', 'along', 'through', 'throughout', 'for', 'under']);
/** words that make the object of a seizure ground rather than goods or people */
export const TERRITORY = new Set(['town', 'village', 'city', 'area', 'areas', 'control', 'district', 'base', 'bases', 'position', 'positions', 'territory', 'locality', 'neighbourhood', 'neighborhood', 'hill', 'checkpoint', 'camp', 'villages', 'towns', 'region', 'county', 'airport', 'outpost', 'front', 'frontline', 'headquarters', 'settlement', 'island', 'port', 'crossing', 'road', 'highway']);

// Farmer–herder and inter-community violence (ACLED codes the parties of communal violence as
// identity militias, inter 4): where a sentence names both sides of the divide, a party of farmers,
// villagers or herders that attacks is a communal militia and the people of the other community it
// harms are civilians (a one-sided attack on civilians, not a mob's brawl).
const HERDER_SIDE = /\b(?:pastoralists?|herders?|herdsm[ae]n|Fulani|Peulh?s?|Fulbe|transhumant)\b/i;
const FARMER_SIDE = /\b(?:farmers?|farming|farmland|cultivators?|villagers?|residents|youths?|community|communities|hunters?)\b/i;
export const ONE_SIDED = new Set(['attack', 'kill', 'mob']);
/** agents that a communal context makes a communal militia: crowds, civilians, unnamed assailants */
export function communalAgent(x: ActorHit, inter: number): boolean {
  return x.actorKind === 'generic' && (inter === 4 || inter === 5 || inter === 7 || (inter === 3 && x.id === 'militants'));
}
export function communalContext(s: Sentence): boolean {
  return HERDER_SIDE.test(s.text) && FARMER_SIDE.test(s.text);
}
const SETTLEMENTS = new Set(['camp', 'camps', 'hamlet', 'hamlets', 'settlement', 'settlements', 'village', 'villages', 'houses', 'homes', 'huts', 'compound', 'compounds']);
/** a killing, an armed assault or a raid on the other community's camp or village (a brawl with
 * bare hands between neighbours stays mob violence) */
export function communalAttack(a: SentenceAnalysis, tr: TriggerHit): boolean {
  if (tr.cls === 'kill') return true;
  if (a.weapons.some((w) => w.mode === 'melee' || w.mode === 'small') || /\b(?:armed|equipped) with\b/i.test(a.s.text)) return true;
  const cl = a.clause[tr.startToken];
  // the object itself ("attacked a Fulani camp"), not a place named after a preposition ("near the village")
  for (let k = tr.endToken; k < a.s.tokens.length && k <= tr.endToken + 5 && a.clause[k] === cl; k++) {
    const n = a.s.tokens[k].norm;
    if (SETTLEMENTS.has(n)) return true;
    if (NON_AGENT_PREP.has(n) || n === ',' || n === 'and') return false;
  }
  return false;
}
export const asCommunal = (x: ActorHit): ActorHit => (x.inter === 4 ? x : { ...x, inter: 4, template: 'Communal Militia ({country})' });
export const asCivilian = (x: ActorHit): ActorHit => (x.inter === 7 ? x : { ...x, inter: 7, template: 'Civilians ({country})' });

const CIVILIAN_NOUNS = new Set(['residential', 'neighbourhood', 'neighborhood', 'house', 'houses', 'home', 'homes', 'farm', 'farms', 'village', 'villages', 'civilian', 'civilians', 'fishermen', 'market', 'markets', 'school', 'schools', 'hospital', 'hospitals', 'people']);
const MILITARY_OBJECTS = new Set(['base', 'bases', 'position', 'positions', 'checkpoint', 'checkpoints', 'outpost', 'outposts', 'barracks', 'garrison', 'convoy', 'convoys', 'patrol', 'patrols']);
/** the object of the trigger is a military facility or unit ("attacked an army checkpoint"); the
 * civilian words of the place named after it ("a base in Terage village") do not make it a civilian one */
export function militaryObject(a: SentenceAnalysis, tr: TriggerHit): boolean {
  const cl = a.clause[tr.startToken];
  for (let k = tr.endToken; k < a.s.tokens.length && k <= tr.endToken + 5 && a.clause[k] === cl; k++) {
    const n = a.s.tokens[k].norm;
    if (MILITARY_OBJECTS.has(n)) return true;
    // ("attacked a market patrol"? no: "attacked the village's houses" names no armed post)
    if (n === ',' || n === 'in' || n === 'near' || n === 'and' || n === 'with' || n === 'by' || CIVILIAN_NOUNS.has(n)) return false;
  }
  return false;
}

const SEIZED_ARMS = new Set(['munitions', 'ammunition', 'ammunitions', 'weapons', 'weapon', 'arms', 'guns', 'gun', 'rifles', 'rifle', 'pistols', 'pistol', 'explosives', 'explosive', 'grenades', 'cartridges', 'rounds', 'firearms', 'firearm', 'detonators', 'mines', 'rockets', 'shells', 'cache', 'caches', 'arsenal']);
const SEIZED_GOODS = new Set(['marijuana', 'cannabis', 'cocaine', 'heroin', 'drugs', 'narcotics', 'hashish', 'methamphetamine', 'shabu', 'contraband', 'fuel', 'cigarettes', 'boats', 'boat', 'vehicles', 'trucks', 'truck', 'livestock', 'cattle', 'money', 'cash', 'phones', 'goods']);
/** what a seizure takes: arms, goods, or (by default) ground or people */
export function seizedGoods(a: SentenceAnalysis, tr: TriggerHit): 'arms' | 'goods' | null {
  const cl = a.clause[tr.startToken];
  for (let k = tr.endToken; k < a.s.tokens.length && k <= tr.endToken + 6 && a.clause[k] === cl; k++) {
    const n = a.s.tokens[k].norm;
    if (SEIZED_ARMS.has(n) || a.weapons.some((w) => w.startToken === k && w.mode !== 'melee' && w.mode !== 'crowd' && w.mode !== 'arson')) return 'arms';
    if (SEIZED_GOODS.has(n)) return 'goods';
    if (TERRITORY.has(n) || n === ',' || n === 'from' || n === 'in' || n === 'near') return null;
  }
  return null;
}
/** an armed actor (state forces, rebels, militias) right before the trigger in its clause */
export function agent0Armed(a: SentenceAnalysis, tr: TriggerHit): boolean {
  const x = agentBefore(a, tr);
  return !!x && x.inter >= 1 && x.inter <= 4;
}

/** the last actor named before the trigger in its clause: the agent of an active verb */
export function agentBefore(a: SentenceAnalysis, tr: TriggerHit): ActorHit | undefined {
  const cl = a.clause[tr.startToken];
  for (let i = a.actors.length - 1; i >= 0; i--) {
    const y = a.actors[i];
    if (y.endToken <= tr.startToken && a.clause[y.startToken] === cl) return y;
  }
  return undefined;
}

/** acts done to people, whose passive subject is a person */
const PEOPLE_ACTS = new Set(['abduct', 'arrest', 'sexual', 'kill']);

/** "he was visiting Pakistan when he was kidnapped", "abducted a Haiti university professor": a
 *  country named beside such an act is no one it was done to */
export function countryAsPerson(tr: TriggerHit, x: ActorHit): boolean {
  return x.actorKind === 'country' && PEOPLE_ACTS.has(tr.cls);
}

/** acts that common crime and mobs commit as much as any state: a demonym or a bare country name
 *  beside such a noun ("Mexican killings", "Haiti faces kidnappings") says where, not who */
const PLACE_ACTS = new Set(['abduct', 'kill', 'sexual', 'protest', 'riot', 'mob', 'loot']);
/** (the kill and abduct entries are verbs that also hold their nouns: "killings", "abduction") */
const NOUN_FORM = /(?:ings?|ions?|massacres?|murders?|hostages|riots?|protests?|rape)$/i;
export function actByPlace(tr: TriggerHit): boolean {
  return PLACE_ACTS.has(tr.cls) && (tr.pos === 'noun' || NOUN_FORM.test(tr.text));
}

/** verbs by which a subject does a noun act ("carried out killings"), not merely suffers or sees it */
const PERFORM = /^(?:carr(?:y|ies|ied|ying)|conduct(?:s|ed|ing)?|commit(?:s|ted|ting)?|perpetrat(?:e|es|ed|ing)|order(?:s|ed|ing)?|launch(?:es|ed|ing)?|stag(?:e|es|ed|ing)|orchestrat(?:e|es|ed|ing))$/;

/** "Haiti struggles with a wave of kidnappings": a country subject of another verb is where the
 *  people-act happens, not its perpetrator, unless the verb is one of doing it */
export function countryExperiencer(s: Sentence, tr: TriggerHit, x: ActorHit): boolean {
  if (x.actorKind !== 'country' || !actByPlace(tr) || x.endToken > tr.startToken) return false;
  for (let k = x.endToken; k < tr.startToken; k++) if (PERFORM.test(s.tokens[k].norm)) return false;
  return true;
}
