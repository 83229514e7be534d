// Grid clustering in Web-Mercator pixel space: events whose pixels fall in the same cell at the
// current zoom become one cluster. Coordinates are projected once per data set (projectAll); each
// redraw is then one linear pass with a multiply, so 100 k events cluster in a few milliseconds.

export interface Point {
  lat: number;
  lon: number;
  /** index into the caller's event array */
  i: number;
  fatalities: number;
  type: string;
}

export interface Cluster {
  lat: number;
  lon: number;
  count: number;
  fatalities: number;
  /** the most frequent event type in the cluster */
  type: string;
  /** member indexes (only kept for small clusters, to open a single event) */
  members: number[];
}

const TILE = 256;

/** Web-Mercator pixel coordinates at zoom z (same formula as Leaflet's EPSG:3857) */
export function project(lat: number, lon: number, z: number): [number, number] {
  const scale = TILE * 2 ** z;
  const clamped = Math.max(-85.05112878, Math.min(85.05112878, lat));
  const s = Math.sin((clamped * Math.PI) / 180);
  return [((lon + 180) / 360) * scale, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale];
}

/** zoom-0 pixel coordinates of every event; NaN where the event has no coordinates */
export interface Projected {
  x: Float64Array;
  y: Float64Array;
  lat: Float64Array;
  lon: Float64Array;
}

export function projectAll(items: ArrayLike<{ latitude: number | null; longitude: number | null }>): Projected {
  const n = items.length;
  const p: Projected = { x: new Float64Array(n), y: new Float64Array(n), lat: new Float64Array(n), lon: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const { latitude: la, longitude: lo } = items[i];
    if (la === null || lo === null || !Number.isFinite(la) || !Number.isFinite(lo)) {
      p.x[i] = p.y[i] = p.lat[i] = p.lon[i] = NaN;
      continue;
    }
    [p.x[i], p.y[i]] = project(la, lo, 0);
    p.lat[i] = la;
    p.lon[i] = lo;
  }
  return p;
}

interface Acc {
  latSum: number;
  lonSum: number;
  count: number;
  fatalities: number;
  types: Map<string, number>;
  members: number[];
}

/** clusters the events at `indexes` (all when null) at a zoom level */
export function clusterIndexes(
  p: Projected,
  indexes: ArrayLike<number> | null,
  zoom: number,
  typeOf: (i: number) => string,
  fatalitiesOf: (i: number) => number,
  cellPx = 60,
  keepMembers = 20,
): Cluster[] {
  const z = Math.max(0, Math.round(zoom));
  const scale = 2 ** z / cellPx;
  const cols = Math.ceil((TILE * 2 ** z) / cellPx) + 1;
  const cells = new Map<number, Acc>();
  const n = indexes ? indexes.length : p.x.length;
  for (let k = 0; k < n; k++) {
    const i = indexes ? indexes[k] : k;
    const x = p.x[i];
    if (x !== x) continue; // NaN: no coordinates
    const key = Math.floor(p.y[i] * scale) * cols + Math.floor(x * scale);
    let c = cells.get(key);
    if (!c) {
      c = { latSum: 0, lonSum: 0, count: 0, fatalities: 0, types: new Map(), members: [] };
      cells.set(key, c);
    }
    c.latSum += p.lat[i];
    c.lonSum += p.lon[i];
    c.count++;
    c.fatalities += fatalitiesOf(i);
    const t = typeOf(i);
    c.types.set(t, (c.types.get(t) ?? 0) + 1);
    if (c.members.length < keepMembers) c.members.push(i);
  }
  const out: Cluster[] = [];
  for (const c of cells.values()) {
    let type = '';
    let best = -1;
    for (const [t, m] of c.types) if (m > best || (m === best && t < type)) [type, best] = [t, m];
    out.push({ lat: c.latSum / c.count, lon: c.lonSum / c.count, count: c.count, fatalities: c.fatalities, type, members: c.count <= keepMembers ? c.members : [] });
  }
  return out;
}

/** convenience form over point objects (members are the points' own `i`) */
export function clusterPoints(points: Point[], zoom: number, cellPx = 60, keepMembers = 20): Cluster[] {
  const p = projectAll(points.map((q) => ({ latitude: q.lat, longitude: q.lon })));
  const out = clusterIndexes(p, null, zoom, (k) => points[k].type, (k) => points[k].fatalities, cellPx, keepMembers);
  for (const c of out) c.members = c.members.map((k) => points[k].i);
  return out;
}

/** marker radius in pixels: clusters by count (fits a 60 px cell), single events by fatalities */
export function radiusFor(fatalities: number, count = 1): number {
  if (count > 1) return Math.min(24, 10 + Math.sqrt(count) * 1.4 + Math.log10(1 + Math.max(0, fatalities)) * 2);
  return Math.min(20, 5 + Math.sqrt(Math.max(0, fatalities)) * 1.5);
}

/** the count drawn on a cluster: 2–999 as is, then thousands ('12k') */
export function clusterLabel(count: number): string {
  return count > 999 ? `${Math.round(count / 1000)}k` : String(count);
}
