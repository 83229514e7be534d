// RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed → one item shape, with feedsmith, plus the FEEDS.yaml
// file `sitrep watch` reads.
import { readFileSync } from 'node:fs';
import { parseFeed } from 'feedsmith';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../core/types.ts';

export interface FeedItem {
  /** stable id: guid / atom id / link / title+date */
  id: string;
  link?: string;
  title?: string;
  /** YYYY-MM-DD */
  published?: string;
  /** the item's own text (HTML or plain): content, else summary/description */
  body?: string;
}

export interface ParsedFeed {
  format: string;
  title?: string;
  items: FeedItem[];
}

const text = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (v && typeof v === 'object' && typeof (v as { value?: unknown }).value === 'string') return ((v as { value: string }).value).trim() || undefined;
  return undefined;
};

function day(v: unknown): string | undefined {
  const s = text(v);
  if (!s) return undefined;
  const t = Date.parse(s);
  if (!Number.isFinite(t)) return /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined;
  // years outside 0000-9999 print as "+275760-09-13": not a day the rest of sitrep can read
  const iso = new Date(t).toISOString();
  return /^\d{4}-/.test(iso) ? iso.slice(0, 10) : undefined;
}

function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const alt = links.find((l) => l && (!l.rel || l.rel === 'alternate') && typeof l.href === 'string');
  return alt?.href;
}

/** throws InputError for something that is not a feed */
export function parseFeedItems(body: string, maxItems = 10_000): ParsedFeed {
  let parsed: { format: string; feed: any };
  try {
    parsed = parseFeed(body) as { format: string; feed: any };
  } catch (err) {
    throw new InputError(`not an RSS, Atom or JSON feed (${(err as Error).message})`);
  }
  const { format, feed } = parsed;
  const raw: any[] = (format === 'atom' ? feed.entries : feed.items) ?? [];
  const items: FeedItem[] = [];
  for (const it of raw.slice(0, maxItems)) {
    if (!it || typeof it !== 'object') continue;
    let item: FeedItem;
    if (format === 'atom') {
      item = {
        id: text(it.id) ?? atomLink(it.links) ?? '',
        link: atomLink(it.links),
        title: text(it.title),
        published: day(it.published) ?? day(it.updated),
        body: text(it.content) ?? text(it.summary),
      };
    } else if (format === 'json') {
      item = {
        id: text(it.id) ?? text(it.url) ?? '',
        link: text(it.url),
        title: text(it.title),
        published: day(it.date_published) ?? day(it.date_modified),
        body: text(it.content_html) ?? text(it.content_text) ?? text(it.summary),
      };
    } else {
      // rss and rdf
      const link = text(it.link);
      item = {
        id: text(it.guid) ?? link ?? text(it.rdf?.about) ?? '',
        link,
        title: text(it.title),
        published: day(it.pubDate) ?? day(it.dc?.dates?.[0]) ?? day(it.dc?.date),
        body: text(it.content?.encoded) ?? text(it.description),
      };
    }
    if (!item.id) item.id = `${item.title ?? ''}|${item.published ?? ''}`;
    if (item.id === '|') continue;
    items.push(item);
  }
  return { format, title: text(feed.title), items };
}

export interface FeedConfig {
  url: string;
  /** outlet name for the documents (default: the feed's title) */
  source?: string;
  /** fetch each item's link for the full article (default true); false: use the item's own text */
  fetchArticles: boolean;
  /** seconds between polls of this feed (default: the file's or --interval) */
  interval?: number;
}

export interface FeedsFile {
  interval?: number;
  allowPrivateNetworks?: boolean;
  feeds: FeedConfig[];
}

/**
 * FEEDS.yaml:
 *   interval: 900            # seconds, optional
 *   feeds:
 *     - https://example.org/rss.xml
 *     - url: https://example.org/atom.xml
 *       source: Example News
 *       fetch_articles: false
 *       interval: 300
 */
export function readFeedsFile(path: string): FeedsFile {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new InputError(`no such file: ${path}`);
    throw new InputError(`${path}: not valid YAML (${e.message.split('\n')[0]})`);
  }
  const obj = (Array.isArray(raw) ? { feeds: raw } : raw) as Record<string, unknown> | null;
  if (!obj || typeof obj !== 'object' || !Array.isArray(obj.feeds)) throw new InputError(`${path}: expected a "feeds:" list of URLs`);
  const feeds: FeedConfig[] = [];
  obj.feeds.forEach((f: unknown, i: number) => {
    const entry = typeof f === 'string' ? { url: f } : (f as Record<string, unknown>);
    if (!entry || typeof entry.url !== 'string' || !/^https?:\/\//i.test(entry.url)) {
      throw new InputError(`${path}: feed ${i + 1} needs an http(s) "url"`);
    }
    const interval = entry.interval === undefined ? undefined : Number(entry.interval);
    if (interval !== undefined && (!Number.isFinite(interval) || interval < 1)) throw new InputError(`${path}: feed ${i + 1}: interval must be ≥ 1 second`);
    feeds.push({
      url: entry.url,
      source: typeof entry.source === 'string' ? entry.source : undefined,
      fetchArticles: entry.fetch_articles !== false,
      interval,
    });
  });
  const interval = obj.interval === undefined ? undefined : Number(obj.interval);
  if (interval !== undefined && (!Number.isFinite(interval) || interval < 1)) throw new InputError(`${path}: interval must be ≥ 1 second`);
  return { interval, allowPrivateNetworks: obj.allow_private_networks === true, feeds };
}
