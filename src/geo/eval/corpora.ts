// Loaders for the toponym-resolution corpora under ../shared/eval/geo (measurement only: nothing
// from them is copied into the repo). Each gives documents with gold spans and coordinates.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldToponym {
  start: number;
  end: number;
  name: string;
  lat: number;
  lon: number;
}

export interface GoldDoc {
  id: string;
  text: string;
  /** toponyms with coordinates: the geocoding test items */
  tops: GoldToponym[];
  /** every annotated toponym span (also those without coordinates), for end-to-end precision */
  spans: { start: number; end: number }[];
}

export interface Corpus {
  name: string;
  docs: GoldDoc[];
  /** no article text: names only (WikToR's derived gold file) */
  namesOnly?: boolean;
}

const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENT[e] ?? m;
  });
}

const tag = (block: string, name: string): string | undefined => {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(block);
  return m ? m[1] : undefined;
};
/** gold offsets in some corpora are shifted by a character or two: re-anchor on the gold name */
export function align(text: string, start: number, end: number, name: string | undefined): [number, number] {
  if (!name || text.slice(start, end) === name) return [start, end];
  for (const d of [-1, 1, -2, 2, -3, 3]) if (text.slice(start + d, start + d + name.length) === name) return [start + d, start + d + name.length];
  return [start, end];
}

const cdata = (s: string) => s.replace(/^<!\[CDATA\[/, '').replace(/\]\]>$/, '');
const num = (s: string | undefined) => (s === undefined || s.trim() === '' ? NaN : Number(s));

export function loadLGL(file: string): Corpus {
  const xml = readFileSync(file, 'utf8');
  const docs: GoldDoc[] = [];
  for (const a of xml.matchAll(/<article docid="([^"]*)">([\s\S]*?)<\/article>/g)) {
    const text = cdata(tag(a[2], 'text') ?? '');
    const tops: GoldToponym[] = [];
    const spans: GoldDoc['spans'] = [];
    for (const t of a[2].matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const start = num(tag(t[1], 'start')), end = num(tag(t[1], 'end'));
      if (!Number.isFinite(start) || !Number.isFinite(end)) continue;
      spans.push({ start, end });
      const gaz = tag(t[1], 'gaztag');
      const lat = num(gaz && tag(gaz, 'lat')), lon = num(gaz && tag(gaz, 'lon'));
      if (Number.isFinite(lat) && Number.isFinite(lon)) tops.push({ start, end, name: text.slice(start, end), lat, lon });
    }
    docs.push({ id: a[1], text, tops, spans });
  }
  return { name: 'LGL', docs };
}

export function loadGeoVirus(file: string): Corpus {
  const xml = readFileSync(file, 'utf8');
  const docs: GoldDoc[] = [];
  let n = 0;
  for (const a of xml.matchAll(/<article>([\s\S]*?)<\/article>/g)) {
    const text = unescapeXml(tag(a[1], 'text') ?? '');
    const tops: GoldToponym[] = [];
    for (const t of a[1].matchAll(/<location>([\s\S]*?)<\/location>/g)) {
      const [start, end] = align(text, num(tag(t[1], 'start')), num(tag(t[1], 'end')), unescapeXml(tag(t[1], 'name') ?? ''));
      const lat = num(tag(t[1], 'lat')), lon = num(tag(t[1], 'lon'));
      if ([start, end, lat, lon].every(Number.isFinite)) tops.push({ start, end, name: text.slice(start, end), lat, lon });
    }
    docs.push({ id: `geovirus-${n++}`, text, tops, spans: tops.map(({ start, end }) => ({ start, end })) });
  }
  return { name: 'GeoVirus', docs };
}

export function loadGWN(file: string): Corpus {
  const xml = readFileSync(file, 'utf8');
  const docs: GoldDoc[] = [];
  for (const a of xml.matchAll(/<article file="([^"]*)">([\s\S]*?)<\/article>/g)) {
    const text = unescapeXml(tag(a[2], 'text') ?? '');
    const tops: GoldToponym[] = [];
    const spans: GoldDoc['spans'] = [];
    for (const t of a[2].matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const [start, end] = align(text, num(tag(t[1], 'start')), num(tag(t[1], 'end')), unescapeXml(tag(t[1], 'extractedName') ?? ''));
      if (!Number.isFinite(start) || !Number.isFinite(end)) continue;
      if (tag(t[1], 'type') !== 'Non_Toponym') spans.push({ start, end });
      const lat = num(tag(t[1], 'latitude')), lon = num(tag(t[1], 'longitude'));
      if (Number.isFinite(lat) && Number.isFinite(lon)) tops.push({ start, end, name: text.slice(start, end), lat, lon });
    }
    docs.push({ id: `gwn-${a[1]}`, text, tops, spans });
  }
  return { name: 'GeoWebNews', docs };
}

/** WikToR's derived gold (name,,mention,,lat,,lon,,start,,end items): names without text */
export function loadWikToR(file: string): Corpus {
  const docs: GoldDoc[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    // the article's mentions are laid out as one synthetic text so they can be resolved jointly
    let text = '';
    const tops: GoldToponym[] = [];
    for (const item of line.split('||')) {
      const f = item.split(',,');
      if (f.length < 6) continue;
      const lat = Number(f[2]), lon = Number(f[3]);
      if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      const start = text.length;
      text += f[1];
      tops.push({ start, end: text.length, name: f[1], lat, lon });
      text += '. ';
    }
    docs.push({ id: `wiktor-${n}`, text, tops, spans: tops.map(({ start, end }) => ({ start, end })) });
  });
  return { name: 'WikToR', docs, namesOnly: true };
}

/** the corpora present under dir (each optional) */
export function loadCorpora(dir: string): Corpus[] {
  const out: Corpus[] = [];
  const f = (p: string) => join(dir, p);
  if (existsSync(f('lgl/lgl.xml'))) out.push(loadLGL(f('lgl/lgl.xml')));
  if (existsSync(f('geovirus/GeoVirus.xml'))) out.push(loadGeoVirus(f('geovirus/GeoVirus.xml')));
  if (existsSync(f('geowebnews/GWN.xml'))) out.push(loadGWN(f('geowebnews/GWN.xml')));
  if (existsSync(f('wiktor/wiki_gold.txt'))) out.push(loadWikToR(f('wiktor/wiki_gold.txt')));
  return out;
}
