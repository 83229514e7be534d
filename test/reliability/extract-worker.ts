// Runs the extractor for inWorker(). Without the geocoder by default: the slow paths this isolates
// (segmenting, matching, coreference) do not depend on it, and loading the gazetteer costs seconds.
import type { Document } from '../../src/core/types.ts';
import { extract } from '../../src/extract/index.ts';

extract({ id: 'warm', text: 'Gunmen killed three people in Kano on Monday.', published: '2024-08-13' });

export function run(doc: Document) {
  return extract(doc);
}
