// A coded note that splits one toll among several events gives each event its share (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './events-of.ts';

const tolls = (text: string) => eventsOf(text).filter((e) => e.modality === 'asserted').map((e) => `${e.sub_event_type} ${e.fatalities}`);

test('split tolls: each event of a note carries its share of the split toll, rounded', () => {
  assert.deepEqual(tolls('On 3 May 2021, soldiers clashed with rebels in Kandi (Alibori). Twelve rebels were killed. 12 fatalities split between 2 events.'), ['Armed clash 6']);
  // the coder's own total counts when the toll is unknown
  assert.deepEqual(tolls('On 3 May 2021, soldiers clashed with rebels in Kandi (Alibori), incurring fatalities. Unknown fatalities coded as 10 and spread across three locations.'), ['Armed clash 3']);
});

test('split tolls: a share the note states is the share', () => {
  assert.deepEqual(tolls('On 3 May 2021, soldiers clashed with rebels in Kandi (Alibori), killing 9 rebels. Fatalities are split across 4 events (3).'), ['Armed clash 3']);
  assert.deepEqual(tolls('On 3 May 2021, rebels fired mortars at army positions near Kandi (Alibori). One soldier was killed at an unspecified location [1 fatality split among 12 events].'), ['Shelling/artillery/missile attack 0']);
});

test('split tolls: a note without a split keeps its toll; arrests carry none of a split toll', () => {
  assert.deepEqual(tolls('On 3 May 2021, soldiers clashed with rebels in Kandi (Alibori), killing 9 rebels.'), ['Armed clash 9']);
});
