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

test('stem filter: the in-place stem hash equals the hash of stem() on every branch', async () => {
  const { stemKeyHash, stringHash } = await import('../../src/extract/stem-filter.ts');
  const bases = ['a', 'is', 'bus', 'gas', 'kiss', 'tie', 'die', 'fly', 'spy', 'stab', 'shell', 'fire', 'march', 'crash', 'box', 'buzz', 'raid', 'shoot', 'run', 'plan', 'seize', 'bomb', 'u.s', 'al', 'ied', 'ing', 'ed', 'es'];
  const ends = ['', 's', 'es', 'ies', 'ied', 'ed', 'ing', 'ning', 'ted', 'e', 'ee', 'eed', "'s", '.', "s'", 'ss', 'us', 'is', 'sses', 'ches', 'shes', 'xes', 'zes', 'd', 'ddd', 'y', "'s."];
  for (const b of bases) for (const e of ends) for (const w of [b + e, b + e + e]) {
    assert.equal(stemKeyHash(w), stringHash(stem(w)), w);
  }
  // capitals and non-ASCII words take the general path
  assert.equal(stemKeyHash('Killed'), -1);
  assert.equal(stemKeyHash('soldier’s'), -1);
});

test('stem filter: the stem read in place is stem() exactly, and no other string', async () => {
  const { stemKeyHash, isLastStem } = await import('../../src/extract/stem-filter.ts');
  const bases = ['a', 'is', 'bus', 'gas', 'tie', 'fly', 'spy', 'stab', 'shell', 'fire', 'march', 'box', 'raid', 'plan', 'seize', 'u.s', 'ied'];
  const ends = ['', 's', 'es', 'ies', 'ied', 'ed', 'ing', 'ning', 'e', "'s", '.', 'ss', 'sses', 'ches', 'y', "'s."];
  for (const b of bases) for (const e of ends) {
    const w = b + e;
    const st = stem(w);
    assert.ok(stemKeyHash(w) >= 0, w);
    assert.equal(isLastStem(w, st), true, w);
    assert.equal(isLastStem(w, st + 'y'), false, w);
    assert.equal(isLastStem(w, st.slice(0, -1)), st.length === 0, w);
    assert.equal(isLastStem(w, st.slice(0, -1) + (st.endsWith('q') ? 'r' : 'q')), false, w);
  }
});

test('trie: a word found through the in-place stem and one through the cache match alike', () => {
  const t = new TokenTrie<string>();
  t.add('shelled', 'SHELL');
  t.add('raids', 'RAID');
  // ASCII words compare their stems in place; a capitalised or accented word goes through the cache
  assert.deepEqual(t.findAll(toks('troops shelling the town')).map((m) => m.values[0]), ['SHELL']);
  assert.deepEqual(t.findAll(toks('Shelling resumed after the raid')).map((m) => m.values[0]), ['SHELL', 'RAID']);
  assert.deepEqual(t.findAll(toks('the shelly beach')).length, 0);
});

test('trie: phrases added after a scan are found', () => {
  const a = new TokenTrie<string>();
  const b = new TokenTrie<string>();
  const c = new TokenTrie<string>();
  a.add('ambush', 'A');
  b.add('mortar', 'M');
  c.add('convoy', 'X');
  const t = toks('an ambush on the convoy near the river crossing');
  assert.deepEqual(a.findAll(t).map((m) => m.values[0]), ['A']);
  assert.equal(b.findAll(t).length, 0);
  // a stem another trie already holds: the vocabulary does not change, only b's first words
  b.add('convoy', 'C');
  assert.deepEqual(b.findAll(t).map((m) => m.values[0]), ['C']);
  a.add('river crossing', 'R');
  assert.deepEqual(a.findAll(t).map((m) => m.values[0]), ['A', 'R']);
});
