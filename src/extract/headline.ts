// The headline names what an article is about. A long article also tells the news of the day
// around that act (a trial, an arrest of suspects, a protest, a reaction); an event whose trigger is
// of a class the headline also states ("Activist shot dead ..." and a killing in the body) is the
// article's subject, so it is ranked above the others (finish.ts adds HEADLINE_BONUS).
import type { Sentence, Token } from '../core/types.ts';
import type { TriggerClass } from './lexicon.ts';
import { segment } from './segment.ts';
import { findTriggers, type TriggerHit } from './triggers.ts';
import { crimeArrest } from './crime-arrest.ts';
import type { EventAcc } from './coref.ts';

/** a headline arrest that follows up a crime: suspects, or a killing or kidnapping named beside it */
const FOLLOWS_CRIME = /\bsuspects?\b|\b(?:slaying|murder|killing|death|rape|robbery|kidnap\w*|abduct\w*)\b/i;

/** a headline about a custodial procedure (bail, release, trial, sentence, charges): the news of the day
 *  that follows an arrest, which is then the article's act */
const CUSTODIAL = /\b(?:bail|release[sd]?|freed|acquit\w*|convict\w*|sentenc\w*|charged|charges|trial|tried|indict\w*|prosecut\w*|remand\w*|custody)\b/i;

/** raw confidence added to an article's event whose trigger class the headline states */
export const HEADLINE_BONUS = 0.08;

/** classes of the news told around an act (a trial's arrests, a protest about it), and 'anaphor', no act;
 *  an arrest the headline tells alone is the subject (see headlineClasses) */
const FOLLOW_UP = new Set<TriggerClass>(['anaphor', 'arrest', 'protest', 'riot']);

/** the headline's triggers, sentence by sentence: headlineClasses and headlineNamesProtest read the
 * same title one after the other, so the last title's are kept (the trigger pass is pure) */
let lastTitle: string | undefined;
let lastHits: TriggerHit[] = [];
function titleTriggers(t: string): TriggerHit[] {
  if (t !== lastTitle) {
    lastHits = segment(t).flatMap((s) => findTriggers(s));
    lastTitle = t;
  }
  return lastHits;
}

/** A headline written as the text's first line was already read by the trigger pass: where the
 * title, segmented alone, is that very sentence (same offsets, same tokens), its triggers are the
 * ones found there (the pass is pure), and the headline's readers take them instead of a second pass */
export function knownTitleTriggers(title: string, s: Sentence, hits: TriggerHit[]): void {
  const t = title.trim();
  if (t === lastTitle || t !== s.text || s.start !== 0 || s.index !== 0) return;
  const own = segment(t);
  if (own.length !== 1 || !sameTokens(own[0].tokens, s.tokens)) return;
  lastTitle = t;
  lastHits = hits;
}

function sameTokens(a: Token[], b: Token[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    if (x.start !== y.start || x.end !== y.end || x.text !== y.text || x.norm !== y.norm) return false;
  }
  return true;
}

/** what a person's work was about ("Journalist arrested after reporting on attacks against
 *  Christians", "photographer charged for covering protests", "bishop questioned after criticizing
 *  inaction on abductions"): the acts written about are no act of the headline's news ("website
 *  reports its office raided" tells one) */
const WORK_ON = /\b(?:(?:report(?:ing|s)?|writ(?:ing|ten)|wrote|articles?|stor(?:y|ies)|posts?|tweets?|coverage|speaking\s+out|spoke\s+out)\s+(?:on|about|of|into|against)|cover(?:ing|ed)|expos(?:ing|ed)|criticiz\w*|criticis\w*|documenting|investigating)\b(?:\s+[\w'’.-]+){0,4}\s+$/i;
function topicOfWork(title: string, at: number): boolean {
  const before = title.slice(Math.max(0, at - 50), at);
  return WORK_ON.test(before) && !/[,;:]/.test(before.slice(before.search(WORK_ON)));
}

/** the trigger classes the headline states ('anaphor' is no class of act) */
export function headlineClasses(title: string | undefined): Set<TriggerClass> {
  const out = new Set<TriggerClass>();
  const t = title?.trim();
  if (!t || t.length > 300) return out;
  let arrest = false;
  for (const h of titleTriggers(t)) {
    if (h.weak || topicOfWork(t, h.start)) continue;
    if (!FOLLOW_UP.has(h.cls)) out.add(h.cls);
    else if (h.cls === 'arrest' && !crimeArrest(t, h)) arrest = true;
  }
  // "Police arrest opposition leaders", "Journalist detained over posts": an arrest is the subject
  // when the headline names no other act and no crime it follows up ("two more held over killing")
  if ((arrest || CUSTODIAL.test(t)) && !out.size && !FOLLOWS_CRIME.test(t)) out.add('arrest');
  return out;
}

/** the headline tells the arrest of a crime's suspects ("Police detain chief over alleged kidnap",
 *  "Amotekun arrests two suspected bandits", "Police nab robbery syndicate"): the article's arrests
 *  follow up that crime, ranked like arrests whose own sentence names it */
export function headlineCrimeArrest(title: string | undefined): boolean {
  const t = title?.trim();
  if (!t || t.length > 300) return false;
  return titleTriggers(t).some((h) => h.cls === 'arrest' && !h.weak && (crimeArrest(t, h) || FOLLOWS_CRIME.test(t)));
}

/** the headline states the event's act: its trigger's class, or an arrest told as an abduction: a
 *  state's forces seizing a person is the act a headline calls an arrest ("violent arrest over a
 *  tweet") and the body an abduction ("was abducted by the Special Forces Command"). (Not the other
 *  way: under a kidnapping headline the arrests are mostly of suspects, news told after it.) */
export function headlineTells(headline: Set<TriggerClass> | undefined, e: Pick<EventAcc, 'drafts' | 'agent'>): boolean {
  if (!headline?.size) return false;
  const cls = e.drafts[0].trigger.cls;
  return headline.has(cls) || (cls === 'abduct' && headline.has('arrest') && e.agent?.inter === 1);
}

/** gathering words of headlines that the trigger finder reads only in a sentence ("Protesters
 *  gather", "Students rally", "Doctors strike"); a stray reading ("drone strike", "in March") only
 *  keeps an article's protests at their score */
const GATHERING = /\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march(?:es|ed|ers)?|sit-ins?|strik(?:e|es|ers)|vigils?|boycott\w*|walkouts?)\b/i;

/** the headline tells a gathering ("Thousands march in ...", "Workers strike over pay"): the article's
 *  protests are its news, not the reaction told around an act */
export function headlineNamesProtest(title: string | undefined): boolean {
  const t = title?.trim();
  if (!t || t.length > 300) return false;
  if (GATHERING.test(t)) return true;
  for (const h of titleTriggers(t)) if (h.cls === 'protest' || h.cls === 'riot') return true;
  return false;
}

/** a headline written as the text's first line ("Roadside bomb kills four soldiers in Mopti\n\n"):
 * a short line with no closing stop, set off by a line break, before a body of three sentences or
 * more. Its index (0), or -1. */
export function leadingHeadline(text: string, sentences: Sentence[]): number {
  const s = sentences[0];
  if (!s || sentences.length < 4 || s.tokens.length > 25) return -1;
  if (/[.!?:;]["'”’)]*\s*$/.test(s.text)) return -1;
  return /^[ \t]*\r?\n/.test(text.slice(s.end)) ? 0 : -1;
}

/** a headline restates the body: its events give way to the body's events of the same type (a
 * careful coder never codes the headline apart from the story it announces) */
export function dropHeadlineRestatements<E extends { drafts: { sentence: number; trigger: { anaphoric?: boolean; cls: string } }[]; type: { event_type: string } }>(events: E[], headline: number): E[] {
  if (headline < 0) return events;
  // (later mentions that only refer back, "the raids", add nothing the body's event lacks)
  const onlyHeadline = (e: E) => e.drafts[0].sentence === headline && e.drafts.every((d) => d.sentence === headline || d.trigger.anaphoric || d.trigger.cls === 'anaphor');
  const bodyTypes = new Set(events.filter((e) => !onlyHeadline(e)).map((e) => e.type.event_type));
  return events.filter((e) => !onlyHeadline(e) || !bodyTypes.has(e.type.event_type));
}
