import { z } from 'zod';
import { CATEGORIES, EVIDENCE_KINDS, PROGRAMS } from './complaint/types.ts';
import type { FieldError } from './errors.ts';
import type { PolicyDocument } from './policy.ts';

/** Couriers a policy may name as partners: the Indonesian carriers we know the tracking of. */
export const KNOWN_COURIERS = [
  'jne',
  'jnt',
  'sicepat',
  'anteraja',
  'pos',
  'tiki',
  'ninja',
  'lion',
  'wahana',
  'idexpress',
  'sap',
  'jnt_cargo',
  'gosend',
  'grabexpress',
] as const;

const hours = z
  .number()
  .int('must be whole hours')
  .min(1, 'must be at least 1 hour')
  .max(24 * 365, 'must be at most a year');
const requirement = z.object({
  anyOf: z.array(z.enum(EVIDENCE_KINDS)).min(1),
  min: z.number().int().min(1).max(20),
  minTextLength: z.number().int().min(1).max(5000).optional(),
});
const mediaLimit = z.object({
  maxBytes: z
    .number()
    .int()
    .min(1024, 'must be at least 1 KiB')
    .max(1024 * 1024 * 1024, 'must be at most 1 GiB'),
  contentTypes: z.array(z.string().regex(/^(image|video)\/[a-z0-9.+-]+$/)).min(1),
});
const payer = z.enum(['buyer', 'platform']);
const byProgram = z.object(
  Object.fromEntries(PROGRAMS.map((p) => [p, payer])) as Record<(typeof PROGRAMS)[number], typeof payer>,
);
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function isRegex(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/** What a publishable policy is (issue 4: bad durations, unknown couriers, a cap below zero are refused). */
export const policyDocumentSchema = z.object({
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone'),
  hours: z.object({
    complaintWindow: hours,
    evidenceSubmission: hours,
    sellerResponse: hours,
    proposalResponse: hours,
    renegotiation: hours,
    escalationAfterNoAgreement: hours,
    agentFirstResponse: hours,
    agentDecision: hours,
    evidenceRequest: hours,
    appealWindow: hours,
    returnAddress: hours,
    returnShipment: hours,
    returnTransit: hours,
    returnInspection: hours,
    sellerShipment: hours,
    sellerShipmentTransit: hours,
    sellerShipmentConfirmation: hours,
  }),
  evidence: z.object(
    Object.fromEntries(
      CATEGORIES.map((c) => [c, z.object({ all: z.array(requirement), mall: z.array(requirement) })]),
    ) as Record<
      (typeof CATEGORIES)[number],
      z.ZodObject<{ all: z.ZodArray<typeof requirement>; mall: z.ZodArray<typeof requirement> }>
    >,
  ),
  uploads: z.object({ photo: mediaLimit, video: mediaLimit }),
  returnShippingPaidBy: byProgram,
  exchangeShippingPaidBy: byProgram,
  compensation: z.object({
    multiplier: z.number().int().min(1).max(100),
    capByCurrency: z.record(
      z.string().regex(/^[A-Z]{3}$/),
      z
        .number()
        .int('must be whole minor units')
        .min(0, 'must not be below zero')
        .max(Number.MAX_SAFE_INTEGER),
    ),
    decisionWorkingDays: z.number().int().min(1).max(365),
  }),
  shippingReimbursementWorkingDays: z.number().int().min(1).max(365),
  couriers: z
    .array(
      z.object({
        code: z.enum(KNOWN_COURIERS, { error: `must be a known courier (${KNOWN_COURIERS.join(', ')})` }),
        name: z.string().min(1).max(100),
        trackingPattern: z.string().min(1).max(200).refine(isRegex, 'must be a valid regular expression'),
      }),
    )
    .min(1, 'at least one partner courier')
    .refine((list) => new Set(list.map((c) => c.code)).size === list.length, 'each courier once'),
  extraHolidays: z.array(localDate).max(1000),
});

/** Check a policy document; the errors name each offending field by its path. */
export function validatePolicyDocument(
  input: unknown,
): { document: PolicyDocument } | { errors: FieldError[] } {
  const parsed = policyDocumentSchema.safeParse(input);
  if (parsed.success) return { document: parsed.data as PolicyDocument };
  return { errors: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
}
