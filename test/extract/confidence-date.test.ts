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

test('confidence: in an article, acts told over "the past two months" are a tally that ranks below an act told "in April"', () => {
  const article = (when: string) => [
    'Rights groups on Monday urged the release of a blogger held in Beira.',
    'The blogger has written for several local papers and ran a popular page on corruption.',
    'His lawyer said he had not been allowed visits and that his health was poor.',
    `${when}, the police in Beira have arrested two rappers, a teacher and a student for posts online.`,
    'The ministry did not answer requests for comment.',
  ].join(' ');
  const arrest = (when: string) => extract({ id: 't', text: article(when), published: '2021-05-10' }).events.find((e) => e.sub_event_type === 'Arrests');
  const tally = arrest('In the past two months');
  const month = arrest('In April');
  assert.ok(tally && month);
  assert.ok(tally.confidence < month.confidence, `${tally.confidence} vs ${month.confidence}`);
});
