// The dashboard's view state and its round trip through the URL hash, so a view can be shared.
// Pure functions: no DOM here.

export interface ViewState {
  from?: string;
  to?: string;
  country?: string;
  event_type?: string;
  actor?: string;
  min_confidence?: number;
  q?: string;
  /** timeline selection, applied in the browser: [first day, last day] */
  brush?: [string, string];
  /** the event open in the detail view */
  event?: string;
}

export const SERVER_FILTERS = ['from', 'to', 'country', 'event_type', 'actor', 'min_confidence', 'q'] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const s: ViewState = {};
  const str = (k: string, max = 200) => {
    const v = p.get(k);
    return v && v.length <= max ? v : undefined;
  };
  const day = (k: string) => {
    const v = p.get(k);
    return v && DAY.test(v) ? v : undefined;
  };
  s.from = day('from');
  s.to = day('to');
  s.country = str('country');
  s.event_type = str('event_type');
  s.actor = str('actor');
  s.q = str('q');
  s.event = str('event');
  const mc = Number(p.get('min_confidence'));
  if (p.has('min_confidence') && Number.isFinite(mc) && mc > 0 && mc <= 1) s.min_confidence = mc;
  const b = (p.get('brush') ?? '').split('..');
  if (b.length === 2 && DAY.test(b[0]) && DAY.test(b[1]) && b[0] <= b[1]) s.brush = [b[0], b[1]];
  for (const k of Object.keys(s) as (keyof ViewState)[]) if (s[k] === undefined) delete s[k];
  return s;
}

export function formatState(s: ViewState): string {
  const p = new URLSearchParams();
  for (const k of SERVER_FILTERS) {
    const v = s[k];
    if (v !== undefined && v !== '') p.set(k, String(v));
  }
  if (s.brush) p.set('brush', `${s.brush[0]}..${s.brush[1]}`);
  if (s.event) p.set('event', s.event);
  const out = p.toString();
  return out ? `#${out}` : '';
}

/** query string for the API from the server-side part of the state */
export function apiQuery(s: ViewState, extra: Record<string, string | number> = {}): string {
  const p = new URLSearchParams();
  for (const k of SERVER_FILTERS) {
    const v = s[k];
    if (v !== undefined && v !== '') p.set(k, String(v));
  }
  for (const [k, v] of Object.entries(extra)) p.set(k, String(v));
  return p.toString();
}

/** true when two states would fetch the same data from the server */
export function sameServerFilters(a: ViewState, b: ViewState): boolean {
  return SERVER_FILTERS.every((k) => a[k] === b[k]);
}
