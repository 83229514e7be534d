// Builds the sitrep HTTP server: one Fastify plugin per area (events, aggregates, documents,
// alerts, docs) plus the dashboard's static files. Nothing global but the store and the config.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import type { Store } from '../core/interfaces.ts';
import { requireRead, type AuthConfig } from './auth.ts';
import type { ApiContext, IngestFn } from './context.ts';
import { ResponseCache } from './cache.ts';
import { answerFromCache } from './cached-reply.ts';
import { storeVersion } from './store-version.ts';
import type { Reads } from './readers.ts';
import { errorBody, installErrorHandlers } from './errors.ts';
import { eventSchema, errorSchema } from './schemas.ts';
import { installSecurityHeaders, setSecurityHeaders } from './security.ts';
import { eventRoutes } from './routes/events.ts';
import { aggregateRoutes } from './routes/aggregates.ts';
import { documentRoutes } from './routes/documents.ts';
import { alertRoutes } from './routes/alerts.ts';
import { docsRoutes } from './routes/docs.ts';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface ServerOptions extends AuthConfig {
  store: Store;
  /** read calls of the GET routes (default: the store; `sitrep serve` passes a ReaderPool) */
  reads?: Reads;
  ingest?: IngestFn;
  /** folder of the built dashboard; default web/dist. false: API only */
  webRoot?: string | false;
  /** requests per client per window (default 600 a minute); false turns the limiter off (bench only) */
  rateLimit?: { max: number; timeWindow: number | string } | false;
  /** largest request body in bytes (default 2 MiB) */
  bodyLimit?: number;
  /** how long identical read responses are reused, in ms (default 2000; 0 = off) */
  cacheTtlMs?: number;
  /** the response cache to use (default: a new one with cacheTtlMs) */
  cache?: ResponseCache;
  /** log requests to stderr at this level (default: no logging) */
  logLevel?: 'fatal' | 'error' | 'warn' | 'info' | 'debug';
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: opts.bodyLimit ?? 2 * 1024 * 1024,
    requestTimeout: 30_000,
    // tokens travel in the Authorization header; the logger never sees headers, and redacts them if it did
    logger: opts.logLevel
      ? { level: opts.logLevel, stream: process.stderr, redact: ['req.headers.authorization', 'req.headers.cookie'] }
      : false,
    // strict input: unknown parameters are a 400, never silently dropped
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
    // the router's own errors (an over-long path parameter, a malformed %-escape) skip the onSend
    // hook: answer them with the same JSON body and security headers, without echoing the URL
    routerOptions: { maxParamLength: 500 },
    frameworkErrors: (err, _req, res) => {
      const reply = res as unknown as FastifyReply;
      setSecurityHeaders(reply);
      const message = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'a path parameter is longer than 500 characters' : 'malformed URL (bad percent-encoding)';
      void reply.code(400).type('application/json; charset=utf-8').send(errorBody(400, message));
    },
  });
  const ctx: ApiContext = {
    store: opts.store,
    reads: opts.reads ?? opts.store,
    auth: { apiToken: opts.apiToken, readToken: opts.readToken },
    ingest: opts.ingest,
    cache: opts.cache ?? new ResponseCache(opts.cacheTtlMs ?? 2000),
  };
  ctx.cache.version ??= storeVersion(opts.store);

  installErrorHandlers(app);
  installSecurityHeaders(app);
  if (opts.rateLimit !== false) {
    const rl = opts.rateLimit ?? { max: 600, timeWindow: 60_000 };
    await app.register(rateLimit, {
      max: rl.max,
      timeWindow: rl.timeWindow,
      errorResponseBuilder: (_req, c) => {
        const err = new Error(`rate limit exceeded: ${c.max} requests per ${c.after}; retry later`) as Error & { statusCode: number };
        err.statusCode = 429;
        return err;
      },
    });
  }
  app.addSchema(errorSchema);
  app.addSchema(eventSchema);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'sitrep',
        version: '0.1.0',
        description: 'Conflict events extracted from news reports, with the evidence behind every field. Reads are open unless the server sets a read token; writes need "Authorization: Bearer <token>".',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });

  const readGuard = requireRead(ctx.auth);
  if (ctx.auth.readToken) {
    app.addHook('onRequest', async (req, reply) => {
      if ((req.method === 'GET' || req.method === 'HEAD') && req.url.startsWith('/api/')) await readGuard(req, reply);
    });
  }
  // preParsing runs after every onRequest hook, the rate limiter's route-level one included: a
  // fresh cached read is answered here, before validation (its URL was validated when produced).
  // A callback hook: an early reply.send() ends the request without calling done
  app.addHook('preParsing', (req, reply, payload, done) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && answerFromCache(ctx, req, reply)) return;
    done(null, payload);
  });

  await app.register(async (a) => eventRoutes(a, ctx));
  await app.register(async (a) => aggregateRoutes(a, ctx));
  await app.register(async (a) => documentRoutes(a, ctx));
  await app.register(async (a) => alertRoutes(a, ctx));
  await app.register(async (a) => docsRoutes(a));

  const webRoot = opts.webRoot === undefined ? DEFAULT_WEB_ROOT : opts.webRoot;
  if (webRoot && existsSync(webRoot)) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: ['index.html'], maxAge: 0 });
  } else if (webRoot !== false) {
    app.get('/', { schema: { hide: true } }, async (_req, reply) =>
      reply.code(503).send(errorBody(503, 'the dashboard is not built: run `npx vite build web` or `npm start`')),
    );
  }
  return app;
}
