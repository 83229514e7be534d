// "the Somali capital", "the Afghan capital's outskirts": a country's demonym before "capital" names
// its capital city, which wire copy often writes instead of the city's name. The span stands for
// that city (GeoNames' PPLC, or the seat of government where that is the bigger city).
import type { GTok } from './tokens.ts';
import { gapBefore } from './tokens.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { RawSpan } from './find.ts';
import { KIND } from './index-file.ts';
import { wordKeys } from './name-keys.ts';
import { nameKey } from './normalize.ts';

/** the country place of a demonym key, its plural too */
function demonymCountry(gaz: Gazetteer, key: string): number | undefined {
  const d = gaz.ix.demonyms;
  const p = d[key] ?? (key.length > 4 && key.endsWith('s') ? d[key.slice(0, -1)] : undefined);
  return p !== undefined && p >= 0 && gaz.kind(p) === KIND.country ? p : undefined;
}

/** spans "<Demonym> capital" (one or two demonym words) that no found name overlaps */
export function capitalSpans(text: string, toks: GTok[], found: RawSpan[], gaz: Gazetteer): RawSpan[] {
  // (most reports never write the word: one search instead of a look at every token)
  if (!/\bcapital\b/i.test(text)) return [];
  const out: RawSpan[] = [];
  for (let i = 1; i < toks.length; i++) {
    if (toks[i].cap || !toks[i].is('capital')) continue;
    const dem = toks[i - 1];
    if (!dem.cap || dem.poss || gapBefore(text, toks, i) !== ' ') continue;
    // ("South Sudanese capital": two words first)
    let t0 = i - 1;
    let country: number | undefined;
    const two = toks[i - 2];
    if (two?.cap && gapBefore(text, toks, i - 1) === ' ') {
      country = demonymCountry(gaz, nameKey(`${two.text} ${dem.text}`));
      if (country !== undefined) t0 = i - 2;
    }
    country ??= demonymCountry(gaz, wordKeys(gaz, dem.low).key);
    // ("the Kenyan capital"; "moved Kenyan capital abroad" is money)
    if (country === undefined || !toks[t0 - 1]?.is('the')) continue;
    const start = toks[t0].start, end = toks[i].end;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    const city = gaz.capitalOf(gaz.cc(country));
    if (city < 0) continue;
    out.push({ start, end, t0, t1: i + 1, key: nameKey(text.slice(start, end)), cands: [{ place: city, flag: 1 }], common: false, short: false, poss: toks[i].poss });
  }
  return out;
}
