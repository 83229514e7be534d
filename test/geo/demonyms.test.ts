// Demonyms as given toponyms: a nation inside a country names its own province, a demonym inside
// an institution's name names its country or region, and a feature named after a people is no country.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGeocoder, distanceKm } from '../../src/geo/index.ts';

const geo = loadGeocoder();
function resolve(text: string, name: string) {
  const at = text.indexOf(name);
  return geo.resolveSpans({ id: 't', text }, [{ start: at, end: at + name.length }])[0];
}

test('"English" is England, and it does not pull a report\'s towns into England', () => {
  const r = resolve('The English side lost the final on penalties.', 'English');
  assert.equal(r?.admin1, 'England');
  const text = 'English fans packed the bars of Washington on Sunday, two miles from the Capitol.';
  const at = text.indexOf('Washington');
  const [, w] = geo.resolveSpans({ id: 't', text }, [{ start: 0, end: 7 }, { start: at, end: at + 10 }]);
  assert.equal(w?.country_code, 'US', `${w?.name}, ${w?.admin1}`);
});

test('a demonym inside an institution name names its region; a feature named after a people does not', () => {
  const r = resolve('A loan from the European Lending Fund paid for the new bridge in Valletta.', 'European Lending Fund');
  assert.equal(r?.feature, 'region');
  assert.ok(r && distanceKm(r.latitude, r.longitude, 48.69, 9.14) < 161, JSON.stringify(r));
  const q = resolve('Bands played until dawn in the French Quarter of New Orleans.', 'French Quarter');
  assert.equal(q?.country_code, 'US', `${q?.name}`);
});

test('a country\'s capitalised short form inside an institution name names the country', () => {
  const text = 'Aberdeen traders met on Monday; Aberdeen port fees rose, and Aberdeen hotels filled. The US Trade Council sent two envoys.';
  const at = text.indexOf('US Trade Council');
  const [r] = geo.resolveSpans({ id: 't', text }, [{ start: at, end: at + 16 }]);
  assert.equal(r?.country_code, 'US', `${r?.name}`);
});

test('a country after "of" in an institution name names the country', () => {
  const text = 'Aberdeen traders met on Monday; Aberdeen port fees rose, and Aberdeen hotels filled. The Bank of Japan held rates.';
  const at = text.indexOf('Bank of Japan');
  const [r] = geo.resolveSpans({ id: 't', text }, [{ start: at, end: at + 13 }]);
  assert.equal(r?.country_code, 'JP', `${r?.name}`);
});

test('a country inside a longer name beats an alternate spelling of a village as long', () => {
  // "Nazi" is also an alternate spelling of a Syrian village
  const text = 'Historians in Moscow compared the annexation with the methods of Nazi Germany, and Kyiv answered within the hour.';
  const at = text.indexOf('Nazi Germany');
  const [r] = geo.resolveSpans({ id: 't', text }, [{ start: at, end: at + 12 }]);
  assert.equal(r?.country_code, 'DE', `${r?.name}, ${r?.country_code}`);
});

test('"the Gulf" alone is the Persian Gulf, not a province named Gulf', () => {
  const text = 'Tankers crossing the Gulf were delayed on Friday, Iranian officials said, as talks in Doha stalled.';
  const at = text.indexOf('Gulf');
  const [r] = geo.resolveSpans({ id: 't', text }, [{ start: at, end: at + 4 }]);
  assert.equal(r?.name, 'Persian Gulf', `${r?.name}, ${r?.country_code}`);
});

test('a country\'s former name is the country, and the province of that name where the report lies around it', () => {
  const fled = 'Refugees fled across the border into Zaire in 1994, aid workers in Goma said.';
  const [r] = geo.resolveSpans({ id: 't', text: fled }, [{ start: fled.indexOf('Zaire'), end: fled.indexOf('Zaire') + 5 }]);
  assert.equal(r?.country_code, 'CD', `${r?.name}, ${r?.country_code}`);
  const prov = 'Protesters in Mbanza Kongo and elsewhere in Zaire clashed with police on Monday, Angolan officials in Luanda said.';
  const [p] = geo.resolveSpans({ id: 't', text: prov }, [{ start: prov.indexOf('Zaire'), end: prov.indexOf('Zaire') + 5 }]);
  assert.equal(p?.country_code, 'AO', `${p?.name}, ${p?.country_code}`);
});

test('an adjective of a place with no entry of its own names the place its stem names', () => {
  const cases: [string, string, string][] = [
    ['Sardinian shepherds drove their flocks to the coast before the storm.', 'Sardinian', 'Sardinia'],
    ['A Havanese band played in the square until midnight.', 'Havanese', 'Havana'],
    ['Siberian gas fields supplied the new pipeline.', 'Siberian', 'Siberia'],
  ];
  for (const [text, word, place] of cases) {
    const r = resolve(text, word);
    assert.equal(r?.name, place, `${word} -> ${r?.name}, ${r?.country_code}`);
  }
});

test('a nation inside a country names its province: Tamil, Catalan', () => {
  assert.equal(resolve('Tamil farmers marched to the state assembly on Friday.', 'Tamil')?.admin1, 'Tamil Nadu');
  assert.equal(resolve('Catalan firefighters contained the blaze by dawn.', 'Catalan')?.admin1, 'Catalonia');
});

test('compass words before a country or province name that place, not a province the words name elsewhere', () => {
  // "South West" alone is a province of Cameroon
  const r = resolve('Storms brought floods to South West England and the Cornish coast on Sunday.', 'South West England');
  assert.equal(r?.country_code, 'GB', `${r?.name}, ${r?.country_code}`);
});

test('the adjective of a continent\'s part names that part, not a country inside it', () => {
  assert.equal(resolve('North American buyers cancelled their orders.', 'North American')?.name, 'North America');
  assert.equal(resolve('West African ministers met on Tuesday.', 'West African')?.name, 'West Africa');
});

test('demonyms in running text are listed as adjective uses of their country, never as locations', () => {
  const text = 'Two Sri Lankan fishermen and a Norwegian engineer were freed after talks with the Kenyans, police in Mombasa said.';
  const uses = geo.findPlaces({ id: 't', text }, []);
  assert.deepEqual(uses.filter((m) => m.use).map((m) => [m.text, m.use, m.country_code]), [['Sri Lankan', 'adjective', 'LK'], ['Norwegian', 'adjective', 'NO'], ['Kenyans', 'adjective', 'KE']]);
  assert.deepEqual(geo.findPlaces({ id: 't', text }, [], { locationsOnly: true }).map((m) => m.text), ['Mombasa']);
  // a demonym that is a person's surname is no place
  assert.ok(!geo.findPlaces({ id: 't', text: 'The award went to Sarah English of the county library.' }, []).some((m) => m.text === 'English'));
});

test('a combining form before a hyphen ("Sino-Indian", "Austro-Hungarian") names its country', () => {
  const text = 'Officials met in Geneva for Sino-Indian border talks, a century after Austro-Hungarian rule ended in the region.';
  const spans = ['Sino', 'Austro'].map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
  const [s, a] = geo.resolveSpans({ id: 't', text }, spans);
  assert.equal(s?.country_code, 'CN', `${s?.name}`);
  assert.equal(s?.feature, 'country');
  assert.equal(a?.country_code, 'AT', `${a?.name}`);
  assert.equal(a?.feature, 'country');
});
