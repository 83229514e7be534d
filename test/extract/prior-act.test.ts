// An act told as the object of a proceeding ("found guilty of the killing", "detained over the
// abduction") is older than the news of the day; a headline that tells a proceeding makes that act
// the article's subject even when the text dates it only to a month. Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { proceedingHeadline } from '../../src/extract/subject.ts';
import { proceedingBefore } from '../../src/extract/prior-act.ts';

const BODY = [
  'A court in Jos on Thursday found a former guard guilty of the murder of the land activist Ruth Danjuma.',
  'He shot Danjuma outside her farm near Jos in March 2019, prosecutors told the court.',
  'On Monday police in Jos fired tear gas at relatives of the activist who gathered outside the court.',
  'The judge is expected to pass sentence next month.',
  'The activist had campaigned against evictions for a decade.',
  'Her family welcomed the verdict.',
].join(' ');

const top = (title?: string) => {
  const events = extract({ id: 'p', text: BODY, published: '2022-05-13', title }).events.filter((e) => e.modality !== 'background');
  return [...events].sort((a, b) => b.confidence - a.confidence || b.evidence.length - a.evidence.length)[0];
};

test('prior act: a verdict headline makes the act it judges, told by its month, the main event', () => {
  assert.equal(top('Former guard found guilty in murder of land activist').event_date.slice(0, 7), '2019-03');
  assert.equal(top('Court convicts guard over killing of Jos activist').event_date.slice(0, 7), '2019-03');
});

test('prior act: a headline that tells no proceeding keeps day-dated news on top', () => {
  assert.notEqual(top('Tear gas fired at relatives of slain activist').event_date.slice(0, 7), '2019-03');
});

test('prior act: the act judged takes a date written into its own phrase, not the verdict\'s day', () => {
  const text = [
    'A jury on Friday found two brothers guilty of the October 2020 stabbing of a shopkeeper in Kaduna.',
    'The shopkeeper died in hospital two days later.',
    'The brothers were arrested a week after the attack.',
    'Their lawyer said they would appeal.',
    'The case drew crowds to the court.',
  ].join(' ');
  const ev = extract({ id: 'q', text, published: '2022-05-13' }).events.filter((e) => e.event_type !== 'Protests' && e.sub_event_type !== 'Arrests');
  assert.ok(ev.some((e) => e.event_date.startsWith('2020-10')), JSON.stringify(ev.map((e) => e.event_date)));
});

test('prior act: headlines that tell a proceeding', () => {
  for (const t of ['Ex-policeman detained over wartime killing of villagers', 'Man jailed for beating workers', 'Three charged in abduction of pastor', 'Guard convicted of murdering activist'])
    assert.ok(proceedingHeadline(t), t);
  for (const t of ['Gunmen kill activist in Jos', 'Police fire tear gas at mourners', 'Activists held in dawn raids'])
    assert.ok(!proceedingHeadline(t), t);
});

test('prior act: an act told with an earlier bare year is dated to that year, not the news day, and ranks below it', () => {
  const text = [
    'Police in Harare detained the reporter Tendai Moyo at his home on Monday.',
    'Moyo was first arrested in 2011 after he wrote about fuel shortages.',
    'In 2016 soldiers shot him in the leg at a checkpoint near Mutare.',
    'His lawyer said the new charges were false.',
    'The union called for his release.',
  ].join(' ');
  const events = extract({ id: 'y', text, published: '2022-05-13' }).events;
  const dates = events.map((e) => e.event_date).sort();
  assert.ok(dates.includes('2011-07-02') && dates.includes('2016-07-02'), dates.join(' '));
  const top = [...events].sort((a, b) => b.confidence - a.confidence)[0];
  assert.equal(top.event_date, '2022-05-09');
  const y2011 = events.find((e) => e.event_date === '2011-07-02')!;
  assert.deepEqual(y2011.date_range, ['2011-01-01', '2011-12-31']);
  // the publication's own year is no history: "in 2022" names no earlier year
  const same = extract({ id: 'z', text: text.replace('in 2011', 'in 2022'), published: '2022-05-13' }).events;
  assert.ok(!same.some((e) => e.event_date.startsWith('2022-07')), same.map((e) => e.event_date).join(' '));
});

test('prior act: a brief keeps its dates as they were (year-only dating is for articles)', () => {
  const events = extract({ id: 'b', text: 'On 3 May 2022, police arrested a trader in Kano who had been jailed in 2015 for robbery.', published: '2022-05-13' }).events;
  assert.ok(events.every((e) => e.event_date === '2022-05-03'), events.map((e) => e.event_date).join(' '));
});

test('prior act: a holiday written into the act\'s own phrase is its date, not the hearing\'s day', () => {
  const text = [
    'A court in Zaria on Friday charged two herders over the killing of a farmer near Zaria on Christmas Eve.',
    'The farmer was buried two days later.',
    'The herders denied the charge.',
    'Their lawyer asked for bail.',
    'The case was adjourned to next month.',
  ].join(' ');
  const ev = extract({ id: 'h', text, published: '2022-01-10' }).events.filter((e) => e.event_type !== 'Protests' && e.sub_event_type !== 'Arrests');
  assert.ok(ev.some((e) => e.event_date === '2021-12-24'), ev.map((e) => `${e.sub_event_type} ${e.event_date}`).join(', '));
});

test('prior act: the act an anniversary counts from is dated that many years before the anniversary', () => {
  const body = (first: string) => [
    first,
    'Relatives of the students marched through the town.',
    'They carried photographs of the missing.',
    'Police watched from a distance.',
    'The families said they would return next year.',
  ].join(' ');
  const dated = (first: string, pub: string) =>
    extract({ id: 'a', text: body(first), published: pub }).events.filter((e) => e.event_type !== 'Protests').map((e) => e.event_date);
  // from the publication (the anniversary is near it): the act's month
  assert.ok(dated('Families in Iguala gathered on the fourth anniversary of the abduction of 12 students by gunmen.', '2022-03-15').some((d) => d.startsWith('2018-03')));
  // from a day the sentence names: that day, years before
  assert.ok(dated('March 9 marks three years since gunmen abducted 12 students in Iguala.', '2022-03-15').includes('2019-03-09'));
});

test('prior act: "N years since" counts back for an act further into its clause, not past a contrast', () => {
  const body = (first: string) => [
    first,
    'Supporters lit candles outside the court.',
    'They read out the names of other detained reporters.',
    'Police watched from a distance.',
    'The families said they would return next year.',
  ].join(' ');
  const dates = (first: string) => extract({ id: 'b', text: body(first), published: '2022-03-15' }).events.map((e) => e.event_date);
  assert.ok(dates('March 9 marks three years since the most outspoken editor in the province was silenced when soldiers detained him.').includes('2019-03-09'));
  // (the arrest after "but" is the news of its own day)
  assert.ok(!dates('The suspect had hidden for three months since the reporter vanished but police arrested him on Sunday in Iguala.').includes('2021-12-13'));
});

test('prior act: under a proceeding headline, an arrest told by its month and year is the article\'s subject', () => {
  const text = [
    'A court in Kano on Thursday opened the trial of the jailed blogger Musa Bello on charges of insulting the governor.',
    'Police in Kano detained two of his supporters outside the court on Thursday.',
    'Bello was arrested at his home in Kano in May 2020 after a post about the governor.',
    'The judge adjourned the case to next month.',
    'Rights groups have called for his release.',
  ].join(' ');
  const events = extract({ id: 'm', text, published: '2022-05-13', title: 'Jailed blogger goes on trial over post about governor' }).events.filter((e) => e.modality !== 'background');
  const main = [...events].sort((a, b) => b.confidence - a.confidence || b.evidence.length - a.evidence.length)[0];
  assert.equal(main?.event_date.slice(0, 7), '2020-05', events.map((e) => `${e.sub_event_type} ${e.event_date} ${e.confidence}`).join(', '));
});

test('prior act: the proceeding word gate passes every window the full pattern matches', () => {
  const windows = ['police said he was charged with the', 'two men accused of', 'was arrested in connection with the', 'He admitted to', 'jailed over', 'the trial for', 'suspects in the', 'his role in the deadly', 'an inquest into the'];
  for (const w of windows) assert.ok(proceedingBefore(`${w} `), w);
  assert.ok(!proceedingBefore('gunmen opened fire on the '));
});
