import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TokenTrie, stem } from '../../src/extract/matcher.ts';
import { segment } from '../../src/extract/segment.ts';

const toks = (s: string) => segment(s).flatMap((x) => x.tokens);

test('stem: inflections share a key', () => {
  assert.equal(stem('clashes'), stem('clashed'));
  assert.equal(stem('killed'), stem('killing'));
  assert.equal(stem('fired'), stem('fire'));
  assert.equal(stem('stabbed'), stem('stab'));
  assert.equal(stem("Syria's"), stem('Syria'));
});

test('trie: leftmost-longest matches, hyphens skipped', () => {
  const t = new TokenTrie<string>();
  t.add('al-Shabaab', 'AS');
  t.add('drone', 'D');
  t.add('drone strike', 'DS');
  const m = t.findAll(toks('Al Shabaab fighters survived a drone strike and another drone.'));
  assert.deepEqual(m.map((x) => x.values[0]), ['AS', 'DS', 'D']);
  assert.equal(m[1].end - m[1].start, 'drone strike'.length);
});

test('trie: case-sensitive entries and exact surface preference', () => {
  const t = new TokenTrie<string>();
  t.add('US', 'country', { caseSensitive: true });
  t.add('shots', 'clash');
  t.add('shot', 'kill');
  assert.equal(t.findAll(toks('they told us')).length, 0);
  assert.equal(t.findAll(toks('US troops'))[0].values[0], 'country');
  assert.equal(t.findAll(toks('shots were heard'))[0].values[0], 'clash');
  assert.equal(t.findAll(toks('he was shot'))[0].values[0], 'kill');
});

test('trie: a much shorter word does not match through a shared stem', () => {
  const t = new TokenTrie<string>();
  t.add('downed', 'X');
  assert.equal(t.findAll(toks('the shops were shut down')).length, 0);
  assert.equal(t.findAll(toks('they downed a drone')).length, 1);
});
