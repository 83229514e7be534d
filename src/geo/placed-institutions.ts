// "the Marrowby General Hospital (Northshire)": a town before an institution's name, with a container
// written right after the name that holds the town, is where the institution lies, not a word of an
// organisation's name to drop.
import { gapBefore, type GTok } from './tokens.ts';
import type { Gazetteer, Candidate } from './gazetteer.ts';
import { KIND } from './index-file.ts';

/** head words of buildings a town name often opens; the words of the name come before one of them */
const HEADS = /^(?:hospital|clinic|prison|jail|university|college|school|stadium|market|mosque|church|court|courthouse|station|airport|camp)$/;

/** the tokens after span [t0, t1) name an institution of the town, and its container follows */
export function placedInstitution(text: string, toks: GTok[], t1: number, cands: Candidate[], gaz: Gazetteer): boolean {
  let head = -1;
  for (let j = t1; j < toks.length && j < t1 + 4; j++) {
    if (!toks[j].cap || gapBefore(text, toks, j) !== ' ' || toks[j - 1].poss) break;
    if (HEADS.test(toks[j].low)) head = j;
  }
  if (head < 0) return false;
  const after = text.slice(toks[head].end, toks[head].end + 80);
  const m = /^(?: \(|, )([^()]{2,70}?)(?:\)|$)/.exec(after);
  if (!m) return false;
  const towns = cands.filter((c) => gaz.kind(c.place) === KIND.city);
  if (!towns.length) return false;
  // (each part of the container: a province or district holding the town, or a town near it)
  for (const part of m[1].split(',')) {
    const name = part.trim();
    if (!/^\p{Lu}/u.test(name)) continue;
    for (const q of gaz.lookup(name)) {
      const kq = gaz.kind(q.place);
      if (kq !== KIND.admin1 && kq !== KIND.admin2) continue;
      if (towns.some((t) => gaz.cc(t.place) === gaz.cc(q.place) && gaz.a1(t.place) === gaz.a1(q.place) && (kq === KIND.admin1 || gaz.a2(t.place) === gaz.a2(q.place)))) return true;
    }
  }
  return false;
}
