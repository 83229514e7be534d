// Actor rules beyond the lexicon (invented sentences; real group and place names).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/extract/segment.ts';
import { actorInter, actorName, findActors } from '../../src/extract/actors.ts';

const actorsOf = (s: string) => findActors(segment(s)[0]).actors;

test('actor rules: a role word followed by its group is that group', () => {
  for (const s of [
    'Fighters of the Syrian National Army shelled a village near Manbij.',
    'Gunmen believed to belong to Islamic State shot a shepherd near Hajin.',
    'Militants affiliated with JNIM burned a school near Djibo.',
  ]) {
    const named = actorsOf(s).filter((a) => a.actorKind === 'named');
    assert.equal(named.length, 1, s);
    assert.equal(actorsOf(s).filter((a) => a.id === 'militants' || a.id === 'rebels').length, 0, s);
    assert.match(named[0].text, /^(Fighters|Gunmen|Militants)/, s);
  }
  // a role word next to a place is not merged with anything
  const plain = actorsOf('Gunmen from the village attacked a bus.');
  assert.equal(plain[0].id, 'militants');
});

test('actor rules: a people or a village before "militia" makes an identity militia (inter 4)', () => {
  const [tiv] = actorsOf('On Tuesday, Jukun militiamen raided two farms in Wukari.');
  assert.equal(tiv.inter, 4);
  assert.equal(actorName(tiv, 'Nigeria'), 'Jukun Ethnic Militia (Nigeria)');
  const [communal] = actorsOf('Militias from Aguleri clashed with their neighbours over farmland.');
  assert.equal(communal.inter, 4);
  assert.equal(actorName(communal, 'Nigeria'), 'Aguleri Communal Militia (Nigeria)');
  // sentence-initial capitals and countries are not peoples
  const [plain] = actorsOf('Militias attacked the market.');
  assert.equal(plain.inter, 3);
  const [syrian] = actorsOf('Syrian militias attacked the market.');
  assert.equal(syrian.country, 'Syria');
  assert.equal(syrian.inter, 3);
});

test('actor rules: "anti-X" forces are not X, uniforms are not the army', () => {
  const anti = actorsOf('Anti-Houthi forces shelled a farm.');
  assert.ok(!anti.some((a) => a.id === 'houthi'));
  const dressed = actorsOf('Armed men dressed in military and police uniforms robbed a shop.');
  assert.deepEqual(dressed.map((a) => a.id), ['militants']);
  const real = actorsOf('Soldiers and police officers searched a shop.');
  assert.deepEqual(real.map((a) => a.actorKind), ['state', 'police']);
});

test('actor rules: an alias valid in one country keeps its own words elsewhere', () => {
  const [nlf] = actorsOf('The National Liberation Front attacked a patrol.');
  assert.equal(actorName(nlf, 'Syria'), 'Syrian National Army');
  assert.equal(actorInter(nlf, 'Syria'), 2);
  assert.equal(actorName(nlf, 'Mali'), 'National Liberation Front');
  assert.equal(actorInter(nlf, 'Mali'), 2);
  // a longer real name wins over the short alias
  const [mnlf] = actorsOf('The Moro National Liberation Front signed a deal.');
  assert.equal(mnlf.id, 'mnlf');
});

test('actor rules: state-like forces by ACLED convention', () => {
  const [pmf] = actorsOf('The PMF repelled an attack near Tikrit.');
  assert.equal(actorInter(pmf, 'Iraq'), 1);
  const [nr] = actorsOf('National Resistance forces shelled a hill.');
  assert.equal(actorInter(nr, 'Yemen'), 3);
});

test('actor rules: a people before a role word names an ethnic militia; its villages and members are not fighters', () => {
  const [m] = actorsOf('Dozens of Dogon militiamen raided a hamlet near Bankass.');
  assert.equal(m.inter, 4);
  assert.equal(actorName(m, 'Mali'), 'Dogon Ethnic Militia (Mali)');
  const village = actorsOf('Gunmen burned the Fulani village of Sare near Djenne.');
  assert.deepEqual(village.map((a) => a.id), ['militants']);
  const [member] = actorsOf('A Fulani herdsman was robbed near Kandi.').filter((a) => a.inter === 7);
  assert.ok(member, 'a single herdsman stays a civilian victim');
  const [bare] = actorsOf('Soldiers detained two Fulani near Kandi.').filter((a) => a.id === 'ethnic');
  assert.equal(bare.inter, 7);
});

test('actor rules: farmers and herders who clash or raid camps are communal militias', () => {
  const acts = actorsOf('Farmers and Fulani pastoralists clashed near Kalale.');
  assert.deepEqual(acts.map((a) => a.inter), [4, 4]);
  assert.equal(actorName(acts[1], 'Benin'), 'Fulani Ethnic Militia (Benin)');
  // without fighting words farmers are civilians
  const [f] = actorsOf('Farmers lost their harvest near Kalale.');
  assert.equal(f.inter, 7);
});

test('actor rules: a group named in brackets after a role word is that group; "forces of A and B" are two', () => {
  const acts = actorsOf('Two soldiers were killed by militants (suspected TTP) near Mir Ali.');
  assert.ok(acts.some((a) => a.id === 'ttp' && /^militants/.test(a.text)));
  const pair = actorsOf('Military forces of India and Pakistan traded fire along the LoC.');
  assert.deepEqual(pair.map((a) => [a.actorKind, a.country]), [['state', 'India'], ['state', 'Pakistan']]);
  assert.equal(actorInter(pair[1], 'India'), 8);
});

test('actor rules: names are matched as written ("Hama" is a city, not Hamas); unknown military groups are unidentified', () => {
  assert.equal(actorsOf('Drones struck an airbase near Hama.').filter((a) => a.id === 'hamas').length, 0);
  assert.equal(actorsOf('Hamas fired rockets.')[0].id, 'hamas');
  const [u] = actorsOf('An unidentified military group launched drones at the airbase.');
  assert.equal(u.id, 'militants');
  assert.equal(actorName(u, 'Syria'), 'Unidentified Armed Group (Syria)');
});

test('actor rules: off-duty and retired soldiers and police are civilians', () => {
  const [a] = actorsOf('Gunmen shot an off-duty policeman in Kismayo.').filter((x) => x.id !== 'militants');
  assert.equal(a.inter, 7);
  const [b] = actorsOf('Gunmen shot a police officer (assumed off-duty) in Kismayo.').filter((x) => x.id !== 'militants');
  assert.equal(b.inter, 7);
  const [c] = actorsOf('Gunmen shot a police officer in Kismayo.').filter((x) => x.id !== 'militants');
  assert.equal(c.inter, 1);
});

test('actor rules: traditional hunters are a communal militia', () => {
  const [h] = actorsOf('Soldiers and hunters clashed near Bante.').filter((x) => /hunters/.test(x.text));
  assert.equal(h.inter, 4);
});

test('actor rules: members or supporters of a political party are rioters when they fight', () => {
  const acts = actorsOf('Members of the ruling Unity party clashed with supporters of the opposition Reform party near Vora.');
  assert.deepEqual(acts.map((a) => a.inter), [5, 5]);
});

test('suspected identity: gunmen said to be a community\'s members are its militia; said to be anyone else, an unidentified armed group', async () => {
  const { eventsOf } = await import('./events-of.ts');
  const [e] = eventsOf('On 11 May 2021, armed men said to be Peul herders shot dead a grain merchant close to Bagou (Gogounou, Alibori).');
  assert.equal(e.event_type, 'Violence against civilians');
  assert.equal(e.inter1, 4);
  const [w] = eventsOf('On 3 May 2021, masked gunmen (thought to be Nigerien gold miners) shot dead a farmer at Bagou (Gogounou, Alibori).');
  assert.equal(w.event_type, 'Violence against civilians');
  assert.equal(w.inter1, 3);
  // the victim after "reportedly killed" is no identity of the killers
  const [v] = eventsOf('On 3 May 2021, suspected JNIM militants reportedly shot a teenager at Bagou (Gogounou, Alibori).');
  assert.equal(v.event_type, 'Violence against civilians');
  assert.equal(v.inter2, 7);
});
