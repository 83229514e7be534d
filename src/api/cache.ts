// A micro-cache of serialized read responses: identical filtered pages requested within `ttlMs`
// (the dashboard's queries, many analysts on one view) are answered without touching the store.
// Bodies are kept as encoded Buffers, so a hit costs neither a query nor serialization nor UTF-8
// encoding. Each key has at most one query running (no stampede when an entry expires under load):
//  - an expired entry is still served (STALE) while one request refreshes it in the background,
//    for at most `maxStaleMs` after it was produced;
//  - a write through this server makes every entry stale: each later request waits for a result
//    read after the write (a client reads its own write). With writes arriving faster than a slow
//    query runs, the next query of a key starts when the running one ends, never beside it.
// Writes by other processes show up within ttlMs. With a `version` function (the SQLite file's
// data_version + this connection's total_changes, see store-version.ts) an expired entry is first
// checked against it: when nothing was committed since its query began it is renewed instead of
// queried again, so a read-mostly database keeps its pages cached at the cost of two PRAGMA reads.
export interface CachedBody {
  body: Buffer;
  type: string;
  headers?: Record<string, string>;
}

type Entry = CachedBody & { at: number; gen: number; ver?: string };

export type CacheState = 'HIT' | 'STALE' | 'MISS';

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  /** the query in progress per key, and the generation it started in */
  private readonly inFlight = new Map<string, { gen: number; p: Promise<CachedBody> }>();
  /** bumped by every write: entries and queries from an older generation are stale */
  private generation = 0;
  /** refreshes that failed in the background (the next request retries) */
  backgroundErrors = 0;
  /** the store's change counter; undefined when unknown (the ttl alone decides) */
  version?: () => string | undefined;

  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 1000,
    readonly maxStaleMs = Math.max(10_000, ttlMs * 5),
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  private store(key: string, value: CachedBody, gen: number, ver: string | undefined): void {
    if (value.body.length > 2_000_000) return;
    const old = this.entries.get(key);
    if (old && old.gen > gen) return;
    // Map keeps insertion order: re-inserting moves a key last; dropping the first evicts the oldest
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { ...value, at: Date.now(), gen, ver });
  }

  /** starts the query for `key` in the current generation, after `after` (the older one) ends */
  private refresh(key: string, produce: () => Promise<CachedBody>, after?: Promise<unknown>): Promise<CachedBody> {
    const gen = this.generation;
    // read before the query: a commit landing while it runs makes the entry's version old
    const ver = this.currentVersion();
    const run = after ? after.then(produce, produce) : produce();
    const p: Promise<CachedBody> = run.then(
      (value) => {
        if (this.inFlight.get(key)?.p === p) this.inFlight.delete(key);
        this.store(key, value, gen, ver);
        return value;
      },
      (err: unknown) => {
        if (this.inFlight.get(key)?.p === p) this.inFlight.delete(key);
        throw err;
      },
    );
    this.inFlight.set(key, { gen, p });
    return p;
  }

  private currentVersion(): string | undefined {
    try {
      return this.version?.();
    } catch {
      return undefined;
    }
  }

  /** an entry of the current generation that is younger than ttlMs, or older but with nothing
   * committed to the store since its query began (then renewed) */
  private fresh(e: Entry | undefined, now: number): boolean {
    if (e === undefined || e.gen !== this.generation) return false;
    if (now - e.at <= this.ttlMs) return true;
    if (e.ver === undefined || this.currentVersion() !== e.ver) return false;
    e.at = now;
    return true;
  }

  /** the cached response for `key` while it is fresh (see fresh()), else undefined */
  peek(key: string): CachedBody | undefined {
    if (!this.enabled) return undefined;
    const e = this.entries.get(key);
    return this.fresh(e, Date.now()) ? e : undefined;
  }

  /** the response for `key`: cached, stale while one refresh runs, or freshly produced */
  async getOrProduce(key: string, produce: () => Promise<CachedBody>): Promise<{ value: CachedBody; state: CacheState }> {
    if (!this.enabled) return { value: await produce(), state: 'MISS' };
    const e = this.entries.get(key);
    const now = Date.now();
    if (this.fresh(e, now)) return { value: e!, state: 'HIT' };
    const current = e !== undefined && e.gen === this.generation;
    // only an entry that no write has outdated may be served stale
    const servable = current && now - e.at <= this.maxStaleMs;
    const running = this.inFlight.get(key);
    if (running && running.gen === this.generation) {
      return servable ? { value: e, state: 'STALE' } : { value: await running.p, state: 'MISS' };
    }
    const p = this.refresh(key, produce, running?.p);
    if (servable) {
      p.catch(() => void this.backgroundErrors++);
      return { value: e, state: 'STALE' };
    }
    return { value: await p, state: 'MISS' };
  }

  /** called by clear() for a write made here (sitrep serve --workers tells the other processes) */
  onClear?: () => void;

  /** a write happened: every entry and every query in progress is stale from now on. announce
   * false: the write was another process's (it announced it already) */
  clear(announce = true): void {
    this.generation++;
    if (announce) this.onClear?.();
  }
}
