import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { calendarFor, shippingReimbursementDueAt } from './holidays.ts';

// Late December 2026 in Jakarta (UTC+7; 10:00 WIB is 03:00Z): Wed 23, Thu 24, Fri 25 (Christmas),
// Sat 26, Sun 27, Mon 28, Tue 29, Wed 30, Thu 31, Fri 1 January 2027 (New Year).
const policy = {
  timeZone: 'Asia/Jakarta',
  extraHolidays: [] as string[],
  shippingReimbursementWorkingDays: 3,
};

describe('calendarFor', () => {
  const cal = calendarFor(policy, [2026, 2027]);

  const cases: { date: string; holiday: boolean; why: string }[] = [
    { date: '2026-01-01', holiday: true, why: 'New Year 2026' },
    { date: '2026-08-17', holiday: true, why: 'Independence Day' },
    { date: '2026-12-25', holiday: true, why: 'Christmas (a Friday)' },
    { date: '2026-12-24', holiday: false, why: 'the library has no cuti bersama' },
    { date: '2027-01-01', holiday: true, why: 'New Year 2027 (a Friday)' },
    { date: '2027-01-05', holiday: true, why: "Isra Mi'raj, calculated by the library" },
    { date: '2028-01-01', holiday: false, why: 'a year not asked for' },
  ];
  for (const { date, holiday, why } of cases) {
    it(`${date}: ${holiday ? 'holiday' : 'not a holiday'} (${why})`, () =>
      assert.equal(cal.holidays.has(date), holiday));
  }

  it("keeps the policy's time zone", () => assert.equal(cal.timeZone, 'Asia/Jakarta'));

  it('adds the operator-added dates', () => {
    const withCutiBersama = calendarFor({ ...policy, extraHolidays: ['2026-12-24'] }, [2026]);
    assert.equal(withCutiBersama.holidays.has('2026-12-24'), true);
    assert.equal(withCutiBersama.holidays.has('2026-12-25'), true);
  });

  it('returns the same dates when asked again (cached per year)', () =>
    assert.deepEqual([...calendarFor(policy, [2026]).holidays], [...calendarFor(policy, [2026]).holidays]));
});

describe('shippingReimbursementDueAt', () => {
  const cases: { name: string; owedAt: string; extraHolidays: string[]; expected: string }[] = [
    {
      name: 'Wednesday 23 Dec + 3 crosses Christmas and the weekend: Tuesday 29 (24, 28, 29)',
      owedAt: '2026-12-23T03:00:00Z',
      extraHolidays: [],
      expected: '2026-12-29T03:00:00.000Z',
    },
    {
      name: 'with cuti bersama on 24 Dec: Wednesday 30 (28, 29, 30)',
      owedAt: '2026-12-23T03:00:00Z',
      extraHolidays: ['2026-12-24'],
      expected: '2026-12-30T03:00:00.000Z',
    },
    {
      name: "Thursday 31 Dec + 3 crosses New Year, the weekend and Isra Mi'raj: Thursday 7 Jan (4, 6, 7)",
      owedAt: '2026-12-31T03:00:00Z',
      extraHolidays: [],
      expected: '2027-01-07T03:00:00.000Z',
    },
    {
      // 17:30Z on 31 Dec is 00:30 WIB on Friday 1 Jan 2027, already the owed date in Jakarta.
      name: 'owed just after midnight of New Year in Jakarta: Thursday 7 Jan 00:30 WIB (4, 6, 7)',
      owedAt: '2026-12-31T17:30:00Z',
      extraHolidays: [],
      expected: '2027-01-06T17:30:00.000Z',
    },
    {
      name: 'Friday 18 Dec + 3 with no holiday in between: Wednesday 23',
      owedAt: '2026-12-18T03:00:00Z',
      extraHolidays: [],
      expected: '2026-12-23T03:00:00.000Z',
    },
  ];
  for (const { name, owedAt, extraHolidays, expected } of cases) {
    it(name, () =>
      assert.equal(
        shippingReimbursementDueAt(new Date(owedAt), { ...policy, extraHolidays }).toISOString(),
        expected,
      ),
    );
  }

  it('follows the number of working days the policy sets', () =>
    assert.equal(
      shippingReimbursementDueAt(new Date('2026-12-23T03:00:00Z'), {
        ...policy,
        shippingReimbursementWorkingDays: 5,
      }).toISOString(),
      '2026-12-31T03:00:00.000Z',
    ));

  it('refuses a policy with a fractional number of working days', () =>
    assert.throws(
      () =>
        shippingReimbursementDueAt(new Date('2026-12-23T03:00:00Z'), {
          ...policy,
          shippingReimbursementWorkingDays: 1.5,
        }),
      RangeError,
    ));
});
