// Districts as conflict data writes them: the bare name ("Ouesse", not "Commune of Ouesse"), an event
// known only to a district placed at its seat town, and a town not weakened by its same-named district.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGeocoder, distanceKm } from '../../src/geo/index.ts';
import { stripAdminWords } from '../../src/geo/build-index.ts';
import { skeleton } from '../../src/geo/fuzzy-districts.ts';
import { extract } from '../../src/extract/index.ts';
import type { PlaceMention } from '../../src/core/types.ts';

const geo = loadGeocoder();
const find = (text: string) => geo.findPlaces({ id: 't', text }, []);
const at = (ms: PlaceMention[], text: string) => ms.find((m) => m.text === text);

test('admin words written before the name, in several languages, are not part of it', () => {
  assert.equal(stripAdminWords('Commune of Ouesse'), 'Ouesse');
  assert.equal(stripAdminWords('Municipio de Maturin'), 'Maturin');
  assert.equal(stripAdminWords('Comuna Dagata'), 'Dagata');
  assert.equal(stripAdminWords('Daïra de Bordj'), 'Bordj');
  assert.equal(stripAdminWords('Huyện Ba Vì'), 'Ba Vi');
  assert.equal(stripAdminWords('Douentza Cercle'), 'Douentza');
  assert.equal(stripAdminWords('Bakhmut Raion'), 'Bakhmut');
  // (a name that only begins like an admin word keeps it)
  assert.equal(stripAdminWords('Regionville'), 'Regionville');
  assert.equal(stripAdminWords('Comunanza'), 'Comunanza');
  assert.equal(stripAdminWords('Regional District of Kitimat'), 'Regional District of Kitimat');
});

test('a district GeoNames writes "Commune of X" is found by its bare name, in its province', () => {
  const m = at(find('Gunmen robbed a trader near Gbede (Zogbodome, Zou) on Friday.'), 'Zogbodome');
  assert.equal(m?.feature, 'admin2');
  assert.equal(m?.country_code, 'BJ');
  assert.equal(m?.admin1, 'Zou');
});

test('a district with no PPLA2 town has its seat at the town of its own name', () => {
  // Materi (Atacora, Benin): the commune's seat is the town Materi, not the province centre
  const m = at(find('Gunmen kidnapped a herder near Nouari (Materi, Atacora) on Sunday.'), 'Materi');
  assert.equal(m?.seat?.name, 'Materi');
  assert.equal(m?.geo_precision, 2);
  const doc = { id: 't', text: 'On 3 March 2020, gunmen kidnapped a herder near Nouari (Materi, Atacora).', published: '2020-03-05' };
  const [e] = extract(doc, { geocoder: geo }).events;
  assert.equal(e?.admin1, 'Atacora');
  assert.ok(e && e.latitude != null && distanceKm(e.latitude, e.longitude!, m!.seat!.latitude, m!.seat!.longitude) < 1, JSON.stringify(e));
});

test('a town is as sure a reading with a same-named district or province around it', () => {
  // (the district "Commune of Tchaourou" and the town are one place, not two rival readings)
  const t = at(find('Farmers marched through Tchaourou on Monday.'), 'Tchaourou');
  assert.equal(t?.feature, 'city');
  assert.ok((t?.score ?? 0) >= 0.9, String(t?.score));
  // a province written as the container of a district that shares its capital's name
  const p = at(find('Soldiers searched a market near Dianwely (Douentza, Mopti) on Friday.'), 'Mopti');
  assert.equal(p?.feature, 'admin1');
  assert.ok((p?.score ?? 0) >= 0.8, String(p?.score));
});

test('a namesake village coded to another district is not a district seat', () => {
  // Kadikoy the Istanbul borough: GeoNames lists no town of it, only a village of the name elsewhere in the province
  const m = at(find('Fans rallied in Kadikoy, Istanbul, after the match.'), 'Kadikoy');
  const ist = at(find('Fans rallied in Istanbul after the match.'), 'Istanbul');
  assert.ok(m?.seat && ist, JSON.stringify(m));
  assert.ok(distanceKm(m!.seat!.latitude, m!.seat!.longitude, ist!.latitude, ist!.longitude) < 20, JSON.stringify(m?.seat));
});

test('"X district, Y": a place-type word before the comma still makes Y the container', () => {
  // Qarabagh: a district town of Ghazni with a namesake in Herat
  const m = at(find('Soldiers clashed with insurgents in Qarabagh district, Ghazni, on Monday.'), 'Qarabagh');
  assert.equal(m?.admin1, 'Ghazni');
});

test('"X district (Y)" with no district X in Y but a town X there: the town (the district seat) stands for it', () => {
  // GeoNames has Poonch district only in Pakistani Kashmir, and Punch (Poonch) town in Jammu and Kashmir
  const m = find('Shelling damaged two houses in Qqzzgam village (Poonch district, J&K) on Monday.').find((x) => x.text.startsWith('Poonch'));
  assert.equal(m?.country_code, 'IN');
  assert.equal(m?.feature, 'city');
  assert.equal(m?.admin1, 'Jammu and Kashmir');
});

test('a Persian name joined by ezafe "e" is one name ("Kut e Abdollah"), not the Iraqi town Kut', () => {
  const m = find('Workers protested in Kut e Abdollah over unpaid wages.')[0];
  assert.equal(m?.text, 'Kut e Abdollah');
  assert.equal(m?.country_code, 'IR');
});

test('a town written "in" a city is not a namesake across the border, however close', () => {
  // a Jordanian Ash Shajarah lies 15 km from Dar'a: a village of the name in Dar'a is one we do not know
  const ms = find("Gunmen shot a man dead in Ash-Shajara town in Dar'a countryside.");
  assert.ok(ms.every((m) => m.country_code === 'SY'), JSON.stringify(ms.map((m) => [m.text, m.country_code])));
});

test('a district in another transliteration is found in the slot before its written province, by consonant skeleton', () => {
  assert.equal(skeleton('Kobli'), skeleton('Cobly'));
  assert.equal(skeleton('Noshehro Feroze'), skeleton('Naushahro Firoz'));
  const m = at(find('Farmers attacked a herders camp in Qqzzkou (Kobli, Atacora) on Sunday.'), 'Kobli');
  assert.equal(m?.feature, 'admin2');
  assert.equal(m?.admin1, 'Atacora');
  // only that slot: the same word elsewhere is not read as the district
  assert.equal(at(find('Kobli said the farmers of Atacora were calm.'), 'Kobli'), undefined);
});

test('the district slot may hold a lower-case Arabic article ("Radman al Awadh")', () => {
  const m = at(find('Reinforcements reached the Qqzz front (Radman al Awadh, Al Bayda) on Monday.'), 'Radman al Awadh');
  assert.equal(m?.feature, 'admin2');
  assert.equal(m?.admin1, 'Al Bayda');
});

test('Libyan districts in their usual transliterations are their provinces ("(Sirt)", "(Almargeb)")', () => {
  assert.equal(at(find('Artillery fire hit Qqzz (Sirt) on Monday.'), 'Sirt')?.country_code, 'LY');
  assert.equal(at(find('Shells fell in Qqzz (Almargeb) on Monday.'), 'Almargeb')?.admin1, 'Almargeb'); // (ACLED's name of Al Marqab)
});

test('the district slot may end in an admin word ("(Rajouri district, J&K)" is Rajauri district)', () => {
  const m = find('Troops exchanged fire along the Qqzz line (Rajouri district, J&K).').find((x) => x.text.startsWith('Rajouri'));
  assert.equal(m?.feature, 'admin2');
  assert.equal(m?.admin2, 'Rajauri');
});

test('a district whose seat has another name is placed at the seat the reviewed table names', () => {
  // Mayo-Sava (Far North, Cameroon): GeoNames marks no seat; its seat is Mora
  const m = at(find('Militants raided a village in Mayo-Sava (Extreme-Nord) at night.'), 'Mayo-Sava');
  assert.ok(m?.seat && distanceKm(m.seat.latitude, m.seat.longitude, 11.05, 14.14) < 10, JSON.stringify(m));
});

test('every seat in the reviewed table is a town of its district\'s province', async () => {
  const { readFileSync } = await import('node:fs');
  const seats = JSON.parse(readFileSync(new URL('../../data/geo/district-seats.json', import.meta.url), 'utf8')).seats;
  const gaz = geo.gaz;
  for (const s of seats) {
    const a = Array.from({ length: gaz.ix.admin2Codes.length }, (_, i) => i).find((i) => gaz.ix.admin2Codes.get(i) === s.admin2);
    assert.ok(a !== undefined, s.admin2);
    const seat = gaz.admin2Seat(a);
    assert.ok(seat >= 0 && gaz.info(seat).name.startsWith(s.seat.slice(0, 4)), `${s.district}: ${seat >= 0 ? gaz.info(seat).name : 'none'}`);
  }
});
