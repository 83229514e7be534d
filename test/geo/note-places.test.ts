// Place names as coded conflict notes write them: lower-case inner words, Arabic spellings, wrong
// written provinces, common words used as town names, towns before institution words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGeocoder } from '../../src/geo/index.ts';

const geo = loadGeocoder();
const places = (text: string) => geo.findPlaces({ id: 't', text }).map((m) => ({ text: m.text, name: m.name, admin1: m.admin1, country: m.country }));

test('a name with a lower-case inner word ("Toba tek Singh") is read whole when the whole is a known name', () => {
  const p = places('Shots were fired at a shop in Toba tek Singh on Friday evening.');
  const t = p.find((x) => x.text.startsWith('Toba'));
  assert.equal(t?.text, 'Toba tek Singh', JSON.stringify(p));
  assert.equal(t?.country, 'Pakistan', JSON.stringify(p));
});

test('a name with two lower-case inner words ("Poienile de sub Munte") is read whole', () => {
  const p = places('Dozens of farmers marched in Poienile de sub Munte over the price of milk.');
  assert.ok(p.some((x) => x.text === 'Poienile de sub Munte' && x.country === 'Romania'), JSON.stringify(p));
});

test('lower-case words after a place that make no known longer name leave the place as it is', () => {
  const p = places('Traders in Lahore sub contracted the work to a firm in Multan.');
  assert.ok(p.some((x) => x.text === 'Lahore'), JSON.stringify(p));
});

test('an Arabic name written with -a where the gazetteer spells it -ah ("Ash-Shajara") is that place', () => {
  const p = places('Two farmers were wounded by gunfire in Ash-Shajara village, Daraa, on Sunday.');
  const s = p.find((x) => x.text === 'Ash-Shajara');
  assert.equal(s?.admin1, "Dar'a", JSON.stringify(p));
});

test('a short word ending in -ah ("Allah") gains no readings from the -a spelling', () => {
  const p = places('The crowd chanted praise to Allah outside the mosque in Cairo.');
  assert.ok(!p.some((x) => x.text === 'Allah'), JSON.stringify(p));
});
