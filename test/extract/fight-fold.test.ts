// Shelling told with a fight between the same sides is part of the fight (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { eventsOf } from './events-of.ts';

const kinds = (text: string) => eventsOf(text).map((e) => `${e.event_type} / ${e.sub_event_type}`);

test('fight: shelling amid the clashes of the same sides is the armed clash', () => {
  assert.deepEqual(kinds('On 5 June 2021, soldiers clashed with rebels near Bunia (Ituri) amid rebel mortar fire on the area.'), ['Battles / Armed clash']);
  assert.deepEqual(kinds('On 5 June 2021, soldiers clashed with rebels near Bunia (Ituri). A mortar shell fell inside the army camp, wounding two soldiers.'), ['Battles / Armed clash']);
});

test('fight: fire counted in both directions of a front line is a two-sided exchange', () => {
  const evs = eventsOf('On 5 June 2021, rebel forces fired mortars at army positions near Bunia (Ituri). Monitors counted 30 explosions in both directions of the front line.');
  assert.deepEqual(evs.map((e) => e.sub_event_type), ['Armed clash']);
  assert.deepEqual([evs[0].inter1, evs[0].inter2], [2, 1]);
});

test('fight: shelling of another town stays its own event', () => {
  const text = 'On 5 June 2021, soldiers clashed with rebels near Kharkiv. Rebels also shelled Odesa with mortars.';
  const city = (name: string, sentence: number, admin1: string, lat: number, lon: number) => {
    const start = text.indexOf(name);
    return { kind: 'place' as const, sentence, start, end: start + name.length, text: name, name, latitude: lat, longitude: lon, country: 'Ukraine', admin1, feature: 'city' as const, geo_precision: 1 as const, score: 0.9 };
  };
  const geocoder = { findPlaces: () => [city('Kharkiv', 0, 'Kharkiv', 49.98, 36.25), city('Odesa', 1, 'Odesa', 46.48, 30.72)] };
  const evs = extract({ id: 'f', text, published: '2021-06-10' }, { geocoder }).events;
  assert.deepEqual(evs.map((e) => e.sub_event_type).sort(), ['Armed clash', 'Shelling/artillery/missile attack']);
});
