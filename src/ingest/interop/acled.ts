// ACLED CSV → reference events. Reads both schemas: the 2020 export (31 columns, numeric inter codes,
// event_date like 9-May-20, no disorder_type) and the current one (disorder_type, civilian_targeting,
// tags, "NA" for missing, event_date like "28 December 2022", inter given as a number or as a label).
import type { DisorderType, EventType, Inter, SitrepEvent, SubEventType, TimePrecision, GeoPrecision } from '../../core/types.ts';
import { SUB_EVENT_TYPES, disorderTypeOf, interactionCode, isEventType } from '../../core/taxonomy.ts';
import { clean } from './csv.ts';
import { RowError, num, parseRefDate, referenceEvent } from './reference.ts';

const REQUIRED = ['event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'country'];

/** columns that sitrep has no field for: kept in `extra` so an export writes them back */
const KEPT_EXTRA = [
  'admin3', 'region', 'source_scale', 'tags', 'timestamp', 'civilian_targeting', 'iso', 'iso3', 'data_id', 'event_id_no_cnty',
];

const DISORDER = new Set<string>(['Political violence', 'Demonstrations', 'Strategic developments']);

/** ACLED's inter labels in the newest exports, by their first word */
const INTER_LABELS: [RegExp, Inter][] = [
  [/^state forces/i, 1],
  [/^rebel/i, 2],
  [/^political milit/i, 3],
  [/^identity milit/i, 4],
  [/^rioters?/i, 5],
  [/^protesters?/i, 6],
  [/^civilians?/i, 7],
  [/^external|^other/i, 8],
];

export function parseInter(value: string, field: string): Inter {
  const v = clean(value);
  if (v === '') return 0;
  if (/^\d$/.test(v)) {
    const n = Number(v);
    if (n <= 8) return n as Inter;
  }
  for (const [re, code] of INTER_LABELS) if (re.test(v)) return code;
  throw new RowError(`${field} "${v.slice(0, 40)}" is neither an ACLED code 0-8 nor a category label`);
}

export class AcledHeader {
  readonly index = new Map<string, number>();
  constructor(cells: string[]) {
    cells.forEach((c, i) => this.index.set(c.trim().toLowerCase(), i));
    const lacking = REQUIRED.filter((c) => !this.index.has(c));
    if (lacking.length) throw new RowError(`not an ACLED CSV header: no ${lacking.join(', ')} column`);
  }
  get size(): number {
    return this.index.size;
  }
  get(cells: string[], name: string): string {
    const i = this.index.get(name);
    return i === undefined ? '' : clean(cells[i]);
  }
}

/** one ACLED row → event; throws RowError naming what is wrong */
export function acledRowToEvent(h: AcledHeader, cells: string[]): SitrepEvent {
  if (cells.length !== h.size) throw new RowError(`has ${cells.length} fields, the header has ${h.size}`);
  const g = (n: string) => h.get(cells, n);
  // a few 2020 rows lack event_id_cnty; their data_id is still unique
  const cnty = g('event_id_cnty');
  const id = cnty || (g('data_id') ? `data_id-${g('data_id')}` : '');
  if (!id) throw new RowError('event_id_cnty is empty (and there is no data_id)');
  const rawDate = g('event_date');
  const date = parseRefDate(rawDate);
  if (!date) throw new RowError(`event_date "${rawDate.slice(0, 40)}" is not a date`);
  const type = g('event_type');
  if (!isEventType(type)) throw new RowError(`event_type "${type.slice(0, 40)}" is not an ACLED event type`);
  const sub = g('sub_event_type');
  if (!SUB_EVENT_TYPES[type as EventType].includes(sub as SubEventType)) {
    throw new RowError(`sub_event_type "${sub.slice(0, 40)}" does not belong to ${type}`);
  }
  const inter1 = parseInter(g('inter1'), 'inter1');
  const inter2 = parseInter(g('inter2'), 'inter2');
  const extra: Record<string, string> = {};
  for (const c of KEPT_EXTRA) if (h.index.has(c) && g(c) !== '') extra[c] = g(c);
  if (!cnty) extra.event_id_cnty = '';
  const rawInteraction = g('interaction');
  let interaction = interactionCode(inter1, inter2);
  if (/^\d{1,2}$/.test(rawInteraction)) interaction = Number(rawInteraction);
  else if (rawInteraction) extra.interaction = rawInteraction;
  const rawDisorder = g('disorder_type');
  let disorder: DisorderType = disorderTypeOf(type as EventType);
  if (DISORDER.has(rawDisorder)) disorder = rawDisorder as DisorderType;
  // e.g. "Political violence; Demonstrations": valid in ACLED, not one of sitrep's three
  else if (rawDisorder) extra.disorder_type = rawDisorder;
  const tp = num(g('time_precision'), 'time_precision', 1, 3) ?? 1;
  const gp = num(g('geo_precision'), 'geo_precision', 1, 3) ?? 3;
  const fatalities = num(g('fatalities'), 'fatalities', 0, 1e7) ?? 0;
  if (!Number.isInteger(fatalities)) throw new RowError(`fatalities "${g('fatalities')}" is not a whole number`);
  return referenceEvent('acled', {
    event_id: `acled:${id}`,
    event_date: date,
    time_precision: tp as TimePrecision,
    disorder_type: disorder,
    event_type: type as EventType,
    sub_event_type: sub as SubEventType,
    actor1: g('actor1') || null,
    actor2: g('actor2') || null,
    assoc_actor_1: g('assoc_actor_1'),
    assoc_actor_2: g('assoc_actor_2'),
    inter1,
    inter2,
    interaction,
    country: g('country'),
    admin1: g('admin1'),
    admin2: g('admin2'),
    location: g('location'),
    latitude: num(g('latitude'), 'latitude', -90, 90),
    longitude: num(g('longitude'), 'longitude', -180, 180),
    geo_precision: gp as GeoPrecision,
    fatalities,
    source: g('source'),
    notes: g('notes'),
    extra,
  });
}
