import type { Readable } from 'node:stream';

/** Where evidence files live (local disk today; an S3-compatible store is the other implementation). */
export interface FileStore {
  /** A fresh path-like handle to write an incoming upload to before it is accepted. */
  createTemp(): Promise<{
    write: NodeJS.WritableStream;
    commit(key: string): Promise<void>;
    discard(): Promise<void>;
  }>;
  open(key: string): Readable;
  exists(key: string): Promise<boolean>;
  put(key: string, data: Buffer): Promise<void>;
  /** A path on local disk for tools that need one (ffmpeg), or null for remote stores. */
  localPath(key: string): string | null;
}

/** Outgoing e-mail (SMTP in the app); null when none is configured: e-mails then stay in the outbox. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

/** The job queue (pg-boss): a job enqueued in a transaction runs only if that transaction commits. */
export interface JobQueue {
  /** One job per delivery, written with one statement. */
  enqueueWebhookDeliveries(tx: unknown, deliveryIds: string[]): Promise<void>;
}
