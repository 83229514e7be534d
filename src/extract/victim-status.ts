// A victim that the note itself places in a criminal armed group (a victim "wanted on trafficking
// charges", victims said to belong to a gang) was one armed side of the fight,
// not a defenceless civilian: ACLED codes violence between gangs, cartels and other armed groups as
// Battles (armed clash) even when only one side is reported firing.
import type { Sentence } from '../core/types.ts';
import type { EventAcc } from './coref.ts';

/** who: the victims, never a perpetrator or "one of the victims" (the others may have been bystanders) */
const SUBJECT = String.raw`(?:^|[.;]\s*|\b(?:and|but)\s+)(?:the|both|all(?:\s+the)?|all\s+(?:two|three|four|five))\s+(?:victims?|deceased)\s+`;
/** what ties them to an armed group */
const GROUP = String.raw`(?:drug[- ]?(?:traffick\w*|deal\w*|gangs?|cartels?)|gangs?|cartels?|criminal\s+(?:groups?|gangs?|organi[sz]ations?|factions?)|traffick(?:ing|ers?)|militias?|armed\s+groups?)`;
const TIE = [
  // "had pending charges for trafficking", "had been convicted of dealing drugs"
  String.raw`(?:had|has|have)\s+(?:(?:already|previously|recently)\s+)?(?:been\s+)?(?:charges?|a\s+(?:criminal\s+|police\s+)?records?|(?:criminal\s+|police\s+)?records|convicted|arrested|prosecuted|jailed|imprisoned|links?|ties|connections)\b(?:[^,;.]|,\s*(?:including|such\s+as|among\s+them)\b){0,60}?\b${GROUP}`,
  // "was a member of a gang", "were involved in drug trafficking", "was linked to a cartel"
  String.raw`(?:was|were|is|are)\s+(?:(?:reportedly|allegedly|reputedly|known\s+to\s+be)\s+)?(?:(?:an?\s+)?(?:alleged\s+|suspected\s+|known\s+|reported\s+)?(?:members?|part|leaders?)\s+of|involved\s+in|linked\s+to|connected\s+to|tied\s+to|associated\s+with)\s+[^,;.]{0,40}?\b${GROUP}`,
  // "were gang members", "was a known drug dealer"
  String.raw`(?:was|were|is|are)\s+(?:(?:reportedly|allegedly)\s+)?(?:an?\s+)?(?:alleged\s+|suspected\s+|known\s+|reported\s+)?(?:gang\s+(?:members?|leaders?)|drug\s+(?:dealers?|traffickers?|lords?)|traffickers?|hitm[ae]n|cartel\s+members?)\b`,
  // "the victim was armed"
  String.raw`(?:was|were)\s+(?:reportedly\s+|allegedly\s+)?armed\b`,
].join('|');
const ARMED_VICTIM = new RegExp(`${SUBJECT}(?:${TIE})`, 'i');
const NEGATED = /\b(?:not|never|no)\b/i;

/** the sentence says the event's victims belonged to an armed (criminal) group */
export function armedVictimCue(text: string): boolean {
  const m = ARMED_VICTIM.exec(text);
  return !!m && !NEGATED.test(m[0]);
}

/** "the victim had been arrested for ...": an arrest of the victim told as their past, not a new event */
const VICTIM_WORD = /^(?:the\s+|both\s+|all\s+)?(?:victims?|deceased)$/i;
function victimRecord(f: EventAcc, sentence: number): boolean {
  return f.type.sub_event_type === 'Arrests' && [...f.sentences].every((i) => i === sentence) && !!f.target && VICTIM_WORD.test(f.target.text);
}

/** the sides whose dead make an attack a fight: state forces and rebels */
const ARMED_DEAD = new Set<number | undefined>([1, 2]);

/** attacks on "civilians" whose victims the note places in an armed group become armed clashes */
export function retypeArmedVictims(events: EventAcc[], sentences: Sentence[], asserted: Set<number>, brief = false): EventAcc[] {
  const dropped = new Set<EventAcc>();
  for (const e of events) {
    if (e.background || e.type.event_type !== 'Violence against civilians' || e.type.sub_event_type !== 'Attack') continue;
    // killings by state forces stay what they are unless a fight is reported
    if (e.agent && (e.agent.inter === 1 || e.agent.inter === 8)) continue;
    if (e.target && e.target.inter !== 7) continue;
    const last = Math.max(...e.sentences);
    const window = [...e.sentences];
    for (let j = last + 1; j < sentences.length && j <= last + 2; j++) {
      // a later sentence of another event ends the window, unless that event is only the victim's past arrest
      const others = events.filter((f) => f !== e && f.sentences.has(j));
      if (asserted.has(j) && (!others.length || !others.every((f) => victimRecord(f, j)))) break;
      window.push(j);
    }
    // ("armed men shot the mayor dead. His bodyguards, two police agents, were also killed": armed
    // men fell too, so the attack was a fight with them; in a coded note, whose sentences tell one event)
    const armedDead = !brief ? undefined : e.drafts.find((d) => d.trigger.cls === 'kill' && d.target && d.target !== e.target && ARMED_DEAD.has(d.target.inter) && d.target.template !== e.agent?.template);
    const cue = armedDead ? undefined : window.find((i) => armedVictimCue(sentences[i].text));
    if (cue === undefined && !armedDead) continue;
    e.type = { event_type: 'Battles', sub_event_type: 'Armed clash', strength: 1 };
    e.target = armedDead?.target;
    // "two men on a motorbike" who shot a gang member are an armed group, not civilians
    if (e.agent && e.agent.inter === 7) e.agent = undefined;
    if (cue !== undefined) for (const f of events) if (f !== e && victimRecord(f, cue)) dropped.add(f);
  }
  return dropped.size ? events.filter((f) => !dropped.has(f)) : events;
}

/**
 * true when `cue` matches the event's own sentences or one of the two after them that holds no
 * other event: what a note says of the event it has just told
 */
export function saidOfEvent(e: EventAcc, sentences: Sentence[], asserted: Set<number>, cue: RegExp): boolean {
  for (const i of e.sentences) if (cue.test(sentences[i].text)) return true;
  const last = Math.max(...e.sentences);
  for (let j = last + 1; j < sentences.length && j <= last + 2 && !asserted.has(j); j++) if (cue.test(sentences[j].text)) return true;
  return false;
}

/** the note says nobody knows who did it: an unidentified armed group, not a crowd of neighbours */
const UNKNOWN_PERPETRATORS = /\bidentity of the (?:perpetrators?|attackers?|assailants?|killers?)\b|\b(?:perpetrators?|attackers?|assailants?|killers?) (?:is|are|was|were|remains?|remained) (?:unknown|unidentified)\b|\bby unknown (?:people|persons|individuals|men)\b/i;

/** mob violence whose perpetrators the note calls unknown is an attack by an unidentified armed group */
export function retypeUnknownMobs(events: EventAcc[], sentences: Sentence[], asserted: Set<number>): void {
  for (const e of events) {
    if (e.background || e.type.sub_event_type !== 'Mob violence') continue;
    if (!saidOfEvent(e, sentences, asserted, UNKNOWN_PERPETRATORS)) continue;
    e.type = { event_type: 'Violence against civilians', sub_event_type: 'Attack', strength: 1 };
  }
}

/**
 * An abduction whose victim was killed is coded as the killing (ACLED: violence against civilians,
 * attack), also when the note tells the two in different sentences ("He was abducted from his
 * house hours before he was murdered").
 */
export function retypeKilledAbductees(events: EventAcc[], brief: boolean): void {
  // (only in a coded note or a wire brief: a long report may tell of abductions and killings of
  // different people, and an abduction found later alive is a disappearance)
  if (!brief) return;
  for (const e of events) {
    if (e.background || e.type.sub_event_type !== 'Abduction/forced disappearance') continue;
    const killed = e.casualties.some((c) => c.type === 'killed' && c.count > 0) || e.drafts.some((d) => d.trigger.cls === 'kill' && d.type?.event_type === 'Violence against civilians');
    if (killed) e.type = { event_type: 'Violence against civilians', sub_event_type: 'Attack', strength: 1 };
  }
}
