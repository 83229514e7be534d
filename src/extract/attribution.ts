// Stage 6: attribution. "According to Reuters, citing US officials" → {claim_by: "US officials",
// via: "Reuters"}; "X said" / "a hospital source said" → {claim_by: X}; outlets named anywhere in
// the text join the event's source list.
import type { Sentence, SourceMention } from '../core/types.ts';
import { lexicons } from './lexicon.ts';

const SAID = new Set(['said', 'says', 'told', 'reported', 'reports', 'stated', 'confirmed', 'announced', 'claimed', 'disclosed', 'added', 'alleged', 'quoted', 'cited', 'informed', 'noted', 'revealed']);
const STOP = new Set([',', '.', ';', ':', '"', '“', '”', '(', ')', 'that', 'and', 'but', 'while', 'as', 'which', 'who']);
// a module constant: tsx compiles a \p{…} regex literal to `new RegExp` at every evaluation
const LETTER = /\p{L}/u;

export interface OutletHit {
  name: string;
  start: number;
  end: number;
  startToken: number;
  endToken: number;
}

export function findOutlets(s: Sentence): OutletHit[] {
  return lexicons().outlets.findAll(s.tokens).map((m) => ({ name: m.values[0], start: m.start, end: m.end, startToken: m.startToken, endToken: m.endToken }));
}

function phrase(s: Sentence, from: number, to: number): string {
  if (to <= from) return '';
  return s.text.slice(s.tokens[from].start - s.start, s.tokens[to - 1].end - s.start).trim();
}

/** adverbs between a speaker and the speech verb ("Ryder later told") are not part of the speaker */
const SPEECH_ADVERBS = new Set(['later', 'also', 'earlier', 'previously', 'again', 'then', 'separately', 'initially', 'further', 'recently', 'subsequently', 'had', 'has', 'have']);

/** the noun phrase ending right before token `end` (at most 9 tokens, so titles such as
 * "Pentagon spokesperson Air Force Major General Patrick Ryder" fit; stops at punctuation) */
function npBefore(s: Sentence, end: number): number {
  let k = end;
  while (k > 0 && end - k < 9 && !STOP.has(s.tokens[k - 1].norm)) k--;
  return k;
}

/** the end of the speaker phrase: the speech verb, less adverbs right before it */
function speakerEnd(s: Sentence, from: number, verb: number): number {
  let e = verb;
  while (e > from && SPEECH_ADVERBS.has(s.tokens[e - 1].norm)) e--;
  return e;
}
function npAfter(s: Sentence, start: number): number {
  let k = start;
  while (k < s.tokens.length && k - start < 7 && !STOP.has(s.tokens[k].norm)) k++;
  return k;
}

/** the first outlet inside tokens [from, to) (a module function: tsx names every closure it
 * creates, and this one was made per sentence) */
function outletAt(outlets: OutletHit[], from: number, to: number): OutletHit | undefined {
  for (const o of outlets) if (o.startToken >= from && o.endToken <= to) return o;
  return undefined;
}

export function findAttributions(s: Sentence, outlets: OutletHit[]): SourceMention[] {
  const out: SourceMention[] = [];
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const n = toks[i].norm;
    if (n === 'according' && toks[i + 1]?.norm === 'to') {
      const a = i + 2;
      const b = npAfter(s, a);
      const who = phrase(s, a, b);
      const outlet = outletAt(outlets, a, b);
      let claim: string | null = null;
      // "..., citing US officials"
      if (toks[b]?.norm === ',' && toks[b + 1]?.norm === 'citing') {
        const c = b + 2;
        claim = phrase(s, c, npAfter(s, c)) || null;
      }
      if (!who) continue;
      const via = outlet ? outlet.name : null;
      const claim_by = claim ?? (outlet && who === outlet.name ? null : who);
      const end = toks[Math.max(a, b - 1)].end;
      out.push({ kind: 'source', sentence: s.index, start: toks[i].start, end, text: s.text.slice(toks[i].start - s.start, end - s.start), claim_by: claim_by ?? undefined, via: via ?? undefined });
    } else if (SAID.has(n) && i > 0) {
      const a = npBefore(s, i);
      const e = speakerEnd(s, a, i);
      if (a === e) continue;
      const who = phrase(s, a, e);
      if (!LETTER.test(who) || /^(it|he|she|they|we|i|this|which|who)$/i.test(who)) continue;
      const outlet = outletAt(outlets, a, e);
      out.push({
        kind: 'source', sentence: s.index, start: toks[a].start, end: toks[i].end, text: s.text.slice(toks[a].start - s.start, toks[i].end - s.start),
        claim_by: outlet ? undefined : who, via: outlet?.name,
      });
    }
  }
  return out;
}
