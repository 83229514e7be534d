// An embedded tweet's "today" is the day it was posted (its signature), not the article's day. Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { tweetSpans } from '../../src/extract/dates/tweets.ts';

const ARTICLE = [
  'Rights groups have condemned a wave of detentions of street vendors in the capital.',
  'The city council has not commented on the complaints.',
  'Several vendors said their stalls had been confiscated.',
  'A local reporter posted footage of one arrest:',
  'Police in Kampala detained a vendor today for selling umbrellas without a licence. pic.twitter.com/abc123 — Jane Okello (@janeokello) March 12, 2022',
  'The vendor was released after paying a fine, her family said.',
].join('\n');

test('tweet dates: a relative day in an embedded tweet is read against the day it was posted', () => {
  const events = extract({ id: 'tw', text: ARTICLE, published: '2022-03-15' }).events;
  const arrest = events.find((e) => e.evidence.some((v) => v.field === 'event_type' && v.text === 'detained'));
  assert.ok(arrest, events.map((e) => e.sub_event_type).join(', '));
  assert.equal(arrest.event_date, '2022-03-12');
});

test('tweet dates: the tweet runs from its line to its signature; text without a signature is no tweet', () => {
  const spans = tweetSpans(ARTICLE);
  assert.equal(spans.length, 1);
  assert.ok(ARTICLE.slice(spans[0].start).startsWith('Police in Kampala'));
  assert.equal(tweetSpans('Police detained a vendor today, the reporter (@janeokello) said on March 12, 2022.').length, 0);
  assert.equal(tweetSpans('A well-known reporter (@janeokello) March 12, 2022 video.').length, 0);
});
