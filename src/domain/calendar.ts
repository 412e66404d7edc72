/**
 * Working days (SPEC 4): Monday–Friday in the policy's time zone, minus the holidays the caller
 * supplies (public holidays and cuti bersama). Pure: the holiday list comes in as data.
 */
export interface WorkingCalendar {
  timeZone: string;
  /** Non-working local dates, 'YYYY-MM-DD' in `timeZone`. */
  holidays: ReadonlySet<string>;
}

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

interface LocalParts {
  year: number;
  month: number;
  day: number;
  /** Milliseconds since local midnight. */
  timeOfDay: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone, before anything is cached.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function assertValidInstant(at: Date): void {
  if (Number.isNaN(at.getTime())) throw new RangeError('invalid date');
}

/** The wall-clock reading of an instant in a zone. */
function localParts(at: Date, timeZone: string): LocalParts {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const millis = ((at.getTime() % 1000) + 1000) % 1000;
  return {
    year: fields.year ?? NaN,
    month: fields.month ?? NaN,
    day: fields.day ?? NaN,
    timeOfDay:
      (((fields.hour ?? NaN) * 60 + (fields.minute ?? NaN)) * 60 + (fields.second ?? NaN)) * 1000 + millis,
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (local − UTC). */
function offsetAt(utcMs: number, timeZone: string): number {
  const p = localParts(new Date(utcMs), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day) + p.timeOfDay - utcMs;
}

/**
 * The instant at which the zone's clocks read `timeOfDay` on the local date whose midnight, read
 * as UTC, is `dateUtcMs`. Tries the offsets in force a day before and a day after (a zone changes
 * its offset at most once in two days); when the clocks read that time twice (autumn) the earlier
 * instant wins, and when never (a spring gap) the time is read with the earlier offset, so it
 * lands the length of the gap later, as Temporal's 'compatible' disambiguation does.
 */
function instantOf(dateUtcMs: number, timeOfDay: number, timeZone: string): Date {
  const naive = dateUtcMs + timeOfDay;
  const before = offsetAt(naive - DAY_MS, timeZone);
  const after = offsetAt(naive + DAY_MS, timeZone);
  for (const offset of before >= after ? [before, after] : [after, before]) {
    if (offsetAt(naive - offset, timeZone) === offset) return new Date(naive - offset);
  }
  return new Date(naive - before);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDate(utcMidnightMs: number): string {
  const d = new Date(utcMidnightMs);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** 'YYYY-MM-DD' → that date's midnight read as UTC (a time-zone-free day number). */
function parseDate(date: string): number {
  const m = DATE_PATTERN.exec(date);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (Number.isNaN(ms) || formatDate(ms) !== date) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return ms;
}

function isWorkingDayAt(utcMidnightMs: number, cal: WorkingCalendar): boolean {
  const weekday = new Date(utcMidnightMs).getUTCDay(); // 0 Sunday … 6 Saturday
  return weekday !== 0 && weekday !== 6 && !cal.holidays.has(formatDate(utcMidnightMs));
}

/** The local date ('YYYY-MM-DD') of an instant in a zone. */
export function localDate(at: Date, timeZone: string): string {
  assertValidInstant(at);
  const p = localParts(at, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
}

/** Monday–Friday and not a holiday. `date` is a local date 'YYYY-MM-DD'. */
export function isWorkingDay(date: string, cal: WorkingCalendar): boolean {
  return isWorkingDayAt(parseDate(date), cal);
}

/**
 * The same local time of day on the `days`-th working day after the local date of `from`
 * (that date itself never counts, whether or not it is a working day). 0 returns `from`.
 */
export function addWorkingDays(from: Date, days: number, cal: WorkingCalendar): Date {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`working days must be a non-negative integer, got ${days}`);
  }
  assertValidInstant(from);
  if (days === 0) return from;
  const start = localParts(from, cal.timeZone);
  let date = Date.UTC(start.year, start.month - 1, start.day);
  for (let counted = 0; counted < days;) {
    date += DAY_MS;
    if (isWorkingDayAt(date, cal)) counted += 1;
  }
  return instantOf(date, start.timeOfDay, cal.timeZone);
}
