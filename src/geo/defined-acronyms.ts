// Short forms a report defines for something other than a place: "the Kahda District Commissioner
// (DC)", "the Rapid Support Forces (RSF)". The letters spell the words before the brackets; where
// those words are no place, the short form is no place anywhere in the report ("the Daynile DC").
// "the District of Columbia (DC)" or "Democratic Republic of Congo (DRC)" keep theirs.
import type { RawSpan } from './find.ts';

const MINOR = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'des', 'la', 'le', 'al', 'el']);
// (up to six words before the brackets, the letters in them; read only where "(" + capitals + ")" is)
const DEFINED = /((?:[\p{Lu}][\p{L}'’-]*\s+(?:(?:of|and|the|for|de|du|des|la|le|al|el)\s+)*){1,6})\(\s*([A-Z]{2,5})\s*\)/gu;

/** the acronyms the text defines for words that are not a place */
export function definedAcronyms(text: string, spans: RawSpan[]): Set<string> {
  const out = new Set<string>();
  if (text.indexOf('(') < 0) return out;
  for (const m of text.matchAll(DEFINED)) {
    const letters = m[2];
    const words = m[1].trim().split(/\s+/).filter((w) => !MINOR.has(w.toLowerCase()));
    // the last words whose initials spell the letters ("the Kahda District Commissioner (DC)")
    if (words.length < letters.length) continue;
    const tail = words.slice(words.length - letters.length);
    if (tail.map((w) => w[0]).join('') !== letters) continue;
    // (where the words end on a place the report knows, so is their short form: "District of
    // Columbia", "Democratic People's Republic of Korea")
    const from = m.index! + m[1].lastIndexOf(tail[0]);
    const to = m.index! + m[1].trimEnd().length;
    if (spans.some((s) => s.end === to && s.start >= from && !s.common)) continue;
    out.add(letters);
  }
  return out;
}

/** the spans that are a short form the text defines for something else */
export function dropDefinedAcronyms(text: string, spans: RawSpan[]): RawSpan[] {
  const defined = definedAcronyms(text, spans);
  if (!defined.size) return spans;
  return spans.filter((s) => !(s.short && defined.has(text.slice(s.start, s.end))));
}
