// Stage 2c: event triggers from the trigger lexicon. A trigger carries a semantic class; the ACLED
// type is decided later (builder) from the class plus context: weapons, actors, victims.
import type { Sentence } from '../core/types.ts';
import { lexicons, type TriggerClass } from './lexicon.ts';
import { idiomatic } from './idioms.ts';
import { backdropFight } from './context.ts';
import { TERRITORY } from './objects.ts';

export interface TriggerHit {
  sentence: number;
  start: number;
  end: number;
  text: string;
  startToken: number;
  endToken: number;
  cls: TriggerClass;
  /** the other classes the same words can signal, in lexicon order */
  alt: TriggerClass[];
  id: string;
  pos: 'verb' | 'noun';
  weak: boolean;
  /** a definite noun phrase ("the attack", "their second attack", "the incident") */
  anaphoric: boolean;
}

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'said', 'such']);
/** words of a monitoring mission's count ("the SMM observed 15 explosions") */
const MONITOR_RE = /\b(?:observed|recorded|heard|monitors?|monitoring|SMM)\b/i;
/** ("gunshots and explosions were reported": a fight's) */
const GUNFIRE_RE = /\b(?:gunshots?|gunfire|shots|shooting|exchanges? of fire)\b/i;
const NOUNISH = new Set(['attack', 'attacks', 'strike', 'strikes', 'assault', 'assaults', 'raid', 'raids', 'incident', 'explosion', 'blast', 'clashes', 'clash', 'fighting', 'shelling', 'bombing', 'killing', 'killings', 'ambush', 'protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'airstrike', 'airstrikes', 'air strike', 'drone attack', 'abduction', 'kidnapping', 'arrest', 'arrests', 'shooting', 'violence', 'riot', 'riots']);

/** nouns that name an act as the answer to another: "a retaliation for", "in response to" */
const ANSWER = /^(?:retaliation|reprisal|reprisals|response|revenge|counter-attack|counterattack)$/i;

/** "the second day of", "another night of", "a fourth week of" */
const SERIES_UNIT = new Set(['day', 'days', 'night', 'nights', 'week', 'weeks', 'round', 'wave']);
const ORDINAL = /^(?:another|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|next|consecutive|straight)$/;

/** (a module constant: tsx compiles a \p{…} literal to a new RegExp at every evaluation) */
const LETTERS = /^\p{L}+$/u;

/** "riot police", "riot gear": the forces and kit that answer riots, not a riot */
const RIOT_KIT = new Set(['police', 'policemen', 'policeman', 'officers', 'officer', 'gear', 'squad', 'squads', 'unit', 'units', 'troops', 'forces', 'shields', 'control', 'vans', 'van', 'helmets', 'cops']);

/** what a government or company blocks that is no road: "blocked access to the site", "the platform is blocked" */
const BLOCKED_THING = new Set(['access', 'website', 'websites', 'site', 'sites', 'platform', 'platforms', 'account', 'accounts', 'page', 'pages', 'app', 'apps', 'internet', 'content', 'facebook', 'twitter', 'youtube', 'telegram', 'whatsapp', 'instagram', 'tiktok', 'vpn', 'vpns', 'broadcast', 'broadcasts', 'channel', 'channels', 'transfer', 'sale', 'bill', 'deal', 'payment', 'payments', 'funds', 'visa', 'visas', 'appointment', 'nomination', 'motion', 'merger', 'takeover', 'bid']);

/** "blocked" told of a website, an account or a deal, before or after it ("X is blocked", "blocked access to X") */
function blockedThing(s: Sentence, start: number, end: number): boolean {
  for (let k = Math.max(0, start - 3); k < Math.min(s.tokens.length, end + 4); k++) if (k < start || k >= end) if (BLOCKED_THING.has(s.tokens[k].norm)) return true;
  return false;
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** what may open a phrase inside a sentence, after which a capital says nothing */
const OPENER = /^["“”'‘’(\[:—–-]$/;

/** the trigger word is part of a name: "talks at Downing Street", "the Plan to End Violence Against
 * Women" (a capital inside a sentence, beside another; a headline in title case is left alone) */
function insideName(s: Sentence, start: number, end: number): boolean {
  const first = s.tokens[start];
  if (start === 0 || !CAPITALISED.test(first.text) || OPENER.test(s.tokens[start - 1].text)) return false;
  // (a line break before it starts a line: a heading or a list item joined to the sentence)
  if (s.text.slice(s.tokens[start - 1].end - s.start, first.start - s.start).includes('\n')) return false;
  const prev = start >= 2 ? s.tokens[start - 1] : undefined;
  const next = s.tokens[end];
  if (!(prev && CAPITALISED.test(prev.text)) && !(next && CAPITALISED.test(next.text))) return false;
  let words = 0, caps = 0;
  for (const t of s.tokens) {
    if (!/^\p{L}/u.test(t.text)) continue;
    words++;
    if (/^\p{Lu}/u.test(t.text)) caps++;
  }
  return caps * 2 < words;
}

/** workers whose "strike" is a stoppage: "teachers staged a strike", "a strike by nurses" */
const WORKERS = /^(?:workers|employees|staff|teachers|lecturers|nurses|doctors|physicians|medics|miners|drivers|dockers|dockworkers|pilots|unions?|unionists|truckers|transporters|porters|cleaners|lawyers|civil|traders|farmers|students|professors|journalists|bakers|butchers|technicians|engineers|guards)$/;
const ARMS = /\b(?:air|drone|missile|rocket|artillery|bomb\w*|jets?|warplanes?|military|army|troops|soldiers|forces|militants|rebels|killed|dead|wounded|injured|targets?|positions)\b/i;

/** a "strike" whose doers are workers and whose sentence names no arms: a stoppage, a protest */
function labourStrike(s: Sentence, start: number): boolean {
  if (ARMS.test(s.text)) return false;
  for (let k = 0; k < s.tokens.length; k++) if (k !== start && WORKERS.test(s.tokens[k].norm)) return true;
  return false;
}

const MONEY = new Set(['funds', 'fund', 'money', 'monies', 'assets', 'wealth', 'resources', 'billions', 'millions', 'public', 'state', 'savings', 'deposits']);

/** people who by name are out protesting: their gathering is a demonstration whatever else the sentence tells */
const CROWD = new Set(['protesters', 'protestors', 'demonstrators', 'marchers', 'strikers', 'picketers']);
/** words that may stand between the crowd and its verb ("protesters also gathered", "demonstrators had assembled") */
const CROWD_GAP = new Set(['also', 'again', 'then', 'later', 'reportedly', 'had', 'have', 'has', 'once', 'first', 'peacefully', 'briefly']);
/** verbs that hold a gathering: "held a rally", "staged a march", "organised a large vigil" */
const STAGE = new Set(['held', 'hold', 'holding', 'holds', 'staged', 'stage', 'staging', 'stages', 'organized', 'organised', 'organizing', 'organising', 'led', 'leading', 'conducted', 'mounted']);
const NP_GAP = /^(?:a|an|the|another|their|its|his|her|large|big|huge|small|massive|mass|peaceful|silent|brief|short|joint|public|spontaneous|candlelight|candlelit|torchlight|motorcycle|car|new|second|third|further)$/;

/** a weak protest word that a crowd's name or a staging verb makes plain: "demonstrators gathered",
 * "teachers held a rally", "a march was staged"; it stands beside a strong trigger (the arrest the
 * crowd protests about) instead of giving way to it */
function crowdAct(s: Sentence, t: TriggerHit): boolean {
  // (a demand or a chant names what a crowd told elsewhere says, not a gathering of its own)
  if (t.cls !== 'protest' || /^(?:demand|chant)/i.test(t.text)) return false;
  const tok = s.tokens;
  for (let k = t.startToken - 1; k >= 0 && k >= t.startToken - 3; k--) {
    if (CROWD.has(tok[k].norm)) return t.pos === 'verb' || k < t.startToken - 1;
    if (!CROWD_GAP.has(tok[k].norm)) break;
  }
  for (let k = t.startToken - 1; k >= 0 && k >= t.startToken - 4; k--) {
    if (STAGE.has(tok[k].norm)) return true;
    if (!NP_GAP.test(tok[k].norm)) break;
  }
  // ("a rally was held", "a vigil was organised")
  return /^(?:was|were)$/.test(tok[t.endToken]?.norm ?? '') && STAGE.has(tok[t.endToken + 1]?.norm ?? '');
}

/** words between a state's name and its "strikes" ("Israeli overnight strikes", "fresh Russian strikes") */
const STRIKE_GAP = new Set(['overnight', 'new', 'fresh', 'heavy', 'deadly', 'latest', 'renewed', 'retaliatory', 'intense', 'intensified', 'further', 'repeated', 'twin', 'separate', 'nightly', 'daily']);
/** armed sides whose "strikes" are military strikes ("coalition strikes", "army strikes") */
const STRIKER = new Set(['coalition', 'army', 'military', 'navy', 'nato', 'government', 'regime', 'junta']);
/** work stoppages: a strike of workers in the sentence ("a Nigerian strike by the labour unions") */
const LABOUR_RE = /\b(?:unions?|workers|teachers|doctors|nurses|employees|staff|wages?|salar(?:y|ies)|pay|labou?r|pensions?|strikers)\b/i;

/** "Israeli strikes", "Russian strikes on Kharkiv", "US strikes": a state's or an army's strikes are
 *  military strikes (from the air, by missiles or drones), not a weak word beside a toll verb */
function militaryStrike(s: Sentence, t: TriggerHit): boolean {
  if (!/^strikes?$/i.test(t.text) || t.endToken - t.startToken !== 1) return false;
  let k = t.startToken - 1;
  while (k >= 0 && STRIKE_GAP.has(s.tokens[k].norm)) k--;
  if (k < 0) return false;
  const owner = STRIKER.has(s.tokens[k].norm) || lexicons().countries.findAll(s.tokens.slice(Math.max(0, k - 2), k + 1)).some((m) => m.endToken === Math.min(k, 2) + 1);
  return owner && !LABOUR_RE.test(s.text) && !/^(?:by|action)$/.test(s.tokens[t.endToken]?.norm ?? '');
}

/** words between a seizure verb and the ground it takes ("captured the strategic town of") */
const GROUND_GAP = /^(?:the|a|an|two|three|four|several|key|strategic|main|nearby|border|rebel-held|army|military|government|its|their|last|remaining|entire|whole|of|most|much|large|parts|guard|police|security|rebel|enemy|militia|frontline)$/;

/** "captured the town", "seized two villages": a weak seizure verb whose object is ground is a
 *  capture of territory, which stands beside the fighting told with it ("after heavy fighting")
 *  instead of giving way to it (people or goods seized stay weak: "captured three militants") */
function takesGround(s: Sentence, t: TriggerHit): boolean {
  if (t.cls !== 'seize' || t.endToken - t.startToken !== 1) return false;
  for (let k = t.endToken; k < s.tokens.length && k <= t.endToken + 4; k++) {
    const n = s.tokens[k].norm;
    if (TERRITORY.has(n) && n !== 'control' && n !== 'road' && n !== 'highway') return true;
    if (!GROUND_GAP.test(n)) return false;
  }
  return false;
}

/** a real sentence never holds more triggers; more means junk input (bounds the later stages) */
export const MAX_TRIGGERS_PER_SENTENCE = 40;

/** the people a beating falls on: "beat a man", "beat three villagers", "beat and robbed them" */
const BEAT_OBJECT = /^(?:a|an|the|two|three|four|five|six|several|many|dozens|him|her|them|his|their|\d+|and)$/;
const BE = /^(?:was|were|been|being|is|are|be|got|get)$/;
/** "beat" with a person as its object is a beating, not a weak word ("beat the odds" stays weak);
 * so is "wounded"/"injured" with one ("severely wounded a man suspected of theft"), not the passive */
function beatPeople(s: Sentence, start: number, end: number, text: string): boolean {
  if (!/^(?:beat|wounded|injured)$/i.test(text) || end - start !== 1) return false;
  // (not "was wounded", nor "killed and injured two soldiers": the strong verb beside it tells the act)
  if (!/^beat$/i.test(text) && (BE.test(s.tokens[start - 1]?.norm ?? '') || BE.test(s.tokens[start - 2]?.norm ?? '') || s.tokens[start - 1]?.norm === 'and' || s.tokens[end]?.norm === 'and')) return false;
  const next = s.tokens[end]?.norm ?? '';
  if (!BEAT_OBJECT.test(next)) return false;
  // "beat the odds", "beat the record": the next content word must be a person or a group of people
  for (let k = end + 1; k < s.tokens.length && k <= end + 4; k++) {
    const n = s.tokens[k].norm;
    if (/^(?:odds|record|deadline|traffic|heat|rush|champions?|team|side)$/.test(n)) return false;
  }
  return true;
}

/** the words of a hyphenated lexicon phrase before its last one, as the text writes them (the last
 * may inflect: "sit-ins", "tear-gassed") */
function compoundHead(s: Sentence, start: number, end: number, phrase: string): boolean {
  const parts = phrase.toLowerCase().split(/[\s-]+/);
  const words: string[] = [];
  for (let k = start; k < end; k++) if (!/^[-‐–]$/.test(s.tokens[k].text)) words.push(s.tokens[k].norm);
  if (words.length !== parts.length) return true;
  for (let i = 0; i < parts.length - 1; i++) if (words[i] !== parts[i]) return false;
  return true;
}

/** a one-word past verb ("repelled", "clashed", "fought") */
const PAST_VERB_FORM = /^(?:[a-z-]+ed|fought|overran|shot|struck|hit|blew|threw|broke)$/i;

export function findTriggers(s: Sentence): TriggerHit[] {
  const out: TriggerHit[] = [];
  // junk guard: a "sentence" of thousands of tokens is scanned only in its first part
  const tokens = s.tokens.length > 400 ? s.tokens.slice(0, 400) : s.tokens;
  for (const m of lexicons().triggers.findAll(tokens)) {
    if (out.length >= MAX_TRIGGERS_PER_SENTENCE) break;
    const v = m.values[0];
    const text = s.text.slice(m.start - s.start, m.end - s.start);
    // the month: "On 8 March 2021" (a capitalised "March" inside a sentence is never the verb)
    if (text === 'March' && (m.startToken > 0 || /^\d/.test(s.tokens[m.endToken]?.text ?? ''))) continue;
    if (v.entry.class !== 'protest' && insideName(s, m.startToken, m.endToken)) continue;
    // stems join "torched" and "torches": a past-tense phrase matched by another form of the
    // word is a noun or a base form ("the torch movement"), not the act the phrase names
    if (m.endToken - m.startToken === 1 && /ed$/i.test(v.phrase) && !/(?:ed|ing)$/i.test(text) && !v.entry.phrases.includes(text.toLowerCase())) continue;
    // a compound is one word: "sitting in front of his house" is no "sit-in", "building up" no
    // "build-up"; its leading parts must be written as in the lexicon
    if (v.phrase.includes('-') && !compoundHead(s, m.startToken, m.endToken, v.phrase)) continue;
    // "the recovery of looted funds", "stolen public money": corruption, not an act of looting
    if (v.entry.class === 'loot' && /ed$/i.test(text) && MONEY.has(s.tokens[m.endToken]?.norm ?? '')) continue;
    // "an anti-kidnapping squad", "anti-protest laws": what a unit or law is against, not an act
    if (m.startToken >= 2 && s.tokens[m.startToken - 1].text === '-' && s.tokens[m.startToken - 2].norm === 'anti' && s.tokens[m.startToken - 1].start === s.tokens[m.startToken - 2].end) continue;
    if (v.entry.class === 'protest' && /^block/i.test(text) && blockedThing(s, m.startToken, m.endToken)) continue;
    if (v.entry.class === 'riot' && /^riot$/i.test(text) && RIOT_KIT.has(s.tokens[m.endToken]?.norm ?? '')) continue;
    if (idiomatic(s, m.startToken, m.endToken, text)) continue;
    // "teachers staged a strike in Accra": the workers' stoppage, told with the word of a blow
    if (v.entry.class === 'attack' && /^strikes?$/i.test(text) && labourStrike(s, m.startToken)) {
      out.push({ sentence: s.index, start: m.start, end: m.end, text, startToken: m.startToken, endToken: m.endToken, cls: 'protest', alt: [], id: 'protest', pos: 'noun', weak: false, anaphoric: false });
      continue;
    }
    // look back over adjectives/ordinals for a determiner: "their second attack in a week"
    let anaphoric = v.entry.class === 'anaphor';
    // (a past verb of a noun entry, "its forces repelled", "their men fought", has no determiner of its own)
    if (!anaphoric && (v.entry.pos === 'noun' || NOUNISH.has(text.toLowerCase())) && !PAST_VERB_FORM.test(text)) {
      for (let k = m.startToken - 1; k >= 0 && k >= m.startToken - 3; k--) {
        const n = s.tokens[k].norm;
        // ("after that clashes erupted anew": a singular demonstrative before a plural is a pronoun)
        if (DEFINITE.has(n)) { anaphoric = !((n === 'that' || n === 'this') && k === m.startToken - 1 && /s$/i.test(text)); break; }
        if (!LETTERS.test(n) || n === 'a' || n === 'an') break;
      }
    }
    // "the shooting was a retaliation for the killing of ...": an answer named as a noun refers to the act it names
    if (!anaphoric && ANSWER.test(text) && /^(?:for|to|against)$/.test(s.tokens[m.endToken]?.norm ?? '')) anaphoric = true;
    // "it was the second day of protests", "a third night of clashes": the series the report tells, not a new act
    if (!anaphoric && SERIES_UNIT.has(s.tokens[m.startToken - 2]?.norm ?? '') && s.tokens[m.startToken - 1]?.norm === 'of' && ORDINAL.test(s.tokens[m.startToken - 3]?.norm ?? '')) anaphoric = true;
    // ("several explosions took place in the city": outside a monitor's count a blast of unknown
    // source is an explosive device's, not stand-off fire)
    const cls = v.entry.class === 'shell' && /^explosions$/i.test(text) && !MONITOR_RE.test(s.text) && !GUNFIRE_RE.test(s.text) ? 'explosion' : v.entry.class;
    out.push({
      sentence: s.index, start: m.start, end: m.end, text, startToken: m.startToken, endToken: m.endToken,
      cls, alt: m.values.slice(1).map((x) => x.entry.class), id: v.entry.id, pos: v.entry.pos, weak: v.weak, anaphoric,
    });
  }
  // weak triggers count only when the sentence has no strong one; a beating of people stays beside
  // a strong trigger ("beat and extorted a civilian": ACLED codes the beating)
  // (fighting told as the backdrop, "arrived amid clashes", leaves the sentence's own act to be told)
  for (let i = 0; i < out.length; i++) {
    if (!out[i].weak) continue;
    if (crowdAct(s, out[i]) || takesGround(s, out[i])) out[i] = { ...out[i], weak: false };
    else if (militaryStrike(s, out[i])) out[i] = { ...out[i], cls: 'air', weak: false };
  }
  const strong = out.filter((t) => !t.weak && t.cls !== 'anaphor' && !backdropFight(s, t));
  if (!strong.length) return out;
  // ("The attack wounded a passer-by": a wounding told after the act is its outcome)
  return out.filter((t) => !t.weak || (beatPeople(s, t.startToken, t.endToken, t.text) && (/^beat$/i.test(t.text) || !strong.some((x) => x.startToken < t.startToken)))).map((t) => (t.weak ? { ...t, weak: false } : t));
}
