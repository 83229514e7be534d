// Countries a report points to without naming a place: words written only of one country's places
// ("Barangay", "woreda") and armed groups that act almost only at home (the New People's Army).
// They weigh like the outlets' country (source-country.ts): one more place of that country in the
// report, so "Samar" beside the NPA is the Philippine province, not Samara in Russia.
import { readFileSync } from 'node:fs';
import type { Gazetteer } from './gazetteer.ts';
import { KIND } from './index-file.ts';
import { tokenize, type GTok } from './tokens.ts';

interface Phrase { toks: string[]; exact: boolean; country: string }
interface Cues { words: RegExp; wordCountry: Map<string, string>; byFirst: Map<string, Phrase[]> }

let cues: Cues | null = null;

/** acronyms of three letters or fewer collide with other bodies' ("SNA", "RSF"): only these count */
const SHORT_OK = new Set(['NPA', 'HTS', 'PMF', 'TTP', 'M23']);

function load(): Cues {
  if (cues) return cues;
  const raw = JSON.parse(readFileSync(new URL('../../data/geo/country-cues.json', import.meta.url), 'utf8')) as { words: { country: string; words: string[] }[]; actors: string[] };
  const actors = JSON.parse(readFileSync(new URL('../../data/lexicons/actors.json', import.meta.url), 'utf8')).actors as { id: string; aliases: string[]; country: string | null }[];
  const wordCountry = new Map<string, string>();
  for (const g of raw.words) for (const w of g.words) wordCountry.set(w.toLowerCase(), g.country);
  const alt = [...wordCountry.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
  const byFirst = new Map<string, Phrase[]>();
  const ids = new Set(raw.actors);
  for (const a of actors) {
    if (!ids.has(a.id) || !a.country) continue;
    for (const alias of a.aliases) {
      // (a name written in lower case, "communist rebels", is a description, not the group's name)
      if (!/^\p{Lu}/u.test(alias)) continue;
      const ts = tokenize(alias);
      const exact = alias === alias.toUpperCase();
      if (exact && alias.replace(/[^A-Z]/g, '').length <= 3 && !SHORT_OK.has(alias)) continue;
      const p: Phrase = { toks: ts.map((t) => (exact ? t.text : t.low)), exact, country: a.country };
      const k = p.toks[0];
      (byFirst.get(k) ?? byFirst.set(k, []).get(k)!).push(p);
    }
  }
  return (cues = { words: new RegExp(`\\b(?:${alt})\\b`, 'gi'), wordCountry, byFirst });
}

const countryIdx = new Map<string, number>();
let idxFor: unknown = null;
function countryIndex(gaz: Gazetteer, name: string): number {
  if (idxFor !== gaz.ix) { countryIdx.clear(); idxFor = gaz.ix; }
  let c = countryIdx.get(name);
  if (c === undefined) {
    const hit = gaz.lookup(name).find((x) => gaz.kind(x.place) === KIND.country);
    countryIdx.set(name, (c = hit ? gaz.cc(hit.place) : -1));
  }
  return c;
}

/** the countries (gazetteer index) that the report's cue words and home-bound groups point to */
export function cueCountries(gaz: Gazetteer, text: string, toks: GTok[]): Set<number> {
  const { words, wordCountry, byFirst } = load();
  const names = new Set<string>();
  words.lastIndex = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) names.add(wordCountry.get(m[0].toLowerCase().replace(/\s+/g, ' '))!);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.cap) continue;
    const ps = byFirst.get(t.upper ? t.text : t.low) ?? (t.upper ? byFirst.get(t.low) : undefined);
    if (!ps) continue;
    for (const p of ps) {
      if (names.has(p.country) || i + p.toks.length > toks.length) continue;
      let ok = true;
      for (let k = 0; k < p.toks.length && ok; k++) ok = (p.exact ? toks[i + k].text : toks[i + k].low) === p.toks[k];
      // (an acronym the report defines is its own body's: "the National Prosecuting Authority (NPA)"; where
      // it stands for the group, the group's full name beside it is a cue anyway)
      if (ok && !(p.exact && text.includes(`(${p.toks[0]}`))) names.add(p.country);
    }
  }
  const out = new Set<number>();
  for (const n of names) {
    const c = countryIndex(gaz, n);
    if (c >= 0) out.add(c);
  }
  return out;
}
