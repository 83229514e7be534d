// "Hamas-led gunmen" are Hamas; armour destroyed in a fight is a battle, drones brought down a
// disruption (invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

const coded = (text: string) => assertedOf(text, '2024-03-03').map((e) => `${e.sub_event_type}: ${e.actor1} / ${e.actor2 ?? ''}`);

test('led: "Hamas-led gunmen" are Hamas; "US-led coalition" and "Iran-backed militias" keep their coding', () => {
  assert.match(coded('Hamas-led gunmen stormed a kibbutz near Sderot on Monday, killing 40 people.')[0] ?? '', /^Attack: Hamas Movement \//);
  assert.match(coded('Iran-backed militias fired rockets at a US base near Deir ez-Zor on Monday.')[0] ?? '', /Iran-backed Militia/);
});

test('armour: "destroyed three Russian tanks" is a fight; "destroyed 22 Ukrainian drones" a disruption', () => {
  const fight = assertedOf('Ukrainian forces destroyed three Russian tanks near Avdiivka on Monday.', '2024-03-03');
  assert.deepEqual(fight.map((e) => [e.sub_event_type, [e.actor1, e.actor2].sort().join(' / ')]), [['Armed clash', 'Military Forces of Russia / Military Forces of Ukraine']]);
  assert.deepEqual(coded('Russian air defences destroyed 22 Ukrainian drones near Belgorod on Monday.'), ['Disrupted weapons use: Military Forces of Russia / Military Forces of Ukraine']);
  // (with no day named too)
  assert.equal(coded('Ukrainian forces had destroyed three Russian tanks near Avdiivka.').length, 1);
});
