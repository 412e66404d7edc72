import type { Db } from '../store/db.ts';
import { advanceManualClock, openManualClock, readManualClock } from '../store/clock.repository.ts';

export interface Clock {
  readonly kind: 'system' | 'manual';
  now(): Date;
}

export class SystemClock implements Clock {
  readonly kind = 'system' as const;
  now(): Date {
    return new Date();
  }
}

/**
 * A clock that only moves when told to (demo and tests). Its time lives in the database so that
 * every process on one database reads the same time; `refresh` picks up another process's move.
 */
export class ManualClock implements Clock {
  readonly kind = 'manual' as const;
  #current: Date;
  readonly #db: Db;

  private constructor(db: Db, current: Date) {
    this.#db = db;
    this.#current = current;
  }

  static async open(db: Db, initial: Date): Promise<ManualClock> {
    return new ManualClock(db, await openManualClock(db, initial));
  }

  now(): Date {
    return new Date(this.#current);
  }

  async refresh(): Promise<Date> {
    this.#current = await readManualClock(this.#db);
    return this.now();
  }

  async advance(ms: number): Promise<Date> {
    this.#current = await advanceManualClock(this.#db, ms);
    return this.now();
  }
}
