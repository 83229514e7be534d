// Short forms a report makes of its own places: "SA" for South Africa in a report on South Africa,
// "T&T" for Trinidad and Tobago, "WA" for Western Australia; and one part of a two-part country the
// report names ("Trinidad" of Trinidad and Tobago). Read only against the report's own places, so
// an acronym means a place the report is about, never a namesake found by its letters alone.
import type { Gazetteer } from './gazetteer.ts';
import { KIND } from './index-file.ts';
import { nameKey } from './normalize.ts';
import { stripAdminWords } from './build-index.ts';

const MINOR = new Set(['and', 'of', 'the', 'de', 'del', 'da', 'do', 'des', 'du', 'la', 'le', 'et']);

/** the initials of a name's words, minor words left out ("Trinidad and Tobago" -> "TT") */
const initials = (name: string) => name.split(/[\s-]+/).filter((w) => w && !MINOR.has(w.toLowerCase())).map((w) => w[0].toUpperCase()).join('');

/** the letters of an acronym as written ("SA", "T&T", "N.S.W."), or '' where the span is none */
export function acronymLetters(surface: string): string {
  if (!/^[A-Z][A-Z.&\s]{1,9}$/.test(surface)) return '';
  const l = surface.replace(/[.&\s]/g, '');
  return l.length >= 2 && l.length <= 4 ? l : '';
}

/** the one country or province of the report (countries, then provinces of the places resolved,
 * then the provinces of the focus country) whose initials are the letters; -1 where none or several */
export function initialsPlace(gaz: Gazetteer, letters: string, places: number[], focus: number): number {
  const countries = new Set<number>();
  const provinces = new Set<number>();
  for (const p of places) {
    if (gaz.cc(p) !== 0xffff) countries.add(gaz.countryPlace(gaz.cc(p)));
    if (gaz.kind(p) !== KIND.country && gaz.a1(p) >= 0) provinces.add(gaz.admin1Place(gaz.a1(p)));
  }
  const focusProvinces: number[] = [];
  if (focus >= 0 && gaz.cc(focus) !== 0xffff) {
    const code = `${gaz.ix.countries[gaz.cc(focus)].code}.`;
    for (const a of gaz.ix.admin1) if (a.code.startsWith(code)) focusProvinces.push(a.place);
  }
  for (const tier of [[...countries], [...provinces], focusProvinces]) {
    const hits = tier.filter((p) => p >= 0 && initials(displayName(gaz, p)) === letters);
    if (hits.length === 1) return hits[0];
  }
  return -1;
}

function displayName(gaz: Gazetteer, p: number): string {
  if (gaz.kind(p) === KIND.country) return gaz.ix.countries[gaz.cc(p)].name;
  const a = gaz.ix.admin1[gaz.a1(p)];
  return stripAdminWords(a.display ?? a.name);
}

/** "Trinidad" in a report that names Trinidad and Tobago: the country of which the name is one part */
export function partOfCountry(gaz: Gazetteer, key: string, places: number[]): number {
  for (const p of places) {
    if (gaz.kind(p) !== KIND.country) continue;
    const parts = gaz.ix.countries[gaz.cc(p)].name.split(/\s+and\s+/);
    if (parts.length === 2 && parts.some((x) => nameKey(x) === key)) return p;
  }
  return -1;
}
