// An article's subject event: the act of the headline's kind, told in the lead and dated by the
// text, the earliest of them; the news of the day around it (a hearing, a protest, a second arrest)
// ranks below it. Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { headlineClasses } from '../../src/extract/headline.ts';

const BODY = [
  'The union organiser Amina Bello was arrested on 3 May 2021, her lawyer said.',
  'She was accused of organising an unlawful strike at a textile mill.',
  'On 18 May 2021 police officers in Kano detained two of her colleagues at a checkpoint near the mill.',
  'The union said the charges were an attempt to silence workers.',
  'On 20 May 2021 police in Kano fired tear gas at hundreds of her supporters who marched to the court.',
  'A judge adjourned the hearing until next month.',
].join(' ');

const top = (title?: string) => {
  const events = extract({ id: 's', text: BODY, published: '2021-05-21', title }).events.filter((e) => e.modality !== 'background');
  return [...events].sort((a, b) => b.confidence - a.confidence || b.evidence.length - a.evidence.length)[0];
};

test('subject: a bail headline makes the earliest arrest told in the lead the article\'s main event', () => {
  // (the later detention of her colleagues is an arrest too, and the tear gas is better attested)
  assert.equal(top('Court grants bail to jailed union organiser in Kano').event_date, '2021-05-03');
  assert.equal(top('Union organiser freed on bail').event_date, '2021-05-03');
});

test('subject: without a headline (or one that names no act) the better-attested later news stays on top', () => {
  assert.equal(top().event_date, '2021-05-20');
  assert.equal(top('Kano union marks its anniversary').event_date, '2021-05-20');
});

test('subject: a custodial procedure in a headline names an arrest, unless it follows up a crime or names an act', () => {
  for (const t of ['Court grants bail to union organiser', 'Activist freed after two months in custody', 'Editor convicted of sedition', 'Trial of detained reporters opens'])
    assert.deepEqual([...headlineClasses(t)], ['arrest'], t);
  assert.equal(headlineClasses('Three charged over murder of trader').size, 1);
  assert.ok(!headlineClasses('Three charged over murder of trader').has('arrest'));
  assert.deepEqual([...headlineClasses('Hostages freed after kidnapping in Zaria')], ['abduct']);
  assert.equal(headlineClasses('Court hears appeal of union organiser').size, 0);
});

// an article whose headline names no act: the act its lead returns to is its main event
const RETURNS = [
  'Gunmen abducted the teacher Grace Okafor from her home in Lokoja on 2 March 2021.',
  'Her husband said the gunmen abducted her at night while the children slept.',
  'The school where she taught has been closed since then.',
  'On 9 March 2021 soldiers in Lokoja arrested four traders at a market near the river.',
  'On 11 March 2021 police in Lokoja fired tear gas at hundreds of students who marched to the state house.',
  'The state government said it was working to free her.',
].join(' ');

const topOf = (text: string, title?: string) => {
  const events = extract({ id: 'r', text, published: '2021-03-12', title }).events.filter((e) => e.modality !== 'background');
  return [...events].sort((a, b) => b.confidence - a.confidence || b.evidence.length - a.evidence.length)[0];
};

test('subject: with no act in the headline, the act the lead tells again is the main event', () => {
  assert.equal(topOf(RETURNS, 'Lokoja waits for word of Grace Okafor').event_date, '2021-03-02');
  // told once, the abduction does not outrank the better-attested later news
  const once = RETURNS.replace('Her husband said the gunmen abducted her at night while the children slept.', 'Her husband said the children were asleep.');
  assert.notEqual(topOf(once, 'Lokoja waits for word of Grace Okafor').event_date, '2021-03-02');
});
