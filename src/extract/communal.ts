// Community parties: people named by trade, residence, kin or people ("farmers", "villagers of X",
// "two families", "the Fulani"), as opposed to organised armed actors. ACLED codes such a party as a
// communal militia (inter 4) when it organises violence or destroys property, never as civilians
// (inter 7), who are only ever the victims of political violence. Vocabulary in
// data/lexicons/communal.json.
import type { Sentence } from '../core/types.ts';
import type { ActorHit } from './actors.ts';
import type { EventAcc } from './coref.ts';
import { casualtyTotal } from './casualties.ts';
import { asCommunal } from './objects.ts';
import { saidOfEvent } from './victim-status.ts';
import { COMMUNITY_MEMBERS } from './communal-words.ts';

const MEMBERS = COMMUNITY_MEMBERS;
/** words that make a party an armed group whatever its community ("armed herders", "clan militia") */
const COMMUNITY = /^communit(?:y|ies)$/;
const NOT_LETTER = /[^\p{L}\s-]/gu;
const ARMED_WORDS = /\b(?:armed|militias?|militiam[ae]n|gunm[ae]n|fighters|vigilantes?|hunters|dozos?|tribesm[ae]n|clans?(?:m[ae]n)?|bandits?)\b/i;

/** the party is a community's members, not an organised armed group */
export function communityParty(x: ActorHit | undefined): boolean {
  if (!x || x.actorKind !== 'generic' || ARMED_WORDS.test(x.text)) return false;
  if (x.id === 'ethnic' || x.community) return true;
  const words = x.text.toLowerCase().replace(NOT_LETTER, ' ').trim().split(/\s+/);
  const n = words.length;
  // a bare "community" is as often a place ("in the Nova community") as its people: only a named
  // one ("the Fulani community") counts
  if (n === 1 && COMMUNITY.test(words[0])) return false;
  return MEMBERS.has(words[n - 1]) || (n >= 2 && MEMBERS.has(`${words[n - 2]} ${words[n - 1]}`));
}

/** weapon modes that make a fight an armed one (blades, sticks, stones and fire do not) */
const FIREARM_MODES = new Set(['small', 'shell', 'ied', 'grenade', 'air', 'suicide', 'chemical']);
const EACH_OTHER = /\b(?:each other|one another|among themselves|between themselves)\b/i;
const ARMED_FIGHT = /\b(?:armed|gun|guns|gunfire|gunshots?|shots|shooting|fired|firearms?|rifles?|exchanged fire)\b/i;

/**
 * A fight whose sides are both a community's members ("farmers and herders clashed", "two
 * villages fought each other"): ACLED codes a spontaneous brawl without guns or deaths as mob
 * violence between rioters (inter 5), and a lethal or armed one as a battle between communal
 * militias (inter 4). Fights of named militias, tribesmen or anyone armed are left as they are.
 */
export function retypeCommunalClashes(events: EventAcc[], sentences: Sentence[], asserted: Set<number>): void {
  for (const e of events) {
    if (e.background) continue;
    const sub = e.type.sub_event_type;
    if (sub !== 'Armed clash' && sub !== 'Mob violence') continue;
    const fight = e.drafts.find((d) => d.trigger.cls === 'clash' && d.type && (d.type.sub_event_type === 'Armed clash' || d.type.sub_event_type === 'Mob violence'));
    if (!fight) continue;
    // (people named only as the wounded or the dead are no side: "Three men were hurt in the brawl")
    const target = e.target && !e.drafts.some((d) => d.victims.includes(e.target!)) ? e.target : undefined;
    const parties = [e.agent, target].filter((x): x is ActorHit => !!x);
    if (!parties.length || !parties.every(communityParty)) continue;
    const text = sentences[fight.sentence].text;
    if (parties.length < 2 && !EACH_OTHER.test(text)) continue;
    // ("Some were hurt by gunshots and machetes": guns named in the note's next sentence count)
    const armed = e.weapons.some((w) => FIREARM_MODES.has(w.mode)) || saidOfEvent(e, sentences, asserted, ARMED_FIGHT);
    const lethal = (casualtyTotal(e.casualties, 'killed') ?? 0) > 0;
    if (armed || lethal) {
      e.type = { event_type: 'Battles', sub_event_type: 'Armed clash', strength: 2 };
      e.agent = e.agent && asCommunal(e.agent);
      e.target = e.target && asCommunal(e.target);
    } else {
      e.type = { event_type: 'Riots', sub_event_type: 'Mob violence', strength: 2 };
      e.agent = e.agent && asRioters(e.agent);
      e.target = e.target && asRioters(e.target);
    }
  }
}
const asRioters = (x: ActorHit): ActorHit => (x.inter === 5 ? x : { ...x, inter: 5, template: 'Rioters ({country})' });
