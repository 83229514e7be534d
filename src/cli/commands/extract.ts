// `sitrep extract <file|-> [--published D] [--source S] [--format json|jsonl|csv|geojson]`
// Prints only the result on stdout; warnings and per-document problems go to stderr.
import type { Command } from '../main.ts';
import { parse, isoDate } from '../args.ts';
import { InputError, type Extraction } from '../../core/types.ts';
import { readDocuments } from '../../ingest/documents.ts';
import { loadExtractor } from '../extractor.ts';

const FORMATS = ['json', 'jsonl', 'csv', 'geojson'] as const;

const command: Command = {
  summary: 'extract events from a report (.txt, .html, .jsonl or - for stdin)',
  usage: `Usage: sitrep extract <file|-> [--published YYYY-MM-DD] [--source NAME] [--format json|jsonl|csv|geojson]

  --published  the report's publication date; anchors "on Tuesday", "last week"
  --source     the outlet, added to each event's source
  --format     json (default): {"documents":[{"id","events","mentions"}]}
               jsonl: one event per line with doc_id; csv: ACLED columns; geojson: FeatureCollection`,
  async run(args) {
    const { values, positionals } = parse(args, {
      published: { type: 'string' },
      source: { type: 'string' },
      format: { type: 'string', default: 'json' },
    });
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new InputError(`unknown --format "${values.format}" (json, jsonl, csv or geojson)`);
    if (positionals.length !== 1) throw new InputError('give exactly one input: a file path or - for stdin');
    const published = isoDate(values.published, '--published');
    const batch = readDocuments(positionals[0], { published, source: values.source });
    for (const e of batch.errors) process.stderr.write(`sitrep extract: skipped ${e.message}\n`);
    if (batch.documents.length === 0 && batch.errors.length > 0) throw new InputError(`no readable document in ${positionals[0]}`);

    const extract = await loadExtractor();
    const results: Extraction[] = [];
    for (const doc of batch.documents) {
      try {
        const r = extract(doc);
        for (const w of r.warnings) process.stderr.write(`sitrep extract: ${doc.id}: ${w}\n`);
        results.push(r);
      } catch (err) {
        // one bad document never stops the batch
        process.stderr.write(`sitrep extract: ${doc.id}: failed: ${(err as Error).message}\n`);
      }
    }
    const events = results.flatMap((r) => r.events.map((e) => ({ ...e, doc_id: r.id })));
    if (format === 'json') {
      const out = { documents: results.map((r) => ({ id: r.id, events: r.events, mentions: r.mentions })) };
      process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    } else if (format === 'jsonl') {
      for (const e of events) process.stdout.write(JSON.stringify(e) + '\n');
    } else {
      const formats = await import('../../ingest/interop/formats.ts');
      if (format === 'csv') process.stdout.write(formats.toCsv(events));
      else process.stdout.write(JSON.stringify(formats.toGeoJSON(events)) + '\n');
    }
    return 0;
  },
};
export default command;
