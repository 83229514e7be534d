// Pure writers from sitrep events to the formats analysts load elsewhere: ACLED CSV rows
// (the column names and order of ACLED's current export), GeoJSON (RFC 7946) and JSONL.
// `sitrep extract --format csv|geojson` and `sitrep export` both use these, so the two agree.
import { stringify } from 'csv-stringify/sync';
import type { SitrepEvent } from '../../core/types.ts';
import { countryIsoNumeric, regionOf } from './countries.ts';

/**
 * The column order of ACLED's current data export (the schema with disorder_type, 31 columns).
 * The 2020 export had data_id, iso, event_id_no_cnty, region before country and iso3 at the end,
 * and no disorder_type/civilian_targeting/tags; importers read both, the writer emits this one.
 */
export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];

/** sitrep's own columns, appended only when asked for (`extended`) */
export const EXTENSION_COLUMNS = [
  'date_start', 'date_end', 'affiliation1', 'affiliation2', 'injuries', 'weapons', 'cameo', 'plover',
  'confidence', 'sources_count', 'doc_id', 'origin',
] as const;

export interface CsvOptions {
  /** append sitrep's extension columns after the ACLED ones */
  extended?: boolean;
}

/** the reference id without the `acled:`/`ucdp:`/`gdelt:` prefix an import gives it */
export function externalId(e: SitrepEvent): string {
  const m = /^(acled|ucdp|gdelt):(.*)$/.exec(e.event_id);
  return m ? m[2] : e.event_id;
}

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** ACLED marks political violence aimed at civilians; sitrep infers it from the actor categories */
function civilianTargeting(e: SitrepEvent): string {
  if (e.disorder_type !== 'Political violence') return '';
  return e.inter2 === 7 || (e.inter1 === 7 && e.event_type === 'Violence against civilians') ? 'Civilian targeting' : '';
}

/** one event → one ACLED row in ACLED_COLUMNS order (values kept from an import win) */
export function eventToAcledRow(e: SitrepEvent): Record<AcledColumn, string> {
  const x = e.extra ?? {};
  const row: Record<AcledColumn, string> = {
    event_id_cnty: x.event_id_cnty ?? externalId(e),
    event_date: e.event_date,
    year: e.event_date ? e.event_date.slice(0, 4) : '',
    time_precision: str(e.time_precision),
    disorder_type: x.disorder_type ?? e.disorder_type,
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    actor1: str(e.actor1),
    assoc_actor_1: str(e.assoc_actor_1),
    inter1: str(e.inter1),
    actor2: str(e.actor2),
    assoc_actor_2: str(e.assoc_actor_2),
    inter2: str(e.inter2),
    interaction: str(e.interaction),
    civilian_targeting: x.civilian_targeting ?? civilianTargeting(e),
    iso: x.iso ?? countryIsoNumeric(e.country),
    region: x.region ?? regionOf(e.country),
    country: str(e.country),
    admin1: str(e.admin1),
    admin2: str(e.admin2),
    admin3: x.admin3 ?? '',
    location: str(e.location),
    latitude: str(e.latitude),
    longitude: str(e.longitude),
    geo_precision: str(e.geo_precision),
    source: str(e.source),
    source_scale: x.source_scale ?? '',
    notes: str(e.notes),
    fatalities: str(e.fatalities),
    tags: x.tags ?? '',
    timestamp: x.timestamp ?? '',
  };
  return row;
}

function extensionRow(e: SitrepEvent): string[] {
  return [
    str(e.date_range?.[0]), str(e.date_range?.[1]), str(e.affiliation1), str(e.affiliation2), str(e.injuries),
    (e.weapons ?? []).join('; '), str(e.cameo), str(e.plover), str(e.confidence), str(e.sources_count),
    str(e.doc_id), str(e.origin),
  ];
}

export function csvHeader(opts: CsvOptions = {}): string[] {
  return opts.extended ? [...ACLED_COLUMNS, ...EXTENSION_COLUMNS] : [...ACLED_COLUMNS];
}

/** events → CSV rows (arrays of cells, no header), in csvHeader() order */
export function eventsToCsvRows(events: SitrepEvent[], opts: CsvOptions = {}): string[][] {
  return events.map((e) => {
    const r = eventToAcledRow(e);
    const cells = ACLED_COLUMNS.map((c) => r[c]);
    return opts.extended ? [...cells, ...extensionRow(e)] : cells;
  });
}

/** rows → CSV text (RFC 4180 quoting); `header` adds the header line first */
export function csvText(rows: string[][], header?: string[]): string {
  const all = header ? [header, ...rows] : rows;
  return all.length ? stringify(all, { eof: true }) : '';
}

/** the whole CSV file for `events`, header included */
export function toCsv(events: SitrepEvent[], opts: CsvOptions = {}): string {
  return csvText(eventsToCsvRows(events, opts), csvHeader(opts));
}

export interface GeoJSONFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, unknown>;
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** RFC 7946: coordinates are [longitude, latitude]; an event with no place has a null geometry */
export function eventToGeoJSONFeature(e: SitrepEvent): GeoJSONFeature {
  const { latitude, longitude, extra: _extra, ...props } = e;
  const ok = typeof latitude === 'number' && typeof longitude === 'number' && Number.isFinite(latitude) && Number.isFinite(longitude);
  return {
    type: 'Feature',
    id: e.event_id,
    geometry: ok ? { type: 'Point', coordinates: [round6(longitude), round6(latitude)] } : null,
    properties: { ...props, latitude, longitude },
  };
}

export function toGeoJSON(events: SitrepEvent[]): { type: 'FeatureCollection'; features: GeoJSONFeature[] } {
  return { type: 'FeatureCollection', features: events.map(eventToGeoJSONFeature) };
}

/** one event per line */
export function toJsonl(events: SitrepEvent[]): string {
  return events.map((e) => JSON.stringify(e) + '\n').join('');
}
