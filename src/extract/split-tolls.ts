// A coded note that reports one toll for several places or days says how the coder split it:
// "Unknown fatalities coded as 10 and spread across three locations", "20 fatalities split up
// between 3 events", "Fatalities are split across 4 events (2)", "[1 fatality split among 12
// events]". Each event of such a note carries its share of the toll (ACLED: the total divided
// among the events, rounded), or the share the note states, never the whole toll.
import type { Sentence, Span } from '../core/types.ts';
import type { EventAcc } from './coref.ts';
import { casualtyTotal } from './casualties.ts';
import { parseNumber } from './numbers.ts';

const COUNT = String.raw`(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const SPLIT_RE = new RegExp(
  String.raw`\b(?:split|spread|divided|distributed)(?:\s+(?:up|equally|evenly))?\s+(?:between|across|among|over|into)\s+(?:the\s+)?${COUNT}\s+(?:separate\s+)?(?:events|locations|places|areas|fronts|frontlines|villages|districts|provinces|days)` +
    String.raw`(?:\s+(?:in|over|across)\s+${COUNT}\s+days)?(?:\s*\((\d{1,4})\)|,?\s+with\s+(\d{1,4})\s+coded\s+to\s+each)?`,
  'i',
);
/** the split must be of deaths: "Unknown number of fatalities and injuries coded as 10, split ..." */
const DEATHS = /\bfatalit|\bkilled\b|\bdeaths?\b|\bdead\b/i;

const CODED_AS = /\bcoded\s+as\s+(\d{1,4})\b/i;

export interface TollShare {
  value: number;
  span: Span;
}

/** the share of the note's toll each event carries, or undefined when the note states no split */
export function tollShare(sentences: Sentence[], events: EventAcc[]): TollShare | undefined {
  for (const s of sentences) {
    const m = SPLIT_RE.exec(s.text);
    if (!m || !DEATHS.test(s.text)) continue;
    const span = { start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] };
    const stated = m[3] ?? m[4];
    if (stated !== undefined) return { value: Number(stated), span };
    const k = (parseNumber(m[1])?.value ?? 0) * (m[2] ? parseNumber(m[2])?.value ?? 1 : 1);
    if (k < 2) return undefined;
    // the coder's own total ("Unknown number of fatalities coded as 10, split ..."), else the note's toll
    const coded = CODED_AS.exec(s.text.slice(0, m.index));
    let total = coded ? Number(coded[1]) : 0;
    if (!coded) for (const e of events) if (!e.background) total = Math.max(total, casualtyTotal(e.casualties, 'killed') ?? 0);
    // (half up, as a coder splits 57 in two as 29 and 28 and codes the first)
    return { value: Math.floor(total / k + 0.5), span };
  }
  return undefined;
}

/** event types that carry a toll (an arrest or a protest of a note that split its toll carries none of it) */
const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);

/** gives each violent event of a coded note its share of a toll the note split among its events */
export function shareSplitToll(sentences: Sentence[], events: EventAcc[]): void {
  const share = tollShare(sentences, events);
  if (share) for (const e of events) if (!e.background && VIOLENT.has(e.type.event_type)) e.tollShare = share;
}
