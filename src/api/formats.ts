// Event pages as GeoJSON and ACLED-style CSV. Prefers the interop module's writer when it exists
// (one CSV layout for `sitrep export` and the API); falls back to the same ACLED columns here.
import { stringify } from 'csv-stringify/sync';
import type { SitrepEvent } from '../core/types.ts';

export function toGeoJson(events: SitrepEvent[]) {
  return {
    type: 'FeatureCollection',
    features: events.map((e) => {
      const { latitude, longitude, ...props } = e;
      const geometry = latitude !== null && longitude !== null ? { type: 'Point', coordinates: [longitude, latitude] } : null;
      return { type: 'Feature', id: e.event_id, geometry, properties: props };
    }),
  };
}

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction',
  'country', 'admin1', 'admin2', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'notes', 'fatalities', 'injuries', 'weapons', 'confidence', 'sources_count',
] as const;

/** a cell never starts with = + - @ so spreadsheets do not run it as a formula */
function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = Array.isArray(v) ? v.join('; ') : String(v);
  return /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
}

export function ownCsv(events: SitrepEvent[]): string {
  const rows = events.map((e) =>
    ACLED_COLUMNS.map((c) => {
      if (c === 'event_id_cnty') return cell(e.event_id);
      if (c === 'year') return e.event_date.slice(0, 4);
      return cell((e as unknown as Record<string, unknown>)[c]);
    }),
  );
  return stringify([ACLED_COLUMNS as unknown as string[], ...rows]);
}

type CsvWriter = (events: SitrepEvent[]) => string;
let interop: CsvWriter | null | undefined;

/** the interop module's toCsv when present, else ownCsv */
export async function toCsv(events: SitrepEvent[]): Promise<string> {
  if (interop === undefined) {
    try {
      const path = '../ingest/interop/formats.ts';
      const mod = (await import(path)) as { toCsv?: unknown };
      interop = typeof mod.toCsv === 'function' ? (mod.toCsv as CsvWriter) : null;
    } catch {
      interop = null;
    }
  }
  if (interop) {
    const out = interop(events) as unknown;
    if (typeof out === 'string') return out;
  }
  return ownCsv(events);
}
