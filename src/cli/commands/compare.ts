// `sitrep compare --reference acled [--country C] [--from D] [--to D] [--db]`: events sitrep
// extracted that the reference lacks, and reference events sitrep missed (type, date ±1 day,
// ≤ 25 km or same admin1).
import type { Command } from '../main.ts';
import { parse, isoDate } from '../args.ts';
import { InputError, type SitrepEvent } from '../../core/types.ts';
import type { EventQuery } from '../../core/interfaces.ts';

const command: Command = {
  summary: 'compare extracted events with imported reference events (ACLED, UCDP, GDELT)',
  usage: `Usage: sitrep compare --reference acled|ucdp|gdelt [--country C] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                      [--db DB] [--days N] [--km K] [--max-list N] [--json]

  Match rule: same event_type, dates at most --days apart (1), places at most --km apart (25) or
  in the same admin1 of the same country; one-to-one, closest pairs first.
  Lists the events only sitrep has and those only the reference has (first --max-list of each;
  --json prints everything).`,
  async run(args) {
    const { values, positionals } = parse(args, {
      reference: { type: 'string' },
      country: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      db: { type: 'string' },
      days: { type: 'string', default: '1' },
      km: { type: 'string', default: '25' },
      'max-list': { type: 'string', default: '100' },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length) throw new InputError(`unexpected argument "${positionals[0]}"`);
    const ref = values.reference;
    if (!ref || !/^[a-z][a-z0-9_-]{0,31}$/.test(ref) || ref === 'sitrep') throw new InputError('give --reference acled, ucdp or gdelt');
    const days = Number(values.days);
    const km = Number(values.km);
    const maxList = Number(values['max-list']);
    if (!Number.isInteger(days) || days < 0 || days > 30) throw new InputError('--days must be a whole number 0..30');
    if (!Number.isFinite(km) || km < 0) throw new InputError('--km must be a number ≥ 0');
    if (!Number.isInteger(maxList) || maxList < 0) throw new InputError('--max-list must be a whole number');
    const q: EventQuery = {};
    const from = isoDate(values.from, '--from');
    const to = isoDate(values.to, '--to');
    if (from) q.from = from;
    if (to) q.to = to;
    const { compareEvents, formatComparison } = await import('../../ingest/interop/compare.ts');
    const { sameCountry } = await import('../../ingest/interop/countries.ts');
    const { openStore } = await import('../../store/index.ts');
    const store = await openStore(values.db);
    try {
      // country names differ between gazetteer and reference spellings: filter by ISO code here
      const load = async (origin: string) => {
        const out: SitrepEvent[] = [];
        for await (const e of store.iterateEvents({ ...q, origin })) {
          if (!values.country || sameCountry(e.country, values.country)) out.push(e);
        }
        return out;
      };
      const [mine, theirs] = [await load('sitrep'), await load(ref)];
      if (theirs.length === 0) process.stderr.write(`sitrep compare: no ${ref} events in that period and country (import them with sitrep import ${ref} FILE)\n`);
      const result = compareEvents(mine, theirs, { maxDays: days, maxKm: km });
      if (values.json) {
        const slim = (e: SitrepEvent) => ({ event_id: e.event_id, event_date: e.event_date, event_type: e.event_type, sub_event_type: e.sub_event_type, country: e.country, admin1: e.admin1, location: e.location, latitude: e.latitude, longitude: e.longitude, actor1: e.actor1, actor2: e.actor2, fatalities: e.fatalities });
        process.stdout.write(JSON.stringify({
          reference: ref,
          sitrep_total: result.sitrep_total,
          reference_total: result.reference_total,
          matched: result.matched.map((m) => ({ sitrep: m.sitrep.event_id, reference: m.reference.event_id, days: m.days, km: m.km })),
          only_sitrep: result.only_sitrep.map(slim),
          only_reference: result.only_reference.map(slim),
          by_type: result.by_type,
        }) + '\n');
      } else process.stdout.write(formatComparison(result, ref, maxList) + '\n');
      return 0;
    } finally {
      await store.close();
    }
  },
};
export default command;
