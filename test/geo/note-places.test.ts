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

test('a town of note written with the wrong province of its own country ("Tinaquillo, Lara state") is the town', () => {
  const p = places('Police dispersed a march in Tinaquillo, Lara state, on Tuesday.');
  const t = p.find((x) => x.text === 'Tinaquillo');
  assert.equal(t?.admin1, 'Cojedes', JSON.stringify(p));
});

test('a town of note in brackets with the wrong province ("Kamalia (Sindh)") is the town', () => {
  const p = places('Two shopkeepers were shot in Kamalia (Sindh) late on Monday.');
  assert.equal(p.find((x) => x.text === 'Kamalia')?.admin1, 'Punjab', JSON.stringify(p));
});

test('a village known only in another province is a namesake: the written province stands in', () => {
  const p = places('Shelling damaged houses in Prokovske (Donetsk) overnight.');
  assert.ok(!p.some((x) => x.name === 'Prokovske'), JSON.stringify(p));
  assert.ok(p.some((x) => x.admin1 === 'Donetsk'), JSON.stringify(p));
});

test('a written province still picks among a name\'s namesakes in its country', () => {
  const p = places('A market burned in San Lorenzo, Santa Fe, on Sunday.');
  assert.equal(p.find((x) => x.text === 'San Lorenzo')?.admin1, 'Santa Fe', JSON.stringify(p));
});

test('a common word as a town, written with a district GeoNames gives no code ("Man (Tonkpi, ...)"), is the town', () => {
  const p = places('Traders closed their shops in Man (Tonkpi, Montagnes) on Tuesday.');
  assert.ok(p.some((x) => x.text === 'Man' && x.country === 'Ivory Coast'), JSON.stringify(p));
});

test('a name and "city" that is a whole name abroad ("Hays city") still reads as the short name in its written container', () => {
  const p = places('Fighting went on in Hays city (Al Hudaydah) for a second day.');
  assert.equal(p.find((x) => x.text.startsWith('Hays'))?.country, 'Yemen', JSON.stringify(p));
});

test('common words with no container stay no places', () => {
  const p = places('A man was seen near the city hall in Lyon.');
  assert.ok(!p.some((x) => x.text.toLowerCase() === 'man'), JSON.stringify(p));
});

const located = (text: string) => geo.findPlaces({ id: 't', text }, [], { locationsOnly: true }).map((m) => m.name);

test('a town before a hospital\'s name, with a container after it that holds the town, is where the hospital is', () => {
  assert.ok(located('Cleaners walked out of the Kroonstad Provincial Hospital (Free State) over unpaid wages.').includes('Kroonstad'));
});

test('a town opening a hospital\'s name with no container, or one that does not hold it, stays a word of the name', () => {
  assert.ok(!located('Cleaners walked out of the Kroonstad Provincial Hospital over unpaid wages.').includes('Kroonstad'));
  assert.ok(!located('Cleaners walked out of the Kroonstad Provincial Hospital (Gauteng) over unpaid wages.').includes('Kroonstad'));
});

test('"Federation" opening a union\'s name is no district, and leaves the town its container names', () => {
  const p = places('Bus drivers protested in San Lorenzo (Central) on Monday, backed by the Federation of Transport Workers.');
  assert.ok(!p.some((x) => x.text === 'Federation'), JSON.stringify(p));
  assert.equal(p.find((x) => x.text === 'San Lorenzo')?.country, 'Paraguay', JSON.stringify(p));
});
