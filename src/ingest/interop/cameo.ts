// CAMEO event code → ACLED type, from data/interop/cameo_acled.json: the most specific listed code
// wins; a code with no sound ACLED equivalent is skipped with the reason the data file gives.
import { readFileSync } from 'node:fs';
import type { EventType, SubEventType } from '../../core/types.ts';

interface Entry {
  cameo: string;
  event_type: EventType;
  sub_event_type: SubEventType;
}

const data = JSON.parse(readFileSync(new URL('../../../data/interop/cameo_acled.json', import.meta.url), 'utf8')) as {
  map: Entry[];
  unmapped_roots: Record<string, string>;
  unmapped_codes: Record<string, string>;
};
const byCode = new Map(data.map.map((e) => [e.cameo, e]));

export type CameoResult = { event_type: EventType; sub_event_type: SubEventType } | { skip: string };

export function cameoToAcled(code: string): CameoResult {
  const c = code.trim();
  if (!/^\d{2,4}$/.test(c)) return { skip: `CAMEO code "${c.slice(0, 8)}" is not a CAMEO code` };
  for (let n = c.length; n >= 2; n--) {
    const prefix = c.slice(0, n);
    const hit = byCode.get(prefix);
    if (hit) return { event_type: hit.event_type, sub_event_type: hit.sub_event_type };
    const why = data.unmapped_codes[prefix];
    if (why) return { skip: `CAMEO ${prefix}: ${why}` };
  }
  const root = c.slice(0, 2);
  const name = data.unmapped_roots[root];
  return { skip: name ? `CAMEO root ${root} (${name}) is not a conflict event` : `CAMEO root ${root} is unknown` };
}
