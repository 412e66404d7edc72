import Holidays from 'date-holidays';
import { addWorkingDays, localDate, type WorkingCalendar } from '../domain/calendar.ts';

/**
 * Indonesia's public holidays come from the maintained `date-holidays` library. It has no cuti
 * bersama and calculates the Islamic dates, so the policy's `extraHolidays` (operator-added
 * dates) complete it.
 */
let indonesia: Holidays | undefined;
const publicHolidaysByYear = new Map<number, readonly string[]>();

/** Indonesia's public holidays of a year, as local dates 'YYYY-MM-DD'; they never change, so cached. */
function indonesianPublicHolidays(year: number): readonly string[] {
  let dates = publicHolidaysByYear.get(year);
  if (!dates) {
    indonesia ??= new Holidays('ID');
    // `date` is 'YYYY-MM-DD hh:mm:ss[ ±hhmm]' in Indonesia; the suffix (Islamic days start at the
    // previous sunset) does not change the local date the holiday falls on.
    dates = indonesia
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      .map((h) => h.date.slice(0, 10));
    publicHolidaysByYear.set(year, dates);
  }
  return dates;
}

export function calendarFor(
  policy: { timeZone: string; extraHolidays: string[] },
  years: number[],
): WorkingCalendar {
  const holidays = new Set<string>(policy.extraHolidays);
  for (const year of years) {
    for (const date of indonesianPublicHolidays(year)) holidays.add(date);
  }
  return { timeZone: policy.timeZone, holidays };
}

/** Shipping reimbursements are paid within 3×24 working hours, i.e. 3 working days (SPEC 4). */
export function shippingReimbursementDueAt(
  owedAt: Date,
  policy: { timeZone: string; extraHolidays: string[]; shippingReimbursementWorkingDays: number },
): Date {
  const days = policy.shippingReimbursementWorkingDays;
  const year = Number(localDate(owedAt, policy.timeZone).slice(0, 4));
  // The owed year and the next, and more should a policy ever ask for more than ~200 working days
  // (an invalid `days` is left for addWorkingDays to refuse).
  const extraYears = Number.isSafeInteger(days) && days > 0 ? Math.floor(days / 200) : 0;
  const years = Array.from({ length: 2 + extraYears }, (_, i) => year + i);
  return addWorkingDays(owedAt, days, calendarFor(policy, years));
}
