// A brief's arrests and looting told with or after its violent act are part of that act (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './events-of.ts';
import { extract } from '../../src/extract/index.ts';
import { loadGeocoder } from '../../src/geo/index.ts';

const geocoder = loadGeocoder();

const kinds = (text: string) => eventsOf(text).map((e) => `${e.event_type} / ${e.sub_event_type}`);

test('consequences: the attackers arrested after a killing add no second event', () => {
  assert.deepEqual(kinds('On 3 March 2021, gunmen shot dead a trader in Kandi (Alibori). Police arrested two of the attackers the same evening.'), ['Violence against civilians / Attack']);
  assert.deepEqual(kinds('On 3 March 2021, soldiers clashed with bandits near Kandi (Alibori), killing four of them and arresting two others.'), ['Battles / Armed clash']);
});

test('consequences: goods stolen from the victim belong to the attack', () => {
  const evs = eventsOf('On 3 March 2021, gunmen shot dead a trader near Kandi (Alibori). His motorbike and phone were stolen.');
  assert.equal(evs.length, 1);
  assert.equal(evs[0].event_type, 'Violence against civilians');
  assert.equal(evs[0].fatalities, 1);
});

test('consequences: arrests at a riot are the riot', () => {
  assert.deepEqual(kinds('On 3 March 2021, youths rioted in Kandi (Alibori) and burned the town hall. Police detained 14 of them.'), ['Riots / Mob violence']);
});

test('consequences: an arrest told first stays its own event', () => {
  assert.ok(kinds('On 3 March 2021, police arrested three men in Kandi (Alibori) who had shot dead a trader.').includes('Strategic developments / Arrests'));
});

test('consequences: suspects arrested days after the act, wherever, are its sequel, not a second event', () => {
  assert.deepEqual(kinds('On 3 March 2021, gunmen shot dead a trader in Kandi (Alibori). Police arrested two of the attackers in Parakou on 9 March.'), ['Violence against civilians / Attack']);
  assert.deepEqual(kinds('On 3 March 2021, two families fought with machetes over a field in Kandi (Alibori). Three men were wounded. Five people were arrested on 11 March.'), ['Riots / Mob violence']);
});

test('consequences: goods burned in the course of an attack belong to it even when told first', () => {
  assert.deepEqual(kinds('On 3 March 2021, two lorries were torched by a group of armed men near Kandi (Alibori). The attackers fired at the drivers, wounding one.'), ['Violence against civilians / Attack']);
  // (a burning that only a later aside reads as a mob's stays what it was)
  assert.ok(kinds('On 3 March 2021, unknown arsonists torched a phone mast in Kandi (Alibori). This is the second incident of torching a mast in the town in a month.').includes('Strategic developments / Looting/property destruction'));
});

test('riot: the police tear gas at a brawl with locals is the mob violence, not a protest of its own', () => {
  assert.deepEqual(kinds('On 3 March 2021, residents pelted stones and clashed with police, who lobbed tear gas shells, in Kandi (Alibori), after police told them to close their shops. 12 people were arrested.'), ['Riots / Mob violence']);
});

test('consequences: a long report keeps its arrests apart', () => {
  const text = [
    'Gunmen shot dead a trader in Kandi, in northern Benin, on 3 March 2021.',
    'The trader had run a shop in the market for ten years.',
    'Police arrested two men on the same day.',
    'Residents said the town had been calm for months.',
    'The mayor asked for more patrols on the roads.',
  ].join(' ');
  assert.ok(kinds(text).includes('Strategic developments / Arrests'));
});

test('riot: the march before the stones and the police response after them are one violent demonstration', () => {
  const evs = eventsOf('On 5 June 2021, traders marched in Kandi (Alibori) against a new tax. Some of them threw stones at the town hall. Police used tear gas to break up the crowd.');
  assert.deepEqual(evs.map((e) => `${e.event_type} / ${e.sub_event_type}`), ['Riots / Violent demonstration']);
  assert.deepEqual([evs[0].inter1, evs[0].inter2], [5, 1]);
});

test('riot: an attack on a protest by someone else is no riot that swallows the protest', () => {
  assert.ok(kinds('On 5 June 2021, a ward councillor attacked a protest of residents in Kandi (Alibori).').some((k) => k.startsWith('Protests')));
});

test('history: a brief\'s act dated months before the act it opens with is background', () => {
  const evs = eventsOf('On 6 June 2021, residents protested in Kandi (Alibori) against the release of a trader. The trader shot a policeman in Kandi on 14 March 2019.');
  assert.deepEqual(evs.map((e) => `${e.sub_event_type} ${e.modality}`), ['Peaceful protest asserted', 'Armed clash background']);
  // a sequel days later is news
  const later = eventsOf('On 6 June 2021, gunmen shot a policeman in Kandi (Alibori). Police arrested a suspect on 8 June 2021.');
  assert.ok(later.every((e) => e.modality === 'asserted'));
});

test('consequences: the attackers fleeing or the other side withdrawing add no second event', () => {
  assert.deepEqual(kinds('On 6 June 2021, a trader was shot dead in Kandi (Alibori) by a gunman, who then escaped with a second man on a motorbike.'), ['Violence against civilians / Attack']);
  assert.deepEqual(kinds('On 6 June 2021, soldiers and rebels fought near Bunia (Ituri) and the rebels withdrew from the area.'), ['Battles / Armed clash']);
});

test('consequences: the same doers who detain and beat people in one breath commit one act, the beating', () => {
  assert.deepEqual(kinds('On 6 June 2021, soldiers detained and beat three traders in Kandi (Alibori).'), ['Violence against civilians / Attack']);
});

test('in a brief, forces attacking the people of a gathering is the protest\'s intervention, and killing makes it excessive force', () => {
  const [a, ...rest] = eventsOf('On 5 June 2021, students held a sit-in in Parakou (Borgou). Gendarmes attacked the students, injuring five.');
  assert.equal(rest.length, 0, JSON.stringify(rest.map((e) => e.sub_event_type)));
  assert.equal(a.sub_event_type, 'Protest with intervention');
  assert.equal(a.injuries, 5);
  const [k] = eventsOf('On 5 June 2021, hundreds of residents marched in Kisumu (Kisumu) against police brutality. Officers beat several marchers and shot one of them dead.');
  assert.equal(k.sub_event_type, 'Excessive force against protesters');
  assert.equal(k.fatalities, 1);
});

test('consequences: in an article, a change of control told with a date over a month old is the backdrop', () => {
  // invented article: the news is a shelling; the town's capture over a year before is its backdrop
  const text = [
    'Russian artillery shelled the outskirts of Kharkiv on Tuesday, killing two civilians, local officials said.',
    'Russian forces captured Soledar in January 2023 and have held it since.',
    'Aid groups said hundreds of families had left the area.',
    'The army said it would answer any further attack.',
    'Talks between the two sides are due to resume next month.',
  ].join(' ');
  const evs = extract({ id: 'c', text, published: '2024-06-12' }, { geocoder }).events;
  const capture = evs.find((e) => /overtakes|regains/.test(e.sub_event_type));
  assert.ok(capture, 'the capture is still listed');
  assert.equal(capture.modality, 'background');
  // told as this week's news it stays asserted
  const fresh = extract({ id: 'c', text: text.replace('in January 2023 and have held it since', 'on Sunday'), published: '2024-06-12' }, { geocoder }).events;
  assert.equal(fresh.find((e) => /overtakes|regains/.test(e.sub_event_type))?.modality, 'asserted');
});

test('protest: a harm by nobody named, told after the gathering in its sentence, is what the crowd protests about', () => {
  assert.deepEqual(kinds('On 5 June 2021, the veterans\' union protested at Kandi town (Alibori) against Niger for ceasefire violations and targeting civilian population.'), ['Protests / Peaceful protest']);
  assert.deepEqual(kinds('On 5 June 2021, UNAMAB protested at Kandi town (Alibori) against the army for targeting civilians.'), ['Protests / Peaceful protest']);
  // (harm whose doers the sentence names stays an event)
  assert.ok(kinds('On 5 June 2021, traders protested in Kandi (Alibori) when gunmen fired on a passing bus, killing two passengers.').some((k) => k.startsWith('Violence against civilians')));
});

test('consequences: a fight told at several places takes the arrests made at each of them', () => {
  const text = 'On 5 May 2021, four Al Shabaab fighters were killed and five were detained during army raids in Baidoa, Kismayo and Jowhar.';
  const kinds2 = extract({ id: 't', text, published: '2021-05-10' }, { geocoder }).events.map((e) => `${e.event_type} / ${e.sub_event_type}`);
  assert.ok(kinds2.length > 0);
  assert.ok(!kinds2.includes('Strategic developments / Arrests'), kinds2.join(', '));
});
