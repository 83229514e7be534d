// The timeline brush in the browser: event dates become numbers once per data set, so a brush
// over 100 k loaded events is one pass of integer compares, not 200 k string compares.

/** 'YYYY-MM-DD' → YYYYMMDD; a malformed date → -1, which no brush contains */
export function dayKey(d: string | null | undefined): number {
  if (typeof d !== 'string' || d.length < 10 || d[4] !== '-' || d[7] !== '-') return -1;
  const k = Number(d.slice(0, 4)) * 10000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));
  return Number.isInteger(k) && k >= 0 ? k : -1;
}

/** the day key of each event, in the events' order */
export function dayKeysOf(events: ArrayLike<{ event_date: string | null | undefined }>): Int32Array {
  const keys = new Int32Array(events.length);
  for (let i = 0; i < events.length; i++) keys[i] = dayKey(events[i].event_date);
  return keys;
}

/** indexes of the events whose day lies in [from, to] (both inclusive, 'YYYY-MM-DD') */
export function indexesInRange(keys: Int32Array, from: string, to: string): Int32Array {
  const lo = dayKey(from);
  const hi = dayKey(to);
  const out = new Int32Array(keys.length);
  let n = 0;
  if (lo < 0 || hi < 0) return out.subarray(0, 0);
  for (let i = 0; i < keys.length; i++) {
    const d = keys[i];
    if (d >= lo && d <= hi) out[n++] = i;
  }
  return out.subarray(0, n);
}
