// Reference points: where a country, region or province is put. Annotated corpora and analysts
// use GeoNames, the CIA World Factbook or Wikipedia points; where they differ by under 322 km a
// point within 161 km of each is chosen, so that any of the conventions counts it as right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGeocoder, distanceKm } from '../../src/geo/index.ts';
import { resolve } from './resolve-spans.ts';

const geo = loadGeocoder();
const near = (name: string, pts: [number, number][]) => {
  const r = geo.resolveName(name);
  assert.ok(r, name);
  for (const [lat, lon] of pts) {
    const km = distanceKm(r.latitude, r.longitude, lat, lon);
    assert.ok(km <= 161, `${name} at ${r.latitude},${r.longitude} is ${Math.round(km)} km from ${lat},${lon}`);
  }
};

test('countries sit within 161 km of the GeoNames, Factbook and Wikipedia points', () => {
  near('China', [[35, 105], [35, 103]]);
  near('Sudan', [[16, 30], [15, 30], [15, 32]]);
  near('Nigeria', [[10, 8], [8, 10]]);
});

test('a province whose towns crowd one corner sits at its reference point, not at its towns\' centre', () => {
  // Ontario's towns lie mostly along the Great Lakes; GeoNames and Wikipedia put it 49-50 N
  near('Ontario', [[49.25, -84.5], [50, -85]]);
  near('Alaska', [[64, -150]]);
  // England: GeoNames' point, and London, where Wikipedia puts it
  near('England', [[52.16, -0.7], [51.5, -0.12]]);
  // Baja California's towns crowd the US border; the state reaches south to the 28th parallel: its
  // point lies within 100 km of the middle of its extent
  const b = geo.resolveName('Baja California');
  assert.ok(b && distanceKm(b.latitude, b.longitude, 30.4, -115.0) <= 100, `${b?.latitude},${b?.longitude}`);
});

test('regions and seas sit at the GeoNames point, or between it and Wikipedia\'s where they are close', () => {
  near('Middle East', [[33.14, 35.86]]);
  near('Mediterranean', [[35, 18], [35, 20]]);
  near('Soviet Union', [[60, 100], [60, 98]]);
  near('Latin America', [[-14.6, -57.66]]);
});

test('a territory of enclaves on both coasts (Puducherry) is placed at its main district, not between them', () => {
  const text = 'Water ministers of Kerala, Karnataka, Tamil Nadu and Puducherry met on Monday.';
  const p = resolve(text, ['Kerala', 'Karnataka', 'Tamil Nadu', 'Puducherry']).find((x) => x.name === 'Puducherry')?.r;
  assert.ok(p && distanceKm(p.latitude, p.longitude, 11.93, 79.83) < 50, JSON.stringify(p));
});

test('a province across the 180th meridian is placed among its towns, not at longitude 0', () => {
  const r = geo.resolveName('Chukotka');
  assert.ok(r && r.longitude > 160 && r.latitude > 60, JSON.stringify(r));
});

test('towns filed under a province far from the rest of it do not drag its point away', () => {
  // GeoNames files a few dozen towns of western China under Hebei and Heilongjiang
  for (const [name, lat, lon] of [['Hebei', 38.5, 115.5], ['Heilongjiang', 47.5, 128.0]] as const) {
    const r = geo.resolveName(name);
    assert.ok(r && distanceKm(r.latitude, r.longitude, lat, lon) < 161, `${name}: ${JSON.stringify(r)}`);
  }
});
