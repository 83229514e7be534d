// A geocoder-only proxy for event location on ACLED gold rows (../shared/eval/acled/*.gold.jsonl):
// the most precise place the report names (bestPlace) against ACLED's point and admin1.
// The real event-location score comes from `sitrep eval` (the extractor ties places to events).
import { existsSync, readFileSync } from 'node:fs';
import type { PlaceMention } from '../../core/types.ts';
import { distanceKm } from '../resolve.ts';
import { fold } from '../normalize.ts';
import { sameAdmin1 } from '../index.ts';
import type { GeoIndexLike } from './types.ts';
import { bestPlace } from '../best.ts';

export { bestPlace };

export interface AcledProxy {
  corpus: string;
  docs: number;
  /** a place was found at all */
  found: number;
  within25km: number;
  /** admin1 equal after name normalization and gazetteer spellings (sameAdmin1) */
  admin1_ok: number;
  /** admin1 equal as case-insensitive text containment (how `sitrep eval` *_any keys compare) */
  admin1_text_ok: number;
  country_ok: number;
  ms: number;
}

export function evaluateAcled(file: string, geo: GeoIndexLike, limit = Infinity): AcledProxy | null {
  if (!existsSync(file)) return null;
  const t0 = performance.now();
  const out: AcledProxy = { corpus: 'ACLED-dev (best place proxy)', docs: 0, found: 0, within25km: 0, admin1_ok: 0, admin1_text_ok: 0, country_ok: 0, ms: 0 };
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, limit);
  for (const line of lines) {
    const row = JSON.parse(line) as { id: string; text?: string; events: { country?: string; admin1_any?: string[]; near?: { lat: number; lon: number } }[] };
    const ev = row.events[0];
    if (!row.text || !ev?.near) continue;
    out.docs++;
    const best = bestPlace(geo.findPlaces({ id: row.id, text: row.text }, [], { locationsOnly: true }));
    if (!best) continue;
    out.found++;
    // a province-only place is scored at its seat, as ACLED codes it
    const pt = best.feature === 'admin1' && best.seat ? best.seat : best;
    if (distanceKm(pt.latitude, pt.longitude, ev.near.lat, ev.near.lon) <= 25) out.within25km++;
    if (best.admin1 && ev.admin1_any?.some((a) => sameAdmin1(a, best.admin1!, best.country_code))) out.admin1_ok++;
    if (ev.admin1_any?.some((a) => (best.admin1 ?? '').toLowerCase().includes(a.toLowerCase()))) out.admin1_text_ok++;
    if (ev.country && fold(ev.country) === fold(best.country)) out.country_ok++;
  }
  out.ms = Math.round(performance.now() - t0);
  return out;
}
