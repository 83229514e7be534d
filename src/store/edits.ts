// Analyst edits: which fields may be patched, type checks, and applying a patch to a record.
import { InputError, type SitrepEvent } from '../core/types.ts';
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../core/taxonomy.ts';
import type { EventType } from '../core/types.ts';

type Kind = 'string' | 'string?' | 'int' | 'int?' | 'number' | 'number?' | 'date' | 'strings' | 'range' | 'attribution';

const FIELDS: Record<string, Kind> = {
  event_date: 'date', date_range: 'range', time_precision: 'int', disorder_type: 'string', event_type: 'string',
  sub_event_type: 'string', actor1: 'string?', actor2: 'string?', assoc_actor_1: 'string', assoc_actor_2: 'string',
  inter1: 'int', inter2: 'int', interaction: 'int', affiliation1: 'string?', affiliation2: 'string?', country: 'string',
  admin1: 'string', admin2: 'string', location: 'string', latitude: 'number?', longitude: 'number?', geo_precision: 'int',
  fatalities: 'int', injuries: 'int?', weapons: 'strings', source: 'string', attribution: 'attribution', notes: 'string',
  cameo: 'string', plover: 'string', confidence: 'number', modality: 'string',
};

export const EDITABLE_FIELDS = Object.keys(FIELDS);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function check(field: string, kind: Kind, v: unknown): boolean {
  const nullable = kind.endsWith('?');
  if (v === null) return nullable;
  switch (kind.replace('?', '')) {
    case 'string':
      return typeof v === 'string' && v.length <= 10_000;
    case 'int':
      return Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1e9;
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'date':
      return typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v));
    case 'range':
      return Array.isArray(v) && v.length === 2 && v.every((d) => typeof d === 'string' && DATE.test(d)) && v[0] <= v[1];
    case 'strings':
      return Array.isArray(v) && v.every((x) => typeof x === 'string');
    case 'attribution':
      return Array.isArray(v) && v.every((a) => a && typeof a === 'object' && ['claim_by', 'via'].every((k) => a[k] === null || typeof a[k] === 'string'));
  }
  return false;
}

/** throws InputError naming the first bad field; returns the patch with only known fields */
export function validatePatch(patch: unknown): Partial<SitrepEvent> {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) throw new InputError('an edit must be a JSON object of event fields');
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) {
    const kind = FIELDS[k];
    if (!kind) throw new InputError(`field "${k}" cannot be edited`);
    if (!check(k, kind, v)) throw new InputError(`invalid value for "${k}"`);
    out[k] = v;
  }
  if (Object.keys(out).length === 0) throw new InputError('an edit must change at least one field');
  if (typeof out.event_type === 'string' && !(EVENT_TYPES as string[]).includes(out.event_type)) throw new InputError(`unknown event_type "${out.event_type}"`);
  if (typeof out.sub_event_type === 'string' && !Object.values(SUB_EVENT_TYPES).some((l) => (l as readonly string[]).includes(out.sub_event_type as string))) {
    throw new InputError(`unknown sub_event_type "${out.sub_event_type}"`);
  }
  if (typeof out.latitude === 'number' && Math.abs(out.latitude) > 90) throw new InputError('latitude out of range');
  if (typeof out.longitude === 'number' && Math.abs(out.longitude) > 180) throw new InputError('longitude out of range');
  if (typeof out.confidence === 'number' && (out.confidence < 0 || out.confidence > 1)) throw new InputError('confidence must be 0..1');
  return out as Partial<SitrepEvent>;
}

export function applyPatch(e: SitrepEvent, patch: Partial<SitrepEvent>): SitrepEvent {
  const out = { ...e, ...patch } as SitrepEvent;
  // a new date without a new range keeps the record consistent
  if (patch.event_date && !patch.date_range) out.date_range = [patch.event_date, patch.event_date];
  return out;
}

export type { EventType };
