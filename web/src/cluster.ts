// Grid clustering in Web-Mercator pixel space: events whose pixels fall in the same cell at the
// current zoom become one cluster. Linear in the number of events; pure, so it is unit-tested.

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

export function clusterPoints(points: Point[], zoom: number, cellPx = 60, keepMembers = 20): Cluster[] {
  const cells = new Map<number, { latSum: number; lonSum: number; count: number; fatalities: number; types: Map<string, number>; members: number[] }>();
  const z = Math.max(0, Math.round(zoom));
  const cols = Math.ceil((TILE * 2 ** z) / cellPx) + 1;
  for (const p of points) {
    const [x, y] = project(p.lat, p.lon, z);
    const key = Math.floor(y / cellPx) * cols + Math.floor(x / cellPx);
    let c = cells.get(key);
    if (!c) {
      c = { latSum: 0, lonSum: 0, count: 0, fatalities: 0, types: new Map(), members: [] };
      cells.set(key, c);
    }
    c.latSum += p.lat;
    c.lonSum += p.lon;
    c.count++;
    c.fatalities += p.fatalities;
    c.types.set(p.type, (c.types.get(p.type) ?? 0) + 1);
    if (c.members.length < keepMembers) c.members.push(p.i);
  }
  const out: Cluster[] = [];
  for (const c of cells.values()) {
    let type = '';
    let best = -1;
    for (const [t, n] of c.types) if (n > best || (n === best && t < type)) [type, best] = [t, n];
    out.push({ lat: c.latSum / c.count, lon: c.lonSum / c.count, count: c.count, fatalities: c.fatalities, type, members: c.count <= keepMembers ? c.members : [] });
  }
  return out;
}

/** marker radius in pixels: grows with the square root of fatalities, capped */
export function radiusFor(fatalities: number, count = 1): number {
  // clusters: size by count (fits inside a 60 px cell); single events: size by fatalities
  if (count > 1) return Math.min(24, 10 + Math.sqrt(count) * 1.4 + Math.log10(1 + Math.max(0, fatalities)) * 2);
  return Math.min(20, 5 + Math.sqrt(Math.max(0, fatalities)) * 1.5);
}
