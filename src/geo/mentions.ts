// From found name spans to the resolver's mentions: curated phrases merged in, lists marked, and
// each name linked to its written area ("Paris, Texas", "Takalout (Kidal)", "Syria's Deir Ezzor").
import type { RawSpan } from './find.ts';
import type { Mention } from './resolve.ts';
import { relationBefore, qualifierGap } from './relations.ts';

/** adds curated phrase matches, dropping name matches they cover */
export function mergeSpans(spans: RawSpan[], phrases: RawSpan[]): RawSpan[] {
  if (!phrases.length) return spans;
  const kept = spans.filter((s) => !phrases.some((p) => s.start < p.end && p.start < s.end));
  return [...kept, ...phrases].sort((a, b) => a.start - b.start);
}

const COMMA_GAP = /^\s*,\s*$/;
const AND_GAP = /^\s*,?\s+(?:and|or|&)\s+$/;
// "seven in Quebec, three in Alberta and one in Ontario": counts by place are a list too
const COUNT_GAP = /^\s*,?\s+(?:and\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+in\s+$/i;

/** "Kisii, Wajir, Mandera", "Clay and Douglas": runs of three names, or joined by "and", are lists */
function markLists(text: string, spans: RawSpan[], ms: Mention[]): void {
  let from = 0;
  let hasAnd = false;
  for (let i = 0; i < spans.length; i++) {
    const gap = i + 1 < spans.length ? text.slice(spans[i].end, spans[i + 1].start) : '.';
    const and = AND_GAP.test(gap) || COUNT_GAP.test(gap);
    if (and || COMMA_GAP.test(gap)) { hasAnd ||= and; continue; }
    if (i - from + 1 >= 3 || hasAnd) for (let k = from; k <= i; k++) { ms[k].listed = true; ms[k].list = from; }
    from = i + 1;
    hasAnd = false;
  }
}

// (a module constant: tsx compiles a \p{…} literal to `new RegExp`, rebuilt at every use)
const AREA_SLOT = /\p{Lu}[\p{L}'’.-]*(?:,\s+|\s+\(|,\s+\p{Lu}[\p{L}'’-]*\s+\w+\s+\()$/u;

/** AREA_SLOT can match only where the text before `at` ends in "(" or in a comma and white space
 * (most names follow neither: the regex, tried at each of 60 positions, is skipped) */
function mayEndAreaSlot(text: string, at: number): boolean {
  if (at === 0) return false;
  if (text.charCodeAt(at - 1) === 40) return true;
  const w = text.slice(Math.max(0, at - 60), at);
  const t = w.trimEnd(); // (trimEnd's white space is the regex's \s)
  return t.length < w.length && t.endsWith(',');
}

/** links each span to a qualifier ("Paris, Texas"; "Syria's Deir Ezzor") */
export function toMentions(text: string, spans: RawSpan[]): Mention[] {
  const ms: Mention[] = spans.map((s) => ({ start: s.start, end: s.end, cands: s.cands, suffix: s.suffix, common: s.common, short: s.short, key: s.key, inside: s.partial, ...(s.towns ? { towns: s.towns } : {}) }));
  markLists(text, spans, ms);
  for (let i = 0; i < spans.length; i++) {
    // "Kamianka, Donetsk", "Takalout (Kidal)", "Tieba (Bankass, Mopti)": the slot after a name holds its area
    if (mayEndAreaSlot(text, spans[i].start) && AREA_SLOT.test(text.slice(Math.max(0, spans[i].start - 60), spans[i].start))) ms[i].areaSlot = true;
    const rel = relationBefore(text.slice(Math.max(0, spans[i].start - 80), spans[i].start));
    if (rel === 'near' || rel === 'direction') ms[i].pointy = true;
    if (i + 1 >= spans.length) break;
    const gap = text.slice(spans[i].end + (spans[i].poss ? 2 : 0), spans[i + 1].start);
    // ("Beirut's Hamra": a name the container does not hold is a quarter we do not know)
    if (spans[i].poss && /^\s+$/.test(gap)) [ms[i + 1].qualifier, ms[i + 1].qualGap] = [i, 'poss'];
    else {
      const q = qualifierGap(gap);
      if (q) [ms[i].qualifier, ms[i].qualGap] = [i + 1, q];
    }
  }
  return ms;
}
