// Protest, intervention, excessive-force and protester-violence cues of a sentence and its two
// neighbours (the window a draft's type is decided in; a neighbour's protest only called for is none). Each cue is a regex over a whole sentence,
// and most drafts are no protest: only the protest cue is read for every draft, the other three
// only by classify() rules about demonstrations. So each cue of each sentence is computed on first
// read and kept (computing every cue for three sentences per trigger sentence was a measurable
// share of extraction); the values are those of the regexes, whenever they are read.
import type { Sentence } from '../core/types.ts';
import type { DocFlags } from './builder.ts';

// "strike" only as a stoppage of work ("on strike", "a teachers' strike", "strikers"), never "its
// strikes hit" or "airstrike"; "vigil" not inside "vigilante"; "demand" not of a ransom
export const PROTEST_RE = /protest|demonstrat|rall(?:y|ied|ies)|sit-in|(?:\bon|general|hunger|labou?r|workers?'?|teachers?'?|doctors?'?|nurses?'?|national|nationwide|indefinite|open-ended|sit-down|wildcat|warning|day-long|\d+-(?:hour|day)|one-day|two-day|three-day|transport|taxi) strike|\bstrikers?\b|\bstriking (?:workers|teachers|doctors|nurses|miners|drivers|employees|staff|students|farmers|traders)\b|strike action|call(?:ed|ing|s)? (?:a |for a )?strike|strike by (?:workers|teachers|doctors|nurses|staff|employees|drivers|unions?|traders|miners)|picket|gathered|\bvigils?\b|demand(?!\w* (?:an? )?ransom)|calling for|to reject|to denounce|barricad|blocked (?:the |a )?(?:(?!access\b)[\w-]+ ){0,3}(?:roads?|highways?|streets?|avenues?|boulevards?|bridges?)\b|dispers(?:e|ed|ing) (?:the |a )?(?:crowds?|gatherings?)|booed|heckl|bang(?:ed|ing) pots|pot[- ]banging|cacerolazo|chant(?:ed|ing|s)? (?:[\w-]+ ){0,2}slogans?\b/i;
// the verb or noun "march", case-sensitive so that the month "March" is no protest cue
const MARCH_RE = /\b(?:march(?:ed|es|ing)?|March(?:ed|es|ing))\b/;
// arrests are not here: protests are often about an arrest; arrest triggers decide instead
const INTERVENTION_RE = /tear ?gas|teargas|dispers|water cannon|rubber bullet|baton|lathi|intervened|broke up|cracked down|crackdown|forcibly removed|pepper spray|stun grenade/i;
const EXCESSIVE_RE = /live (?:ammunition|fire|rounds|bullets)|opened fire on (?:the )?(?:protesters|demonstrators|crowd)|(?:protesters?|demonstrators?) (?:were |was )?(?:killed|shot dead)/i;
// Symbolic acts stay peaceful (ACLED codes burning an effigy or a flag, and torch-lit marches, as
// protests); 'looted funds' is a grievance and crops damaged by cattle a farming dispute, not a riot.
const VIOLENT_PROTEST_RE = /threw (?:stones|rocks|bricks|petrol|molotov)|pelt|stone[- ]pelting|vandali[sz]|torch(?:ed|ing)\b|set (?:fire|ablaze|alight)(?! to (?:an? |the )?(?:effig|flag|portrait|poster|photo|cop(?:y|ies)))|burn(?:ed|t|ing) (?:tyres|tires|vehicles|cars|(?:a|the) (?!effig|flag|portrait|poster|photo|cop(?:y|ies)|pictures?))|clashed with (?:the )?(?:police|security|troops)|attacked (?:the )?(?:police|security|officers)|ransack|smash|loot(?:ed|ing|ers?)?\b(?! (?:of )?(?:public |state |government )?(?:funds|money|coffers|treasury|resources))|injur(?:ed|ing) (?:\w+ )?(?:police|officers|policemen)|(?<!crops?,? (?:were |was |had been |being )?)damag(?:ed|ing)(?! (?:\w+ )?(?:crops?|farms?|fields?|farmland|harvests?))|hurled/i;

// things a crowd throws ("pelted stones at the police", "hurled firecrackers at soldiers"): the
// weapons of a riot, not of an armed side
const MISSILES_RE = /\b(?:threw|throw(?:ing|s)?|hurl(?:ed|ing|s)?|pelt(?:ed|ing|s)?|lobb(?:ed|ing))\b(?: [\w-]+){0,3}? (?:stones|rocks|bricks|bottles|firecrackers|fireworks|projectiles|objects|molotov cocktails|petrol bombs)\b|\bstone[- ]pelting\b|\bpelted\b|\bstoned\b/i;

// a crowd in the document: damage told elsewhere in it is the crowd's
const CROWD_RE = /\b(?:riot\w*|mobs?|crowds?|protesters|demonstrators|prisoners|inmates)\b/i;

// a protest only called for or planned ("The party called for protests on Friday", "unions plan a
// strike next week"): no protest beside the act of the sentence next to it
export const PLANNED_PROTEST_RE = /\b(?:call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing)|plan(?:s|ned|ning)?(?:\s+to\s+hold)?|will\s+hold|to\s+hold|vow(?:ed|s)\s+to\s+hold|threaten(?:ed|s)?\s+(?:to\s+hold|with))\s+(?:(?:a|an|new|fresh|more|further|mass|nationwide|general|street)\s+){0,2}(?:protests?|demonstrations?|rall(?:y|ies)|strikes?|marches|sit-ins?)\b/gi;
// Every alternative of PROTEST_RE holds one of these words (same flags): a sentence without any of
// them skips the long alternation, which tries each of its branches at every character (most
// sentences of a report hold no protest word; the two tests agree on every input by construction)
export const PROTEST_WORD = /protest|demonstrat|rall|sit-in|strik|picket|gathered|vigil|demand|calling for|to reject|to denounce|barricad|blocked|dispers|booed|heckl|bang|cacerolazo|chant/i;
const protestTold = (t: string) => (PROTEST_WORD.test(t) && PROTEST_RE.test(t)) || MARCH_RE.test(t);

/** a sentence that opens on another scene: "In Eldoret, ...", "Elsewhere, ...", "Separately, ..." */
const SCENE_OPENING = /^(?:(?:In|At|Near)\s+((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*,|(?:Elsewhere|Separately|In another incident|In a separate incident)\b)/u;

/** the cues, as indexes of TESTS */
type Cue = 0 | 1 | 2 | 3 | 4 | 5;
const PROTEST = 0, INTERVENTION = 1, EXCESSIVE = 2, VIOLENCE = 3, PROTEST_HELD = 4, MISSILES = 5;
const CUES = 6;
/** the violent act is told of someone else in a relative or passive clause: "demanding the arrest of
 * people who set fire to a school", "the release of two men arrested after a truck was looted" */
// ("Two vehicles were damaged": a passive alone may tell the crowd's own deed; one after "after" or "for" is a cause)
export const OTHERS_DEED = /\b(?<!(?:protesters|protestors|demonstrators|rioters|marchers|strikers|crowds?|mobs?),? )(?:who|that|which|whom)\s+(?:[\w-]+\s+){0,2}$|\b(?:after|for)\s+(?:[\w-]+\s+){1,3}(?:was|were|been|being|had been)\s+$/i;
const VIOLENT_PROTEST_ALL = new RegExp(VIOLENT_PROTEST_RE.source, 'gi');
/** demonstrators' violence in a sentence: a violent word that is not someone else's deed the crowd protests about */
function violenceByCrowd(t: string): boolean {
  if (!VIOLENT_PROTEST_RE.test(t)) return false;
  VIOLENT_PROTEST_ALL.lastIndex = 0;
  for (let m = VIOLENT_PROTEST_ALL.exec(t); m; m = VIOLENT_PROTEST_ALL.exec(t)) {
    if (!OTHERS_DEED.test(t.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return false;
}

const TESTS: ((text: string) => boolean)[] = [
  protestTold,
  (t) => INTERVENTION_RE.test(t),
  (t) => EXCESSIVE_RE.test(t),
  (t) => violenceByCrowd(t),
  // (the protest cue of a neighbour: one told as held, not only called for; SentenceFlags.has reads
  // the sentence's PROTEST cue for the first half, so the long regex runs once per sentence)
  (t) => protestTold(t.replace(PLANNED_PROTEST_RE, ' ')),
  (t) => MISSILES_RE.test(t),
];
const UNKNOWN = 2;

/** the cues of every sentence of a document, each computed on first read */
export class SentenceFlags {
  readonly #sentences: Sentence[];
  /** per sentence and cue: 0 no, 1 yes, 2 not computed yet */
  readonly #known: Uint8Array;

  constructor(sentences: Sentence[]) {
    this.#sentences = sentences;
    this.#known = new Uint8Array(sentences.length * CUES).fill(UNKNOWN);
  }

  /** whether sentence i has the cue (false for a sentence outside the document) */
  has(i: number, cue: Cue): boolean {
    if (i < 0 || i >= this.#sentences.length) return false;
    const k = i * CUES + cue;
    let v = this.#known[k];
    if (v === UNKNOWN) this.#known[k] = v = (cue !== PROTEST_HELD || this.has(i, PROTEST)) && TESTS[cue](this.#sentences[i].text) ? 1 : 0;
    return v === 1;
  }

  /** whether sentence i or a neighbour has the cue (a neighbour's violence or policing only where it
   *  tells the same scene: "Protests took place in Mombasa. In Eldoret, demonstrators looted shops") */
  near(i: number, cue: Cue): boolean {
    if (cue === PROTEST) return this.has(i, cue) || this.has(i - 1, PROTEST_HELD) || this.has(i + 1, PROTEST_HELD);
    return this.has(i, cue) || (this.has(i - 1, cue) && !this.#otherScene(i, i - 1)) || (this.has(i + 1, cue) && !this.#otherScene(i, i + 1));
  }

  /** sentence j opens on a scene of its own ("In Eldoret, ...", "Elsewhere, ...") that sentence i does not name */
  #otherScene(i: number, j: number): boolean {
    const m = SCENE_OPENING.exec(this.#sentences[j].text);
    if (!m) return false;
    return !m[1] || !this.#sentences[i].text.includes(m[1]);
  }

  #crowd: boolean | undefined = undefined;
  /** a crowd is named anywhere in the document (read once, on first need) */
  crowdInDocument(): boolean {
    return (this.#crowd ??= this.#sentences.some((s) => CROWD_RE.test(s.text)));
  }

  /** the cues of the window around sentence i */
  window(i: number): DocFlags {
    return new WindowFlags(this, i);
  }
}

class WindowFlags implements DocFlags {
  readonly #flags: SentenceFlags;
  readonly #i: number;
  constructor(flags: SentenceFlags, i: number) {
    this.#flags = flags;
    this.#i = i;
  }
  get protest(): boolean {
    return this.#flags.near(this.#i, PROTEST);
  }
  get intervention(): boolean {
    return this.#flags.near(this.#i, INTERVENTION);
  }
  get excessive(): boolean {
    return this.#flags.near(this.#i, EXCESSIVE);
  }
  get protesterViolence(): boolean {
    return this.#flags.near(this.#i, VIOLENCE);
  }
  get crowdInDocument(): boolean {
    return this.#flags.crowdInDocument();
  }
  get crowdMissiles(): boolean {
    return this.#flags.near(this.#i, MISSILES);
  }
  get protestInSentence(): boolean {
    return this.#flags.has(this.#i, PROTEST);
  }
  get protestEarlier(): boolean {
    for (let j = this.#i - 2; j >= 0 && j >= this.#i - 4; j--) if (this.#flags.has(j, PROTEST)) return true;
    return false;
  }
}
