// Fetches a URL for ingest or a feed: the SSRF guard on every hop, redirects followed by hand
// (max 5, loops caught), connect/header/idle/total timeouts, a size cap that aborts the download,
// a content-type check, and the charset the server declares. Every failure is a FetchError whose
// message fits on one summary line.
import { Agent, request } from 'undici';
import { BlockedAddressError, checkUrl, guardedLookup, makeGuardedLookup, type AddressPolicy, type Resolver } from './ssrf.ts';

export interface FetchOptions {
  allowPrivateNetworks?: boolean;
  /** abort beyond this many bytes (default 5 MB) */
  maxBytes?: number;
  maxRedirects?: number;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  /** longest silence between two body chunks */
  bodyTimeoutMs?: number;
  /** the whole fetch, redirects included: a server dripping a byte a second still ends */
  totalTimeoutMs?: number;
  /** accepted media types; default: HTML, plain text and XML */
  accept?: RegExp;
  /** conditional GET (feeds) */
  etag?: string;
  lastModified?: string;
  userAgent?: string;
  /** DNS resolver behind the guard (tests stand in a name that points inward) */
  resolver?: Resolver;
  /** which addresses may be contacted (tests narrow it); default: public addresses only */
  policy?: AddressPolicy;
}

export interface Fetched {
  url: string;
  status: number;
  contentType: string;
  body: string;
  etag?: string;
  lastModified?: string;
  notModified: boolean;
}

export type FetchErrorKind =
  | 'blocked' | 'too_large' | 'timeout' | 'redirect_loop' | 'too_many_redirects' | 'http_status' | 'content_type' | 'network' | 'bad_url';

export class FetchError extends Error {
  constructor(readonly kind: FetchErrorKind, message: string) {
    super(message);
    this.name = 'FetchError';
  }
}

export const ARTICLE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain|text\/xml|application\/xml)$/;
export const FEED_TYPES = /^(application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml|application\/feed\+json|application\/json|text\/html|text\/plain)$/;

const MB = 1024 * 1024;
const agents = new Map<string, Agent>();

/** one pooled agent per policy and timeout set; the guarded one resolves through the SSRF check */
function agentFor(
  o: Required<Pick<FetchOptions, 'allowPrivateNetworks' | 'connectTimeoutMs' | 'headersTimeoutMs' | 'bodyTimeoutMs'>>,
  resolver?: Resolver,
  policy?: AddressPolicy,
): Agent {
  const custom = !!(resolver || policy);
  const key = `${o.allowPrivateNetworks}:${o.connectTimeoutMs}:${o.headersTimeoutMs}:${o.bodyTimeoutMs}`;
  let a = custom ? undefined : agents.get(key);
  if (!a) {
    const lookup = custom ? makeGuardedLookup(resolver, policy) : guardedLookup;
    a = new Agent({
      connect: { timeout: o.connectTimeoutMs, ...(o.allowPrivateNetworks ? {} : { lookup: lookup as any }) },
      headersTimeout: o.headersTimeoutMs,
      bodyTimeout: o.bodyTimeoutMs,
      keepAliveTimeout: 1000,
    });
    agents.set(custom ? `${key}:${agents.size}` : key, a);
  }
  return a;
}

/** closes pooled connections (tests and the end of a CLI run) */
export async function closeFetchAgents(): Promise<void> {
  const all = [...agents.values()];
  agents.clear();
  await Promise.all(all.map((a) => a.close().catch(() => undefined)));
}

function charsetOf(contentType: string): string {
  const m = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType);
  return m ? m[1].toLowerCase() : 'utf-8';
}

function decode(buf: Buffer, contentType: string): string {
  try {
    return new TextDecoder(charsetOf(contentType)).decode(buf);
  } catch {
    return new TextDecoder('utf-8').decode(buf);
  }
}

function classify(err: unknown, url: string): FetchError {
  if (err instanceof FetchError) return err;
  const e = err as Error & { code?: string; cause?: any };
  const inner = e.cause ?? e;
  if (err instanceof BlockedAddressError || inner instanceof BlockedAddressError || inner?.code === 'ESSRFBLOCKED') {
    return new FetchError('blocked', (inner as Error).message);
  }
  const code = String(e.code ?? inner?.code ?? '');
  if (e.name === 'TimeoutError' || inner?.name === 'TimeoutError') return new FetchError('timeout', `${url}: timed out (total time limit)`);
  if (/TIMEOUT/i.test(code)) return new FetchError('timeout', `${url}: timed out (${code})`);
  return new FetchError('network', `${url}: ${code ? code + ' ' : ''}${(inner?.message ?? e.message ?? String(err)).split('\n')[0]}`);
}

/** GET `raw`, following up to maxRedirects redirects, each one re-checked */
export async function fetchUrl(raw: string, opts: FetchOptions = {}): Promise<Fetched> {
  const allowPrivateNetworks = opts.allowPrivateNetworks ?? false;
  const maxBytes = opts.maxBytes ?? 5 * MB;
  const maxRedirects = opts.maxRedirects ?? 5;
  const accept = opts.accept ?? ARTICLE_TYPES;
  const agent = agentFor({
    allowPrivateNetworks,
    connectTimeoutMs: opts.connectTimeoutMs ?? 5000,
    headersTimeoutMs: opts.headersTimeoutMs ?? 10_000,
    bodyTimeoutMs: opts.bodyTimeoutMs ?? 10_000,
  }, opts.resolver, opts.policy);
  const signal = AbortSignal.timeout(opts.totalTimeoutMs ?? 30_000);
  const seen = new Set<string>();
  let current: URL;
  try {
    current = checkUrl(raw, allowPrivateNetworks, opts.policy);
  } catch (err) {
    throw new FetchError(/valid URL|URLs are not/.test((err as Error).message) ? 'bad_url' : 'blocked', (err as Error).message);
  }
  for (let hop = 0; ; hop++) {
    seen.add(current.href);
    const headers: Record<string, string> = {
      'user-agent': opts.userAgent ?? 'sitrep/0.1 (+conflict event extraction)',
      accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1',
    };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    let res;
    for (let attempt = 0; ; attempt++) {
      try {
        res = await request(current, { method: 'GET', dispatcher: agent, headers, signal });
        break;
      } catch (err) {
        // a kept-alive socket the server closed a moment ago: a GET is safe to send once more
        const code = String((err as { code?: string }).code ?? '');
        if (attempt === 0 && !signal.aborted && /^(UND_ERR_SOCKET|ECONNRESET|EPIPE)$/.test(code)) continue;
        throw classify(err, current.href);
      }
    }
    const status = res.statusCode;
    const h = (name: string) => {
      const v = res.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    if (status >= 300 && status < 400 && status !== 304) {
      await res.body.dump().catch(() => undefined);
      const location = h('location');
      if (!location) throw new FetchError('http_status', `${current.href}: HTTP ${status} without a Location header`);
      if (hop >= maxRedirects) throw new FetchError('too_many_redirects', `${raw}: more than ${maxRedirects} redirects`);
      let next: URL;
      try {
        next = checkUrl(new URL(location, current), allowPrivateNetworks, opts.policy);
      } catch (err) {
        throw new FetchError('blocked', `redirect from ${current.href} ${(err as Error).message}`);
      }
      if (seen.has(next.href)) throw new FetchError('redirect_loop', `${raw}: redirect loop (${next.href} again)`);
      current = next;
      continue;
    }
    const base = { url: current.href, status, etag: h('etag'), lastModified: h('last-modified') };
    if (status === 304) {
      await res.body.dump().catch(() => undefined);
      return { ...base, contentType: '', body: '', notModified: true };
    }
    if (status < 200 || status >= 300) {
      await res.body.dump().catch(() => undefined);
      throw new FetchError('http_status', `${current.href}: HTTP ${status}`);
    }
    const contentType = h('content-type') ?? '';
    const media = contentType.split(';')[0].trim().toLowerCase();
    if (media && !accept.test(media)) {
      await res.body.dump().catch(() => undefined);
      throw new FetchError('content_type', `${current.href}: content type ${media} is not a report (HTML, text or XML)`);
    }
    const declared = Number(h('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      res.body.destroy();
      throw new FetchError('too_large', `${current.href}: ${(declared / MB).toFixed(1)} MB is over the ${(maxBytes / MB).toFixed(0)} MB limit`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of res.body) {
        size += chunk.length;
        if (size > maxBytes) {
          res.body.destroy();
          throw new FetchError('too_large', `${current.href}: download passed the ${(maxBytes / MB).toFixed(0)} MB limit and was aborted`);
        }
        chunks.push(chunk as Buffer);
      }
    } catch (err) {
      throw classify(err, current.href);
    }
    return { ...base, contentType, body: decode(Buffer.concat(chunks), contentType), notModified: false };
  }
}
