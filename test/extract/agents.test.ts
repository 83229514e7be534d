// Agent/target attachment and ACLED side conventions, end to end over invented notes
// (real places and groups, incidents made up for these tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, segment } from '../../src/extract/index.ts';
import { findActors } from '../../src/extract/actors.ts';
import { inByPhrase, leadConjunct } from '../../src/extract/agents.ts';
import { loadGeocoder } from '../../src/geo/index.ts';

const eventsOf = (text: string) => extract({ id: 't', text, published: '2021-05-10' }).events;

test('agents: a by-phrase reaches its actor through modifiers', () => {
  const s = segment('A trader was beaten by presumed LNA fighters in Gharyan.')[0];
  const acts = findActors(s).actors;
  const lna = acts.find((a) => a.id === 'lna')!;
  assert.ok(inByPhrase(s, lna));
  const trader = acts.find((a) => a.inter === 7)!;
  assert.ok(!inByPhrase(s, trader));
  const [e] = eventsOf('On 8 May 2021, a trader was beaten by presumed LNA fighters in Gharyan.');
  assert.equal(e.inter1, 1);
  assert.match(e.actor1 ?? '', /Libya/);
  const [f] = eventsOf('On 8 May 2021, a lawyer was abducted by intelligence officers in Van.');
  assert.equal(f.inter1, 1);
});

test('agents: "an attack attributed to X" and "attacks of X" name the author', () => {
  const [e] = eventsOf('On 6 May 2021, an attack attributed to ADF rebels left three farmers dead near Oicha.');
  assert.match(e.actor1 ?? '', /^ADF/);
  assert.equal(e.inter1, 2);
  const [b] = eventsOf('On 6 May 2021, government forces repelled attacks of Houthi forces near Sirwah.');
  assert.equal(b.event_type, 'Battles');
  assert.ok([b.actor1, b.actor2].some((x) => /Houthi/.test(x ?? '')));
});

test('agents: the first of coordinated subjects leads', () => {
  const s = segment('Pro-Hadi forces and Popular Resistance fighters shelled a hill.')[0];
  const acts = findActors(s).actors;
  const fighters = acts.find((a) => a.id === 'militants')!;
  assert.equal(leadConjunct(s, acts, fighters, undefined).id, 'hadi');
});

test('sides: unattributed fire seen by a monitoring mission is coded as the frontline dyad', () => {
  const text = 'On 5 May 2021, the OSCE SMM observed 14 explosions of undetermined origin near Zaitseve.';
  const [e] = eventsOf(text);
  assert.equal(e.inter1, 1);
  assert.equal(e.actor1, 'Military Forces of Ukraine');
  // (Zolote is held by the government: the fire seen there came from the other side)
  const [b] = eventsOf('On 5 May 2021, the SMM recorded 30 bursts of small-arms fire and an exchange of fire near Zolote.');
  if (b.event_type === 'Battles') assert.deepEqual([b.inter1, b.inter2], [2, 1]);
  // without a monitor's words the shooters stay unidentified
  const [u] = eventsOf('On 5 May 2021, unknown assailants fired mortars at a farm near Zolote, Ukraine.');
  assert.equal(u.inter1, 3);
  assert.match(u.actor1 ?? '', /Unidentified Armed Group/);
});

test('sides: a numbered settlement is not the town it is numbered after ("Zolote-5" is not "Zolote")', () => {
  // (with the gazetteer, which knows "Zolote" and places the event there)
  const geocoder = loadGeocoder();
  const placed = (text: string) => extract({ id: 't', text, published: '2021-05-10' }, { geocoder }).events;
  const [e] = placed('On 5 May 2021, the OSCE SMM observed 4 explosions involving unknown weapons near Zolote-5.');
  assert.equal(e.inter1, 1);
  const [z] = placed('On 5 May 2021, the OSCE SMM observed 4 explosions involving unknown weapons near Zolote.');
  assert.equal(z.inter1, 2);
});

test('sides: monitored fire is coded to the side facing the place, not the side holding it', () => {
  // held by the government: the opponent fired
  const [g] = eventsOf('On 6 May 2021, the SMM recorded 9 explosions of unknown origin near Pisky.');
  assert.deepEqual([g.inter1, g.inter2], [2, 0]);
  const [gb] = eventsOf('On 6 May 2021, the SMM recorded 40 shots and bursts in both directions along the front line near Avdiivka.');
  assert.equal(gb.event_type, 'Battles');
  assert.deepEqual([gb.inter1, gb.inter2], [2, 1]);
  // held by the armed opposition: government forces fired
  const [o] = eventsOf('On 6 May 2021, the SMM recorded 9 explosions of unknown origin near Holubivske.');
  assert.deepEqual([o.inter1, o.inter2], [1, 0]);
  assert.equal(o.actor1, 'Military Forces of Ukraine');
  // a place in neither list keeps the default (state forces first)
  const [u] = eventsOf('On 6 May 2021, the SMM recorded 9 explosions of unknown origin near Zaitseve.');
  assert.equal(u.inter1, 1);
});

test('sides: a lone identity militia in a clash fought another communal militia', () => {
  const [e] = eventsOf('On 4 May 2021, Jukun militiamen clashed over farmland near Wukari, Taraba.');
  assert.equal(e.event_type, 'Battles');
  assert.deepEqual([e.inter1, e.inter2], [4, 4]);
});

test('sides: an event whose sentences name nobody takes the armed actor acting just before', () => {
  const [e] = eventsOf('On 4 May 2021, military police officers raided the Mare complex in Rio de Janeiro, Brazil. A long gun battle followed near the main square.');
  assert.equal(e.event_type, 'Battles');
  assert.equal(e.inter1, 1);
  assert.match(e.actor1 ?? '', /Police Forces of Brazil/);
  // a source is not an agent: "police said" names who reported, not who fired
  const [s] = eventsOf('Police said on 4 May 2021 that the road was quiet. A long gun battle followed near Campos, Rio de Janeiro.');
  assert.equal(s.inter1, 3);
});

test('sides: a group that claimed the attack is its author when the note only says "militants"', () => {
  const [e] = eventsOf('On 5 May 2021, militants attacked a gendarmerie post in Boni (Douentza, Mopti), wounding two gendarmes. JNIM claimed responsibility for the attack.');
  assert.match(e.actor1 ?? '', /^JNIM/);
  assert.equal(e.inter1, 2);
});

test('sides: a clash without an agent lists state forces first, then the other party', () => {
  const [e] = eventsOf('On 6 May 2021, in Cuiaba, Mato Grosso, Brazil, a man said to sell drugs died in a gunfight with military police officers.');
  assert.equal(e.event_type, 'Battles');
  assert.deepEqual([e.inter1, e.inter2], [1, 3]);
});

test('sides: destroyed property belongs to civilians; a change of activity has no second party', () => {
  const [e] = eventsOf('Property destruction: On 4 May 2021, soldiers torched and destroyed six houses in Kyauktaw village, Rakhine State, Myanmar.');
  assert.equal(e.sub_event_type, 'Looting/property destruction');
  assert.equal(e.inter2, 7);
  const [c] = eventsOf('Movement of forces: On 4 May 2021, Houthi forces sent reinforcements to the Nihm front in Sanaa governorate, Yemen.');
  assert.equal(c.sub_event_type, 'Change to group/activity');
  assert.equal(c.inter2, 0);
});

test('sides: two states trading fire across a border are coded with the home forces first', () => {
  const [e] = eventsOf('On 5 May 2021, military forces of Azerbaijan and Armenia exchanged fire near Tavush, Armenia.');
  assert.equal(e.event_type, 'Battles');
  assert.deepEqual([e.inter1, e.inter2], [1, 8]);
  assert.match(e.actor1 ?? '', /Armenia/);
});

test('sides: a violent demonstration met by the police has the police, not its civilian victims, as actor2', () => {
  const evs = eventsOf('On 5 May 2021, demonstrators burned tyres and beat up a journalist in Kindia, Guinea. Police dispersed the crowd with tear gas.');
  const riot = evs.find((e) => e.event_type === 'Riots');
  assert.ok(riot);
  assert.equal(riot.inter2, 1);
  // a lynch mob's victim stays actor2 when police step in
  const [m] = eventsOf('On 5 May 2021, a crowd beat a suspected thief to death in Kindia, Guinea. Police intervened.');
  assert.equal(m.sub_event_type, 'Mob violence');
  assert.equal(m.inter2, 7);
});

test('note labels: a movement of armed men told by the people who saw it is the armed men\'s', () => {
  const [a] = eventsOf('Movement of forces: On 6 May 2021, farmers noticed some forty armed men on motorbikes at Bagou (Gogounou, Alibori).');
  assert.equal(a.sub_event_type, 'Change to group/activity');
  assert.equal(a.inter1, 3);
  // herders are a community (a tribal militia by default) but here only the witnesses
  const [h] = eventsOf('Movement of forces: On 9 May 2021, herders saw some forty gunmen riding motorbikes through Segbana (Segbana, Alibori).');
  assert.equal(h.inter1, 3);
  const [b] = eventsOf('Movement of forces: On 7 May 2021, villagers reported movements of armed men close to Bagou (Gogounou, Alibori).');
  assert.equal(b.inter1, 3);
  // "an armed band of twelve men": the men are its members
  const [c] = eventsOf('Movement of forces: On 8 May 2021, an armed group of 12 people carrying rifles moved to and fro between Zogbo and Bagou (Gogounou, Alibori).');
  assert.equal(c.inter1, 3);
});

test('targets: the people a raid searches for are its purpose, not its target; FAB are the armed forces of Benin', () => {
  const [e] = eventsOf('On 6 May 2021, FAB soldiers raided a herding camp outside Guene (Malanville, Alibori) in search of jihadists and shot two civilians.');
  assert.equal(e.event_type, 'Violence against civilians');
  assert.deepEqual([e.inter1, e.inter2], [1, 7]);
});

test('an act noun in the by-phrase of a passive verb: the subject suffers the acts, it does not do them', () => {
  const ev = (text: string) => extract({ id: 'p', text, published: '2021-06-05' }).events[0];
  const hit = ev('Lawyers and reporters in Basra have been hit by a spate of killings and kidnappings since 2 June 2021.');
  assert.ok(hit);
  assert.doesNotMatch(hit.actor1 ?? '', /Protesters/);
  assert.ok(!hit.evidence.some((v) => v.field === 'actor1' && /Activists|journalists/.test(v.text)));
  // the doers of the same noun act stay its agent
  assert.match(ev('Activists in Basra staged abductions of officials on 2 June 2021.').actor1 ?? '', /Protesters/);
});

test('sides: the Luhansk People\'s Militia is the rebel side, a policewoman or police agent state police', () => {
  const [e] = eventsOf('On 5 May 2021, the Ukrainian Forces fired 120mm mortars at the positions of the Luhansk People\'s Militia in the area of Berezivske, Luhansk.');
  assert.deepEqual([e.inter1, e.inter2], [1, 2]);
  const [p] = eventsOf('On 5 May 2021, unknown gunmen shot and killed a policewoman in Kandahar city.');
  assert.equal(p.sub_event_type, 'Armed clash');
  assert.deepEqual([p.inter1, p.inter2], [3, 1]);
});

test('agents: gangs are armed groups, and "members from X" are X\'s', () => {
  const [e] = eventsOf('On 5 May 2021, in El Paisnal (San Salvador), members from the Mara Salvatrucha shot and killed an alleged member from Barrio-18.');
  assert.equal(e.sub_event_type, 'Armed clash');
  assert.equal(e.actor1, 'MS-13: Mara Salvatrucha');
  assert.deepEqual([e.inter1, e.inter2], [3, 3]);
});

test('agents: a verb coordinated after another verb\'s object shares that verb\'s subject ("chased fishermen ... and fired")', () => {
  const [e] = eventsOf('On 5 May 2021, Niger army soldiers chased Beninese fishermen in their boats near Karimama and fired shots at them.');
  assert.equal(e.actor1, 'Military Forces of Niger');
  assert.equal(e.sub_event_type, 'Attack');
  // (a noun after "and" is no verb: "the kidnapping and rape of a girl" keeps its own sides)
  const [k] = eventsOf('On 5 May 2021, militants attacked soldiers and killed three near Kandi (Alibori).');
  assert.deepEqual([k.inter1, k.inter2], [3, 1]);
});

test('agents: the crime someone is held or charged for is no act of those who hold him', () => {
  // the police detain; the kidnap and the murder are the detained man's, told as alleged
  const evs = eventsOf('On 8 May 2021, a village head was detained by the police in Warri for alleged kidnap and murder.');
  const crime = evs.filter((e) => e.sub_event_type !== 'Arrests');
  assert.ok(crime.length);
  for (const e of crime) assert.deepEqual([e.inter1, /Police/.test(e.actor1 ?? '')], [3, false]);
  // the detention itself stays the police's
  assert.equal(evs.find((e) => e.sub_event_type === 'Arrests')?.inter1, 1);
  // soldiers who kidnap, named as the subject, stay the doers
  assert.equal(eventsOf('On 8 May 2021, soldiers kidnapped a village head in Warri.')[0]?.inter1, 1);
});

test('agents: "took X hostage" — the subject of "took" is the captor, the people between it and "hostage" the captives', () => {
  const [e] = eventsOf('On 8 May 2021, gunmen took several farmers hostage near Kaduna.');
  assert.equal(e?.sub_event_type, 'Abduction/forced disappearance');
  assert.deepEqual([e.inter1, e.inter2, e.assoc_actor_2], [3, 7, 'Farmers']);
  // the passive keeps its by-phrase captor
  const [p] = eventsOf('On 8 May 2021, several farmers were taken hostage by gunmen near Kaduna.');
  assert.deepEqual([p?.inter1, p?.inter2], [3, 7]);
});
