// In an article, an act whose day is told in the sentence that states it ranks above one whose day is
// only told by a later mention, and above the same act in a brief. Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

const PAD = [
  'Press freedom groups have long warned about the dangers facing reporters in the region.',
  'The newspaper has covered land disputes in the area for a decade.',
  'Its editor said the staff would keep working.',
  'A statement from the state government promised an inquiry.',
].join(' ');

// (raw scores: the article's subject, subject.ts, is lifted above them afterwards, and an act told
// twice is the one an article with no act in its headline returns to)
const abduction = (text: string) => {
  const evs = extract({ id: 't', text, published: '2021-05-13' }, { rawConfidence: true }).events.filter((e) => e.sub_event_type === 'Abduction/forced disappearance');
  assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => [e.sub_event_type, e.event_date])));
  return evs[0];
};

test('confidence: a day told in the sentence of the act outranks a day told only by a later mention', () => {
  const own = abduction(`Gunmen abducted the journalist Paul Adeyemi in Jos on Monday night. ${PAD}`);
  const later = abduction(`Gunmen abducted the journalist Paul Adeyemi in Jos. The abduction happened on Monday night, his colleagues said. ${PAD}`);
  assert.equal(own.event_date, '2021-05-10');
  assert.equal(later.event_date, '2021-05-10');
  assert.ok(own.confidence > later.confidence, `${own.confidence} vs ${later.confidence}`);
});

test('confidence: the bonus is for ranking within an article; a brief keeps its score', () => {
  const brief = abduction('Gunmen abducted the journalist Paul Adeyemi in Jos on Monday night.');
  const article = abduction(`Gunmen abducted the journalist Paul Adeyemi in Jos on Monday night. ${PAD}`);
  assert.ok(article.confidence > brief.confidence, `${article.confidence} vs ${brief.confidence}`);
});
