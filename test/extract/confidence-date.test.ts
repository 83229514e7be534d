// A month-wide or vaguer date ("last year", "in October") adds no confidence; a day does. Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

const conf = (text: string) => extract({ id: 't', text, published: '2021-05-10' }).events.map((e) => e.confidence);

test('confidence: an arrest dated to a day outranks the same arrest dated only to a year', () => {
  const [day] = conf('Police arrested the trade unionist Joao Silva in Beira on Monday.');
  const [year] = conf('Police arrested the trade unionist Joao Silva in Beira last year.');
  assert.ok(day !== undefined && year !== undefined);
  assert.ok(day > year, `${day} vs ${year}`);
});

test('confidence: a week-wide date still counts as the event\'s own date', () => {
  const [week] = conf('Police arrested the trade unionist Joao Silva in Beira last week.');
  const [none] = conf('Police arrested the trade unionist Joao Silva in Beira.');
  assert.ok(week > none, `${week} vs ${none}`);
});
