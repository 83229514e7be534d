// Feed polling for `sitrep watch`: conditional GET (ETag / If-Modified-Since), exponential backoff
// after errors, and per-feed state in the database (etag, last poll, errors, ids already seen), so a
// restarted watcher re-reads nothing. Each new item's article is fetched (SSRF-guarded) or the item's
// own text is used, then it goes through the shared ingest pipeline.
import type { Document } from '../core/types.ts';
import type { Store } from '../core/interfaces.ts';
import { FEED_TYPES, FetchError, fetchUrl, type FetchOptions } from './fetch.ts';
import { parseFeedItems, type FeedConfig, type FeedItem } from './feeds.ts';
import { readHtml, articleProblem } from './html.ts';
import { documentFromUrl } from './sources.ts';
import { ingestDocuments, type ExtractFn, type IngestItem, type IngestSummary } from './pipeline.ts';

/** what the store keeps per feed (src/store FeedState) */
export interface FeedState {
  etag: string | null;
  lastModified: string | null;
  lastPolled: string | null;
  errors: number;
  lastError?: string | null;
  seen: string[];
}

export interface FeedStore extends Pick<Store, 'saveDocument' | 'hasDocument'> {
  getFeedState(url: string): Promise<FeedState | null>;
  setFeedState(url: string, patch: Partial<FeedState>): Promise<FeedState>;
}

export interface PollOptions {
  extract?: ExtractFn;
  fetch?: FetchOptions;
  /** seconds between polls when healthy */
  interval: number;
  /** new items handled per poll; the rest wait for the next one (a 100k-item feed stays bounded) */
  maxItemsPerPoll?: number;
  now?: () => Date;
}

export interface PollResult {
  url: string;
  status: 'not_modified' | 'polled' | 'error' | 'backing_off';
  items: number;
  newItems: number;
  summary?: IngestSummary;
  error?: string;
  /** when this feed should be polled next */
  nextPoll: Date;
}

const MAX_BACKOFF_S = 6 * 3600;

/** seconds to wait after `errors` consecutive failures: interval·2^errors, capped at 6 h */
export function backoffSeconds(interval: number, errors: number): number {
  if (errors <= 0) return interval;
  return Math.min(interval * 2 ** Math.min(errors, 20), Math.max(MAX_BACKOFF_S, interval));
}

export function nextPollAt(state: FeedState | null, interval: number): Date {
  if (!state?.lastPolled) return new Date(0);
  return new Date(Date.parse(state.lastPolled) + backoffSeconds(interval, state.errors) * 1000);
}

/** the item's own text as a document (used when the link is not fetched or cannot be) */
function itemDocument(item: FeedItem, source: string | undefined): Document | null {
  if (!item.body) return null;
  const looksHtml = /<[a-z][\s\S]*>/i.test(item.body);
  const text = looksHtml ? readHtml(`<html><body><article>${item.body}</article></body></html>`).text : item.body.trim();
  const title = item.title?.trim();
  const full = title && !text.startsWith(title) ? `${title}.\n${text}` : text;
  if (articleProblem({ text: full })) return null;
  return { id: item.link ?? item.id, text: full, url: item.link, title, published: item.published, source };
}

/** failures worth another try on the next poll (the article may be there then); a 404 is not one */
function transient(err: unknown): boolean {
  if (!(err instanceof FetchError)) return false;
  if (err.kind === 'timeout' || err.kind === 'network') return true;
  const status = Number(/HTTP (\d{3})/.exec(err.message)?.[1]);
  return err.kind === 'http_status' && (status >= 500 || status === 408 || status === 429);
}

async function* itemDocuments(
  items: FeedItem[],
  feed: FeedConfig,
  source: string | undefined,
  fetchOpts: FetchOptions,
  store: FeedStore,
  retry: Set<string>,
): AsyncGenerator<IngestItem> {
  for (const item of items) {
    if (item.link && (await store.hasDocument(item.link))) {
      yield { skipped: true, where: item.link, reason: 'already stored (same URL)', duplicate: true };
      continue;
    }
    if (feed.fetchArticles && item.link) {
      try {
        const doc = await documentFromUrl(item.link, { source, fetch: fetchOpts });
        yield { ...doc, published: doc.published ?? item.published, title: doc.title ?? item.title, url: item.link, id: item.link };
        continue;
      } catch (err) {
        const fallback = itemDocument(item, source);
        if (fallback) yield fallback;
        else {
          const again = transient(err);
          if (again) retry.add(item.id);
          const why = err instanceof FetchError ? err.message.replace(`${item.link}: `, '') : (err as Error).message;
          yield { skipped: true, where: item.link, reason: again ? `${why} (will retry on the next poll)` : why };
        }
        continue;
      }
    }
    const doc = itemDocument(item, source);
    yield doc ?? { skipped: true, where: item.link ?? item.id, reason: 'item has no link to fetch and too little text of its own' };
  }
}

/** polls one feed once (respecting backoff unless `force`) */
export async function pollFeed(store: FeedStore, feed: FeedConfig, opts: PollOptions, force = false): Promise<PollResult> {
  const now = opts.now?.() ?? new Date();
  const interval = feed.interval ?? opts.interval;
  const state = await store.getFeedState(feed.url);
  const due = nextPollAt(state, interval);
  if (!force && due > now) return { url: feed.url, status: 'backing_off', items: 0, newItems: 0, nextPoll: due };
  const errors = state?.errors ?? 0;
  const fail = async (message: string): Promise<PollResult> => {
    const next = await store.setFeedState(feed.url, { lastPolled: now.toISOString(), errors: errors + 1, lastError: message });
    return { url: feed.url, status: 'error', items: 0, newItems: 0, error: message, nextPoll: nextPollAt(next, interval) };
  };
  let res;
  try {
    res = await fetchUrl(feed.url, {
      ...opts.fetch,
      accept: FEED_TYPES,
      maxBytes: opts.fetch?.maxBytes ?? 10 * 1024 * 1024,
      etag: state?.etag ?? undefined,
      lastModified: state?.lastModified ?? undefined,
    });
  } catch (err) {
    return fail((err as Error).message);
  }
  if (res.notModified) {
    const next = await store.setFeedState(feed.url, { lastPolled: now.toISOString(), errors: 0, lastError: null });
    return { url: feed.url, status: 'not_modified', items: 0, newItems: 0, nextPoll: nextPollAt(next, interval) };
  }
  let parsed;
  try {
    parsed = parseFeedItems(res.body);
  } catch (err) {
    return fail(`${feed.url}: ${(err as Error).message}`);
  }
  const seen = new Set(state?.seen ?? []);
  const fresh = parsed.items.filter((i) => !seen.has(i.id));
  const batch = fresh.slice(0, opts.maxItemsPerPoll ?? 200);
  const retry = new Set<string>();
  const summary = await ingestDocuments(store, itemDocuments(batch, feed, feed.source ?? parsed.title, opts.fetch ?? {}, store, retry), {
    extract: opts.extract,
    keepResults: false,
  });
  // ETag and seen ids are saved only after the items are stored: a crash before this line makes
  // the next poll fetch the feed again, and the store's duplicate check absorbs the repeats
  // an item whose article failed for a passing reason stays unseen (and the ETag unsaved) so it is retried
  const more = fresh.length > batch.length || retry.size > 0;
  const next = await store.setFeedState(feed.url, {
    etag: more ? null : (res.etag ?? null),
    lastModified: more ? null : (res.lastModified ?? null),
    lastPolled: now.toISOString(),
    errors: 0,
    lastError: null,
    seen: [...(state?.seen ?? []), ...batch.filter((i) => !retry.has(i.id)).map((i) => i.id)],
  });
  const again = fresh.length > batch.length ? now : nextPollAt(next, interval);
  return { url: feed.url, status: 'polled', items: parsed.items.length, newItems: batch.length, summary, nextPoll: again };
}
