// Stage 4: modality. A draft whose trigger sits in the scope of a negation, a hypothetical or
// conditional, a future/plan, a standing state or a background cue is not an asserted event.
// Cues are data (data/lexicons/modality.json); scopes are token windows inside the clause.
import type { Sentence } from '../core/types.ts';
import { lexicons, type CueKind } from './lexicon.ts';
import type { TriggerHit } from './triggers.ts';
import { attributiveParticiple } from './modality-frames.ts';
import { causeFramePart } from './cause-frame.ts';

export type DraftModality = 'asserted' | CueKind;

export interface CueHit {
  kind: CueKind;
  scope: 'before' | 'after' | 'clause' | 'span' | 'object';
  window: number;
  startToken: number;
  endToken: number;
  text: string;
}

export function findCues(s: Sentence): CueHit[] {
  const out: CueHit[] = [];
  for (const m of lexicons().cues.findAll(s.tokens)) {
    for (const v of m.values) {
      out.push({ kind: v.kind, scope: v.scope, window: v.window, startToken: m.startToken, endToken: m.endToken, text: s.text.slice(m.start - s.start, m.end - s.start) });
    }
  }
  return out;
}

/** words after which "to" + verb is not a purpose or intent ("led to", "due to", "according to") */
const TO_OK = new Set(['led', 'lead', 'leading', 'leads', 'due', 'according', 'prior', 'owing', 'related', 'response', 'up', 'close', 'addition', 'subjected', 'exposed', 'went', 'came', 'returned', 'back', 'continued', 'began', 'started', 'resorted', 'tried', 'attempted', 'managed', 'proceeded', 'appears', 'appeared', 'seems', 'seemed', 'happened', 'reported', 'believed', 'said', 'known', 'thought', 'claimed', 'moved', 'rushed', 'sent', 'deployed', 'used', 'how']);
const PRIORITY: CueKind[] = ['negated', 'hypothetical', 'future', 'state', 'background'];

// the depths of the last sentence asked for: its drafts are checked one after another
let depthOf: Sentence | null = null;
let depths: number[] = [];

function parenDepth(s: Sentence): number[] {
  if (depthOf === s) return depths;
  const out: number[] = [];
  let d = 0;
  for (const t of s.tokens) {
    if (t.text === '(' || t.text === '[') d++;
    out.push(d);
    if ((t.text === ')' || t.text === ']') && d > 0) d--;
  }
  depthOf = s;
  depths = out;
  return out;
}

const FINITE = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been']);
function verbBetween(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (FINITE.has(s.tokens[k].norm)) return true;
  return false;
}

const RELATIVE = new Set(['who', 'which', 'that', 'whose', 'whom']);
const AUX = new Set(['been', 'being', 'be', 'was', 'were', 'had', 'has', 'have', 'is', 'are']);
/** past forms that do not end in -ed */
const IRREGULAR_PAST = new Set(['laid', 'held', 'built', 'set', 'made', 'taken', 'took', 'known', 'seen', 'saw', 'led', 'fought', 'won', 'lost', 'given', 'gave', 'done', 'did', 'run', 'ran', 'lived', 'worked', 'served', 'hid', 'hidden', 'left', 'kept', 'sold', 'bought', 'brought', 'sent', 'spent', 'stood', 'told', 'thought', 'wrote', 'written']);
/** a one-word background adverb ("previously", "once", "formerly") right before a verb that is not the trigger */
function modifiesOtherVerb(s: Sentence, c: CueHit, tr: TriggerHit, others: readonly TriggerHit[]): boolean {
  if (c.endToken - c.startToken !== 1) return false;
  // ("had previously been arrested": the auxiliaries belong to the verb after them)
  let k = c.endToken;
  while (AUX.has(s.tokens[k]?.norm ?? '')) k++;
  const next = s.tokens[k];
  // (nor when that verb is an act told too: "had previously been arrested after being attacked"
  // dates the whole chain)
  if (!next || (k >= tr.startToken && k < tr.endToken)) return false;
  const n = next.norm;
  if (!((n.length > 4 && n.endsWith('ed')) || IRREGULAR_PAST.has(n))) return false;
  // an adverb after the trigger dates the later verb ("attacked the town they had previously seized")
  if (c.startToken >= tr.endToken) return true;
  if (others.some((o) => o.startToken === k)) return false;
  // before it, only inside a relative clause or an aside that closes before the trigger ("who
  // previously worked", ", previously laid by X,"); "once controlled the area and raided towns" shares it
  const relative = RELATIVE.has(s.tokens[c.startToken - 1]?.norm ?? '') || RELATIVE.has(s.tokens[c.startToken - 2]?.norm ?? '');
  let comma = false;
  for (let j = k + 1; j < tr.startToken; j++) if (s.tokens[j].norm === ',') comma = true;
  return relative || comma;
}

const TOLL_SIZE = /^(?:tens|hundreds|thousands|millions|more|over|at)$/;
/** a perfect "has/have killed" with a toll in the thousands ("have killed tens of thousands of people",
 * "has killed more than 300,000") */
/** a count no single act reaches: tens of thousands and more */
const WAR_TOLL = /\b(?:\d{1,3}(?:,\d{3}){2,}|[1-9]\d{1,2},\d{3}|\d{5,}|(?:tens|hundreds) of thousands|millions?)\b/;

/** a span of a month or more that a perfect toll is counted over ("since January", "so far this
 * year", "in the past six months", "since the war began") */
const LONG_SPAN = /\b(?:since (?:(?:early|mid|late|the (?:start|beginning|end) of) )?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|the (?:start|beginning|outbreak) of|the (?:war|conflict|uprising|insurgency|coup|crisis|invasion)|last year)|so far (?:this|in) (?:year|month)|(?:in|over|during) the (?:past|last) (?:(?:few|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) )?(?:months?|years?|decades?)|this year|(?:in|during) (?:\d{4}|the (?:first|second) half of))\b/i;

/** "for months", "for two years", "for decades": a stretch no single act of a report covers */
const FOR_SPAN = /\bfor (?:(?:many|several|a few|some|the past|the last|two|three|four|five|six|seven|eight|nine|ten|\d+) )*(?:months|years|decades)\b/i;

/** "has been fighting the rebels since 2023", "have been battling M23 for months": a perfect
 * progressive over a long span is the state of a war, not an act the report tells */
function ongoingAct(s: Sentence, tr: TriggerHit): boolean {
  if (!LONG_SPAN.test(s.text) && !FOR_SPAN.test(s.text)) return false;
  if (/ing$/.test(s.tokens[tr.startToken].norm) && s.tokens[tr.startToken - 1]?.norm === 'been' && /^(?:has|have|had)$/.test(s.tokens[tr.startToken - 2]?.norm ?? '')) return true;
  // "Fighting between the army and the AA has displaced thousands since November": a noun for the
  // war, subject of a perfect told over months, is its running state too
  return tr.pos === 'noun' && /^(?:fighting|clashes|violence|conflict|war|insurgency|unrest|attacks|raids|airstrikes|shelling|bombardment|offensive)$/i.test(tr.text) && perfectAfter(s, tr);
}

/** "has"/"have" and a participle within 14 words after the trigger, with no clause break between */
function perfectAfter(s: Sentence, tr: TriggerHit): boolean {
  for (let k = tr.endToken; k < Math.min(s.tokens.length - 1, tr.endToken + 14); k++) {
    const n = s.tokens[k].norm;
    if (n === ',' || n === ';' || n === 'which' || n === 'that' || n === 'who') return false;
    if ((n === 'has' || n === 'have') && /(?:ed|en|wn|ught)$/.test(s.tokens[k + 1].norm)) return true;
  }
  return false;
}

/** "have been killed", "has killed": a perfect, the tense of a running count */
function perfectVerb(s: Sentence, tr: TriggerHit): boolean {
  const prev = s.tokens[tr.startToken - 1]?.norm;
  if (prev === 'has' || prev === 'have') return true;
  return prev === 'been' && /^(?:has|have)$/.test(s.tokens[tr.startToken - 2]?.norm ?? '');
}

function cumulativeToll(s: Sentence, tr: TriggerHit): boolean {
  const prev = s.tokens[tr.startToken - 1]?.norm;
  // "more than 200 people have been killed in the region since January": a count of many acts
  if (perfectVerb(s, tr) && LONG_SPAN.test(s.text)) return true;
  // "the war, in which about 100,000 people were killed": a toll in the tens of thousands is a war's
  if (prev === 'were' || prev === 'been') {
    const from = s.tokens[Math.max(0, tr.startToken - 7)].start;
    return WAR_TOLL.test(s.text.slice(from - s.start, tr.start - s.start));
  }
  // "the civil war, which killed 250,000 people": an object in the tens of thousands too
  const next = s.tokens[Math.min(s.tokens.length - 1, tr.endToken + 5)];
  if (next && WAR_TOLL.test(s.text.slice(tr.end - s.start, next.end - s.start))) return true;
  if (prev !== 'has' && prev !== 'have') return false;
  const n = s.tokens[tr.endToken]?.norm ?? '';
  if (!TOLL_SIZE.test(n)) return false;
  const window = s.tokens.slice(tr.endToken, tr.endToken + 5).map((t) => t.norm).join(' ');
  return /\b(?:thousands|millions|\d{1,3}(?:,\d{3})+|\d{4,})\b/.test(window);
}

/** words that may stand between a verb of asking and the act it asks for: "demanded the immediate
 * withdrawal", "called for an arrest", "accused them of looting" */
const OBJECT_GAP = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'for', 'of', 'them', 'him', 'it', 'us', 'immediate', 'urgent', 'swift', 'prompt', 'full', 'complete', 'total', 'international', 'military', 'more', 'further', 'new', 'fresh', 'joint', 'additional', 'major', 'large', 'big', 'wider', 'ground', 'possible']);
/** a finite or past form ("clashed", "fought"): a verb of its own, not the object asked for */
const PAST_FORM = /(?:ed|ought|ught)$/;
/** the trigger is the thing a verb of asking, opposing or accusing asks for ("demanded the withdrawal
 * of troops", "opposed the deployment", "accused them of looting"), with only determiners, a few
 * adjectives or a name between */
function objectOf(s: Sentence, c: CueHit, tr: TriggerHit): boolean {
  if (c.endToken > tr.startToken || tr.startToken - c.endToken > c.window) return false;
  if (PAST_FORM.test(s.tokens[tr.startToken].norm) || IRREGULAR_PAST.has(s.tokens[tr.startToken].norm)) return false;
  for (let k = c.endToken; k < tr.startToken; k++) {
    const t = s.tokens[k];
    if (!OBJECT_GAP.has(t.norm) && !/^\p{Lu}/u.test(t.text)) return false;
  }
  return true;
}

/** the modality of one trigger, with the cue that decided it */
export function modalityOf(s: Sentence, clause: number[], cues: CueHit[], tr: TriggerHit, triggers: readonly TriggerHit[] = []): { modality: DraftModality; cue?: string } {
  const cl = clause[tr.startToken];
  const found: { kind: CueKind; text: string }[] = [];
  // a cue inside parentheses ("(sources are not clear)") does not scope over the sentence
  const depth = cues.length ? parenDepth(s) : depths;
  for (const c of cues) {
    if (depth[c.startToken] > depth[tr.startToken]) continue;
    if (c.startToken >= tr.startToken && c.endToken <= tr.endToken) continue; // part of the trigger itself
    const sameClause = clause[c.startToken] === cl;
    // a cue that overlaps the trigger's start ("are deployed") scopes over it
    const overlaps = c.startToken < tr.startToken && c.endToken > tr.startToken;
    if ((c.scope === 'before' || c.scope === 'span') && overlaps) found.push(c);
    else if (c.scope === 'span' && c.endToken <= tr.startToken && tr.startToken - c.endToken <= c.window) found.push(c);
    else if (c.scope === 'before' && c.endToken <= tr.startToken && tr.startToken - c.endToken <= c.window && (sameClause || tr.startToken - c.endToken <= 2)) {
      // "a former councillor was shot dead": "former" modifies the victim, not the act
      if (c.kind === 'background' && verbBetween(s, c.endToken, tr.startToken)) continue;
      // "supporters of the former minister gathered": "former" names an office, unless the act follows it
      if (c.kind === 'background' && c.text.toLowerCase() === 'former' && c.endToken < tr.startToken) continue;
      // "no one was hurt when gunmen attacked the post", "no casualties in the blast": the harm is
      // denied, not the act
      if (c.kind === 'negated' && tr.cls !== 'kill' && deniedHarm(s, c)) continue;
      // "Earlier, troops shelled ...", "Earlier on Tuesday": a sentence adverb of the report's own days
      if (c.kind === 'background' && c.text.toLowerCase() === 'earlier' && recentEarlier(s, c.endToken)) continue;
      found.push(c);
    }
    else if (c.scope === 'object') { if (objectOf(s, c, tr)) found.push(c); }
    else if (c.scope === 'after' && c.startToken >= tr.endToken && c.startToken - tr.endToken <= c.window && sameClause) found.push(c);
    else if (c.scope === 'clause' && sameClause && Math.abs(c.startToken - tr.startToken) <= c.window) {
      // "people who previously worked at the mill staged a protest", "a mine, previously laid by the
      // group, went off": an adverb right before another verb dates that verb, not the trigger
      if (c.kind === 'background' && modifiesOtherVerb(s, c, tr, triggers)) continue;
      found.push(c);
    }
  }
  // "the insurgency has killed tens of thousands": a war's running toll, not an act of the report
  if (tr.cls === 'kill' && cumulativeToll(s, tr)) found.push({ kind: 'background', text: s.tokens[tr.endToken].text });
  // "the army, which has been fighting the RSF since April 2023": a war told as a running state
  if (ongoingAct(s, tr)) found.push({ kind: 'background', text: 'has been' });
  // "to combat", "to strike": purpose or intent, not a report of the act
  const prev = s.tokens[tr.startToken - 1]?.norm;
  if (prev === 'to' && tr.cls !== 'protest' && !TO_OK.has(s.tokens[tr.startToken - 2]?.norm ?? '') && !forcedFlight(s, tr)) found.push({ kind: 'hypothetical', text: 'to' });
  // "rescued 20 kidnapped students": the act lies before the report
  if (attributiveParticiple(s, tr)) found.push({ kind: 'background', text: s.tokens[tr.startToken].text });
  // "The attack came in reaction to the theft of cattle": a cause told of an act already reported
  if (causeFramePart(s, tr) === 'cause') found.push({ kind: 'background', text: 'cause frame' });
  for (const k of PRIORITY) {
    const c = found.find((f) => f.kind === k);
    if (c) return { modality: k, cue: c.text };
  }
  // "gangs have for years raided villages, kidnapping residents": a participle adjunct tells the
  // act of the verb it hangs on, and takes that verb's modality
  const head = participleHead(s, tr, triggers);
  if (head) {
    const m = modalityOf(s, clause, cues, head, []);
    if (m.modality !== 'asserted') return m;
  }
  return { modality: 'asserted' };
}

const NOBODY = /^(?:no one|no-one|nobody|no people|no persons?|no civilians)$/i;
const HARM_NOUN = /^(?:one|casualties|casualty|injuries|injury|deaths|death|fatalities|fatality|lives|life|bodies|victims|people|civilians|persons?|damage)$/;
/** a negation of harm ("no one", "no casualties") rather than of an act */
function deniedHarm(s: Sentence, c: CueHit): boolean {
  if (NOBODY.test(c.text)) return true;
  return c.text.toLowerCase() === 'no' && HARM_NOUN.test(s.tokens[c.endToken]?.norm ?? '');
}

/** "earlier" followed by a comma or by the day it tells ("Earlier on Tuesday", "earlier today",
 * "earlier this week"): recent, not history ("the earlier attack" stays background) */
function recentEarlier(s: Sentence, after: number): boolean {
  const n = s.tokens[after]?.norm ?? '';
  if (n === ',' || n === 'on' || n === 'today' || n === 'tonight') return true;
  return n === 'this' && /^(?:week|morning|afternoon|evening|month)$/.test(s.tokens[after + 1]?.norm ?? '');
}

/** the trigger before ", <participle>" when the trigger is that participle */
function participleHead(s: Sentence, tr: TriggerHit, triggers: readonly TriggerHit[]): TriggerHit | undefined {
  if (!/ing$/i.test(s.tokens[tr.startToken].text) || s.tokens[tr.startToken - 1]?.norm !== ',') return undefined;
  let head: TriggerHit | undefined;
  for (const o of triggers) if (o !== tr && o.endToken < tr.startToken && tr.startToken - o.endToken <= 12) head = o;
  return head;
}

/** "the fighting forced 300 villagers to flee": a flight someone was made to take happened (an
 * implicative verb with its object; "he was forced to flee" in an article's backstory stays as it was) */
function forcedFlight(s: Sentence, tr: TriggerHit): boolean {
  if (tr.cls !== 'displace') return false;
  for (let k = tr.startToken - 3; k >= 0 && k >= tr.startToken - 9; k--) if (/^(?:forced|forcing|forces|compelled|compelling)$/.test(s.tokens[k].norm)) return true;
  return false;
}
