import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDuration, formatMoney, parseAmount, urgency } from './format.ts';

const words = {
  days: (n: number) => `${n} hari`,
  hours: (n: number) => `${n} jam`,
  minutes: (n: number) => `${n} menit`,
  seconds: (n: number) => `${n} detik`,
};

describe('web formatting', () => {
  it('writes rupiah the Indonesian way and IDR the English way, without decimals', () => {
    assert.equal(formatMoney(535_000, 'IDR', 'id').replace(/\s/g, ' '), 'Rp 535.000');
    assert.equal(formatMoney(535_000, 'IDR', 'en').replace(/\s/g, ' '), 'IDR 535,000');
  });

  it('shows a duration in its two largest units, rounded down', () => {
    const H = 3_600_000;
    assert.equal(formatDuration(49 * H + 59 * 60_000, words), '2 hari 1 jam');
    assert.equal(formatDuration(48 * H, words), '2 hari');
    assert.equal(formatDuration(2 * H + 5 * 60_000 + 59_000, words), '2 jam 5 menit');
    assert.equal(formatDuration(59_999, words), '59 detik');
    assert.equal(formatDuration(-90 * 60_000, words), '1 jam 30 menit');
  });

  it('calls under 2 h urgent and under 24 h soon', () => {
    assert.equal(urgency(0), 'passed');
    assert.equal(urgency(3_600_000), 'urgent');
    assert.equal(urgency(5 * 3_600_000), 'soon');
    assert.equal(urgency(30 * 3_600_000), 'later');
  });

  it('reads amounts as people type them, and refuses what is not a whole amount', () => {
    assert.equal(parseAmount('150.000'), 150_000);
    assert.equal(parseAmount('Rp 150.000'), 150_000);
    assert.equal(parseAmount('150000'), 150_000);
    assert.equal(parseAmount('150,000'), 150_000);
    assert.equal(parseAmount('1,5'), null);
    assert.equal(parseAmount(''), null);
    assert.equal(parseAmount('abc'), null);
    assert.equal(parseAmount('-5'), null);
  });
});
