// Calendar arithmetic on whole UTC days ("day numbers": days since 1970-01-01). No local
// timezone is ever consulted, so a published date never drifts by a day.

export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;

const MS_DAY = 86_400_000;

/** Day number of a calendar date, or null when the date does not exist (31 February, year 0). */
export function dayOf(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  if (d.getUTCMonth() !== month - 1) return null;
  return Math.round(d.getTime() / MS_DAY);
}

/** YYYY-MM-DD of a day number. */
export function iso(n: number): string {
  const d = new Date(n * MS_DAY);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** Day number of a YYYY-MM-DD string (a trailing ISO time, "T10:00:00Z", is ignored), or null. */
export function parseIso(s: string | undefined): number | null {
  if (typeof s !== 'string' || s.length > 40) return null;
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
