// A demonstration whose participants used violence is a riot (ACLED: violent demonstration), also
// when the violence is told in a later sentence of the note (marchers who wreck a toll booth, youths
// who answer the police with stones) or in the way they demonstrated (shooting in the air, a road
// shut with burning tyres).
import type { Sentence } from '../core/types.ts';
import type { EventAcc } from './coref.ts';

const CROWD = String.raw`(?:demonstrators|protesters|protestors|rioters|marchers|crowd|mob|students|youths?|residents|villagers|they)`;
/** acts of the demonstrators ("killed", "injured" after a bare subject are what happened to them:
 * "12 demonstrators injured") */
const ACTS = String.raw`(?:destroyed|vandali[sz]ed|wrecked|burn(?:ed|t)(?!\s+(?:an?\s+|the\s+|their\s+)?(?:effig|flags?\b|portraits?|posters?|photos?|cop(?:y|ies)|pictures?))|torched|ransacked|smashed|damaged|looted|beat(?:\s+up)?|attacked|assaulted|stoned|lynched|pelted|threw)`;
const HARM = String.raw`(?:${ACTS.slice(3, -1)}|beaten(?:\s+up)?|killed|injured|wounded)`;
const CUES = [
  // the crowd wrecked, burned or attacked something; the crowd answered the police with stones or sticks
  String.raw`\b(?:the\s+)?${CROWD}\s+(?:(?:also|then|later|reportedly|allegedly)\s+)?${ACTS}\b`,
  String.raw`\b${CROWD}\s+(?:responded|retaliated|reacted|fought\s+back)\s+(?:with|by)\s+(?:throwing\s+)?(?:rocks|stones|sticks|bricks|machetes|molotov|petrol\s+bombs|projectiles|firecrackers)`,
  // someone was hurt by the demonstrators (passive)
  String.raw`\b(?:was|were)\s+(?:\w+\s+)?${HARM}\s+by\s+(?:the\s+)?(?:demonstrators|protesters|protestors|rioters|marchers|the\s+crowd|a\s+mob)`,
  // a road or railway shut with rocks or burning things
  String.raw`\bblock(?:ed|ing|aded)\s+(?:the\s+|several\s+|main\s+)?(?:roads?|streets?|highways?|rails?|train\s+rails|railway|bridges?|entrances?)\s+with\s+(?:a\s+|large\s+)?(?:stones|rocks|burning|burnt|tyres|tires|logs)`,
].join('|');
const CUE_RE = new RegExp(CUES, 'i');
/** demonstrators who fire guns into the air (soldiers or armed men demonstrating) */
const FIRING_IN_AIR = /\bfir(?:ed|ing)\b[^.;]{0,40}\bin(?:to)?\s+the\s+air\b/i;
const FORCES = /\b(?:police|policemen|gendarmes?|security forces|troops|army|military police|riot police|officers|guards)\b/i;
const PROTEST_WORD = /\b(?:demonstrat\w*|protest\w*|march(?:ed|es)?|rall(?:y|ied))\b/i;

/** the sentence tells violence by the demonstrators */
export function protesterViolenceCue(text: string): boolean {
  if (CUE_RE.test(text)) return true;
  // demonstrators who shoot in the air (unpaid soldiers, say); the police shooting in the air is the intervention
  return FIRING_IN_AIR.test(text) && PROTEST_WORD.test(text) && !FORCES.test(text.slice(0, text.search(FIRING_IN_AIR)).replace(/\bsoldiers?\b[^.]*\bdemonstrat/i, ''));
}

/** the note says the demonstration stayed peaceful */
const PEACEFUL_RE = /\bno (?:violence|clashes|incidents?) (?:was |were )?reported\b|\bwithout (?:any )?(?:violence|incidents?)\b|\b(?:remained|was|were|ended) peaceful\b|\bpeacefully\b|\bensure an? peaceful\b/i;

/**
 * Peaceful or policed protests whose participants turned violent in the note become violent
 * demonstrations; a "violent demonstration" read from a loose cue (damage to a field, earlier unrest
 * mentioned in passing) that the note itself calls peaceful is a protest again.
 */
export function retypeViolentProtests(events: EventAcc[], sentences: Sentence[], asserted: Set<number>): void {
  for (const e of events) {
    if (e.background) continue;
    const last = Math.max(...e.sentences);
    const window = [...e.sentences];
    for (let j = last + 1; j < sentences.length && j <= last + 2 && !asserted.has(j); j++) window.push(j);
    if (e.type.event_type === 'Riots' && e.type.sub_event_type === 'Violent demonstration') {
      if (!window.some((i) => PEACEFUL_RE.test(sentences[i].text))) continue;
      const policed = e.drafts.some((d) => d.trigger.cls === 'arrest' || d.trigger.id === 'intervene' || (d.type?.event_type === 'Protests' && d.type.sub_event_type !== 'Peaceful protest'));
      e.type = { event_type: 'Protests', sub_event_type: policed ? 'Protest with intervention' : 'Peaceful protest', strength: 1 };
      continue;
    }
    if (e.type.event_type !== 'Protests') continue;
    if (!window.some((i) => protesterViolenceCue(sentences[i].text)) || window.some((i) => PEACEFUL_RE.test(sentences[i].text))) continue;
    e.type = { event_type: 'Riots', sub_event_type: 'Violent demonstration', strength: 2 };
  }
}
