// The news day of an article (see newsDay): the day its lead names for the news it reports.
import type { DateMention } from '../../core/types.ts';
import { iso, parseIso } from './calendar.ts';

/** sentences of an article's lead */
export const LEAD = 3;

/**
 * The news day of an article: the first day-precise date of its lead that falls in the week up to
 * publication ("... was shot on Tuesday afternoon"). A later sentence that tells an act with no date
 * of its own mostly tells more of that news, so it takes this day rather than the publication day;
 * older lead dates ("in 2014") are history, and the article's later events are not of that day.
 */
export function newsDay(dates: DateMention[], published: string | undefined): DateMention | undefined {
  const day = parseIso(published);
  if (day === null) return undefined;
  const [from, to] = [iso(day - 7), iso(day)];
  let best: DateMention | undefined;
  for (const d of dates) {
    if (d.sentence >= LEAD || d.precision !== 1 || d.unanchored || d.date > to || d.date < from) continue;
    if (!best || d.sentence < best.sentence || (d.sentence === best.sentence && d.start < best.start)) best = d;
  }
  return best;
}
