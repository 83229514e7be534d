// Trigger words used in a sense that is no act of violence or protest: "struck a deal", "fighting
// corruption", "sanctions targeting", "lifted the blockade". Checked at the trigger stage, so such a
// word never becomes an event (nor lends its type to the sentence's weak triggers).
import type { Sentence } from '../core/types.ts';
import { mishap, normAt } from './mishaps.ts';

/** what is "struck" or "striking" in a negotiation or a speech, not a blow */
const STRUCK_THING = new Set(['deal', 'deals', 'agreement', 'agreements', 'accord', 'pact', 'bargain', 'compromise', 'balance', 'chord', 'tone', 'note', 'partnership', 'truce', 'ceasefire', 'alliance', 'contract', 'contracts', 'settlement', 'figure', 'pose']);
const STRIKE_WORD = /^(?:struck|strike|strikes|striking)$/i;
/** what is "foiled" that never came to blows: a plan */
const FOILED_PLAN = new Set(['plot', 'plots', 'plan', 'plans', 'attempt', 'attempts', 'conspiracy', 'scheme', 'bid', 'coup']);

/** what is "fought" that is no enemy in arms: evils, diseases, fires */
const FOUGHT_THING = new Set([
  'terrorism', 'extremism', 'radicalism', 'radicalization', 'radicalisation', 'corruption', 'poverty', 'crime', 'inflation',
  'unemployment', 'hunger', 'famine', 'disease', 'diseases', 'pandemic', 'epidemic', 'covid', 'covid-19', 'coronavirus',
  'virus', 'malaria', 'cancer', 'aids', 'hiv', 'ebola', 'climate', 'fire', 'fires', 'wildfire', 'wildfires', 'blaze', 'blazes',
  'flames', 'causes', 'impunity', 'fraud', 'racism', 'discrimination', 'misinformation', 'disinformation', 'illiteracy',
  'smuggling', 'piracy', 'desertification', 'drought', 'locusts', 'pollution', 'deforestation', 'injustice', 'inequality',
  // a court's or an official's process fought in law: "fighting extradition", "battling the charges"
  'extradition', 'deportation', 'eviction', 'evictions', 'expulsion', 'charges', 'allegations', 'lawsuit', 'lawsuits', 'ruling',
  'verdict', 'conviction', 'sentence', 'dismissal', 'addiction', 'obesity', 'odds', 'tears', 'flu', 'crisis', 'crises',
]);
const FIGHT_WORD = /^(?:fight|fights|fighting|fought|battle|battles|battling|battled|combat|combating|combatting|combats)$/i;
/** words that may stand between the verb and what is fought: "fighting the root causes of" */
const FILLER = new Set(['the', 'a', 'an', 'against', 'of', 'its', 'their', 'root', 'rising', 'global', 'organised', 'organized', 'international', 'transnational', 'climate', 'spread', 'and', 'water', 'sanitation', 'economic', 'financial', 'housing', 'humanitarian', 'health', 'food', 'energy']);

/** who or what "targets" without force: laws, sanctions, messages, software */
const NONVIOLENT_TARGETER = new Set([
  'sanction', 'sanctions', 'campaign', 'campaigns', 'tweet', 'tweets', 'post', 'posts', 'message', 'messages', 'measure', 'measures',
  'law', 'laws', 'legislation', 'policy', 'policies', 'ad', 'ads', 'advert', 'adverts', 'advertisements', 'rule', 'rules', 'bill',
  'bills', 'decree', 'decrees', 'regulation', 'regulations', 'tariff', 'tariffs', 'tax', 'taxes', 'probe', 'investigation',
  'audit', 'programme', 'program', 'scheme', 'malware', 'phishing', 'cyberattack', 'cyberattacks', 'cyber-attack', 'cyber-attacks',
  'hackers', 'hacking', 'spyware', 'lawsuit', 'lawsuits', 'complaint', 'resolution', 'order', 'orders', 'restrictions', 'ban',
]);
const TARGET_WORD = /^(?:target|targets|targeting|targetting|targeted|targetted)$/i;

/** what is lifted, eased or ended: the act is over, not happening */
// (not a sit-in or a strike: "ending their sit-in in the evening" tells one that took place; "called
// off the strike" is a modality cue)
const ENDED_THING = /^(?:blockade|blockades|siege|sieges|ban|bans|curfew|curfews|emergency|restrictions|embargo|lockdown)$/i;
const ENDING = new Set(['lift', 'lifts', 'lifted', 'lifting', 'end', 'ends', 'ended', 'ending', 'ease', 'eased', 'easing', 'eases', 'relax', 'relaxed', 'relaxing', 'suspend', 'suspended']);
/** what a ban or a curfew covers, between the verb that ends it and the noun: "lifted a travel ban" */
const ENDED_FILLER = /^(?:a|an|the|its|their|of|state|month-long|weeks-long|months-long|partial|nationwide|partially|travel|entry|flight|flights|export|import|visa|movement|motorcycle|motorbike|fishing|night|nighttime|night-time|dusk-to-dawn|24-hour|total|internet|humanitarian|naval|economic)$/;
/** the fighting that is halted or given up is an agreement's object or a surrender, not a fight the
 * sentence tells: "agreed to halt the fighting", "gave up fighting and surrendered" */
const FIGHT_NOUN = /^(?:fighting|hostilities|clashes|combat|war|violence|attacks|shelling|bombardment|strikes|airstrikes|air strikes)$/i;
const FIGHT_HALTED = new Set(['halt', 'halts', 'halted', 'halting', 'cease', 'ceased', 'ceasing', 'renounce', 'renounced', 'renouncing', 'abandon', 'abandoned', 'abandoning']);
/** "end" and "stop" take the fighting as what is asked or agreed only in talk of a truce ("police moved in to stop the clashes" is the fight told) */
const FIGHT_ENDED = new Set(['end', 'ends', 'ended', 'ending', 'stop', 'stops', 'stopped', 'stopping']);
const TRUCE_TALK = /\b(?:agree\w*|cease-?fire|truce|deal|talks|negotiat\w*|peace|call\w*|urg\w*|appeal\w*|demand\w*|plan|proposal|initiative|efforts?)\b/i;
/** people of rank whose gathering is a meeting, not a demonstration: "a gathering of tribal elders" */
const DIGNITARIES = new Set(['elders', 'leaders', 'figures', 'officials', 'ministers', 'delegates', 'dignitaries', 'scholars', 'clerics', 'diplomats', 'experts', 'politicians', 'lawmakers', 'chiefs', 'representatives', 'heads', 'personalities', 'notables', 'stakeholders', 'envoys', 'governors', 'commanders', 'generals', 'executives', 'investors', 'donors']);
/** who is summoned to hear a state's protest: "the envoy was summoned to protest the incident" */
const SUMMONED = /^(?:summon(?:ed|s|ing)?|ambassador|envoy|charg[eé]|embassy|note)$/;

/** a protest a state lodges: "an official/formal/diplomatic/strong protest" */
const DIPLOMATIC_PROTEST = new Set(['official', 'formal', 'diplomatic', 'strong-worded', 'strongly-worded']);

/** a "response" of a field that is no force of arms: "its emergency response", "the coronavirus response",
 *  "a humanitarian response" (a "military" or "swift artillery response" stays a blow) */
const CIVIL_RESPONSE = new Set(['emergency', 'humanitarian', 'health', 'public-health', 'medical', 'policy', 'pandemic', 'coronavirus', 'covid', 'covid-19', 'virus', 'epidemic', 'outbreak', 'crisis', 'disaster', 'relief', 'economic', 'fiscal', 'legal', 'diplomatic', 'botched', 'written', 'media', 'vaccine', 'vaccination', 'flood', 'drought', 'famine', 'climate']);

/** what is "fired" from a post, not at a target: "fired the governor", "fired three officials" */
const FIRED_PERSON = new Set([
  'governor', 'minister', 'chief', 'director', 'head', 'coach', 'manager', 'official', 'officials', 'employee', 'employees',
  'staff', 'ceo', 'commissioner', 'secretary', 'ambassador', 'editor', 'spokesman', 'spokeswoman', 'spokesperson', 'judge',
  'judges', 'prosecutor', 'mayor', 'adviser', 'advisor', 'deputy', 'president', 'chairman', 'executive', 'executives', 'teacher', 'teachers',
]);
const FIRE_WORD = /^(?:fire|fired|fires|firing)$/i;
/** who is "fired" from a job in a passive ("he was fired", "two guards were fired for ...") */
const DISMISSED_PERSON = new Set([...FIRED_PERSON, 'he', 'she', 'officer', 'officers', 'lieutenant', 'sergeant', 'guard', 'guards', 'worker', 'workers', 'journalist', 'journalists', 'reporter', 'reporters', 'nurse', 'nurses', 'doctor', 'doctors', 'professor', 'lecturer', 'presenter', 'anchor', 'policeman', 'policemen', 'warden', 'trainer']);
/** what follows a passive "fired" of a dismissal: nothing, or why, when and by whom ("fired for
 *  misconduct", "fired last week", "fired by the company"); not "fired at", "fired on", "fired into" */
const AFTER_DISMISSED = /^(?:\.|,|;|for|from|after|over|by|last|this|earlier|without|because|and|in|following|amid|$)/;

/** a passive "fired" whose subject is a person named or a person's role, not a round or a weapon */
function dismissed(s: Sentence, start: number, end: number): boolean {
  let k = start - 1;
  while (k >= 0 && ADVERB.test(normAt(s, k))) k--;
  if (!BE_FORM.test(normAt(s, k))) return false;
  while (k >= 0 && (BE_FORM.test(normAt(s, k)) || ADVERB.test(normAt(s, k)))) k--;
  // ("workers who were then fired": the person the relative pronoun stands for)
  if (/^(?:who|that)$/.test(normAt(s, k))) k--;
  const subj = s.tokens[k];
  if (!subj || !AFTER_DISMISSED.test(normAt(s, end))) return false;
  const n = subj.norm;
  return DISMISSED_PERSON.has(n) || (k > 0 && NAME_WORD.test(subj.text) && !ROUND.test(n));
}
// (module constants: tsx compiles a \p{…} literal to a new RegExp at every evaluation)
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
const ADVERB = /^(?:[a-z]+ly|then|also|later|soon|since|just|already|eventually)$/;
const ROUND = /^(?:rockets?|missiles?|shells?|shots?|rounds?|mortars?|grenades?|bullets?)$/;

/** a generic agreement ("signed an agreement", "reached a deal") is ACLED's only between parties to a conflict */
const GENERIC_AGREEMENT = /^(?:signed an agreement|reached an agreement|signed a deal)$/i;
const CONFLICT_CONTEXT = /\b(?:cease-?fire|truce|peace|prisoners?|hostages?|detainees|captives|swap|disarm\w*|demobili[sz]\w*|armistice|surrender\w*|rebels?|militias?|insurgents?|armed|fighters|militants|jihadists|army|military|security|hostilities|fighting|war|conflict|violence|clashes|withdrawal|troops|reconciliation|power-sharing|non-aggression|de-escalation|buffer zone|frontline|front line)\b/i;

/** what is "suspended" that is no armed group's activity: aid, trade, talks */
const SUSPENDED_THING = new Set(['aid', 'assistance', 'deliveries', 'delivery', 'funding', 'funds', 'cooperation', 'flights', 'trade', 'imports', 'exports', 'talks', 'negotiations', 'visas', 'membership', 'licence', 'license', 'accreditation', 'classes', 'services', 'payments', 'loans', 'programme', 'program', 'exams', 'broadcasts', 'sales', 'shipments']);

/** what "hits" or "strikes" people that is nature, the economy or traffic: "families hit by the
 * floods", "struck by lightning", "hit by a truck" */
const NATURAL_HITTER = new Set([
  'flood', 'floods', 'flooding', 'storm', 'storms', 'cyclone', 'hurricane', 'typhoon', 'earthquake', 'quake', 'drought',
  'pandemic', 'epidemic', 'outbreak', 'virus', 'coronavirus', 'covid', 'covid-19', 'crisis', 'recession', 'inflation',
  'downturn', 'shortages', 'lightning', 'landslide', 'landslides', 'mudslide', 'tsunami', 'heatwave', 'wildfire', 'wildfires',
  'famine', 'rains', 'rain', 'snow', 'locusts', 'car', 'truck', 'lorry', 'bus', 'train', 'vehicle', 'motorbike', 'motorcycle',
]);
const HIT_WORD = /^(?:hit|hits|struck|strikes)$/i;
/** mishaps that kill with no one to blame: "killed in a road accident", "died in the plane crash" */
const MISHAP = new Set(['accident', 'accidents', 'crash', 'crashes', 'collision', 'collisions', 'stampede', 'derailment', 'capsized', 'shipwreck', 'avalanche', 'landslide', 'landslides', 'earthquake', 'quake', 'floods', 'flooding', 'lightning']);
const DEATH_WORD = /^(?:killed|killing|died|dead|wounded|injured|kills)$/i;
const HITTER_FILLER = /^(?:the|a|an|heavy|severe|recent|last|this|year's|month's|week's|deadly|devastating|massive|torrential|speeding|passing|economic|financial|global|second|third|new)$/;

/** what "attacks" that is no person: a disease, an animal, the body ("a yellow rust attack", "a
 * shark attack", "a heart attack") */
const NONHUMAN_ATTACKER = new Set([
  'rust', 'locust', 'locusts', 'pest', 'pests', 'insect', 'insects', 'worm', 'armyworm', 'fungus', 'fungal', 'blight', 'heart',
  'panic', 'asthma', 'anxiety', 'shark', 'dog', 'dogs', 'bee', 'bees', 'wolf', 'wolves', 'elephant', 'elephants', 'crocodile',
  'crocodiles', 'snake', 'snakes', 'hyena', 'hyenas', 'lion', 'lions', 'leopard', 'leopards', 'tiger', 'tigers', 'bear', 'bears',
  'hippo', 'hippos', 'monkey', 'monkeys', 'jellyfish', 'virus', 'bacterial', 'allergy',
]);
const ATTACK_NOUN = /^(?:attack|attacks)$/i;
const SELF = new Set(['herself', 'himself', 'themselves', 'itself', 'myself', 'yourself']);
const AIR_SHOT = /^(?:fired|fire|firing|shots?|gunshots?|shot)$/i;

/** an agreement named as a thing ("the peace deal", "violations of the peace accords"): an event only
 * where the sentence tells it made ("signed", "reached", "a truce was declared") */
const AGREEMENT_NOUN = /^(?:(?:peace|ceasefire|cease-fire|reconciliation) (?:agreements?|deals?|accords?)|truces?|prisoner (?:exchanges?|swaps?))$/i;
const AGREEMENT_MADE = /^(?:sign|signs|signed|signing|reach|reached|reaching|agree|agreed|conclude|concluded|broker|brokered|brokering|ink|inked|seal|sealed|struck|strike|announce|announced|declare|declared|accept|accepted|complete|completed|conducted|carried|held|took|exchanged|swapped|hammered|entered|implemented|began|begins|took|brokers?)$/;
/** a curfew or a lockdown told as standing ("breaking the curfew", "during the lockdown"): an event only where one is imposed */
const RESTRICTION = /^(?:curfews?|lockdowns?|state of emergency)$/i;
const IMPOSING = /^(?:impos\w*|declar\w*|announc\w*|introduc\w*|order\w*|extend\w*|enforc\w*|proclaim\w*|instat\w*|set|clamp\w*|put)$/;
/** what is handed over that is ground or command, for a transfer of territory */
const TERRITORY = new Set(['control', 'town', 'towns', 'city', 'cities', 'village', 'villages', 'area', 'areas', 'territory', 'territories', 'position', 'positions', 'base', 'bases', 'checkpoint', 'checkpoints', 'district', 'districts', 'region', 'province', 'airport', 'port', 'camp', 'camps', 'post', 'posts', 'headquarters', 'barracks', 'security', 'responsibility', 'command', 'border', 'crossing', 'zone', 'the', 'its', 'their', 'all', 'a']);
/** where people train, not an act of training: "a military training ground", "the training centre" */
const TRAINING_PLACE = new Set(['ground', 'grounds', 'centre', 'center', 'centres', 'centers', 'facility', 'facilities', 'school', 'schools', 'academy', 'college', 'institute', 'programme', 'program', 'programs', 'programmes', 'course', 'courses', 'manual', 'manuals', 'mission', 'missions', 'aircraft', 'jet', 'jets', 'area']);

/** the trigger at tokens [start, end) is a figurative or non-violent use of its word */
const SPACE = /\s/;
/** what follows the last white space of text (text.split(/\s+/).pop(), without the array) */
function lastWord(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && !SPACE.test(text[i])) i--;
  return i < 0 ? text : text.slice(i + 1);
}

const BE_FORM = /^(?:was|were|is|are|been|be|has|have|had)$/;
/** a verb that makes the thing before it ("signed a truce") or, told as done, after it ("a truce was
 * declared"; a bare participle, "the curfew imposed in May", describes one already standing) */
function madeHere(s: Sentence, start: number, end: number, verb: RegExp, before: number): boolean {
  for (let k = Math.max(0, start - before); k < start; k++) if (verb.test(normAt(s, k))) return true;
  for (let k = end; k < end + 3 && k < s.tokens.length; k++) if (verb.test(normAt(s, k)) && BE_FORM.test(normAt(s, k - 1))) return true;
  return false;
}

/** what an interception stops that is a weapon's use: "intercepted two drones", "a weapons shipment" */
const MUNITION = /^(?:drones?|uavs?|missiles?|rockets?|shells?|projectiles?|mortars?|bombs?|arms|weapons?|ammunition|explosives?|munitions?|grenades?|shipments?|consignments?|cache|ieds?|mines?|ballistic|cruise)$/;

const STOP_AND_HARM = /\b(?:shot|shooting|killed|killing|opened fire|fired|attacked|abducted|kidnapped|robbed|beat|stabbed|hacked)\b/i;

/** the uses of a strategic-development word that tell no act (see AGREEMENT_NOUN .. TRAINING_PLACE) */
function standingThing(s: Sentence, start: number, end: number, text: string): boolean {
  if (AGREEMENT_NOUN.test(text)) return !madeHere(s, start, end, AGREEMENT_MADE, 6);
  if (RESTRICTION.test(text)) return !madeHere(s, start, end, IMPOSING, 5);
  // "handed over 700 kg of medicine", "a letter handed over to the UN": no ground changes hands
  if (/^handed over$/i.test(text)) return !(TERRITORY.has(normAt(s, end)) || /^\p{Lu}/u.test(s.tokens[end]?.text ?? ''));
  // "intercepted a car and shot the driver": the stop of a vehicle, not of a weapon, is how the attack
  // told beside it began (alone, "the navy intercepted a pirate vessel", it stays the state's act)
  if (/^intercept/i.test(text) && STOP_AND_HARM.test(s.text.slice(s.tokens[end - 1].end - s.start))) {
    for (let k = Math.max(0, start - 3); k < Math.min(s.tokens.length, end + 6); k++) if (MUNITION.test(normAt(s, k))) return false;
    return true;
  }
  // "Cuban-trained forces", "US-deployed": a participle joined to a word by a hyphen is an adjective
  if (/^(?:trained|deployed|mobili[sz]ed|recruited|reinforced)$/i.test(text) && normAt(s, start - 1) === '-' && s.tokens[start - 1].start === s.tokens[start - 2]?.end) return true;
  return /^training$/i.test(text) && TRAINING_PLACE.has(normAt(s, end));
}

/** the verb before "(the) fighting" halts it ("to halt the fighting", "an end to the clashes", "gave up fighting") */
function haltedFight(s: Sentence, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && /^(?:the|all|further|any|their|its|ongoing|armed)$/.test(normAt(s, k))) k--;
  let n = normAt(s, k);
  // "an end to the fighting", "a halt to hostilities"
  if (n === 'to' && /^(?:end|halt|stop)$/.test(normAt(s, k - 1))) n = normAt(s, k - 1);
  if (n === 'up') return /^(?:give|gave|given|giving|gives)$/.test(normAt(s, k - 1));
  if (FIGHT_HALTED.has(n)) return true;
  return FIGHT_ENDED.has(n) && TRUCE_TALK.test(s.text);
}

export function idiomatic(s: Sentence, start: number, end: number, text: string): boolean {
  if (standingThing(s, start, end, text) || mishap(s, start, end, text)) return true;
  // "tear gas shells", "teargas shells": the police's crowd-control rounds, not artillery
  if (/^shells?$/i.test(text) && (normAt(s, start - 1) === 'teargas' || (normAt(s, start - 1) === 'gas' && /^tear$/.test(normAt(s, start - 2))) || (normAt(s, start - 1) === 'gas' && normAt(s, start - 2) === '-'))) return true;
  // "cyber attacks", "cyber-attacks": ACLED codes no act without physical force
  if (normAt(s, start - 1) === 'cyber' || (normAt(s, start - 1) === '-' && normAt(s, start - 2) === 'cyber') || /^cyber/i.test(text)) return true;
  if (FIRE_WORD.test(text)) {
    // "a cease-fire", "coal-fired plants": the word is part of a compound
    if (normAt(s, start - 1) === '-' && s.tokens[start - 1].start === s.tokens[start - 2]?.end) return true;
    // "Bryant has been fired", "two officers were fired for misconduct": a person dismissed
    if (/^fired$/i.test(text) && dismissed(s, start, end)) return true;
    // "fired the governor", "fired three senior officials", "fired Kirkuk's governor"
    if (/^fired$/i.test(text)) {
      for (let k = end; k < end + 5 && k < s.tokens.length; k++) {
        const n = normAt(s, k);
        if (FIRED_PERSON.has(n)) return true;
        if (/^(?:at|on|upon|into|shots?|rounds?|rockets?|missiles?|mortars?|shells?|bullets?|tear|gas|live|warning|artillery|guns?|weapons?)$/.test(n)) break;
      }
    }
  }
  if (ATTACK_NOUN.test(text) && NONHUMAN_ATTACKER.has(normAt(s, start - 1))) return true;
  if (/^responses?$/i.test(text) && CIVIL_RESPONSE.has(normAt(s, start - 1))) return true;
  // "in response to", "as a response to": a connective that gives a reason, no blow
  if (/^response$/i.test(text) && normAt(s, end) === 'to' && (normAt(s, start - 1) === 'in' || (normAt(s, start - 1) === 'a' && normAt(s, start - 2) === 'as'))) return true;
  // "set herself on fire", "set himself ablaze": a self-immolation is a protest, not arson
  if (/(?:fire|ablaze|alight)$/i.test(text) && (SELF.has(normAt(s, start - 1)) || SELF.has(normAt(s, start - 2)))) return true;
  // "fired shots in the air", "fired warning shots": no one is shot at
  if (AIR_SHOT.test(text)) {
    for (let k = end; k < end + 4 && k < s.tokens.length; k++) {
      const n = normAt(s, k);
      if ((n === 'air' && /^(?:the|in|into)$/.test(normAt(s, k - 1))) || n === 'warning') return true;
      if (!/^(?:in|into|the|several|a|few|some|shots?|gunshots?|rounds?|\d+)$/.test(n)) break;
    }
    if (normAt(s, start - 1) === 'warning') return true;
  }
  if (GENERIC_AGREEMENT.test(text) && !CONFLICT_CONTEXT.test(s.text)) return true;
  // "police took control of the situation", "regained control of the situation": order restored, no ground taken
  if (/control$/i.test(text) && normAt(s, end) === 'of' && (normAt(s, end + 1) === 'situation' || normAt(s, end + 2) === 'situation')) return true;
  // "killed in a road accident", "victims killed by the plane crash": deaths no one inflicted
  if (DEATH_WORD.test(text) && /^(?:in|by|during|after)$/.test(normAt(s, end))) {
    for (let k = end + 1; k < end + 7 && k < s.tokens.length; k++) {
      if (MISHAP.has(normAt(s, k))) return true;
      if (/^[,;.]$/.test(normAt(s, k))) break;
    }
  }
  // "lodged an official protest with Albania", "a formal protest note": a state's complaint, no gathering
  if (/^protests?$/i.test(text) && (DIPLOMATIC_PROTEST.has(normAt(s, start - 1)) || normAt(s, end) === 'note' || normAt(s, end) === 'notes' || /^lodg/.test(normAt(s, start - 2)) || /^lodg/.test(normAt(s, start - 3)))) return true;
  if (/^suspended$/i.test(text)) {
    for (let k = end; k < end + 4 && k < s.tokens.length; k++) if (SUSPENDED_THING.has(normAt(s, k))) return true;
  }
  // "recovered stolen bank notes", "found with stolen goods": goods taken back from a thief, no theft told here
  if (/^stolen$/i.test(text)) {
    for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
      const n = normAt(s, k);
      if (/^(?:recover(?:ed|s|ing)?|seiz(?:ed|es|ing)|retriev(?:ed|es|ing)|return(?:ed|s|ing)?|impound(?:ed|s|ing)?|confiscat(?:ed|es|ing)|possession|possessing|receiving|with)$/.test(n)) return true;
      if (!/^(?:a|an|the|some|several|of|\d+|large|quantity|quantities|number|cache|suspected|allegedly|also)$/.test(n)) break;
    }
  }
  // "executed five search warrants", "executing an arrest warrant": a court's order carried out, no one put to death
  if (/^(?:executed|execution|executing)$/i.test(text)) {
    for (let k = end; k < end + 5 && k < s.tokens.length; k++) {
      const n = normAt(s, k);
      if (/^(?:warrants?|orders?|judgm?ents?|contracts?|plans?|strateg(?:y|ies)|projects?|mandates?|decisions?|policy|policies|programmes?|programs?|duties|budgets?|trades?|transactions?)$/.test(n)) return true;
      if (!/^(?:a|an|the|its|their|his|her|two|three|four|five|six|several|multiple|\d+|search|arrest|court|eviction|demolition|seizure|raid)$/.test(n)) break;
    }
    // "the warrant was executed"
    if (/^executed$/i.test(text) && /^(?:was|were|been|being)$/.test(normAt(s, start - 1)) && /^(?:warrants?|orders?)$/.test(normAt(s, start - 2))) return true;
  }
  // "foiled a plot to bomb a church", "thwarted an attempt to": the plan was stopped, no fight took place
  if (/^(?:foiled|thwarted)$/i.test(text)) {
    for (let k = end; k < end + 4 && k < s.tokens.length; k++) if (FOILED_PLAN.has(normAt(s, k))) return true;
  }
  if (STRIKE_WORD.test(text)) {
    for (let k = end; k < end + 4 && k < s.tokens.length; k++) if (STRUCK_THING.has(normAt(s, k))) return true;
  }
  if (FIGHT_WORD.test(text)) {
    for (let k = end; k < end + 5 && k < s.tokens.length; k++) {
      const n = normAt(s, k);
      if (FOUGHT_THING.has(n)) return true;
      if (!FILLER.has(n)) break;
    }
    // "fighting for their lives", "fighting back tears"
    if (normAt(s, end) === 'for' && /^(?:his|her|their|its)$/.test(normAt(s, end + 1)) && /^(?:lives?|survival)$/.test(normAt(s, end + 2))) return true;
  }
  if (HIT_WORD.test(text) && normAt(s, end) === 'by') {
    for (let k = end + 1; k < end + 5 && k < s.tokens.length; k++) {
      const n = normAt(s, k);
      if (NATURAL_HITTER.has(n)) return true;
      if (!HITTER_FILLER.test(n)) break;
    }
  }
  // "sanctions targeting", "a disinformation campaign targeted at", "tweets that targeted"
  // ("feels targeted by the new law", "a home targeted by protests": what targets comes after "by")
  if (TARGET_WORD.test(text) && normAt(s, end) === 'by') {
    for (let k = end + 1; k < end + 5 && k < s.tokens.length; k++) {
      const n = normAt(s, k);
      if (NONVIOLENT_TARGETER.has(n) || /^(?:protests?|protesters|demonstrat\w*|rall(?:y|ies)|marchers?)$/.test(n)) return true;
      if (!/^(?:the|a|an|this|that|these|new|recent|its|their|pro|anti|-|pro-government|anti-government|government|state|several|repeated)$/.test(n)) break;
    }
  }
  if (TARGET_WORD.test(text)) {
    for (let k = start - 1; k >= 0 && k >= start - 3; k--) {
      const n = normAt(s, k);
      if (NONVIOLENT_TARGETER.has(n)) return true;
      if (!/^(?:that|which|were|was|are|is|have|has|had|been|new|also)$/.test(n)) break;
    }
  }
  // "lifted a blockade", "agreed to end the siege"
  if (ENDED_THING.test(lastWord(text))) {
    for (let k = start - 1; k >= 0 && k >= start - 3; k--) {
      const n = normAt(s, k);
      // ("an open-ended embargo": a word joined by a hyphen is part of a compound, not the verb)
      if (ENDING.has(n) && normAt(s, k - 1) !== '-') return true;
      if (!ENDED_FILLER.test(n)) break;
    }
  }
  if (FIGHT_NOUN.test(text) && haltedFight(s, start)) return true;
  // "a large gathering of prominent tribal elders": a meeting
  if (/^gatherings?$/i.test(text) && normAt(s, end) === 'of') {
    for (let k = end + 1; k < end + 5 && k < s.tokens.length; k++) if (DIGNITARIES.has(normAt(s, k))) return true;
  }
  // "the envoy was summoned to protest the incident": a state's complaint, no gathering
  if (/^protest$/i.test(text) && normAt(s, start - 1) === 'to') {
    for (let k = Math.max(0, start - 10); k < start - 1; k++) if (SUMMONED.test(normAt(s, k))) return true;
  }
  return false;
}
