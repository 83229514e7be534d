// Which place an event gets when its sentence names several: a place the note says it is coded to,
// a town before its written district and province, a name after "in rural" or an Arabic article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { loadGeocoder } from '../../src/geo/index.ts';

const geocoder = loadGeocoder();
const placeOf = (text: string) => {
  const ev = extract({ id: 't', text, published: '2023-03-10' }, { geocoder }).events[0];
  assert.ok(ev, `no event in: ${text}`);
  return ev.location;
};
// (an event known only to a district is placed and named at the district's seat: its district tells the place)
const districtOf = (text: string) => extract({ id: 't', text, published: '2023-03-10' }, { geocoder }).events[0]?.admin2 ?? '';

test('"coded to X": the place the note is coded to wins over the scene named before it', () => {
  // invented note: a quarter of Thessaloniki coded to the city itself
  assert.equal(placeOf('On 8 March 2023, rioters smashed shop windows in Kalamaria [coded to Thessaloniki] after a football match.'), 'Thessaloniki');
  assert.equal(placeOf('On 8 March 2023, gunmen abducted two traders from Badou, location coded as Kpalime, Plateaux.'), 'Kpalime');
});

test('a province written after an unknown village in parentheses ranks no higher than the district before it', () => {
  // "Qqzzvillage" is not in the gazetteer: the district named with it is the most precise place
  const loc = districtOf('On 8 March 2023, protesters blocked a road in Qqzzvillage (Darjeeling district, West Bengal) over water cuts.');
  assert.match(loc, /Darjeeling/);
});

test('"in rural X" and "in al X" are locative: the town, not the province named later in the clause', () => {
  assert.equal(placeOf('On 8 March 2023, gunmen shot a farmer in rural Manbij in Aleppo.'), 'Manbij');
  assert.match(placeOf('On 8 March 2023, a roadside bomb exploded in al Mayadin city in Deir ez-Zor.'), /Mayadin/);
});

test('a town that opens the sentence ("In X, Y, ...") is the scene; a later name resolving far away is a namesake', () => {
  assert.equal(placeOf('On 8 March 2023, in Tepic, Nayarit, unknown attackers shot a shopkeeper dead in the Camargo community.'), 'Tepic');
});

test('an origin ("driven in from X") yields to the place the event is in', () => {
  assert.match(placeOf('On 8 March 2023, gunmen who had driven in from Kismayo attacked a police post in Afmadow district.'), /Afmadow/);
});

test('a reference point ("to the east of X") yields to a district the event is in', () => {
  assert.match(placeOf('On 8 March 2023, a drone struck a fuel depot in Harib district, well to the east of Sanaa.'), /Harib/);
});

test('a capital or a seat of government outvotes a common word that a gazetteer knows as a village abroad', () => {
  const ev = extract({ id: 't', text: 'On 8 March 2023, opposition supporters rallied in Cotonou against changes to the Constitution.', published: '2023-03-10' }, { geocoder }).events[0];
  assert.equal(ev?.country, 'Benin');
});

test('a town resolving outside the one province written as a container in the sentence yields to a place inside it', () => {
  const ev = extract({ id: 't', text: 'On 8 March 2023, police arrested two smugglers near a bus stand in Ramgarh market area (Kaimur district, Bihar).', published: '2023-03-10' }, { geocoder }).events[0];
  assert.equal(ev?.admin1, 'Bihar');
});

test('"the X front in Y": Y is the container of the front, not a second scene', () => {
  assert.equal(placeOf('On 8 March 2023, on the Tell Abiad front in Ar-Raqqa, a landmine exploded under a patrol vehicle.'), 'Tall Abyad');
});

test('"near X, Y," opening a note is its scene too', () => {
  assert.equal(placeOf('On 8 March 2023, near Uruapan, Michoacan, state police were ambushed by gunmen in the community of La Presa.'), 'Uruapan');
});

test('a district written as a container rules out a namesake town of another province before it', () => {
  // Lumbang is a town of Laguna; written with Claveria and Masbate (Bicol) it is a village we do not know
  assert.equal(placeOf('On 8 March 2023, soldiers clashed with rebels in Lumbang, Claveria, Masbate.'), 'Claveria');
});

test('a place that opens an organisation\'s name ("Luhansk People\'s Militia") is not the scene', () => {
  assert.equal(placeOf('On 8 March 2023, government troops shelled Luhansk People\'s Militia trenches near Zolote, Luhansk.'), 'Zolote');
});

test('"from the city of X" is an origin like "from X": the district the event is in wins', () => {
  assert.equal(districtOf('On 8 March 2023, troops massed in Nihm district (Sanaa) with reinforcements from the city of Marib.'), 'Nihm');
});

test('"the road to X in Y": Y holds X only where it can (a smaller town, or a district X lies in)', () => {
  // Marib city lies in another district of Marib governorate than Sirwah: the road is in Sirwah district
  assert.equal(districtOf('On 8 March 2023, gunmen blocked the road linking Sanaa to Marib in Sirwah district.'), 'Sirwah');
  // a village is no container of a city
  assert.equal(placeOf('On 8 March 2023, tribesmen blocked the road from Aden to Taizz in the At Turbah area.'), 'At Turbah');
});

test('an event known only to a district or province is named after the seat town it is placed at, as ACLED codes it', () => {
  const ev = extract({ id: 't', text: 'On 8 March 2023, gunmen kidnapped a herder near Nouari (Materi, Atacora).', published: '2023-03-10' }, { geocoder }).events[0];
  assert.equal(ev?.admin2, 'Materi');
  assert.equal(ev?.location, 'Materi');
  const nihm = extract({ id: 't', text: 'On 8 March 2023, rebels shelled army positions in Nihm district (Sanaa).', published: '2023-03-10' }, { geocoder }).events[0];
  assert.equal(nihm?.admin2, 'Nihm');
  assert.notEqual(nihm?.location, 'Nihm', 'the seat town, not the district');
  // (a district with no seat of its own, placed at its province's seat, keeps its name)
  const dangbo = extract({ id: 't', text: 'On 8 March 2023, gunmen kidnapped a herder near Nouari (Dangbo, Oueme).', published: '2023-03-10' }, { geocoder }).events[0];
  assert.equal(dangbo?.location, 'Dangbo');
});

test('an event known only to its country is placed at the capital, or at the seat of government where that is the bigger city', () => {
  const ev = extract({ id: 't', text: 'On 8 March 2023, thousands marched against the government in Benin.', published: '2023-03-10' }, { geocoder }).events[0];
  // Cotonou, the seat of government, not Porto-Novo, the official capital, nor the country's centre
  assert.equal(ev?.location, 'Cotonou');
  assert.equal(ev?.admin1, 'Littoral');
  assert.equal(ev?.geo_precision, 3);
  const fr = extract({ id: 't', text: 'On 8 March 2023, thousands of workers protested across France.', published: '2023-03-10' }, { geocoder }).events[0];
  assert.equal(fr?.location, 'Paris');
});

test('a road or bridge named after a town ("the Karnal bypass") yields to the town the event is in', () => {
  assert.equal(placeOf('On 8 March 2023, farmers held a sit-in on the Karnal bypass in Panipat (Haryana) for two hours.'), 'Panipat');
});

test('places: with no place known, the country the report\'s outlets point to is the event\'s country', () => {
  const text = 'On 6 June 2021, monitors observed 12 explosions near Zvezdivka-Nova.';
  const e = extract({ id: 't', published: '2021-06-10', source: 'OSCE SMM-Ukraine', text }, { geocoder: loadGeocoder() }).events;
  assert.equal(e[0]?.country, 'Ukraine');
  assert.equal(e[0]?.geo_precision, 3);
  // a place the text names still decides
  const f = extract({ id: 't', published: '2021-06-10', source: 'OSCE SMM-Ukraine', text: 'On 6 June 2021, monitors observed 12 explosions near Rostov-on-Don, Russia.' }, { geocoder: loadGeocoder() }).events;
  assert.equal(f[0]?.country, 'Russia');
});
