// `sitrep export <acled|geojson|jsonl> [--db] [--country C] [--from D] [--to D] [--event-type T] [--origin O]`
// Streams stored events to stdout: ACLED CSV (the current ACLED export's 31 columns, in its order),
// a GeoJSON FeatureCollection (RFC 7946, [lon, lat]) or one JSON event a line.
import type { Command } from '../main.ts';
import { parse, isoDate } from '../args.ts';
import { InputError } from '../../core/types.ts';
import type { EventQuery } from '../../core/interfaces.ts';

const command: Command = {
  summary: 'export stored events as ACLED CSV, GeoJSON or JSONL (stdout)',
  usage: `Usage: sitrep export <acled|geojson|jsonl> [--db DB] [--country C] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                     [--event-type T] [--admin1 A] [--actor A] [--origin sitrep|acled|ucdp|gdelt]
                     [--min-confidence X] [--limit N] [--extended]

  acled    CSV with ACLED's column names and order (current schema: event_id_cnty, event_date, year,
           time_precision, disorder_type, … fatalities, tags, timestamp); event_date is YYYY-MM-DD;
           --extended appends sitrep's columns (date range, weapons, confidence, doc_id, origin, …)
  geojson  RFC 7946 FeatureCollection, one Point [longitude, latitude] per event (null geometry
           when the event has no coordinates), every event field in properties
  jsonl    one EVENT record a line
Filters are those of the API (/api/events). Output is streamed: any size, constant memory.`,
  async run(args) {
    const { values, positionals } = parse(args, {
      db: { type: 'string' },
      country: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'event-type': { type: 'string' },
      admin1: { type: 'string' },
      actor: { type: 'string' },
      origin: { type: 'string' },
      'min-confidence': { type: 'string' },
      limit: { type: 'string' },
      extended: { type: 'boolean', default: false },
    });
    const { EXPORT_FORMATS, writeEvents } = await import('../../ingest/interop/stream-out.ts');
    const format = positionals[0];
    if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format) || positionals.length !== 1) {
      throw new InputError(`give one format: ${EXPORT_FORMATS.join(', ')}`);
    }
    const q: EventQuery = {};
    if (values.country) q.country = values.country;
    if (values.admin1) q.admin1 = values.admin1;
    if (values.actor) q.actor = values.actor;
    if (values.origin) q.origin = values.origin;
    q.from = isoDate(values.from, '--from');
    q.to = isoDate(values.to, '--to');
    if (q.from && q.to && q.from > q.to) throw new InputError('--from is after --to');
    if (values['event-type']) {
      const { isEventType, EVENT_TYPES } = await import('../../core/taxonomy.ts');
      if (!isEventType(values['event-type'])) throw new InputError(`unknown --event-type "${values['event-type']}" (${EVENT_TYPES.join(', ')})`);
      q.event_type = values['event-type'];
    }
    if (values['min-confidence'] !== undefined) {
      const c = Number(values['min-confidence']);
      if (!Number.isFinite(c) || c < 0 || c > 1) throw new InputError('--min-confidence must be a number from 0 to 1');
      q.min_confidence = c;
    }
    let limit: number | undefined;
    if (values.limit !== undefined) {
      limit = Number(values.limit);
      if (!Number.isInteger(limit) || limit < 0) throw new InputError('--limit must be a whole number');
    }
    for (const k of Object.keys(q) as (keyof EventQuery)[]) if (q[k] === undefined) delete q[k];
    const { openStore } = await import('../../store/index.ts');
    const store = await openStore(values.db);
    // a closed pipe (sitrep export … | head) ends the export quietly
    let closed = false;
    const onPipeError = (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') closed = true;
    };
    process.stdout.on('error', onPipeError);
    try {
      const n = await writeEvents(store.iterateEvents(q), format as 'acled', process.stdout, { extended: values.extended, limit });
      process.stderr.write(`sitrep export: ${n} events\n`);
      return 0;
    } catch (err) {
      if (closed || (err as NodeJS.ErrnoException).code === 'EPIPE') return 0;
      throw err;
    } finally {
      process.stdout.off('error', onPipeError);
      await store.close();
    }
  },
};
export default command;
