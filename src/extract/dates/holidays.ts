// Days named by a feast or holiday ("on New Year's Eve", "on Christmas Day", "on Easter Sunday in
// 2008", "on Good Friday"): chrono reads none of them. Only days fixed in the calendar everywhere (and Western
// Easter, computed) are read; national days differ by country and are left alone.
import { dayOf, impliedYear, parts } from './calendar.ts';

/** month and day of the fixed holidays, by their name in lower case, apostrophes dropped */
const FIXED: Record<string, [number, number]> = {
  'new years eve': [12, 31],
  'new years day': [1, 1],
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
  christmas: [12, 25],
  'boxing day': [12, 26],
  'valentines day': [2, 14],
  halloween: [10, 31],
  'may day': [5, 1],
  'international womens day': [3, 8],
};

/** the holiday names of a pattern (capitalized, as names are written) */
export const HOLIDAY = "New\\s{1,3}Year['’]?s\\s{1,3}(?:Eve|Day)|Christmas(?:\\s{1,3}(?:Eve|Day))?|Boxing\\s{1,3}Day|Valentine['’]?s\\s{1,3}Day|Halloween|May\\s{1,3}Day|International\\s{1,3}Women['’]?s\\s{1,3}Day|Easter(?:\\s{1,3}(?:Sunday|Monday|Day))?|Good\\s{1,3}Friday";

/** Western Easter Sunday of a year (the anonymous Gregorian computus), a day number */
export function easter(year: number): number | null {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, day);
}

/** the day a holiday name falls on in `year`, or in the year nearest `anchor` (past preferred) */
export function holidayDay(name: string, year: number | null, anchor: number): { day: number; relative: boolean } | null {
  const key = name.toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ');
  if (key.startsWith('easter') || key === 'good friday') {
    const shift = key.endsWith('monday') ? 1 : key === 'good friday' ? -2 : 0;
    if (year !== null) {
      const d = easter(year);
      return d === null ? null : { day: d + shift, relative: false };
    }
    // the Easter nearest the anchor, a future one counting four times its distance (impliedYear's rule)
    const y = parts(anchor).year;
    let best: number | null = null;
    for (const cand of [y - 1, y, y + 1]) {
      const d = easter(cand);
      if (d === null) continue;
      const cost = (x: number) => (x > anchor ? (x - anchor) * 4 : anchor - x);
      if (best === null || cost(d + shift) < cost(best)) best = d + shift;
    }
    return best === null ? null : { day: best, relative: true };
  }
  const md = FIXED[key];
  if (!md) return null;
  const y = year ?? impliedYear(md[0], md[1], anchor);
  const day = y === null ? null : dayOf(y, md[0], md[1]);
  return day === null ? null : { day, relative: year === null };
}
