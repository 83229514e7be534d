// Talks to the sitrep API on the same origin. A read token (private servers) is kept in
// sessionStorage only and sent as a bearer header.
import type { ViewState } from './state.ts';
import { apiQuery } from './state.ts';

export interface EventRecord {
  event_id: string;
  event_date: string;
  event_type: string;
  sub_event_type: string;
  actor1: string | null;
  actor2: string | null;
  country: string;
  admin1: string;
  location: string;
  latitude: number | null;
  longitude: number | null;
  fatalities: number;
  injuries: number | null;
  weapons: string[];
  confidence: number;
  notes: string;
  source: string;
  sources_count: number;
  time_precision: number;
  geo_precision: number;
  [k: string]: unknown;
}

export interface EvidenceRecord {
  field: string;
  start: number;
  end: number;
  text: string;
}

export interface EventDetail {
  event: EventRecord;
  documents: { id: string; title?: string; source?: string; url?: string; published?: string; text: string; evidence: EvidenceRecord[] }[];
  merge: { doc_id: string; agreed: string[] }[];
}

export interface AggregateRow {
  key: string;
  event_type?: string;
  count: number;
  fatalities: number;
}

export interface AlertChange {
  scope: string;
  key: string;
  current: { count: number; fatalities: number };
  previous: { count: number; fatalities: number };
  delta: number;
  escalation: boolean;
  flags: string[];
  summary: string;
}

export interface AlertsResponse {
  now: string | null;
  windows: { name: string; current: { from: string; to: string }; previous: { from: string; to: string }; countries: AlertChange[]; actor_pairs: AlertChange[] }[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'sitrep.readToken';

export function setToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(path, { headers, signal });
  if (!res.ok) {
    let message = res.statusText;
    try {
      message = ((await res.json()) as { message?: string }).message ?? message;
    } catch {
      /* not JSON */
    }
    throw new ApiError(res.status, message);
  }
  return (await res.json()) as T;
}

/** follows cursors until `max` events are loaded; reports whether more exist */
export async function loadEvents(s: ViewState, max: number, signal?: AbortSignal): Promise<{ events: EventRecord[]; truncated: boolean }> {
  const events: EventRecord[] = [];
  let cursor: string | null = null;
  do {
    const extra: Record<string, string | number> = { limit: Math.min(500, max - events.length) };
    if (cursor) extra.cursor = cursor;
    const page: { events: EventRecord[]; next_cursor: string | null } = await get(`/api/events?${apiQuery(s, extra)}`, signal);
    events.push(...page.events);
    cursor = page.next_cursor;
  } while (cursor && events.length < max);
  return { events, truncated: cursor !== null };
}

export const loadDaily = (s: ViewState, signal?: AbortSignal) =>
  get<{ rows: AggregateRow[] }>(`/api/aggregates?${apiQuery(s, { by: 'day' })}`, signal).then((r) => r.rows);

export const loadCountries = (signal?: AbortSignal) => get<{ rows: AggregateRow[] }>(`/api/aggregates?by=country`, signal).then((r) => r.rows);

export const loadAlerts = (signal?: AbortSignal) => get<AlertsResponse>(`/api/alerts?limit=8`, signal);

export const loadEvent = (id: string, signal?: AbortSignal) => get<EventDetail>(`/api/events/${encodeURIComponent(id)}`, signal);
