// How the text ties an event to a place: "near X", "10 km west of X", "between A and B",
// "in X province". Read from the words just before the mention, within its sentence.
import { readFileSync } from 'node:fs';

const CUES = JSON.parse(readFileSync(new URL('../../data/geo/cue-words.json', import.meta.url), 'utf8'));
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const DIRS = `(?:${(CUES.directions as string[]).map(esc).join('|')})`;
const NEAR = new RegExp(`\\b(?:${(CUES.nearCues as string[]).map(esc).join('|')})\\s+(?:the\\s+)?(?:(?:city|town|village|area|province|district|region)\\s+of\\s+)?$`, 'i');
const DIRECTION = new RegExp(`\\b(?:\\d[\\d.,]*\\s*(?:km|kms|kilometers|kilometres|miles|mi)\\s+(?:\\(\\s*[^)]*\\)\\s+)?(?:${DIRS}\\s+)?(?:of|from)|${DIRS}\\s+(?:of|outskirts\\s+of|countryside\\s+of|parts\\s+of|suburbs\\s+of))\\s+(?:the\\s+)?(?:(?:city|town|village)\\s+of\\s+)?$`, 'i');
const BETWEEN = /\bbetween\s+(?:the\s+)?(?:(?:towns?|villages?|cities)\s+of\s+)?$/i;

export type Relation = 'near' | 'direction' | 'between' | undefined;

/** the cue patterns, for tests */
export const RELATION_PATTERNS = { between: BETWEEN, direction: DIRECTION, near: NEAR };

// Each pattern ends with one of these words and then white space ("near ", "west of ", "between the
// "). Most names follow "in", "and" or a comma, so that word, read first, spares the three regexes
// (each is tried at every position of the 80 characters). The words are the last \w-run of each
// ending: all are whole words there, preceded by white space or a word boundary.
const END_WORDS = new Set(['between', 'the', 'of', 'from', ...(CUES.nearCues as string[]).map((c) => /\w+$/.exec(c)?.[0].toLowerCase() ?? '')]);
// (a cue not ending in a letter or digit would break that reading: then the regexes always run)
const END_WORDS_OK = !END_WORDS.has('');

/** the word before the trailing white space of s, lower case ('' where s does not end in white space) */
function lastWordBeforeSpace(s: string): string {
  const t = s.trimEnd(); // (trimEnd's white space is the regexes' \s)
  if (t.length === s.length) return '';
  let b = t.length;
  while (b > 0 && isWordChar(t.charCodeAt(b - 1))) b--;
  return t.slice(b).toLowerCase();
}

/** \w without the u flag: [A-Za-z0-9_] */
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** relation cue in the text before a mention (`before` = the sentence text up to the mention) */
export function relationBefore(before: string): Relation {
  const tail = before.slice(-80);
  if (END_WORDS_OK && !END_WORDS.has(lastWordBeforeSpace(tail))) return undefined;
  if (BETWEEN.test(tail)) return 'between';
  if (DIRECTION.test(tail)) return 'direction';
  if (NEAR.test(tail)) return 'near';
  return undefined;
}

/** "A and B" right after "between A": the gap text between the two mentions */
export function isBetweenPair(gap: string): boolean {
  return /^\s+and\s+(?:the\s+)?$/i.test(gap);
}

/** the gap between a place and the country/province that qualifies it ("Paris, Texas", "Tripoli in northern Lebanon") */
export function isQualifierGap(gap: string): boolean {
  return qualifierGap(gap) !== undefined;
}

/** a place-type word between a name and its container: "Pati village (Barwani, ...)", "Sharan town in Aleppo";
 * plural after a list ("A and B villages in C"), and after another name of the place in brackets
 * ("Kushk (Rabat-e Sangi) district, Herat") */
const TYPE_WORD = '(?:\\s*\\(\\s*\\p{Lu}[\\p{L}\'’-]*(?:\\s+[\\p{L}\'’-]+){0,3}\\s*\\))?(?:\\s+(?:villages?|towns?|city|cities|areas?|districts?|neighbou?rhoods?|quarters?|camps?|sectors?|subdivisions?|sub-districts?|county|counties|lgas?|municipality|municipalities|locality|localities|communes?|townships?|tehsils?|divisions?|suburbs?|settlements?|fronts?|frontlines?|axis))?';
// "Logo (Mahagi, Ituri)" with Mahagi unknown: the next known name still holds the place
const PAREN_GAP = new RegExp(`^${TYPE_WORD}\\s*\\(\\s*(?:\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}\\s*,\\s*)?$`, 'iu');
// ("Qarabagh district, Ghazni": a place-type word may stand before the comma too)
const COMMA_GAP = new RegExp(`^${TYPE_WORD}\\s*,\\s*$`, 'iu');
const IN_GAP = new RegExp(`^${TYPE_WORD}\\s*,?\\s+(?:in|of|area\\s+of|outskirts\\s+of|countryside\\s+of|suburbs?\\s+of|part\\s+of)\\s+(?:the\\s+)?(?:(?:${DIRS}|central|rural)\\s+)?(?:(?:countryside|outskirts|parts?|suburbs?)\\s+of\\s+)?$`, 'iu');

/** how a name and the next one are joined when the second may be the first one's container:
 * "X (Y", "X, Y", "X in Y" / "X area of Y"; undefined when they are not */
export function qualifierGap(gap: string): 'paren' | 'comma' | 'in' | undefined {
  if (gap.length > 60) return undefined;
  if (PAREN_GAP.test(gap)) return 'paren';
  if (COMMA_GAP.test(gap)) return 'comma';
  if (IN_GAP.test(gap)) return 'in';
  return undefined;
}
