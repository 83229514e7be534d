// `sitrep start` (= `npm start`): build the dashboard if needed, open ./sitrep.db, ingest the
// bundled samples/ (idempotent: known reports are skipped), then serve http://localhost:8080.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from '../main.ts';
import { parse } from '../args.ts';
import { InputError } from '../../core/types.ts';

const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));

const command: Command = {
  summary: 'build the dashboard, load the bundled samples and serve (npm start)',
  usage: `Usage: sitrep start [--db ./sitrep.db] [--port 8080] [--host 127.0.0.1] [--no-samples]

  Builds web/dist when missing, ingests samples/ into the database (reports already stored are
  skipped), and serves the API and dashboard. Prints "sitrep: serving http://localhost:PORT".
  --port honours $PORT; SITREP_API_TOKEN enables the write routes.`,
  async run(args) {
    const { values, positionals } = parse(args, {
      db: { type: 'string', default: './sitrep.db' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string' },
      'no-samples': { type: 'boolean', default: false },
      'log-level': { type: 'string', default: 'warn' },
    });
    if (positionals.length) throw new InputError(`unexpected argument "${positionals[0]}"`);
    const { parsePort, runServer, rateLimitFromEnv, logLevelOf } = await import('../../api/run-config.ts');
    const port = parsePort(values.port ?? process.env.PORT, 8080);
    const logLevel = logLevelOf(values['log-level']);
    const rateLimit = rateLimitFromEnv();

    const { ensureWebBuilt } = await import('../../api/web-build.ts');
    await ensureWebBuilt({ log: (m) => process.stderr.write(`${m}\n`) });

    const { openStore } = await import('../../store/index.ts');
    const store = await openStore(values.db);
    try {
      if (!values['no-samples'] && existsSync(SAMPLES)) await ingestSamples(store);
    } catch (err) {
      await store.close().catch(() => undefined);
      throw err;
    }
    const local = values.host === '127.0.0.1' || values.host === '0.0.0.0' || values.host === '::';
    return runServer({
      store,
      host: values.host!,
      displayHost: local ? 'localhost' : values.host,
      port,
      apiToken: process.env.SITREP_API_TOKEN,
      readToken: process.env.SITREP_READ_TOKEN,
      rateLimit,
      logLevel,
    });
  },
};

async function ingestSamples(store: import('../../core/interfaces.ts').Store): Promise<void> {
  const { expandInputs, readInputs } = await import('../../ingest/sources.ts');
  const { ingestDocuments, formatSummary } = await import('../../ingest/pipeline.ts');
  const items = readInputs(expandInputs([SAMPLES]), { known: (url) => store.hasDocument(url) });
  const summary = await ingestDocuments(store, items, { keepResults: false });
  process.stderr.write(`sitrep: samples: ${formatSummary(summary)}\n`);
}

export default command;
