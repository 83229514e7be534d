// An explosive or artillery attack that the other side answered with its guns is a fight
// (ACLED: Battles, armed clash, when the attacked armed side fires back): a grenade lobbed at a
// guard post that the guards answer with their rifles, a roadside bomb followed by shooting. The separate
// event the answer made of its own sentence folds into the attack.
import type { Sentence } from '../core/types.ts';
import type { EventAcc } from './coref.ts';

/** the attacked side fired back, or the blast was followed by fire */
const RETURN_FIRE = new RegExp([
  String.raw`\b(?:respond|react|retaliat)(?:ed|e|s|es|ing)?\s+(?:with|by)\s+(?:heavy\s+|live\s+|small[- ]arms\s+)?(?:gun)?(?:fire|firing)\b(?!\s+(?:of\s+)?(?:tear|teargas|rubber|warning|in(?:to)?\s+the\s+air))`,
  String.raw`\breturned\s+(?:the\s+)?(?:gun)?fire\b`,
  String.raw`\bopened\s+(?:gun)?fire\s+(?:after|following|in\s+response)\b`,
  String.raw`\bfollowed\s+by\s+(?:heavy\s+)?(?:gunshots|gunfire|an?\s+exchange\s+of\s+(?:heavy\s+)?(?:gun)?fire|an?\s+(?:gun\s*fight|shoot-?out|gun\s*battle|armed\s+clash))`,
  // fire counted "in both directions" of a front line went both ways
  String.raw`\bin\s+both\s+directions\b`,
  // an army unit answering the other side's mortar rounds: the fire went both ways
  String.raw`\b(?:respond|retaliat)(?:ed|ing)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:shelling|bombardment|mortar\s+fire|artillery\s+fire)\b`,
].join('|'), 'i');

/** remote attacks that ground fire in reply turns into a fight (not air strikes or suicide bombs) */
const ANSWERABLE = new Set(['Grenade', 'Remote explosive/landmine/IED', 'Shelling/artillery/missile attack']);

export function returnFire(text: string): boolean {
  return RETURN_FIRE.test(text);
}

/** explosive attacks answered with fire become armed clashes; the answer's own event joins them */
export function foldReturnFire(events: EventAcc[], sentences: Sentence[]): EventAcc[] {
  const dropped = new Set<EventAcc>();
  for (const e of events) {
    if (dropped.has(e) || e.background) continue;
    if (e.type.event_type !== 'Explosions/Remote violence' || !ANSWERABLE.has(e.type.sub_event_type)) continue;
    const last = Math.max(...e.sentences);
    const window = [...e.sentences, last + 1].filter((i) => i < sentences.length);
    const answer = window.find((i) => returnFire(sentences[i].text));
    if (answer === undefined) continue;
    e.type = { event_type: 'Battles', sub_event_type: 'Armed clash', strength: 2 };
    e.answered = true;
    // the answer's own event (a fight in the next sentence, no date of its own) is this one
    for (const f of events) {
      if (f === e || dropped.has(f) || f.type.event_type !== 'Battles' || !f.sentences.has(answer) || [...f.sentences].some((i) => !window.includes(i))) continue;
      if (f.drafts.some((d) => d.ownDate && e.date && d.date && d.date.date !== e.date.date)) continue;
      // (one act split over several places, "... on the A and B fronts", is an event per place)
      if (f.drafts.some((d) => d.part !== undefined && e.drafts.some((x) => x.trigger.start === d.trigger.start))) continue;
      dropped.add(f);
      for (const c of f.casualties) if (!e.casualties.some((x) => x.start === c.start)) e.casualties.push(c);
      if (!e.target && f.agent && f.agent !== e.agent) e.target = f.agent;
      for (const s of f.sentences) e.sentences.add(s);
      e.drafts.push(...f.drafts);
    }
  }
  return events.filter((e) => !dropped.has(e));
}

/** the attacked side or its defenders fought back: "militiamen routed the assailants", "villagers
 * responded and wounded one poacher", "police responded with gunshots" */
const FOUGHT_BACK = new RegExp([
  RETURN_FIRE.source,
  String.raw`\b(?:routed|repelled|repulsed)\s+(?:the\s+)?(?:assailants|attackers|attack|raiders|gunmen|intruders|them)\b`,
  String.raw`\b(?:fought|fired|shot)\s+back\b`,
  String.raw`\b(?:responded|retaliated|reacted)\s+(?:with\s+(?:gunshots|shots|live\s+(?:bullets|ammunition|rounds))|and\s+(?:killed|wounded|injured|shot|captured))\b`,
].join('|'), 'i');

/**
 * An attack that an armed side or the attacked people answered by fighting back is a fight (ACLED:
 * Battles, armed clash, once the other side resists): "suspected militiamen attacked the village
 * and seized cattle. Dozo hunters routed the assailants". The answer's own event folds into it, and
 * whoever answered is the second side. Attacks by state forces (whose victims fleeing or resisting
 * arrest are no armed side) and killings with nobody answering stay attacks.
 */
export function foldFoughtBack(events: EventAcc[], sentences: Sentence[]): EventAcc[] {
  const dropped = new Set<EventAcc>();
  for (const e of events) {
    if (dropped.has(e) || e.background || e.type.event_type !== 'Violence against civilians' || e.type.sub_event_type !== 'Attack') continue;
    if (e.agent && (e.agent.inter === 1 || e.agent.inter === 8)) continue;
    const first = Math.min(...e.sentences);
    const window = [...e.sentences, Math.max(...e.sentences) + 1].filter((i) => i < sentences.length);
    // (in the attack's first sentence the answer must come after its trigger: "responded to an
    // attack ... by attacking a camp" tells a reprisal, not resistance)
    const start = Math.min(...e.drafts.filter((d) => d.sentence === first).map((d) => d.trigger.end));
    const answer = window.find((i) => FOUGHT_BACK.test(i === first ? sentences[i].text.slice(start - sentences[i].start) : sentences[i].text));
    if (answer === undefined) continue;
    e.type = { event_type: 'Battles', sub_event_type: 'Armed clash', strength: 2 };
    e.answered = true;
    const responder = [...events.flatMap((f) => f.drafts), ...e.drafts].find((d) => d.sentence === answer && d.agent && d.agent !== e.agent && !(e.agent && d.agent.id === e.agent.id && d.agent.template === e.agent.template))?.agent;
    if (responder) e.target = responder;
    for (const f of events) {
      if (f === e || dropped.has(f) || f.background || ![...f.sentences].every((i) => i === answer)) continue;
      if (f.type.event_type === 'Strategic developments' || f.type.event_type === 'Protests') continue;
      dropped.add(f);
      for (const c of f.casualties) if (!e.casualties.some((x) => x.start === c.start)) e.casualties.push(c);
      for (const s of f.sentences) e.sentences.add(s);
      e.drafts.push(...f.drafts);
    }
  }
  return events.filter((e) => !dropped.has(e));
}
