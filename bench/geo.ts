// Geocoder speed: index load time, name lookups per second, findPlaces throughput, index memory.
// Called by `npm run bench` (bench/run.ts); runnable alone: node --import tsx bench/geo.ts
import { fileURLToPath } from 'node:url';
import { readIndex } from '../src/geo/index-file.ts';
import { INDEX_PATH } from '../src/geo/build-index.ts';
import { loadGeocoder } from '../src/geo/index.ts';
import { Gazetteer } from '../src/geo/gazetteer.ts';
import { nameKey } from '../src/geo/normalize.ts';

const NAMES = ['Deir Ezzor', 'Abu Kamal', 'Aleppo', 'Tripoli', 'Paris', 'Springfield', 'Kirkuk', 'Mopti', 'Gao', 'Kharkiv', 'Xyzzyville', 'Erbil', 'Idlib', 'Gaza', 'Khartoum', 'El Fasher'];
const REPORT = `Syrian state media said rockets struck the outskirts of Deir Ezzor on Monday, while clashes
continued between Mayadin and Abu Kamal near the Iraqi border. In Iraq, a drone hit a checkpoint 20 km
north of Kirkuk, and protesters gathered in Baghdad's Tahrir Square. Washington said it was monitoring
the situation. Further west, aid trucks waited at the Rafah crossing as shelling hit Khan Younis.`;

export async function benchGeo(): Promise<Record<string, number | string>> {
  loadGeocoder(); // make sure the cache exists before timing a load
  const before = process.memoryUsage();
  const t0 = performance.now();
  const ix = readIndex(INDEX_PATH);
  const loadMs = performance.now() - t0;
  const after = process.memoryUsage();
  const gaz = new Gazetteer(ix);

  const keys = NAMES.map(nameKey);
  let n = 0;
  const t1 = performance.now();
  while (performance.now() - t1 < 500) {
    for (const k of keys) n += gaz.byKey(k).length >= 0 ? 1 : 0;
  }
  const lookups = n / ((performance.now() - t1) / 1000);

  const geo = loadGeocoder();
  let docs = 0;
  let chars = 0;
  const t2 = performance.now();
  while (performance.now() - t2 < 500) {
    geo.findPlaces({ id: 'b', text: REPORT }, []);
    docs++;
    chars += REPORT.length;
  }
  const secs = (performance.now() - t2) / 1000;
  return {
    geo_index_places: ix.names.length,
    geo_index_names: ix.keys.length,
    geo_index_load_ms: Math.round(loadMs),
    geo_lookups_per_s: Math.round(lookups),
    geo_findplaces_docs_per_s: Math.round(docs / secs),
    geo_findplaces_kchars_per_s: Math.round(chars / secs / 1000),
    geo_index_memory_mb: Math.round(((after.arrayBuffers - before.arrayBuffers) + (after.heapUsed - before.heapUsed)) / 1e5) / 10,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  benchGeo().then((r) => console.log(JSON.stringify(r, null, 2)));
}
