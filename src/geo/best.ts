// Picking one place for a report or an event from its place mentions.
import type { PlaceMention } from '../core/types.ts';

const SPECIFIC: Record<PlaceMention['feature'], number> = { site: 0, city: 1, admin2: 2, region: 3, admin1: 4, country: 5 };

/** the country most of the places lie in (provinces and countries named outright count double) */
export function mainCountry(places: PlaceMention[]): string | undefined {
  const votes = new Map<string, number>();
  for (const m of places) {
    if (!m.country) continue;
    const w = (m.feature === 'country' || m.feature === 'admin1' ? 2 : 1) * (0.5 + (m.score ?? 0.5));
    votes.set(m.country, (votes.get(m.country) ?? 0) + w);
  }
  let best: string | undefined;
  let bv = 0;
  for (const [c, v] of votes) if (v > bv) [best, bv] = [c, v];
  return best;
}

/** the most precise place of a report, within its main country: sites and towns before areas,
 * then lowest geo_precision, first named first */
export function bestPlace(places: PlaceMention[]): PlaceMention | undefined {
  const main = mainCountry(places);
  const pool = main ? places.filter((m) => m.country === main) : places;
  // a town named with "near" beats a province named plainly: specificity of the feature first
  const rank = (m: PlaceMention) => SPECIFIC[m.feature] * 10 + m.geo_precision;
  let best: PlaceMention | undefined;
  for (const m of pool) if (!best || rank(m) < rank(best)) best = m;
  return best;
}
