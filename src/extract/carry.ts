// An agent named in a neighbouring sentence: "Military police entered the favela. A shoot-out
// broke out ..." — the event's own sentences name nobody, the sentence before names who acted.
// Used only for violent events without an agent; the document is re-segmented once (cached).
import type { Sentence } from '../core/types.ts';
import { findActors, type ActorHit } from './actors.ts';
import type { EventAcc } from './coref.ts';
import { segment } from './segment.ts';
import { findTriggers } from './triggers.ts';

const REPORTING = new Set(['said', 'says', 'say', 'told', 'tell', 'reported', 'reports', 'report', 'confirmed', 'confirm', 'stated', 'announced', 'added', 'claimed', 'denied', 'accused', 'blamed', 'alleged', 'believe', 'believed', 'suspect', 'suspected']);
const PASSIVE = new Set(['was', 'were', 'been', 'being']);
const ARMED_KINDS = new Set(['named', 'state', 'police']);

interface DocCache {
  text: string;
  sentences: Sentence[];
  actors: Map<number, ActorHit[]>;
  /** the document's claimant, once found (null: none); every event of a report asks */
  claimant?: ActorHit | null;
}
let cache: DocCache | null = null;

function sentencesOf(text: string): DocCache {
  if (cache?.text !== text) cache = { text, sentences: segment(text), actors: new Map() };
  return cache;
}

/** an armed actor acting in its sentence: not a source ("police said"), not a victim ("soldiers were killed") */
function acting(s: Sentence, a: ActorHit): boolean {
  if (!(ARMED_KINDS.has(a.actorKind) || (a.actorKind === 'generic' && a.inter >= 2 && a.inter <= 4))) return false;
  for (let k = a.endToken; k < Math.min(s.tokens.length, a.endToken + 3); k++) {
    const n = s.tokens[k].norm;
    if (REPORTING.has(n) || PASSIVE.has(n)) return false;
  }
  const p1 = s.tokens[a.startToken - 1]?.norm;
  const p2 = s.tokens[a.startToken - 2]?.norm;
  if (p1 === 'to' && p2 === 'according') return false;
  // "by X" and "X's" are fine; "on/against/at X" are targets
  // ("no stranger to law enforcement", "handed over to police": after "to" an actor is no doer)
  return !['on', 'against', 'at', 'targeting', 'of', 'with', 'in', 'near', 'to'].includes(p1 ?? '');
}

/** the nearest acting armed actor in the two sentences before the event or in its own sentences */
export function carriedAgent(e: EventAcc, text: string): ActorHit | undefined {
  if (!text || !e.sentences.size) return undefined;
  const doc = sentencesOf(text);
  const first = Math.min(...e.sentences);
  const last = Math.max(...e.sentences);
  const own = e.drafts[0].sentence;
  const order: number[] = [];
  for (let i = first - 1; i >= Math.max(0, first - 2); i--) order.push(i);
  for (let i = first; i <= last; i++) if (i !== own && e.sentences.has(i)) order.push(i);
  for (const i of order) {
    const s = doc.sentences[i];
    if (!s) continue;
    let acts = doc.actors.get(i);
    if (!acts) doc.actors.set(i, (acts = findActors(s).actors));
    const pick = acts.filter((a) => acting(s, a) && !(e.target && (e.target.start === a.start || (e.target.id === a.id && (e.target.country ?? '') === (a.country ?? '')))));
    // "a manhunt by the police for girls kidnapped by armed bandits": the doer of a told act first
    if (pick.length) return pick.find((a) => byParticiple(s, a)) ?? pick[0];
  }
  return undefined;
}

/** the actor is the by-agent of an act told as a past participle: "kidnapped by armed bandits", "attacked by the gunmen" */
function byParticiple(s: Sentence, a: ActorHit): boolean {
  for (let k = a.startToken - 1; k >= 0 && k >= a.startToken - 3; k--) {
    const n = s.tokens[k].norm;
    // (the participle must tell an act: "a town held by the CV" names no doer)
    if (n === 'by') return k > 0 && /ed$/.test(s.tokens[k - 1].norm) && findTriggers(s).some((t) => !t.weak && t.endToken === k);
    if (n !== 'the' && n !== 'suspected' && n !== 'armed' && n !== 'unknown' && n !== 'unidentified') return false;
  }
  return false;
}

const CLAIM = new Set(['claimed', 'claims', 'claim', 'claiming']);
/** "JNIM claimed responsibility", "the militants said they had killed several soldiers" */
export function claimant(text: string): ActorHit | undefined {
  if (!text) return undefined;
  const doc = sentencesOf(text);
  if (doc.claimant === undefined) doc.claimant = findClaimant(doc) ?? null;
  return doc.claimant ?? undefined;
}

function findClaimant(doc: DocCache): ActorHit | undefined {
  if (!/\bclaim/i.test(doc.text)) return undefined;
  for (const s of doc.sentences) {
    const k = s.tokens.findIndex((t, i) => CLAIM.has(t.norm) && (s.tokens[i + 1]?.norm === 'responsibility' || (s.tokens[i + 1]?.norm === 'to' && s.tokens[i + 2]?.norm === 'have') || s.tokens[i + 2]?.norm === 'responsibility'));
    if (k < 0) continue;
    let acts = doc.actors.get(s.index);
    if (!acts) doc.actors.set(s.index, (acts = findActors(s).actors));
    const c = acts.filter((a) => a.actorKind === 'named' && a.endToken <= k && k - a.endToken <= 2).pop();
    if (c) return c;
  }
  return undefined;
}
