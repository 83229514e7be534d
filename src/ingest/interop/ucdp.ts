// UCDP GED CSV (Georeferenced Event Dataset, header row, codebook 23.1 columns) → reference events.
// UCDP codes only the kind of violence: state-based and non-state conflict become ACLED "Battles /
// Armed clash", one-sided violence becomes "Violence against civilians / Attack"; fatalities = best.
import type { GeoPrecision, Inter, SitrepEvent, TimePrecision } from '../../core/types.ts';
import { interactionCode } from '../../core/taxonomy.ts';
import { clean } from './csv.ts';
import { RowError, midpoint, num, parseRefDate, referenceEvent } from './reference.ts';

const REQUIRED = ['id', 'type_of_violence', 'side_a', 'side_b', 'country', 'latitude', 'longitude', 'date_start', 'date_end', 'best'];

export class UcdpHeader {
  readonly index = new Map<string, number>();
  constructor(cells: string[]) {
    cells.forEach((c, i) => this.index.set(c.trim().toLowerCase(), i));
    const lacking = REQUIRED.filter((c) => !this.index.has(c));
    if (lacking.length) throw new RowError(`not a UCDP GED CSV header: no ${lacking.join(', ')} column`);
  }
  get size(): number {
    return this.index.size;
  }
  get(cells: string[], name: string): string {
    const i = this.index.get(name);
    return i === undefined ? '' : clean(cells[i]);
  }
}

/** UCDP date_prec: 1 day, 2 2–6 days, 3 week, 4 month, 5 longer */
const TIME_PRECISION: Record<string, TimePrecision> = { '1': 1, '2': 2, '3': 2, '4': 3, '5': 3 };
/** UCDP where_prec: 1 exact place, 2 within 25 km, 3 second-order admin, 4 first-order admin, 5–7 vaguer */
const GEO_PRECISION: Record<string, GeoPrecision> = { '1': 1, '2': 2, '3': 2, '4': 3, '5': 3, '6': 3, '7': 3 };

function sideInter(name: string, violence: string, side: 'a' | 'b'): Inter {
  if (/^government of /i.test(name)) return 1;
  if (/^civilians?\b/i.test(name)) return 7;
  // state-based: the non-government side is a rebel group; non-state: organized militias
  if (violence === '1') return 2;
  if (violence === '2') return 3;
  return side === 'a' ? 3 : 7;
}

/** "DR Congo (Zaire)" → "DR Congo": UCDP keeps historical names in parentheses */
const modernName = (s: string) => s.replace(/\s*\([^)]*\)\s*$/, '');

export function ucdpRowToEvent(h: UcdpHeader, cells: string[]): SitrepEvent {
  if (cells.length !== h.size) throw new RowError(`has ${cells.length} fields, the header has ${h.size}`);
  const g = (n: string) => h.get(cells, n);
  const id = g('id');
  if (!id) throw new RowError('id is empty');
  const violence = g('type_of_violence');
  if (!['1', '2', '3'].includes(violence)) throw new RowError(`type_of_violence "${violence.slice(0, 10)}" is not 1, 2 or 3`);
  const start = parseRefDate(g('date_start'));
  const end = parseRefDate(g('date_end'));
  if (!start || !end) throw new RowError(`date_start/date_end "${g('date_start').slice(0, 25)}"/"${g('date_end').slice(0, 25)}" are not dates`);
  if (end < start) throw new RowError(`date_end ${end} is before date_start ${start}`);
  const best = num(g('best'), 'best', 0, 1e7) ?? 0;
  const sideA = g('side_a');
  const sideB = g('side_b');
  const inter1 = sideInter(sideA, violence, 'a');
  const inter2 = sideB ? sideInter(sideB, violence, 'b') : 0;
  const oneSided = violence === '3';
  const dateSpan = start === end ? 1 : Math.round((Date.parse(end) - Date.parse(start)) / 86400000) + 1;
  const tp = TIME_PRECISION[g('date_prec')] ?? (dateSpan === 1 ? 1 : dateSpan <= 7 ? 2 : 3);
  const extra: Record<string, string> = { type_of_violence: violence };
  for (const k of ['conflict_name', 'dyad_name', 'where_prec', 'date_prec', 'high', 'low', 'region', 'relid']) {
    if (g(k)) extra[k] = g(k);
  }
  return referenceEvent('ucdp', {
    event_id: `ucdp:${id}`,
    event_date: midpoint(start, end),
    date_range: [start, end],
    time_precision: tp,
    disorder_type: 'Political violence',
    event_type: oneSided ? 'Violence against civilians' : 'Battles',
    sub_event_type: oneSided ? 'Attack' : 'Armed clash',
    actor1: sideA || null,
    actor2: sideB || null,
    inter1,
    inter2,
    interaction: interactionCode(inter1, inter2),
    country: modernName(g('country')),
    admin1: g('adm_1'),
    admin2: g('adm_2'),
    location: g('where_coordinates'),
    latitude: num(g('latitude'), 'latitude', -90, 90),
    longitude: num(g('longitude'), 'longitude', -180, 180),
    geo_precision: GEO_PRECISION[g('where_prec')] ?? 3,
    fatalities: Math.round(best),
    source: g('source_office'),
    extra,
  });
}
