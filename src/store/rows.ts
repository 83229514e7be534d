// Conversion between the EVENT record and its row in `events`: JSON columns, the derived filter
// columns (date_from/date_to/week) and the search text. Pure functions.
import type { Selectable, Insertable } from 'kysely';
import type { SitrepEvent } from '../core/types.ts';
import type { EventsTable } from './schema.ts';

export type EventRow = Selectable<EventsTable>;
export type NewEventRow = Insertable<EventsTable>;

/** the EVENT fields that have their own column (everything else of a record goes to `extra`) */
const COLUMN_FIELDS = new Set([
  'event_id', 'event_date', 'date_range', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'actor2', 'assoc_actor_1', 'assoc_actor_2', 'inter1', 'inter2', 'interaction', 'affiliation1',
  'affiliation2', 'country', 'admin1', 'admin2', 'location', 'latitude', 'longitude', 'geo_precision',
  'fatalities', 'injuries', 'weapons', 'source', 'attribution', 'notes', 'cameo', 'plover', 'confidence',
  'evidence', 'sources_count', 'modality', 'doc_id', 'origin',
]);

const DAY = 86_400_000;

export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY);
}

export function fromDayNumber(n: number): string {
  return new Date(n * DAY).toISOString().slice(0, 10);
}

const weekCache = new Map<string, string>();

/** Monday of the ISO week holding `date` (cached: a data set has a few thousand distinct dates) */
export function weekOf(date: string): string {
  let w = weekCache.get(date);
  if (w !== undefined) return w;
  const n = dayNumber(date);
  if (!Number.isFinite(n)) return date;
  const dow = (((n + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday: Monday = 0
  w = fromDayNumber(n - dow);
  if (weekCache.size > 100_000) weekCache.clear();
  weekCache.set(date, w);
  return w;
}

const json = (v: unknown[] | undefined): string => (Array.isArray(v) ? (v.length === 0 ? '[]' : JSON.stringify(v)) : '[]');

function str(v: unknown, fallback = ''): string {
  return typeof v === 'string' ? v : v == null ? fallback : String(v);
}

function int(v: unknown, fallback = 0): number {
  const n = Number(v);
  return Number.isFinite(n) ? Math.trunc(n) : fallback;
}

function numOrNull(v: unknown): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

export function searchText(e: Partial<SitrepEvent>, extra: string[] = []): string {
  let out = '';
  const add = (p: unknown) => {
    if (typeof p === 'string' && p) out = out ? `${out} ${p}` : p;
  };
  add(e.notes); add(e.actor1); add(e.actor2); add(e.assoc_actor_1); add(e.assoc_actor_2); add(e.location);
  add(e.admin2); add(e.admin1); add(e.country); add(e.sub_event_type); add(e.source);
  if (Array.isArray(e.weapons)) for (const w of e.weapons) add(w);
  if (Array.isArray(e.evidence)) for (const x of e.evidence) add(x?.text);
  for (const x of extra) add(x);
  // keep the index bounded: evidence of very long reports adds little beyond the first few KB
  return out.length > 8000 ? out.slice(0, 8000) : out;
}

export function eventToRow(e: SitrepEvent, origin: string, now: string, opts: { edited?: boolean; searchExtra?: string[]; noDoc?: boolean } = {}): NewEventRow {
  const date = typeof e.event_date === 'string' && e.event_date.length === 10 ? e.event_date : str(e.event_date).slice(0, 10);
  const range = Array.isArray(e.date_range) && e.date_range.length === 2 ? e.date_range : [date, date];
  let extra: Record<string, unknown> | null = null;
  for (const k in e) {
    const v = (e as unknown as Record<string, unknown>)[k];
    if (v !== undefined && !COLUMN_FIELDS.has(k)) (extra ??= {})[k] = v;
  }
  return {
    event_id: str(e.event_id),
    origin,
    doc_id: opts.noDoc ? null : (e.doc_id ?? null),
    event_date: date,
    date_from: range[0] === date ? date : str(range[0], date).slice(0, 10),
    date_to: range[1] === date ? date : str(range[1], date).slice(0, 10),
    week: weekOf(date),
    time_precision: int(e.time_precision, 1),
    disorder_type: str(e.disorder_type),
    event_type: str(e.event_type),
    sub_event_type: str(e.sub_event_type),
    actor1: e.actor1 ?? null,
    actor2: e.actor2 ?? null,
    assoc_actor_1: str(e.assoc_actor_1),
    assoc_actor_2: str(e.assoc_actor_2),
    inter1: int(e.inter1),
    inter2: int(e.inter2),
    interaction: int(e.interaction),
    affiliation1: e.affiliation1 ?? null,
    affiliation2: e.affiliation2 ?? null,
    country: str(e.country),
    admin1: str(e.admin1),
    admin2: str(e.admin2),
    location: str(e.location),
    latitude: numOrNull(e.latitude),
    longitude: numOrNull(e.longitude),
    geo_precision: int(e.geo_precision, 3),
    fatalities: int(e.fatalities),
    injuries: e.injuries == null ? null : int(e.injuries),
    weapons: json(e.weapons),
    source: str(e.source),
    attribution: json(e.attribution),
    notes: str(e.notes),
    cameo: str(e.cameo),
    plover: str(e.plover),
    confidence: Number.isFinite(Number(e.confidence)) ? Number(e.confidence) : 0,
    evidence: json(e.evidence),
    sources_count: int(e.sources_count, 1),
    modality: e.modality ?? null,
    extra: extra ? JSON.stringify(extra) : null,
    search_text: searchText(e, opts.searchExtra),
    edited: opts.edited ? 1 : 0,
    updated_at: now,
  };
}

/** the columns eventToRow fills, in a fixed order (bulk inserts bind them positionally) */
export const EVENT_COLUMNS = Object.keys(eventToRow({ event_id: 'x', event_date: '2000-01-01' } as SitrepEvent, 'x', '')) as (keyof NewEventRow)[];

/** position of each column in EVENT_COLUMNS */
const AT = Object.fromEntries(EVENT_COLUMNS.map((c, i) => [c, i])) as Record<keyof NewEventRow, number>;
const IS_COLUMN_FIELD: Record<string, true> = Object.assign(Object.create(null), Object.fromEntries([...COLUMN_FIELDS].map((k) => [k, true])));

/**
 * The values of eventToRow(e, origin, now, { noDoc: true }) in EVENT_COLUMNS order, written into
 * `out` from index `o` on: the bulk importer's hot path builds no row object and reads no column by a computed name
 * (test/store/rows.test.ts keeps the two equal).
 */
export function eventValues(e: SitrepEvent, origin: string, now: string, out: unknown[], o = 0): void {
  const date = typeof e.event_date === 'string' && e.event_date.length === 10 ? e.event_date : str(e.event_date).slice(0, 10);
  const range = Array.isArray(e.date_range) && e.date_range.length === 2 ? e.date_range : [date, date];
  let extra: Record<string, unknown> | null = null;
  for (const k in e) {
    if (IS_COLUMN_FIELD[k]) continue;
    const v = (e as unknown as Record<string, unknown>)[k];
    if (v !== undefined) (extra ??= {})[k] = v;
  }
  out[o + AT.event_id] = str(e.event_id);
  out[o + AT.origin] = origin;
  out[o + AT.doc_id] = null;
  out[o + AT.event_date] = date;
  out[o + AT.date_from] = range[0] === date ? date : str(range[0], date).slice(0, 10);
  out[o + AT.date_to] = range[1] === date ? date : str(range[1], date).slice(0, 10);
  out[o + AT.week] = weekOf(date);
  out[o + AT.time_precision] = int(e.time_precision, 1);
  out[o + AT.disorder_type] = str(e.disorder_type);
  out[o + AT.event_type] = str(e.event_type);
  out[o + AT.sub_event_type] = str(e.sub_event_type);
  out[o + AT.actor1] = e.actor1 ?? null;
  out[o + AT.actor2] = e.actor2 ?? null;
  out[o + AT.assoc_actor_1] = str(e.assoc_actor_1);
  out[o + AT.assoc_actor_2] = str(e.assoc_actor_2);
  out[o + AT.inter1] = int(e.inter1);
  out[o + AT.inter2] = int(e.inter2);
  out[o + AT.interaction] = int(e.interaction);
  out[o + AT.affiliation1] = e.affiliation1 ?? null;
  out[o + AT.affiliation2] = e.affiliation2 ?? null;
  out[o + AT.country] = str(e.country);
  out[o + AT.admin1] = str(e.admin1);
  out[o + AT.admin2] = str(e.admin2);
  out[o + AT.location] = str(e.location);
  out[o + AT.latitude] = numOrNull(e.latitude);
  out[o + AT.longitude] = numOrNull(e.longitude);
  out[o + AT.geo_precision] = int(e.geo_precision, 3);
  out[o + AT.fatalities] = int(e.fatalities);
  out[o + AT.injuries] = e.injuries == null ? null : int(e.injuries);
  out[o + AT.weapons] = json(e.weapons);
  out[o + AT.source] = str(e.source);
  out[o + AT.attribution] = json(e.attribution);
  out[o + AT.notes] = str(e.notes);
  out[o + AT.cameo] = str(e.cameo);
  out[o + AT.plover] = str(e.plover);
  out[o + AT.confidence] = Number.isFinite(Number(e.confidence)) ? Number(e.confidence) : 0;
  out[o + AT.evidence] = json(e.evidence);
  out[o + AT.sources_count] = int(e.sources_count, 1);
  out[o + AT.modality] = e.modality ?? null;
  out[o + AT.extra] = extra ? JSON.stringify(extra) : null;
  out[o + AT.search_text] = searchText(e);
  out[o + AT.edited] = 0;
  out[o + AT.updated_at] = now;
}

function parseJson<T>(s: string | null, fallback: T): T {
  if (!s) return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
}

export function rowToEvent(r: EventRow): SitrepEvent & { origin: string } {
  const e: SitrepEvent & { origin: string } = {
    ...parseJson<Record<string, unknown>>(r.extra, {}),
    event_id: r.event_id,
    event_date: r.event_date,
    date_range: [r.date_from, r.date_to],
    time_precision: Number(r.time_precision) as SitrepEvent['time_precision'],
    disorder_type: r.disorder_type as SitrepEvent['disorder_type'],
    event_type: r.event_type as SitrepEvent['event_type'],
    sub_event_type: r.sub_event_type as SitrepEvent['sub_event_type'],
    actor1: r.actor1,
    actor2: r.actor2,
    assoc_actor_1: r.assoc_actor_1,
    assoc_actor_2: r.assoc_actor_2,
    inter1: Number(r.inter1) as SitrepEvent['inter1'],
    inter2: Number(r.inter2) as SitrepEvent['inter2'],
    interaction: Number(r.interaction),
    affiliation1: r.affiliation1,
    affiliation2: r.affiliation2,
    country: r.country,
    admin1: r.admin1,
    admin2: r.admin2,
    location: r.location,
    latitude: r.latitude == null ? null : Number(r.latitude),
    longitude: r.longitude == null ? null : Number(r.longitude),
    geo_precision: Number(r.geo_precision) as SitrepEvent['geo_precision'],
    fatalities: Number(r.fatalities),
    injuries: r.injuries == null ? null : Number(r.injuries),
    weapons: parseJson(r.weapons, []),
    source: r.source,
    attribution: parseJson(r.attribution, []),
    notes: r.notes,
    cameo: r.cameo,
    plover: r.plover,
    confidence: Number(r.confidence),
    evidence: parseJson(r.evidence, []),
    sources_count: Number(r.sources_count),
    origin: r.origin,
  };
  if (r.modality) e.modality = r.modality as SitrepEvent['modality'];
  if (r.doc_id) e.doc_id = r.doc_id;
  return e;
}
