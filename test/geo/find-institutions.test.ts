// Place names that open the name of an office, court, school or local paper are still places
// ("the Mansfield Public Library" is in Mansfield); names inside a longer name that starts before
// them, and people's names, are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGeocoder } from '../../src/geo/index.ts';

const geo = loadGeocoder();
const names = (text: string) => geo.findPlaces({ id: 't', text }, []).map((m) => m.text);

test('a town before an institution word is found', () => {
  assert.ok(names('Volunteers restocked the shelves of the Mansfield Public Library on Saturday.').includes('Mansfield'));
  assert.ok(names('The case was heard in Litchfield Superior Court last week.').includes('Litchfield'));
  assert.ok(names('Nobody was hurt, a Byesville Volunteer Fire Department spokesman told reporters.').includes('Byesville'));
});

test('a place inside a longer capitalised name, or before a surname, is still left out', () => {
  assert.ok(!names('The International Maritime Bureau counted four boardings in the gulf.').includes('Maritime'));
  assert.ok(!names('Paris Hilton arrived late to the gala.').includes('Paris'));
});

test('a place beside a demonym or a party letter across a hyphen is found; an unknown hyphenated name is not split', () => {
  assert.ok(names('Rep. Dana Moore, D-Fresno, voted against the bill on Tuesday.').includes('Fresno'));
  assert.ok(names('The talks covered Peruvian-Chile trade and fishing rights.').includes('Chile'));
  assert.ok(!names('Soldiers patrolled the Qqxa-Kaindy road overnight.').includes('Kaindy'));
});

test('a name after "at" or "in" followed by "said" is the place, not a person', () => {
  assert.ok(names('A nurse at Tikrit said the ward was full by noon.').includes('Tikrit'));
  assert.ok(!names('Yesterday Kent said the plan would fail.').includes('Kent'));
});

test('a three-letter town written in title case after "in" is a town, not an acronym', () => {
  const ms = geo.findPlaces({ id: 't', text: 'A roadside bomb wounded three soldiers on patrol in Hit on Sunday night.' }, []);
  assert.equal(ms.find((m) => m.text === 'Hit')?.country, 'Iraq');
  // a capitalised three-letter word without a preposition before it stays an acronym or a name
  assert.ok(!names('Afterwards Sam Herrick kept negotiating for a lower price.').includes('Sam'));
});

test('a demonym with an admin word after it names the region; before a noun it stays an adjective', () => {
  assert.ok(names('Herders clashed near a well in the Afdher zone (Somali region) on Friday.').includes('Somali region'));
  const police = geo.findPlaces({ id: 't', text: 'The Somali state police arrested him at the market.' }, []);
  assert.deepEqual(police.map((m) => [m.text, m.use]), [['Somali', 'adjective']]);
});

test('a place before "Township" or "Borough" is found', () => {
  assert.ok(names('Sirens will be installed in Madison Township this summer.').includes('Madison'));
});

test("a name with an elided article inside it is one name: Côte d'Ivoire", () => {
  assert.ok(names("Cholera cases rose in Guinea, Cote d'Ivoire and Liberia.").includes("Cote d'Ivoire"));
});

test('a name with "au" inside it is one name: Port-au-Prince', () => {
  assert.ok(names('Two people were shot dead in Port-au-Prince on Monday, police said.').includes('Port-au-Prince'));
});

test('a known town followed by more capitalised words and "town" is kept (a longer form of its name)', () => {
  assert.ok(names('Shopkeepers protested in Sehwan Sharif town on Monday.').includes('Sehwan'));
});

test('an embassy written with a town lies in that town, a ministry in its country\'s capital', () => {
  const text = 'Staff at the Canadian Embassy Lima handed out water, while the Peruvian Interior Ministry sent trucks to Piura.';
  const spans = ['Canadian Embassy Lima', 'Peruvian Interior Ministry'].map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
  const [e, m] = geo.resolveSpans({ id: 't', text }, spans);
  assert.equal(e?.name, 'Lima', `${e?.name}, ${e?.country_code}`);
  assert.equal(m?.name, 'Lima', `${m?.name}, ${m?.country_code}`);
});

test('an embassy named after a country that is also a town\'s name lies where the report is, not in that town', () => {
  // Armenia is also a city of 290,000 in Colombia
  const text = 'Pilgrims gathered in Vatican City and Rome on Sunday; the Embassy of Armenia in Rome hosted a reception.';
  const n = 'Embassy of Armenia';
  const [r] = geo.resolveSpans({ id: 't', text }, [{ start: text.indexOf(n), end: text.indexOf(n) + n.length }]);
  assert.notEqual(r?.country_code, 'CO', `${r?.name}, ${r?.country_code}`);
});

test('a place that opens an organisation name is listed as a name use, never as a location', () => {
  const text = 'The Nebraska Beekeepers Guild and the Omaha Rowing Club met on Friday; Alma Kettering chaired it in Lincoln.';
  const uses = geo.findPlaces({ id: 't', text }, []).filter((m) => m.use === 'name');
  assert.deepEqual(uses.map((m) => [m.text, m.admin1]), [['Nebraska', 'Nebraska'], ['Omaha', 'Nebraska']]);
  const locs = geo.findPlaces({ id: 't', text }, [], { locationsOnly: true }).map((m) => m.text);
  assert.ok(!locs.includes('Nebraska') && !locs.includes('Omaha'), JSON.stringify(locs));
});
