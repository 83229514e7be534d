// What every importer shares: the skeleton of a reference event, date parsing for the date styles
// ACLED/UCDP/GDELT use, and the error a bad row raises (reported with its line; the file goes on).
import type { SitrepEvent, TimePrecision } from '../../core/types.ts';

/** a row that cannot become an event: counted and listed with its line number */
export class RowError extends Error {}

/** a row that is valid but has no sound ACLED equivalent: counted by reason */
export interface Skip {
  skip: string;
}

export type RowResult = SitrepEvent | Skip;

export const isSkip = (r: RowResult): r is Skip => (r as Skip).skip !== undefined;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function ymd(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  if (y < 1900 || y > 2100) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * YYYY-MM-DD from the date styles of the reference data sets: "9-May-20" (ACLED 2020),
 * "28 December 2022" (ACLED since 2021), "2022-12-28" (API/our export, UCDP, with or without a time),
 * "20221228" (GDELT), "12/28/2022" (spreadsheets, US order). null when not a real date.
 */
export function parseRefDate(value: string): string | null {
  const v = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(v);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[-\s]([A-Za-z]{3,9})\.?[-\s,]+(\d{2}|\d{4})$/.exec(v);
  if (m) {
    const mon = MONTHS[m[2].slice(0, m[2].toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];
    let y = +m[3];
    // two-digit years: ACLED data start in 1997
    if (m[3].length === 2) y += y >= 90 ? 1900 : 2000;
    return mon ? ymd(y, mon, +m[1]) : null;
  }
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(v);
  if (m) {
    const mon = MONTHS[m[1].slice(0, 3).toLowerCase()];
    return mon ? ymd(+m[3], mon, +m[2]) : null;
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (m) return ymd(+m[3], +m[1], +m[2]);
  return null;
}

export function midpoint(a: string, b: string): string {
  const t = (Date.parse(a) + Date.parse(b)) / 2;
  return new Date(Math.floor(t / 86400000) * 86400000).toISOString().slice(0, 10);
}

/** a finite number in [lo, hi], null for a missing value; a RowError for garbage */
export function num(value: string, field: string, lo = -Infinity, hi = Infinity): number | null {
  const v = value.trim();
  if (v === '' || v === 'NA') return null;
  const n = Number(v);
  if (!Number.isFinite(n) || n < lo || n > hi) throw new RowError(`${field} "${v.slice(0, 40)}" is not a number in [${lo}, ${hi}]`);
  return n;
}

/** the fields an import cannot know, with neutral values */
export function referenceEvent(origin: string, fields: Partial<SitrepEvent> & Pick<SitrepEvent, 'event_id' | 'event_date' | 'event_type' | 'sub_event_type' | 'disorder_type'>): SitrepEvent {
  const date = fields.event_date;
  return {
    date_range: [date, date],
    time_precision: 1 as TimePrecision,
    actor1: null,
    actor2: null,
    assoc_actor_1: '',
    assoc_actor_2: '',
    inter1: 0,
    inter2: 0,
    interaction: 0,
    affiliation1: null,
    affiliation2: null,
    country: '',
    admin1: '',
    admin2: '',
    location: '',
    latitude: null,
    longitude: null,
    geo_precision: 3,
    fatalities: 0,
    injuries: null,
    weapons: [],
    source: '',
    attribution: [],
    notes: '',
    cameo: '',
    plover: '',
    // reference data are taken as given: the comparison measures sitrep against them
    confidence: 1,
    evidence: [],
    sources_count: 1,
    ...fields,
    origin,
  };
}
