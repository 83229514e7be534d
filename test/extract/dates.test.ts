import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, hasDateCue } from '../../src/extract/dates.ts';
import { dayOf, iso, impliedYear, isoWeekStart, parseIso } from '../../src/extract/dates/calendar.ts';
import { resolvePeriod, resolveDayRange, findSpecial } from '../../src/extract/dates/relative.ts';
import {
  pastWeekday, dropTimeOnly, dropNow, dropBareDay, dropBareMonth, dropYearlessSlash, dropPossessiveToday,
  dropVaguePeriods, dropBareTimeOfDay, futureContext, isNight, type Candidate,
} from '../../src/extract/dates/refiners.ts';
import * as chrono from 'chrono-node';
import { sentencesOf, docOf } from './helpers.ts';
import fc from 'fast-check';
import { junk, published } from './fuzz-inputs.ts';

// 2024-08-13 is a Tuesday.
const PUB = '2024-08-13';

/** "date [from..to] pN" of every mention, or with U when unanchored */
function dates(text: string, published: string | undefined = PUB): string[] {
  const { mentions } = findDates(docOf(text, published), sentencesOf(text), { today: '2024-08-13' });
  return mentions.map((m) => `${m.text}: ${m.date} [${m.range[0]}..${m.range[1]}] p${m.precision}${m.unanchored ? ' U' : ''}`);
}

const cases: [string, string[], string?][] = [
  // an English word after a year is no era ("2021 be" would be Buddhist Era, 1478 CE)
  ['They asked that the aid pledged in March 2024 be paid.', ['March 2024: 2024-03-16 [2024-03-01..2024-03-31] p3']],
  ['The vote of 2 June 2024 be damned, they chanted.', ['2 June 2024: 2024-06-02 [2024-06-02..2024-06-02] p1']],
  ['Militants attacked the base on Tuesday.', ['on Tuesday: 2024-08-13 [2024-08-13..2024-08-13] p1']],
  ['Rockets were fired on Thursday.', ['on Thursday: 2024-08-08 [2024-08-08..2024-08-08] p1']],
  ['The strike came on Monday.', ['on Monday: 2024-08-12 [2024-08-12..2024-08-12] p1']],
  ['The convoy was hit on Wednesday.', ['on Wednesday: 2024-08-07 [2024-08-07..2024-08-07] p1']],
  ['The shelling came last Tuesday.', ['last Tuesday: 2024-08-06 [2024-08-06..2024-08-06] p1']],
  ['Ceasefire talks for Gaza approach on Thursday.', ['on Thursday: 2024-08-15 [2024-08-15..2024-08-15] p1']],
  ['The envoy will arrive on Tuesday, officials said.', ['on Tuesday: 2024-08-13 [2024-08-13..2024-08-13] p1']],
  ['On Tuesday, the minister said talks failed.', ['On Tuesday: 2024-08-13 [2024-08-13..2024-08-13] p1']],
  ['Ceasefire talks resume next Thursday.', ['next Thursday: 2024-08-15 [2024-08-15..2024-08-15] p1']],
  ['Drones struck the depot overnight on Sunday.', ['on Sunday: 2024-08-11 [2024-08-11..2024-08-12] p1']],
  ['Clashes broke out Monday night.', ['Monday night: 2024-08-12 [2024-08-12..2024-08-13] p1']],
  ['Gunmen stormed the village early Monday.', ['Monday: 2024-08-12 [2024-08-12..2024-08-12] p1']],
  ['A drone hit the base last week.', ['last week: 2024-08-08 [2024-08-05..2024-08-11] p2']],
  ['Protests continued this week.', ['this week: 2024-08-12 [2024-08-12..2024-08-13] p2']],
  ['Fighting erupted earlier this month.', ['earlier this month: 2024-08-06 [2024-08-01..2024-08-12] p3']],
  ['Dozens were detained last month.', ['last month: 2024-07-16 [2024-07-01..2024-07-31] p3']],
  ['Riots broke out in May.', ['May: 2024-05-16 [2024-05-01..2024-05-31] p3']],
  ['Protests in May 2020 turned violent.', ['May 2020: 2020-05-16 [2020-05-01..2020-05-31] p3']],
  ['A car bomb exploded yesterday.', ['yesterday: 2024-08-12 [2024-08-12..2024-08-12] p1']],
  ['Officials said today that three died.', ['today: 2024-08-13 [2024-08-13..2024-08-13] p1']],
  ['On 9 May 2020, clashes erupted on the front.', ['On 9 May 2020: 2020-05-09 [2020-05-09..2020-05-09] p1']],
  ['Around 9 May 2020 (as reported), a man was found dead.', ['Around 9 May 2020 (as reported): 2020-05-09 [2020-05-06..2020-05-12] p2']],
  ['As reported on 2 May 2020, twenty fighters were killed.', ['As reported on 2 May 2020: 2020-05-02 [2020-04-29..2020-05-05] p2']],
  ['Around 6 May 2020 (week of), soldiers beat a trader.', ['Around 6 May 2020 (week of): 2020-05-06 [2020-05-04..2020-05-10] p2']],
  ['Around 9 June 2020 (from 27 May-9 June), police detained dozens.', ['Around 9 June 2020 (from 27 May-9 June): 2020-06-09 [2020-05-27..2020-06-09] p3']],
  ['Around 1 May 2020 (from 30 April to 2 May), raiders struck.', ['Around 1 May 2020 (from 30 April to 2 May): 2020-05-01 [2020-04-30..2020-05-02] p2']],
  ['Fighting raged between 3 and 5 May.', ['between 3 and 5 May: 2024-05-04 [2024-05-03..2024-05-05] p2']],
  ['Fighting raged from 3 to 12 May 2021.', ['from 3 to 12 May 2021: 2021-05-07 [2021-05-03..2021-05-12] p3']],
  ['Strikes continued May 3-5, 2020.', ['May 3-5, 2020: 2020-05-04 [2020-05-03..2020-05-05] p2']],
  ['Shelling on the night of 4-5 May killed two.', ['night of 4-5 May: 2024-05-04 [2024-05-04..2024-05-05] p1']],
  ['During the week of 4 May 2020 raids continued.', ['week of 4 May 2020: 2020-05-07 [2020-05-04..2020-05-10] p2']],
  ['On 8 and 9 May 2020, protests were held.', ['On 8 and 9 May 2020: 2020-05-08 [2020-05-08..2020-05-09] p2']],
  ['Fighting in late May 2020 was heavy.', ['late May 2020: 2020-05-26 [2020-05-21..2020-05-31] p3']],
  ['The raid happened 3 days ago.', ['3 days ago: 2024-08-10 [2024-08-10..2024-08-10] p1']],
  ['Attacks killed three last night.', ['last night: 2024-08-12 [2024-08-12..2024-08-13] p1']],
  ['A man was killed on 1 January.', ['on 1 January: 2024-01-01 [2024-01-01..2024-01-01] p1']],
  ['The treaty was signed on 10/10/2020.', ['10/10/2020: 2020-10-10 [2020-10-10..2020-10-10] p1']],
  ['The ISO date 2020-05-09 appears in the log.', ['2020-05-09: 2020-05-09 [2020-05-09..2020-05-09] p1']],
  // things chrono can mistake for dates in conflict news
  ['The attack on Tower 22 killed three.', []],
  ['The 1st Brigade withdrew from the town.', []],
  ['Resolution 2231 expired.', []],
  ['F-16 jets struck the airfield.', []],
  ['Theresa May said the raid was wrong.', []],
  ['They may march on the capital.', []],
  ['The blast came at 10 pm.', []],
  ['Militants attacked the post at night.', []],
  ['Residents fled in the evening.', []],
  ['The ceasefire may hold, and troops may march home.', []],
  ['In the early morning of 26 July, gunmen struck.', ['26 July: 2024-07-26 [2024-07-26..2024-07-26] p1']],
  ['On the night of Sunday, drones hit the port.', ['Sunday: 2024-08-11 [2024-08-11..2024-08-12] p1']],
  ['Rockets hit the camp over the weekend.', ['over the weekend: 2024-08-10 [2024-08-10..2024-08-11] p2']],
  // "this weekend" said on a Tuesday: the weekend just past, unless future wording comes before it
  ['Clashes between police and students began this weekend.', ['this weekend: 2024-08-10 [2024-08-10..2024-08-11] p2']],
  ['The minister spoke of this weekend’s raids.', ['this weekend: 2024-08-10 [2024-08-10..2024-08-11] p2']],
  ['Vigils are to be held this weekend.', ['this weekend: 2024-08-17 [2024-08-17..2024-08-18] p2']],
  ['Unions will march this weekend.', ['this weekend: 2024-08-17 [2024-08-17..2024-08-18] p2']],
  ['Tension grew in the last weeks.', []],
  ['Aid may arrive too late may be the fear of some, officials said yesterday.', ['yesterday: 2024-08-12 [2024-08-12..2024-08-12] p1']],
  ['The suit ECW/CCJ/APP/10/2020 was filed.', []],
  ['Such attacks shape today’s media landscape.', []],
  ['Protests swept the city last year.', ['last year: 2023-07-02 [2023-01-01..2023-12-31] p3']],
  ['They were released in March last year.', ['March last year: 2023-03-16 [2023-03-01..2023-03-31] p3']],
  // the twelve months up to the anchor, not the day a year before it
  ['Dozens were detained over the past year.', ['past year: 2024-02-12 [2023-08-14..2024-08-13] p3']],
  ['Dozens were detained over the last year.', ['the last year: 2024-02-12 [2023-08-14..2024-08-13] p3']],
  // a span of weeks or months up to the anchor, not the news day
  ['Dozens were detained over the past three weeks.', ['past three weeks: 2024-08-02 [2024-07-23..2024-08-13] p3']],
  ['Hundreds were held in the last 2 months.', ['last 2 months: 2024-07-14 [2024-06-14..2024-08-13] p3']],
  // "years" is a date cue for such spans
  ['Raids on villages have grown in the past two years.', ['past two years: 2023-08-14 [2022-08-14..2024-08-13] p3']],
  ['Over the last three years the militia lost ground.', ['last three years: 2023-02-12 [2021-08-14..2024-08-13] p3']],
  ['The general served ten years in the army.', []],
  // how long a state has lasted is no date of an act
  ['The governor, in office for the past nine years, was detained on Monday.', ['on Monday: 2024-08-12 [2024-08-12..2024-08-12] p1']],
  ['Clashes erupted this morning.', ['this morning: 2024-08-13 [2024-08-13..2024-08-13] p1']],
  ['ON 9 MAY 2020 REBELS ATTACKED.', ['ON 9 MAY 2020: 2020-05-09 [2020-05-09..2020-05-09] p1']],
  ['Militias now control the town.', []],
  ['The second attack in a week hit the base.', []],
  ['The next day, three died.', []],
  ['Scores were 7/10 in the survey.', []],
  // a year set apart from its month and day is still theirs (chrono reads only the month and day)
  ['In 2019, March 4, riot police beat the marchers.', ['2019, March 4: 2019-03-04 [2019-03-04..2019-03-04] p1']],
  ['Riot police beat the marchers on March 4 of 2019.', ['March 4 of 2019: 2019-03-04 [2019-03-04..2019-03-04] p1']],
  ['Riot police beat the marchers on March 4, in 2019.', ['March 4, in 2019: 2019-03-04 [2019-03-04..2019-03-04] p1']],
  ['In 2018 November, the council banned the union.', ['2018 November: 2018-11-15 [2018-11-01..2018-11-30] p3']],
  // (a year after "in" that is no year of the month is left alone: "in 1,200 cases")
  ['Marchers were beaten on March 4 in 12 towns.', ['March 4: 2024-03-04 [2024-03-04..2024-03-04] p1']],
  ['Shelling on the night of March 4 to 5 killed two.', ['night of March 4 to 5: 2024-03-04 [2024-03-04..2024-03-05] p1']],
  ['Shelling on the night of March 4-5, 2019, killed two.', ['night of March 4-5, 2019: 2019-03-04 [2019-03-04..2019-03-05] p1']],
  // holidays fixed in the calendar, and Easter, told as the time of an act
  ['Gunmen seized the priest on Christmas Eve.', ['on Christmas Eve: 2023-12-24 [2023-12-24..2023-12-24] p1']],
  ['Rioters burned cars on New Year’s Eve.', ['on New Year’s Eve: 2023-12-31 [2023-12-31..2023-12-31] p1']],
  ['A bomb hit the chapel on Easter Sunday in 2011.', ['on Easter Sunday in 2011: 2011-04-24 [2011-04-24..2011-04-24] p1']],
  ['Police beat marchers on May Day.', ['on May Day: 2024-05-01 [2024-05-01..2024-05-01] p1']],
  ['Gunmen attacked the chapel on Good Friday.', ['on Good Friday: 2024-03-29 [2024-03-29..2024-03-29] p1']],
  // (a year after an adjective still names the feast's year; a weekday inside a day's name is no recent weekday)
  ['Since the deadly 2019 Easter Sunday bombings, police have detained hundreds.', ['the deadly 2019 Easter Sunday: 2019-04-21 [2019-04-21..2019-04-21] p1']],
  ['Survivors of the Bloody Sunday shootings marched in the square.', []],
  ['Shoppers were trampled in a Black Friday stampede.', []],
  // (a holiday as a noun's modifier, after "after", or recurring in a habitual clause names no day)
  ['The bishop gave a Christmas sermon.', []],
  ['The square has often been a battleground on May Day.', []],
  // a count of years back names a year, not one day
  ['The chapel was burned two years ago.', ['two years ago: 2022-08-13 [2022-02-12..2023-02-11] p3']],
  // absurd dates never crash
  ['On 9 May 9999 nothing happened.', []],
  ['On 0 May 0000 nothing happened.', []],
  ['On 31 February 2020 nothing happened.', []],
];

for (const [text, want] of cases) {
  test(`dates: ${text}`, () => assert.deepEqual(dates(text), want));
}

test('a seed-like sentence: "on Tuesday" is the published day and "last week" the prior ISO week', () => {
  const text = 'Separately, the defence ministry said on Tuesday that six soldiers had been wounded when a drone struck their post last week.';
  assert.deepEqual(dates(text), [
    'on Tuesday: 2024-08-13 [2024-08-13..2024-08-13] p1',
    'last week: 2024-08-08 [2024-08-05..2024-08-11] p2',
  ]);
});

test('without a published date, relative dates are unanchored, precision 3, with a warning', () => {
  const text = 'Militants attacked the base on Tuesday.\nThe drone struck last week.\nOn 9 May 2020, clashes erupted.';
  const { mentions, warnings } = findDates(docOf(text), sentencesOf(text), { today: '2024-08-13' });
  assert.equal(mentions.length, 3);
  assert.equal(mentions[0].unanchored, true);
  assert.equal(mentions[0].precision, 3);
  assert.deepEqual(mentions[0].range, ['2024-08-01', '2024-08-31']);
  assert.equal(mentions[1].unanchored, true);
  assert.equal(mentions[1].precision, 3);
  // absolute dates need no anchor
  assert.equal(mentions[2].unanchored, undefined);
  assert.equal(mentions[2].precision, 1);
  assert.equal(mentions[2].date, '2020-05-09');
  // one warning line for the document, naming each unanchored expression
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /"on Tuesday", "last week".*published/);
});

test('an invalid published date is reported and treated as missing', () => {
  const text = 'A bomb exploded yesterday.';
  const { mentions, warnings } = findDates(docOf(text, '2024-13-45'), sentencesOf(text), { today: '2024-08-13' });
  assert.equal(mentions[0].unanchored, true);
  assert.ok(warnings.some((w) => w.includes('2024-13-45')));
});

test('the local timezone never shifts the published day', () => {
  // the day arithmetic is UTC only; chrono gets timezone 0
  const text = 'A car bomb exploded yesterday.\nThe attack came on Tuesday.';
  const got = dates(text, '2024-01-01');
  assert.deepEqual(got, [
    'yesterday: 2023-12-31 [2023-12-31..2023-12-31] p1',
    'on Tuesday: 2023-12-26 [2023-12-26..2023-12-26] p1',
  ]);
});

test('mention offsets index the document and carry the sentence index', () => {
  const text = 'Clashes resumed.\nGunmen attacked the post on 9 May 2020 at dawn.';
  const { mentions } = findDates(docOf(text, PUB), sentencesOf(text));
  assert.equal(mentions.length, 1);
  assert.equal(mentions[0].sentence, 1);
  assert.equal(text.slice(mentions[0].start, mentions[0].end), mentions[0].text);
});

test('pre-check: sentences without date words skip chrono', () => {
  assert.equal(hasDateCue('Militants fired rockets at the base.'), false);
  assert.equal(hasDateCue('Militants fired rockets on Sunday.'), true);
  assert.equal(hasDateCue('The truce may hold in the market.'), false);
  assert.equal(hasDateCue('Talks resumed in May.'), true);
  assert.equal(hasDateCue('The raid took place 3/4 ago'), true);
});

test('refiner pastWeekday: same weekday is the day itself, "last" goes back a week, "next" goes forward', () => {
  const tue = parseIso('2024-08-13')!;
  assert.equal(iso(pastWeekday(2, tue, 'on Tuesday')), '2024-08-13');
  assert.equal(iso(pastWeekday(2, tue, 'last Tuesday')), '2024-08-06');
  assert.equal(iso(pastWeekday(3, tue, 'on Wednesday')), '2024-08-07');
  assert.equal(iso(pastWeekday(1, tue, 'Monday night')), '2024-08-12');
  assert.equal(iso(pastWeekday(4, tue, 'next Thursday')), '2024-08-15');
  assert.equal(iso(pastWeekday(4, tue, 'on Thursday', true)), '2024-08-15');
});

test('resolvePeriod: weeks and months around a Sunday and a month start', () => {
  const sun = parseIso('2024-08-11')!;
  assert.deepEqual([resolvePeriod('last', 'week', sun)!].map((r) => [iso(r.from), iso(r.to), r.precision]), [['2024-07-29', '2024-08-04', 2]]);
  const first = parseIso('2024-03-01')!;
  const earlier = resolvePeriod('earlier this', 'month', first)!;
  assert.deepEqual([iso(earlier.from), iso(earlier.to)], ['2024-03-01', '2024-03-01']);
  const last = resolvePeriod('last', 'month', first)!;
  assert.deepEqual([iso(last.from), iso(last.to)], ['2024-02-01', '2024-02-29']);
});

test('resolveDayRange crosses month and year boundaries and rejects impossible ranges', () => {
  const anchor = parseIso('2024-01-10')!;
  const r = resolveDayRange(30, 12, 2, 1, undefined, anchor)!;
  assert.deepEqual([iso(r.from), iso(r.to)], ['2023-12-30', '2024-01-02']);
  const r2 = resolveDayRange(28, null, 3, 5, '2020', anchor)!;
  assert.deepEqual([iso(r2.from), iso(r2.to)], ['2020-04-28', '2020-05-03']);
  assert.equal(resolveDayRange(5, 5, 31, 2, '2020', anchor), null);
});

test('calendar: impossible dates are null, implied years prefer the past', () => {
  assert.equal(dayOf(2020, 2, 30), null);
  assert.equal(dayOf(0, 1, 1), null);
  assert.equal(dayOf(9999, 1, 1), null);
  assert.equal(parseIso('2024-8-13'), null);
  assert.equal(parseIso('2024-08-13T23:30:00Z'), parseIso('2024-08-13'));
  assert.equal(parseIso('2024-08-13 trailing words'), null);
  assert.equal(iso(isoWeekStart(parseIso('2024-08-13')!)), '2024-08-12');
  assert.equal(impliedYear(1, 1, parseIso('2024-08-13')!), 2024);
  assert.equal(impliedYear(12, 20, parseIso('2024-08-13')!), 2023);
  assert.equal(impliedYear(8, 15, parseIso('2024-08-13')!), 2024);
});

test('findSpecial ignores text without expressions and is linear on long input', () => {
  assert.deepEqual(findSpecial('no dates here', 0, parseIso(PUB)!), []);
  const long = 'between 3 and '.repeat(20_000) + 'on the night of the 4 - '.repeat(20_000);
  const t0 = Date.now();
  findSpecial(long, 0, parseIso(PUB)!);
  assert.ok(Date.now() - t0 < 15_000);
});

test('a 1 MB line with date words finishes in bounded time', () => {
  // 1 MB, a date expression in every other sentence
  const line = 'Rebels attacked on Monday and shelled the town last week, officials said. Aid convoys waited at the crossing for hours. '.repeat(8_700);
  const t0 = Date.now();
  const { mentions } = findDates(docOf(line, PUB), sentencesOf(line));
  assert.ok(Date.now() - t0 < 60_000);
  assert.ok(mentions.length >= 17_000);
});

test('findDates never throws and yields well-formed mentions', () => {
  fc.assert(
    fc.property(junk, published, (text, pub) => {
      const doc = docOf(text, pub);
      const { mentions, warnings } = findDates(doc, sentencesOf(text), { today: '2024-08-13' });
      assert.ok(Array.isArray(warnings));
      for (const m of mentions) {
        assert.equal(text.slice(m.start, m.end), m.text);
        assert.match(m.date, /^\d{4}-\d{2}-\d{2}$/);
        assert.ok(m.range[0] <= m.date && m.date <= m.range[1], `${m.range} ${m.date}`);
        assert.ok([1, 2, 3].includes(m.precision));
      }
    }),
    { numRuns: 300 },
  );
});

// Each refiner on its own, fed chrono's raw reading of a phrase (the full chrono parser, so a
// refiner is tested against what chrono really produces).

/** the candidate for the chrono result whose text contains `target` */
function candidate(text: string, target: string): Candidate {
  const anchor = parseIso(PUB)!;
  const results = chrono.casual.parse(text, { instant: new Date(anchor * 86_400_000 + 43_200_000), timezone: 0 });
  const result = results.find((r) => r.text.includes(target));
  assert.ok(result, `chrono found no "${target}" in "${text}"`);
  return { result, text, offset: 0, anchor };
}

const refinerCases: [string, (c: Candidate) => boolean, string, string, boolean][] = [
  ['dropTimeOnly', dropTimeOnly, 'The blast came at 10 pm.', '10 pm', false],
  ['dropTimeOnly', dropTimeOnly, 'The blast came on Monday at 10 pm.', 'Monday', true],
  ['dropNow', dropNow, 'Militias now control the town.', 'now', false],
  ['dropBareDay', dropBareDay, 'Troops withdrew on 22 May.', '22 May', true],
  ['dropBareMonth', dropBareMonth, 'Protests resumed in May.', 'May', true],
  ['dropBareMonth', dropBareMonth, 'They will March to the capital.', 'March', false],
  ['dropYearlessSlash', dropYearlessSlash, 'The vote was 7/10.', '7/10', false],
  ['dropYearlessSlash', dropYearlessSlash, 'Filed as APP/10/2020 in court.', '10/2020', false],
  ['dropYearlessSlash', dropYearlessSlash, 'It happened on 10/10/2020.', '10/10/2020', true],
  ['dropPossessiveToday', dropPossessiveToday, "It shapes today's politics.", 'today', false],
  ['dropPossessiveToday', dropPossessiveToday, 'Police said today that two died.', 'today', true],
  ['dropVaguePeriods', dropVaguePeriods, 'The ceasefire ends in 3 days.', '3 days', false],
  ['dropVaguePeriods', dropVaguePeriods, 'The raid was 3 days ago.', '3 days ago', true],
  ['dropBareTimeOfDay', dropBareTimeOfDay, 'Gunmen attacked at night.', 'night', false],
  ['dropBareTimeOfDay', dropBareTimeOfDay, 'Gunmen attacked last night.', 'last night', true],
];

for (const [name, refiner, text, target, keep] of refinerCases) {
  test(`refiner ${name}: ${keep ? 'keeps' : 'drops'} "${target}" in "${text}"`, () => {
    assert.equal(refiner(candidate(text, target)), keep);
  });
}

test('refiners futureContext and isNight read the words before the mention', () => {
  assert.equal(futureContext(candidate('Talks will resume on Thursday.', 'Thursday')), true);
  assert.equal(futureContext(candidate('Talks resumed on Thursday.', 'Thursday')), false);
  assert.equal(isNight(candidate('Drones struck overnight on Sunday.', 'Sunday')), true);
  assert.equal(isNight(candidate('Drones struck on Sunday.', 'Sunday')), false);
});

// dates/fast.ts stands in for chrono on the commonest shapes: both paths must give the same mentions
/** every prefix × expression × suffix sentence gets the same dates from the fast path and from chrono */
async function agreesWithChrono(pre: string[], expr: string[], post: string[], published = PUB): Promise<void> {
  const { useFastDates } = await import('../../src/extract/dates.ts');
  let compared = 0;
  try {
    for (const a of pre) for (const e of expr) for (const z of post) {
      const text = `Gunmen attacked the village ${a}${e}${z} in the north.`;
      useFastDates(true);
      const fast = dates(text, published);
      useFastDates(false);
      const slow = dates(text, published);
      assert.deepEqual(fast, slow, text);
      compared++;
    }
  } finally {
    useFastDates(true);
  }
  assert.equal(compared, pre.length * expr.length * post.length);
}

test('fast date path agrees with chrono on weekdays, month-days and today/yesterday in varied contexts', async () => {
  const pre = ['', 'on ', 'On ', '(', 'late on ', 'killed 9 ', 'the 3rd of ', 'in 2021 ', 'last ', 'next ', 'since ', 'overnight on ', 'talks will resume on ', 'Saturday and ', 'early ', 'from '];
  const expr = ['Monday', 'Sunday', 'May 20', 'Sept. 9, 2020', 'Feb 29', 'Dec. 31', 'June 31', 'March 1st', 'today', 'yesterday', 'Monday night', 'Sat', 'May', 'Oct 2',
    'Thursday, May 6, 2021', 'Friday, April 1', 'Monday, Feb, 15', 'Sunday August 15', 'Monday,May 3', 'Tuesday (May 4)', 'Sunday, Feb 30', 'Friday,  December 11th, 2020', 'Monday, 3 May'];
  const post = ['', ',', ' (EAT)', ' -5', ' - 22', ' to 22', ', 21 people were killed', ' 2020', ' morning', "'s attack", ', AFP said', ' of last week', ', May 3', ' and Tuesday', ' 2 weeks ago', ' 3/4'];
  await agreesWithChrono(pre, expr, post);
});

test('fast date path agrees with chrono on a bare part of the day, alone or beside a date', async () => {
  const pre = ['', 'in the ', 'until the ', 'a ', 'this ', 'overnight on Sunday, ', 'on Monday ', 'late in the ', 'at ', 'three days before the '];
  const expr = ['evening', 'night', 'morning', 'afternoon', 'midnight', 'noon', 'midday', 'overnight', 'Night'];
  const post = ['', ' raid', ' EST', ' -5', ' to evening', ' and morning', ' of 4 May', ' on Friday', ', officials said'];
  await agreesWithChrono(pre, expr, post);
});

test('fast date path agrees with chrono on a weekday with a part of the day and on a month name', async () => {
  const pre = ['', 'on ', 'in ', 'In ', 'since ', 'late on ', 'killed 9 ', 'the 3rd of ', 'the end of ', 'last day of ', 'last ', 'next ', 'during ', 'talks will resume in ', 'early ', 'Monday and '];
  const expr = ['Monday evening', 'Friday night', 'Sunday morning', 'Tuesday afternoon', 'Saturday  night', 'Monday, evening', 'Thursday noon', 'June', 'February 2023', 'May 2023', 'May', 'March', 'Sept 2020', 'December, 2019', 'April of', 'Jan', 'October 2022 AD'];
  const post = ['', ',', '.', ' (EAT)', ' -5', ' - 22', ' to July', ' 19', ', 21 people were killed', ' 2020', ' evening', ' of last year', ' 2 weeks ago', ' after months of fighting', ' and Tuesday', ' before dawn', ' to 15 years', ' to ban rallies', ' to 2021', ' to the 3rd', ' to May 5', ' - 2021'];
  await agreesWithChrono(pre, expr, post);
});

test('fast date path agrees with chrono on a bare "May", late days of a month and words ending like a weekday', async () => {
  const pre = ['', 'in ', 'In ', 'since ', 'on ', 'the marchers showed up ', 'a statue fell ', 'common ', 'talks may resume ', 'the 3rd of '];
  const expr = ['May', 'May,', 'MAY', 'may', 'May 29', 'May 31', 'April 31', 'February 29', 'February 28', 'Sept. 30', 'Dec 31', 'June 30'];
  const post = ['', ',', '.', ' and June', ' EST', ' 2022', ' - 22', ' to 3', ', the village was calm', ' when it rained', ' showed', ' and statues'];
  await agreesWithChrono(pre, expr, post);
});

test('fast date path agrees with chrono on a day before the month ("27 January", "on 3rd of May 2020")', async () => {
  const pre = ['', 'on ', 'On ', 'since ', 'Tuesday ', 'Tuesday, ', 'Mon ', 'between ', '1/', '2020 ', 'the ', 'late on ', 'until '];
  const expr = ['27 January', '3rd of May 2020', '31 April', '29 February', '30 Sept.', '9 May 20', '1st June, 2019', '12 Dec', '0 March', '99 June', 'first of May', '3-5 May', '31 December 2021'];
  const post = ['', ',', '.', ' 2021', ' 2021x', ' AD', ' to 3 February', ' - 4 May', ' (EAT)', ' at 10 am', ', 21 people were killed', ' and 4 May', ' last year', ' of', ' of 2020', '  ,  3 died', ' evening', ' EST', ' -5'];
  await agreesWithChrono(pre, expr, post);
});

test('fast date path: answers simple windows itself and leaves ambiguous ones to chrono', async () => {
  const { fastResults } = await import('../../src/extract/dates/fast.ts');
  const anchor = dayOf(2024, 8, 13)!;
  assert.equal(fastResults('militants attacked on Monday, killing', anchor)?.[0].text, 'on Monday,');
  assert.equal(fastResults('the raid on May 20, 2021 in', anchor)?.[0].text, 'May 20, 2021');
  assert.deepEqual(fastResults('a 25-year-old farmer was shot', anchor), []);
  assert.equal(fastResults('on Monday and Tuesday', anchor), null); // two dates: chrono
  assert.equal(fastResults('the 3rd of May 20 in', anchor), null); // a day before the month
  assert.equal(fastResults('on May 9 - 11 in', anchor), null); // a range
  assert.equal(fastResults('struck on Monday evening, killing', anchor)?.[0].text, 'on Monday evening');
  assert.equal(fastResults('has held the town since May 2023.', anchor)?.[0].text, 'May 2023');
  assert.equal(fastResults('fighting since April, officials said', anchor)?.[0].text, 'April,');
  assert.equal(fastResults('at the end of June', anchor), null); // chrono's end-of-period refiner
  assert.deepEqual(fastResults('a curfew was imposed in the evening.', anchor), []); // a bare part of the day is dropped
  assert.equal(fastResults('talks resume this evening', anchor), null); // "this evening" is a date: chrono
});

test('fast date path agrees with chrono on "next week", "last month", "the past year" (leap days and month ends included)', async () => {
  const pre = ['', 'by ', 'later ', 'the end of ', 'last day of ', 'Monday and ', 'since ', '3 May ', 'talks will resume ', 'the ', 'on Friday, ', 'Sunday ', 'Monday - '];
  const expr = ['next week', 'last month', 'past year', 'next day', 'last d', 'next  week', 'NEXT MONTH', 'Past Years', 'next mon', 'last weeks', 'this week', 'This Month', 'this year', 'this day', 'after this month', 'next hour', 'last quarter', 'nextweek',
    'three days ago', 'a week earlier', '2 years before', 'Twelve months ago', 'an  hour ago', 'a few days ago', '1.5 years ago', '3d ago', 'the day before', 'two years and 3 months ago', '31 days earlier', 'A day earlier'];
  const post = ['', ',', '.', ' EST', ' (EAT)', ' -5', ' GMT+3', ' and Tuesday', ' 2021', ' evening', ' at 10 am', ' to 5 May', ' in Mopti', ', on Saturday', ' Saturday', ' to Monday', ' (Monday)', ', last Monday'];
  for (const pub of ['2024-01-31', '2024-02-29', '2023-03-31', '2024-12-31', '2021-01-01', '2024-08-13']) await agreesWithChrono(pre, expr, post, pub);
  const { fastResults } = await import('../../src/extract/dates/fast.ts');
  const anchor = dayOf(2024, 1, 31)!;
  const r = fastResults('the talks resume next month in Mopti.', anchor);
  assert.equal(r?.[0].text, 'next month');
  assert.equal(r?.[0].start.get('month'), 3); // 31 January and a month is 2 March, as chrono counts
  assert.equal(fastResults('at the end of next month.', anchor), null); // chrono's end-of-period refiner
  assert.equal(fastResults('a meeting planned for later this month in Mopti.', anchor)?.[0].text, 'this month');
  assert.equal(fastResults('talks resume after this week', anchor), null);
  assert.equal(fastResults('the camp was raided three days ago, residents said', anchor)?.[0].start.get('day'), 28);
  assert.deepEqual(fastResults('A day earlier, on Saturday, thousands of', anchor)?.map((x) => x.text), ['A day earlier', 'on Saturday,']);
});
