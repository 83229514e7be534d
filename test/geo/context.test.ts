// geo/context.ts: the spatial loop's distance with precomputed cosines is distanceKm's number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cosLat, distanceKm, distanceKmCos } from '../../src/geo/context.ts';

test('distanceKmCos gives distanceKm exactly, for pairs near and far', () => {
  // a fixed pseudo-random sequence (xorshift): the same pairs in every run
  let x = 0x9e3779b9;
  const rnd = () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) / 2 ** 32; };
  const pairs: number[][] = [[0, 0, 0, 0], [90, 0, -90, 180], [33.5, 36.3, 33.51, 36.29], [-89.9, 179.9, -89.9, -179.9], [51.5, -0.12, 48.85, 2.35]];
  for (let i = 0; i < 50_000; i++) {
    const lat = rnd() * 180 - 90, lon = rnd() * 360 - 180;
    // half of them within a few degrees, as the spatial loop's pairs are
    const near = i % 2 === 0;
    pairs.push([lat, lon, near ? lat + (rnd() - 0.5) * 5 : rnd() * 180 - 90, near ? lon + (rnd() - 0.5) * 5 : rnd() * 360 - 180]);
  }
  for (const [a, b, c, d] of pairs) {
    const want = distanceKm(a, b, c, d);
    const got = distanceKmCos(a, b, cosLat(a), c, d, cosLat(c));
    if (!Object.is(got, want)) assert.equal(got, want, `${a},${b} ${c},${d}`);
  }
});
