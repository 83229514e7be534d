// Rollup cells of one SQLite bulk load, summed as its rows go in, so the five rollup tables are
// written from memory instead of three grouped scans (each a sort) of every row at the end.
// Strings are interned to small integers and each cell key is one number (no string keys, no set
// of ids: those made an earlier attempt cost more than the scans). Only valid for a load into an
// empty store that met no repeated id and no other writer: bulk.ts checks that before using it.
// Any name table outgrowing its key width, or a name whose bytes SQLite could see differently
// (not ASCII dates, ill-formed UTF-16), sets `overflow` and the caller rebuilds by scans.
import type { Database as Sqlite } from 'better-sqlite3';

/** name table sizes: each key of the cell tables (see BulkSums) stays below 2^30 */
const C_BITS = 2 ** 9; // countries
const D_BITS = 2 ** 17; // distinct days
const M_BITS = 2 ** 12; // distinct months
const T_BITS = 2 ** 6; // event types
const A_BITS = 2 ** 16; // admin1 names
const P_BITS = 2 ** 15; // actor names (actor2 takes one more bit: 0 is NULL)

const ASCII = /^[\x20-\x7e]*$/;
/** UTF-8 has no lone surrogates: two such JS strings could be one text to SQLite */
const LONE_SURROGATE = /\p{Cs}/u;

class Names {
  readonly ids = new Map<string, number>();
  readonly list: string[] = [];
  constructor(private readonly max: number, private readonly onNew?: (s: string, id: number) => boolean) {}
  /** id of s, or -1 when the table is full or onNew rejects s */
  id(s: string): number {
    const k = this.ids.get(s);
    if (k !== undefined) return k;
    const id = this.list.length;
    if (id >= this.max || LONE_SURROGATE.test(s) || (this.onNew && !this.onNew(s, id))) return -1;
    this.ids.set(s, id);
    this.list.push(s);
    return id;
  }
  /** rank of each id in SQLite's (byte) order of the names: cells go in in key order */
  ranks(): { rank: Int32Array; byRank: string[] } {
    const byRank = [...this.list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const pos = new Map(byRank.map((s, i) => [s, i]));
    return { rank: Int32Array.from(this.list, (s) => pos.get(s)!), byRank };
  }
}

/** count and fatality sum per key (a, b) of two small integers (< 2^30, so V8 keeps them unboxed):
 * an open-addressing table over typed arrays. (Number keys above 2^30 in a Map box every key, and
 * the garbage collector then cost more than the sums.) */
class Cells {
  private ka = new Int32Array(1 << 12).fill(-1);
  private kb = new Int32Array(1 << 12);
  private cn = new Float64Array(1 << 12);
  private cf = new Float64Array(1 << 12);
  size = 0;
  private slotOf(a: number, b: number): number {
    const mask = this.ka.length - 1;
    // murmur3's finalizer: every key bit reaches the low bits the mask keeps
    let h = Math.imul(a, 0x9e3779b1) ^ b;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h = (h ^ (h >>> 16)) & mask;
    for (;;) {
      const k = this.ka[h];
      if (k === -1 || (k === a && this.kb[h] === b)) return h;
      h = (h + 1) & mask;
    }
  }
  add(a: number, b: number, n: number, f: number): void {
    const s = this.slotOf(a, b);
    this.cn[s] += n;
    this.cf[s] += f;
    if (this.ka[s] === -1) {
      this.ka[s] = a;
      this.kb[s] = b;
      if (++this.size * 2 > this.ka.length) this.grow();
    }
  }
  private grow(): void {
    const { ka, kb, cn, cf } = this;
    const cap = ka.length * 2;
    this.ka = new Int32Array(cap).fill(-1);
    this.kb = new Int32Array(cap);
    this.cn = new Float64Array(cap);
    this.cf = new Float64Array(cap);
    for (let i = 0; i < ka.length; i++) {
      if (ka[i] === -1) continue;
      const s = this.slotOf(ka[i], kb[i]);
      this.ka[s] = ka[i];
      this.kb[s] = kb[i];
      this.cn[s] = cn[i];
      this.cf[s] = cf[i];
    }
  }
  /** calls fn(a, b, n, fatalities) for every cell in the order of sortKey(a, b) */
  each(sortKey: (a: number, b: number) => number, fn: (a: number, b: number, n: number, f: number) => void): void {
    const slots = new Uint32Array(this.size);
    const order = new Float64Array(this.ka.length);
    let j = 0;
    for (let i = 0; i < this.ka.length; i++) {
      if (this.ka[i] === -1) continue;
      slots[j++] = i;
      order[i] = sortKey(this.ka[i], this.kb[i]);
    }
    slots.sort((x, y) => order[x] - order[y]);
    for (const i of slots) fn(this.ka[i], this.kb[i], this.cn[i], this.cf[i]);
  }
}

export class BulkSums {
  rows = 0;
  overflow = false;
  private readonly countries = new Names(C_BITS);
  private readonly weeks: string[] = [];
  private readonly monthOf: number[] = [];
  private readonly months = new Names(M_BITS);
  // substr(event_date, 1, 7) counts characters in SQLite and code units in JS: same for ASCII only
  private readonly dates = new Names(D_BITS, (s, id) => {
    if (!ASCII.test(s)) return false;
    const m = this.months.id(s.slice(0, 7));
    this.monthOf[id] = m;
    return m >= 0;
  });
  private readonly types = new Names(T_BITS);
  private readonly admin1 = new Names(A_BITS);
  private readonly actors = new Names(P_BITS);
  /** (country, day * T + type) */
  private readonly day = new Cells();
  /** (country * M + month, type * A + admin1) */
  private readonly adm = new Cells();
  /** ((country * T + type) * P + actor1, actor2 + 1 or 0 for NULL) */
  private readonly pair = new Cells();

  /** one inserted row (the values as stored: eventToRow's output) */
  add(country: string, date: string, week: string, type: string, admin1: string, actor1: string | null, actor2: string | null, fatalities: number): void {
    if (this.overflow) return;
    if (typeof country !== 'string' || typeof date !== 'string' || typeof type !== 'string' || typeof admin1 !== 'string'
      || (actor1 !== null && typeof actor1 !== 'string') || (actor2 !== null && typeof actor2 !== 'string') || !Number.isSafeInteger(fatalities)) {
      this.overflow = true;
      return;
    }
    const c = this.countries.id(country);
    const d = this.dates.id(date);
    const t = this.types.id(type);
    const a = this.admin1.id(admin1);
    const p1 = actor1 === null ? 0 : this.actors.id(actor1);
    const p2 = actor2 === null ? -1 : this.actors.id(actor2);
    if (c < 0 || d < 0 || t < 0 || a < 0 || p1 < 0 || (actor2 !== null && p2 < 0)) {
      this.overflow = true;
      return;
    }
    this.weeks[d] = week;
    this.rows++;
    this.day.add(c, d * T_BITS + t, 1, fatalities);
    this.adm.add(c * M_BITS + this.monthOf[d], t * A_BITS + a, 1, fatalities);
    if (actor1 !== null) this.pair.add((c * T_BITS + t) * P_BITS + p1, p2 + 1, 1, fatalities);
  }

  /** writes all five rollup tables (emptied first), each in its key order; call inside the
   * caller's transaction */
  write(db: Sqlite): void {
    const C = this.countries.ranks();
    const D = this.dates.ranks();
    const M = this.months.ranks();
    const T = this.types.ranks();
    const A = this.admin1.ranks();
    const P = this.actors.ranks();
    const { countries, dates, months, types, admin1, actors, weeks, monthOf } = this;
    db.exec('delete from event_rollup; delete from event_rollup_all; delete from event_rollup_month; delete from event_rollup_admin1; delete from event_rollup_pair');
    // day cells, and from them the all-countries and monthly tables (keyed by ranks: their key order
    // is the table's order)
    const all = new Cells();
    const month = new Cells();
    const putDay = db.prepare('insert into event_rollup (country, event_date, event_type, week, n, fatalities) values (?, ?, ?, ?, ?, ?)');
    this.day.each((c, dt) => (C.rank[c] * D_BITS + D.rank[Math.floor(dt / T_BITS)]) * T_BITS + T.rank[dt % T_BITS], (c, dt, n, f) => {
      const d = Math.floor(dt / T_BITS);
      const t = dt % T_BITS;
      putDay.run(countries.list[c], dates.list[d], types.list[t], weeks[d], n, f);
      all.add(D.rank[d], T.rank[t], n, f);
      month.add(C.rank[c] * M_BITS + M.rank[monthOf[d]], T.rank[t], n, f);
    });
    const putAll = db.prepare('insert into event_rollup_all (event_date, event_type, week, n, fatalities) values (?, ?, ?, ?, ?)');
    const weekOfDate = new Map(dates.list.map((s, i) => [s, weeks[i]]));
    all.each((d, t) => d * T_BITS + t, (d, t, n, f) => putAll.run(D.byRank[d], T.byRank[t], weekOfDate.get(D.byRank[d]), n, f));
    const putMonth = db.prepare('insert into event_rollup_month (country, month, event_type, n, fatalities) values (?, ?, ?, ?, ?)');
    month.each((cm, t) => cm * T_BITS + t, (cm, t, n, f) => putMonth.run(C.byRank[Math.floor(cm / M_BITS)], M.byRank[cm % M_BITS], T.byRank[t], n, f));
    // admin1: primary key (country, month, event_type, admin1)
    const putAdm = db.prepare('insert into event_rollup_admin1 (country, admin1, month, event_type, n, fatalities) values (?, ?, ?, ?, ?, ?)');
    this.adm.each(
      (cm, ta) => ((C.rank[Math.floor(cm / M_BITS)] * M_BITS + M.rank[cm % M_BITS]) * T_BITS + T.rank[Math.floor(ta / A_BITS)]) * A_BITS + A.rank[ta % A_BITS],
      (cm, ta, n, f) => putAdm.run(countries.list[Math.floor(cm / M_BITS)], admin1.list[ta % A_BITS], months.list[cm % M_BITS], types.list[Math.floor(ta / A_BITS)], n, f),
    );
    // actor pairs: primary key (country, event_type, actor1, actor2k); actor2k is '' for NULL (first,
    // as its 0 here) and '=' + the name otherwise
    const putPair = db.prepare('insert into event_rollup_pair (country, event_type, actor1, actor2k, n, fatalities) values (?, ?, ?, ?, ?, ?)');
    const ct = (x: number) => Math.floor(x / P_BITS);
    this.pair.each(
      (x, p2) => ((C.rank[Math.floor(ct(x) / T_BITS)] * T_BITS + T.rank[ct(x) % T_BITS]) * P_BITS + P.rank[x % P_BITS]) * (2 * P_BITS) + (p2 === 0 ? 0 : P.rank[p2 - 1] + 1),
      (x, p2, n, f) => putPair.run(countries.list[Math.floor(ct(x) / T_BITS)], types.list[ct(x) % T_BITS], actors.list[x % P_BITS], p2 === 0 ? '' : `=${actors.list[p2 - 1]}`, n, f),
    );
  }
}
