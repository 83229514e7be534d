// The country a report's outlets hint at: national outlets mostly report on their own country, so
// "Tripoli" in a note sourced to a Lebanese paper is more likely Lebanon's. Countries named inside an
// outlet's name ("Libya Observer", "Al Ghad (Jordan)") and a reviewed list of national outlets
// (data/geo/outlet-countries.json) count; the country most of the outlets point to is the hint.
import { readFileSync } from 'node:fs';
import type { Gazetteer } from './gazetteer.ts';
import { KIND } from './index-file.ts';
import { wordKeys } from './name-keys.ts';

let outlets: Map<string, string> | null = null;

function outletCountries(): Map<string, string> {
  if (outlets) return outlets;
  const raw = JSON.parse(readFileSync(new URL('../../data/geo/outlet-countries.json', import.meta.url), 'utf8')) as { outlets: { country: string; names: string[] }[] };
  outlets = new Map();
  for (const o of raw.outlets) for (const n of o.names) outlets.set(n.toLowerCase(), o.country);
  return outlets;
}

/** the country index (gazetteer) of a country name, or -1 */
function countryIndex(gaz: Gazetteer, name: string): number {
  const c = gaz.lookup(name).find((x) => gaz.kind(x.place) === KIND.country);
  return c ? gaz.cc(c.place) : -1;
}

/** the countries one outlet's name points to: its entry, or country names and demonyms inside it */
function countriesOf(gaz: Gazetteer, outlet: string): Set<number> {
  const out = new Set<number>();
  const listed = outletCountries().get(outlet.toLowerCase());
  if (listed) {
    const c = countryIndex(gaz, listed);
    if (c >= 0) out.add(c);
    return out;
  }
  // ("Libya24", "Syrian Observatory for Human Rights", "Al Ghad (Jordan)"): words and word pairs
  const words = outlet.split(/[^\p{L}']+/u).filter((w) => /^\p{Lu}/u.test(w));
  for (let i = 0; i < words.length; i++) {
    for (const name of [words.slice(i, i + 2).join(' '), words[i]]) {
      const c = countryIndex(gaz, name);
      if (c >= 0) { out.add(c); break; }
      const dem = gaz.ix.demonyms[wordKeys(gaz, name.toLowerCase()).key];
      if (dem !== undefined && gaz.kind(dem) === KIND.country) { out.add(gaz.cc(dem)); break; }
    }
  }
  return out;
}

// (a corpus names few sources, report after report: the answer is kept per source text, in a
// bounded table made anew for another index; keys are own copies, as a slice would keep its whole
// source text alive)
const BY_SOURCE = new Map<string, number | undefined>();
let sourcesFor: unknown = null;

/** the country index most of the report's outlets point to (ties: none), or undefined */
export function sourceCountry(gaz: Gazetteer, source: string | undefined): number | undefined {
  if (!source) return undefined;
  if (sourcesFor !== gaz.ix) { BY_SOURCE.clear(); sourcesFor = gaz.ix; }
  if (BY_SOURCE.has(source)) return BY_SOURCE.get(source);
  const c = sourceCountryOnce(gaz, source);
  if (BY_SOURCE.size >= 2000) BY_SOURCE.clear();
  BY_SOURCE.set(JSON.parse(JSON.stringify(source)) as string, c);
  return c;
}

function sourceCountryOnce(gaz: Gazetteer, source: string): number | undefined {
  const votes = new Map<number, number>();
  for (const outlet of source.split(/[;|]/).map((s) => s.trim()).filter(Boolean)) {
    for (const c of countriesOf(gaz, outlet)) votes.set(c, (votes.get(c) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[1][1] === ranked[0][1])) return undefined;
  return ranked[0][0];
}
