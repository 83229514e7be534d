import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCasualties, casualtyTotal } from '../../src/extract/casualties.ts';
import { sentencesOf, docOf } from './helpers.ts';
import fc from 'fast-check';
import { junk } from './fuzz-inputs.ts';

/** "killed 8 ~ civilians": type, count, ~ when approximate, victims when known */
function summary(sentence: string): string[] {
  const doc = docOf(sentence);
  return findCasualties(doc, sentencesOf(sentence)).map((m) =>
    [m.type, m.count, m.approximate ? '~' : '', m.victims ?? ''].join(' ').trim().replace(/ +/g, ' '),
  );
}

const cases: [string, string[]][] = [
  // the count of mourners is not the toll: a verb with its object lies between the count and the victim
  ['Hundreds attended the funeral of a farmer shot dead by soldiers.', ['killed 1 civilians']],
  ['Dozens joined the burial of two men killed in the raid.', ['killed 2 civilians']],
  ['Gunmen killed eight people in the village on Sunday.', ['killed 8 people']],
  ['Eight people were killed when the convoy was ambushed.', ['killed 8 people']],
  ['The blast left at least 11 dead and 12 wounded.', ['killed 11 ~', 'injured 12']],
  ['Two civilians and five others were injured in the shelling.', ['injured 7 civilians']],
  ['The clashes ended after midnight. 3 fatalities.', ['killed 3']],
  ['A police patrol was ambushed. 1 fatality.', ['killed 1']],
  ['Fatalities: 4.', ['killed 4']],
  ['Protesters blocked the road. No fatalities.', ['killed 0']],
  ['Three soldiers sustained injuries in the attack.', ['injured 3 soldiers']],
  ['Eight US service members sustained injuries when a drone hit their outpost.', ['injured 8 service members']],
  ['The airstrike killed a civilian near the market.', ['killed 1 civilians']],
  ['A trader was found dead beside the highway outside the town.', ['killed 1 civilians']],
  ['The bodies of 4 men were found near the river.', ['killed 4 civilians']],
  ['Police said the body of a woman was recovered from a well.', ['killed 1 civilians']],
  ['Three wounded personnel had since returned to work.', []],
  ['The eight service members were treated for smoke inhalation.', []],
  ['Roughly 900 American soldiers are stationed in Syria and 2,500 more in Iraq.', []],
  ['Rebels killed two soldiers and injured three others at a checkpoint.', ['killed 2 soldiers', 'injured 3 people']],
  ['Dozens of protesters were hurt when police charged the crowd.', ['injured 12 ~ protesters']],
  ['The ambush killed more than 20 fighters.', ['killed 20 ~ militants']],
  ['Two people died in hospital on Friday.', ['killed 2 people']],
  ['No one was killed or injured in the explosion.', ['killed 0', 'injured 0']],
  ['Shelling killed 2 and 5 were injured.', ['killed 2', 'injured 5']],
  ['Seven people, including three children, were killed in the raid.', ['killed 7 people']],
  ['The drone strike was said to be killing 10^30 people.', []],
  ['The raid killed 1e12 people.', []],
  ['On 9 May 2020, 3 soldiers were killed near the border.', ['killed 3 soldiers']],
  ['Two soldiers killed a civilian at the roadblock.', ['killed 1 civilians']],
  ['Army forces killed or injured a total of 4 militants.', []],
  ['The death toll from the bombing rose to 15 on Monday.', ['killed 15']],
  ['A 17-year-old was shot dead by police.', ['killed 1 people']],
  ['Three people were beaten to death by a mob.', ['killed 3 people']],
  ['One policeman was fatally wounded in the exchange of fire.', ['killed 1 police']],
  ['In 2019 militants were killed in large numbers.', []],
  ['The 2021 offensive killed several hundred fighters.', ['killed 100 ~ militants']],
  ['A roadside bomb killed twenty-one soldiers and wounded dozens.', ['killed 21 soldiers', 'injured 12 ~']],
  ['Hundreds of people were injured during the riots.', ['injured 100 ~ people']],
  ['The strike killing at least eleven civilians drew condemnation.', ['killed 11 ~ civilians']],
  ['Some 40 fighters were killed over the weekend.', ['killed 40 ~ militants']],
  ['A soldier and a policeman were wounded.', ['injured 2 soldiers']],
  ['There were no injuries reported.', ['injured 0']],
  ['Nobody was hurt.', ['injured 0']],
  ['Militants fired 3 rockets at the base.', []],
  ['The convoy was hit 5 km from the town; 2 drivers were wounded.', ['injured 2 civilians']],
  ['The attackers killed 3 days after the ceasefire.', []],
  ['Four Palestinians were killed in the raid.', ['killed 4 people']],
  ['Fighting left 2,500 people dead and 10,000 displaced.', ['killed 2500 people']],
  ['The gunmen killed their commander.', ['killed 1 militants']],
  ['Gunmen shot dead a civilian in the town.', ['killed 1 civilians']],
  ['A guard fatally shot a man at the gate.', ['killed 1 civilians']],
  ['Unknown assailants killed the driver and wounded two passengers.', ['killed 1 civilians', 'injured 2 civilians']],
  ['A shepherd was killed in an exchange of fire.', ['killed 1 civilians']],
  // (a noun the person list lacks is a victim when the cue shows it is animate)
  ['A beekeeper was killed in an exchange of fire.', ['killed 1']],
  ['A car was hit and a shop damaged.', []],
  ['A bomb killed two soldiers.', ['killed 2 soldiers']],
  ['Dozens of cattle were killed in the raid.', []],
  ['3 local policemen, 2 militia members, and 1 soldier were killed.', ['killed 6 police']],
  ['The operation left 3 IS militants dead.', ['killed 3 militants']],
  ['Gunmen opened fire, killing between 2 and 4 fighters.', ['killed 2 ~ militants']],
  ['Heavy fighting was reported. Fatalities coded as 10.', ['killed 10']],
  ['Clashes were reported with no report of fatalities.', ['killed 0']],
  ['Six people lost their lives in the stampede.', ['killed 6 people']],
  ['Two others later succumbed to their wounds.', ['killed 2 people']],
  ['The 3 killed were buried on Saturday.', []],
  ['Gunmen shot at a household in the market, killing the father and a son, while three other relatives were wounded.', ['killed 2 civilians', 'injured 3 civilians']],
  ['Troops killed a local commander and his brother.', ['killed 2 militants']],
  ['Police beat a young man to death at a checkpoint.', ['killed 1 civilians']],
  ['A guard stabbed a shopkeeper to death.', ['killed 1 civilians']],
  ['Police beat protesters with batons.', []],
  ['Unidentified gunmen killed a tax collector at the bus station.', ['killed 1']],
  ['The fighting resulted in 2 rebel and 1 army fatality.', ['killed 3']],
  ['Neither fatalities nor injuries were reported.', ['killed 0', 'injured 0']],
  ['At least 4 people as well as 2 policemen were killed.', ['killed 6 ~ people']],
  ['The soldier was wounded a day earlier.', []],
  ['The clashes killed an unknown number of fighters.', []],
  ['Raiders killed a cow and stole goats.', []],
  ['A security guard at a plantation was killed and mutilated by unidentified men.', ['killed 1 soldiers']],
  ['Residents captured a thief and burned him to death.', ['killed 1']],
  ['The clashes left 1 Fulani dead and 2 farmers wounded.', ['killed 1 people', 'injured 2 civilians']],
  ['Attackers hacked to death a herder near the river.', ['killed 1 civilians']],
  ['A number of youths beat an old man to death.', ['killed 1 civilians']],
  ['Gunmen killed a cattle trader on the road.', ['killed 1 civilians']],
  ['Farmers killed two Fulani and their livestock.', ['killed 2 people']],
  ['Three herders and three farmers (among them a local imam) were killed.', ['killed 6 civilians']],
  ['A quarrel over land resulted in the death of the herder.', ['killed 1 civilians']],
  ['An agriculturalist died in the clashes.', ['killed 1']],
  ['A gunfight started and one suspect was shot and died.', ['killed 1 people']],
  ['In all, between 37 and 45 persons were killed.', ['killed 37 ~ people']],
  ['During fighting on 30 April-1 May, 9 soldiers were killed.', ['killed 9 soldiers']],
  ['The group is believed to have killed him.', []],
  ['One rioter later succumbed to his wounds in hospital.', ['killed 1 protesters']],
  ['Villagers shot and killed seven cows owned by a herder.', []],
  ['Several officials expressed concern over the dead bodies on the shore.', []],
  ['They went to a clinic, and one evening they were found dead.', []],
  ['It is a tribute to the legion vigilantes who died in the attack.', []],
  ['Three soldiers stationed at the base were killed.', ['killed 3 soldiers']],
  ['Two masked gunmen killed a teacher.', ['killed 1 civilians']],
  ['A 52-year-old displaced person died when a landmine went off.', ['killed 1 people']],
  ['The husband died and his wife was seriously injured.', ['killed 1 civilians']],
  ['Police tortured the man in custody, and he died as a result.', ['killed 1']],
  ['One man was wounded and the other one died.', ['injured 1 civilians', 'killed 1']],
  ['He killed two soldiers.', ['killed 2 soldiers']],
  ['Police killed one of their chiefs in the raid.', ['killed 1 civilians']],
  ['Clashes broke out, leading to the death of a bystander.', ['killed 1 civilians']],
  ['Two suspects were fatally assaulted by residents.', ['killed 2 people']],
  ['Shells killed a family of three in the district.', ['killed 3 civilians']],
  ['Four Maoist (CPI-Maoist) cadres were killed in the forest.', ['killed 4 militants']],
  ['Rebels claimed to have killed 4 SSPDF near the river.', ['killed 4 people']],
  ['Five militants and one soldier were killled.', ['killed 6 militants']],
  ['Whether he later died of his wounds is unclear.', []],
  ['A crowd of people lynched and killed a student near the market.', ['killed 1 civilians']],
  ['A farmer shot and killed nine sheep in his field.', []],
  ['An angry crowd burned two suspected robbers to death in the market.', ['killed 2 militants']],
  ['Nine people including two policemen were killed.', ['killed 9 people']],
  ['Four people including three herders and a teacher were shot and killed.', ['killed 4 people']],
  ['A retired military police officer was shot to death at home.', ['killed 1 police']],
  ['Four people including three members of the herder community and a local teacher were killed.', ['killed 4 people']],
  ['The army raid ended, causing the death of three armed men.', ['killed 3 civilians']],
  ['The assault resulted in the killing of 4 people.', ['killed 4 people']],
  ['Young men tied up and fatally assaulted a retired teacher.', ['killed 1 civilians']],
  ['Militants killed a man and decapitated another in the village.', ['killed 1 civilians', 'killed 1']],
  ['Several dead and wounded were taken away by the attackers.', []],
  ['Two men were shot and killed at the market.', ['killed 2 civilians']],
  ['Gunmen fired near the house of a family, one of whose members was murdered last year.', []],
  ['At least two farmers and three nomads were killed.', ['killed 5 ~ civilians']],
  ['They accused her of having caused the death of two students.', []],
  ['A mob lynched and burned to death a suspected thief.', ['killed 1 civilians']],
  ['A hunter shot dead another near the camp.', ['killed 1']],
  ['Police killed two Monday in the capital.', ['killed 2']],
];

for (const [sentence, want] of cases) {
  test(`casualties: ${sentence}`, () => {
    assert.deepEqual(summary(sentence).sort(), [...want].sort());
  });
}

test('a definite subject counts only as the first report of a death in the document', () => {
  const first = 'Gunmen shot a man in the market.\nThe man died in hospital.';
  assert.deepEqual(findCasualties(docOf(first), sentencesOf(first)).map((m) => m.count), [1]);
  const again = 'A man was killed by gunmen in the market.\nThe man was killed because of a debt.';
  assert.deepEqual(findCasualties(docOf(again), sentencesOf(again)).map((m) => m.count), [1]);
});

test('casualtyTotal: a tally restates, a coding remark wins, a denial never cancels deaths', () => {
  const total = (text: string, type: 'killed' | 'injured' = 'killed') => casualtyTotal(findCasualties(docOf(text), sentencesOf(text)), type);
  assert.equal(total('Gunmen killed 3 civilians in the market.\n3 fatalities.'), 3);
  assert.equal(total('Two soldiers were killed.\nThree militants were killed.'), 5);
  assert.equal(total('Four soldiers were killed.\nFatalities coded as 0 (the group reported 4).'), 0);
  assert.equal(total('Three people were killed.\nThere were no fatalities among the soldiers.'), 3);
  assert.equal(total('Protesters blocked the road.\nNo fatalities.'), 0);
  assert.equal(total('Protesters blocked the road.', 'injured'), null);
  assert.equal(total('No injuries were reported.\nTwo people were wounded.', 'injured'), 2);
});

test('mention offsets point at the document text and the right sentence', () => {
  const text = 'Fighting resumed at dawn.\nMilitants killed eight people in the market.';
  const doc = docOf(text);
  const ms = findCasualties(doc, sentencesOf(text));
  assert.equal(ms.length, 1);
  const m = ms[0];
  assert.equal(m.kind, 'casualty');
  assert.equal(m.sentence, 1);
  assert.equal(text.slice(m.start, m.end), m.text);
  assert.equal(m.text, 'killed eight people');
});

test('pathological input finishes in bounded time and never yields absurd counts', () => {
  const junk = [
    'killed '.repeat(20_000),
    ','.repeat(10_000) + ' 3 killed',
    '9'.repeat(5000) + ' people were killed',
    ('one two three four five six seven eight nine ten ').repeat(2000) + 'were killed',
    'at least at least at least '.repeat(4000) + '5 dead',
  ];
  for (const line of junk) {
    const t0 = Date.now();
    const ms = findCasualties(docOf(line), sentencesOf(line));
    assert.ok(Date.now() - t0 < 15_000, 'too slow: a super-linear pattern?');
    for (const m of ms) assert.ok(Number.isSafeInteger(m.count) && m.count >= 0 && m.count <= 10_000_000);
  }
});

test('a 1 MB single line is processed linearly', () => {
  const line = 'Rebels killed two soldiers near the town and wounded three others, officials said. '.repeat(12_500);
  const t0 = Date.now();
  const ms = findCasualties(docOf(line), sentencesOf(line));
  assert.ok(Date.now() - t0 < 20_000);
  assert.equal(ms.length, 25_000);
});

test('findCasualties never throws and counts are sane integers', () => {
  fc.assert(
    fc.property(junk, (text) => {
      const ms = findCasualties(docOf(text), sentencesOf(text));
      for (const m of ms) {
        assert.equal(text.slice(m.start, m.end), m.text);
        assert.ok(Number.isSafeInteger(m.count) && m.count >= 0 && m.count <= 10_000_000);
        assert.ok(m.type === 'killed' || m.type === 'injured');
      }
    }),
    { numRuns: 300 },
  );
});

test('casualties: a passive toll whose cue follows another participle ("was attacked and beaten to death")', () => {
  assert.deepEqual(summary('A village chief was attacked and beaten to death by a crowd.'), ['killed 1 civilians']);
  assert.deepEqual(summary('A man was found handcuffed and killed near the river.'), ['killed 1 civilians']);
  assert.deepEqual(summary('One party member was detained and later found killed.'), ['killed 1 people']);
  // (active: the toll is the object's, "another youth" named no count)
  assert.deepEqual(summary('A number of youths assaulted and wounded another youth at the market.'), []);
});

test('casualties: trades and kin are people who can be killed ("killed the owner of the house", "a local musician")', () => {
  assert.deepEqual(summary('Bandits killed the owner of the house and stole his cows.'), ['killed 1 civilians']);
  assert.deepEqual(summary('Gunmen shot dead a local musician outside a bar.'), ['killed 1 civilians']);
});

test('casualties: a second group named without a count belongs to the count ("5 JTF and Kamuku militiamen were killed")', () => {
  assert.deepEqual(summary('Five vigilantes and allied hunters were killed in the ambush.'), ['killed 5 militants']);
  assert.deepEqual(summary('Two soldiers and their commander were killed.'), ['killed 3 soldiers']);
});

test('casualties: "a man\'s body was found" is one dead person; "the man\'s body" is the one told before', () => {
  assert.deepEqual(summary('A man\'s body was found near the market.'), ['killed 1 civilians']);
  assert.deepEqual(summary('The man\'s body was handed to his family.'), []);
});
