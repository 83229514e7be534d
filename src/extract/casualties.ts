// Casualty mentions: who was killed or injured, how many, from the wording of one sentence.
//
// Three token patterns, tried in this order so that one number feeds at most one mention:
//   verbal   "killed eight people", "killing at least 11", "killed a civilian", "wounding dozens"
//   nominal  "3 fatalities", "fatalities: 4", "no fatalities", "the bodies of 4 men", "death toll rose to 9"
//   subject  "eight people were killed", "two civilians and five others were injured",
//            "leaving 3 dead and 12 wounded", "a man was found dead", "8 troops sustained injuries"
// Counts of 0 are emitted for explicit denials ("no one was hurt", "no casualties").
//
// Not counted (documented choices, the pipeline may rely on them):
//   - numbers that are not casualties: "900 US troops", "2,500 in Iraq", dates ("9 May"), years, units;
//   - restatements: an attributive count ("three injured personnel resumed duty") or a definite one
//     ("the eight wounded soldiers", "the 3 killed") refers back to casualties already reported;
//   - disjunctions that hide the split ("killed or injured 4 militants");
//   - subsets after "including" ("killing 7 people, including 3 children" gives 7, not 10).
// Every loop looks a bounded number of tokens ahead: linear in the sentence length.
import { readFileSync } from 'node:fs';
import type { CasualtyMention, Document, Sentence } from '../core/types.ts';
import { readQuantity, wordTokens, type WordToken } from './numbers.ts';

interface CueEntry { word: string; type: 'killed' | 'injured'; passive: boolean; verb: boolean }
interface Lexicon {
  cues: CueEntry[];
  animals: string[];
  aux: string[];
  persons: { words: string[]; victims: string }[];
}

const LEX: Lexicon = JSON.parse(
  readFileSync(new URL('../../data/lexicons/casualty-cues.json', import.meta.url), 'utf8'),
);
const CUES = new Map(LEX.cues.filter((c) => c.passive || c.verb).map((c) => [c.word, c]));
const ANIMALS = new Set(LEX.animals);
// plural person nouns that do not end in s
const PLURAL = new Set(['men', 'women', 'children', 'people', 'police', 'personnel', 'troops', 'militia', 'policemen', 'gunmen', 'servicemen', 'tribesmen', 'militiamen', 'fishermen', 'businessmen', 'crewmen', 'guardsmen']);
const POSSESSIVE = new Set(['the', 'his', 'her', 'their', 'its']);
const AUX = new Set(LEX.aux);
const PERSON = new Map<string, string>();
const PERSON_BIGRAM = new Map<string, string>();
for (const p of LEX.persons) {
  for (const w of p.words) (w.includes(' ') ? PERSON_BIGRAM : PERSON).set(w, p.victims);
}

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const DEFINITE = new Set(['the', 'these', 'those']);
const NOMINAL_KILLED = new Set(['fatalities', 'fatality', 'deaths', 'death', 'dead']);
const NEGATIVE = new Set(['no', 'none', 'nobody', 'zero']);
const INJURY_NOUNS = new Set(['injuries', 'injury', 'wounds', 'wound']);
const SUBSET_OPENERS = new Set(['including', 'among', 'most', 'mostly', 'mainly', 'many', 'some', 'according', 'all']);
const MAX_NP = 7;
const YEAR_BEFORE = new Set(['in', 'since', 'of', 'during', 'by', 'until', 'till', 'the', 'from', 'before', 'after', 'early', 'late', 'mid']);
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'got', 'get', 'gets', 'getting']);
const OBJECT_START = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'two', 'three', 'several', 'dozens', 'him', 'them']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'near', 'from', 'by', 'with', 'during', 'after', 'before', 'of', 'for', 'into', 'inside', 'outside', 'across', 'along', 'around']);
const CALENDAR = /^(mon|tues|wednes|thurs|fri|satur|sun)day$|^(january|february|march|april|may|june|july|august|september|october|november|december)$/;
// "leaving 1 Fulani dead", "left three people wounded": the object of leave is the victim
const LEAVE = new Set(['leaving', 'left', 'leave', 'leaves'])

type Type = 'killed' | 'injured';
interface Found {
  type: Type; count: number; approximate: boolean; victims?: string; from: number; to: number;
  /** "the man died", "he was killed": counts only when the document has reported no such casualty before */
  anaphoric?: boolean;
}

/** mentions built from a definite or pronoun subject ("the man died") */
const ANAPHORIC = new WeakSet<CasualtyMention>();

class Scan {
  readonly w: string[];
  /** tokens already part of a mention: a number is never counted twice */
  readonly used: boolean[];
  /** cue tokens used as active verbs ("gunmen killed 3"): their subject is the agent */
  readonly verbal: boolean[];
  readonly found: Found[] = [];
  constructor(readonly toks: WordToken[]) {
    this.w = toks.map((t) => t.norm);
    this.used = new Array(toks.length).fill(false);
    this.verbal = new Array(toks.length).fill(false);
  }
  add(f: Found): void {
    for (let k = f.from; k < f.to; k++) this.used[k] = true;
    this.found.push(f);
  }
}

const WORD_START = /^[\p{L}\p{N}]/u;
const isWord = (t: string | undefined): boolean => {
  if (t === undefined || t.length === 0) return false;
  const c = t.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true; // norms are lower case
  return c > 127 && WORD_START.test(t);
};
// second words of two-word person entries ("service members")
const BIGRAM_TAIL = new Set([...PERSON_BIGRAM.keys()].map((k) => k.slice(k.lastIndexOf(' ') + 1)));

/** victim category of token k when it is a person noun (with "service members" as a bigram) */
function personAt(s: Scan, k: number): string | undefined {
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
  if (/^\p{Lu}\p{Ll}{2,}s$/u.test(raw)) return 'people';
  return undefined;
}

/** "may", "april-1": a month name, alone or glued to a day by a hyphen */
function isMonth(t: string | undefined): boolean {
  return t !== undefined && MONTHS.has(t.includes('-') ? t.slice(0, t.indexOf('-')) : t);
}

/** A count, or "a/an/one" before a person noun, starting at token i. */
function countAt(s: Scan, i: number, allowZero: boolean, anyNoun = false): { value: number; approximate: boolean; next: number; article?: boolean } | null {
  const t = s.w[i];
  if (t === undefined || s.used[i]) return null;
  if (allowZero && NEGATIVE.has(t)) {
    if (t === 'no' && s.w[i + 1] === 'one') return { value: 0, approximate: false, next: i + 2 };
    return { value: 0, approximate: false, next: i + 1 };
  }
  if (t === 'a' || t === 'an') {
    const q = readQuantity(s.w, i);
    if (q) return q;
    // "a man", "an unidentified 17-year-old": one person when a person noun follows closely
    for (let k = i + 1; k <= i + 3 && isWord(s.w[k]); k++) if (personAt(s, k)) return { value: 1, approximate: false, next: i + 1, article: true };
    // the subject pattern checks the rest ("a shepherd was killed": only people are killed)
    return anyNoun && isWord(s.w[i + 1]) ? { value: 1, approximate: false, next: i + 1, article: true } : null;
  }
  const q = readQuantity(s.w, i);
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
function nounPhrase(s: Scan, i: number): { end: number; head: number; first: number; victims?: string; person: boolean; animal?: boolean } {
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
    const acronym = /^\p{Lu}{2,}$/u.test(s.toks[k].text);
    if (!isWord(t) || s.used[k] || CUES.has(t) || (AUX.has(t) && t !== 'to' && !acronym) || t === 'and' || t === 'or') break;
    // an animal is the victim only as the head ("cattle", not "a cattle trader")
    if (ANIMALS.has(t) && !personAt(s, k + 1)) {
      return { end: k, head: i, first, person: false, animal: true };
    }
    if (t === 'as' && s.w[k + 1] === 'well') break;
    if (t === 'whose' || t === 'which' || t === 'that' || t === 'including') break;
    if (readQuantity(s.w, k) && !/^(of|the|a|an)$/.test(t)) break;
    if (INJURY_NOUNS.has(t) || t === 'sustained' || t === 'suffered' || t === 'succumbed' || t === 'lost') break;
    // after the person noun, a past-tense word is the verb of the clause ("officials expressed concern")
    if (victims !== undefined && head === k && /ed$/.test(t) && !PREPOSITIONS.has(s.w[k + 1] ?? '') && !personAt(s, k + 1)) break;
    const v = personAt(s, k);
    if (v) head = k + 1;
    if (v && first < 0) first = k;
    victims ??= v;
    // a capitalized word right after a count is usually a people's name used as a plural
    // ("two Fulani", "three Tuareg"), but not a weekday or month ("killed two Monday")
    if (k === i && !v && /^(?:\p{Lu}\p{Ll}{2,}|\p{Lu}{2,6})$/u.test(s.toks[k].text) && !CALENDAR.test(t)) {
      weak = true;
      head = k + 1;
    }
    k++;
  }
  if (victims === undefined && weak) victims = 'people';
  return { end: k, head, first, victims, person: victims !== undefined };
}

/** Casualty cue at token k, skipping auxiliaries: type, whether it is ambiguous, and its end. */
function cueAfter(s: Scan, k: number): { type: Type; end: number; ambiguous: boolean; at: number } | null {
  const c = cueAfterInner(s, k);
  return c;
}

function cueAfterInner(s: Scan, k: number): { type: Type; end: number; ambiguous: boolean; at: number } | null {
  let fatal = false;
  for (let steps = 0; k < s.w.length && steps < 6; steps++, k++) {
    const t = s.w[k];
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
    if (!AUX.has(t)) return null;
  }
  return null;
}

/** Index of a singular person noun within 3 tokens of i ("the man", "the local leader"), or null. */
function singularObject(s: Scan, i: number): number | null {
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

interface Obj { value: number; approximate: boolean; victims?: string; end: number }

/** One object of a casualty verb at token j: "eight people", "a civilian", "the driver", "dozens". */
function objectAt(s: Scan, j: number): Obj | null {
  // "the three armed men": a definite count is still a count of victims
  if (s.w[j] === 'the' && readQuantity(s.w, j + 1)) j++;
  // a pronoun refers back to someone already mentioned: counted only in "burned him to death"
  if ((s.w[j] === 'him' || s.w[j] === 'her') && s.w[j + 1] === 'to' && s.w[j + 2] === 'death') return { value: 1, approximate: false, end: j + 1 };
  // "shot dead another": one more person
  if (s.w[j] === 'another' && !readQuantity(s.w, j) && !isWord(s.w[j + 1]) || (s.w[j] === 'another' && PREPOSITIONS.has(s.w[j + 1] ?? ''))) {
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
function coordinator(s: Scan, j: number): number {
  if (s.w[j] === 'and') return 1;
  if (s.w[j] === ',' && s.w[j + 1] === 'and') return 2;
  if (s.w[j] === 'as' && s.w[j + 1] === 'well' && s.w[j + 2] === 'as') return 3;
  return 0;
}

// nouns after "a/an" that are not victims: "wounded a day earlier", "killed an unknown number"
const NOT_VICTIM = new Set([
  'number', 'total', 'unknown', 'unspecified', 'few', 'couple', 'day', 'week', 'month', 'year', 'time',
  'night', 'morning', 'evening', 'afternoon', 'while', 'series', 'spate', 'wave', 'record', 'further', 'lot',
]);

// verbs that kill only with "to death" after their object: "beat a man to death"
const TO_DEATH = new Set(['beat', 'beaten', 'beating', 'stabbed', 'stabbing', 'hacked', 'hacking', 'burned', 'burnt', 'stoned', 'clubbed', 'tortured', 'shot', 'lynched', 'bludgeoned']);

/** "killed eight people", "killing two civilians and three soldiers", "killed a civilian". */
function verbal(s: Scan): void {
  for (let k = 0; k < s.w.length; k++) {
    let cue = CUES.get(s.w[k]);
    let from = k;
    let toDeath = false;
    // "shot dead a civilian", "fatally shot a man"
    if (s.w[k] === 'shot' && s.w[k + 1] === 'dead') {
      cue = { word: 'shot', type: 'killed', passive: false, verb: true };
      k++;
    } else if (s.w[k - 1] === 'fatally' && (/^[a-z]{3,}ed$/.test(s.w[k]) || s.w[k] === 'shot' || s.w[k] === 'hit')) {
      // "fatally shot a man", "fatally assaulted an elderly man"
      cue = { word: s.w[k], type: 'killed', passive: false, verb: true };
      from = k - 1;
    } else if (TO_DEATH.has(s.w[k])) {
      cue = { word: s.w[k], type: 'killed', passive: false, verb: true };
      toDeath = true;
    }
    if (!cue || !cue.verb) continue;
    if ((s.w[k - 1] === 'or' && CUES.has(s.w[k - 2] ?? '')) || (s.w[k + 1] === 'or' && CUES.has(s.w[k + 2] ?? ''))) continue;
    let j = k + 1;
    // "killed and mutilated a guard", "lynched and burned to death a thief": the object follows the second verb
    if (s.w[j] === 'and' && /^[a-z]{3,}(ed|nt)$/.test(s.w[j + 1] ?? '') && !CUES.has(s.w[j + 1] ?? '')) j += 2;
    // "hacked to death a herder", "lynched to death an elderly man"
    if (s.w[j] === 'to' && s.w[j + 1] === 'death') {
      cue = { word: s.w[k], type: 'killed', passive: false, verb: true };
      toDeath = false;
      j += 2;
    }
    let total = 0;
    let approximate = false;
    let victims: string | undefined;
    let any = false;
    let end = j;
    for (let conj = 0; conj < 4; conj++) {
      const o = objectAt(s, j);
      if (!o) break;
      // a count that starts its own clause ("killed 2 and 5 were injured") is not part of the object
      if (conj > 0 && cueAfter(s, o.end)) break;
      total += o.value;
      approximate ||= o.approximate;
      victims ??= o.victims;
      any = true;
      j = o.end;
      end = j;
      const c = coordinator(s, j);
      if (!c || !objectAt(s, j + c)) break;
      j += c;
    }
    if (!any) continue;
    if (toDeath) {
      if (s.w[end] !== 'to' || s.w[end + 1] !== 'death') continue;
      end += 2;
    }
    for (let v = from; v <= k; v++) s.verbal[v] = true; // both words of "shot dead"
    s.add({ type: cue.type, count: total, approximate, victims, from, to: end });
  }
}

function isKillNoun(n: string): boolean {
  return n === 'bodies' || n === 'corpses' || n === 'body' || n === 'corpse' || (NOMINAL_KILLED.has(n) && n !== 'dead');
}

/** "3 fatalities", "fatalities: 4", "no fatalities", "no casualties", "the bodies of 4 men", "death toll rose to 9". */
function nominal(s: Scan): void {
  const w = s.w;
  for (let k = 0; k < w.length; k++) {
    const t = w[k];
    if (s.used[k]) continue;
    if ((t === 'fatalities' || t === 'fatality') && w[k + 1] === ':') {
      const q = countAt(s, k + 2, true);
      if (q) s.add({ type: 'killed', count: q.value, approximate: q.approximate, from: k, to: q.next });
      continue;
    }
    // ACLED notes' coding remark: "Fatalities coded as 0", "Unknown number of fatalities coded as 10"
    if ((t === 'fatalities' || t === 'fatality') && w[k + 1] === 'coded' && w[k + 2] === 'as') {
      const q = countAt(s, k + 3, true);
      if (q) s.add({ type: 'killed', count: q.value, approximate: false, from: k, to: q.next });
      continue;
    }
    // "neither fatalities nor injuries were reported"
    if (t === 'neither' && (w[k + 1] === 'fatalities' || w[k + 1] === 'casualties' || w[k + 1] === 'deaths')) {
      s.add({ type: 'killed', count: 0, approximate: false, from: k, to: k + 2 });
      if (w[k + 2] === 'nor' && (w[k + 3] === 'injuries' || w[k + 3] === 'injured')) s.found.push({ type: 'injured', count: 0, approximate: false, from: k, to: k + 4 });
      continue;
    }
    if (t === 'no' || t === 'zero' || t === 'without') {
      let j = k + 1;
      if ((w[j] === 'report' || w[j] === 'reports') && w[j + 1] === 'of') j += 2;
      if (/^(reported|immediate|known|further|other|confirmed)$/.test(w[j] ?? '')) j++;
      const noun = w[j];
      if (noun === 'fatalities' || noun === 'deaths') s.add({ type: 'killed', count: 0, approximate: false, from: k, to: j + 1 });
      else if (noun === 'injuries') s.add({ type: 'injured', count: 0, approximate: false, from: k, to: j + 1 });
      else if (noun === 'casualties') {
        s.add({ type: 'killed', count: 0, approximate: false, from: k, to: j + 1 });
        s.found.push({ type: 'injured', count: 0, approximate: false, from: k, to: j + 1 });
      }
      continue;
    }
    if ((t === 'bodies' || t === 'body' || t === 'corpses' || t === 'corpse' || t === 'remains') && w[k + 1] === 'of') {
      const q = countAt(s, k + 2, false);
      if (!q) continue;
      const np = nounPhrase(s, q.next);
      if (!np.person && np.end !== q.next) continue;
      s.add({ type: 'killed', count: q.value, approximate: q.approximate, victims: np.victims, from: k, to: Math.max(np.head, q.next) });
      continue;
    }
    // "resulting in the death of the pastoralist", "led to the deaths of 3 people"
    if ((t === 'death' || t === 'deaths' || t === 'killing' || t === 'killings') && w[k + 1] === 'of') {
      const the = w[k - 1] === 'the' ? 1 : 0;
      const prep = w[k - 1 - the];
      const verb = w[k - 2 - the] ?? '';
      if ((prep === 'in' && /^result/.test(verb)) || (prep === 'to' && /^(lead|leading|led)$/.test(verb)) || prep === 'causing') {
        const o = objectAt(s, k + 2);
        if (o) s.add({ type: 'killed', count: o.value, approximate: o.approximate, victims: o.victims, from: k - the, to: o.end });
        continue;
      }
    }
    if (t === 'toll' && w[k - 1] === 'death') {
      for (let j = k + 1; j <= k + 7 && j < w.length && isWord(w[j]); j++) {
        const q = countAt(s, j, false);
        if (q && q.value > 0) {
          s.add({ type: 'killed', count: q.value, approximate: q.approximate, from: k - 1, to: q.next });
          break;
        }
      }
    }
  }
  // "3 fatalities", "4 bodies", "2 rebel and 1 military fatality" in a noun position after counts
  for (let i = 0; i < w.length; i++) {
    if (s.used[i] || DEFINITE.has(w[i - 1] ?? '')) continue;
    let j = i;
    let total = 0;
    let approximate = false;
    let hit = -1;
    for (let conj = 0; conj < 4; conj++) {
      const q = countAt(s, j, false);
      if (!q) break;
      total += q.value;
      approximate ||= q.approximate;
      // up to two modifiers: "2 rebel fatalities", "3 civilian deaths"
      let k = q.next;
      while (k < q.next + 2 && isWord(w[k]) && !isKillNoun(w[k]) && w[k] !== 'and' && !CUES.has(w[k]) && !AUX.has(w[k])) k++;
      if (isKillNoun(w[k] ?? '')) {
        hit = k;
        break;
      }
      const c = coordinator(s, k);
      if (!c) break;
      j = k + c;
    }
    if (hit >= 0) s.add({ type: 'killed', count: total, approximate, from: i, to: hit + 1 });
  }
}

/** "eight people were killed", "two civilians and five others were injured", "3 dead and 12 wounded". */
function subject(s: Scan): void {
  const w = s.w;
  for (let i = 0; i < w.length; i++) {
    if (s.used[i]) continue;
    if (DEFINITE.has(w[i - 1] ?? '')) continue; // "the eight service members were treated": a restatement
    let j = i;
    let total = 0;
    let approximate = false;
    let victims: string | undefined;
    let cue: ReturnType<typeof cueAfter> = null;
    let zero = false;
    // a noun phrase with no person noun in it ("a drug trafficker") is a victim only when the cue
    // shows it is animate: a passive with an auxiliary ("was killed"), "died", or "leaving N X dead"
    let unsure = false;
    for (let conj = 0; conj < 5; conj++) {
      const q = countAt(s, j, conj === 0, true);
      if (!q) break;
      if (q.value === 0) zero = true;
      const np = nounPhrase(s, q.next);
      if (np.animal || (q.article && np.end === q.next)) break;
      // "a tribute to the vigilantes who died": the article's noun is not the person far behind it
      if (q.article && np.person && np.first - q.next >= 3) break;
      if (!np.person && np.end !== q.next) {
        // such a phrase must be short, name no time ("one morning") and end the subject
        // ("A clash broke out and 3 suspects were killed")
        if (np.end - q.next > 3 || NOT_VICTIM.has(w[q.next]) || !cueAfter(s, np.end)) break;
        unsure = true;
      }
      total += q.value;
      approximate ||= q.approximate;
      victims ??= np.victims;
      j = np.end;
      // appositive subset: "7 people, including 3 children, were killed"
      if ((w[j] === ',' || w[j] === '(') && SUBSET_OPENERS.has(w[j + 1] ?? '')) {
        let k = j + 1;
        while (k < w.length && k - j < 10 && w[k] !== ',' && w[k] !== ')') k++;
        if (w[k] === ',' || w[k] === ')') {
          for (let m = j; m <= k; m++) s.used[m] = true;
          j = k + 1;
        }
      }
      // "nine people including two policemen were killed": the subset is not added
      if (w[j] === 'including') {
        let k = j + 1;
        while (k < w.length && k - j < 16 && isWord(w[k]) && !PASSIVE_AUX.has(w[k]) && !CUES.has(w[k])) k++;
        for (let m = j; m < k; m++) s.used[m] = true;
        j = k;
      }
      cue = cueAfter(s, j);
      if (cue) break;
      const c = w[j] === ',' && w[j + 1] !== 'and' ? 1 : coordinator(s, j);
      if (c && countAt(s, j + c, false, true)) {
        j += c;
        continue;
      }
      break;
    }
    if (!cue || s.verbal[cue.at]) continue;
    if (unsure && !(cue.at > j && AUX.has(w[j])) && w[cue.at] !== 'died' && !LEAVE.has(w[i - 1] ?? '')) continue;
    if (cue.ambiguous && !zero) continue;
    // right after the noun phrase, a cue followed by an object is an active verb ("two soldiers
    // killed a civilian": the count is the agent), and one followed by a person noun is attributive
    // ("three injured personnel had already resumed their duties": a restatement)
    // (without a true auxiliary: "a farmer shot and killed nine sheep" is active, "were shot and killed" passive)
    let passive = false;
    for (let m = j; m < cue.at; m++) if (PASSIVE_AUX.has(w[m])) passive = true;
    const object = personAt(s, cue.end) !== undefined || OBJECT_START.has(w[cue.end] ?? '') || readQuantity(w, cue.end) !== null
      || (w[cue.end] === 'to' && w[cue.end + 1] === 'death');
    if (!passive && object && (cue.at === j || !CUES.get(w[cue.at])?.passive || CUES.get(w[cue.at])?.verb)) continue;
    // "lynched and killed a student", "several dead and wounded": a verb pair or an unsplit total
    if (!passive && w[cue.end] === 'and' && (CUES.has(w[cue.end + 1] ?? '') || /^[a-z]{3,}ed$/.test(w[cue.end + 1] ?? ''))) continue;
    if (total > 0 && zero) continue;
    s.add({ type: cue.type, count: total, approximate, victims, from: i, to: cue.end });
    // "no one was killed or injured": a denial covers both
    if (zero && cue.ambiguous) {
      s.found.push({ type: cue.type === 'killed' ? 'injured' : 'killed', count: 0, approximate: false, from: i, to: cue.end + 2 });
    }
  }
}

/** "the man died", "the other was killed", "he died of his wounds": one person, anaphoric. */
function definite(s: Scan): void {
  const w = s.w;
  for (let k = 0; k < w.length; k++) {
    if (s.used[k]) continue;
    let end = -1;
    let victims: string | undefined;
    if (w[k] === 'he' || w[k] === 'she') end = k + 1;
    else if (w[k] === 'the' && w[k + 1] === 'other' && (AUX.has(w[k + 2] ?? '') || CUES.has(w[k + 2] ?? ''))) end = k + 2;
    else if (w[k] === 'the' || w[k] === 'his' || w[k] === 'her') {
      const single = singularObject(s, k + 1);
      if (single !== null && (single + 1 >= w.length || !isWord(w[single + 1]) || AUX.has(w[single + 1]) || CUES.has(w[single + 1]) || w[single + 1] === 'later')) {
        end = single + 1;
        victims = PERSON.get(w[single]);
      }
    }
    if (end < 0) continue;
    // "it is not confirmed if he died": a question, not a report
    if (/^(if|whether)$/.test(w[k - 1] ?? '')) continue;
    const cue = cueAfter(s, end);
    // a passive or intransitive cue: "he died", "the man was killed", not "he killed two"
    if (!cue || cue.type !== 'killed' || s.verbal[cue.at] || cue.ambiguous) continue;
    if (cue.at === end && CUES.get(w[cue.at])?.verb && w[cue.at] !== 'died') continue;
    s.add({ type: 'killed', count: 1, approximate: false, victims, from: k, to: cue.end, anaphoric: true });
    k = cue.end - 1;
  }
}

/** Casualty mentions of one sentence, offsets into the document. */
export function casualtiesInSentence(doc: Document, sentence: Sentence): CasualtyMention[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  const toks = wordTokens(text, sentence.start);
  if (toks.length === 0) return [];
  const s = new Scan(toks);
  verbal(s);
  nominal(s);
  subject(s);
  definite(s);
  s.found.sort((a, b) => a.from - b.from || (a.type < b.type ? -1 : 1));
  return s.found.map((f) => {
    const start = toks[f.from].start;
    const end = toks[Math.min(f.to, toks.length) - 1].end;
    const m: CasualtyMention = {
      kind: 'casualty', type: f.type, count: f.count, approximate: f.approximate,
      start, end, text: doc.text.slice(start, end), sentence: sentence.index,
    };
    if (f.victims) m.victims = f.victims;
    if (f.anaphoric) ANAPHORIC.add(m);
    return m;
  });
}

// Cheap gate: sentences without any casualty word skip the token scan.
const GATE = /\b(?:kill|kile|dead|die[ds]|dying|wound|injur|hurt|fatal|death|bod(?:y|ies)\b|corpse|remains\s+of|slain|murder|execut|assassin|massacre|behead|lynch|casualt|hospitali|succumb|lives)/i;

/** All casualty mentions of a document, sentence by sentence. */
export function findCasualties(doc: Document, sentences: Sentence[]): CasualtyMention[] {
  const out: CasualtyMention[] = [];
  for (const s of sentences) {
    if (s.end <= s.start) continue;
    if (!GATE.test(doc.text.slice(s.start, s.end))) continue;
    for (const m of casualtiesInSentence(doc, s)) {
      // "The man died" after "a man was killed" is the same death: keep it only as the first report
      if (ANAPHORIC.has(m) && out.some((o) => o.type === m.type)) continue;
      out.push(m);
    }
  }
  return out;
}

const TALLY = /^(?:fatalit|no fatalit)/i;

/**
 * Total of one casualty type over mentions that describe the same incident. A tally ("3
 * fatalities", "fatalities: 4", the closing count of ACLED-style notes) restates the deaths already
 * described, so when one exists the largest tally wins instead of a sum.
 */
export function casualtyTotal(mentions: CasualtyMention[], type: 'killed' | 'injured'): number | null {
  const ms = mentions.filter((m) => m.type === type);
  if (ms.length === 0) return null;
  const coded = ms.filter((m) => /coded as/i.test(m.text));
  if (coded.length > 0) return coded[coded.length - 1].count;
  const tallies = ms.filter((m) => TALLY.test(m.text) || /fatalit/i.test(m.text));
  if (tallies.length > 0) return Math.max(...tallies.map((m) => m.count));
  return ms.reduce((n, m) => n + m.count, 0);
}
