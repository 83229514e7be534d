// Building blocks of the casualty patterns over one sentence's tokens: the scan state, counts,
// noun phrases, casualty cues after a subject, verb objects. Each looks a bounded number of
// tokens ahead.
import { readQuantity, type QuantityAt, type WordToken } from '../numbers.ts';
import {
  ANIMALS, AUX, CUES, INJURY_NOUNS, MAX_NP, MONTHS, NEGATIVE, NOMINAL_KILLED, NOT_VICTIM, PASSIVE_AUX, PERSON,
  PERSON_BIGRAM, PLURAL, POSSESSIVE, PREPOSITIONS, CALENDAR, YEAR_BEFORE,
} from './lexicon.ts';

export type Type = 'killed' | 'injured';
export interface Found {
  type: Type; count: number; approximate: boolean; victims?: string; from: number; to: number;
  /** "the man died", "he was killed": counts only when the document has reported no such casualty before */
  anaphoric?: boolean;
}

export class Scan {
  readonly w: string[];
  /** tokens already part of a mention: a number is never counted twice */
  readonly used: boolean[];
  /** cue tokens used as active verbs ("gunmen killed 3"): their subject is the agent */
  readonly verbal: boolean[];
  readonly found: Found[] = [];
  /** readQuantity(w, i) per token, worked out once: the patterns ask again and again for the same tokens */
  private readonly quantities: (QuantityAt | null | undefined)[];
  /** personAt's answer per token (null: none), worked out once for the same reason */
  readonly persons: (string | null | undefined)[];
  constructor(readonly toks: WordToken[]) {
    this.w = toks.map((t) => t.norm);
    this.used = new Array(toks.length).fill(false);
    this.verbal = new Array(toks.length).fill(false);
    this.quantities = new Array(toks.length).fill(undefined);
    this.persons = new Array(toks.length).fill(undefined);
  }
  /** the count starting at token i (readQuantity's answer, shared: never modify it) */
  quantity(i: number): QuantityAt | null {
    if (i < 0 || i >= this.w.length) return null;
    let q = this.quantities[i];
    if (q === undefined) this.quantities[i] = q = readQuantity(this.w, i);
    return q;
  }
  add(f: Found): void {
    for (let k = f.from; k < f.to; k++) this.used[k] = true;
    this.found.push(f);
  }
}

const PARTICIPLE = /^[a-z]{3,}ed$/;
export const WORD_START = /^[\p{L}\p{N}]/u;
// \p{…} patterns as module constants: tsx compiles a \p{…} regex literal to `new RegExp` at every
// evaluation, and these run per token or per mention
const CAPITALIZED_PLURAL = /^\p{Lu}\p{Ll}{2,}s$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const PEOPLE_NAME = /^(?:\p{Lu}\p{Ll}{2,}|\p{Lu}{2,6})$/u;
export const isWord = (t: string | undefined): boolean => {
  if (t === undefined || t.length === 0) return false;
  const c = t.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true; // norms are lower case
  return c > 127 && WORD_START.test(t);
};
// second words of two-word person entries ("service members")
export const BIGRAM_TAIL = new Set([...PERSON_BIGRAM.keys()].map((k) => k.slice(k.lastIndexOf(' ') + 1)));

/** victim category of token k when it is a person noun (with "service members" as a bigram) */
export function personAt(s: Scan, k: number): string | undefined {
  if (k < 0 || k >= s.w.length) return undefined;
  const known = s.persons[k];
  if (known !== undefined) return known ?? undefined;
  const v = personOf(s, k);
  s.persons[k] = v ?? null;
  return v;
}

function personOf(s: Scan, k: number): string | undefined {
  const t = s.w[k];
  if (t === undefined) return undefined;
  if (BIGRAM_TAIL.has(t)) {
    const bi = PERSON_BIGRAM.get(`${s.w[k - 1]} ${t}`);
    if (bi) return bi;
  }
  if (PERSON.has(t)) return PERSON.get(t);
  // regular plurals of listed nouns ("chiefs", "councilors")
  if (t.length > 3 && t.endsWith('s') && PERSON.has(t.slice(0, -1))) return PERSON.get(t.slice(0, -1));
  if (t.endsWith('-year-old') || t.endsWith('-year-olds')) return 'people';
  // capitalized plurals after a count are usually demonyms or group members ("3 Palestinians")
  const raw = s.toks[k].text;
  if (CAPITALIZED_PLURAL.test(raw)) return 'people';
  return undefined;
}

/** "may", "april-1": a month name, alone or glued to a day by a hyphen */
export function isMonth(t: string | undefined): boolean {
  return t !== undefined && MONTHS.has(t.includes('-') ? t.slice(0, t.indexOf('-')) : t);
}

/** A count, or "a/an/one" before a person noun, starting at token i. */
export function countAt(s: Scan, i: number, allowZero: boolean, anyNoun = false): { value: number; approximate: boolean; next: number; article?: boolean } | null {
  const t = s.w[i];
  if (t === undefined || s.used[i]) return null;
  if (allowZero && NEGATIVE.has(t)) {
    if (t === 'no' && s.w[i + 1] === 'one') return { value: 0, approximate: false, next: i + 2 };
    return { value: 0, approximate: false, next: i + 1 };
  }
  if (t === 'a' || t === 'an') {
    const q = s.quantity(i);
    if (q) return q;
    // "a man", "an unidentified 17-year-old": one person when a person noun follows closely
    for (let k = i + 1; k <= i + 3 && isWord(s.w[k]); k++) if (personAt(s, k)) return { value: 1, approximate: false, next: i + 1, article: true };
    // the subject pattern checks the rest ("a shepherd was killed": only people are killed)
    return anyNoun && isWord(s.w[i + 1]) ? { value: 1, approximate: false, next: i + 1, article: true } : null;
  }
  const q = s.quantity(i);
  if (!q) return null;
  for (let k = i; k < q.next; k++) if (s.used[k]) return null;
  const first = s.w[q.start];
  // dates and years: "9 May", "May 9", "in 2019"
  if (isMonth(s.w[q.next]) || isMonth(s.w[i - 1]) || isMonth(s.w[q.start - 1])) return null;
  if (/^(1[89]|20)\d\d$/.test(first) && (!personAt(s, q.next) || YEAR_BEFORE.has(s.w[q.start - 1] ?? ''))) return null;
  // maths and exponents ("10^30") are not counts
  if (s.w[q.next] === '^' || s.w[q.next] === '*' || s.w[q.start - 1] === '^') return null;
  return q;
}

/** Noun phrase after a count: up to MAX_NP word tokens; returns its end and first person noun. */
export function nounPhrase(s: Scan, i: number): { end: number; head: number; first: number; victims?: string; person: boolean; animal?: boolean } {
  let victims: string | undefined;
  let head = i;
  let first = -1;
  let k = i;
  let weak = false;
  while (k < s.w.length && k - i < MAX_NP) {
    const t = s.w[k];
    // a parenthesis inside the phrase ("four CPI (Maoist) cadres") is skipped whole
    if (t === '(' && k > i) {
      let close = k + 1;
      while (close < s.w.length && close - k < 8 && s.w[close] !== ')' && s.w[close] !== '(') close++;
      if (s.w[close] === ')') {
        k = close + 1;
        continue;
      }
    }
    const acronym = ACRONYM.test(s.toks[k].text);
    if (!isWord(t) || s.used[k] || CUES.has(t) || (AUX.has(t) && t !== 'to' && !acronym) || t === 'and' || t === 'or') break;
    // an animal is the victim only as the head ("cattle", not "a cattle trader"), and not after a
    // person ("a man accused of goat theft": the man is the victim)
    if (ANIMALS.has(t) && !personAt(s, k + 1)) {
      if (victims !== undefined) break;
      return { end: k, head: i, first, person: false, animal: true };
    }
    if (t === 'as' && s.w[k + 1] === 'well') break;
    if (t === 'whose' || t === 'which' || t === 'that' || t === 'including') break;
    if (s.quantity(k) && !/^(of|the|a|an)$/.test(t)) break;
    if (INJURY_NOUNS.has(t) || t === 'sustained' || t === 'suffered' || t === 'succumbed' || t === 'lost') break;
    // after the person noun, a past-tense word is the verb of the clause ("officials expressed concern")
    if (victims !== undefined && head === k && /ed$/.test(t) && !PREPOSITIONS.has(s.w[k + 1] ?? '') && !personAt(s, k + 1)) break;
    const v = personAt(s, k);
    if (v) head = k + 1;
    if (v && first < 0) first = k;
    victims ??= v;
    // a capitalized word right after a count is usually a people's name used as a plural
    // ("two Fulani", "three Tuareg"), but not a weekday or month ("killed two Monday")
    if (k === i && !v && PEOPLE_NAME.test(s.toks[k].text) && !CALENDAR.test(t)) {
      weak = true;
      head = k + 1;
    }
    k++;
  }
  if (victims === undefined && weak) victims = 'people';
  return { end: k, head, first, victims, person: victims !== undefined };
}

/** Casualty cue at token k, skipping auxiliaries: type, whether it is ambiguous, and its end. */
export function cueAfter(s: Scan, k: number): { type: Type; end: number; ambiguous: boolean; at: number } | null {
  const c = cueAfterInner(s, k);
  return c;
}

export function cueAfterInner(s: Scan, k: number): { type: Type; end: number; ambiguous: boolean; at: number } | null {
  let fatal = false;
  let passive = false;
  for (let steps = 0; k < s.w.length && steps < 6; steps++, k++) {
    const t = s.w[k];
    if (PASSIVE_AUX.has(t)) passive = true;
    if (t === 'fatally' || t === 'mortally') {
      fatal = true;
      // "fatally assaulted", "fatally stabbed": killed whatever the verb
      if (/^[a-z]{3,}ed$/.test(s.w[k + 1] ?? '') && !CUES.has(s.w[k + 1] ?? '')) return { type: 'killed', end: k + 2, ambiguous: false, at: k + 1 };
    }
    const cue = CUES.get(t);
    // "the dead", "the wounded": a noun, not a report about the phrase before it
    if (cue && cue.passive && s.w[k - 1] === 'the') return null;
    if (cue && cue.passive) {
      const ambiguous = (s.w[k + 1] === 'or' && CUES.has(s.w[k + 2] ?? '')) || (s.w[k + 1] === ',' && CUES.has(s.w[k + 2] ?? ''));
      return { type: fatal ? 'killed' : cue.type, end: k + 1, ambiguous, at: k };
    }
    // "sustained injuries", "suffered gunshot wounds", "succumbed to their injuries", "lost their lives"
    if (t === 'sustained' || t === 'suffered' || t === 'received') {
      for (let j = k + 1; j <= k + 3; j++) if (INJURY_NOUNS.has(s.w[j] ?? '')) return { type: fatal ? 'killed' : 'injured', end: j + 1, ambiguous: false, at: k };
      return null;
    }
    if (t === 'succumbed') return { type: 'killed', end: k + 1, ambiguous: false, at: k };
    if (t === 'lost' && s.w[k + 2] === 'lives') return { type: 'killed', end: k + 3, ambiguous: false, at: k };
    if (t === 'shot' && s.w[k + 1] === 'dead') return { type: 'killed', end: k + 2, ambiguous: false, at: k };
    if (t === 'to' && s.w[k + 1] === 'death') return { type: 'killed', end: k + 2, ambiguous: false, at: k };
    // "was attacked and beaten to death", "was found handcuffed and killed": a participle joined to the cue
    // (only after a passive auxiliary: "youths assaulted and wounded a boy" is active, its toll the object's)
    if (s.w[k + 1] === 'and' && passive && PARTICIPLE.test(t) && !CUES.has(t)) {
      k++;
      continue;
    }
    if (!AUX.has(t)) return null;
  }
  return null;
}

/** Index of a singular person noun within 3 tokens of i ("the man", "the local leader"), or null. */
export function singularObject(s: Scan, i: number): number | null {
  for (let k = i; k < i + 3 && isWord(s.w[k]); k++) {
    const t = s.w[k];
    if (PERSON.has(t)) {
      if (PLURAL.has(t) || t.endsWith('s')) return null;
      // "the police chief": the head is the last person noun
      return PERSON.has(s.w[k + 1] ?? '') ? k + 1 : k;
    }
    if (CUES.has(t) || AUX.has(t)) return null;
  }
  return null;
}

export interface Obj { value: number; approximate: boolean; victims?: string; end: number }

/** One object of a casualty verb at token j: "eight people", "a civilian", "the driver", "dozens". */
export function objectAt(s: Scan, j: number): Obj | null {
  // "the three armed men": a definite count is still a count of victims
  if (s.w[j] === 'the' && s.quantity(j + 1)) j++;
  // a pronoun refers back to someone already mentioned: counted only in "burned him to death"
  if ((s.w[j] === 'him' || s.w[j] === 'her') && s.w[j + 1] === 'to' && s.w[j + 2] === 'death') return { value: 1, approximate: false, end: j + 1 };
  // "shot dead another": one more person
  if (s.w[j] === 'another' && !s.quantity(j) && !isWord(s.w[j + 1]) || (s.w[j] === 'another' && PREPOSITIONS.has(s.w[j + 1] ?? ''))) {
    return { value: 1, approximate: false, end: j + 1 };
  }
  if (POSSESSIVE.has(s.w[j] ?? '') && !s.used[j]) {
    const single = singularObject(s, j + 1);
    return single === null ? null : { value: 1, approximate: false, victims: PERSON.get(s.w[single]), end: single + 1 };
  }
  const q = countAt(s, j, false, true);
  if (!q) return null;
  // "a family of three"
  if (q.article && s.w[q.next] === 'family' && s.w[q.next + 1] === 'of') {
    const n = countAt(s, q.next + 2, false);
    if (n) return { value: n.value, approximate: n.approximate, victims: 'civilians', end: n.next };
  }
  const np = nounPhrase(s, q.next);
  if (np.animal) return null;
  if (q.article) {
    // "killed a revenue collector": one victim, whatever the noun, but not "an unknown number"
    if (np.end === q.next || NOT_VICTIM.has(s.w[q.next] ?? '')) return null;
    return { value: 1, approximate: false, victims: np.victims, end: np.person ? np.head : np.end };
  }
  const next = s.w[q.next] ?? '';
  const bare = np.end === q.next || /^(in|on|at|during|near|after|when|while|and|as|since|inside|across|with|to|yesterday|today|overnight|last|this|earlier)$/.test(next) || CALENDAR.test(next);
  if (!np.person && !bare) return null;
  return { value: q.value, approximate: q.approximate, victims: np.victims, end: np.person ? np.head : q.next };
}

/** length of a coordinator at j ("and", ", and", "as well as"), 0 when none */
export function coordinator(s: Scan, j: number): number {
  if (s.w[j] === 'and') return 1;
  if (s.w[j] === ',' && s.w[j + 1] === 'and') return 2;
  if (s.w[j] === 'as' && s.w[j + 1] === 'well' && s.w[j + 2] === 'as') return 3;
  return 0;
}

export function isKillNoun(n: string): boolean {
  return n === 'bodies' || n === 'corpses' || n === 'body' || n === 'corpse' || (NOMINAL_KILLED.has(n) && n !== 'dead');
}

