// ACLED type decisions that depend on context: crowds vs individuals, unarmed sides of a fight,
// protest arrests, figurative attacks, direct vs stand-off fire. Sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
import { segment } from '../../src/extract/segment.ts';
import { findActors } from '../../src/extract/actors.ts';
import { findWeapons } from '../../src/extract/weapons.ts';
import { findTriggers } from '../../src/extract/triggers.ts';
import { buildDrafts, clauses, type SentenceAnalysis } from '../../src/extract/builder.ts';
import { collectiveAgent, figurativeAttack, grievanceArrest, resolveGroup } from '../../src/extract/context.ts';

const types = (text: string) => extract({ id: 't', text, published: '2021-03-10' }).events.map((e) => e.sub_event_type);
const first = (text: string) => types(text)[0];

function analyse(text: string): SentenceAnalysis {
  const s = segment(text)[0];
  return { s, actors: findActors(s).actors, weapons: findWeapons(s), triggers: findTriggers(s), casualties: [], clause: clauses(s) };
}

test('types: a crowd of unarmed people is a mob, one or two individuals are attackers', () => {
  assert.equal(first('On 8 March 2021, angry villagers beat a suspected cattle thief to death in Korofa village.'), 'Mob violence');
  assert.equal(first('On 8 March 2021, about 200 people attacked a clinic in Dandora after a rumour spread.'), 'Mob violence');
  assert.equal(first('On 8 March 2021, two men stabbed a shopkeeper to death in Dandora.'), 'Attack');
  // a gun in the hands of a "group" makes it an armed attack, not a mob
  assert.equal(first('On 8 March 2021, a group of people shot at a bus with rifles near Dandora, wounding the driver.'), 'Attack');
});

test('types: "a group of X" is the actor named after "of"', () => {
  const a = analyse('A group of armed men attacked the market.');
  const group = a.actors.find((x) => /group/i.test(x.text));
  if (group) assert.equal(resolveGroup(a.s, a.actors, group)?.id, 'militants');
  assert.equal(first('On 8 March 2021, a group of armed men attacked traders at the market in Dandora.'), 'Attack');
});

test('types: collective agents are told from a few individuals by head noun and count', () => {
  const a = analyse('Hundreds of residents and two men were there.');
  const residents = a.actors.find((x) => x.text === 'residents');
  const men = a.actors.find((x) => x.text === 'men');
  assert.equal(collectiveAgent(a.s, residents), true);
  assert.equal(collectiveAgent(a.s, men), false);
});

test('types: a fight where one side is unarmed is mob violence, between armed sides a clash', () => {
  assert.equal(first('On 8 March 2021, two groups of students clashed over a football match in Kiteto village, injuring six.'), 'Mob violence');
  assert.equal(first('On 8 March 2021, traders clashed with police in Kiteto market after a raid.'), 'Mob violence');
  assert.equal(first('On 8 March 2021, soldiers clashed with al-Shabaab militants near Kiteto.'), 'Armed clash');
});

test('types: "was shot dead by X" keeps X as the killer, never the victim', () => {
  const a = analyse('A rice farmer was shot dead in Barangay Tala by suspected NPA militants.');
  const [d] = buildDrafts(a, { protest: false, intervention: false, excessive: false, protesterViolence: false }, [], (x) => x.inter);
  assert.equal(d.agent?.id, 'npa');
  assert.notEqual(d.target?.id, 'npa');
});

test('types: an all-capitals IS is the group, not the verb "is"', () => {
  const a = analyse('Gunmen loyal to IS shot and killed a shepherd near Raqqa.');
  const [d] = buildDrafts(a, { protest: false, intervention: false, excessive: false, protesterViolence: false }, [], (x) => x.inter);
  assert.equal(d.type?.sub_event_type, 'Attack');
  assert.notEqual(d.target?.id, 'militants');
});

test('types: an attack on an abstract value is figurative', () => {
  const fig = (t: string) => { const a = analyse(t); return figurativeAttack(a.s, a.triggers.find((x) => x.cls === 'attack')!); };
  assert.equal(fig('The editors called the raid an attack on press freedom.'), false); // "raid" is the first attack trigger
  assert.equal(fig('Union leaders called the ruling an attack on the constitution.'), true);
  assert.equal(fig('Gunmen launched an attack on the police station in Gao.'), false);
  assert.deepEqual(types('On 8 March 2021, lawyers marched in Lahore. They called the new law an attack on judicial independence.'), ['Peaceful protest']);
});

test('types: an arrest that a protest is about is no intervention; arrests of protesters are', () => {
  assert.deepEqual(types('On 8 March 2021, journalists protested in Multan against the arrest of a newspaper owner and demanded his release.'), ['Peaceful protest']);
  assert.deepEqual(types('On 8 March 2021, students protested outside the university in Multan. He had been detained in connection with a fraud case.'), ['Peaceful protest']);
  assert.deepEqual(types('On 8 March 2021, about 50 nurses demonstrated outside the ministry in Multan. Police arrested twelve of the demonstrators.'), ['Protest with intervention']);
  assert.deepEqual(types('On 8 March 2021, about 50 nurses demonstrated outside the ministry in Multan. Several arrests were made.'), ['Protest with intervention']);
  const a = analyse('Students marched against the unjust arrest of their teacher.');
  const arrest = a.triggers.find((t) => t.cls === 'arrest')!;
  assert.equal(grievanceArrest(a.s, a.clause, arrest), true);
});

test('types: police action words refine a protest and make nothing alone', () => {
  assert.deepEqual(types('On 8 March 2021, hundreds of teachers rallied in Blantyre over unpaid wages. Police dispersed the crowd.'), ['Protest with intervention']);
  assert.deepEqual(types('On 8 March 2021, the mayor intervened in a land dispute in Blantyre.'), []);
});

test('types: later violence by the protesters overrules a peaceful default', () => {
  assert.deepEqual(types('On 8 March 2021, residents demonstrated in Kisumu over water cuts. Some demonstrators later threw stones at passing cars.'), ['Violent demonstration']);
  assert.deepEqual(types('On 8 March 2021, rioters blocked the main road in Kisumu with burning tyres.'), ['Violent demonstration']);
});

test('types: small arms or fire from both sides make a clash; heavy weapons alone are shelling', () => {
  assert.equal(first('On 8 March 2021, rebel units fired 120mm mortars and heavy machine guns toward government trenches near Kamyanka.'), 'Shelling/artillery/missile attack');
  assert.equal(first('On 8 March 2021, rebel units fired 120mm mortars, small arms and heavy machine guns toward government trenches near Kamyanka.'), 'Armed clash');
  assert.equal(first('On 8 March 2021, the two sides exchanged artillery fire along the front near Kamyanka.'), 'Armed clash');
  // small arms aimed at homes are no clash
  assert.equal(first('On 8 March 2021, rebel forces aimed mortar shells and machine guns at homes in Kamyanka.'), 'Shelling/artillery/missile attack');
});

test('types: a firing verb reports an attack only with its weapon', () => {
  assert.equal(first('On 8 March 2021, the rebels launched two ballistic missiles towards Jizan.'), 'Shelling/artillery/missile attack');
  assert.deepEqual(types('On 8 March 2021, the ministry launched a vaccination campaign in Jizan.'), []);
});

test('types: a noun that shares a stem with a past-tense trigger is not that act', () => {
  const t = (x: string) => findTriggers(segment(x)[0]).map((h) => h.cls);
  assert.ok(!t('Members of the torch movement marched in Morelia.').includes('riot'));
  assert.ok(t('Youths torched two buses in Morelia.').includes('riot'));
});

test('types: "a number of youths" is the agent, and a crowd punishing a suspected thief is a mob', () => {
  assert.equal(first('On 8 March 2021, a number of youths beat and killed a presumed motorbike thief in Kandi.'), 'Mob violence');
  assert.equal(first('On 8 March 2021, a suspected goat thief was beaten to death in Kandi.'), 'Mob violence');
  // gunmen killing a suspect are an armed group
  assert.equal(first('On 8 March 2021, unidentified gunmen shot dead a suspected thief in Kandi.'), 'Attack');
});

test('types: "killed between N and M people" is a count, not two sides', () => {
  const evs = extract({ id: 't', text: 'On 8 March 2021, JNIM fighters killed between 4 and 12 people at a hamlet outside Kandi.', published: '2021-03-10' }).events;
  assert.equal(evs[0].sub_event_type, 'Attack');
  assert.match(evs[0].actor1 ?? '', /JNIM/);
});

test('types: a fight over a dispute with no armed group named is mob violence', () => {
  assert.equal(first('On 8 March 2021, one person was killed in fighting over a land dispute in Kandi.'), 'Mob violence');
  assert.equal(first('On 8 March 2021, a quarrel between soldiers and police officers in Kandi ended in an armed clash.'), 'Armed clash');
});

test('types: an abduction that comes with killings or injuries is coded as the attack', () => {
  assert.equal(first('On 8 March 2021, gunmen attacked a farm near Kandi, wounding a man, and kidnapped his wife.'), 'Attack');
  assert.equal(first('On 8 March 2021, gunmen kidnapped two teachers near Kandi.'), 'Abduction/forced disappearance');
});

test('types: "local policemen" are police, and losses on each side make a clash', () => {
  assert.equal(first('On 8 March 2021, Taliban militants ambushed and killed four local policemen in Baghlan.'), 'Armed clash');
  assert.equal(first('On 8 March 2021, two regional forces fought near Galkayo and one soldier was killed on each side.'), 'Armed clash');
});

test('types: looting in the course of violence folds into it; attacks on property alone are looting; arrests in articles stay events', () => {
  assert.deepEqual(types('On 8 March 2021, gunmen raided several shops in Dori, taking away food and motorcycles.'), ['Looting/property destruction']);
  // in an article, arrests are their own events even beside violence: news about detained activists
  // tells the arrest after the clash or killing that led to it, and folding it lost those detentions;
  // a brief's arrest after its killing is part of it (consequence.test.ts)
  assert.deepEqual(types('On 8 March 2021, gunmen killed a trader in Dori. Police later arrested two suspects.'), ['Attack']);
  assert.deepEqual(types('Gunmen killed a trader in Dori on 8 March 2021. The trader sold grain. Police later arrested two suspects. The market stayed shut. Traders asked for patrols.').sort(), ['Arrests', 'Attack']);
  // a report of an arrest alone is an arrest
  assert.deepEqual(types('On 8 March 2021, police arrested a journalist in Dori.'), ['Arrests']);
});

const events = (text: string) => extract({ id: 't', text, published: '2021-03-10' }).events;

test('types: farmer–herder raids and killings are communal militias attacking civilians', () => {
  // a raid on the other community's camp: identity militia (4) against civilians
  const [raid] = events('On 6 March 2021, a group of farmers raided a Fulani camp near Kassaba and wounded an old woman.');
  assert.equal(raid.sub_event_type, 'Attack');
  assert.equal(raid.inter1, 4);
  assert.equal(raid.inter2, 7);
  const [kill] = events('On 6 March 2021, villagers killed three Fulani herders near Kassaba.');
  assert.equal(kill.fatalities, 3);
  assert.equal(kill.event_type, 'Violence against civilians');
  assert.equal(kill.inter1, 4);
  // a bare-handed beating of one herder stays a mob's violence, and so does popular justice
  assert.equal(first('On 6 March 2021, a crowd of farmers beat a herder near Kassaba after cattle trampled their maize.'), 'Mob violence');
  assert.equal(first('On 6 March 2021, villagers killed a suspected cattle thief from the Fulani community near Kassaba.'), 'Mob violence');
});

test('types: a party leader or an informant killed by gunmen is a civilian victim', () => {
  assert.equal(first('On 6 March 2021, a farmers union leader was stabbed to death in Tangail by two unknown men.'), 'Attack');
});

test('types: police fighting street vendors or shopkeepers is mob violence, not a battle', () => {
  assert.equal(first('On 6 March 2021, a clash broke out between police and street vendors at the central market of Kasama.'), 'Mob violence');
  assert.equal(first('On 6 March 2021, shopkeepers clashed with municipal police over the closure of stalls in Kasama.'), 'Mob violence');
});

test('types: a country after a compass word is a place, not the target', () => {
  const [e] = events('On 6 March 2021, the rebels fired mortars at a market in northern Yemen, wounding two traders.');
  assert.notEqual(e.actor2, 'Military Forces of Yemen');
});

test('types: a death under torture or in custody is an attack on a civilian by the jailer', () => {
  const [e] = events("On 6 March 2021, a man from Harasta died as a result of torture in the regime's Saydnaya prison.");
  assert.equal(e.sub_event_type, 'Attack');
  assert.equal(e.inter1, 1);
  assert.equal(e.inter2, 7);
});

test('types: a clash with police breaking out at a demonstration makes it a violent demonstration', () => {
  const text = 'On 6 March 2021, hundreds of traders demonstrated outside the town hall of Vora against new market fees. Clashes with the police broke out when officers tried to clear the road.';
  assert.ok(types(text).includes('Violent demonstration'));
  assert.ok(!types(text).includes('Armed clash'));
});

test('types: abducting soldiers or police is fighting them; abducting civilians is an abduction', () => {
  assert.equal(first('On 6 March 2021, unidentified gunmen abducted four soldiers near Garoua.'), 'Armed clash');
  assert.equal(first('On 6 March 2021, unidentified gunmen abducted four teachers near Garoua.'), 'Abduction/forced disappearance');
});

test('types: firing on a base, checkpoint or convoy with nobody named is a clash with its holders', () => {
  assert.equal(first('On 6 March 2021, unknown gunmen opened fire on an army checkpoint near Garoua.'), 'Armed clash');
  assert.equal(first('On 6 March 2021, unknown gunmen opened fire on a wedding party near Garoua.'), 'Attack');
});

test('types: a ground operation backed by airstrikes is an armed clash', () => {
  assert.equal(first('On 6 March 2021, an operation by army commandos, backed by airstrikes, killed 12 Taliban militants in Garmsir district.'), 'Armed clash');
  assert.equal(first('On 6 March 2021, airstrikes killed 12 Taliban militants in Garmsir district.'), 'Air/drone strike');
});

test('types: a riot named as a reference in a protest report does not make the protest a riot', () => {
  const text = 'On 6 March 2021, relatives of prisoners protested outside the ministry in Vora, following a riot at the prison last month.';
  assert.deepEqual(types(text), ['Peaceful protest']);
});

test('types: private security guards are other forces (8); a crowd armed with swords is an armed party', () => {
  const [g] = events('On 6 March 2021, a man shot and wounded a private security guard outside a bank in Vora.');
  assert.equal(g.inter2, 8);
  const [s] = events('On 6 March 2021, a group of youths, armed with swords, attacked two forest rangers near Vora.');
  assert.notEqual(s.event_type, 'Riots');
  const [b] = events('On 6 March 2021, a crowd armed with sticks beat a suspected thief near Vora.');
  assert.equal(b.sub_event_type, 'Mob violence');
});

test('types: a shoot-out or an armed clash is a battle even when only a bystander is named', () => {
  assert.equal(first('On 6 March 2021, a shoot-out broke out in the Vila Nova community of Vora and a man was killed.'), 'Armed clash');
  assert.equal(first('On 6 March 2021, two groups of villagers clashed over a boundary near Vora, leaving one man injured.'), 'Mob violence');
});

test('types: a suspect killed in a police raid is a civilian victim unless named as armed', () => {
  assert.equal(first('On 6 March 2021, police officers shot dead a man suspected of theft while raiding a house in Vora.'), 'Attack');
});

test('types: a country in a hyphenated road or border name is no actor', () => {
  const [e] = events('On 6 March 2021, the body of a man with gunshot wounds was found on the Mexico-Toluca highway near Lerma.');
  assert.notEqual(e.actor2, 'Military Forces of Mexico');
  assert.notEqual(e.actor1, 'Military Forces of Mexico');
});

test('types: seizing arms disrupts their use; seizing drugs or goods is a seizure of property', () => {
  assert.equal(first('On 6 March 2021, police seized 300 rounds of ammunition and two rifles in a farmhouse near Vora.'), 'Disrupted weapons use');
  assert.equal(first('On 6 March 2021, federal police seized two tons of cocaine hidden in a truck near Vora.'), 'Looting/property destruction');
  assert.equal(first('On 6 March 2021, the rebels seized the town of Vora.'), 'Non-state actor overtakes territory');
});

test('types: demonstrators who barricade roads make a violent demonstration, met by the forces that dispersed them', () => {
  const text = 'On 6 March 2021, youths in Vora held a demonstration against the new levy. The demonstrators barricaded the main roads. Police dispersed them with tear gas.';
  const [e] = events(text);
  assert.equal(e.sub_event_type, 'Violent demonstration');
  assert.equal(e.inter2, 1);
  // strikers who barricade themselves in an office hold a protest
  assert.equal(first('On 6 March 2021, teachers on strike in Vora barricaded themselves inside a ministry office.'), 'Peaceful protest');
});

test('types: mortars and machine guns fired at an area with no side named are shelling', () => {
  assert.equal(first('On 6 March 2021, the rebels aimed mortar shells and heavy machine guns at houses in Vora district.'), 'Shelling/artillery/missile attack');
  assert.equal(first('On 6 March 2021, the rebels fired mortar shells and machine guns at army positions near Vora.'), 'Armed clash');
});

test('types: residents who capture a thief commit mob violence, not an abduction', () => {
  assert.equal(first('On 6 March 2021, a number of residents captured a thief and handed him to the police in Vora.'), 'Mob violence');
  assert.equal(first('On 6 March 2021, gunmen captured a teacher near Vora.'), 'Abduction/forced disappearance');
});

test('types: symbolic burning, torch-lit marches, looted funds and crop damage leave a protest peaceful', () => {
  assert.equal(first('On 8 March 2021, hundreds of students marched through Kano and burnt an effigy of the education minister.'), 'Peaceful protest');
  assert.equal(first('On 8 March 2021, opposition supporters held a torch rally in Tbilisi to demand early elections.'), 'Peaceful protest');
  assert.equal(first('On 8 March 2021, pensioners protested in Lagos over looted funds at the pension agency.'), 'Peaceful protest');
  assert.equal(first('On 8 March 2021, farmers protested in Kaduna after their crops were damaged by straying cattle.'), 'Peaceful protest');
  // the same places with real damage are riots
  assert.equal(first('On 8 March 2021, students protesting in Kano torched two police vehicles.'), 'Violent demonstration');
  assert.equal(first('On 8 March 2021, demonstrators protesting in Lagos burnt tyres and smashed the windows of the pension agency.'), 'Violent demonstration');
});

test('types: a human chain or a procession taken out by activists is a protest; a funeral procession is not', () => {
  assert.equal(first('On 4 March 2021, nurses formed a human chain outside the district hospital in Khulna to demand unpaid wages.'), 'Peaceful protest');
  assert.equal(first('On 4 March 2021, students of the city college took out a procession in Rangpur against the fee rise.'), 'Peaceful protest');
  assert.deepEqual(types('On 4 March 2021, a funeral procession was held for the two fishermen in Rangpur.'), []);
});

test('types: an ambush with a roadside bomb and gunfire on soldiers is an armed clash; a bomb alone stays an explosion', async () => {
  const { eventsOf } = await import('./events-of.ts');
  const [e] = eventsOf('On 8 May 2021, JNIM militants carried out an ambush with an IED and gunfire on an army convoy near Banikoara (Banikoara, Alibori). Four soldiers were killed.');
  assert.equal(e.sub_event_type, 'Armed clash');
  const [f] = eventsOf('On 8 May 2021, an army convoy hit an IED near Banikoara (Banikoara, Alibori). Four soldiers were killed.');
  assert.equal(f.sub_event_type, 'Remote explosive/landmine/IED');
});

test('types: ground taken with no fighting reported is a non-violent transfer; a recapture by the army is fought for', async () => {
  const { eventsOf } = await import('./events-of.ts');
  const [e] = eventsOf('On 2 May 2021, suspected JNIM militants took control of the village of Nassou (Kandi, Alibori) and raised a black banner there.');
  assert.equal(e.sub_event_type, 'Non-violent transfer of territory');
  const [f] = eventsOf('On 2 May 2021, suspected JNIM militants took control of the village of Nassou (Kandi, Alibori), killing two soldiers.');
  assert.equal(f.sub_event_type, 'Non-state actor overtakes territory');
  const [g] = eventsOf("On 2 May 2021, Benin's military re-captured Nassou (Kandi, Alibori) after it was taken over by militants.");
  assert.equal(g.sub_event_type, 'Government regains territory');
});

test('types: a government blocking a website is a strategic development, not a protest', () => {
  const [e] = extract({ id: 'w', text: 'On 3 May 2021, the government blocked a website run by exiled journalists.', published: '2021-05-05' }).events;
  assert.ok(e);
  assert.equal(e.event_type, 'Strategic developments');
  assert.equal(e.sub_event_type, 'Other');
});

test('types: a country named before a passive kidnapping is not the person kidnapped', () => {
  const [e] = extract({ id: 'k', text: 'The reporter was touring Chad for a documentary when he was kidnapped on 2 May 2021.', published: '2021-05-05' }).events;
  assert.ok(e);
  assert.equal(e.sub_event_type, 'Abduction/forced disappearance');
  assert.equal(e.inter1, 3);
  // nor is a country used as a modifier of the person ("a Chad radio host")
  const [f] = extract({ id: 'k2', text: 'On 2 May 2021, armed men abducted a Chad radio host outside the studio.', published: '2021-05-05' }).events;
  assert.equal(f?.sub_event_type, 'Abduction/forced disappearance');
});

test('types: "kidnap victims" names people; the police who rescue them are no kidnappers', () => {
  const events = extract({ id: 'v', text: 'On 2 May 2021, police in Jos rescued two kidnap victims and arrested four suspects.', published: '2021-05-05' }).events;
  assert.deepEqual(events.map((e) => e.sub_event_type), ['Arrests']);
  const [g] = extract({ id: 'v2', text: 'On 2 May 2021, gunmen kidnapped two traders in Jos.', published: '2021-05-05' }).events;
  assert.equal(g?.sub_event_type, 'Abduction/forced disappearance');
});

test('types: troops attacking a base named only by its place fight the men who hold it, even in a village', () => {
  const e = extract({ id: 't', published: '2021-06-10', text: 'On 6 June 2021, troops from Galmudug attacked a base in Terage village west of Gaalkacyo (Mudug).' }).events;
  assert.equal(e.length, 1);
  assert.equal(e[0].event_type, 'Battles');
  // houses in the village are what was attacked: civilians
  const h = extract({ id: 't', published: '2021-06-10', text: 'On 6 June 2021, troops attacked houses in Terage village west of Gaalkacyo (Mudug).' }).events;
  assert.equal(h[0]?.event_type, 'Violence against civilians');
});

test('types: reinforcements arriving amid clashes or as battles continue are a movement of forces; the fighting is the backdrop', () => {
  for (const text of [
    'On 6 June 2021, Houthi reinforcements arrived on the Nihm front (Sanaa) as battles continue in the area.',
    'On 6 June 2021, Houthi reinforcements arrived on the Nihm front (Sanaa) amid ongoing clashes with pro-Hadi forces.',
  ]) {
    const e = extract({ id: 't', published: '2021-06-10', text }).events;
    assert.deepEqual(e.map((x) => x.sub_event_type), ['Change to group/activity'], text);
  }
  // fighting told as the act itself stays a clash
  const c = extract({ id: 't', published: '2021-06-10', text: 'On 6 June 2021, battles continued between Houthi forces and pro-Hadi forces on the Nihm front (Sanaa).' }).events;
  assert.equal(c[0]?.sub_event_type, 'Armed clash');
});

test('types: an operation against an armed group with its dead is a clash; an operation in a neighbourhood alone is not a riot', () => {
  const e = extract({ id: 't', published: '2021-06-10', text: 'On 6 June 2021, PMF fighters launched an operation against IS remnants east of Waqf (Diyala), leaving two IS fighters dead.' }).events;
  assert.deepEqual(e.map((x) => `${x.sub_event_type} ${x.fatalities}`), ['Armed clash 2']);
  const p = extract({ id: 't', published: '2021-06-10', text: 'On 6 June 2021, state police carried out an operation in a hillside community of Niteroi, Rio de Janeiro.' }).events;
  assert.ok(!p.some((x) => x.event_type === 'Riots'), p.map((x) => x.sub_event_type).join(', '));
});

test('types: pirates are an armed group; crowds that went down in the streets protested', () => {
  const p = extract({ id: 't', published: '2021-06-10', text: 'On 6 June 2021, suspected pirates attacked and boarded a tanker off the coast of Cotonou (Littoral).' }).events;
  assert.equal(p[0]?.inter1, 3, JSON.stringify(p.map((x) => [x.sub_event_type, x.actor1])));
  const d = extract({ id: 't', published: '2021-06-10', text: 'On 6 June 2021, thousands of activists went down in the streets of Cotonou (Littoral) to demand lower food prices.' }).events;
  assert.equal(d[0]?.event_type, 'Protests');
});
