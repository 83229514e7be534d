// `sitrep watch FEEDS.yaml [--db DB] [--once] [--interval S]`: polls RSS/Atom/JSON feeds and ingests
// new items. State (ETag, Last-Modified, seen items, errors) lives in the database: a restart
// re-reads nothing; a failing feed backs off exponentially while the others go on.
import type { Command } from '../main.ts';
import { parse } from '../args.ts';
import { InputError } from '../../core/types.ts';
import { envAllowsPrivate } from './ingest.ts';

const command: Command = {
  summary: 'poll RSS/Atom feeds and ingest new items',
  usage: `Usage: sitrep watch FEEDS.yaml [--db DB] [--once] [--interval SECONDS] [--allow-private-networks]

  FEEDS.yaml:   interval: 900
                feeds:
                  - https://example.org/rss.xml
                  - url: https://example.org/atom.xml
                    source: Example News     # outlet name (default: the feed's title)
                    fetch_articles: false    # use the item's text instead of fetching its link
                    interval: 300            # this feed's own interval
  --once      poll every feed once and exit (exit 1 if a feed failed)
  --interval  seconds between polls (default 900); failures back off: interval·2^errors, ≤ 6 h`,
  async run(args) {
    const { values, positionals } = parse(args, {
      db: { type: 'string' },
      once: { type: 'boolean', default: false },
      interval: { type: 'string' },
      'allow-private-networks': { type: 'boolean', default: false },
    });
    if (positionals.length !== 1) throw new InputError('give one FEEDS.yaml file');
    const { readFeedsFile } = await import('../../ingest/feeds.ts');
    const file = readFeedsFile(positionals[0]);
    const interval = values.interval !== undefined ? Number(values.interval) : (file.interval ?? 900);
    if (!Number.isFinite(interval) || interval < 1) throw new InputError('--interval must be a number of seconds ≥ 1');
    const allowPrivateNetworks = values['allow-private-networks'] || file.allowPrivateNetworks || envAllowsPrivate();
    const { pollFeed } = await import('../../ingest/watch.ts');
    const { formatSummary } = await import('../../ingest/pipeline.ts');
    const { closeFetchAgents } = await import('../../ingest/fetch.ts');
    const { openStore } = await import('../../store/index.ts');
    const store = await openStore(values.db);
    const abort = new AbortController();
    const stop = () => abort.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const log = (s: string) => process.stderr.write(`sitrep watch: ${s}\n`);
    let failed = 0;
    try {
      for (;;) {
        let soonest = Infinity;
        for (const feed of file.feeds) {
          if (abort.signal.aborted) break;
          const r = await pollFeed(store, feed, { interval, fetch: { allowPrivateNetworks } }, values.once);
          soonest = Math.min(soonest, r.nextPoll.getTime());
          if (r.status === 'error') {
            failed++;
            log(`${feed.url}: error: ${r.error} (next try ${r.nextPoll.toISOString()})`);
          } else if (r.status === 'not_modified') log(`${feed.url}: not modified`);
          else if (r.status === 'polled') {
            log(`${feed.url}: ${r.items} items, ${r.newItems} new → ${r.summary ? formatSummary(r.summary) : ''}`);
            for (const k of r.summary?.skipped ?? []) log(`  skipped ${k.where}: ${k.reason}`);
          }
        }
        if (values.once || abort.signal.aborted) break;
        const wait = Math.max(1000, Math.min(soonest - Date.now(), interval * 1000));
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, wait);
          abort.signal.addEventListener('abort', () => {
            clearTimeout(t);
            resolve();
          }, { once: true });
        });
        if (abort.signal.aborted) break;
      }
      return values.once && failed > 0 ? 1 : 0;
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await store.close();
      await closeFetchAgents();
    }
  },
};
export default command;
