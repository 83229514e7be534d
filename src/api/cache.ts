// A micro-cache of serialized read responses: identical filtered pages requested within `ttlMs`
// (the dashboard's queries, many analysts on one view) are answered without touching the store.
// Writes through this server clear it; writes by other processes show up within ttlMs.
export class ResponseCache {
  private readonly entries = new Map<string, { at: number; body: string; type: string; headers?: Record<string, string> }>();

  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 1000,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get(key: string): { body: string; type: string; headers?: Record<string, string> } | null {
    if (!this.enabled) return null;
    const e = this.entries.get(key);
    if (!e) return null;
    if (Date.now() - e.at > this.ttlMs) {
      this.entries.delete(key);
      return null;
    }
    return e;
  }

  set(key: string, body: string, type: string, headers?: Record<string, string>): void {
    if (!this.enabled || body.length > 2_000_000) return;
    // Map keeps insertion order: dropping the first key evicts the oldest entry
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { at: Date.now(), body, type, headers });
  }

  clear(): void {
    this.entries.clear();
  }
}
