// "stopped a trader and shot him dead", "arrested two herders and executed them": a pronoun after a
// killing verb coordinated with an act on people the sentence counts names those people (invented).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCasualties } from '../../src/extract/casualties.ts';
import { segment } from '../../src/extract/segment.ts';

const killed = (text: string) => findCasualties({ id: 't', text, published: '2021-05-10' }, segment(text)).filter((c) => c.type === 'killed').map((c) => c.count);

test('pronoun victims: him, her and them after a coordinated killing verb', () => {
  assert.deepEqual(killed('On 3 May 2021, gunmen stopped a trader on the road near Kandi and shot him dead.'), [1]);
  assert.deepEqual(killed('On 3 May 2021, gunmen abducted a teacher near Kandi and later killed her.'), [1]);
  assert.deepEqual(killed('On 3 May 2021, soldiers arrested two herders near Kandi and executed them.'), [2]);
});

test('pronoun victims: with no antecedent counted in the sentence, the pronoun is left to earlier sentences', () => {
  assert.deepEqual(killed('The group is believed to have killed him.'), []);
  assert.deepEqual(killed('Police said the gang had abducted several farmers and killed them.'), []);
});
