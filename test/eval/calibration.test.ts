import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyCalibration, fitCalibration } from '../../src/eval/calibration.ts';
import { extract } from '../../src/extract/index.ts';
import { calibrate } from '../../src/extract/finish.ts';

function pairs(spec: [number, number, number][]): [number, boolean][] {
  // [score, correct, wrong]
  const out: [number, boolean][] = [];
  for (const [s, ok, bad] of spec) {
    for (let i = 0; i < ok; i++) out.push([s, true]);
    for (let i = 0; i < bad; i++) out.push([s, false]);
  }
  return out;
}

test('fitCalibration: the map never falls, and a score bin that is worse than the one below is pooled with it', () => {
  const knots = fitCalibration(pairs([[0.2, 10, 40], [0.4, 30, 20], [0.5, 20, 30], [0.8, 45, 5]]), 1);
  for (let i = 1; i < knots.length; i++) {
    assert.ok(knots[i][0] > knots[i - 1][0], 'knots increase in score');
    assert.ok(knots[i][1] >= knots[i - 1][1], 'share correct never falls');
  }
  // 0.4 (60%) and 0.5 (40%) violate the order: pooled to 50% at their mean score
  assert.deepEqual(knots.find(([x]) => x === 0.45), [0.45, 0.5]);
  assert.equal(knots[0][0], 0);
  assert.equal(knots[knots.length - 1][0], 1);
  assert.equal(applyCalibration(knots, 0.95), 0.9);
  assert.equal(applyCalibration(knots, 0.05), 0.2);
});

test('fitCalibration: a bin with fewer predictions than minBlock joins a neighbour', () => {
  const knots = fitCalibration(pairs([[0.3, 10, 30], [0.6, 30, 10], [0.9, 3, 0]]), 20);
  // the three events at 0.9 cannot claim 100%: they pool with the 0.6 bin
  assert.ok(knots.every(([, y]) => y < 1), JSON.stringify(knots));
  assert.equal(knots.length, 4);
  assert.throws(() => fitCalibration([]), /no predictions/);
});

test('rawConfidence reports the uncalibrated score, which the calibration map turns into the event confidence', () => {
  const doc = { id: 'cal', published: '2025-03-04', text: 'On 3 March 2025, gunmen killed two farmers in Maiduguri, Borno state, police said.' };
  const raw = extract(doc, { rawConfidence: true }).events;
  const cal = extract(doc).events;
  assert.equal(raw.length, 1);
  assert.equal(cal[0].confidence, calibrate(raw[0].confidence));
  assert.notEqual(cal[0].confidence, raw[0].confidence);
});
