// Where conflict data puts an event known only to an area (ACLED: at the area's seat, not its centre),
// and which written containers can hold a place at all.
import type { PlaceMention } from '../core/types.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Ranked } from './resolve.ts';
import { KIND } from './index-file.ts';

type Seat = NonNullable<PlaceMention['seat']>;

function seatInfo(gaz: Gazetteer, seat: number, admins: boolean): Seat {
  const c = gaz.info(seat);
  const out: Seat = { name: c.name, latitude: c.latitude, longitude: c.longitude };
  if (c.geonameid) out.geonameid = c.geonameid;
  if (admins && c.admin1) out.admin1 = c.admin1;
  if (admins && c.admin2) out.admin2 = c.admin2;
  return out;
}

/** the province's or district's seat, where ACLED codes an event known only to that area; a
 * country's capital (an event known only to the country: precision 3) */
export function seatOf(gaz: Gazetteer, place: number): Seat | undefined {
  const kind = gaz.kind(place);
  if (kind === KIND.country) {
    const cap = gaz.capitalOf(gaz.cc(place));
    return cap >= 0 ? seatInfo(gaz, cap, true) : undefined;
  }
  let seat = -1;
  if (kind === KIND.admin2) seat = gaz.a2(place) >= 0 ? gaz.admin2Seat(gaz.a2(place)) : -1;
  // (a district known only by name, with no point of its own, goes where its province goes)
  if (seat < 0 && (kind === KIND.admin1 || gaz.fcode(place) === 'ADM2X')) seat = gaz.ix.admin1[gaz.a1(place)]?.capital ?? -1;
  return seat >= 0 ? seatInfo(gaz, seat, false) : undefined;
}

/** a district with no point of its own whose own seat town is known: placed at district precision */
export const ownSeat = (gaz: Gazetteer, place: number): boolean =>
  gaz.fcode(place) === 'ADM2X' && gaz.a2(place) >= 0 && gaz.admin2Seat(gaz.a2(place)) >= 0;

/** "the road from Aden to Taizz in the At Turbah area": a town holds only a smaller town, not a city nor a
 * province; "the road
 * to Marib in Sirwah district": a district does not hold a town GeoNames puts in another district */
export function canHold(gaz: Gazetteer, q: Ranked | null, r: Ranked | null): boolean {
  if (!q || !r) return true;
  // "the capital of Socotra, Hadibu (...)": a town names a place inside the province before it, never its
  // container (a district may be held by a town's name: "Sirwah district (Marib)" means the province)
  if (gaz.kind(q.place) === KIND.city && gaz.kind(r.place) === KIND.admin1) return false;
  if (gaz.kind(r.place) !== KIND.city) return true;
  if (gaz.kind(q.place) === KIND.admin2) return gaz.a2(q.place) < 0 || gaz.a2(r.place) < 0 || gaz.a2(q.place) === gaz.a2(r.place) || gaz.a1(q.place) !== gaz.a1(r.place);
  return gaz.kind(q.place) !== KIND.city || gaz.pop(q.place) >= gaz.pop(r.place);
}
