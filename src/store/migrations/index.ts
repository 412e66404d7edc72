import type { Migration } from 'kysely/migration';
import * as initial from './2026-11-22T0000-initial.ts';
import * as executionAndPayouts from './2026-11-22T0100-execution-and-payouts.ts';
import * as eventFeedAndPolicy from './2026-11-22T0200-event-feed-and-policy.ts';
import * as notifications from './2026-11-22T0300-notifications.ts';
import * as email from './2026-11-22T0400-email.ts';
import * as webhooks from './2026-11-22T0500-webhooks.ts';
import * as orderLists from './2026-11-22T0600-order-lists.ts';
import * as deadlineClaims from './2026-12-08T0000-deadline-claims.ts';
import * as listColumns from './2026-12-08T0100-list-columns.ts';

/** Every migration, by its sortable name. Migrations never import application code. */
export const migrations: Record<string, Migration> = {
  '2026-11-22T0000-initial': initial,
  '2026-11-22T0100-execution-and-payouts': executionAndPayouts,
  '2026-11-22T0200-event-feed-and-policy': eventFeedAndPolicy,
  '2026-11-22T0300-notifications': notifications,
  '2026-11-22T0400-email': email,
  '2026-11-22T0500-webhooks': webhooks,
  '2026-11-22T0600-order-lists': orderLists,
  '2026-12-08T0000-deadline-claims': deadlineClaims,
  '2026-12-08T0100-list-columns': listColumns,
};
