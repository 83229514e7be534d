// `sitrep import <acled|ucdp|gdelt> FILE [--db DB]`: reference events from ACLED CSV (2020 and
// current schemas), UCDP GED CSV or a GDELT 2.0 event export, streamed in batches. Bad rows are
// listed with their line; the rest of the file goes on.
import type { Command } from '../main.ts';
import { parse } from '../args.ts';
import { InputError } from '../../core/types.ts';

const command: Command = {
  summary: 'import reference events: ACLED CSV, UCDP GED CSV or GDELT 2.0 events',
  usage: `Usage: sitrep import <acled|ucdp|gdelt> FILE [--db DB] [--json] [--bulk | --no-bulk]

  acled  ACLED CSV export, 2020 schema (numeric inter codes, 9-May-20 dates) or current schema
         (disorder_type, "NA", "28 December 2022" dates, inter codes or labels)
  ucdp   UCDP GED CSV (header row): state-based and non-state violence → Battles, one-sided →
         Violence against civilians; fatalities = best estimate
  gdelt  GDELT 2.0 event export (.export.CSV: tab-separated, no header, 61 columns); only CAMEO codes
         with a sound ACLED type (data/interop/cameo_acled.json) are kept, the rest counted by reason
  FILE   a path, or - for standard input
  --json print the import report as JSON on stdout
  --bulk / --no-bulk  the bulk path (indexes, search and rollups dropped and rebuilt once, with a
         progress bar) or row batches; by default bulk for a file of 16 MB or more that is large
         beside what the store holds already
Events are stored with origin acled/ucdp/gdelt and ids acled:<event_id_cnty>, ucdp:<id>, gdelt:<id>;
importing the same file again updates them (unless an analyst edited them).`,
  async run(args) {
    const { values, positionals } = parse(args, {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      bulk: { type: 'boolean', default: false },
      'no-bulk': { type: 'boolean', default: false },
    });
    if (values.bulk && values['no-bulk']) throw new InputError('give --bulk or --no-bulk, not both');
    const { REFERENCE_KINDS, importReferenceStream, formatImportReport } = await import('../../ingest/interop/import.ts');
    const [kind, file] = positionals;
    if (!kind || !(REFERENCE_KINDS as readonly string[]).includes(kind)) throw new InputError(`give the kind of file first: ${REFERENCE_KINDS.join(', ')}`);
    if (!file || positionals.length !== 2) throw new InputError('give exactly one FILE (or - for stdin)');
    const { openInput } = await import('../../ingest/interop/csv.ts');
    const { statSync } = await import('node:fs');
    let size = 0;
    if (file !== '-') {
      try {
        const st = statSync(file);
        if (st.isDirectory()) throw new InputError(`${file} is a folder, not a file`);
        size = st.size;
      } catch (err) {
        if (err instanceof InputError) throw err;
        throw new InputError(`no such file: ${file}`);
      }
    }
    const { openStore } = await import('../../store/index.ts');
    const store = await openStore(values.db);
    try {
      if (values.bulk || (!values['no-bulk'] && (await bulkPays(store, size)))) {
        const { importBulk } = await import('../../ingest/interop/import-bulk.ts');
        const report = await importBulk(kind as 'acled', file, size, store);
        process.stderr.write(`sitrep import: ${formatImportReport(report, file)}\n`);
        if (values.json) process.stdout.write(JSON.stringify(report) + '\n');
        if (report.imported === 0 && report.badCount > 0) throw new InputError(`no row of ${file} could be imported`);
        return 0;
      }
      const report = await importReferenceStream(kind as 'acled', openInput(file), store, {
        onBatch: (r) => {
          if (process.stderr.isTTY) process.stderr.write(`\rsitrep import: ${r.rows} rows, ${r.imported} imported…`);
        },
      });
      if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
      process.stderr.write(`sitrep import: ${formatImportReport(report, file)}\n`);
      if (values.json) process.stdout.write(JSON.stringify(report) + '\n');
      if (report.imported === 0 && report.badCount > 0) throw new InputError(`no row of ${file} could be imported`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
/** bulk when the file is big (≥ 16 MB) and its rows (~700 bytes each) are at least a quarter of
 * what the store holds: rebuilding the indexes of a big store for a small file costs more */
async function bulkPays(store: { stats(): Promise<{ events: number }> }, size: number): Promise<boolean> {
  if (size < 16 << 20) return false;
  return (await store.stats()).events < (size / 700) * 4;
}

export default command;
