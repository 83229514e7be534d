import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, nameKey, isLatin } from '../../src/geo/normalize.ts';

test('fold strips case, diacritics and apostrophes', () => {
  assert.equal(fold('Ālbū Kamāl'), 'albu kamal');
  assert.equal(fold("N'Djamena"), 'ndjamena');
  assert.equal(fold('São Paulo'), 'sao paulo');
  assert.equal(fold('Ma’arrat al-Nu’man'), 'maarrat al numan');
});

test('spelling variants of one place share a key', () => {
  const deir = ['Deir ez-Zor', 'Deir Ezzor', 'Deir ez Zor', 'DEIR EZ-ZOR', 'Deir Azzor'].map(nameKey);
  assert.equal(new Set(deir).size, 1, deir.join(','));
  assert.equal(nameKey('al-Hol'), nameKey('Hol'));
  assert.equal(nameKey('Al Hasakah'), nameKey('Hasakah'));
  assert.equal(nameKey('El Fasher'), nameKey('Fasher'));
  assert.equal(nameKey('U.S.'), nameKey('US'));
});

test('different places keep different keys', () => {
  assert.notEqual(nameKey('Homs'), nameKey('Hama'));
  assert.notEqual(nameKey('Deir ez-Zor'), nameKey('Deir Hafer'));
  // a lone article is a name of its own, not dropped to nothing
  assert.ok(nameKey('As').length > 0);
});

test('isLatin keeps Latin-script spellings only', () => {
  assert.ok(isLatin('Dayr az Zawr'));
  assert.ok(isLatin('Ḩalab'));
  assert.ok(!isLatin('دير الزور'));
  assert.ok(!isLatin('Дейр-эз-Зор'));
});

test('an admin name opening with its admin word in Portuguese or French is the bare name', async () => {
  const { stripAdminWords, leadsWithAdminWord } = await import('../../src/geo/build-index.ts');
  assert.equal(stripAdminWords('Circunscrição de Macomia'), 'Macomia');
  assert.equal(stripAdminWords('Concelho da Beira'), 'Beira');
  assert.equal(stripAdminWords('Préfecture de Tandjouaré'), 'Tandjouare');
  // (a name that itself opens with an article keeps it)
  assert.equal(stripAdminWords('Partido de La Plata'), 'La Plata');
  assert.ok(leadsWithAdminWord('Commune of Bopa'));
  assert.ok(!leadsWithAdminWord('Lainya County'));
});
