const HOUR_MS = 3_600_000;

/** "2×24 jam" style deadlines are elapsed hours, not calendar days (SPEC 4). */
export function addHours(at: Date, hours: number): Date {
  return new Date(at.getTime() + hours * HOUR_MS);
}

export function iso(at: Date): string {
  return at.toISOString();
}
