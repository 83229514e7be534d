import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/extract/segment.ts';
import { findWeapons } from '../../src/extract/weapons.ts';
import { eventsOf } from './events-of.ts';

const w = (s: string) => findWeapons(segment(s)[0]).map((x) => `${x.weapon}:${x.mode}`);

test('weapons: normalized names and modes', () => {
  assert.deepEqual(w('The launched rockets were Katyushas along with short-range missiles.'), ['rocket:shell', 'rocket (Katyusha):shell', 'missile:shell']);
  assert.deepEqual(w('A roadside bomb and a suicide bomber hit the convoy.'), ['IED:ied', 'suicide bomb:suicide']);
  assert.deepEqual(w('Police fired tear gas and rubber bullets.'), ['tear gas:crowd', 'tear gas:crowd']);
  assert.deepEqual(w('A Shahed drone and an airstrike.'), ['drone:air', 'airstrike:air']);
});

test('weapons: longest phrase wins (grenade launcher is artillery, not a grenade)', () => {
  assert.deepEqual(w('They fired grenade launchers.'), ['artillery:shell']);
});

test('weapons: a weapon word naming a body or a facility is no weapon in use', () => {
  assert.deepEqual(w('Gunmen killed an officer of the air force intelligence with pistols.'), ['small arms:small']);
  assert.deepEqual(w('Militants fired mortars at the air force base.'), ['mortar:shell']);
  assert.deepEqual(w('The air force struck the bridge.'), ['airstrike:air']);
});

test('weapons: heavy machine-gun calibres and infantry fighting vehicles are heavy weapons', () => {
  assert.deepEqual(w('The rebels used 14.5mm and 23mm on the ridge.'), ['heavy machine gun:shell', 'heavy machine gun:shell']);
  assert.deepEqual(w('The brigade fired IFVs at the trenches.'), ['heavy machine gun:shell']);
});

test('weapons: plural and spelled-out anti-tank missiles and rocket launchers are stand-off weapons', () => {
  assert.deepEqual(w('Soldiers fired ATGMs at a checkpoint near the ridge.'), ['rocket:shell']);
  assert.deepEqual(w('The militia fired anti-tank guided missiles and rocket-propelled grenades.'), ['rocket:shell', 'rocket:shell']);
  assert.deepEqual(w('Rocket launchers were moved to the front.'), ['rocket:shell']);
});

test('weapons: machine guns a note calls heavy are heavy weapons; fired at an area they are shelling', async () => {
  assert.ok(w('Fighters fired machine guns, presumably heavy, at the port.').includes('heavy machine gun:shell'));
  const { extract } = await import('../../src/extract/index.ts');
  const [e] = extract({ id: 't', text: 'On 3 June 2021, Houthi forces fired machine guns, assumedly heavy, at the farming areas of Bayt al Faqih district (Al Hudaydah).', published: '2021-06-10' }).events;
  assert.equal(e.event_type, 'Explosions/Remote violence');
  assert.equal(e.sub_event_type, 'Shelling/artillery/missile attack');
});

test('weapons: a septic or water tank is a container, not an armoured vehicle', () => {
  const w = (t: string) => findWeapons(segment(t)[0]).map((x) => x.weapon);
  assert.deepEqual(w('Locals threw a thief into a septic tank.'), []);
  assert.deepEqual(w('Gunmen shot at the water tank of the village.').filter((x) => x === 'artillery'), []);
  assert.ok(w('Army tanks shelled the village.').includes('artillery'));
});

test('weapons: a mining company, a gold mine or a collapsed mine is no land mine', () => {
  const ws = (text: string) => segment(text).flatMap((s) => findWeapons(s).map((w) => w.weapon));
  assert.deepEqual(ws('Armed men attacked the offices of a mining company in Rubaya.'), []);
  assert.deepEqual(ws('Two diggers died when a gold mine collapsed near Rubaya.'), []);
  assert.deepEqual(ws('A soldier was killed when a mine exploded under his truck near Rubaya.'), ['IED']);
});

test('weapons: glide and guided bombs are dropped from the air', () => {
  const modes = (t: string) => findWeapons(segment(t)[0]).map((w) => w.mode);
  assert.deepEqual(modes('A glide bomb hit the apartment block.'), ['air']);
  assert.deepEqual(modes('Two guided aerial bombs struck the depot.'), ['air']);
  assert.deepEqual(modes('A bomb went off at the market.'), ['ied']);
});

test('weapons: a blast of unknown source is an explosive device; a monitor\'s count of explosions is stand-off fire', async () => {
  const { eventsOf } = await import('./events-of.ts');
  const sub = (text: string) => eventsOf(text).map((e) => e.sub_event_type);
  assert.deepEqual(sub('On 5 May 2021, a caretaker was injured in an explosion at a mosque in Kandi (Alibori).'), ['Remote explosive/landmine/IED']);
  assert.deepEqual(sub('On 5 May 2021, several explosions took place in Kandi (Alibori). No casualties were reported.'), ['Remote explosive/landmine/IED']);
  assert.deepEqual(sub('On 5 May 2021, the OSCE SMM observed 12 explosions near Zaitseve.'), ['Shelling/artillery/missile attack']);
  // ("gunshots and explosions": a fight's)
  assert.deepEqual(sub('On 5 May 2021, gunshots and explosions involving unknown actors were reported in Kandi (Alibori).'), ['Armed clash']);
});

test('weapons: "heavy and medium weapons" fired at a village is shelling', () => {
  const [e] = eventsOf('On 6 June 2021, pro-government forces reportedly fired heavy and medium weapons at Al Manzar village (Ad Durayhimi, Al Hudaydah) with no report of fatalities.');
  assert.equal(e.event_type, 'Explosions/Remote violence');
  assert.equal(e.sub_event_type, 'Shelling/artillery/missile attack');
});
