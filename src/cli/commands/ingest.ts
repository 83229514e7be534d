// `sitrep ingest <file|dir|url...> [--db DB] [--published D] [--source S] [--allow-private-networks]`
// Reads reports from files, folders (recursive) and URLs, extracts and stores them. One bad input
// never stops the batch; the summary says what happened to each kind of input.
import type { Command } from '../main.ts';
import { parse, isoDate } from '../args.ts';
import { InputError } from '../../core/types.ts';

export function envAllowsPrivate(): boolean {
  return /^(1|true|yes)$/i.test(process.env.SITREP_ALLOW_PRIVATE_NETWORKS ?? '');
}

const command: Command = {
  summary: 'ingest reports from files, folders and URLs into the database',
  usage: `Usage: sitrep ingest <file|dir|url...> [--db DB] [--published YYYY-MM-DD] [--source NAME]
                     [--allow-private-networks] [--progress] [--json]

  Files: .txt, .html, .jsonl ({id,text,published,source,url} a line); folders are read recursively.
  URLs: fetched (5 MB cap, 5 redirects, 30 s) and read with Readability; private, loopback and
  link-local addresses are refused unless --allow-private-networks (or SITREP_ALLOW_PRIVATE_NETWORKS=1).
  --db         SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)
  --published  publication date for inputs that do not carry one
  --source     outlet name for inputs that do not carry one
  --progress   show the progress bar even when stderr is not a terminal
  --json       print the summary as JSON on stdout
Exit 0 when anything was processed, 2 when every input was bad.`,
  async run(args) {
    const { values, positionals } = parse(args, {
      db: { type: 'string' },
      published: { type: 'string' },
      source: { type: 'string' },
      'allow-private-networks': { type: 'boolean', default: false },
      progress: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length === 0) throw new InputError('give at least one file, folder or URL');
    const published = isoDate(values.published, '--published');
    const allowPrivateNetworks = values['allow-private-networks'] || envAllowsPrivate();
    const { expandInputs, readInputs } = await import('../../ingest/sources.ts');
    const { ingestDocuments, formatSummary } = await import('../../ingest/pipeline.ts');
    const { closeFetchAgents } = await import('../../ingest/fetch.ts');
    const { openStore } = await import('../../store/index.ts');

    const inputs = expandInputs(positionals);
    const store = await openStore(values.db);
    let bar: import('cli-progress').SingleBar | null = null;
    try {
      if (values.progress || process.stderr.isTTY) {
        const { SingleBar, Presets } = await import('cli-progress');
        bar = new SingleBar(
          { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} inputs | {docs} docs, {fresh} new, {events} events', hideCursor: true, noTTYOutput: !process.stderr.isTTY, notTTYSchedule: 1000 },
          Presets.shades_classic,
        );
        bar.start(inputs.length, 0, { docs: 0, fresh: 0, events: 0 });
      }
      let done = 0;
      const items = readInputs(inputs, {
        published,
        source: values.source,
        fetch: { allowPrivateNetworks },
        known: (url) => store.hasDocument(url),
        onInput: () => bar?.update(++done),
      });
      const summary = await ingestDocuments(store, items, {
        keepResults: false,
        onProgress: (s) => bar?.update(done, { docs: s.read, fresh: s.new, events: s.events_created }),
      });
      bar?.stop();
      bar = null;
      const shown = summary.skipped.slice(0, 50);
      for (const k of shown) process.stderr.write(`sitrep ingest: skipped ${k.where}: ${k.reason}\n`);
      if (summary.skipped.length > shown.length) process.stderr.write(`sitrep ingest: … and ${summary.skipped.length - shown.length} more skipped\n`);
      process.stderr.write(`sitrep ingest: ${formatSummary(summary)}\n`);
      if (values.json) {
        const { results: _r, ...rest } = summary;
        process.stdout.write(JSON.stringify(rest) + '\n');
      }
      if (summary.read === 0 && summary.skipped.length > 0) {
        throw new InputError(`nothing ingested: all ${summary.skipped.length} inputs were unreadable or refused (see above)`);
      }
      return 0;
    } finally {
      bar?.stop();
      await store.close();
      await closeFetchAgents();
    }
  },
};
export default command;
