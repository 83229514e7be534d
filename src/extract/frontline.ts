// Which side of a standing frontline holds a place (data/lexicons/frontline.json). Fire that a
// monitoring mission saw near a place but nobody claimed came from the side facing it: ACLED
// codes the side that does not hold the place as actor1.
import { readFileSync } from 'node:fs';
import type { PlaceMention } from '../core/types.ts';

export type Holder = 'state' | 'opponent';

/** a capitalised name after "near"/"in"/"of"/"at" (a module constant: tsx compiles a \p{…} literal to a new RegExp at every evaluation; reset before each scan) */
const NEAR_NAME = /\b(?:near|in|of|at)\s+(\p{Lu}[\p{L}'’]*(?:[ -](?:\p{Lu}[\p{L}'’]*|\d+))*)/gu;
/** a numbered or hyphenated name's tail right after a place ("-5" of "Zolote-5"); a module constant as above */
const NAME_TAIL = /^-(?:\d+|\p{Lu}[\p{L}'’]*)/u;
const norm = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’'`]/g, '').replace(/\s+/g, ' ').trim();

let fronts: Map<string, Map<string, Holder>> | null = null;
function load(): Map<string, Map<string, Holder>> {
  if (fronts) return fronts;
  fronts = new Map();
  const data = JSON.parse(readFileSync(new URL('../../data/lexicons/frontline.json', import.meta.url), 'utf8')) as { fronts: { country: string; state: string[]; opponent: string[] }[] };
  for (const f of data.fronts) {
    const m = new Map<string, Holder>();
    for (const n of f.state) m.set(norm(n), 'state');
    for (const n of f.opponent) m.set(norm(n), 'opponent');
    fronts.set(f.country, m);
  }
  return fronts;
}

/** the holder of a place named "near X" / "in X" in the text, or of the event's resolved place */
export function holderOf(country: string, place: PlaceMention | undefined, text: string, sentenceText: string): Holder | undefined {
  const m = load().get(country);
  if (!m) return undefined;
  // the words the text used for the place first (the gazetteer may spell it otherwise), then its name;
  // a province named alone ("Donetsk" region) says nothing about one side of the line
  if (place && place.feature !== 'admin1' && place.feature !== 'country' && place.feature !== 'region') {
    // ("Zolote-5" is not "Zolote": a numbered or hyphenated settlement the gazetteer matched only in part)
    const tail = NAME_TAIL.exec(text.slice(place.end, place.end + 24));
    const h = (tail ? m.get(norm(text.slice(place.start, place.end) + tail[0])) : undefined) ?? m.get(norm(text.slice(place.start, place.end))) ?? m.get(norm(place.name));
    if (h) return h;
  }
  // a place the resolver missed or put in another country: the name after "near"/"in" in the sentence
  const re = NEAR_NAME;
  re.lastIndex = 0;
  for (let x = re.exec(sentenceText); x; x = re.exec(sentenceText)) {
    const h = m.get(norm(x[1]));
    if (h) return h;
  }
  return undefined;
}

/** countries with a frontline table */
export function hasFront(country: string | undefined): boolean {
  return !!country && load().has(country);
}
