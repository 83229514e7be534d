// Agent cues that the builder's nearest-word rules miss: a by-phrase whose head is separated from
// "by" by modifiers ("shot by presumed LNA forces", "abducted by intelligence officers", "assaulted
// by a Government Railway Police official", "killed by members of the CJNG"), and an attack noun
// that names its author ("an attack attributed to ADF fighters", "an IS attack", "attacks of X");
// the antecedent of a relative clause ("people who were burning tyres"), and the people a passive
// casualty phrase names as hurt, who are no doer ("three farmers were wounded when a mine went off").
import type { Sentence } from '../core/types.ts';
import type { ActorHit } from './actors.ts';
import type { SentenceAnalysis } from './builder.ts';
import type { TriggerHit } from './triggers.ts';
import { isBe } from './draft-context.ts';

/** words that may stand between "by" and the actor it introduces */
const BY_SKIP = new Set([
  'a', 'an', 'the', 'some', 'several', 'two', 'three', 'four', 'five', 'many', 'dozens', 'hundreds', 'of', 'members', 'member', 'elements', 'element',
  'presumed', 'alleged', 'allegedly', 'suspected', 'reported', 'purported', 'likely', 'possibly', 'apparently', 'unidentified', 'unknown', 'armed',
  'masked', 'heavily', 'rival', 'local', 'group', 'unit', 'units', 'team', 'squad', 'intelligence', 'plainclothes', 'plain-clothes', 'off-duty', 'unit',
]);

// (module constants: tsx compiles a \p{…} literal to a new RegExp at every evaluation)
const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;
const CAPS_WORD = /^[\p{Lu}\d]{2,}$/u;
function isNameWord(text: string): boolean {
  return NAME_WORD.test(text) || CAPS_WORD.test(text);
}

/** whether actor x sits in a by-phrase: "by" then at most four modifiers or name words */
export function inByPhrase(s: Sentence, x: ActorHit): boolean {
  for (let k = x.startToken - 1, steps = 0; k >= 0 && steps < 5; k--, steps++) {
    const t = s.tokens[k];
    if (t.norm === 'by') return true;
    if (BY_SKIP.has(t.norm) || t.text === '-' || (isNameWord(t.text) && k > 0)) continue;
    return false;
  }
  return false;
}

/** nouns after which "attributed to X" / "claimed by X" names the author */
const AUTHOR_CUES = new Set(['attributed', 'blamed', 'claimed']);

/** "an attack attributed to ADF fighters": the actor right after the cue (and "to"/"by"), among
 * the actors that `keep` accepts (a test, not a filtered copy: most triggers have no such cue) */
export function attributedAuthor(s: Sentence, actors: ActorHit[], from: number, to: number, keep: (x: ActorHit) => boolean = () => true): ActorHit | undefined {
  for (let k = from; k < to && k < s.tokens.length; k++) {
    if (!AUTHOR_CUES.has(s.tokens[k].norm)) continue;
    const p = s.tokens[k + 1]?.norm;
    if (p !== 'to' && p !== 'by' && p !== 'on') continue;
    return actors.find((x) => keep(x) && x.startToken > k + 1 && x.startToken <= k + 5 && inWindowOfModifiers(s, k + 2, x.startToken));
  }
  return undefined;
}

function inWindowOfModifiers(s: Sentence, from: number, at: number): boolean {
  for (let k = from; k < at; k++) if (!BY_SKIP.has(s.tokens[k].norm) && !isNameWord(s.tokens[k].text)) return false;
  return true;
}

const AUTHORED = new Set(['attack', 'attacks', 'assault', 'assaults', 'offensive', 'incursion', 'incursions', 'raid', 'raids', 'ambush', 'shelling', 'bombardment', 'advance', 'infiltration']);
/** "attacks of pro-Houthi forces", "an offensive of the army": an armed actor after "of" authors the noun */
export function authorOf(s: Sentence, tr: { endToken: number; text: string }, x: ActorHit): boolean {
  if (!authoredNoun(tr.text)) return false;
  if (x.inter === 7 || x.actorKind === 'country') return false;
  for (let k = x.startToken - 1; k >= tr.endToken; k--) {
    const n = s.tokens[k].norm;
    if (n === 'of') return k === tr.endToken;
    if (!BY_SKIP.has(n)) return false;
  }
  return false;
}

// the last trigger text asked about: a trigger's actors are asked about one after another
let lastText: string | null = null;
let lastAuthored = false;
/** the trigger's last word is a noun an actor after "of" authors */
function authoredNoun(text: string): boolean {
  if (text !== lastText) {
    lastAuthored = AUTHORED.has(text.toLowerCase().split(/\s+/).pop() ?? '');
    lastText = text;
  }
  return lastAuthored;
}

/** "pro-Hadi forces and Popular Resistance fighters attacked ...": the first of coordinated subjects leads */
export function leadConjunct(s: Sentence, actors: ActorHit[], agent: ActorHit, target: ActorHit | undefined): ActorHit {
  let lead = agent;
  for (let guard = 0; guard < 4; guard++) {
    let k = lead.startToken - 1;
    // "Popular Resistance fighters": an unlisted name before a role word belongs to it
    while (lead.generic && k > 0 && isNameWord(s.tokens[k].text) && lead.startToken - k < 4) k--;
    if (s.tokens[k]?.norm !== 'and' && s.tokens[k]?.norm !== ',') break;
    const prev = actors.find((x) => x.endToken === k && x !== target && x.actorKind !== 'country' && x.inter !== 7);
    if (!prev) break;
    lead = prev;
  }
  return lead;
}

/** words of the noun phrase that holds a string of acts ("a wave of brutal assassinations and") */
const ACT_PHRASE = new Set(['a', 'an', 'the', 'wave', 'waves', 'series', 'spate', 'string', 'campaign', 'rash', 'surge', 'spree', 'number', 'of', 'and', ',', 'new', 'recent', 'fresh', 'similar', 'brutal', 'systematic', 'targeted']);
const ACT_NOUN = /^[a-z]+(?:ions|ings|ments)$/;
const PARTICIPLE = /^(?:[a-z]+ed|hit|struck|caught|beset|swept)$/;

/** "lawyers have been hit by a spate of killings and kidnappings": an act noun in the
 *  by-phrase of a passive verb; the verb's subject suffers the act (a passive reading) */
export function inPassiveBy(s: Sentence, tr: { startToken: number }, isBe: (s: Sentence, k: number) => boolean): boolean {
  for (let k = tr.startToken - 1, steps = 0; k >= 1 && steps < 8; k--, steps++) {
    const n = s.tokens[k].norm;
    if (n === 'by') return PARTICIPLE.test(s.tokens[k - 1].norm) && (isBe(s, k - 2) || (k >= 3 && s.tokens[k - 2].norm.endsWith('ly') && isBe(s, k - 3)));
    if (!ACT_PHRASE.has(n) && !ACT_NOUN.test(n)) return false;
  }
  return false;
}

const REL_AUX = new Set(['was', 'were', 'had', 'has', 'have', 'been', 'are', 'is', 'reportedly', 'allegedly', 'also', 'later', 'then']);
/** "people who were burning tyres", "the men that had raided the post": the actor right before the
 * relative pronoun does the act of its clause */
export function relativeAntecedent(a: SentenceAnalysis, actors: ActorHit[], tr: TriggerHit): ActorHit | undefined {
  let k = tr.startToken - 1;
  while (k > 0 && REL_AUX.has(a.s.tokens[k].norm)) k--;
  const n = a.s.tokens[k]?.norm;
  if (n !== 'who' && n !== 'that') return undefined;
  const end = a.s.tokens[k - 1]?.norm === ',' ? k - 1 : k;
  return actors.find((x) => x.endToken === end);
}

/** an actor inside a passive casualty phrase ("three farmers were wounded"): the harmed, not a doer */
export function hurtInPassive(a: SentenceAnalysis, x: ActorHit, tr: TriggerHit): boolean {
  // (in a fight the dead are a side: "two gunmen were killed in the clash")
  // (a death verb's subject is its victim already: "was found dead", intransitiveDeath)
  if (tr.cls === 'clash' || tr.cls === 'mob' || tr.cls === 'kill') return false;
  return a.casualties.some((c) => c.start <= x.start && c.end >= x.end && /\b(?:was|were|been)\b/i.test(a.s.text.slice(x.end - a.s.start, c.end - a.s.start)));
}

/** a word that makes one plural actor both sides of a fight: "between rival militias", "between two armed groups" */
const RIVAL = /^(?:rival|two|opposing|competing|warring)$/;

/** "clashes between X and Y": the two sides after "between" (only a fight has two sides: "killed
 *  between 3 and 10 people" names a count). `right`: the actors after the trigger in its clause. */
export function betweenSides(a: SentenceAnalysis, tr: TriggerHit, right: ActorHit[]): { agent: ActorHit; target?: ActorHit } | undefined {
  if (tr.cls !== 'clash' && tr.cls !== 'mob' && tr.cls !== 'attack') return undefined;
  const s = a.s;
  const at = s.tokens.findIndex((t, i) => i >= tr.endToken && i <= tr.endToken + 3 && t.norm === 'between');
  if (at < 0) return undefined;
  const [x, y] = right.filter((r) => r.startToken > at);
  if (!x) return undefined;
  // (an actor after the sentence's next act is that act's, "between rival militias killed 30 people",
  // not a side; "between rival militias" names both sides by one kind)
  const side = y && !a.triggers.some((o) => o.startToken >= x.endToken && o.startToken < y.startToken) ? y : undefined;
  return { agent: x, target: side ?? (RIVAL.test(s.tokens[x.startToken - 1]?.norm ?? '') ? x : undefined) };
}

/** words of custody or charge that name the act a person is held or tried for after "for", "over",
 *  "with" or "of": "detained by the police for alleged kidnap", "charged with murder" */
const CUSTODY = /^(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|held|holds|charg(?:e|es|ed|ing)|indict(?:s|ed)?|jail(?:s|ed)?|convict(?:s|ed)?|sentenc(?:e|es|ed)|accus(?:e|es|ed)|suspect(?:s|ed)?|prosecut(?:e|es|ed)|remand(?:s|ed)?|book(?:s|ed)|nab(?:s|bed)?|apprehend(?:s|ed)?|wanted|guilty|questioned|extradit(?:e|es|ed))$/;
/** verbs and nouns of an inquiry whose object is an act */
const INQUIRY = /^(?:investigat(?:e|es|ed|ing)|prob(?:e|es|ed|ing)|look(?:s|ed|ing)?|solv(?:e|es|ed|ing)|inquiry|enquiry|investigation)$/;
/** a day or a kind of act between the preposition and the act ("in the March 3 home invasion", "for the 2019 fatal shooting") */
const DAY_WORD = /^(?:\d{1,4}(?:st|nd|rd|th)?|jan\.?|january|feb\.?|february|march|april|may|june|july|aug\.?|august|sept?\.?|september|oct\.?|october|nov\.?|november|dec\.?|december|home|fatal|deadly|brutal|armed|violent|weekend)$/;
/** the one held, named right before "in" the act: "arrested a suspect in the killing" */
const SUSPECT_NOUN = /^(?:suspects?|man|men|woman|women|teenagers?|persons?|people|brothers?|others?|accomplices?)$/;
/** words that may stand between the preposition and the act ("for the alleged kidnap and murder of") */
const ACCUSED_SKIP = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'alleged', 'suspected', 'attempted', 'and', 'or', ',', 'first-degree', 'second-degree']);

/** the custody word within `reach` words before token k, not past a sentence stop (-1 when none) */
function custodyBefore(s: Sentence, k: number, reach: number): number {
  for (let j = k - 1; j >= 0 && j >= k - reach; j--) {
    if (CUSTODY.test(s.tokens[j].norm)) return j;
    if (/^[.;:!?]$/.test(s.tokens[j].norm)) return -1;
  }
  return -1;
}

/** The trigger names the crime a person is held or charged for ("Police arrested two men for the
 *  kidnapping", "was detained by the police for alleged kidnap and murder", "in connection with the
 *  killing"): the one who holds or charges is no doer of it. `agent` is such a one when it stands in
 *  the custody verb's by-phrase or is the subject of the active verb; the person held ("two men
 *  were arrested for murder", "officers accused of torture") stays the doer. */
export function heldFor(a: SentenceAnalysis, tr: TriggerHit, agent: ActorHit): boolean {
  const s = a.s;
  let k = tr.startToken - 1;
  for (let steps = 0; k >= 0 && steps < 6; k--, steps++) {
    const n = s.tokens[k].norm;
    if (ACCUSED_SKIP.has(n) || DAY_WORD.test(n) || a.triggers.some((t) => t !== tr && t.startToken <= k && k < t.endToken)) continue;
    break;
  }
  const prep = s.tokens[k]?.norm;
  // "Police are investigating the murder of a lawyer", "detectives probing into the abduction": the
  // subject of an inquiry into the act
  if (prep && ((INQUIRY.test(prep) && !prep.startsWith('look')) || (prep === 'into' && INQUIRY.test(s.tokens[k - 1]?.norm ?? '')))) return agent.endToken <= k - (prep === 'into' ? 1 : 0) && !inByPhrase(s, agent);
  let v = -1;
  if (prep === 'for' || prep === 'over') v = custodyBefore(s, k, 7);
  // "arrested a second suspect in the home invasion", "charged two men in the killing": the person
  // held comes between the verb and "in" (an act told after a bare "in", "arrested them in a raid",
  // is the holders' own)
  else if (prep === 'in' && SUSPECT_NOUN.test(s.tokens[k - 1]?.norm ?? '')) v = custodyBefore(s, k - 1, 6);
  else if (prep === 'with' && s.tokens[k - 1]?.norm === 'connection' && s.tokens[k - 2]?.norm === 'in') v = custodyBefore(s, k - 2, 5);
  // ("accused of", "charged with": the participle's subject is the accused, so only a by-phrase
  // after it holds the one who charges)
  else if (prep === 'of' || prep === 'with') v = custodyBefore(s, k, 4);
  if (v < 0) return false;
  if (agent.startToken > v) return agent.endToken <= k && inByPhrase(s, agent);
  if (prep === 'of' || prep === 'with' && s.tokens[k - 1]?.norm !== 'connection') return false;
  return !(isBe(s, v - 1) || isBe(s, v - 2)) && !/^(?:guilty|wanted|suspected|accused)$/.test(s.tokens[v].norm);
}

const TAKE_HOSTAGE = /^(?:took|take|takes|taking|held|hold|holds|holding|kept|keep|keeps|keeping)$/;

/** "the gunmen took five policemen hostage": the subject of "took" is the captor and the object
 *  between the verb and "hostage" the captives (the nearest word before "hostage" is no doer). Only
 *  for the active verb; undefined when the trigger is no such "hostage". */
export function hostageTaker(a: SentenceAnalysis, tr: TriggerHit, usable: (x: ActorHit) => boolean): { agent?: ActorHit; target?: ActorHit } | undefined {
  const s = a.s;
  if (tr.endToken - tr.startToken !== 1 || !/^hostages?$/.test(s.tokens[tr.startToken].norm)) return undefined;
  let v = -1;
  for (let k = tr.startToken - 2; k >= 0 && k >= tr.startToken - 14; k--) {
    if (TAKE_HOSTAGE.test(s.tokens[k].norm)) { v = k; break; }
    if (/^[.;:!?]$/.test(s.tokens[k].norm)) return undefined;
  }
  if (v < 0 || isBe(s, v - 1) || isBe(s, v - 2)) return undefined;
  const actors = a.actors.filter(usable);
  const target = actors.find((x) => x.startToken > v && x.endToken <= tr.startToken);
  if (!target) return undefined;
  let agent: ActorHit | undefined;
  for (const x of actors) if (x.endToken <= v && a.clause[x.startToken] === a.clause[v]) agent = x;
  return { agent, target };
}

const SPEAKER_VERB = /^(?:said|says|say|told|tell|reported|reports|stated|announced|added|claimed|alleged|confirmed)$/;
/** "Police say a fugitive wanted for killing a realtor was arrested": the speaker of a report about
 *  someone else's act (a new subject follows the reporting verb before the act) is no doer of it */
export function speakerOfOther(s: Sentence, x: ActorHit, trStart: number): boolean {
  let k = x.endToken;
  while (k < trStart && /^(?:also|later|earlier|have|has|had|now)$/.test(s.tokens[k].norm)) k++;
  if (!SPEAKER_VERB.test(s.tokens[k]?.norm ?? '')) return false;
  if (s.tokens[++k]?.norm === 'that') k++;
  // (a new subject: a determiner, a number or a name; not "claimed to have shelled", "reported
  // hearing shots", "said on Sunday it had retaken": the speaker's own act or perception)
  const t = s.tokens[k];
  return k < trStart && !!t && (NEW_SUBJECT.test(t.norm) || (/^\p{Lu}/u.test(t.text) && !WEEKDAY.test(t.norm)));
}
const NEW_SUBJECT = /^(?:a|an|the|this|that|these|those|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+)$/;
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|on|in|at|last|earlier|later)$/;
