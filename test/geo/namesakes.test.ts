// Which of several places sharing a name a report means: a town's own name over another town's
// alternate spelling, and the other general cues that pick among namesakes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from './resolve-spans.ts';
import { loadGeocoder } from '../../src/geo/index.ts';

test('a widely known town of the very name beats a town that only lists the name as an alternate spelling', () => {
  // Richmond, Virginia lists "Manchester" (a town merged into it) among its alternate names
  const text = 'Bar owners in Austin and Dallas said Texas fans stayed up to watch the game from Manchester, and the American coach flew home to Houston.';
  const m = resolve(text, ['Manchester', 'Austin', 'Dallas', 'Texas', 'American', 'Houston']).find((x) => x.name === 'Manchester');
  assert.equal(m?.r?.country_code, 'GB', `${m?.r?.name}, ${m?.r?.admin1}`);
});

test('English counties GeoNames lists only by their parts are England, not their American namesakes', () => {
  const text = 'Floods closed roads across Yorkshire and Cheshire on Tuesday, and the American tourists in Berkshire stayed indoors.';
  for (const { name, r } of resolve(text, ['Yorkshire', 'Cheshire', 'Berkshire', 'American'])) {
    if (name !== 'American') assert.equal(r?.country_code, 'GB', `${name} -> ${r?.name}, ${r?.admin1}`);
  }
});

test('"West Coast" in a report on American states is the US West Coast, not New Zealand\'s region', () => {
  const text = 'Smoke from the fires in Oregon and California drifted along the West Coast for a week.';
  const w = resolve(text, ['Oregon', 'California', 'West Coast']).find((x) => x.name === 'West Coast');
  assert.equal(w?.r?.country_code, 'US', `${w?.r?.name}`);
});

test('a town known twice as widely as any namesake (25 alternate names or more) is meant where nothing in the report supports the namesake', () => {
  // Colchester, England (some 27 alternate names) against Colchester, Vermont (7), in a report with
  // nothing in Vermont
  const text = 'Officials in Austin and Dallas said the Texas delegation would visit Colchester next spring.';
  const c = resolve(text, ['Austin', 'Dallas', 'Texas', 'Colchester']).find((x) => x.name === 'Colchester');
  assert.equal(c?.r?.country_code, 'GB', `${c?.r?.name}, ${c?.r?.admin1}`);
});

test('a province named is no support for a town called so only by an alternate spelling', () => {
  // Pittsburg, California lists "Pittsburgh" among its alternate names
  const text = 'Fans from Los Angeles and San Diego, California, flew to Pittsburgh for the final.';
  const p = resolve(text, ['Los Angeles', 'San Diego', 'California', 'Pittsburgh']).find((x) => x.name === 'Pittsburgh');
  assert.equal(p?.r?.admin1, 'Pennsylvania', `${p?.r?.name}, ${p?.r?.admin1}`);
});

test('former provinces still named in reports (Nyanza, Katanga) and macro-regions (the Urals) are known', () => {
  const text = 'Cholera cases rose in Nyanza and in the Coast Province, Kenyan health officials said.';
  for (const n of ['Nyanza', 'Coast Province']) {
    const r = resolve(text, ['Nyanza', 'Coast Province', 'Kenyan']).find((x) => x.name === n)?.r;
    assert.equal(r?.country_code, 'KE', `${n} -> ${r?.name}, ${r?.country_code}`);
  }
  const k = resolve('Copper output from Katanga fell in March.', ['Katanga'])[0].r;
  assert.equal(k?.country_code, 'CD', `${k?.name}`);
  const u = resolve('Snow closed the passes of the Urals early this year.', ['Urals'])[0].r;
  assert.equal(u?.name, 'Ural Mountains', `${u?.name}`);
});

test('a town dwarfed by a namesake of its own country needs towns of the report close by, not its province named', () => {
  // Louisville, Ohio (some 9,000 people) against Louisville, Kentucky; the dateline names Ohio
  const text = 'COLUMBUS, Ohio — The Buckeyes lost at home to Louisville on Saturday, and the coach said the team would face Louisville again in March.';
  for (const { name, r } of resolve(text, ['COLUMBUS', 'Ohio', 'Louisville'])) {
    if (name === 'Louisville') assert.equal(r?.admin1, 'Kentucky', `${r?.name}, ${r?.admin1}`);
  }
});

test('a small town keeps its reading against a far better known namesake where towns of the report lie close by', () => {
  // Louisville, Ohio lies some 10 km from Canton and 25 km from Alliance
  const text = 'Storms knocked out power in Canton, Massillon, Alliance and Louisville, Stark County officials said.';
  const l = resolve(text, ['Canton', 'Massillon', 'Alliance', 'Louisville', 'Stark County']).find((x) => x.name === 'Louisville');
  assert.equal(l?.r?.admin1, 'Ohio', `${l?.r?.name}, ${l?.r?.admin1}`);
});

test('"X district" where one district abroad is called "X District" in full still reads the districts called X', () => {
  // GeoNames: "Musa Khel District" in Balochistan, Pakistan; "Musa Khel" in Khost, Afghanistan
  const ms = loadGeocoder().findPlaces({ id: 't', text: 'Gunmen attacked a checkpoint in Musa Khel district, Khost, on Sunday.' }, []);
  const m = ms.find((x) => x.text === 'Musa Khel district');
  assert.equal(m?.country_code, 'AF', JSON.stringify(ms));
  assert.equal(m?.admin1, 'Khost');
});

test('in a report that names one country, a town of the name there beats a mid-sized namesake abroad the report never mentions', () => {
  const geo = loadGeocoder();
  const ms = geo.findPlaces({ id: 't', text: 'Insurgents attacked Palma on Wednesday. Thousands have fled the violence in Mozambique since 2017.' }, [], { locationsOnly: true });
  assert.equal(ms.find((m) => m.text === 'Palma')?.country, 'Mozambique', JSON.stringify(ms.map((m) => `${m.text}/${m.country}`)));
  // with nothing of Mozambique in the report, Palma is still Palma de Mallorca
  const es = geo.findPlaces({ id: 't', text: 'Insurgents attacked Palma on Wednesday.' }, [], { locationsOnly: true });
  assert.equal(es.find((m) => m.text === 'Palma')?.country, 'Spain');
});
