// A report's outlets hint at the country its ambiguous place names lie in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGeocoder, loadGazetteer } from '../../src/geo/index.ts';
import { sourceCountry } from '../../src/geo/source-country.ts';

const geo = loadGeocoder();
const gaz = loadGazetteer();
const name = (c: number | undefined) => (c === undefined ? undefined : gaz.ix.countries[c].name);

test('the country most outlets point to: listed national outlets, and country names or demonyms inside a name', () => {
  assert.equal(name(sourceCountry(gaz, 'An-Nahar; Murr TV')), 'Lebanon');
  assert.equal(name(sourceCountry(gaz, 'Libya24')), 'Libya');
  assert.equal(name(sourceCountry(gaz, 'OSCE SMM-Ukraine')), 'Ukraine');
  assert.equal(name(sourceCountry(gaz, 'Syrian Observatory for Human Rights')), 'Syria');
  assert.equal(name(sourceCountry(gaz, 'El Nashra; Al Ghad (Jordan); An-Nahar')), 'Lebanon');
  assert.equal(name(sourceCountry(gaz, 'Al Maloomah')), 'Iraq');
  assert.equal(name(sourceCountry(gaz, 'Times of Israel')), 'Israel');
  assert.equal(name(sourceCountry(gaz, 'AMNA')), 'Greece');
  assert.equal(name(sourceCountry(gaz, 'NRT News')), 'Iraq');
  assert.equal(name(sourceCountry(gaz, 'Midi Madagasikara')), 'Madagascar');
  // a tie or no national outlet: no hint
  assert.equal(sourceCountry(gaz, 'Reuters; AFP'), undefined);
  assert.equal(sourceCountry(gaz, 'Libya24; El Nashra'), undefined);
  assert.equal(sourceCountry(gaz, undefined), undefined);
});

test('an unqualified namesake goes to the outlets\' country; a written country still wins', () => {
  const text = 'On 4 March 2021, dozens of people protested outside the court in Tripoli against the arrest of two activists.';
  const at = (source?: string) => geo.findPlaces({ id: 't', text, source }, [], { locationsOnly: true }).find((m) => m.text === 'Tripoli')?.country;
  assert.equal(at(), 'Libya');
  assert.equal(at('El Nashra; An-Nahar'), 'Lebanon');
  const written = geo.findPlaces({ id: 't', text: 'On 4 March 2021, militias clashed in Tripoli, Libya.', source: 'El Nashra' }, [], { locationsOnly: true });
  assert.equal(written.find((m) => m.text === 'Tripoli')?.country, 'Libya');
});

test('a lone small namesake abroad is no place of a report whose outlets point to one country', () => {
  const text = 'On 6 May 2021, monitors recorded 15 explosions near Komsomolets.';
  const at = (source?: string) => geo.findPlaces({ id: 't', text, source }, [], { locationsOnly: true }).find((m) => m.text === 'Komsomolets')?.country;
  // with no outlet it is the only Komsomolets the gazetteer knows
  assert.ok(at(), 'the namesake resolves without a hint');
  assert.equal(at('OSCE SMM-Ukraine'), undefined);
  // a big city abroad named by a national outlet stays where it is
  const far = geo.findPlaces({ id: 't', text: 'On 6 May 2021, students protested in Paris.', source: 'El Nashra' }, [], { locationsOnly: true });
  assert.equal(far.find((m) => m.text === 'Paris')?.country, 'France');
});

test('a source asked again (from the table of answers) gets the same country', () => {
  const sources = ['An-Nahar; Murr TV', 'Libya24', 'Reuters; AFP', 'Times of Israel', 'Libya24; El Nashra', 'OSCE SMM-Ukraine'];
  const first = sources.map((s) => sourceCountry(gaz, s));
  for (let r = 0; r < 3; r++) assert.deepEqual(sources.map((s) => sourceCountry(gaz, `${s}`)), first);
  assert.deepEqual(first.map(name), ['Lebanon', 'Libya', undefined, 'Israel', undefined, 'Ukraine']);
});
