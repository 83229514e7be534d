// Splits a report's text into runs, each tagged with the evidence fields that cover it, so the
// detail view can wrap the runs in <mark> elements built with createTextNode (never innerHTML).

export interface EvidenceSpan {
  field: string;
  start: number;
  end: number;
}

export type Category = 'actor' | 'place' | 'date' | 'weapon' | 'casualties' | 'event' | 'source' | 'other';

export const CATEGORY_LABELS: Record<Category, string> = {
  actor: 'Actor',
  place: 'Place',
  date: 'Date',
  weapon: 'Weapon',
  casualties: 'Casualties',
  event: 'Event type',
  source: 'Source',
  other: 'Other',
};

/** the highlight colour group of an evidence field */
export function categoryOf(field: string): Category {
  const f = field.toLowerCase();
  if (/actor|affiliation|inter/.test(f)) return 'actor';
  if (/location|admin|country|place|geo|lat|lon/.test(f)) return 'place';
  if (/date|time/.test(f)) return 'date';
  if (/weapon/.test(f)) return 'weapon';
  if (/fatalit|injur|casualt|killed|dead/.test(f)) return 'casualties';
  if (/event_type|sub_event|trigger|disorder|cameo|plover/.test(f)) return 'event';
  if (/source|attribution/.test(f)) return 'source';
  return 'other';
}

export interface Run {
  start: number;
  end: number;
  text: string;
  /** fields covering this run, innermost span first; empty for plain text */
  fields: string[];
}

/** runs covering the whole text; spans outside the text or empty are ignored */
export function splitRuns(text: string, spans: EvidenceSpan[]): Run[] {
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k];
    const end = points[k + 1];
    if (start === end) continue;
    // innermost span first: "Mogadishu" inside "six at Mogadishu" is coloured as a place
    const covering = valid.filter((s) => s.start <= start && s.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start));
    const fields: string[] = [];
    for (const s of covering) if (!fields.includes(s.field)) fields.push(s.field);
    runs.push({ start, end, text: text.slice(start, end), fields });
  }
  return runs;
}
