// Demonyms and place adjectives in running text ("Russian diplomats", "a Sri Lankan court", "the
// Palestinians"): toponyms in the corpora's sense, used as modifiers, so they are listed only with
// the other uses (`use: 'adjective'`), never as an event's location. Each names the country or
// region data/geo/demonyms.json gives it.
import type { GTok } from './tokens.ts';
import { gapBefore } from './tokens.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { RawSpan } from './find.ts';
import { insideName } from './find.ts';
import { wordKeys } from './name-keys.ts';
import { nameKey } from './normalize.ts';

/** the place of a demonym key, its plural too ("Russians", "Palestinians") */
function demonymPlace(gaz: Gazetteer, key: string): number | undefined {
  const d = gaz.ix.demonyms;
  return d[key] ?? (key.length > 4 && key.endsWith('s') ? d[key.slice(0, -1)] : undefined);
}

/** demonym spans of one or two capitalised words that no found name overlaps */
export function demonymSpans(text: string, toks: GTok[], found: RawSpan[], gaz: Gazetteer): RawSpan[] {
  const out: RawSpan[] = [];
  let f = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.cap || t.upper) continue;
    while (f < found.length && found[f].end <= t.start) f++;
    if (f < found.length && found[f].start <= t.start) continue;
    // two words first ("South Ossetian", "Sri Lankan", "New Zealander")
    let t1 = i + 1;
    let key = '';
    let place: number | undefined;
    const next = toks[i + 1];
    if (next && next.cap && !t.poss && gapBefore(text, toks, i + 1) === ' ' && !(f < found.length && found[f].start < next.end)) {
      key = nameKey(`${t.text} ${next.text}`);
      place = demonymPlace(gaz, key);
      if (place !== undefined) t1 = i + 2;
    }
    if (place === undefined) {
      key = wordKeys(gaz, t.low).key;
      place = demonymPlace(gaz, key);
    }
    if (place === undefined || place < 0) continue;
    const last = toks[t1 - 1];
    const s: RawSpan = { start: t.start, end: last.end, t0: i, t1, key, cands: [{ place, flag: 1 }], common: false, short: false, poss: last.poss, actor: 'adjective' };
    // ("John English", "Gen. Roman"): a person's name, not an adjective
    const why = insideName(text, toks, s);
    if (why !== 'person' && why !== 'title') out.push(s);
    i = t1 - 1;
  }
  return out;
}
