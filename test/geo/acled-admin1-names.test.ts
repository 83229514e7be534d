// Provinces are named as ACLED's data names them where GeoNames spells them otherwise (data/geo/
// admin1-aliases.json "display"): Abuja lies in the Federal Capital Territory, not "FCT". Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGeocoder } from '../../src/geo/index.ts';

const geo = loadGeocoder();
const admin1 = (text: string, name: string) => geo.findPlaces({ id: 't', text }, []).find((m) => m.text === name)?.admin1;

test('ACLED province names: Abuja, Mexico City, Caracas, Misrata, Nyala, Zagreb, Batumi', () => {
  assert.equal(admin1('Police dispersed a rally in Abuja on Monday.', 'Abuja'), 'Federal Capital Territory');
  assert.equal(admin1('Gunmen shot a trader in Mexico City on Monday.', 'Mexico City'), 'Distrito Federal');
  assert.equal(admin1('Students marched in Caracas on Monday.', 'Caracas'), 'Distrito Capital');
  assert.equal(admin1('Militias clashed in Misrata on Monday.', 'Misrata'), 'Misrata');
  assert.equal(admin1('Herders were attacked near Nyala on Monday.', 'Nyala'), 'South Darfur');
  assert.equal(admin1('Workers marched in Zagreb on Monday.', 'Zagreb'), 'City of Zagreb');
  assert.equal(admin1('A crowd gathered in Batumi on Monday.', 'Batumi'), 'Autonomous Republic of Adjara');
});
