import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StrTable, findKey, hashSort, writeIndex, readIndex, type GeoIndex } from '../../src/geo/index-file.ts';
import { dataHash, INDEX_PATH } from '../../src/geo/build-index.ts';
import { loadGazetteer } from '../../src/geo/gazetteer.ts';

test('hash-sorted string tables find every key and nothing else', () => {
  const keys = ['damascus', 'aleppo', 'homs', 'hama', 'deirzor', 'raqa'];
  const { sorted, hashes } = hashSort(keys);
  const t = StrTable.from(sorted);
  for (const k of keys) assert.equal(t.get(findKey(t, hashes, k)), k);
  assert.equal(findKey(t, hashes, 'paris'), -1);
  assert.equal(findKey(t, hashes, ''), -1);
});

test('the index file round-trips columns and string tables', () => {
  const { sorted, hashes } = hashSort(['idlib', 'idlibprovince']);
  const pre = hashSort(['idlib']);
  const ix: GeoIndex = {
    version: 1, dataHash: 'x',
    gid: Int32Array.from([169389, 0]), lat: Float32Array.from([35.93, 35.8]), lon: Float32Array.from([36.63, 36.6]),
    pop: Float64Array.from([165000, 1e6]), cc: Uint16Array.from([0, 0]), a1: Int32Array.from([0, 0]), a2: Int32Array.from([-1, -1]),
    kind: Uint8Array.from([0, 1]), fcode: Uint8Array.from([0, 1]), prec: Uint8Array.from([1, 3]), alts: Uint8Array.from([40, 0]),
    names: StrTable.from(['Idlib', 'Idlib Governorate']),
    countries: [{ code: 'SY', name: 'Syria', place: -1 }], admin1: [{ code: 'SY.12', name: 'Idlib', place: 1 }],
    admin2Codes: StrTable.from([]), admin2Names: StrTable.from([]),
    fcodes: ['PPLA', 'ADM1'], demonyms: { syrian: -1 }, siteCues: [],
    keys: StrTable.from(sorted), keyHash: hashes, postStart: Int32Array.from([0, 1, 2]), post: Int32Array.from([0, 1]), postFlag: Uint8Array.from([1, 1]),
    prefixes: StrTable.from(pre.sorted), prefixHash: pre.hashes,
  };
  const path = join(mkdtempSync(join(tmpdir(), 'sitrep-ix-')), 'ix.bin');
  writeIndex(path, ix);
  const back = readIndex(path);
  assert.equal(back.names.get(1), 'Idlib Governorate');
  assert.equal(back.gid[0], 169389);
  assert.ok(Math.abs(back.lat[0] - 35.93) < 1e-4);
  assert.deepEqual(back.admin1, ix.admin1);
  assert.equal(back.keys.get(findKey(back.keys, back.keyHash, 'idlibprovince')), 'idlibprovince');
  assert.equal(findKey(back.prefixes, back.prefixHash, 'idlib') >= 0, true);
});

test('the cached gazetteer index is current and loads fast', () => {
  loadGazetteer(); // builds it once if missing
  assert.ok(existsSync(INDEX_PATH));
  const t0 = performance.now();
  const ix = readIndex(INDEX_PATH);
  const ms = performance.now() - t0;
  assert.equal(ix.dataHash, dataHash());
  assert.ok(ix.names.length > 150000, `${ix.names.length} places`);
  assert.ok(ms < 1500, `load took ${ms} ms`); // < 300 ms on an idle machine; bench reports it
});
