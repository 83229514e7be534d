// The report's focus: where a name we do not know (a street, a club, a hall) is placed, and what
// may pull that focus away from the town the report is about.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distanceKm } from '../../src/geo/index.ts';
import { resolve, geo } from './resolve-spans.ts';

test('a small town found inside a street name said many times does not become the focus', () => {
  // "Royal" of "Royal Street" is also a small town in Washington state; the report is in New Orleans
  const text = 'The brass band left Royal Street at noon. Shops on Royal Street closed early, and the crowd on Royal Street grew. ' +
    'By dusk Royal Street was full, and a float stalled where Royal Street meets Pelican Lane in New Orleans. Pelican Lane reopened at nine.';
  for (const { name, r } of resolve(text, ['Royal Street', 'Pelican Lane', 'New Orleans'])) {
    assert.ok(r && distanceKm(r.latitude, r.longitude, 29.95, -90.07) < 161, `${name} -> ${r?.name}, ${r?.admin1}`);
  }
});

test('a big city inside event names said many times still sets the focus', () => {
  const text = 'The Lisbon Marathon drew a record field. Runners of the Lisbon Marathon praised Quinta das Flores, where the Lisbon Marathon ends.';
  const out = resolve(text, ['Lisbon Marathon', 'Quinta das Flores']);
  for (const { name, r } of out) assert.equal(r?.country_code, 'PT', `${name} -> ${r?.name}`);
});

test('a surname that is only an alternate spelling of a far town witnesses the focus less than a town named as often', () => {
  // "Jamison" (a person here) is also an alternate spelling of Jemison, Alabama
  const text = 'Jamison ended the talk; the new field in Manassas opens in May. Families from Prince William County ' +
    'drove to Manassas for the game, and Jamison thanked them. Fans met later at Quarrystone Yard.';
  const [r] = resolve(text, ['Quarrystone Yard']).map((x) => x.r);
  assert.equal(r?.admin1, 'Virginia', `${r?.name}, ${r?.admin1}`);
});

test('a state written in full inside an institution name stays the state when the report names its country', () => {
  const text = 'Forecasters at Colorado State University expect a quiet season in the United States. The El Niño pattern ' +
    'that warmed waters off Baja California is fading, they said, and El Niño may not return before spring.';
  const [r] = resolve(text, ['Colorado State University']).map((x) => x.r);
  assert.equal(r?.admin1, 'Colorado', `${r?.name}, ${r?.admin1}`);
});

test('a village known only by an alternate spelling, alone in its country, gives way to the focus', () => {
  // "Karo" is also an alternate spelling of Caro, Michigan; this report is in North Sumatra
  const text = 'Health workers in Medan said the outbreak had spread to Karo, where two villages were sealed off. Medan hospitals took in forty patients.';
  const [r] = resolve(text, ['Karo']).filter((x) => x.name === 'Karo').map((x) => x.r);
  assert.equal(r?.country_code, 'ID', `${r?.name}, ${r?.admin1}`);
});

test('a city written beside an institution name is where it is, whatever the report\'s focus', () => {
  const text = 'Stores in Madrid reopened on Monday; Madrid shoppers queued early, and Madrid malls extended hours. ' +
    'A retail economist at the Berkeley Business School, Los Angeles, said the rebound would last.';
  const [r] = resolve(text, ['Berkeley Business School']).map((x) => x.r);
  assert.ok(r && distanceKm(r.latitude, r.longitude, 34.05, -118.24) < 161, `${r?.name}, ${r?.admin1}`);
});

test('a club\'s town named again and again in a report on another country is not its focus', () => {
  // "Liverpool" is the footballer's club; the report is from Egypt, named outright far more often
  const text = 'CAIRO — Egypt hailed its striker on Sunday. The Liverpool forward grew up near Cairo, and Egypt fans ' +
    'cheered each Liverpool goal. Liverpool coaches praised him, and Liverpool supporters sang. Egyptian pupils at the ' +
    'Nour Valley Academy watched Egypt play. Egypt and Egyptian papers led with it. Cairo traffic stopped.';
  const [r] = resolve(text, ['Nour Valley Academy']).map((x) => x.r);
  assert.equal(r?.country_code, 'EG', `${r?.name}, ${r?.admin1}`);
});

test('a person\'s name matched only through an alternate spelling does not outvote the towns by being repeated', () => {
  // "Keith" is also an alternate spelling of Bay Shore, New York; the report is in Santa Barbara County
  const text = '"We sold out twice," said Keith, who opened the gallery in Santa Barbara. Buyers drive in from Goleta, and ' +
    'Keith recalled the first show. "It grew fast," said Keith, and Keith sees prints as a habit. "Come early," added Keith, ' +
    'whose next show is at the Marlowe Loft.';
  const [r] = resolve(text, ['Marlowe Loft']).map((x) => x.r);
  assert.ok(r && distanceKm(r.latitude, r.longitude, 34.42, -119.7) < 161, `${r?.name}, ${r?.admin1}`);
});

test('the province named again and again is the focus of a report that names its country often', () => {
  const text = 'India will send doctors to Rajasthan, India said. In Rajasthan the heat has closed schools across India; ' +
    'Rajasthan officials and India\'s weather office expect relief. Wells ran dry in Bhairon Khurdpur last week, ' +
    'and New Delhi promised tankers for India\'s west.';
  const [r] = resolve(text, ['Bhairon Khurdpur']).map((x) => x.r);
  assert.ok(r && distanceKm(r.latitude, r.longitude, 26.6, 73.8) < 300, `${r?.name}, ${r?.admin1}`);
});

test('a small town named by a common English word is that word\'s sense at the report\'s focus', () => {
  // Congress is also a village in Arizona
  const text = 'Lawmakers in Washington returned on Monday. Congress will vote on the budget this week, and Washington lobbyists expect a long night.';
  const [r] = resolve(text, ['Congress']).map((x) => x.r);
  assert.ok(r && distanceKm(r.latitude, r.longitude, 38.9, -77.04) < 161, `${r?.name}, ${r?.admin1}`);
});

test('a name we do not know written right before "near X" or "in X" lies at X, not at the report\'s focus', () => {
  const text = 'Doctors at the Quarry Hill Medical Center near Dayton met the visitors from Beijing. Beijing officials and Beijing media praised the visit.';
  const [r] = resolve(text, ['Quarry Hill Medical Center']).map((x) => x.r);
  assert.equal(r?.name, 'Dayton', `${r?.name}, ${r?.admin1}`);
});

test('a hamlet abroad that no other name of the report supports is a name we do not know, placed at the focus', () => {
  // Polperro is a Cornish village of some 1,200; here it is a farm's name in Kenya
  const text = 'Farmers in Nakuru, Kenya, said Polperro lost its whole harvest; traders in Nairobi and Eldoret raised maize prices.';
  const k = resolve(text, ['Nakuru', 'Kenya', 'Polperro', 'Nairobi', 'Eldoret']).find((x) => x.name === 'Polperro')?.r;
  assert.equal(k?.country_code, 'KE', `${k?.name}, ${k?.country_code}`);
});

test('a name found in the text but not asked about (a band called after a town) is a weaker witness of the focus than the names asked about', () => {
  // "Arcade" of the band's name is also a village in New York
  const text = 'Tickets for the show at Quillhaven Hall sold out on Monday. Fans of Arcade Fire queued for hours. Quillhaven Hall is the pride of Tuscaloosa.';
  const q = resolve(text, ['Quillhaven Hall', 'Tuscaloosa']).find((x) => x.name === 'Quillhaven Hall');
  assert.equal(q?.r?.name, 'Tuscaloosa', `${q?.r?.name}, ${q?.r?.admin1}`);
});

test('a town\'s name written as a street of the report\'s town ("Memphis and Dauphine streets") is that street, not the far town', () => {
  const text = 'Police closed Memphis and Dauphine streets after the parade in New Orleans on Sunday. Officers in New Orleans said the parade ended late.';
  const m = resolve(text, ['Memphis', 'New Orleans']).find((x) => x.name === 'Memphis');
  assert.equal(m?.r?.name, 'New Orleans', `${m?.r?.name}, ${m?.r?.admin1}`);
});

test('a hamlet far from the report\'s focus with no other place of the report near it is a name we do not know', () => {
  // Booker is a village in the Texas Panhandle, some 1,800 km from the Santa Barbara coast
  const text = 'Growers poured wines from Booker and Lompoc at a dinner in Santa Barbara, and the chefs from Santa Maria cooked.';
  const b = resolve(text, ['Booker', 'Lompoc', 'Santa Barbara', 'Santa Maria']).find((x) => x.name === 'Booker');
  assert.equal(b?.r?.admin1, 'California', `${b?.r?.name}, ${b?.r?.admin1}`);
});

test('found in a report, a town abroad written as a street of the report\'s town is placed at that town', () => {
  const text = 'Marchers gathered on Chartres Street in New Orleans, Louisiana, on Sunday, and New Orleans police closed the road.';
  const found = geo.findPlaces({ id: 't', text }, [], { locationsOnly: true });
  const c = found.find((m) => m.text === 'Chartres');
  assert.equal(c?.name, 'New Orleans', `${c?.name}, ${c?.country_code}`);
});

test('a small town named by a common English word said again and again ("the Valley") is no witness of the report\'s focus', () => {
  // Valley is also a town in Alabama
  const text = 'Small shops are the heart of the Valley. Owners across the Valley say sales rose this year, and Ohio officials plan to help them.';
  for (const { name, r } of resolve(text, ['Valley', 'Ohio'])) assert.equal(r?.admin1, 'Ohio', `${name} -> ${r?.name}, ${r?.admin1}`);
});

test('a quarter named by its bearing ("a South Side bakery") is a quarter of the report\'s town, not a far town of that name', () => {
  // Southside is also a town in Alabama
  const text = 'A South Side baker was honoured by the mayor of Chicago on Friday. Aldermen from Chicago, Evanston and Oak Park praised the bakery, which has fed the neighbourhood since 1961.';
  const s = resolve(text, ['South Side', 'Chicago']).find((x) => x.name === 'South Side');
  assert.equal(s?.r?.name, 'Chicago', `${s?.r?.name}, ${s?.r?.admin1}`);
  const found = geo.findPlaces({ id: 't', text }, [], { locationsOnly: true });
  const f = found.find((m) => m.text === 'South Side');
  assert.ok(!f || f.name === 'Chicago', `${f?.name}, ${f?.admin1}`);
});
