// A demonym before a state word and a weapon or act names the state's forces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { loadGeocoder } from '../../src/geo/index.ts';

const geocoder = loadGeocoder();
const eventsOf = (text: string) => extract({ id: 't', text, published: '2021-06-10' }, { geocoder }).events;

test('"Syrian government shelling" and "regime warplanes" are the state\'s forces', () => {
  const [e] = eventsOf('On 8 June 2021, Syrian government shelling killed a Turkish soldier near Saraqib.');
  assert.equal(e.actor1, 'Military Forces of Syria');
  assert.equal(e.evidence.find((v) => v.field === 'actor1')?.text, 'Syrian');
  const [w] = eventsOf('On 8 June 2021, regime warplanes bombed a market in Ariha, Idlib.');
  assert.equal(w.actor1, 'Military Forces of Syria');
});
