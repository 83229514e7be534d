// Invented sample reports and the events an extractor would derive from them, with evidence
// offsets computed from the text, for API and dashboard tests. None of this text is real news.
import type { Document, Evidence, SitrepEvent, EventType, SubEventType, Inter } from '../../src/core/types.ts';
import { disorderTypeOf } from '../../src/core/taxonomy.ts';

export interface Fixture {
  doc: Document;
  events: SitrepEvent[];
}

/** evidence span for the first occurrence of `phrase` in `text` */
function ev(text: string, field: string, phrase: string): Evidence {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture phrase not found: ${phrase}`);
  return { field, start, end: start + phrase.length, text: phrase };
}

interface Spec {
  id: string;
  date: string;
  type: EventType;
  sub: SubEventType;
  actor1: string | null;
  actor2: string | null;
  inter1: Inter;
  inter2: Inter;
  country: string;
  admin1: string;
  location: string;
  lat: number;
  lon: number;
  fatalities: number;
  injuries?: number | null;
  weapons?: string[];
  confidence: number;
  notes: string;
  evidence: [string, string][];
}

function event(doc: Document, s: Spec): SitrepEvent {
  const inter = [s.inter1, s.inter2].filter((x) => x > 0).sort((a, b) => a - b);
  return {
    event_id: s.id,
    event_date: s.date,
    date_range: [s.date, s.date],
    time_precision: 1,
    disorder_type: disorderTypeOf(s.type),
    event_type: s.type,
    sub_event_type: s.sub,
    actor1: s.actor1,
    actor2: s.actor2,
    assoc_actor_1: '',
    assoc_actor_2: '',
    inter1: s.inter1,
    inter2: s.inter2,
    interaction: Number(inter.join('')) || 0,
    affiliation1: null,
    affiliation2: null,
    country: s.country,
    admin1: s.admin1,
    admin2: '',
    location: s.location,
    latitude: s.lat,
    longitude: s.lon,
    geo_precision: 1,
    fatalities: s.fatalities,
    injuries: s.injuries ?? null,
    weapons: s.weapons ?? [],
    source: doc.source ?? '',
    attribution: [],
    notes: s.notes,
    cameo: '190',
    plover: 'ASSAULT',
    confidence: s.confidence,
    evidence: s.evidence.map(([field, phrase]) => ev(doc.text, field, phrase)),
    sources_count: 1,
    doc_id: doc.id,
  };
}

function fixture(doc: Document, specs: Spec[]): Fixture {
  return { doc, events: specs.map((s) => event(doc, s)) };
}

export const XSS_ACTOR = '<img src=x onerror="window.__xss=1">';
export const XSS_TEXT = 'Militia statement: <script>window.__xss=2</script> <img src=x onerror="window.__xss=3"> was posted online.';

export function sampleFixtures(): Fixture[] {
  const a: Document = {
    id: 'sample-deir-1',
    published: '2024-08-13',
    source: 'Desert Wire',
    title: 'Rockets hit base at gas field',
    text: 'Iran-backed militias fired rockets at a US base at the Conoco gas field in Deir ez-Zor on Tuesday, the second attack on the site in a week, a coalition spokesperson said. No casualties were reported.',
  };
  const b: Document = {
    id: 'sample-deir-2',
    published: '2024-08-08',
    source: 'Desert Wire',
    title: 'Drone attack on base',
    text: 'A drone struck the perimeter of a US base near Shaddadi on Thursday, wounding three service members, officials said.',
  };
  const c: Document = {
    id: 'sample-kherson',
    published: '2024-08-12',
    source: 'Steppe Daily',
    title: 'Shelling in Kherson',
    text: 'Russian artillery shelled residential streets in Kherson on Monday, killing two civilians and injuring five, the regional governor said.',
  };
  const d: Document = {
    id: 'sample-khartoum',
    published: '2024-08-10',
    source: 'Nile Observer',
    title: 'Clashes in Omdurman',
    text: 'The Rapid Support Forces clashed with the Sudanese army in Omdurman on Saturday; medics said eleven fighters were killed.',
  };
  const e: Document = {
    id: 'sample-dhaka',
    published: '2024-08-09',
    source: 'Delta Times',
    title: 'Students march in Dhaka',
    text: 'Thousands of students marched peacefully through central Dhaka on Friday demanding reform of public job quotas.',
  };
  const x: Document = {
    id: 'sample-xss',
    published: '2024-08-11',
    source: 'Unknown Feed',
    title: '<b>hostile</b> title',
    text: XSS_TEXT,
  };
  return [
    fixture(a, [{ id: 'ev-deir-rockets', date: '2024-08-13', type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'Iran-backed militias (Syria)', actor2: 'Military Forces of the United States', inter1: 3, inter2: 8, country: 'Syria', admin1: 'Deir ez-Zor', location: 'Conoco gas field', lat: 35.336, lon: 40.141, fatalities: 0, weapons: ['rocket'], confidence: 0.86, notes: 'Militias fired rockets at a US base at a gas field; no casualties.', evidence: [['actor1', 'Iran-backed militias'], ['weapons', 'rockets'], ['actor2', 'US base'], ['location', 'Conoco gas field'], ['admin1', 'Deir ez-Zor'], ['event_date', 'Tuesday'], ['fatalities', 'No casualties']] }]),
    fixture(b, [{ id: 'ev-shaddadi-drone', date: '2024-08-08', type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: null, actor2: 'Military Forces of the United States', inter1: 0, inter2: 8, country: 'Syria', admin1: 'Al-Hasakah', location: 'Shaddadi', lat: 36.056, lon: 40.73, fatalities: 0, injuries: 3, weapons: ['drone'], confidence: 0.74, notes: 'A drone struck a US base near Shaddadi, injuring three.', evidence: [['weapons', 'drone'], ['actor2', 'US base'], ['location', 'Shaddadi'], ['event_date', 'Thursday'], ['injuries', 'wounding three service members']] }]),
    fixture(c, [{ id: 'ev-kherson-shelling', date: '2024-08-12', type: 'Explosions/Remote violence', sub: 'Shelling/artillery/missile attack', actor1: 'Military Forces of Russia', actor2: 'Civilians (Ukraine)', inter1: 8, inter2: 7, country: 'Ukraine', admin1: 'Kherson', location: 'Kherson', lat: 46.635, lon: 32.617, fatalities: 2, injuries: 5, weapons: ['artillery'], confidence: 0.91, notes: 'Russian shelling of Kherson killed two civilians.', evidence: [['actor1', 'Russian'], ['weapons', 'artillery'], ['location', 'Kherson'], ['event_date', 'Monday'], ['fatalities', 'killing two civilians'], ['injuries', 'injuring five']] }]),
    fixture(d, [{ id: 'ev-omdurman-clash', date: '2024-08-10', type: 'Battles', sub: 'Armed clash', actor1: 'Rapid Support Forces', actor2: 'Military Forces of Sudan', inter1: 2, inter2: 1, country: 'Sudan', admin1: 'Khartoum', location: 'Omdurman', lat: 15.644, lon: 32.477, fatalities: 11, confidence: 0.82, notes: 'RSF and army fighters clashed in Omdurman; eleven killed.', evidence: [['actor1', 'Rapid Support Forces'], ['actor2', 'Sudanese army'], ['location', 'Omdurman'], ['event_date', 'Saturday'], ['fatalities', 'eleven fighters were killed']] }]),
    fixture(e, [{ id: 'ev-dhaka-march', date: '2024-08-09', type: 'Protests', sub: 'Peaceful protest', actor1: 'Protesters (Bangladesh)', actor2: null, inter1: 6, inter2: 0, country: 'Bangladesh', admin1: 'Dhaka', location: 'Dhaka', lat: 23.81, lon: 90.41, fatalities: 0, confidence: 0.68, notes: 'Students marched in Dhaka over job quotas.', evidence: [['actor1', 'students'], ['location', 'Dhaka'], ['event_date', 'Friday']] }]),
    fixture(x, [{ id: 'ev-xss', date: '2024-08-11', type: 'Strategic developments', sub: 'Other', actor1: XSS_ACTOR, actor2: null, inter1: 3, inter2: 0, country: 'Syria', admin1: 'Idlib', location: '<svg onload="window.__xss=4">', lat: 35.93, lon: 36.63, fatalities: 0, confidence: 0.4, notes: '<img src=x onerror="window.__xss=5"> statement', evidence: [['actor1', 'Militia statement'], ['notes', '<script>window.__xss=2</script>']] }]),
  ];
}
