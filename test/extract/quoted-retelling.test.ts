// A witness's quoted account of the attack an article told retells it; a place named before a
// lower-case media word after "its"/"on" is an outlet (invented article).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { insideQuote } from '../../src/extract/quotes.ts';
import { extract } from '../../src/extract/index.ts';
import { loadGeocoder } from '../../src/geo/index.ts';

const geocoder = loadGeocoder();
const assertedOf = (text: string, published: string) => extract({ id: 'q', text, published }, { geocoder }).events.filter((e) => e.modality === 'asserted');

test('quotes: an offset is inside a quotation opened and not closed in its paragraph', () => {
  const t = 'He said "they came at dawn" and left.\n"We ran," she said. “They shot at us';
  assert.equal(insideQuote(t, t.indexOf('came')), true);
  assert.equal(insideQuote(t, t.indexOf('left')), false);
  assert.equal(insideQuote(t, t.indexOf('ran')), true);
  assert.equal(insideQuote(t, t.indexOf('she')), false);
  assert.equal(insideQuote(t, t.indexOf('shot')), true);
});

const ARTICLE = [
  'Al Shabaab fighters stormed a military base in the town of Bulo Marer on Monday, killing at least eight soldiers, officials said.',
  '',
  'The attack began at dawn when a suicide bomber drove a car packed with explosives into the gate of the base, a commander said.',
  '',
  '"Al Shabaab fighters attacked us from three directions after the blast," said a captain who was at the base. "We fought them for two hours before they retreated."',
  '',
  'Al Shabaab claimed responsibility for the assault in a statement on its Andalus radio station.',
].join('\n');

test('quotes: the quoted account of the fight joins the attack it retells', () => {
  const evs = assertedOf(ARTICLE, '2024-05-15');
  assert.equal(evs.length, 1, evs.map((e) => e.sub_event_type).join(', '));
  assert.equal(evs[0].fatalities, 8);
  assert.equal(evs[0].country, 'Somalia');
});
