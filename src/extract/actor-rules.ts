// Rules over one sentence's actor hits that the lexicon alone cannot express:
// - membership: a role word followed by its group ("fighters of the NLF", "gunmen believed to belong
//   to IS", "militants affiliated with JNIM") is that group;
// - identity militias: a name word before "militia(s)/militiamen" ("Tiv militias", "Fulani
//   militiamen") or a militia "from <Town>" is an ethnic or communal militia (ACLED inter 4);
// - words that only look like actors: "anti-Houthi forces" (the group is who they oppose),
//   "armed men in military uniforms" (a uniform is not the army), "pro-X" handled by sponsors.
import type { Sentence } from '../core/types.ts';
import type { ActorHit } from './actors.ts';
import { communityParty } from './communal.ts';
import { COMMUNITY_MEMBERS } from './communal-words.ts';

/** phrases after a role word that hand it to a named group; matched on normalized tokens */
const MEMBERSHIP: string[][] = [
  ['of'], ['of', 'the'], ['from'], ['from', 'the'], ['belonging', 'to'], ['belonging', 'to', 'the'], ['believed', 'to', 'belong', 'to'],
  ['believed', 'to', 'be', 'from'], ['believed', 'to', 'be'], ['suspected', 'to', 'be'], ['affiliated', 'with'], ['affiliated', 'to'], ['linked', 'to'],
  ['('], ['(', 'suspected'], ['(', 'presumably'], ['(', 'possibly'], ['(', 'likely'], ['(', 'believed', 'to', 'be'], ['(', 'reportedly'],
  ['loyal', 'to'], ['allied', 'to'], ['allied', 'with'], ['associated', 'with'], ['aligned', 'with'], ['of', 'the', 'armed', 'group'],
];
const ROLE_IDS = new Set(['militants', 'rebels', 'militia', 'tribal']);
const MILITIA_WORDS = new Set(['militia', 'militias', 'militiamen', 'militiaman']);
const DRESS = new Set(['uniform', 'uniforms', 'fatigues', 'clothes', 'clothing', 'attire', 'outfits', 'gear']);
// \p{…} patterns as module constants: tsx compiles a \p{…} regex literal to `new RegExp` at every
// evaluation, and these run per token or per mention
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
const UPPER_START = /^\p{Lu}/u;
/** capitalised words that are not names of a people or a place */
const NOT_NAMES = new Set(['The', 'A', 'An', 'On', 'In', 'At', 'Around', 'As', 'Armed', 'Local', 'Rival', 'Suspected', 'Unidentified', 'Unknown', 'Several', 'Two', 'Three', 'Some', 'Many', 'Other', 'Militia', 'Militias', 'Self', 'Defence', 'Defense', 'Communal', 'Ethnic', 'Allied', 'Pro']);

function followedBy(s: Sentence, at: number, seq: string[]): boolean {
  for (let i = 0; i < seq.length; i++) if (s.tokens[at + i]?.norm !== seq[i]) return false;
  return true;
}

/** "fighters of the NLF", "gunmen believed to belong to IS": the role word joins the named group */
export function mergeMembership(s: Sentence, hits: ActorHit[]): void {
  for (let i = hits.length - 2; i >= 0; i--) {
    const g = hits[i];
    if (!g.generic || !ROLE_IDS.has(g.id)) continue;
    const n = hits.slice(i + 1).find((h) => h.actorKind === 'named');
    if (!n) continue;
    const gap = n.startToken - g.endToken;
    if (gap < 1 || gap > 5 || !MEMBERSHIP.some((seq) => seq.length === gap && followedBy(s, g.endToken, seq))) continue;
    n.start = g.start;
    n.startToken = g.startToken;
    n.text = s.text.slice(n.start - s.start, n.end - s.start);
    hits.splice(i, 1);
  }
}

/** "Tiv militias", "Fulani militiamen", "militias from Umumubu": identity militias (inter 4) */
export function identityMilitias(s: Sentence, hits: ActorHit[], countryTokens: Set<number>): void {
  for (const h of hits) {
    if (!h.generic || (h.id !== 'militia' && h.id !== 'tribal') || h.country) continue;
    const last = s.tokens[h.endToken - 1]?.norm;
    if (!MILITIA_WORDS.has(last)) continue;
    // the name word right before the role word, not sentence-initial, not a country or demonym
    const k = h.startToken - 1;
    const w = s.tokens[k];
    if (w && k > 0 && NAME_WORD.test(w.text) && !NOT_NAMES.has(w.text) && !countryTokens.has(k) && !hits.some((x) => x !== h && x.startToken <= k && x.endToken > k)) {
      h.template = `${w.text} Ethnic Militia ({country})`;
      h.inter = 4;
      h.start = w.start;
      h.startToken = k;
      h.text = s.text.slice(h.start - s.start, h.end - s.start);
      continue;
    }
    // "militias from Umumubu and Omor": a village's militia is a communal militia
    const next = s.tokens[h.endToken];
    const town = s.tokens[h.endToken + 1];
    if (next?.norm === 'from' && town && UPPER_START.test(town.text) && !countryTokens.has(h.endToken + 1)) {
      h.template = `${town.text} Communal Militia ({country})`;
      h.inter = 4;
    }
  }
}

const BELIEVERS_PLURAL = /(?:s|sect|congregation|faithful|Tijaniyya)$/i;
/** "RSF" is also Reporters Without Borders (Reporters sans frontières), the press-freedom group that
 *  reports attacks on journalists: in a sentence about the press with no sign of Sudan's paramilitary
 *  force, the acronym is that group, no armed actor */
const PRESS_WORDS = /\b(?:journalists?|reporters?|press|media|editors?|newspapers?)\b/i;
const SUDAN_FORCE = /\b(?:Sudan\w*|Khartoum|Darfur|Kordofan|Janjaweed|paramilitar\w*|fighters?|militias?|troops|Hemedti|Dagalo)\b/i;
const pressRsf = (s: Sentence, h: ActorHit) => h.id === 'rsf' && h.text === 'RSF' && PRESS_WORDS.test(s.text) && !SUDAN_FORCE.test(s.text);
/** hits that are not actors here: "anti-Houthi forces", "in military uniforms" */
export function dropNonActors(s: Sentence, hits: ActorHit[]): ActorHit[] {
  return hits.filter((h) => {
    // "a Muslim shopkeeper", "Muslim rioters": a faith in the singular is an adjective, not its believers
    if (h.id === 'believers' && !BELIEVERS_PLURAL.test(h.text)) return false;
    if (pressRsf(s, h)) return false;
    // "demanded vigilante justice", "a mob justice killing": a kind of justice, not a group
    if (/^(?:justice|law)$/.test(s.tokens[h.endToken]?.norm ?? '')) return false;
    // "anti-Houthi": the group is the enemy of whoever is named
    const k = h.startToken - 1;
    if (s.tokens[k]?.text === '-' && s.tokens[k - 1]?.norm === 'anti' && s.tokens[k].start === s.tokens[k - 1].end) return false;
    if (s.tokens[k]?.norm === 'anti') return false;
    if (namedCommunityPlace(s, h)) return false;
    // "dressed in military uniforms", "in both military and civilian clothes"
    if (h.actorKind === 'state' || h.actorKind === 'police' || h.actorKind === 'country') {
      for (let j = h.endToken; j < Math.min(s.tokens.length, h.endToken + 4); j++) {
        if (DRESS.has(s.tokens[j].norm)) return false;
        if (!/^(?:and|or|civilian|police|military|army|,|camouflage)$/.test(s.tokens[j].norm)) break;
      }
    }
    return true;
  });
}

const PLACE_PREP = new Set(['in', 'at', 'inside', 'into', 'near', 'within']);
/**
 * "an operation in the Vila Nova community", "shoot-outs took place in the Coreia community": a
 * community named by its place name after a locative word is a place (a neighbourhood, as Latin
 * American notes call a favela), not its people as a party; "members of the Fulani community" are
 */
function namedCommunityPlace(s: Sentence, h: ActorHit): boolean {
  if (!/^communit(?:y|ies)$/i.test(h.text)) return false;
  let k = h.startToken - 1;
  let names = 0;
  while (k >= 0 && names < 4 && UPPER_START.test(s.tokens[k].text)) [k, names] = [k - 1, names + 1];
  if (!names) return false;
  if (s.tokens[k]?.norm === 'the') k--;
  return PLACE_PREP.has(s.tokens[k]?.norm ?? '');
}

/** "Fulani herders" (one armed group), "a Fulani pastoralist" (a civilian), "the Fulani" (a group) */
export function peoples(s: Sentence, hits: ActorHit[]): ActorHit[] {
  const out: ActorHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h.id !== 'ethnic') {
      out.push(h);
      continue;
    }
    const people = h.text;
    const next = hits[i + 1];
    if (next && next.startToken === h.endToken && next.generic && next.actorKind === 'generic') {
      // the people names the next role word's group; a civilian stays a civilian
      next.start = h.start;
      next.startToken = h.startToken;
      next.text = s.text.slice(next.start - s.start, next.end - s.start);
      if (next.inter !== 7 && next.inter !== 6 && next.inter !== 5) {
        next.template = `${people} Ethnic Militia ({country})`;
        next.inter = 4;
      }
      continue;
    }
    // "the Dogon village", "the Tuareg community": a place or a community, not a party
    const after = s.tokens[h.endToken]?.norm ?? '';
    if (COMMUNITY.has(after) || (next && next.startToken === h.endToken + 1 && UPPER_START.test(s.tokens[h.endToken].text))) continue;
    // a people fights only where the sentence speaks of fighting; otherwise its members are civilians
    if (s.tokens.some((t) => FIGHT_CUES.has(t.norm))) h.template = `${people} Ethnic Militia ({country})`;
    else {
      h.template = 'Civilians ({country})';
      h.inter = 7;
    }
    out.push(h);
  }
  return out;
}
const COMMUNITY = new Set(['village', 'villages', 'community', 'communities', 'settlement', 'settlements', 'camp', 'camps', 'hamlet', 'hamlets', 'quarter', 'neighbourhood', 'neighborhood', 'area', 'areas', 'land', 'lands', 'territory', 'chief', 'chiefs', 'leader', 'leaders', 'elders', 'kingdom', 'language']);

const OCCUPATIONS = new Set(['farmers', 'herders', 'herdsmen', 'pastoralists', 'breeders', 'hunters', 'fishermen']);
const FIGHT_CUES = new Set(['clash', 'clashed', 'clashes', 'clashing', 'fighting', 'fought', 'confrontation', 'confrontations', 'camp', 'camps', 'guns', 'firearms', 'rifles', 'artisanal', 'bows', 'arrows']);

/** a generic mention of farmers, herders and the like, not yet a communal militia */
function tradeGroup(s: Sentence, h: ActorHit): boolean {
  return h.generic && h.actorKind === 'generic' && h.inter !== 4 && OCCUPATIONS.has(s.tokens[h.endToken - 1]?.norm);
}

/** farmers and herders who clash or raid camps with guns act as communal militias (inter 4) */
export function communalFighters(s: Sentence, hits: ActorHit[]): void {
  // (the hits are read before the sentence's words: most sentences name no such people)
  if (!hits.some((h) => tradeGroup(s, h)) || !s.tokens.some((t) => FIGHT_CUES.has(t.norm))) return;
  for (const h of hits) {
    if (!tradeGroup(s, h)) continue;
    const first = s.tokens[h.startToken]?.text;
    h.template = h.endToken - h.startToken > 1 && UPPER_START.test(first) ? `${first} Ethnic Militia ({country})` : 'Communal Militia ({country})';
    h.inter = 4;
  }
}

/** words that make a member of the state forces a civilian (ACLED codes off-duty and retired
 * soldiers and police as civilians) */
const OFF_DUTY = /^(?:off-duty|retired)$/;
function offDutyNear(s: Sentence, h: ActorHit): boolean {
  for (let k = h.startToken - 1; k >= 0 && k >= h.startToken - 3; k--) {
    const n = s.tokens[k].norm;
    if (OFF_DUTY.test(n) || (n === 'duty' && s.tokens[k - 1]?.norm === 'off') || (n === 'duty' && s.tokens[k - 1]?.norm === '-' && s.tokens[k - 2]?.norm === 'off')) return true;
    if (n === ',' || n === 'and' || n === 'by') break;
  }
  // "a police officer (assumed off-duty)"
  for (let k = h.endToken; k < s.tokens.length && k <= h.endToken + 4; k++) {
    const n = s.tokens[k].norm;
    if (n === 'off-duty' || (n === 'off' && /^(?:duty|-)$/.test(s.tokens[k + 1]?.norm ?? ''))) return true;
    if (n !== '(' && n !== 'assumed' && n !== 'presumably' && n !== 'reportedly' && n !== 'who' && n !== 'was' && n !== 'an' && n !== 'a') break;
  }
  return false;
}

/** "an off-duty soldier", "a retired police officer": civilians, not state forces */
export function offDuty(s: Sentence, hits: ActorHit[]): void {
  for (const h of hits) {
    if (h.actorKind !== 'state' && h.actorKind !== 'police') continue;
    if (!offDutyNear(s, h)) continue;
    h.inter = 7;
    h.template = 'Civilians ({country})';
    h.actorKind = 'generic';
    h.id = 'civilians';
  }
}

const MEMBER_WORDS = new Set(['members', 'supporters', 'activists', 'militants', 'cadres', 'youths', 'youth', 'followers', 'partisans', 'sympathizers', 'sympathisers']);
/** "members of the opposition UNAFEC party", "supporters of the ruling party": party supporters who
 * fight are rioters (ACLED: a political party is no armed group) */
export function partyMembers(s: Sentence, hits: ActorHit[]): ActorHit[] {
  // (a sentence without "members of", "supporters of", ...: the hits as the sort below leaves them)
  if (!memberOf(s) && sortedByStart(hits)) return hits;
  const out = [...hits];
  for (let i = 0; i < s.tokens.length; i++) {
    if (!MEMBER_WORDS.has(s.tokens[i].norm) || s.tokens[i + 1]?.norm !== 'of') continue;
    let party = -1;
    for (let k = i + 2; k < s.tokens.length && k <= i + 7; k++) {
      const n = s.tokens[k].norm;
      if (n === 'party' || n === 'parties') { party = k; break; }
      if (n === ',' || n === 'and' || n === 'in' || n === 'at') break;
    }
    if (party < 0) continue;
    const covered = out.filter((h) => h.startToken <= party && h.endToken > i);
    if (covered.some((h) => h.actorKind === 'named' || h.actorKind === 'state' || h.actorKind === 'police')) continue;
    for (const h of covered) out.splice(out.indexOf(h), 1);
    const t0 = s.tokens[i];
    const t1 = s.tokens[party];
    out.push({
      kind: 'actor', sentence: s.index, start: t0.start, end: t1.end, text: s.text.slice(t0.start - s.start, t1.end - s.start),
      startToken: i, endToken: party + 1, id: 'rioters', template: 'Rioters ({country})', inter: 5, actorKind: 'generic', generic: true,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** some member word of the sentence is followed by "of" */
function memberOf(s: Sentence): boolean {
  for (let i = 0; i < s.tokens.length; i++) if (s.tokens[i + 1]?.norm === 'of' && MEMBER_WORDS.has(s.tokens[i].norm)) return true;
  return false;
}

function sortedByStart(hits: ActorHit[]): boolean {
  for (let i = 1; i < hits.length; i++) if (hits[i].start < hits[i - 1].start) return false;
  return true;
}

/** phrases that give a suspected identity to armed men: "gunmen (believed to be X)", "attackers said to be X" */
const SUSPECTED_AS: string[][] = [
  ...[['said', 'to', 'be'], ['believed', 'to', 'be'], ['suspected', 'to', 'be'], ['presumed', 'to', 'be'], ['thought', 'to', 'be']].flatMap((seq) => [seq, ['(', ...seq], [',', ...seq]]),
  // an aside in brackets: "gunmen (possibly herders)"
  ['('], ['(', 'reportedly'], ['(', 'possibly'], ['(', 'presumably'], ['(', 'likely'], ['(', 'probably'],
];

const MODIFIER = /^[\p{L}-]+$/u;
/** the tokens from..to are words (no punctuation, no "and"): modifiers of the noun that follows */
function modifiers(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!MODIFIER.test(s.tokens[k].text) || s.tokens[k].norm === 'and' || s.tokens[k].norm === 'or') return false;
  return true;
}

/**
 * "armed men said to be Peul herders", "masked gunmen (thought to be road workers)":
 * the people they are said to be do not make armed men civilians. A community's members who bear
 * arms are its militia (inter 4); anyone else leaves the gunmen an unidentified armed group.
 */
export function suspectedIdentities(s: Sentence, hits: ActorHit[]): ActorHit[] {
  const drop = new Set<ActorHit>();
  for (let i = 0; i + 1 < hits.length; i++) {
    const g = hits[i];
    const n = hits[i + 1];
    if (g.id !== 'militants' || !g.generic || n.actorKind !== 'generic' || (n.inter !== 7 && n.inter !== 5)) continue;
    const gap = n.startToken - g.endToken;
    // (up to two modifiers before the people's noun: "thought to be Nigerien gold miners")
    const seq = SUSPECTED_AS.find((q) => q.length <= gap && gap - q.length <= 2 && followedBy(s, g.endToken, q) && modifiers(s, g.endToken + q.length, n.startToken));
    if (!seq) continue;
    if (communityParty(n)) {
      drop.add(g);
      n.inter = 4;
      n.template = 'Communal Militia ({country})';
    } else drop.add(n);
  }
  return drop.size ? hits.filter((h) => !drop.has(h)) : hits;
}

/**
 * "armed villagers", "armed residents": a community's members who bear arms are its militia
 * (inter 4), never civilians, whichever side of the fight the sentence names them on
 */
export function armedMembers(s: Sentence, hits: ActorHit[]): void {
  for (const h of hits) {
    if (h.actorKind !== 'generic' || h.inter !== 7) continue;
    if (s.tokens[h.startToken]?.norm !== 'armed' && s.tokens[h.startToken - 1]?.norm !== 'armed') continue;
    if (!COMMUNITY_MEMBERS.has(s.tokens[h.endToken - 1]?.norm ?? '')) continue;
    h.inter = 4;
    h.template = 'Communal Militia ({country})';
  }
}

const ORIGIN_HEADS = new Set(['people', 'persons', 'men', 'youths', 'youth', 'villagers', 'residents', 'inhabitants', 'individuals', 'members', 'natives']);
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/**
 * "people from Zogbo", "residents of Kandi": people named by the place they come from are that
 * place's community (a party of communal violence), not just anyone
 */
export function fromPlaces(s: Sentence, hits: ActorHit[], countries: { startToken: number }[]): void {
  for (const h of hits) {
    if (h.actorKind !== 'generic' || (h.inter !== 7 && h.inter !== 5)) continue;
    if (!ORIGIN_HEADS.has(s.tokens[h.endToken - 1]?.norm ?? '')) continue;
    const prep = s.tokens[h.endToken]?.norm;
    const place = s.tokens[h.endToken + 1];
    if ((prep !== 'from' && prep !== 'of') || !place || !UPPER_START.test(place.text) || MONTHS.test(place.text)) continue;
    if (countries.some((c) => c.startToken === h.endToken + 1) || hits.some((x) => x.startToken === h.endToken + 1)) continue;
    h.community = true;
  }
}
