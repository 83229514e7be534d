// The casualty lexicon (data/lexicons/casualty-cues.json) compiled into sets and maps once,
// plus the small closed word classes the patterns test against.
import { readFileSync } from 'node:fs';

export interface CueEntry { word: string; type: 'killed' | 'injured'; passive: boolean; verb: boolean }
export interface Lexicon {
  cues: CueEntry[];
  animals: string[];
  aux: string[];
  persons: { words: string[]; victims: string }[];
}

export const LEX: Lexicon = JSON.parse(
  readFileSync(new URL('../../../data/lexicons/casualty-cues.json', import.meta.url), 'utf8'),
);
export const CUES = new Map(LEX.cues.filter((c) => c.passive || c.verb).map((c) => [c.word, c]));
export const ANIMALS = new Set(LEX.animals);
// plural person nouns that do not end in s
export const PLURAL = new Set(['men', 'women', 'children', 'people', 'police', 'personnel', 'troops', 'militia', 'policemen', 'gunmen', 'servicemen', 'tribesmen', 'militiamen', 'fishermen', 'businessmen', 'crewmen', 'guardsmen']);
export const POSSESSIVE = new Set(['the', 'his', 'her', 'their', 'its']);
export const AUX = new Set(LEX.aux);
export const PERSON = new Map<string, string>();
export const PERSON_BIGRAM = new Map<string, string>();
for (const p of LEX.persons) {
  for (const w of p.words) (w.includes(' ') ? PERSON_BIGRAM : PERSON).set(w, p.victims);
}

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
export const DEFINITE = new Set(['the', 'these', 'those']);
export const NOMINAL_KILLED = new Set(['fatalities', 'fatality', 'deaths', 'death', 'dead']);
export const NEGATIVE = new Set(['no', 'none', 'nobody', 'zero']);
export const INJURY_NOUNS = new Set(['injuries', 'injury', 'wounds', 'wound']);
export const SUBSET_OPENERS = new Set(['including', 'among', 'most', 'mostly', 'mainly', 'many', 'some', 'according', 'all']);
export const MAX_NP = 7;
export const YEAR_BEFORE = new Set(['in', 'since', 'of', 'during', 'by', 'until', 'till', 'the', 'from', 'before', 'after', 'early', 'late', 'mid']);
export const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'got', 'get', 'gets', 'getting']);
export const OBJECT_START = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'two', 'three', 'several', 'dozens', 'him', 'them']);
export const PREPOSITIONS = new Set(['in', 'on', 'at', 'near', 'from', 'by', 'with', 'during', 'after', 'before', 'of', 'for', 'into', 'inside', 'outside', 'across', 'along', 'around']);
export const CALENDAR = /^(mon|tues|wednes|thurs|fri|satur|sun)day$|^(january|february|march|april|may|june|july|august|september|october|november|december)$/;
// "leaving 1 Fulani dead", "left three people wounded": the object of leave is the victim
export const LEAVE = new Set(['leaving', 'left', 'leave', 'leaves'])

// nouns after "a/an" that are not victims: "wounded a day earlier", "killed an unknown number"
export const NOT_VICTIM = new Set([
  'number', 'total', 'unknown', 'unspecified', 'few', 'couple', 'day', 'week', 'month', 'year', 'time',
  'night', 'morning', 'evening', 'afternoon', 'while', 'series', 'spate', 'wave', 'record', 'further', 'lot',
]);

// verbs that kill only with "to death" after their object: "beat a man to death"
export const TO_DEATH = new Set(['beat', 'beaten', 'beating', 'stabbed', 'stabbing', 'hacked', 'hacking', 'burned', 'burnt', 'stoned', 'clubbed', 'tortured', 'shot', 'lynched', 'bludgeoned']);
