// Trigger words in a sense that is no violent act or protest yield no event; the violent sense still does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertedOf, eventsOf } from './events-of.ts';

const asserted = assertedOf;

test('"struck a deal" and "strike a balance" are no attacks; "struck a police post" is', () => {
  assert.equal(asserted('The two governments struck a deal on Monday to reopen the border crossing.').length, 0);
  assert.equal(asserted('Negotiators sought to strike a balance between the parties on Monday.').length, 0);
  assert.equal(asserted('Gunmen struck a police post in Gusau on Monday, killing two officers.')[0]?.event_type, 'Battles');
});

test('fighting terrorism, a virus or a blaze is no battle; fighting between two forces is', () => {
  assert.equal(asserted('The minister said the army was fighting terrorism and the root causes of unrest in the north.').length, 0);
  assert.equal(asserted('Firefighters were battling the blaze at the depot on Monday.').length, 0);
  assert.equal(asserted('Nurses are fighting the virus with too few masks, the union said on Monday.').length, 0);
  assert.equal(asserted('Heavy fighting between the army and rebels broke out near Kidal on Monday.')[0]?.event_type, 'Battles');
});

test('sanctions, laws and messages that "target" someone are no attack; airstrikes that target a depot are', () => {
  assert.equal(asserted('The Treasury imposed new sanctions targeting three shipping firms on Monday.').length, 0);
  assert.equal(asserted('A disinformation campaign targeted opposition candidates last week.').length, 0);
  assert.equal(asserted('Airstrikes targeted a weapons depot near Hodeidah on Monday.')[0]?.event_type, 'Explosions/Remote violence');
});

test('a blockade lifted or a demonstration postponed or called off did not take place', () => {
  assert.equal(asserted('The rebel coalition lifted its blockade of the port on Monday after talks.').length, 0);
  assert.equal(asserted("The opposition postponed Saturday's demonstration in the capital because of the heat.").length, 0);
  assert.equal(asserted('The unions called off the general strike on Monday.').length, 0);
  assert.equal(asserted('Truck drivers blockaded the port of Durban on Monday over unpaid wages.')[0]?.event_type, 'Protests');
});

test('a rejected accusation and the dead a crowd commemorates are not events of the report; the gathering is', () => {
  assert.equal(asserted('The foreign ministry on Monday rejected accusations that its troops had shelled a border village.').length, 0);
  const evs = asserted('Hundreds gathered in Lviv on Sunday to commemorate those killed in the downing of the airliner.');
  assert.ok(evs.every((e) => e.event_type !== 'Violence against civilians' && e.event_type !== 'Battles'), JSON.stringify(evs.map((e) => e.event_type)));
});

test('a labour strike named by its length or reach is a protest, never an attack; an open-ended one is not "ended"', () => {
  const [a] = asserted('Doctors in Kano began a 48-hour strike on Monday over unpaid salaries.');
  assert.equal(a?.event_type, 'Protests');
  const [b] = asserted('Bank employees in Belgrade began an open-ended strike over pensions on Monday.');
  assert.equal(b?.event_type, 'Protests');
  assert.equal(asserted('A drone strike hit a car near Marib on Monday, killing two men.')[0]?.event_type, 'Explosions/Remote violence');
});

test('an official fired from a post, a cease-fire and a coal-fired plant are no shooting; fired live rounds is', () => {
  assert.equal(asserted('The interior ministry this month fired the provincial governor over the council vote.').length, 0);
  assert.equal(asserted('On Thursday the president declared a seven-day cease-fire with rebel groups.').every((e) => e.event_type !== 'Battles'), true);
  assert.equal(asserted('The coal-fired plant near Tuzla was shut on Monday.').length, 0);
  assert.equal(asserted('Soldiers fired live rounds at protesters in Mandalay on Monday.')[0]?.event_type, 'Protests');
});

test('a trade agreement or suspended aid is no strategic development; an agreement between warring parties is', () => {
  assert.equal(asserted('Britain and Norway signed an agreement on fishing quotas on Wednesday.').length, 0);
  assert.equal(asserted('The donor suspended aid to the ministry on Monday over the misuse of funds.').length, 0);
  assert.equal(asserted('The government and the rebels signed an agreement on Wednesday to exchange prisoners.')[0]?.sub_event_type, 'Agreement');
});

test('cyber attacks are no attacks; troops mobilized are a movement of forces, not a protest', () => {
  assert.equal(asserted('State hackers launched cyber attacks on government websites in Tallinn on Monday.').length, 0);
  assert.equal(asserted('Hackers launched cyber-attacks on two banks in Kyiv on Monday.').length, 0);
  const [m] = asserted('The army mobilized troops along the border near Quneitra on Monday.');
  assert.equal(m?.event_type, 'Strategic developments');
});

test('idioms: people hit or struck by floods, lightning or a truck suffered no attack', () => {
  for (const t of [
    'On 6 June 2021, villages in Kandi (Alibori) hit by the floods were cut off.',
    'On 6 June 2021, two farmers were struck by lightning in Kandi (Alibori).',
    'On 6 June 2021, a boy was hit by a speeding truck in Kandi (Alibori).',
  ]) assert.deepEqual(eventsOf(t).map((e) => e.sub_event_type), [], t);
  // a village hit by a mortar round still was
  assert.equal(eventsOf('On 6 June 2021, a village near Kandi (Alibori) was hit by a mortar round.')[0]?.event_type, 'Explosions/Remote violence');
});

test('idioms: a crop disease or an animal attack, a self-immolation and shots fired in the air are no violence', () => {
  const kinds = (t: string) => eventsOf(t).map((e) => e.sub_event_type);
  assert.deepEqual(kinds('On 6 June 2021, a yellow rust attack destroyed wheat in Kandi (Alibori).'), []);
  assert.deepEqual(kinds('On 6 June 2021, an elephant attack flattened a maize field near Kandi (Alibori).'), []);
  assert.deepEqual(kinds('On 6 June 2021, traders protested in Kandi (Alibori); one of them set himself on fire.'), ['Peaceful protest']);
  assert.deepEqual(kinds('On 6 June 2021, police fired shots in the air to disperse traders protesting in Kandi (Alibori).'), ['Protest with intervention']);
  // shots fired at people are still an attack
  assert.ok(kinds('On 6 June 2021, gunmen fired shots at a bus near Kandi (Alibori).').length > 0);
});

test('idioms: deaths in a crash or an accident are no violence', () => {
  const evs = (t: string) => eventsOf(t);
  assert.equal(evs('On 9 June 2021, four people were killed in a road accident near Kano.').length, 0);
  assert.equal(evs('On 9 June 2021, experts will help identify the victims killed by the plane crash.').length, 0);
  assert.equal(evs('On 9 June 2021, gunmen killed four people in an attack near Kano.').length, 1);
});

test('standing things: a peace deal, a curfew, a handover or a training ground named, not made, are no events', () => {
  assert.equal(asserted('Officials in Kandi on Monday accused the rebels of violating the peace deal.').length, 0);
  assert.equal(asserted('Rebel leaders signed a peace deal with the government in Juba on Monday.')[0]?.event_type, 'Strategic developments');
  assert.equal(asserted('Two traders were fined on Monday for breaking the curfew in Kandi.').length, 0);
  assert.equal(asserted('The army imposed a curfew on Kandi on Monday.')[0]?.event_type, 'Strategic developments');
  assert.equal(asserted('Volunteers handed over 300 blankets to the clinic in Kandi on Monday.').length, 0);
  assert.equal(asserted('The army leased a training ground near Kandi on Monday.').length, 0);
  assert.equal(asserted('On Monday the minister praised the French-trained soldiers of the army in Kandi.').length, 0);
});

test('an interception of no weapon is no disrupted weapons use; tear gas shells are no shelling', () => {
  const kinds = (t: string) => asserted(t).map((e) => e.sub_event_type);
  assert.deepEqual(kinds('On Monday armed men intercepted a minibus near Kandi and shot the driver dead.'), ['Attack']);
  assert.deepEqual(kinds('On Monday soldiers intercepted two drones near Kandi.'), ['Disrupted weapons use']);
  // (alone, the stop of a vessel stays the state's act)
  assert.equal(kinds('On Monday the navy intercepted a fishing vessel off Cotonou.').length, 1);
  assert.ok(!kinds('On Monday police lobbed tear gas shells at youths who threw stones in Kandi.').includes('Shelling/artillery/missile attack'));
});

test('"targeted by" a law or by protests is no attack; "targeted by gunmen" is', () => {
  assert.equal(asserted('On Monday the church said it felt unfairly targeted by the new law in Kandi.').length, 0);
  assert.ok(!asserted('On Monday the home of an opposition leader in Kandi was targeted by pro-government protests.').some((e) => e.event_type === 'Violence against civilians'));
  assert.equal(asserted('On Monday a police post in Kandi was targeted by gunmen.').length, 1);
});

test('an emergency, health or humanitarian response is no blow; a swift military response is', () => {
  assert.equal(asserted('On 7 January, two weeks before Turkey activated its emergency response, the minister knew of the outbreak.').length, 0);
  assert.equal(asserted('On 3 March, Kenya stepped up its humanitarian response near Garissa.').length, 0);
  assert.equal(asserted('On 3 March, the army launched a swift military response against the rebels near Goma.')[0]?.event_type, 'Battles');
});

test('a person who "was fired" or "has been fired" lost a job; rounds that were fired are fire', () => {
  assert.equal(asserted('On 14 November 2019, the prison service said Mwangi has been fired.').length, 0);
  assert.equal(asserted('On 14 November 2019, two prison guards were fired for misconduct.').length, 0);
  assert.ok(asserted('On 14 November 2019, rockets were fired from Gaza.').length > 0);
  assert.ok(asserted('On 14 November 2019, he was fired upon by soldiers in Kano.').length > 0);
});

test('idioms: "in response to" gives a reason and is no blow', () => {
  const kinds = asserted('On 3 May 2021, the army deployed troops to Kandi (Kandi, Alibori) in response to rising insecurity.').map((e) => e.event_type);
  assert.deepEqual(kinds, ['Strategic developments']);
});
