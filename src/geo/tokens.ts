// Word tokens for place matching (independent of the extractor's tokenizer so the geocoder can be
// used and tested alone). Possessive "'s" is split off; "U.S." gives the tokens "U" and "S".
import { fold } from './normalize.ts';

export interface GTok {
  start: number;
  end: number;
  text: string;
  /** folded lower-case form */
  low: string;
  cap: boolean;
  upper: boolean;
  /** followed by a possessive 's */
  poss: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): GTok[] {
  const out: GTok[] = [];
  for (const m of text.matchAll(WORD)) {
    let t = m[0];
    let poss = false;
    if (/['’ʼ][sS]$/.test(t) && t.length > 3) {
      t = t.slice(0, -2);
      poss = true;
    }
    const start = m.index!;
    const first = t[0];
    out.push({
      start,
      end: start + t.length,
      text: t,
      low: fold(t).replace(/ /g, ''),
      cap: first !== first.toLowerCase(),
      upper: t.length > 1 && t === t.toUpperCase() && t !== t.toLowerCase(),
      poss,
    });
  }
  return out;
}

/** the characters between token i-1 and token i */
export function gapBefore(text: string, toks: GTok[], i: number): string {
  if (i <= 0) return text.slice(0, toks[0]?.start ?? 0);
  if (i >= toks.length) return text.slice(toks[toks.length - 1].end);
  return text.slice(toks[i - 1].end + (toks[i - 1].poss ? 2 : 0), toks[i].start);
}
