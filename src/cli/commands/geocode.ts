// `sitrep geocode <file|-> [--published D] [--format jsonl]`: one place mention a line, as
// ../shared/spec/EVENT.md says: {"doc_id","start","end","text","name","latitude","longitude",
// "country","admin1","geo_precision","geonameid"}.
import type { Command } from '../main.ts';
import { parse, isoDate } from '../args.ts';
import { InputError } from '../../core/types.ts';
import { readDocuments } from '../../ingest/documents.ts';
import { loadGeocoder } from '../../geo/index.ts';
import { segment } from '../../extract/segment.ts';

const command: Command = {
  summary: 'list the places named in a report, resolved (one JSON line each)',
  usage: `Usage: sitrep geocode <file|-> [--published YYYY-MM-DD] [--format jsonl] [--all]

  Prints one place mention a line:
  {"doc_id","start","end","text","name","latitude","longitude","country","admin1","geo_precision","geonameid"}
  --format   jsonl (the only format)
  --all      also list countries and capitals used as actors ("Washington said") and demonyms
             ("Russian diplomats": Russia) and places opening a longer name ("the Dublin Arts Council")`,
  async run(args) {
    const { values, positionals } = parse(args, {
      published: { type: 'string' },
      source: { type: 'string' },
      format: { type: 'string', default: 'jsonl' },
      all: { type: 'boolean', default: false },
    });
    if (values.format !== 'jsonl') throw new InputError(`unknown --format "${values.format}" (jsonl)`);
    if (positionals.length !== 1) throw new InputError('give exactly one input: a file path or - for stdin');
    const published = isoDate(values.published, '--published');
    const batch = readDocuments(positionals[0], { published, source: values.source });
    for (const e of batch.errors) process.stderr.write(`sitrep geocode: skipped ${e.message}\n`);
    if (batch.documents.length === 0 && batch.errors.length > 0) throw new InputError(`no readable document in ${positionals[0]}`);
    const geo = loadGeocoder();
    const lines: string[] = [];
    for (const doc of batch.documents) {
      try {
        const places = geo.findPlaces(doc, segment(doc.text), { keepActors: values.all, locationsOnly: true });
        for (const p of places) {
          lines.push(JSON.stringify({
            doc_id: doc.id, start: p.start, end: p.end, text: p.text, name: p.name,
            latitude: p.latitude, longitude: p.longitude, country: p.country, admin1: p.admin1 ?? '',
            geo_precision: p.geo_precision, geonameid: p.geonameid ?? null,
          }));
        }
      } catch (err) {
        process.stderr.write(`sitrep geocode: ${doc.id}: failed: ${(err as Error).message}\n`);
      }
    }
    if (lines.length) process.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
};
export default command;
