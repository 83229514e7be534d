// The taxonomies of ../shared/spec/EVENT.md as data: ACLED event types, sub-event types,
// disorder types and actor categories. Validators use these; nothing else hard-codes them.
import type { DisorderType, EventType, Inter, SubEventType } from './types.ts';

export const SUB_EVENT_TYPES: Record<EventType, readonly SubEventType[]> = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
};

export const EVENT_TYPES = Object.keys(SUB_EVENT_TYPES) as EventType[];

export function disorderTypeOf(t: EventType): DisorderType {
  if (t === 'Protests' || t === 'Riots') return 'Demonstrations';
  if (t === 'Strategic developments') return 'Strategic developments';
  return 'Political violence';
}

export function eventTypeOfSub(sub: SubEventType): EventType {
  for (const t of EVENT_TYPES) if (SUB_EVENT_TYPES[t].includes(sub)) return t;
  throw new Error(`unknown sub_event_type ${sub}`);
}

export const INTER_LABELS: Record<Inter, string> = {
  0: 'No actor',
  1: 'State forces',
  2: 'Rebel groups',
  3: 'Political militias',
  4: 'Identity militias',
  5: 'Rioters',
  6: 'Protesters',
  7: 'Civilians',
  8: 'External/other forces',
};

/** ACLED interaction code: the two inter codes, smaller first; a lone actor is 10×inter1. */
export function interactionCode(inter1: Inter, inter2: Inter): number {
  if (!inter2) return inter1 * 10;
  const [a, b] = inter1 <= inter2 ? [inter1, inter2] : [inter2, inter1];
  return a * 10 + b;
}

export function isEventType(s: unknown): s is EventType {
  return typeof s === 'string' && (EVENT_TYPES as string[]).includes(s);
}
