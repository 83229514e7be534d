// Writes events to a stream as ACLED CSV, GeoJSON or JSONL, one event at a time (constant memory
// for exports of any size), honouring back-pressure.
import type { Writable } from 'node:stream';
import type { SitrepEvent } from '../../core/types.ts';
import { csvHeader, csvText, eventToGeoJSONFeature, eventsToCsvRows } from './formats.ts';

export const EXPORT_FORMATS = ['acled', 'geojson', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

async function put(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) {
    await new Promise<void>((resolve, reject) => {
      const done = () => {
        out.off('error', fail);
        resolve();
      };
      const fail = (err: Error) => {
        out.off('drain', done);
        reject(err);
      };
      out.once('drain', done);
      out.once('error', fail);
    });
  }
}

/** returns the number of events written */
export async function writeEvents(
  events: AsyncIterable<SitrepEvent> | Iterable<SitrepEvent>,
  format: ExportFormat,
  out: Writable,
  opts: { extended?: boolean; limit?: number } = {},
): Promise<number> {
  let n = 0;
  const limit = opts.limit ?? Infinity;
  if (format === 'acled') await put(out, csvText([], csvHeader(opts)));
  if (format === 'geojson') await put(out, '{"type":"FeatureCollection","features":[\n');
  for await (const e of events) {
    if (n >= limit) break;
    if (format === 'acled') await put(out, csvText(eventsToCsvRows([e], opts)));
    else if (format === 'geojson') await put(out, (n ? ',\n' : '') + JSON.stringify(eventToGeoJSONFeature(e)));
    else await put(out, JSON.stringify(e) + '\n');
    n++;
  }
  if (format === 'geojson') await put(out, '\n]}\n');
  return n;
}
