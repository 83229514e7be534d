import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareRows, flagsFor, newestDay, periodsFor, tallyByKey, WINDOWS } from '../../src/alerts/index.ts';

const week = WINDOWS.find((w) => w.name === '7d')!;
const day = WINDOWS.find((w) => w.name === '24h')!;

test('periods: 24 h is the last day, 7 d the last seven, each against the period before', () => {
  assert.deepEqual(periodsFor('2024-03-01', day), { current: { from: '2024-03-01', to: '2024-03-01' }, previous: { from: '2024-02-29', to: '2024-02-29' } });
  assert.deepEqual(periodsFor('2024-01-03', week), { current: { from: '2023-12-28', to: '2024-01-03' }, previous: { from: '2023-12-21', to: '2023-12-27' } });
});

test('flags', () => {
  assert.deepEqual(flagsFor({ count: 2, fatalities: 0 }, { count: 0, fatalities: 0 }), ['new', 'repeat']);
  assert.deepEqual(flagsFor({ count: 3, fatalities: 5 }, { count: 1, fatalities: 5 }), ['repeat', 'rising']);
  assert.deepEqual(flagsFor({ count: 1, fatalities: 4 }, { count: 1, fatalities: 1 }), ['deadlier']);
  assert.deepEqual(flagsFor({ count: 0, fatalities: 0 }, { count: 2, fatalities: 0 }), ['falling']);
  assert.deepEqual(flagsFor({ count: 1, fatalities: 0 }, { count: 1, fatalities: 0 }), []);
});

test('compareRows sums split rows, puts escalations first and writes a summary', () => {
  const cur = [
    { key: 'Syria', event_type: 'Battles', count: 1, fatalities: 0 },
    { key: 'Syria', event_type: 'Explosions/Remote violence', count: 1, fatalities: 2 },
    { key: 'Sudan', count: 1, fatalities: 0 },
  ];
  const prev = [{ key: 'Sudan', count: 4, fatalities: 9 }, { key: 'Mali', count: 1, fatalities: 0 }];
  const out = compareRows('country', week, cur, prev);
  assert.deepEqual(out.map((c) => c.key), ['Syria', 'Mali', 'Sudan']);
  assert.deepEqual(out[0].current, { count: 2, fatalities: 2 });
  assert.ok(out[0].escalation);
  assert.equal(out[0].summary, 'Syria: 2 events, 2 killed in the last 7 d (previous 7 d: 0 events) — new, repeat, deadlier');
  assert.equal(out[2].delta, -3);
  assert.ok(!out[2].escalation);
});

test('tallyByKey and newestDay ignore empty keys and zero rows', () => {
  assert.equal(tallyByKey([{ key: '', count: 3, fatalities: 0 }]).size, 0);
  assert.equal(newestDay([{ key: '2024-01-02', count: 1, fatalities: 0 }, { key: '2024-05-01', count: 0, fatalities: 0 }, { key: '2023-12-31', count: 2, fatalities: 0 }]), '2024-01-02');
  assert.equal(newestDay([]), null);
});
