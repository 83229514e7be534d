// GDELT 2.0 event export (tab-separated, no header, 61 columns per the GDELT 2.0 Event codebook)
// → reference events. Only CAMEO codes with a sound ACLED type are kept (see cameo.ts); GDELT
// reports no casualties, so fatalities stay 0, and its actor types give the ACLED inter codes.
import type { Inter, SitrepEvent, GeoPrecision } from '../../core/types.ts';
import { disorderTypeOf, interactionCode } from '../../core/taxonomy.ts';
import { cameoToAcled } from './cameo.ts';
import { RowError, type RowResult, num, parseRefDate, referenceEvent } from './reference.ts';

/** the GDELT 2.0 event columns, in file order */
export const GDELT_COLUMNS = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code',
  'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code',
  'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions',
  'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL',
] as const;
const COL = Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, i])) as Record<(typeof GDELT_COLUMNS)[number], number>;

/** CAMEO actor type codes → ACLED actor category */
const TYPE_INTER: Record<string, Inter> = {
  GOV: 1, MIL: 1, COP: 1, SPY: 1, JUD: 1,
  REB: 2, INS: 2, SEP: 2,
  UAF: 3,
  CVL: 7, REF: 7, MED: 7, EDU: 7, HLH: 7, LAB: 7, BUS: 7, AGR: 7, ELI: 7, REL: 7, MNC: 7,
  IGO: 8, NGO: 8, IMG: 8, UNO: 8, PKO: 8,
};

function interOf(cells: string[], prefix: 'Actor1' | 'Actor2', name: string): Inter {
  if (!name) return 0;
  for (const k of ['Type1Code', 'Type2Code', 'Type3Code'] as const) {
    const t = cells[COL[`${prefix}${k}`]]?.trim();
    if (t && TYPE_INTER[t] !== undefined) return TYPE_INTER[t];
  }
  return 0;
}

/** ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1 */
const GEO_PRECISION: Record<string, GeoPrecision> = { '1': 3, '2': 3, '3': 1, '4': 1, '5': 3 };

export function gdeltRowToEvent(cells: string[]): RowResult {
  if (cells.length !== GDELT_COLUMNS.length) throw new RowError(`has ${cells.length} fields, GDELT 2.0 events have 61`);
  const c = (k: (typeof GDELT_COLUMNS)[number]) => (cells[COL[k]] ?? '').trim();
  const id = c('GlobalEventID');
  if (!/^\d+$/.test(id)) throw new RowError(`GlobalEventID "${id.slice(0, 20)}" is not a number`);
  const date = parseRefDate(c('Day'));
  if (!date) throw new RowError(`Day "${c('Day').slice(0, 20)}" is not a YYYYMMDD date`);
  const type = cameoToAcled(c('EventCode') || c('EventBaseCode') || c('EventRootCode'));
  if ('skip' in type) return type;
  const name1 = c('Actor1Name');
  const name2 = c('Actor2Name');
  let inter1 = interOf(cells, 'Actor1', name1);
  let inter2 = interOf(cells, 'Actor2', name2);
  if (type.event_type === 'Protests' && inter1 === 0) inter1 = 6;
  if (type.event_type === 'Riots' && inter1 === 0) inter1 = 5;
  if (type.event_type === 'Violence against civilians' && name2 && inter2 === 0) inter2 = 7;
  const place = c('ActionGeo_FullName').split(',').map((s) => s.trim()).filter(Boolean);
  const geoType = c('ActionGeo_Type');
  const url = c('SOURCEURL');
  let outlet = '';
  try {
    outlet = url ? new URL(url).hostname.replace(/^www\./, '') : '';
  } catch {
    outlet = '';
  }
  const ev: SitrepEvent = referenceEvent('gdelt', {
    event_id: `gdelt:${id}`,
    event_date: date,
    disorder_type: disorderTypeOf(type.event_type),
    event_type: type.event_type,
    sub_event_type: type.sub_event_type,
    actor1: name1 || null,
    actor2: name2 || null,
    inter1,
    inter2,
    interaction: interactionCode(inter1, inter2),
    country: place.length ? place[place.length - 1] : '',
    admin1: place.length >= 3 ? place[place.length - 2] : geoType === '5' || geoType === '2' ? place[0] ?? '' : '',
    location: place[0] ?? '',
    latitude: num(c('ActionGeo_Lat'), 'ActionGeo_Lat', -90, 90),
    longitude: num(c('ActionGeo_Long'), 'ActionGeo_Long', -180, 180),
    geo_precision: GEO_PRECISION[geoType] ?? 3,
    source: outlet,
    cameo: c('EventCode'),
    extra: { url, num_articles: c('NumArticles'), goldstein: c('GoldsteinScale') },
  });
  return ev;
}
