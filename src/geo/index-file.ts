// The compact on-disk gazetteer index: one file, a JSON header with small tables, then typed-array
// sections and '\n'-joined string sections. Loading is a read plus views over one buffer (no parsing
// of 200k records), which keeps `loadGeocoder()` well under 300 ms.
import { readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';

export const INDEX_VERSION = 6;

/** postFlag bit: the key folds spellings of different places together ("samarra", "samara") */
export const SPLIT = 0x80;
/** prefix of the keys that keep doubled letters, made for SPLIT keys only (no text key has it) */
export const EXACT = '=';

export type Kind = 0 | 1 | 2 | 3 | 4 | 5; // city, admin1, admin2, country, region, site
export const KIND = { city: 0, admin1: 1, admin2: 2, country: 3, region: 4, site: 5 } as const;

export interface SiteCue {
  place: number;
  cues: string[];
}

export interface GeoIndex {
  version: number;
  dataHash: string;
  // places (columnar)
  gid: Int32Array;
  lat: Float32Array;
  lon: Float32Array;
  pop: Float64Array;
  cc: Uint16Array;
  a1: Int32Array;
  a2: Int32Array;
  kind: Uint8Array;
  fcode: Uint8Array;
  prec: Uint8Array;
  /** how many alternate names GeoNames lists for a town (capped at 255; 0 for other places): how
   * widely known it is, far better than its population at telling Paris, France from Paris, Texas */
  alts: Uint8Array;
  /** place display names, decoded on demand */
  names: StrTable;
  // tables
  countries: { code: string; name: string; place: number }[];
  /** capital: the province's seat (GeoNames PPLA), place index or -1 */
  /** display: the spelling conflict data writes the province with ("Idleb"), when it differs */
  admin1: { code: string; name: string; place: number; capital?: number; display?: string }[];
  admin2Codes: StrTable;
  admin2Names: StrTable;
  fcodes: string[];
  demonyms: Record<string, number>;
  siteCues: SiteCue[];
  // name key -> postings; keys sorted by FNV-1a hash so a lookup is a binary search, no Map to build
  keys: StrTable;
  keyHash: Uint32Array;
  postStart: Int32Array;
  post: Int32Array;
  /** per posting: 1 = main name, 2 = admin name given without its "County"/"Province" word; plus
   * SPLIT where the key's places differ in exact spelling (then EXACT + spelling is a key too) */
  postFlag: Uint8Array;
  /** keys of token prefixes of multi-token names (hash-sorted), for the matcher's early stop */
  prefixes: StrTable;
  prefixHash: Uint32Array;
}

const TYPED = ['gid', 'lat', 'lon', 'pop', 'cc', 'a1', 'a2', 'kind', 'fcode', 'prec', 'alts', 'postStart', 'post', 'postFlag', 'keyHash', 'prefixHash'] as const;
const STRINGS = ['names', 'keys', 'prefixes', 'admin2Codes', 'admin2Names'] as const;
const CTORS = { gid: Int32Array, lat: Float32Array, lon: Float32Array, pop: Float64Array, cc: Uint16Array, a1: Int32Array, a2: Int32Array, kind: Uint8Array, fcode: Uint8Array, prec: Uint8Array, alts: Uint8Array, postStart: Int32Array, post: Int32Array, postFlag: Uint8Array, keyHash: Uint32Array, prefixHash: Uint32Array };

/** FNV-1a over UTF-16 code units (keys are ASCII) */
export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const dec = new TextDecoder();

/** a list of strings stored as UTF-8 bytes plus offsets: no per-string objects until asked */
export class StrTable {
  constructor(readonly bytes: Uint8Array, readonly off: Int32Array) {}
  static from(list: string[]): StrTable {
    const enc = new TextEncoder();
    const parts = list.map((s) => enc.encode(s));
    const off = new Int32Array(list.length + 1);
    let n = 0;
    parts.forEach((p, i) => { off[i] = n; n += p.length; });
    off[list.length] = n;
    const bytes = new Uint8Array(n);
    parts.forEach((p, i) => bytes.set(p, off[i]));
    return new StrTable(bytes, off);
  }
  get length(): number { return this.off.length - 1; }
  get(i: number): string { return dec.decode(this.bytes.subarray(this.off[i], this.off[i + 1])); }
  /** true when entry i equals the ASCII string s */
  equals(i: number, s: string): boolean {
    const a = this.off[i];
    if (this.off[i + 1] - a !== s.length) return false;
    for (let k = 0; k < s.length; k++) if (this.bytes[a + k] !== s.charCodeAt(k)) return false;
    return true;
  }
}

/** index of key s in a hash-sorted table, or -1 */
export function findKey(table: StrTable, hashes: Uint32Array, s: string): number {
  const h = fnv(s);
  let lo = 0, hi = hashes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hashes[mid] < h) lo = mid + 1; else hi = mid;
  }
  for (let j = lo; j < hashes.length && hashes[j] === h; j++) if (table.equals(j, s)) return j;
  return -1;
}

/** orders keys by hash (then by text) for findKey */
export function hashSort(keys: string[]): { sorted: string[]; hashes: Uint32Array } {
  const withH = keys.map((k) => [fnv(k), k] as const).sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  return { sorted: withH.map((x) => x[1]), hashes: Uint32Array.from(withH.map((x) => x[0])) };
}

export function writeIndex(path: string, ix: GeoIndex): void {
  const parts: Buffer[] = [];
  const layout: Record<string, [number, number]> = {};
  let off = 0;
  const push = (name: string, buf: Buffer) => {
    const pad = (8 - (off % 8)) % 8;
    if (pad) { parts.push(Buffer.alloc(pad)); off += pad; }
    layout[name] = [off, buf.length];
    parts.push(buf);
    off += buf.length;
  };
  for (const k of TYPED) {
    const a = ix[k];
    push(k, Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  }
  for (const k of STRINGS) {
    const t = ix[k];
    push(`${k}.off`, Buffer.from(t.off.buffer, t.off.byteOffset, t.off.byteLength));
    push(`${k}.bytes`, Buffer.from(t.bytes.buffer, t.bytes.byteOffset, t.bytes.byteLength));
  }
  const header = JSON.stringify({
    version: ix.version, dataHash: ix.dataHash, layout, countries: ix.countries, admin1: ix.admin1,
    fcodes: ix.fcodes, demonyms: ix.demonyms, siteCues: ix.siteCues,
  });
  const hb = Buffer.from(header, 'utf8');
  const len = Buffer.alloc(8);
  len.writeUInt32LE(hb.length, 0);
  const hpad = Buffer.alloc((8 - (hb.length % 8)) % 8);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([len, hb, hpad, ...parts]));
  renameSync(tmp, path); // atomic: a reader never sees half a file
}

export function readIndex(path: string): GeoIndex {
  const file = readFileSync(path);
  const hlen = file.readUInt32LE(0);
  const header = JSON.parse(file.toString('utf8', 8, 8 + hlen));
  let base = 8 + hlen;
  base += (8 - (hlen % 8)) % 8;
  // view the file's own buffer when it is aligned (large reads are); copy only if it is not
  let ab: ArrayBuffer;
  if ((file.byteOffset + base) % 8 === 0) {
    ab = file.buffer as ArrayBuffer;
    base += file.byteOffset;
  } else {
    ab = new ArrayBuffer(file.length - base);
    new Uint8Array(ab).set(file.subarray(base));
    base = 0;
  }
  const out: Record<string, unknown> = { ...header };
  for (const k of TYPED) {
    const [o, n] = header.layout[k];
    const C = CTORS[k];
    out[k] = new C(ab, base + o, n / C.BYTES_PER_ELEMENT);
  }
  for (const k of STRINGS) {
    const [oo, on] = header.layout[`${k}.off`];
    const [bo, bn] = header.layout[`${k}.bytes`];
    out[k] = new StrTable(new Uint8Array(ab, base + bo, bn), new Int32Array(ab, base + oo, on / 4));
  }
  return out as unknown as GeoIndex;
}
