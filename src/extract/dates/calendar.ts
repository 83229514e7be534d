// Calendar arithmetic on whole UTC days ("day numbers": days since 1970-01-01). No local
// timezone is ever consulted, so a published date never drifts by a day.

export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;

const MS_DAY = 86_400_000;

// Day numbers and dates are converted by arithmetic (H. Hinnant's days_from_civil and
// civil_from_days, the proleptic Gregorian calendar of Date): a Date per conversion was a share of
// the dates stage. test/extract/calendar.test.ts compares both ways with Date on every day of
// MIN_YEAR..MAX_YEAR.
const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** days since 1970-01-01 of a valid date (Date.UTC's day) */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Day number of a calendar date, or null when the date does not exist (31 February, year 0). */
export function dayOf(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (day > (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1])) return null;
  return daysFromCivil(year, month, day);
}

const two = (x: number) => (x < 10 ? `0${x}` : String(x));

/** YYYY-MM-DD of a day number. */
export function iso(n: number): string {
  // (whole days of four-digit years by arithmetic; anything else as Date writes it)
  if (Number.isInteger(n) && n >= -354285 && n <= 2932896) {
    const z = n + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return `${year}-${two(month)}-${two(day)}`;
  }
  const d = new Date(n * MS_DAY);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** Day number of a YYYY-MM-DD string (a trailing ISO time, "T10:00:00Z", is ignored), or null. */
export function parseIso(s: string | undefined): number | null {
  if (typeof s !== 'string' || s.length > 40) return null;
  // (a document's published date and its mentions' dates are read again and again: answers are
  // kept, in a bounded table; only for plain dates: a longer text may be a slice that holds its
  // whole source alive)
  if (s.length > 12) return parseIsoOnce(s);
  let day = ISO_DAYS.get(s);
  if (day === undefined) {
    day = parseIsoOnce(s);
    if (ISO_DAYS.size >= 4096) ISO_DAYS.clear();
    ISO_DAYS.set(s, day);
  }
  return day;
}
const ISO_DAYS = new Map<string, number | null>();

function parseIsoOnce(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s.trim());
  if (!m) return null;
  return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function parts(n: number): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(n * MS_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

/** Monday (day number) of the ISO week holding day n. */
export function isoWeekStart(n: number): number {
  const wd = parts(n).weekday; // 0 = Sunday
  return n - ((wd + 6) % 7);
}

export function monthStart(n: number): number {
  const p = parts(n);
  return dayOf(p.year, p.month, 1) ?? n;
}

export function monthEnd(n: number): number {
  const p = parts(n);
  const next = p.month === 12 ? dayOf(p.year + 1, 1, 1) : dayOf(p.year, p.month + 1, 1);
  return next === null ? n : next - 1;
}

/** Middle day of [a, b] (rounded down). */
export function midpoint(a: number, b: number): number {
  return a + Math.floor((b - a) / 2);
}

/** Today's UTC day number (the fallback anchor when a document has no published date). */
export function todayUtc(): number {
  return Math.floor(Date.now() / MS_DAY);
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** Month number of an English month name or abbreviation ("Sept.", "august"), or null. */
export function monthNumber(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS[key] ?? null;
}

/**
 * Year for a day and month written without one: the occurrence nearest the anchor, where a
 * future date counts four times its distance (news reports past events far more than plans).
 */
export function impliedYear(month: number, day: number, anchor: number): number | null {
  const y = parts(anchor).year;
  let best: number | null = null;
  let bestCost = Infinity;
  for (const cand of [y - 1, y, y + 1]) {
    const n = dayOf(cand, month, day);
    if (n === null) continue;
    const cost = n > anchor ? (n - anchor) * 4 : anchor - n;
    if (cost < bestCost) {
      bestCost = cost;
      best = cand;
    }
  }
  return best;
}
