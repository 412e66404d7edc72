/** The app's languages: Indonesian (the default) and English. */
export type Lang = 'id' | 'en';

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
/** Times are shown in the marketplace's time zone (the policy's default), whatever the device says. */
export const TIME_ZONE = 'Asia/Jakarta';

/** "Rp 535.000" in Indonesian, "IDR 535,000" in English; amounts are integers in the minor unit. */
export function formatMoney(amount: number, currency: string, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'currency',
    currency,
    currencyDisplay: lang === 'id' ? 'symbol' : 'code',
    maximumFractionDigits: currency === 'IDR' ? 0 : 2,
  }).format(amount);
}

/** "22 Nov 2026, 14.05 WIB" */
export function formatDateTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

export interface DurationWords {
  days: (n: number) => string;
  hours: (n: number) => string;
  minutes: (n: number) => string;
  seconds: (n: number) => string;
}

/**
 * A duration in its two largest units, rounded down: "1 hari 3 jam", "2 jam 5 menit", "45 detik".
 * Counting down by the second only matters in the last minute.
 */
export function formatDuration(ms: number, words: DurationWords): string {
  const total = Math.max(0, Math.floor(Math.abs(ms) / 1000));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days > 0) return hours > 0 ? `${words.days(days)} ${words.hours(hours)}` : words.days(days);
  if (hours > 0) return minutes > 0 ? `${words.hours(hours)} ${words.minutes(minutes)}` : words.hours(hours);
  if (minutes > 0) return words.minutes(minutes);
  return words.seconds(seconds);
}

/** How urgent a deadline looks: under 2 h is urgent, under 24 h soon (the reminders' thresholds). */
export function urgency(msLeft: number): 'passed' | 'urgent' | 'soon' | 'later' {
  if (msLeft <= 0) return 'passed';
  if (msLeft < 2 * 3_600_000) return 'urgent';
  if (msLeft < 24 * 3_600_000) return 'soon';
  return 'later';
}

/** Rupiah typed by a person ("150.000", "150000", "Rp 150.000") → 150000; null when it is not a whole amount. */
export function parseAmount(text: string): number | null {
  const typed = text.trim().replace(/^(rp|idr)\.?\s*/i, '');
  // Plain digits, or digits grouped by thousands with dots, commas or spaces; no decimals.
  if (!/^[0-9]+$/.test(typed) && !/^[0-9]{1,3}([.,\s][0-9]{3})+$/.test(typed)) return null;
  const digits = typed.replace(/[.,\s]/g, '');
  if (digits.length > 15) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}
