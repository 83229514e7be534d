// Context cues that the ACLED type of a draft depends on, read from the tokens around the trigger
// and its actors: is the agent a crowd or one or two individuals, is a "group" really the actor
// named after "of", is an "attack" figurative, is an arrest the grievance of a protest.
import type { Sentence } from '../core/types.ts';
import type { ActorHit } from './actors.ts';
import type { TriggerHit } from './triggers.ts';

/** nouns for many unarmed people acting together */
const CROWD_HEADS = new Set([
  'villagers', 'residents', 'locals', 'youths', 'youth', 'community', 'communities', 'workers', 'farmers', 'members', 'students',
  'shopkeepers', 'traders', 'vendors', 'drivers', 'migrants', 'inhabitants', 'neighbours', 'neighbors', 'relatives', 'crowd',
  'crowds', 'mob', 'mobs', 'group', 'groups', 'supporters', 'rioters', 'citizens', 'families', 'prisoners', 'inmates', 'detainees',
  'pastoralists', 'herders', 'fishermen', 'merchants', 'sellers', 'laborers', 'labourers', 'nationals', 'villages', 'activists',
  'protesters', 'demonstrators', 'partisans', 'worshippers', 'passengers', 'miners', 'loggers',
]);
/** plural person nouns that are a crowd only when many ("300 people"), not "two men" */
const PERSON_HEADS = new Set(['people', 'men', 'women', 'persons', 'individuals', 'boys', 'girls']);
const MANY = new Set(['number', 'dozens', 'hundreds', 'thousands', 'scores', 'many', 'several', 'numerous', 'group', 'crowd', 'mob', 'gang']);
const SMALL = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'single', 'lone', 'both', 'couple', 'pair']);
const NUMBER_WORDS: Record<string, number> = {
  five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100,
};
const SKIP_MODS = new Set(['least', 'at', 'about', 'around', 'some', 'nearly', 'over', 'more', 'than', 'unidentified', 'unknown', 'angry', 'local', 'of']);

function countBefore(s: Sentence, at: number): { small: boolean; many: boolean } {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const n = s.tokens[k].norm;
    if (SMALL.has(n)) return { small: true, many: false };
    if (MANY.has(n)) return { small: false, many: true };
    if (/^\d+$/.test(n)) return Number(n) >= 5 ? { small: false, many: true } : { small: true, many: false };
    if (NUMBER_WORDS[n]) return { small: false, many: true };
    if (!SKIP_MODS.has(n)) break;
  }
  return { small: false, many: false };
}

/** whether an unarmed agent is a crowd rather than one or a few individuals */
export function collectiveAgent(s: Sentence, x: ActorHit | undefined): boolean {
  if (!x) return false;
  // (a faith, a sect or a secret society acts as a body of its members)
  if (x.id === 'rioters' || x.id === 'protesters' || x.id === 'believers') return true;
  const words = x.text.toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  const ofGroup = s.tokens[x.startToken - 1]?.norm === 'of' && /^(?:groups?|crowds?|mobs?|hundreds|dozens|thousands|scores)$/.test(s.tokens[x.startToken - 2]?.norm ?? '');
  if (ofGroup) return true;
  const count = countBefore(s, x.startToken);
  if (CROWD_HEADS.has(head)) return !count.small || head === 'groups';
  if (PERSON_HEADS.has(head)) return count.many;
  return false;
}

const CROWD_WEAPONS = new Set(['sticks', 'batons', 'clubs', 'stones', 'rocks', 'bricks', 'canes', 'whips', 'cudgels']);
/** "armed pastoralists", "armed villagers": a weapon-carrying party, not a crowd */
export function armedModifier(s: Sentence, x: ActorHit | undefined): boolean {
  if (!x) return false;
  const prev = s.tokens[x.startToken - 1]?.norm;
  if (prev === 'armed' || /^armed\s/i.test(x.text)) return true;
  // "young men carrying machetes", "villagers equipped with guns"
  for (let k = x.endToken; k < s.tokens.length && k <= x.endToken + 2; k++) {
    const n = s.tokens[k].norm;
    // (sticks, batons and stones are what any crowd picks up: still a crowd)
    if ((n === 'armed' || n === 'equipped') && s.tokens[k + 1]?.norm === 'with') return !CROWD_WEAPONS.has(s.tokens[k + 2]?.norm ?? '');
    if (n !== ',') break;
  }
  return false;
}

/** "a group of IS fighters", "a group of about a dozen armed men": the actor named after "of" */
export function resolveGroup(s: Sentence, actors: ActorHit[], x: ActorHit | undefined): ActorHit | undefined {
  if (!x || !/\b(?:group|groups|band|team|gang)$/i.test(x.text)) return x;
  if (s.tokens[x.endToken]?.norm !== 'of') return x;
  const inner = actors.find((y) => y !== x && y.startToken > x.endToken && y.startToken - x.endToken <= 5);
  if (!inner) return x;
  for (let k = x.endToken + 1; k < inner.startToken; k++) if (/^[,.;:]$/.test(s.tokens[k].norm)) return x;
  // "an armed band of twelve men": the people are its members, the group stays armed
  if (x.inter >= 2 && x.inter <= 4 && inner.inter === 7 && inner.actorKind === 'generic') return x;
  return inner;
}

/** abstract objects of a figurative attack: "an attack on media freedom" */
const ABSTRACT = new Set([
  'freedom', 'freedoms', 'democracy', 'rights', 'constitution', 'sovereignty', 'judiciary', 'independence', 'journalism',
  'dignity', 'values', 'religion', 'faith', 'humanity', 'institutions', 'liberty', 'liberties', 'speech', 'expression',
  'autonomy', 'unity', 'integrity', 'reputation', 'honour', 'honor', 'culture', 'identity', 'federalism', 'secularism',
  'pluralism', 'principles', 'decency', 'privacy', 'truth', 'science', 'livelihoods', 'economy', 'rule', 'order',
]);
const NP_END = new Set([',', '.', ';', ':', 'in', 'and', 'by', 'of', 'at', 'near', 'on', 'after', 'as', 'which', 'that', 'who', 'when', '(', ')']);

/** "an attack on media freedom", "attacks against the constitution": words, not violence */
export function figurativeAttack(s: Sentence, tr: TriggerHit): boolean {
  if (tr.cls !== 'attack') return false;
  const prep = s.tokens[tr.endToken]?.norm;
  if (prep !== 'on' && prep !== 'against' && prep !== 'upon') return false;
  let head: string | undefined;
  for (let k = tr.endToken + 1; k < s.tokens.length && k <= tr.endToken + 5; k++) {
    const n = s.tokens[k].norm;
    if (NP_END.has(n)) break;
    head = n;
  }
  return !!head && ABSTRACT.has(head);
}

/** things burnt as a statement, not as damage: ACLED codes burning an effigy or a flag as a protest */
const SYMBOLIC = new Set(['effigy', 'effigies', 'flag', 'flags', 'portrait', 'portraits', 'poster', 'posters', 'photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'image', 'images', 'banner', 'banners', 'copy', 'copies']);
const BURN = /^(?:burn(?:ed|t|ing|s)?|set (?:fire|ablaze|alight|on fire)(?: to)?|torched|torching|set on fire)(?: (?:a|an|the))?$/i;

/** "burnt an effigy of the minister", "set fire to the flag": a symbolic act, no riot or destruction */
export function symbolicBurning(s: Sentence, tr: TriggerHit): boolean {
  if (tr.cls !== 'riot' && tr.cls !== 'loot') return false;
  if (!BURN.test(s.text.slice(tr.start - s.start, tr.end - s.start).replace(/\s+/g, ' '))) return false;
  for (let k = tr.endToken; k < s.tokens.length && k <= tr.endToken + 3; k++) {
    const n = s.tokens[k].norm;
    if (SYMBOLIC.has(n)) return true;
    if (n !== 'a' && n !== 'an' && n !== 'the' && n !== 'to' && !/^(?:huge|large|giant|mock|national|party|their|his|her|its|several|two|three|many)$/.test(n)) return false;
  }
  return false;
}

/** words before an arrest that make it what a protest is about ("against the unjust arrest of") */
const GRIEVANCE_BEFORE = new Set([
  'against', 'over', 'condemning', 'condemn', 'condemned', 'denounce', 'denounced', 'denouncing', 'protesting', 'protested',
  'demanding', 'demanded', 'demand', 'following', 'after', 'unjust', 'illegal', 'arbitrary', 'wrongful', 'unlawful', 'release',
  'recent', 'previous', 'earlier', 'alleged', 'who', 'whom', 'had', 'his', 'her', 'their',
]);
/** a determiner right before the arrest: "his arrest", "the arrested president" */
const GRIEVANCE_DET = new Set(['the', 'his', 'her', 'their', 'its']);
/** words after an arrest that make it a legal case, not police action at the protest */
const LEGAL_AFTER = new Set(['connection', 'case', 'charges', 'charged', 'accused', 'warrant', 'corruption', 'sedition', 'treason', 'fraud', 'embezzlement']);

/** an arrest that a protest is about, or a legal case mentioned as its background */
export function grievanceArrest(s: Sentence, clause: number[], tr: TriggerHit): boolean {
  const cl = clause[tr.startToken];
  if (GRIEVANCE_DET.has(s.tokens[tr.startToken - 1]?.norm ?? '')) return true;
  for (let k = tr.startToken - 1; k >= 0 && k >= tr.startToken - 6 && clause[k] === cl; k--) if (GRIEVANCE_BEFORE.has(s.tokens[k].norm)) return true;
  for (let k = tr.endToken; k < s.tokens.length && k <= tr.endToken + 6 && clause[k] === cl; k++) if (LEGAL_AFTER.has(s.tokens[k].norm)) return true;
  // "the arrest of the editor": a nominal arrest with its patient after "of"
  return s.tokens[tr.endToken]?.norm === 'of';
}

const TRANSITIVE_DEATH = /\b(?:shot|stabbed|beaten|beat|hacked|burn(?:ed|t)|stoned|clubbed|gunned)\b/i;
/** intransitive death phrases whose subject is the victim ("a man died", "the body was found"), not "shot dead" */
export function intransitiveDeath(tr: TriggerHit): boolean {
  return /\b(?:died|dead|death|bod(?:y|ies)|corpses?|succumbed)\b/i.test(tr.text) && !TRANSITIVE_DEATH.test(tr.text);
}

/** people named by their kin, trade or community rather than as an armed party or unknown assailants */
const PERSONAL_HEADS = new Set([
  'brother', 'brothers', 'son', 'sons', 'father', 'husband', 'wife', 'relatives', 'relative', 'kin', 'family', 'families',
  'neighbour', 'neighbours', 'neighbor', 'neighbors', 'farmer', 'farmers', 'pastoralist', 'pastoralists', 'herder', 'herders',
  'herdsman', 'herdsmen', 'residents', 'villagers', 'employees', 'workers', 'rivals', 'traders', 'breeder', 'landlord', 'kinsmen',
]);
/** words that make the assailants an unknown or armed party: an unidentified armed group's attack */
const ARMED_OR_UNKNOWN = new Set(['unknown', 'unidentified', 'armed', 'gunmen', 'gunman', 'masked', 'suspected', 'presumed', 'bandits', 'militiamen', 'militia', 'hooded']);

/**
 * The violence is done by people known by their kin, trade or neighbourhood (three cousins, a herder
 * and his sons, the staff of a shop): ACLED codes such
 * spontaneous violence between community members as mob violence, not as an armed group's attack.
 * Reads the words before the trigger in its clause, since such subjects are often no lexicon actor.
 */
export function personalAgent(s: Sentence, clause: number[], tr: TriggerHit): boolean {
  const cl = clause[tr.startToken];
  let personal = false;
  for (let k = tr.startToken - 1; k >= 0 && k >= tr.startToken - 8 && clause[k] === cl; k--) {
    const n = s.tokens[k].norm;
    if (n === ',' || n === 'by') break;
    if (ARMED_OR_UNKNOWN.has(n)) return false;
    if (PERSONAL_HEADS.has(n)) personal = true;
  }
  return personal;
}

const ONGOING = /^(?:continue|continues|continued|continuing|rage|rages|raged|raging|persist|persists|persisted|go|goes|went|rumble|rumbles|rumbled)$/;
const OUTBREAK = /^(?:erupted|errupted|broke|flared|escalated|resumed|reignited|occurred|raged)$/;
const BACKDROP_SKIP = new Set(['the', 'ongoing', 'renewed', 'heavy', 'armed', 'tribal', 'intercommunal', 'inter-communal', 'communal', 'continuing', 'recent', 'sporadic', 'clan', 'fierce']);
/** fighting named after "amid", "after weeks of" or "as ... continue": the fighting is the backdrop
 * of the act the sentence reports, not that act */
export function backdropFight(s: Pick<Sentence, 'tokens'>, tr: Pick<TriggerHit, 'cls' | 'startToken' | 'endToken' | 'anaphoric'> & { id?: string }): boolean {
  if (tr.cls !== 'clash') return false;
  // "ethnic violence has killed 220 people since May", "a curfew after communal violence": such
  // violence is an act only where the sentence tells it breaking out ("inter-clan violence erupted")
  if (tr.id === 'communal-violence') return !OUTBREAK.test(s.tokens[tr.endToken]?.norm === 'reportedly' ? s.tokens[tr.endToken + 1]?.norm ?? '' : s.tokens[tr.endToken]?.norm ?? '');
  let k = tr.startToken - 1;
  while (k >= 0 && BACKDROP_SKIP.has(s.tokens[k].norm)) k--;
  const n = s.tokens[k]?.norm;
  if (n === 'amid' || n === 'amidst') return true;
  // "as battles continue in those areas", "as the fighting raged on": the fighting goes on around the act
  if (n === 'as' && ONGOING.test(s.tokens[tr.endToken]?.norm ?? '')) return true;
  // "after days of", "following weeks of"
  if (n === 'of' && /^(?:days|weeks|months|years)$/.test(s.tokens[k - 1]?.norm ?? '') && /^(?:after|following|since)$/.test(s.tokens[k - 2]?.norm ?? '')) return true;
  return displacementCause(s, tr, k);
}

const FLIGHT = /^(?:flee|leave|abandon|evacuate|move)$/;
const DISPLACED = /^(?:displaced|evacuated|uprooted)$/;
const TOLL = /^(?:killed|killing|dead|died|deaths?|wounded|wounding|injured|injuring|casualties|fatalities|bodies)$/;
/**
 * "fighting between X and Y forced 500 villagers to flee", "families were displaced following a
 * clash": a fight told only as the cause of a displacement, with no toll of its own, leaves the
 * displacement as the act the sentence reports (ACLED: a strategic development)
 */
function displacementCause(s: Pick<Sentence, 'tokens'>, tr: Pick<TriggerHit, 'startToken' | 'endToken' | 'anaphoric'>, before: number): boolean {
  const t = s.tokens;
  // ("The clashes forced them to flee": the fight told before keeps its own event)
  if (tr.anaphoric || t.some((x) => TOLL.test(x.norm))) return false;
  // ("were displaced following a clash", "fled after clashes")
  if (t[before]?.norm === 'a' || t[before]?.norm === 'an') before--;
  const prep = t[before]?.norm;
  const cause = prep === 'following' || prep === 'after' || (prep === 'to' && t[before - 1]?.norm === 'due') || (prep === 'of' && t[before - 1]?.norm === 'because');
  if (cause) {
    const at = prep === 'to' || prep === 'of' ? before - 1 : before;
    for (let j = at - 1; j >= 0 && j >= at - 3; j--) if (DISPLACED.test(t[j].norm)) return true;
  }
  // ("the fighting forced residents to flee")
  for (let j = tr.endToken; j < t.length && j <= tr.endToken + 12; j++) {
    if (/^forc(?:ed|ing|es)$/.test(t[j].norm)) {
      for (let m = j + 1; m < t.length && m <= j + 8; m++) if (t[m].norm === 'to' && FLIGHT.test(t[m + 1]?.norm ?? '')) return true;
    }
  }
  return false;
}

/** "repelled", "repulsed": the object of the verb is the side that attacked ("thwarted" and "foiled"
 * are left out: notes use them for defenders' claims, coded either way) */
export function repelVerb(tr: TriggerHit): boolean {
  return tr.cls === 'clash' && /^(?:repel|repuls|beat(?:en)? (?:back|off)|fought off)/i.test(tr.text);
}
