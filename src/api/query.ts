// Turns validated query strings into the store's EventQuery, with the checks JSON Schema cannot
// express (real calendar dates, from <= to, bbox ordering). Failures are HttpErrors (400).
import type { EventQuery } from '../core/interfaces.ts';
import { HttpError } from './errors.ts';

export interface FilterParams {
  from?: string;
  to?: string;
  bbox?: string;
  country?: string;
  admin1?: string;
  event_type?: string;
  sub_event_type?: string;
  actor?: string;
  min_confidence?: number;
  q?: string;
  origin?: string;
}

/** true for a real calendar date written YYYY-MM-DD */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function parseBbox(value: string): [number, number, number, number] {
  const parts = value.split(',').map(Number);
  const [w, s, e, n] = parts;
  if (parts.length !== 4 || parts.some((x) => !Number.isFinite(x))) throw new HttpError(400, 'bbox must be west,south,east,north');
  if (w < -180 || e > 180 || s < -90 || n > 90) throw new HttpError(400, 'bbox is outside -180..180 / -90..90');
  if (s > n) throw new HttpError(400, 'bbox south must not exceed north');
  if (w > e) throw new HttpError(400, 'bbox west must not exceed east (split boxes that cross the antimeridian)');
  return [w, s, e, n];
}

/** validated filters → EventQuery (paging fields are added by the caller) */
export function toEventQuery(p: FilterParams): EventQuery {
  for (const k of ['from', 'to'] as const) {
    const v = p[k];
    if (v !== undefined && !isRealDate(v)) throw new HttpError(400, `${k} "${v}" is not a real date (YYYY-MM-DD)`);
  }
  if (p.from && p.to && p.from > p.to) throw new HttpError(400, `from (${p.from}) is after to (${p.to})`);
  const q: EventQuery = {};
  if (p.from) q.from = p.from;
  if (p.to) q.to = p.to;
  if (p.bbox) q.bbox = parseBbox(p.bbox);
  if (p.country) q.country = p.country;
  if (p.admin1) q.admin1 = p.admin1;
  if (p.event_type) q.event_type = p.event_type;
  if (p.sub_event_type) q.sub_event_type = p.sub_event_type;
  if (p.actor) q.actor = p.actor;
  if (p.min_confidence !== undefined) q.min_confidence = p.min_confidence;
  if (p.q) q.q = p.q;
  if (p.origin) q.origin = p.origin;
  return q;
}
