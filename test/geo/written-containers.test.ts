// A name we do not know, or know only abroad, written with its container ("Quillhaven Farm, Cheshire"):
// the container stands in for it, English counties (curated regions) included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from './resolve-spans.ts';
import { loadGeocoder } from '../../src/geo/index.ts';

test('a name we do not know, written before its county and a full stop, lies in the county', () => {
  const text = 'The tour moves on to Quillhaven Farm, Cheshire. Tickets went on sale in Liverpool and Manchester.';
  const q = resolve(text, ['Quillhaven Farm', 'Cheshire', 'Liverpool', 'Manchester']).find((x) => x.name === 'Quillhaven Farm');
  assert.equal(q?.r?.name, 'Cheshire', `${q?.r?.name}, ${q?.r?.country_code}`);
});

test('a name known only abroad, written with an English county, is a place in that county', () => {
  // Lexington has namesakes in the United States only
  const text = 'The final round is at Lexington, Northamptonshire. Fans travelled from Leeds and Sheffield.';
  const l = resolve(text, ['Lexington', 'Northamptonshire', 'Leeds', 'Sheffield']).find((x) => x.name === 'Lexington');
  assert.equal(l?.r?.country_code, 'GB', `${l?.r?.name}, ${l?.r?.admin1}`);
});

test('a town after a comma that goes on as the clause\'s subject is no container of the name before it', () => {
  const text = 'Beyond Quillhaven Farm, Liverpool have other academies in Cairo and Giza.';
  const q = resolve(text, ['Quillhaven Farm', 'Liverpool', 'Cairo', 'Giza']).find((x) => x.name === 'Quillhaven Farm');
  assert.equal(q?.r?.country_code, 'EG', `${q?.r?.name}, ${q?.r?.country_code}`);
});

test('a name we do not know lies in the town its sentence places things in, before the report\'s focus', () => {
  const text = 'The chain opened stores in Miami, Orlando and Tampa, Florida, last year. A chef showed shoppers how to roast a goose at Harvest Mart on Friday in Tacoma, Wash. More classes are planned in Miami.';
  const h = resolve(text, ['Miami', 'Orlando', 'Tampa', 'Florida', 'Harvest Mart', 'Tacoma', 'Wash.']).find((x) => x.name === 'Harvest Mart');
  assert.equal(h?.r?.name, 'Tacoma', `${h?.r?.name}, ${h?.r?.admin1}`);
});

test('a town written right after a longer name ("California State University in Fresno") holds it, whatever place the name has inside', () => {
  const text = 'She studied at California State University in Fresno before moving to Texas, where she now teaches in Austin.';
  const c = resolve(text, ['California State University', 'Fresno', 'Texas', 'Austin']).find((x) => x.name === 'California State University');
  assert.equal(c?.r?.name, 'Fresno', `${c?.r?.name}, ${c?.r?.feature}`);
});

const geo = loadGeocoder();

test('a town in brackets holds only places of its own country: the namesake across the border is not the place', () => {
  // "Zap" is also a Turkish village within 100 km of Amadiya; "Pati" a bigger town in Indonesia
  const z = geo.findPlaces({ id: 't', text: 'Turkish jets struck militant positions in Zap (Amadiya) on Monday.' }, [], { locationsOnly: true });
  assert.ok(!z.some((m) => m.country === 'Turkey' && m.text === 'Zap'), JSON.stringify(z.map((m) => `${m.text}/${m.country}`)));
  assert.ok(z.some((m) => m.name === "Al 'Amadiyah"));
  const p = geo.findPlaces({ id: 't', text: 'Two families clashed in Pati village (Barwani, Madhya Pradesh) over land.' }, [], { locationsOnly: true });
  assert.ok(!p.some((m) => m.country === 'Indonesia'), JSON.stringify(p.map((m) => `${m.text}/${m.country}`)));
});
