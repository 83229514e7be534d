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
  assert.equal(districtOf('On 8 March 2023, warplanes struck the Zinjibar area in northwestern Yemen (Abs, Hajjah), killing three farmers.'), 'Abs');
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
