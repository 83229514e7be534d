// A people's or a place's adjective we have no entry for ("Sicilian", "Siberian", "Havanese"),
// given as a toponym: the place its stem names. English forms adjectives of places with a few
// suffixes; each is undone in the ways it is usually added, and the first stem that names a
// country, province, region or big town is taken (a stem that names only a village is a coincidence).
import { readFileSync } from 'node:fs';
import type { Gazetteer, Candidate } from './gazetteer.ts';
import { nameKey } from './normalize.ts';
import { KIND } from './index-file.ts';

/** suffix -> the endings its stem may have had ("Sicil-ian" <- Sicily, "Siber-ian" <- Siberia) */
const UNDO: [RegExp, string[]][] = [
  [/ian$/, ['ia', 'y', '', 'a', 'e']],
  [/ean$/, ['ea', 'e', 'a']],
  [/an$/, ['a', 'o', '', 'e']],
  [/ese$/, ['a', '', 'o', 'e']],
  [/ish$/, ['', 'land', 'and']],
  [/i$/, ['', 'a']],
];
const BIG_TOWN = 100_000;

export function stemPlace(gaz: Gazetteer, surface: string): { cands: Candidate[]; key: string } | null {
  // (one capitalised word, its plural too: "Sicilians")
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(surface)) return null;
  const word = surface.toLowerCase().replace(/(?<=(?:an|ese|i))s$/, '');
  for (const [suffix, endings] of UNDO) {
    if (!suffix.test(word)) continue;
    const stem = word.replace(suffix, '');
    if (stem.length < 3) continue;
    for (const e of endings) {
      const key = nameKey(stem + e);
      const cands = gaz.byKey(key).filter((c) => c.flag !== 0 && known(gaz, c.place));
      if (cands.length) return { cands, key };
    }
  }
  return null;
}

function known(gaz: Gazetteer, p: number): boolean {
  const k = gaz.kind(p);
  return k === KIND.country || k === KIND.admin1 || k === KIND.region || (k === KIND.city && gaz.pop(p) >= BIG_TOWN);
}

/** combining forms ("Austro", "Sino") -> the demonym each stands for */
const FORMS: Record<string, string> = JSON.parse(readFileSync(new URL('../../data/geo/combining-forms.json', import.meta.url), 'utf8')).forms;

/** "Austro" of "Austro-Hungarian", "Sino" of "Sino-Indian": a combining form written before a hyphen
 * names the place its demonym names; null where the word is no such form or no hyphen follows */
export function combiningPlace(gaz: Gazetteer, surface: string, after: string): { cands: Candidate[]; key: string } | null {
  const dem = FORMS[surface];
  if (!dem || !/^[-‐‑]\p{L}/u.test(after)) return null;
  const place = gaz.ix.demonyms[nameKey(dem)];
  return place === undefined || place < 0 ? null : { cands: [{ place, flag: 1 }], key: nameKey(dem) };
}
