// Deaths and holdings that are no act of conflict: a fire, a flood or a crash that kills ("A fire in a
// market killed 12"), "a fire at a hotel", "after two years in detention", "a detention centre".
// Checked with the idioms at the trigger stage, so such a word never becomes an event.
import type { Sentence } from '../core/types.ts';

/** disasters and accidents that kill with no one to blame */
const DISASTER = new Set([
  'fire', 'fires', 'blaze', 'blazes', 'inferno', 'flood', 'floods', 'flooding', 'landslide', 'landslides', 'mudslide',
  'mudslides', 'earthquake', 'quake', 'tremor', 'storm', 'storms', 'cyclone', 'hurricane', 'typhoon', 'tornado', 'avalanche',
  'lightning', 'heatwave', 'drought', 'stampede', 'crash', 'collision', 'accident', 'derailment', 'collapse', 'outbreak',
  'epidemic', 'cholera', 'disease', 'rains', 'downpour', 'downpours', 'tsunami', 'capsizing', 'shipwreck', 'blizzard',
]);
/** what may stand before a disaster's name at the head of a sentence: "A bus crash", "Heavy floods", "The building collapse" */
const DISASTER_FILLER = new Set([
  'a', 'an', 'the', 'this', 'that', 'heavy', 'massive', 'huge', 'major', 'big', 'deadly', 'devastating', 'torrential', 'flash',
  'severe', 'fierce', 'powerful', 'strong', 'sudden', 'recent', 'bus', 'road', 'car', 'plane', 'air', 'train', 'rail', 'boat',
  'ferry', 'building', 'factory', 'house', 'market', 'forest', 'bush', 'mine', 'bridge', 'hotel', 'school', 'hospital', 'truck',
  'tanker', 'helicopter', 'traffic', 'motor', 'monsoon', 'seasonal', 'twin', 'separate',
]);
/** a sentence that names armed men, weapons or an attack: the blaze may be theirs ("gunmen set fire to the market, and the blaze killed 12") */
const ARMED_CONTEXT = /\b(?:gunm[ae]n|attack\w*|bomb\w*|shot|shoot\w*|militants?|rebels?|insurgents?|jihadists?|terror\w*|arson\w*|torch\w*|set (?:fire|ablaze|alight)|grenades?|explosives?|rockets?|shell(?:s|ed|ing)|airstrikes?|air strikes?|drones?|soldiers|troops|police|army|mobs?|rioters?|fighters|bandits|militia\w*|armed|clash\w*|protest\w*|strikes?)\b/i;
const KILL_VERB = /^(?:killed|kills|killing|kill)$/i;
/** what blows up by accident: "a gas explosion at a restaurant", "a boiler blast" ("mine blast" is a landmine's) */
const ACCIDENT_SOURCE = new Set(['gas', 'boiler', 'cylinder', 'cylinders', 'transformer', 'fireworks', 'firework', 'pipeline', 'methane', 'dust', 'tanker', 'fuel', 'chemical', 'chemicals', 'volcanic', 'reactor', 'furnace', 'kiln']);
const BLAST_WORD = /^(?:explosions?|blasts?)$/i;
const FLIGHT = /^(?:fled|flee|flees|fleeing|evacuated|displaced)$/i;

/** the lower-cased token k of s, or '' (a module function: tsx names every closure it creates, a
 * property write per call) */
export function normAt(s: Sentence, k: number): string {
  return s.tokens[k]?.norm ?? '';
}

/** the sentence opens with a disaster as its subject: "A fire in a market in Dhaka killed 12 people" */
function disasterSubject(s: Sentence, start: number): boolean {
  let k = 0;
  while (k < start && k < 4 && (DISASTER_FILLER.has(normAt(s, k)) || ACCIDENT_SOURCE.has(normAt(s, k)))) k++;
  if (k >= start) return false;
  // ("A gas explosion at a restaurant killed five")
  return DISASTER.has(normAt(s, k)) || (BLAST_WORD.test(normAt(s, k)) && ACCIDENT_SOURCE.has(normAt(s, k - 1)));
}

/** the trigger at tokens [start, end) tells a death or a holding that no one inflicted on anyone */
export function mishap(s: Sentence, start: number, end: number, text: string): boolean {
  if (KILL_VERB.test(text) && start > 0 && disasterSubject(s, start) && !ARMED_CONTEXT.test(s.text)) return true;
  // "a fire at a hotel", "the fire in the market": a blaze; shooting is "opened fire", "came under fire"
  if (/^fire(?: at| in| on)?$/i.test(text) && /^(?:a|the)$/.test(normAt(s, start - 1)) && !ARMED_CONTEXT.test(s.text)) return true;
  // "a gas explosion at a restaurant", "the explosion of Taal Volcano": no one set it off
  if (BLAST_WORD.test(text) && !ARMED_CONTEXT.test(s.text)) {
    if (ACCIDENT_SOURCE.has(normAt(s, start - 1)) || (ACCIDENT_SOURCE.has(normAt(s, start - 2)) && /^(?:-|cylinder|pipe|tank|line)$/.test(normAt(s, start - 1)))) return true;
    if (/\bvolcan/i.test(s.text)) return true;
  }
  // "villagers fled the floods", "evacuated ahead of the cyclone": flight from nature, not from violence
  if (FLIGHT.test(text) && !ARMED_CONTEXT.test(s.text) && (/\bvolcan/i.test(s.text) || s.tokens.some((t) => DISASTER.has(t.norm)))) return true;
  // "released after two years in detention", "the detention centre": a state or a place, not an arrest
  if (/^(?:detention|detentions|custody)$/i.test(text)) {
    if (/^(?:centres?|centers?|camps?|facilit(?:y|ies)|conditions|cells?|sites?|policy|policies|orders?)$/.test(normAt(s, end))) return true;
    if (normAt(s, start - 1) === 'in' && /^(?:years?|months?|weeks?|days?|decades?)$/.test(normAt(s, start - 2))) return true;
    if (/^(?:from|of)$/.test(normAt(s, start - 1)) && /^(?:released|freed|release|places|conditions|years|months)$/.test(normAt(s, start - 2))) return true;
  }
  return false;
}
