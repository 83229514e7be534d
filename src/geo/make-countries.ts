// One-off generator for data/geo/countries.json (run by hand when the inputs change):
//   node --import tsx src/geo/make-countries.ts
// Names come from i18n-iso-countries; centroids are the area-weighted centroid of each country's
// largest polygon in world-atlas countries-50m (Natural Earth), so "France" lands in metropolitan
// France and "United States" in the contiguous states. Aliases are added in data/geo/country-aliases.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const topo = require('topojson-client') as typeof import('topojson-client');
const countries = require('i18n-iso-countries');
const en = require('i18n-iso-countries/langs/en.json').countries as Record<string, string | string[]>;
const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));

type Ring = number[][];
function ringCentroid(ring: Ring): { a: number; x: number; y: number } {
  let a = 0, x = 0, y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f;
    x += (ring[j][0] + ring[i][0]) * f;
    y += (ring[j][1] + ring[i][1]) * f;
  }
  a /= 2;
  return { a: Math.abs(a), x: a ? x / (6 * a) : ring[0][0], y: a ? y / (6 * a) : ring[0][1] };
}

const fc = topo.feature(atlas, atlas.objects.countries) as unknown as { features: { id: string; geometry: { type: string; coordinates: unknown } | null }[] };
const centroids: Record<string, [number, number]> = {};
const areas: Record<string, number> = {};
for (const f of fc.features) {
  const a2 = countries.numericToAlpha2(f.id);
  if (!a2 || !f.geometry) continue;
  const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Ring[][];
  let best = { a: -1, x: 0, y: 0 };
  for (const p of polys) {
    const c = ringCentroid(p[0]);
    if (c.a > best.a) best = c;
  }
  // several features can share a code (Australia and Ashmore Reef): keep the biggest shape
  if ((areas[a2] ?? -1) >= best.a) continue;
  areas[a2] = best.a;
  centroids[a2] = [Math.round(best.y * 1e4) / 1e4, Math.round(best.x * 1e4) / 1e4];
}

const out = Object.entries(en).map(([code, v]) => {
  const names = Array.isArray(v) ? v : [v];
  return { code, names, centroid: centroids[code] ?? null, source: centroids[code] ? 'largest polygon centroid, world-atlas countries-50m (Natural Earth)' : null };
});
writeFileSync(new URL('../../data/geo/countries.json', import.meta.url), '[\n' + out.map((o) => JSON.stringify(o)).join(',\n') + '\n]\n');
console.error(`wrote ${out.length} countries, ${Object.keys(centroids).length} with centroids`);
