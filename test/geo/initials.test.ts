// Short forms a report makes of its own places ("SA", "T&T", "WA") and one part of a two-part
// country the report names ("Trinidad").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from './resolve-spans.ts';

const get = (text: string, names: string[], name: string) => resolve(text, names).find((x) => x.name === name)?.r;

test('"SA" in a report on South Africa is the country', () => {
  const text = 'Farmers in Limpopo and Mpumalanga said the rains came late this year. SA maize prices rose for a third week, traders in South Africa said.';
  const r = get(text, ['Limpopo', 'Mpumalanga', 'SA', 'South Africa'], 'SA');
  assert.equal(r?.feature, 'country', `${r?.name}`);
  assert.equal(r?.country_code, 'ZA');
});

test('"T&T" is Trinidad and Tobago where the report names it, and "Trinidad" then is the country', () => {
  const text = 'Trinidad and Tobago beat Jamaica in the final. T&T fans danced in the streets of Trinidad until dawn.';
  const names = ['Trinidad and Tobago', 'Jamaica', 'T&T', 'Trinidad'];
  for (const n of ['T&T', 'Trinidad']) assert.equal(get(text, names, n)?.country_code, 'TT', n);
});

test('"WA" in a report on Australian towns is Western Australia', () => {
  const text = 'Bushfires burned near Bunbury and Busselton overnight, and WA fire crews asked residents of Margaret River to leave.';
  const r = get(text, ['Bunbury', 'Busselton', 'WA', 'Margaret River'], 'WA');
  assert.equal(r?.admin1, 'Western Australia', `${r?.name}, ${r?.country_code}`);
});
