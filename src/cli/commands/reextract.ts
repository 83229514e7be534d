// `sitrep reextract [--db DB]`: re-runs the current extractor over every stored document and
// rebuilds the merged events, keeping event ids, splits and analyst edits.
import type { Command } from '../main.ts';
import { parse } from '../args.ts';

const command: Command = {
  summary: 'rebuild events from stored documents with the current extractor (edits kept)',
  usage: `Usage: sitrep reextract [--db DB] [--json]

  --db    SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)
  --json  print the figures as JSON on stdout`,
  async run(args) {
    const { values } = parse(args, { db: { type: 'string' }, json: { type: 'boolean', default: false } });
    const { openStore } = await import('../../store/index.ts');
    const { reextractAll } = await import('../../store/reextract.ts');
    const { loadExtractor } = await import('../extractor.ts');
    const store = await openStore(values.db);
    try {
      const extract = await loadExtractor();
      let last = 0;
      const stats = await reextractAll(store, extract, (done, total) => {
        if (process.stderr.isTTY && (done - last >= 50 || done === total)) {
          last = done;
          process.stderr.write(`\rsitrep reextract: ${done}/${total} documents`);
        }
      });
      if (process.stderr.isTTY) process.stderr.write('\n');
      if (values.json) process.stdout.write(JSON.stringify(stats) + '\n');
      else {
        process.stdout.write(
          `${stats.documents} documents re-extracted (${stats.failed} failed, old extraction kept): ` +
            `${stats.extractions} extracted events → ${stats.events} events (${stats.merged} merges); ` +
            `${stats.edits_applied} analyst edits re-applied, ${stats.edits_orphaned} orphaned\n`,
        );
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
export default command;
