/**
 * The one error type for rule violations. Every code is listed here once, with what it means;
 * `http/problem.ts` is the one place that maps a code to an HTTP status.
 */
export const ERROR_CODES = {
  // request shape and access
  validation_failed: 'The request is malformed; `errors[]` names each field.',
  unauthorized: 'No valid credentials were presented.',
  forbidden: 'The caller is known but may not do this.',
  not_found: 'No such resource, or it is not visible to the caller.',
  precondition_failed: 'If-Match named a revision that is no longer current.',
  idempotency_key_reused: 'This Idempotency-Key was already used with a different request.',
  idempotency_key_in_progress: 'A request with this Idempotency-Key is still being processed.',
  conflict: 'A concurrent change won; reload and try again.',
  // orders
  order_immutable: 'An order’s parties, items and amounts cannot change once ingested.',
  // filing (SPEC 3.1)
  order_not_delivered: 'The order has not been delivered (seed: claims start at status delivered).',
  order_not_shipped: 'A not_received complaint needs an order that is shipped and not yet delivered.',
  already_confirmed:
    'The buyer already confirmed receipt; claims after confirmation are not processed (seed).',
  complaint_window_closed: 'More than the complaint window (seed: 2×24 h) has passed since delivery.',
  complaint_already_open: 'Another complaint on this order is still open.',
  no_shipping_to_refund:
    'A shipping-cost complaint needs an order whose shipping the buyer paid (not a promo coupon).',
  counterfeit_requires_mall: 'Counterfeit (Pasti Ori) complaints are only for Mall partner shops (seed).',
  unknown_order_line: 'A disputed item names a line that is not on the order.',
  quantity_exceeds_order: 'A disputed quantity is more than was ordered (less what earlier complaints took).',
  solution_not_allowed: 'This solution type does not fit the complaint’s category.',
  amount_exceeds_maximum: 'The amount is more than the refundable maximum.',
  // evidence (SPEC 3.3)
  evidence_incomplete: 'The evidence checklist is not complete; `missing[]` says what is still needed.',
  evidence_kind_mismatch: 'The attached file does not fit the evidence kind (e.g. a video as a photo).',
  attachment_not_found: 'No such upload belonging to the caller.',
  attachment_in_use: 'This upload is already attached to another complaint.',
  unsupported_media_type: 'The file’s bytes are not an accepted photo or video type.',
  payload_too_large: 'The file is larger than allowed for its kind.',
  thumbnail_unavailable:
    'No thumbnail can be made of this file here (e.g. a video where ffmpeg is not installed).',
  // lifecycle (SPEC 3.4)
  invalid_transition: 'The action is not allowed in the complaint’s current state, or not by this caller.',
  escalation_not_yet_allowed:
    'Escalation opens once a proposal was rejected or after the no-agreement window.',
  deadline_passed: 'The window for this action has passed.',
  appeal_already_used: 'A complaint may be appealed once.',
  different_agent_required: 'An appeal must be decided by a different agent than the first decision.',
  deadline_not_running: 'No running deadline of that kind on this complaint.',
  // execution (SPEC 3.4, issue 3)
  courier_not_partner: 'Only the policy’s partner couriers may carry a return or a seller shipment.',
  invalid_tracking_number: 'The tracking number does not match the courier’s format.',
  tracking_number_in_use: 'This tracking number is already used by another complaint’s shipment.',
  return_address_missing: 'The seller has not given a return address yet.',
  shipment_not_found: 'No shipment of a complaint has this tracking number.',
  // policy (issue 4)
  policy_invalid: 'The policy document is not valid; `errors[]` names each field.',
  // clock
  clock_not_manual: 'The clock can only be moved when SEPAKAT_CLOCK=manual.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldError {
  path: string;
  message: string;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? ERROR_CODES[code]);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
