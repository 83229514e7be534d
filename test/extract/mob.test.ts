// Violence by people known by kin, trade or community is mob violence (invented notes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './events-of.ts';

test('mob: kin or neighbours who beat someone are rioters, not an armed group', () => {
  const [e] = eventsOf('On 3 June 2021, three brothers beat and injured a cattle herder in Kandi (Kandi, Alibori).');
  assert.equal(e.event_type, 'Riots');
  assert.equal(e.sub_event_type, 'Mob violence');
  assert.deepEqual([e.inter1, e.inter2], [5, 7]);
  // unknown assailants stay an unidentified armed group
  const [u] = eventsOf('On 3 June 2021, unknown assailants beat and injured a cattle herder in Kandi (Kandi, Alibori).');
  assert.equal(u.event_type, 'Violence against civilians');
  // guns make it an attack
  const [g] = eventsOf('On 3 June 2021, three brothers shot and injured a cattle herder in Kandi (Kandi, Alibori).');
  assert.notEqual(g.event_type, 'Riots');
  // the workers are the victims here, not the assailants
  const [v] = eventsOf('On 3 June 2021, two farm workers were found dead near Kandi (Kandi, Alibori).');
  assert.equal(v.event_type, 'Violence against civilians');
});

test('mob: a crowd that beats up a soldier without guns is a mob, not a battle', () => {
  const [e] = eventsOf('On 3 June 2021, a crowd of young men beat up a soldier after a quarrel at a bar in Bambari (Bambari, Ouaka).');
  assert.equal(e.event_type, 'Riots');
  assert.equal(e.sub_event_type, 'Mob violence');
  assert.deepEqual([e.inter1, e.inter2], [5, 1]);
  // with guns the same people are an armed side
  const [g] = eventsOf('On 3 June 2021, a crowd of young men shot at a soldier with rifles after a quarrel at a bar in Bambari (Bambari, Ouaka).');
  assert.notEqual(g.event_type, 'Riots');
});

test('backdrop: fighting named after "amid" or "after days of" is the scene, not the act', () => {
  const [e] = eventsOf('On 4 June 2021, gunmen killed a shopkeeper in Kadugli (South Kordofan) amid clashes between two Nuba sections.');
  assert.equal(e.event_type, 'Violence against civilians');
  const [f] = eventsOf('On 4 June 2021, police shot dead a student in Kadugli (South Kordofan) after days of clashes with local gangs.');
  assert.equal(f.event_type, 'Violence against civilians');
  // "during clashes" is the fight itself
  const [g] = eventsOf('On 4 June 2021, two soldiers were killed during clashes with SPLM-N fighters in Kadugli (South Kordofan).');
  assert.equal(g.event_type, 'Battles');
});

test('beating: beating people beside looting or an arrest is the act coded, the rest part of it', () => {
  const [e] = eventsOf('On 3 June 2021, soldiers beat and robbed a trader at a checkpoint near Bambari (Bambari, Ouaka).');
  assert.equal(e.event_type, 'Violence against civilians');
  const [f] = eventsOf('On 3 June 2021, men set fire to a market stall and beat a vendor in Bambari (Bambari, Ouaka).');
  assert.equal(f.event_type, 'Violence against civilians');
  // "beat" of no one stays a weak word next to a strong trigger
  const [g] = eventsOf('On 3 June 2021, rebels seized the town of Bambari (Bambari, Ouaka), as government troops failed to beat the deadline.');
  assert.equal(g.event_type, 'Battles');
});

test('mob: a person accused of stealing animals is the victim, not the animals', () => {
  const [e] = eventsOf('On 3 May 2021, a crowd with sticks killed a man accused of goat theft in Bagou (Gogounou, Alibori).');
  assert.equal(e.event_type, 'Riots');
  assert.equal(e.sub_event_type, 'Mob violence');
  assert.equal(e.fatalities, 1);
  // animals as the object stay property
  const [p] = eventsOf('On 3 May 2021, soldiers killed twelve goats of herders in Bagou (Gogounou, Alibori).');
  assert.equal(p.sub_event_type, 'Looting/property destruction');
  assert.equal(p.fatalities, 0);
});

test('mob: what the victim did, told in a "who" clause, does not retype the crowd\'s act', () => {
  const [e] = eventsOf('On 6 May 2021, angry residents beat a man who had tried to snatch a child at Bagou (Gogounou, Alibori).');
  assert.equal(e.sub_event_type, 'Mob violence');
  assert.deepEqual([e.inter1, e.inter2], [5, 7]);
});

test('mob: demonstrators who sexually assault people make their demonstration a violent one', () => {
  const [e] = eventsOf('On 6 April 2021, protests against the president took place in Parakou (Parakou, Borgou). Protesters raped two women during the march.');
  assert.equal(e.event_type, 'Riots');
  assert.equal(e.sub_event_type, 'Violent demonstration');
});

test('mob: wounding a person is an act even beside a suspicion of killing in the same sentence', () => {
  const [e] = eventsOf('On 12 May 2021, villagers at Bagou (Gogounou, Alibori) badly injured a man they accused of murdering a herder.');
  assert.equal(e?.sub_event_type, 'Mob violence');
  // "killed and injured": the killing tells the act, the wounding adds nothing
  const ev = eventsOf('On 12 May 2021, a mortar shell fell inside the camp in Bagou (Gogounou, Alibori) and killed and injured several soldiers.');
  assert.equal(ev.length, 1);
});

test('mob: people who fire into a crowd are armed, not a mob, even with no weapon named', () => {
  const [e] = eventsOf('On 3 May 2021, some young men fired into the crowd at a wedding party at Kerou (Kerou, Atacora), wounding three guests.');
  assert.notEqual(e.event_type, 'Riots');
});

test('mob: a state force that fought people taken for civilians faces them as rioters; the force stays a side', () => {
  const [e] = eventsOf('On 9 March 2021, soldiers clashed with villagers at Segbana, Benin, over a land dispute.');
  assert.equal(e.sub_event_type, 'Mob violence');
  assert.deepEqual([e.inter1, e.inter2], [5, 1]);
  assert.match(String(e.actor2), /Military Forces of Benin/);
});

test('mob: violence against a person blamed for sorcery or witchcraft is a witch-hunt, i.e. mob violence', () => {
  const [e] = eventsOf('On 3 June 2021, two men beat to death an elderly woman whom they accused of sorcery in Tanguieta (Tanguieta, Atacora).');
  assert.equal(e.sub_event_type, 'Mob violence');
  const [f] = eventsOf('On 3 June 2021, a widow was beaten up and dragged through Kolda village (Gumla, Jharkhand) by neighbours over suspicion of witchcraft.');
  assert.equal(f.sub_event_type, 'Mob violence');
  // gunmen who kill a healer stay an armed group's attack
  const [g] = eventsOf('On 3 June 2021, gunmen shot dead a traditional healer in Tanguieta (Tanguieta, Atacora).');
  assert.equal(g.event_type, 'Violence against civilians');
});

test('mob: the ruling party youth and opposition party members fighting each other are a mob, the party members rioters', () => {
  for (const text of [
    'On 3 May 2021, Imbonerakure and CNL members fought one another on Gitega hill (Gitega).',
    'On 3 May 2021, CNL and CNDD-FDD fought each other on Gitega hill (Gitega).',
  ]) {
    const [e] = eventsOf(text);
    assert.equal(e.sub_event_type, 'Mob violence', text);
    assert.deepEqual([e.inter1, e.inter2], [5, 3], text);
  }
  // a party member beaten by the militia is a civilian
  const [v] = eventsOf('On 3 May 2021, Imbonerakure attacked and injured two CNL members on Gitega hill (Gitega).');
  assert.deepEqual([v.event_type, v.inter1, v.inter2], ['Violence against civilians', 3, 7]);
});

test('property: people whose houses are destroyed are civilians, whatever crowd they join elsewhere', () => {
  const [e] = eventsOf('On 3 May 2021, a group of Imbonerakure destroyed four houses belonging to party supporters on Gitega hill (Gitega).');
  assert.equal(e.sub_event_type, 'Looting/property destruction');
  assert.deepEqual([e.inter1, e.inter2], [3, 7]);
});

test('mob: forces that clashed with people who threw stones met a riot, not an armed side', () => {
  const [e] = eventsOf('On 5 June 2021, clashes erupted between residents of the camp and border guards near Tulkarm. The guards fired tear gas and the residents hurled stones at them.');
  assert.equal(e.event_type, 'Riots');
  assert.equal(e.sub_event_type, 'Mob violence');
  assert.deepEqual([e.inter1, e.inter2], [5, 1]);
  const [p] = eventsOf('On 5 June 2021, a clash took place between ration card holders and police in Larkana town (Larkana, Sindh). The card holders pelted stones at the police.');
  assert.equal(p.event_type, 'Riots');
  // gunfire makes it a fight between armed sides, stones or not
  const [g] = eventsOf('On 5 June 2021, soldiers clashed with gunmen near Baga. The gunmen threw stones and fired rifles at the soldiers.');
  assert.equal(g.event_type, 'Battles');
});
