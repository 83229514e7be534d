// Which place an event of an ACLED-style note is attached to when the note names several: containers
// whose inner name was dropped, lists of fronts, districts written with an alternative name.
// Every sentence here is invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { loadGeocoder } from '../../src/geo/index.ts';

const geocoder = loadGeocoder();
const eventsOf = (text: string) => extract({ id: 't', text, published: '2023-03-10' }, { geocoder }).events;
const districtOf = (text: string) => eventsOf(text)[0]?.admin2 ?? '';

test('containers whose inner name resolved to another province stand for the scene, not the country named beside them', () => {
  // Zinjibar lies in Abyan: written with (Abs, Hajjah) it is a village of Abs we do not know
  assert.equal(districtOf('On 8 March 2023, warplanes struck the Zinjibar area in western Yemen (Abs, Hajjah) and three farmers died.'), 'Abs');
});

test('a town written after a province ("the capital of X, Y") is the scene inside it, not its container', () => {
  const ev = eventsOf('On 8 March 2023, students marched to the assembly building in the capital of Balochistan, Quetta (Quetta, Balochistan), over fee increases.')[0];
  assert.equal(ev?.location, 'Quetta');
  assert.equal(ev?.geo_precision, 1);
});

test('a district written with another name in brackets ("X (Y) district, Z") still has Z as its container', () => {
  const ev = eventsOf('On 8 March 2023, gunmen killed a shopkeeper in the bazaar of Spin Boldak (Wesh) district, Kandahar.')[0];
  assert.equal(ev?.admin2, 'Spin Boldak');
});

test('a plural place word ("A and B villages in C") ties the villages to their container like a singular one', () => {
  const ev = eventsOf('On 8 March 2023, armed groups clashed near Kilometro Treinta and Xaltianguis villages in Acapulco, Guerrero.')[0];
  assert.equal(ev?.location, 'Xaltianguis');
});

const locations = (text: string) => eventsOf(text).map((e) => e.location);

test('a note\'s list of fronts or places is one event per place, each item with its containers in brackets', () => {
  assert.deepEqual(locations('On 8 March 2023, rebels and government troops clashed on the Marib (Marib), Harib (Marib), and Al Bayda frontlines. Dozens of fighters were killed.'),
    ["Ma'rib", 'Harib', 'Al Bayda']);
  // an unknown front name stands for the district written in its brackets
  assert.deepEqual(locations('On 8 March 2023, rebels and soldiers clashed on the Qqzzra (Harib, Marib) and Al Bayda frontlines.'), ['Harib', 'Al Bayda']);
  // a list right after the verb
  assert.deepEqual(locations('On 8 March 2023, the army shelled Kafr Nabl, Saraqib and Ariha with artillery.'), ['Kafranbel', 'Saraqib', 'Ariha']);
});

test('no list split for places that are no scene: an office\'s provinces, "between A and B", a second mention of the act', () => {
  assert.deepEqual(locations('On 8 March 2023, protesters in Cotonou demanded the dismissal of the prefects of Atlantique and Littoral.'), ['Cotonou']);
  assert.equal(eventsOf('On 8 March 2023, rebels and soldiers clashed on the boundary between the governorates of Marib and Al Bayda.').length, 1);
  assert.equal(eventsOf('On 8 March 2023, police detained 40 opposition members across Makamba province. The arrests were carried out in Nyanza-Lac, Kayogoro and Mabanda.').length, 1);
});

test('a brief that opens on its town ("in X, Y, ...") keeps X for a later sentence whose name resolves far away', () => {
  // Taquaral is a quarter of Campinas; the gazetteer knows only a namesake municipality 200 km off
  assert.deepEqual(locations('On 8 March 2023, in Campinas, Sao Paulo, police evicted squatters from a disused factory. Officers fired tear gas at families in the Taquaral community.'), ['Campinas']);
});

test('an act split over a list of fronts stays an event per front when a return of fire turns it into a battle', () => {
  assert.deepEqual(locations('On 8 March 2023, government troops responded to shelling by rebels on the Harib front (Harib, Marib) and Qqzz front (Qaatabah, Ad Dali), killing several fighters.'),
    ['Harib', "Qa'tabah"]);
});

test('list items may be told by a direction ("east of X") or a site word ("the Y junction"), and a place named twice counts once', () => {
  assert.deepEqual(locations('On 8 March 2023, militiamen shelled positions near Taizz city (Al Qahirah, Taizz), east of the Qqzz junction (Maqbanah, Taizz), and north of Maqbanah district (Taizz).'),
    ['Taiz', 'Maqbanah']);
});

test('a town whose name is a generic actor word ("Man"), capitalised inside a sentence and written with its container, is the scene', () => {
  const ev = eventsOf('On 8 March 2023, rival supporters threw stones at each other during a rally in Man (Tonkpi, Montagnes).')[0];
  assert.equal(ev?.location, 'Man', JSON.stringify(ev?.location));
});

test('the same word opening a sentence is the person, and the event stays at the town named', () => {
  const ev = eventsOf('On 8 March 2023, gunmen shot a trader in Bouake (Gbeke, Vallee du Bandama). Man and boy fled the scene.')[0];
  assert.equal(ev?.location, 'Bouake', JSON.stringify(ev?.location));
});
