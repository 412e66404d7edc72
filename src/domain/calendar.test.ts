import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addWorkingDays, isWorkingDay, localDate, type WorkingCalendar } from './calendar.ts';

// December 2026: Mon 21, Tue 22, Wed 23, Thu 24, Fri 25, Sat 26, Sun 27, Mon 28, Tue 29, Wed 30.
// Jakarta is UTC+7 all year, so 10:00 WIB is 03:00Z.
const jakarta: WorkingCalendar = { timeZone: 'Asia/Jakarta', holidays: new Set() };
const jakartaChristmas: WorkingCalendar = { timeZone: 'Asia/Jakarta', holidays: new Set(['2026-12-25']) };
// Berlin leaves CET (UTC+1) for CEST (UTC+2) on Sunday 29 March 2026 and returns on Sunday 25 October.
const berlin: WorkingCalendar = { timeZone: 'Europe/Berlin', holidays: new Set() };
// Cairo changes its clocks at midnight between weekdays (Thursday→Friday), so a target can fall in a change.
const cairo: WorkingCalendar = { timeZone: 'Africa/Cairo', holidays: new Set() };

describe('localDate', () => {
  const cases: { name: string; at: string; timeZone: string; expected: string }[] = [
    {
      name: 'Jakarta at 10:00 WIB',
      at: '2026-12-23T03:00:00Z',
      timeZone: 'Asia/Jakarta',
      expected: '2026-12-23',
    },
    {
      name: 'Jakarta one second before local midnight',
      at: '2026-12-23T16:59:59Z',
      timeZone: 'Asia/Jakarta',
      expected: '2026-12-23',
    },
    {
      name: 'Jakarta 00:30 WIB is already the next day while UTC is not',
      at: '2026-12-23T17:30:00Z',
      timeZone: 'Asia/Jakarta',
      expected: '2026-12-24',
    },
    { name: 'the same instant in UTC', at: '2026-12-23T17:30:00Z', timeZone: 'UTC', expected: '2026-12-23' },
    {
      name: 'Jakarta crosses the new year before UTC',
      at: '2026-12-31T17:00:00Z',
      timeZone: 'Asia/Jakarta',
      expected: '2027-01-01',
    },
    {
      name: 'a zone behind UTC',
      at: '2027-01-01T03:00:00Z',
      timeZone: 'America/New_York',
      expected: '2026-12-31',
    },
    {
      name: 'Berlin 01:59:59 CET just before the spring change',
      at: '2026-03-29T00:59:59Z',
      timeZone: 'Europe/Berlin',
      expected: '2026-03-29',
    },
  ];
  for (const { name, at, timeZone, expected } of cases) {
    it(name, () => assert.equal(localDate(new Date(at), timeZone), expected));
  }

  it('refuses an invalid date', () =>
    assert.throws(() => localDate(new Date(NaN), 'Asia/Jakarta'), RangeError));
  it('refuses an unknown time zone', () =>
    assert.throws(() => localDate(new Date(0), 'Asia/Atlantis'), RangeError));
});

describe('isWorkingDay', () => {
  const cases: { name: string; date: string; cal: WorkingCalendar; expected: boolean }[] = [
    { name: 'a Monday', date: '2026-12-21', cal: jakarta, expected: true },
    { name: 'a Thursday before a holiday', date: '2026-12-24', cal: jakartaChristmas, expected: true },
    { name: 'a Friday that is a holiday', date: '2026-12-25', cal: jakartaChristmas, expected: false },
    { name: 'the same Friday without the holiday', date: '2026-12-25', cal: jakarta, expected: true },
    { name: 'a Saturday', date: '2026-12-26', cal: jakarta, expected: false },
    { name: 'a Sunday', date: '2026-12-27', cal: jakarta, expected: false },
    { name: 'the Sunday Berlin changes its clocks', date: '2026-03-29', cal: berlin, expected: false },
    { name: 'a leap day (Tuesday)', date: '2028-02-29', cal: jakarta, expected: true },
  ];
  for (const { name, date, cal, expected } of cases) {
    it(name, () => assert.equal(isWorkingDay(date, cal), expected));
  }

  for (const date of ['2026-02-30', '2026-1-5', '2026-12-23T00:00', '']) {
    it(`refuses ${JSON.stringify(date)}`, () => assert.throws(() => isWorkingDay(date, jakarta), RangeError));
  }
});

describe('addWorkingDays', () => {
  const cases: { name: string; from: string; days: number; cal: WorkingCalendar; expected: string }[] = [
    {
      name: 'Thursday + 1 is Friday',
      from: '2026-12-17T03:00:00Z',
      days: 1,
      cal: jakarta,
      expected: '2026-12-18T03:00:00.000Z',
    },
    {
      name: 'Friday + 1 skips the weekend to Monday',
      from: '2026-12-18T03:00:00Z',
      days: 1,
      cal: jakarta,
      expected: '2026-12-21T03:00:00.000Z',
    },
    {
      name: 'Friday 10:00 WIB + 3 is Wednesday 10:00 WIB',
      from: '2026-12-18T03:00:00Z',
      days: 3,
      cal: jakarta,
      expected: '2026-12-23T03:00:00.000Z',
    },
    {
      name: 'Saturday 10:00 WIB + 3 is Wednesday 10:00 WIB (the weekend day itself never counts)',
      from: '2026-12-19T03:00:00Z',
      days: 3,
      cal: jakarta,
      expected: '2026-12-23T03:00:00.000Z',
    },
    {
      name: 'Sunday + 1 is Monday',
      from: '2026-12-20T03:00:00Z',
      days: 1,
      cal: jakarta,
      expected: '2026-12-21T03:00:00.000Z',
    },
    {
      name: 'Wednesday + 3 skips a Friday holiday and the weekend (24, 28, 29)',
      from: '2026-12-23T03:00:00Z',
      days: 3,
      cal: jakartaChristmas,
      expected: '2026-12-29T03:00:00.000Z',
    },
    {
      name: 'the same Wednesday + 3 without the holiday (24, 25, 28)',
      from: '2026-12-23T03:00:00Z',
      days: 3,
      cal: jakarta,
      expected: '2026-12-28T03:00:00.000Z',
    },
    {
      name: 'two weeks: Monday + 10 is the Monday two weeks on',
      from: '2026-12-07T03:00:00Z',
      days: 10,
      cal: jakarta,
      expected: '2026-12-21T03:00:00.000Z',
    },
    {
      name: 'keeps seconds and milliseconds of the local time',
      from: '2026-12-21T08:15:42.123Z',
      days: 2,
      cal: jakarta,
      expected: '2026-12-23T08:15:42.123Z',
    },
    {
      // 17:30Z on Wednesday 23 is 00:30 WIB on Thursday 24: counting from the UTC date would
      // land on Thursday 24 at 17:30Z.
      name: 'near local midnight counts from the Jakarta date, not the UTC date',
      from: '2026-12-23T17:30:00Z',
      days: 1,
      cal: jakartaChristmas,
      expected: '2026-12-27T17:30:00.000Z',
    },
    {
      // 17:30Z on Friday 18 is 00:30 WIB on Saturday 19.
      name: 'Friday evening UTC that is already Saturday in Jakarta + 1 is Monday 00:30 WIB',
      from: '2026-12-18T17:30:00Z',
      days: 1,
      cal: jakarta,
      expected: '2026-12-20T17:30:00.000Z',
    },
    {
      name: 'Berlin: Friday 10:00 CET + 1 is Monday 10:00 CEST, one hour fewer elapsed',
      from: '2026-03-27T09:00:00Z',
      days: 1,
      cal: berlin,
      expected: '2026-03-30T08:00:00.000Z',
    },
    {
      name: 'Berlin: Friday 02:30 CET + 1 is Monday 02:30 CEST',
      from: '2026-03-27T01:30:00Z',
      days: 1,
      cal: berlin,
      expected: '2026-03-30T00:30:00.000Z',
    },
    {
      name: 'Berlin: Thursday 23:30 CET + 2 is Monday 23:30 CEST',
      from: '2026-03-26T22:30:00Z',
      days: 2,
      cal: berlin,
      expected: '2026-03-30T21:30:00.000Z',
    },
    {
      name: 'Berlin: Friday 10:00 CEST + 1 is Monday 10:00 CET in autumn',
      from: '2026-10-23T08:00:00Z',
      days: 1,
      cal: berlin,
      expected: '2026-10-26T09:00:00.000Z',
    },
    {
      // Cairo skips from Friday 26 April 2024 00:00 EET to 01:00 EEST: 00:30 does not exist that day.
      name: 'Cairo: a wall-clock time in a spring gap on a working day moves forward by the gap',
      from: '2024-04-24T22:30:00Z',
      days: 1,
      cal: cairo,
      expected: '2024-04-25T22:30:00.000Z',
    },
    {
      // Cairo reads 23:00–24:00 twice on Thursday 31 October 2024 (EEST, then EET).
      name: 'Cairo: a wall-clock time read twice in autumn is the earlier instant',
      from: '2024-10-29T20:30:00Z',
      days: 2,
      cal: cairo,
      expected: '2024-10-31T20:30:00.000Z',
    },
  ];
  for (const { name, from, days, cal, expected } of cases) {
    it(name, () => assert.equal(addWorkingDays(new Date(from), days, cal).toISOString(), expected));
  }

  it('0 days returns `from` itself, even on a weekend', () => {
    const saturday = new Date('2026-12-19T03:00:00Z');
    assert.equal(addWorkingDays(saturday, 0, jakarta), saturday);
  });

  for (const days of [-1, 1.5, NaN, Infinity]) {
    it(`refuses ${days} days`, () =>
      assert.throws(() => addWorkingDays(new Date('2026-12-18T03:00:00Z'), days, jakarta), RangeError));
  }
  it('refuses an invalid date', () =>
    assert.throws(() => addWorkingDays(new Date(NaN), 1, jakarta), RangeError));
});
