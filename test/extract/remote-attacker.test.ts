// An unattributed strike from afar takes the one foreign state the report shows firing such weapons
// (invented reports).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { loadGeocoder } from '../../src/geo/index.ts';

const geocoder = loadGeocoder();
const firsts = (text: string) => extract({ id: 't', text, published: '2024-06-10' }, { geocoder }).events.filter((e) => e.modality === 'asserted').map((e) => `${e.location}: ${e.actor1}`);
const article = (...lines: string[]) => [...lines, 'Schools in the area remained closed.', 'Officials said power had been restored to most homes.', 'Rescuers were still at work on Monday evening.'].join('\n\n');

test('remote attacker: a drone that hit a car after Russian missiles struck Odesa is Russia\'s', () => {
  const evs = firsts('Russian missiles struck the port of Izmail on Monday night, wounding two workers, the governor said. On Tuesday, a drone hit a bus in Kherson, killing its driver, officials said.');
  assert.ok(evs.some((x) => x.startsWith('Kherson') && x.endsWith('Military Forces of Russia')), evs.join(' | '));
});

test('remote attacker: with two states firing such weapons neither is lent to the strike', () => {
  const evs = firsts('Russian missiles struck the port of Izmail on Monday night and Ukrainian drones hit a depot in Bryansk, officials said. On Tuesday, a drone hit a bus in Kherson, killing its driver, officials said.');
  assert.ok(evs.some((x) => x.startsWith('Kherson') && !x.endsWith('Military Forces of Russia')), evs.join(' | '));
});
