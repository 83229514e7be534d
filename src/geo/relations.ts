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

/** relation cue in the text before a mention (`before` = the sentence text up to the mention) */
export function relationBefore(before: string): Relation {
  const tail = before.slice(-80);
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
  return new RegExp(`^(?:\\s*,\\s*|\\s+\\(|\\s*,?\\s+in\\s+(?:the\\s+)?(?:${DIRS}\\s+|central\\s+)?)$`, 'i').test(gap);
}
