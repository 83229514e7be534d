// Word-window tests around one trigger used by the draft builder: attributive participles, coordinated
// verbs, livestock objects, punished suspects, "groups of X" agents, modifier roles, protest context,
// other violent acts of the sentence and the victim's own deed in a "who" clause.
import type { CasualtyMention, Sentence, Span } from '../core/types.ts';
import type { ActorHit } from './actors.ts';
import type { TriggerHit } from './triggers.ts';
import type { Draft, SentenceAnalysis } from './builder.ts';
import { intransitiveDeath } from './context.ts';
import { ARMED_INTER } from './draft-context.ts';

const ATTRIB_PREV = new Set(['the', 'of', 'return', 'release', 'released', 'free', 'freed', 'rescue', 'rescued', 'for', 'two', 'three', 'four', 'five', 'several', 'many', 'some', 'all', 'other', 'recently', 'previously', 'formerly', 'their', 'its', 'his', 'her', 'these', 'those']);
const PERSON_NEXT = new Set(['women', 'children', 'people', 'civilians', 'men', 'girls', 'boys', 'persons', 'soldiers', 'students', 'villagers', 'workers', 'families', 'person', 'man', 'woman', 'child', 'girl', 'boy', 'hostages', 'victims']);
const VICTIM_NEXT = new Set(['victim', 'victims', 'survivor', 'survivors']);
/** a trigger word that only describes people ("the freed kidnapped women", "kidnap victims") */
export function attributive(a: SentenceAnalysis, tr: TriggerHit): boolean {
  // "police rescued two kidnap victims", "rape survivors": the act names the people, it is not told here
  if (tr.endToken - tr.startToken === 1 && VICTIM_NEXT.has(a.s.tokens[tr.endToken]?.norm ?? '') && !/ed$/.test(tr.text)) return true;
  if (!/ed$/.test(tr.text) || tr.endToken - tr.startToken !== 1) return false;
  const prev = a.s.tokens[tr.startToken - 1]?.norm;
  const next = a.s.tokens[tr.endToken]?.norm;
  return !!prev && !!next && ATTRIB_PREV.has(prev) && PERSON_NEXT.has(next);
}

const ADVERBS = new Set(['also', 'then', 'later', 'subsequently', 'reportedly', 'allegedly', 'reportedly', 'again', 'allegedly', 'further']);
/** the trigger is a verb coordinated with an earlier one ("... and also targeted") */
export function coordinated(a: SentenceAnalysis, tr: TriggerHit): boolean {
  for (let k = tr.startToken - 1; k >= 0 && k >= tr.startToken - 3; k--) {
    const n = a.s.tokens[k].norm;
    if (n === 'and' || n === ',') return true;
    if (!ADVERBS.has(n)) return false;
  }
  return false;
}

const ANIMALS = new Set(['oxen', 'ox', 'cows', 'cow', 'cattle', 'livestock', 'sheep', 'goats', 'goat', 'camels', 'camel', 'animals', 'donkeys', 'horses', 'herd', 'heads']);
const PERSON_AFTER_ANIMAL = new Set(['thief', 'thieves', 'rustler', 'rustlers', 'herder', 'herders', 'owner', 'owners', 'trader', 'traders', 'keeper', 'keepers', 'farmer', 'farmers', 'breeder', 'breeders', 'dealer', 'dealers', 'market']);
export function animalObject(a: SentenceAnalysis, tr: TriggerHit): boolean {
  for (let k = tr.endToken; k < Math.min(a.s.tokens.length, tr.endToken + 5); k++) {
    const n = a.s.tokens[k].norm;
    // "a cattle thief", "goat traders": the animal word only modifies a person
    if (ANIMALS.has(n)) return !PERSON_AFTER_ANIMAL.has(a.s.tokens[k + 1]?.norm ?? '');
    if (n === ',' || n === '.' || n === 'and') return false;
    // "shot a youth suspected of stealing goats": a person is the object, the animal a detail about them
    if (a.actors.some((x) => x.startToken === k)) return false;
  }
  return false;
}

/** people a crowd punishes: "killed a presumed goat thief", "beat a man suspected of adultery" */
const SUSPECTS = new Set(['thief', 'thieves', 'robber', 'robbers', 'burglar', 'burglars', 'suspect', 'suspects', 'witch', 'witches', 'sorcerer', 'sorcerers', 'witchcraft', 'sorcery', 'sorceress', 'wizard', 'wizards', 'occult', 'rapist', 'rapists', 'murderer', 'rustler', 'rustlers', 'pickpocket', 'pickpockets', 'criminal', 'criminals', 'extortionist', 'kidnapper', 'kidnappers', 'adultery', 'stealing', 'theft']);
export function suspectNear(a: SentenceAnalysis, tr: TriggerHit): boolean {
  let cl = a.clause[tr.startToken];
  for (let k = tr.endToken; k < a.s.tokens.length && k <= tr.endToken + 8; k++) {
    const n = a.s.tokens[k].norm;
    if (SUSPECTS.has(n) || ((n === 'suspected' || n === 'accused') && a.s.tokens[k + 1]?.norm === 'of')) return true;
    // ("beat to death a woman whom they accused of sorcery": a relative clause about the victim says what she was blamed for)
    if (a.clause[k] !== cl && /^(?:who|whom|whose)$/.test(n)) cl = a.clause[k];
    else if (a.clause[k] !== cl && k > tr.endToken + 1) break;
  }
  // ("was beaten and paraded through the village over suspicion of witchcraft": a witch-hunt,
  // told anywhere after the act in its sentence)
  for (let k = tr.endToken; k < a.s.tokens.length; k++) if (WITCHCRAFT.has(a.s.tokens[k].norm)) return true;
  return false;
}
const WITCHCRAFT = new Set(['witch', 'witches', 'witchcraft', 'sorcery', 'sorcerer', 'sorcerers', 'sorceress', 'occult']);

/** "a suspected goat thief was beaten to death": the patient before a passive verb */
export function suspectTarget(a: SentenceAnalysis, x: ActorHit | undefined): boolean {
  if (!x) return false;
  for (let k = Math.max(0, x.startToken - 3); k < x.endToken; k++) if (SUSPECTS.has(a.s.tokens[k].norm)) return true;
  return false;
}

const GROUP_WORDS = new Set(['group', 'groups', 'crowd', 'crowds', 'mob', 'mobs', 'members', 'band', 'bands', 'gang', 'gangs']);
export function groupsOfAgent(a: SentenceAnalysis, tr: TriggerHit): ActorHit | undefined {
  const cl = a.clause[tr.startToken];
  return a.actors.find((x) => x.endToken <= tr.startToken && a.clause[x.startToken] === cl && a.s.tokens[x.startToken - 1]?.norm === 'of' && GROUP_WORDS.has(a.s.tokens[x.startToken - 2]?.norm ?? ''));
}

/** "local policemen", "civilian police patrol": a role word used as a modifier; the head is the next actor */
export function headActor(a: SentenceAnalysis, x: ActorHit | undefined): ActorHit | undefined {
  if (!x || (x.id !== 'civilians' && x.id !== 'rioters')) return x;
  return a.actors.find((y) => y.startToken === x.endToken) ?? x;
}

// The protest flag comes from a window of sentences whose cue list also fires on the month
// "March", on "airstrike" and on "demand": where this sentence's own match is only such a word,
// the protest context must come from an unambiguous cue of its own.
const LEAKY_PROTEST = /\bMarch\b|strike|demand/;
const CLEAR_PROTEST = /protest|demonstrat|\brall(?:y|ied|ies|ying)\b|\bmarch(?:ed|es|ing|ers)\b|\bsit-ins?\b|picket|\bgathered\b|\bvigils?\b|\bon strike\b|\bgeneral strike\b|\bhunger strike\b|\bstrikers?\b|\bstrike action\b|barricad|\brioters?\b|\brioting\b/i;
export function protestHere(s: Sentence, flag: boolean): boolean {
  if (!flag) return false;
  return CLEAR_PROTEST.test(s.text) || !LEAKY_PROTEST.test(s.text);
}

// "arrested 45 opposition supporters ahead of a planned rally": a demonstration that has not
// happened yet is why people were arrested, not a protest the police broke up
const PLANNED_PROTEST = /\b(?:ahead of|before|to (?:prevent|stop|foil|block)|in anticipation of)\s+(?:(?:a|an|the|their|its|his|her|this|next|weekend|week's|weekend's|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|planned|proposed|scheduled|upcoming|announced|anti-government|opposition|mass|nationwide)\s+){0,4}(?:protests?|rall(?:y|ies)|demonstrations?|march(?:es)?|sit-ins?|strikes?|vigils?)\b/gi;
/** every protest word of the sentence names a protest still to come ("ahead of a planned rally") */
export function plannedProtestOnly(s: Sentence): boolean {
  const rest = s.text.replace(PLANNED_PROTEST, ' ');
  return rest !== s.text && !CLEAR_PROTEST.test(rest);
}

/** the trigger sits in a relative clause ("people who set fire to ...") whose antecedent is not a crowd of demonstrators */
export function grievanceClause(a: SentenceAnalysis, tr: TriggerHit): boolean {
  const cl = a.clause[tr.startToken];
  let k = tr.startToken;
  while (k > 0 && a.clause[k - 1] === cl) k--;
  const first = a.s.tokens[k]?.norm;
  if (first !== 'who') return false;
  const antecedent = a.actors.find((x) => x.endToken === k || x.endToken === k - 1);
  return !!antecedent && antecedent.inter !== 5 && antecedent.inter !== 6;
}

const VIOLENT_ACTS = new Set(['attack', 'clash', 'shell', 'air', 'explosion', 'suicide', 'grenade', 'chemical', 'kill', 'abduct', 'sexual', 'mob']);

/** another strong trigger of the sentence names a violent act (not one told as the cause of this
 * act: "residents set fire to the police station after a man died in custody") */
export function otherViolentAct(a: SentenceAnalysis, raw: TriggerHit): boolean {
  return a.triggers.some((o) => o !== raw && VIOLENT_ACTS.has(o.cls) && !o.weak && !causeOf(a, raw, o));
}

/** another strong trigger of the sentence is a beating or a killing of people */
export function otherHurtsPeople(a: SentenceAnalysis, raw: TriggerHit): boolean {
  return a.triggers.some((o) => o !== raw && !o.weak && (o.cls === 'mob' || (o.cls === 'kill' && !intransitiveDeath(o))) && !causeOf(a, raw, o));
}

const CAUSE_WORDS = new Set(['after', 'following', 'because']);
/** `later` is told after `first` behind "after"/"following"/"because": the earlier act that led to it */
export function causeOf(a: SentenceAnalysis, first: TriggerHit, later: TriggerHit): boolean {
  if (later.startToken <= first.endToken) return false;
  for (let k = first.endToken; k < later.startToken; k++) if (CAUSE_WORDS.has(a.s.tokens[k].norm)) return true;
  return false;
}

/** the trigger sits in a "who ..." clause right after the target of an earlier trigger of the sentence */
export function victimsDeed(a: SentenceAnalysis, tr: TriggerHit, drafts: Draft[]): boolean {
  const cl = a.clause[tr.startToken];
  let k = tr.startToken;
  while (k > 0 && a.clause[k - 1] === cl) k--;
  if (a.s.tokens[k]?.norm !== 'who') return false;
  return drafts.some((d) => d.target && d.target.endToken === k && d.trigger.endToken <= d.target.startToken);
}

/** words that open what a protest is about: "against the killing of", "condemning the attack on" */
const GRIEVANCE_OPENERS = new Set([
  'against', 'over', 'condemning', 'condemn', 'condemned', 'denouncing', 'denounce', 'denounced', 'decrying', 'protesting',
  'demanding', 'demanded', 'demand', 'regarding', 'relation', 'solidarity', 'following', 'after', 'due', 'deplore', 'deploring', 'deplored',
]);

/**
 * a violent act named as a noun in what the demonstrators protest about ("protested against the
 * abduction of a teacher", "a sit-in following an attack on a journalist"): the grievance, told as
 * background, not an act of this protest. (A crowd's own violence is told with a verb: "stormed".)
 */
export function grievanceAct(a: SentenceAnalysis, tr: TriggerHit): boolean {
  // (a participle, "a kidnapped teacher", names the person; the act is told elsewhere or not at all)
  if (!nominal(a.s, tr) || !VIOLENT_ACTS.has(tr.cls) || /ed$/i.test(tr.text)) return false;
  for (let k = tr.startToken - 1; k >= 0 && k >= tr.startToken - 8; k--) {
    const n = a.s.tokens[k].norm;
    if (n === ';' || n === ':') return false;
    // "in protest of", "in protest at"
    const opens = GRIEVANCE_OPENERS.has(n) || ((n === 'of' || n === 'at') && /^protests?$/.test(a.s.tokens[k - 1]?.norm ?? ''));
    // the opener hangs on the protest: the last trigger before it is the gathering itself
    // ("police used tear gas against stone-throwing youths" tells no grievance)
    if (opens) {
      const last = lastTriggerBefore(a, k);
      return last?.cls === 'protest' && last.id !== 'intervene';
    }
  }
  return false;
}

/** words that open a clause telling what came before the protest: "after gunmen killed a trader" */
const CAUSE_OPENERS = new Set(['after', 'following']);
const CROWD_PRONOUNS = new Set(['they', 'we', 'demonstrators', 'protesters', 'protestors', 'marchers']);

/**
 * the "after"/"following" that opens a clause holding token k and hanging on a protest
 * ("residents demonstrated after an explosion killed nine people"), or -1. The clause tells the
 * cause the crowd reacts to; the crowd's own deeds ("after they stormed the town hall") are not one.
 */
function causeOpener(a: SentenceAnalysis, k0: number, throughAnd = false): number {
  for (let k = k0; k >= 0 && k >= k0 - 8; k--) {
    const n = a.s.tokens[k].norm;
    // ("after a bridge collapsed and a child died": a toll coordinated inside the cause clause is the
    // cause's, unless the words after "and" name armed men or a crowd acting on their own)
    if (n === 'and' && throughAnd && a.s.tokens[k - 1]?.norm !== ',' && !a.actors.some((x) => x.startToken > k && x.endToken <= k0 + 1 && x.inter !== 7 && x.inter !== undefined)) continue;
    if (n === ';' || n === ':' || n === ',' || n === 'and') return -1;
    if (CROWD_PRONOUNS.has(n)) return -1;
    if (!CAUSE_OPENERS.has(n)) continue;
    const last = lastTriggerBefore(a, k);
    if (last?.cls !== 'protest' || last.id === 'intervene') return -1;
    // the agent named inside the clause is the crowd itself (protesters, rioters): their own act
    return a.actors.some((x) => x.startToken > k && x.endToken <= k0 && (x.inter === 5 || x.inter === 6)) ? -1 : k;
  }
  return -1;
}

/** a violent act told in a cause clause of a protest: the grievance, an earlier act, not this protest's */
export function grievanceCause(a: SentenceAnalysis, tr: TriggerHit): boolean {
  return VIOLENT_ACTS.has(tr.cls) && causeOpener(a, tr.startToken - 1) >= 0;
}

const RELATIVE_WHO = new Set(['who', 'whose']);
const CLAUSE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'had', 'has', 'have', 'be', 'got', 'get']);
/**
 * a harm told in a "who" clause on the people who then protest ("families who say their sons have
 * been kidnapped held a sit-in", "relatives of a guard who was shot dead marched"): the crowd's
 * grievance, told as who they are, not an act of the note
 */
export function crowdsGrievance(a: SentenceAnalysis, tr: TriggerHit): boolean {
  if (!VIOLENT_ACTS.has(tr.cls) && tr.cls !== 'arrest') return false;
  let k = tr.startToken - 1;
  for (; k >= 0 && k >= tr.startToken - 10; k--) {
    const n = a.s.tokens[k].norm;
    if (RELATIVE_WHO.has(n)) break;
    if (n === ';' || n === ':' || n === ',' || n === '(' || n === ')') return false;
  }
  if (k < 0 || k < tr.startToken - 10) return false;
  // the harm is the clause's own verb ("who was shot dead", "who have been kidnapped"), not the main
  // verb after a clause that has closed ("a leader who is also a councillor attacked the rally")
  let j = tr.startToken - 1;
  while (j > k && /(?:ly)$/.test(a.s.tokens[j].norm)) j--;
  if (j !== k && !CLAUSE_AUX.has(a.s.tokens[j].norm)) return false;
  // the clause hangs on the subject: no gathering is told before it, one is told after the harm
  const protestAt = (o: TriggerHit) => (o.cls === 'protest' || o.cls === 'riot') && o.id !== 'intervene' && !/^(?:demand|chant)/i.test(o.text);
  return !a.triggers.some((o) => o.startToken < k && protestAt(o)) && a.triggers.some((o) => o.startToken >= tr.endToken && protestAt(o));
}

/** a toll told in a cause clause of a protest ("after a gas leak killed 11"): the grievance's dead, not the protest's */
function causeCasualty(a: SentenceAnalysis, c: Span): boolean {
  const toks = a.s.tokens;
  let k = 0;
  while (k + 1 < toks.length && toks[k + 1].start <= c.start) k++;
  return causeOpener(a, k, true) >= 0;
}

const ARTICLES = new Set(['a', 'an', 'the', 'their', 'his', 'her', 'its']);
/** a noun use, also behind a modifier the part-of-speech guess reads as a verb ("a locust attack") */
function nominal(s: Sentence, tr: TriggerHit): boolean {
  if (tr.pos === 'noun') return true;
  if (/(?:ed|ing)$/i.test(tr.text)) return false;
  for (let k = tr.startToken - 2; k >= 0 && k >= tr.startToken - 3; k--) if (ARTICLES.has(s.tokens[k].norm)) return true;
  // "banditry and attacks": coordinated with a noun
  const prev = s.tokens[tr.startToken - 1]?.norm;
  return (prev === 'and' || prev === 'or') && /^[a-z]+(?<!ed|ing)$/.test(s.tokens[tr.startToken - 2]?.text ?? '');
}

function lastTriggerBefore(a: SentenceAnalysis, k: number): TriggerHit | undefined {
  let last: TriggerHit | undefined;
  for (const t of a.triggers) if (t.endToken <= k && (!last || t.startToken > last.startToken)) last = t;
  return last;
}

const RIOT_REFERENCE = new Set(['during', 'after', 'following', 'since', 'about', 'over', 'against']);
/** words inside the noun phrase before a riot noun: "after the intense protests and riots" */
const REFERENCE_NP = new Set(['a', 'the', 'recent', 'last', 'earlier', 'previous', 'intense', 'violent', 'deadly', 'and', 'or', 'protests', 'demonstrations', 'clashes', 'unrest', 'strikes', 'looting']);

/** a riot named in a prepositional phrase ("during riots", "following the protests and riots"):
 * a reference to unrest told elsewhere, not the act the sentence reports */
export function riotReference(s: Sentence, tr: TriggerHit): boolean {
  // (a word after an article, an adjective or "and" is a noun whatever its part-of-speech guess:
  // "after the intense protests and riots"; right after the preposition it needs a noun reading:
  // "against stone-pelting youths" names the target, no reference)
  for (let k = tr.startToken - 1; k >= 0 && k >= tr.startToken - 5; k--) {
    const n = s.tokens[k].norm;
    if (RIOT_REFERENCE.has(n)) return tr.pos === 'noun' || k < tr.startToken - 1;
    if (!REFERENCE_NP.has(n)) return false;
  }
  return false;
}

/** the trigger of a sentence nearest to a casualty phrase */
function nearestTrigger(a: SentenceAnalysis, c: Span): TriggerHit | undefined {
  let best: TriggerHit | undefined;
  let bd = Infinity;
  for (const t of a.triggers) {
    const d = Math.abs(t.start - c.start);
    if (d < bd) [best, bd] = [t, d];
  }
  return best;
}

/** the sentence's tolls that belong to a trigger: those nearest to it, less a protest's grievance's dead */
export function triggerCasualties(a: SentenceAnalysis, tr: TriggerHit): CasualtyMention[] {
  return a.casualties.filter((c) => nearestTrigger(a, c)?.start === tr.start && !(tr.cls === 'protest' && causeCasualty(a, c)));
}

/** an armed side named right before the trigger: "an army operation", "a PMF operation" */
export function armedOwner(a: SentenceAnalysis, tr: TriggerHit): boolean {
  return a.actors.some((x) => x.endToken >= tr.startToken - 1 && x.endToken <= tr.startToken && ARMED_INTER.has(x.inter));
}

/** the trigger follows "<w1> with" within `span` words ("in solidarity with the (miners') protest",
 * "in connection with the (nationwide) protests"): a gathering named as the cause or the case of another act */
function afterWith(s: Sentence, tr: TriggerHit, w1: string, span: number): boolean {
  for (let k = tr.startToken - 1; k >= 1 && k >= tr.startToken - span; k--) if (s.tokens[k].norm === 'with' && s.tokens[k - 1].norm === w1) return true;
  return false;
}
export const connectionWith = (s: Sentence, tr: TriggerHit): boolean => afterWith(s, tr, 'connection', 4);
export const solidarityWith = (s: Sentence, tr: TriggerHit): boolean => afterWith(s, tr, 'solidarity', 5);

/** the subject before a speech-like protest word is a state, its forces or its officials ("Serbia
 * demanded", "the ministers demanded"), no crowd */
export function stateSpeaker(a: SentenceAnalysis, tr: TriggerHit): boolean {
  const subj = [...a.actors].reverse().find((x) => x.endToken <= tr.startToken && a.clause[x.startToken] === a.clause[tr.startToken]);
  if (subj) return subj.actorKind === 'country' || subj.inter === 1 || subj.inter === 8 || /\b(?:officials?|ministers?|minister|government|president|leaders?)\b/i.test(subj.text);
  // (no actor found: a country or an office named as the subject, "The PRC on Tuesday demanded")
  const before = a.s.text.slice(0, tr.start - a.s.start);
  return /\b(?:officials?|ministers?|ministry|government|president|embassy|envoy|parliament|council)\b[^,;]*$/i.test(before);
}

/** weapon words that name an explosive or an air attack as a noun ("a roadside bomb", "two drones") */
const WEAPON_ACT = new Set(['explosion', 'air', 'shell', 'grenade', 'suicide']);
/** words between a disruption verb and its object ("defused a roadside bomb", "shot down two armed drones") */
const DISRUPTED_SPAN = 4;

/** the weapon is the object of a disruption told just before it in its clause: "engineers defused a
 *  roadside bomb", "air defences shot down two drones"; the weapon's use was disrupted, no blast or strike */
export function disruptedObject(a: SentenceAnalysis, tr: TriggerHit): boolean {
  if (!WEAPON_ACT.has(tr.cls) || tr.pos !== 'noun') return false;
  return a.triggers.some((o) => o.cls === 'disrupt' && o.endToken <= tr.startToken && tr.startToken - o.endToken <= DISRUPTED_SPAN && a.clause[o.startToken] === a.clause[tr.startToken]);
}
