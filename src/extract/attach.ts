// Actor attachment (stage 3, split out of builder.ts): which actors of a sentence are a trigger's
// agent (actor1) and target (actor2), from clause boundaries, passive voice ("were killed by X"),
// prepositions ("attack on X", "response from X", "clashes between X and Y") and coordination.
import type { Sentence } from '../core/types.ts';
import type { ActorHit } from './actors.ts';
import type { TriggerHit } from './triggers.ts';
import type { SentenceAnalysis } from './builder.ts';
import { ARMED_INTER, isBe, isPassive } from './draft-context.ts';
import { unarmedMembers } from './communal-words.ts';
import { NON_AGENT_PREP, countryAsPerson, countryExperiencer } from './objects.ts';
import { attributedAuthor, authorOf, betweenSides, heldFor, hostageTaker, hurtInPassive, inByPhrase, inPassiveBy, leadConjunct, relativeAntecedent, speakerOfOther } from './agents.ts';

const LOCATIVE_PREP = new Set(['in', 'near', 'off', 'into', 'from', 'across', 'within', 'throughout', 'over', 'inside', 'outside', 'to', 'around', 'toward', 'towards', 'of']);
const NOUN_LEAD_PREP = new Set(['during', 'in', 'after', 'amid', 'following', 'since', 'before', 'by', 'from', 'of', 'with', 'despite', 'over', 'for']);
/** verbs that speak of an act told elsewhere: "confirmed the abduction", "condemned the attack" */
const SPOKEN_OF = /^(?:confirmed|confirms|condemned|condemns|denied|denies|reported|described|blamed|investigating|investigated|mourned|deplored|acknowledged)$/;
export const SKIP_BEFORE_NOUN = new Set(['a', 'an', 'the', 'their', 'its', 'his', 'her', 'this', 'that', 'second', 'third', 'first', 'new', 'latest', 'fresh', 'another', 'deadly', 'major', 'heavy', 'suspected', 'alleged', 'immediate', 'swift', 'quick', 'rapid', 'separate', 'similar', 'fierce', 'violent', 'massive', 'coordinated', 'brief', 'armed', 'large', 'small', 'retaliatory', 'simultaneous', 'overnight', 'dawn', 'night', 'several', 'multiple', 'joint', 'targeted', 'sweeping']);

export function tokenBefore(s: Sentence, i: number, skip: Set<string>): string | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const n = s.tokens[k].norm;
    if (skip.has(n)) continue;
    return n;
  }
  return undefined;
}
const DETS = new Set(['the', 'a', 'an', 'some', 'several', 'two', 'three', 'many', 'unidentified', 'unknown', 'suspected', 'armed']);

/** preposition governing an actor ("on US targets" → "on") */
export function prepOf(a: SentenceAnalysis, actor: ActorHit): string | undefined {
  const n = tokenBefore(a.s, actor.startToken, DETS);
  if ((n === 'of' || n === 'from') && quantityOf(a.s, actor.startToken)) return undefined;
  return n && NON_AGENT_PREP.has(n) ? n : undefined;
}

/** "a number of youths", "members of the militia", "hundreds of residents": "of" after a quantity is no preposition */
const QUANTITY = new Set(['number', 'group', 'groups', 'crowd', 'members', 'member', 'dozens', 'hundreds', 'thousands', 'scores', 'lot', 'band', 'gang', 'some', 'many', 'several', 'most', 'all', 'majority', 'unit', 'team', 'contingent', 'detachment', 'elements', 'mob', 'squad']);
const MEMBERS = new Set(['members', 'member', 'elements', 'fighters', 'militants', 'gunmen']);
function quantityOf(s: Sentence, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    // ("members from the Mara Salvatrucha": members of it)
    if (s.tokens[k].norm === 'from') return MEMBERS.has(s.tokens[k - 1]?.norm ?? '');
    if (s.tokens[k].norm !== 'of') continue;
    return QUANTITY.has(s.tokens[k - 1]?.norm ?? '');
  }
  return false;
}

/** (a module constant: tsx compiles a \p{…} literal to a new RegExp at every evaluation) */
const CAPITALISED = /^\p{Lu}/u;
const COMPASS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeast', 'northwest', 'southeast', 'southwest', 'rural', 'coastal']);
function usable(a: SentenceAnalysis, actor: ActorHit): boolean {
  // a bare country name after a locative preposition is a place ("in Syria"), not an actor
  if (actor.actorKind === 'country') {
    // "in western Yemen", "across northern Syria": a region of the country is a place
    if (COMPASS.has(a.s.tokens[actor.startToken - 1]?.norm ?? '')) return false;
    // "the Mexico-Tuxpan road", "the Syria-Turkey border": a hyphenated name of a road, border or route
    const hy = a.s.tokens[actor.endToken];
    if (hy?.text === '-' && hy.start === a.s.tokens[actor.endToken - 1].end && CAPITALISED.test(a.s.tokens[actor.endToken + 1]?.text ?? '')) return false;
    const p = prepOf(a, actor);
    if (p && LOCATIVE_PREP.has(p)) return false;
    if (/['’]s$/.test(actor.text)) return false;
  }
  return actor.actorKind !== 'observer';
}

// the usable actors of the last sentence asked about: its triggers are attached one after another
let usableFor: SentenceAnalysis | null = null;
let usableList: ActorHit[] = [];
/** the sentence's actors that can be an agent or target (read only by the caller) */
function usableActors(a: SentenceAnalysis): ActorHit[] {
  if (usableFor !== a) {
    usableList = a.actors.filter((x) => usable(a, x));
    usableFor = a;
  }
  return usableList;
}

/** an actor starts or ends in clause cl (a module function: tsx names every closure it creates) */
function inClause(a: SentenceAnalysis, cl: number, x: ActorHit): boolean {
  return a.clause[x.startToken] === cl || a.clause[Math.max(0, x.endToken - 1)] === cl;
}

/** "raided a camp in search of militants": the people searched for are the purpose, not the target */
function soughtAfter(s: Sentence, x: ActorHit): boolean {
  const k = x.startToken;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const n = s.tokens[j].norm;
    if ((n === 'for' || n === 'of') && /^(?:search|searching|looking|hunt|hunting|pursuit)$/.test(s.tokens[j - 1]?.norm ?? '')) return true;
    if (!DETS.has(n) && n !== 'suspected' && n !== 'alleged') return false;
  }
  return false;
}

/** the token after an origin phrase ("farmers from Zogbo and ...": after "from Zogbo"), else k itself */
function afterOrigin(s: Sentence, k: number): number {
  const prep = s.tokens[k]?.norm;
  if (prep !== 'from' && prep !== 'of') return k;
  let j = k + 1;
  while (j < s.tokens.length && j <= k + 4 && CAPITALISED.test(s.tokens[j].text)) j++;
  return j > k + 1 ? j : k;
}

/** a past-tense verb right before the object at `to` ("chased", "attacked"), after the subject ending at `from` */
const PAST = /^[a-z]{3,}ed$/;
/** the coordinated trigger is itself a verb in the past ("and fired", "and shot"), not a noun ("the kidnapping and rape of") */
const PAST_VERB = /^(?:[a-z]{3,}ed|shot|beat|hit|threw|burnt|stole|took|struck|fought|stabbed|set)$/;
function verbBetween(s: Sentence, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (PAST.test(s.tokens[k].norm)) return true;
  return false;
}

/** where the sentence's first act begins (`tr` at the latest) */
function firstActStart(a: SentenceAnalysis, tr: TriggerHit): number {
  let at = tr.startToken;
  for (const o of a.triggers) if (o.startToken < at) at = o.startToken;
  return at;
}

/** ", killing two", ", wounding a child": a present participle right after a comma */
function participleAfterComma(s: Sentence, tr: TriggerHit): boolean {
  return tr.pos === 'verb' && s.tokens[tr.startToken - 1]?.norm === ',' && /ing$/.test(s.tokens[tr.startToken].norm);
}

/** the agent and target of a trigger from its position in the sentence */
export function attachActors(a: SentenceAnalysis, tr: TriggerHit): { agent?: ActorHit; target?: ActorHit } {
  const hostage = hostageTaker(a, tr, (x) => usable(a, x));
  if (hostage) return hostage;
  const r = sidesOf(a, tr);
  // the crime someone is held or charged for is not the act of those who hold or charge him
  if (r.agent && heldFor(a, tr, r.agent)) return { target: r.target };
  return r;
}

function sidesOf(a: SentenceAnalysis, tr: TriggerHit): { agent?: ActorHit; target?: ActorHit } {
  const s = a.s;
  // "a police spokesman confirmed the abduction": an act named as what is said about it has no
  // sides in this sentence (the speaker is no agent, the words after it no target)
  if (tr.anaphoric && SPOKEN_OF.test(tokenBefore(s, tr.startToken, SKIP_BEFORE_NOUN) ?? '')) return {};
  const cl = a.clause[tr.startToken];
  const actors = usableActors(a);
  // (an actor may share its last word with the trigger: "Ukrainian drones" before "drones attacked")
  const left = actors.filter((x) => (x.endToken <= tr.startToken || (x.startToken < tr.startToken && x.endToken < tr.endToken)) && !countryExperiencer(s, tr, x)).reverse();
  const right = actors.filter((x) => x.startToken >= tr.endToken);
  const passive = isPassive(s, tr) || inPassiveBy(s, tr, isBe);
  const byActor = right.find((x) => inClause(a, cl, x) && x.startToken - tr.endToken <= (passive ? 10 : 3) && (prepOf(a, x) === 'by' || inByPhrase(s, x) || authorOf(s, tr, x) || (tr.pos === 'noun' && prepOf(a, x) === 'from')))
    ?? (tr.pos === 'noun' || passive ? attributedAuthor(s, right, tr.endToken, tr.endToken + 6, (x) => inClause(a, cl, x)) : undefined);

  // a note's leading tag ("Movement of forces: On 5 May, a Russian patrol ..."): the subject acts
  if (tr.id === 'note-label') {
    const subj = actors.filter((x) => !prepOf(a, x));
    // a group's movement or change ("farmers spotted thirty armed men on motorbikes"): the armed
    // men it names are the group, the people who saw them only witnesses
    if (tr.cls === 'deploy' && (!subj[0] || subj[0].inter === 7 || unarmedMembers(s, subj[0]))) {
      const armed = actors.find((x) => x !== subj[0] && x.inter >= 1 && x.inter <= 4);
      if (armed) return { agent: armed };
    }
    return { agent: subj[0], target: subj[1] ?? actors.find((x) => x !== subj[0] && prepOf(a, x) !== undefined && !LOCATIVE_PREP.has(prepOf(a, x)!)) };
  }
  // "clashes between X and Y"
  const sides = betweenSides(a, tr, right.filter((r) => inClause(a, cl, r)));
  if (sides) return sides;
  if (passive) {
    const patient = left.find((x) => inClause(a, cl, x) && !prepOf(a, x) && !countryAsPerson(tr, x)) ?? left.find((x) => !prepOf(a, x) && !countryAsPerson(tr, x));
    return { agent: byActor, target: patient };
  }
  let agent: ActorHit | undefined = byActor ?? relativeAntecedent(a, actors, tr);
  if (!agent) {
    const lead = tokenBefore(s, tr.startToken, SKIP_BEFORE_NOUN);
    const nounAfterPrep = tr.pos === 'noun' && lead !== undefined && NOUN_LEAD_PREP.has(lead) && !(a.actors.some((x) => x.endToken === tr.startToken));
    if (!nounAfterPrep) {
      // (", killing two policemen": a participle after a comma tells what the subject's act did, so
      // the object of that act is no doer of it, "a bomb struck a police vehicle, killing ...")
      const upTo = participleAfterComma(s, tr) ? firstActStart(a, tr) : tr.startToken;
      // (not the speaker of a report on another's act: "Police say a fugitive wanted for killing ...")
      agent = left.find((x) => inClause(a, cl, x) && !prepOf(a, x) && !hurtInPassive(a, x, tr) && x.startToken < upTo && !speakerOfOther(s, x, tr.startToken));
      // "rounds fired by suspected militia forces killed a child": a by-phrase inside the subject
      agent ??= left.find((x) => inClause(a, cl, x) && prepOf(a, x) === 'by');
      // a coordinated verb shares the sentence subject: "Gunmen stormed the village and killed..."
      // (not the people a casualty phrase names as hurt: "three farmers were wounded when a mine went off")
      agent ??= left.find((x) => !prepOf(a, x) && a.clause[x.startToken] === 0 && cl <= 1 && !hurtInPassive(a, x, tr) && x.startToken < upTo && !speakerOfOther(s, x, tr.startToken));
      // "Israeli forces chased fishermen off the coast and fired at them", "militants attacked
      // soldiers and killed three": a verb coordinated after another verb's object shares its subject
      if (agent && s.tokens[tr.startToken - 1]?.norm === 'and' && tr.pos !== 'noun' && PAST_VERB.test(s.tokens[tr.startToken].norm)) {
        const head = agent;
        const subj = left.find((x) => x.endToken <= head.startToken && !prepOf(a, x) && a.clause[x.startToken] === a.clause[head.startToken] && verbBetween(s, x.endToken, head.startToken));
        if (subj) agent = subj;
      }
    } else if (tr.cls === 'clash') {
      // "troops captured three militants after a gunfight", "two soldiers died in fighting with
      // rebels": the armed people the clause tells of before a fight it names are its sides
      // (civilians caught in it are none; the dead or wounded the clause counts are left to the
      // casualty rules: "five gang members died in a shoot-out with police" names police first)
      const armed = left.filter((x) => inClause(a, cl, x) && !prepOf(a, x) && ARMED_INTER.has(x.inter) && !a.casualties.some((c) => c.start <= x.start && c.end >= x.end));
      if (armed.length) {
        agent = armed[armed.length - 1];
        const rightSide = right.find((x) => inClause(a, cl, x) && prepOf(a, x) !== 'by' && !soughtAfter(s, x) && !countryAsPerson(tr, x));
        const other = armed.find((x) => x !== agent && x.id !== agent!.id);
        if (!rightSide && other) return { agent, target: other };
      }
    }
  }
  let target = right.find((x) => x !== agent && inClause(a, cl, x) && prepOf(a, x) !== 'by' && !(tr.pos === 'noun' && prepOf(a, x) === 'from') && !soughtAfter(s, x) && !countryAsPerson(tr, x));
  // (", killing one guard and wounding three soldiers" after a mutual verb: the dead of the fight
  // the two subjects had, not a third side)
  if (agent && (!target || (tr.cls === 'clash' && (target.inter === 7 || commaBetween(s, tr.endToken, target.startToken))))) {
    // "X and Y clashed" (", leaving four people dead"): the second of two coordinated subjects
    const other = left.find((x) => x !== agent && inClause(a, cl, x) && x.endToken <= agent!.startToken && s.tokens[afterOrigin(s, x.endToken)]?.norm === 'and');
    if (other && (tr.cls === 'clash' || tr.cls === 'mob')) return { agent: other, target: agent };
  }
  return { agent: agent && leadConjunct(s, actors, agent, target), target };
}

function commaBetween(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.tokens[k].norm === ',') return true;
  return false;
}
