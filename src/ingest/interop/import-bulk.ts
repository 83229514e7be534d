// `sitrep import` on the store's bulk path (src/store/bulk.ts): the file's events stream straight
// into bulkImport (indexes, search and rollups rebuilt once at the end), with a progress bar on a
// terminal (bytes of the file read, then the rebuild phases). Same rows and report as the batched
// path; a crash keeps the committed chunks and the next open repairs the rest.
import { Transform } from 'node:stream';
import cliProgress from 'cli-progress';
import { bulkImport } from '../../store/bulk.ts';
import type { SqlStore } from '../../store/store.ts';
import { openInput } from './csv.ts';
import { emptyReport, referenceEvents, type ImportReport, type ReferenceKind } from './import.ts';

export async function importBulk(kind: ReferenceKind, file: string, size: number, store: SqlStore, opts: { progress?: boolean } = {}): Promise<ImportReport & { stored: number }> {
  const report = { ...emptyReport(kind), stored: 0 };
  const progress = opts.progress ?? !!process.stderr.isTTY;
  const bar = progress
    ? new cliProgress.SingleBar({ format: 'sitrep import [{bar}] {percentage}% | {rows} rows | {phase}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  let read = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _enc, done) {
      read += chunk.length;
      done(null, chunk);
    },
  });
  const input = openInput(file).pipe(counted);
  bar?.start(Math.max(size, 1), 0, { rows: 0, phase: 'insert' });
  try {
    report.stored = await bulkImport(store, kind, referenceEvents(kind, input, report), {
      onProgress: () => bar?.update(Math.min(read, size || read), { rows: report.rows }),
      onPhase: (phase) => bar?.update(size ? Math.min(read, size) : read, { rows: report.rows, phase: phase === 'insert' ? 'insert' : `rebuilding ${phase}` }),
    });
  } finally {
    bar?.stop();
  }
  return report;
}
