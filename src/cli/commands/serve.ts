// `sitrep serve [--db DB] [--host H] [--port N] [--workers N]`: the API under /api and the dashboard at /.
import type { Command } from '../main.ts';
import { parse } from '../args.ts';
import { InputError } from '../../core/types.ts';

const command: Command = {
  summary: 'serve the HTTP API (/api) and the dashboard (/)',
  usage: `Usage: sitrep serve [--db DB] [--host 127.0.0.1] [--port 8080] [--token T] [--log-level L] [--readers N]
                    [--workers N] [--cache-ms MS]

  --db         SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)
  --host       address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --port       port (default $PORT or 8080)
  --token      bearer token for write routes (prefer SITREP_API_TOKEN: flags show up in ps)
  --log-level  fatal|error|warn|info|debug request log on stderr (default warn)
  --readers    reader threads over a SQLite file, so a slow query never blocks other requests
               (default: one per core, 2..4; 0 = read on the server's own connection); per worker
  --workers    server processes sharing the port (default 1). Each has its own connection, reader
               threads and cache; writes stay one at a time (SQLite BEGIN IMMEDIATE); a write
               clears every worker's cache; the rate limit is split between the workers.
  --cache-ms   how long an identical read (same URL) is answered from memory, in ms (default
               2000; 0 = every read queries the store). A write through this server clears it.
  Reads are open unless SITREP_READ_TOKEN is set. The rate limit per client is
  SITREP_RATE_LIMIT requests a minute (default 600; 0 turns it off).
  The dashboard is served from web/dist (build it with \`npx vite build web\` or \`npm start\`).`,
  async run(args) {
    const { values, positionals } = parse(args, {
      db: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string' },
      token: { type: 'string' },
      'log-level': { type: 'string', default: 'warn' },
      readers: { type: 'string' },
      workers: { type: 'string' },
      'cache-ms': { type: 'string' },
    });
    if (positionals.length) throw new InputError(`unexpected argument "${positionals[0]}"`);
    const { parsePort, runServer, rateLimitFromEnv, rateLimitPerWorker, logLevelOf, readersOf, cacheMsOf, workersOf } = await import('../../api/run-config.ts');
    const { openStore } = await import('../../store/index.ts');
    const port = parsePort(values.port ?? process.env.PORT, 8080);
    const logLevel = logLevelOf(values['log-level']);
    const readers = readersOf(values.readers);
    const cacheTtlMs = cacheMsOf(values['cache-ms']);
    const workers = workersOf(values.workers);
    const apiToken = values.token ?? process.env.SITREP_API_TOKEN;
    const cluster = (await import('node:cluster')).default;
    if (workers > 1 && cluster.isPrimary) {
      // migrate once here, so the workers only open the store; then fork them
      await (await openStore(values.db)).close();
      const { runPrimary } = await import('../../api/cluster.ts');
      const notice = apiToken ? undefined : 'sitrep: write routes are disabled (set SITREP_API_TOKEN to enable POST /api/documents and PATCH /api/events/:id)';
      return runPrimary({ workers, displayHost: values.host!, notice });
    }
    const { clusterSize } = await import('../../api/cluster.ts');
    const rateLimit = rateLimitPerWorker(rateLimitFromEnv(), clusterSize());
    const store = await openStore(values.db);
    return runServer({
      store,
      host: values.host!,
      port,
      apiToken,
      readToken: process.env.SITREP_READ_TOKEN,
      rateLimit,
      logLevel,
      readers,
      cacheTtlMs,
    });
  },
};

export default command;
