// "Indian and Pakistani troops": a demonym coordinated with a force names its own state's forces,
// and two coordinated subjects of a mutual verb are the two sides (invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf } from './events-of.ts';

const sides = (text: string) => assertedOf(text, '2024-05-15').map((e) => [e.actor1, e.actor2].sort().join(' vs '));

test('coordinated demonyms: "Indian and Pakistani troops exchanged fire" is the two armies', () => {
  assert.deepEqual(sides('Indian and Pakistani troops exchanged fire in Poonch on Monday.'), ['Military Forces of India vs Military Forces of Pakistan']);
});

test('coordinated demonyms: a demonym before a named group\'s forces is its state\'s army', () => {
  assert.deepEqual(sides('Israeli and Hezbollah forces exchanged fire near Kiryat Shmona on Monday.'), ['Hezbollah vs Military Forces of Israel']);
});

test('mutual verb: the dead told after a comma do not replace the second subject as a side', () => {
  assert.deepEqual(sides('Burundian and Rwandan soldiers clashed near Busoni on Monday, killing one Burundian soldier.'), ['Military Forces of Burundi vs Military Forces of Rwanda']);
});

test('mutual verb: a direct object with no comma is still the other side', () => {
  assert.deepEqual(sides('Kenyan and Somali troops fought al-Shabaab fighters near Kismayo on Monday.').map((x) => x.includes('Al Shabaab')), [true]);
});
