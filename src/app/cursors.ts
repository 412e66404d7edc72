import { DomainError } from '../domain/errors.ts';

/**
 * Opaque cursors for keyset pagination: base64url JSON that this API issued. A cursor a client
 * altered is refused with 400, never passed to the database as it is.
 */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string | undefined, isValid: (v: unknown) => v is T): T | null {
  if (!cursor) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!isValid(value)) {
    throw new DomainError('validation_failed', 'The cursor is not one this API issued.', {
      errors: [{ path: 'cursor', message: 'invalid' }],
    });
  }
  return value;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A timestamp exactly as this API writes them. */
export function isInstant(v: unknown): v is string {
  return (
    typeof v === 'string' &&
    ISO_INSTANT.test(v) &&
    !Number.isNaN(Date.parse(v)) &&
    new Date(v).toISOString() === v
  );
}

/** An id as this API issues them: short, printable. */
export function isId(v: unknown): v is string {
  return (
    typeof v === 'string' && v.length > 0 && v.length <= 128 && ![...v].some((ch) => ch.charCodeAt(0) < 32)
  );
}

export function isIntBetween(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

export const isTimeAndId = (v: unknown): v is { at: string; id: string } =>
  isRecord(v) && isInstant(v.at) && isId(v.id);
export const isDueAndId = (v: unknown): v is { dueAt: string | null; id: string } =>
  isRecord(v) && (v.dueAt === null || isInstant(v.dueAt)) && isId(v.id);
export const isSeq = (v: unknown): v is { seq: number } =>
  isRecord(v) && isIntBetween(v.seq, 0, 2_147_483_647);
export const isRowId = (v: unknown): v is { id: number } =>
  isRecord(v) && isIntBetween(v.id, 0, Number.MAX_SAFE_INTEGER);

/**
 * One page of rows fetched with `limit + 1` (the extra row only tells whether there is a next page),
 * and the cursor of that next page.
 */
export function pageOf<T>(
  rows: T[],
  limit: number,
  cursorOf: (last: T) => unknown,
): { rows: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(cursorOf(last)) : null,
  };
}
