import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, ERROR_CODES, type ErrorCode } from '../domain/errors.ts';

/** The one place that maps error codes to HTTP statuses. */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  precondition_failed: 412,
  idempotency_key_reused: 422,
  idempotency_key_in_progress: 409,
  conflict: 409,
  order_immutable: 409,
  order_not_delivered: 422,
  order_not_shipped: 422,
  already_confirmed: 422,
  complaint_window_closed: 422,
  complaint_already_open: 422,
  counterfeit_requires_mall: 422,
  no_shipping_to_refund: 422,
  unknown_order_line: 422,
  quantity_exceeds_order: 422,
  solution_not_allowed: 422,
  amount_exceeds_maximum: 422,
  evidence_incomplete: 422,
  evidence_kind_mismatch: 422,
  attachment_not_found: 422,
  attachment_in_use: 409,
  unsupported_media_type: 415,
  payload_too_large: 413,
  thumbnail_unavailable: 404,
  invalid_transition: 409,
  escalation_not_yet_allowed: 422,
  deadline_passed: 422,
  appeal_already_used: 409,
  different_agent_required: 403,
  deadline_not_running: 409,
  courier_not_partner: 422,
  invalid_tracking_number: 422,
  tracking_number_in_use: 409,
  return_address_missing: 409,
  shipment_not_found: 404,
  clock_not_manual: 409,
  policy_invalid: 422,
};

const TITLES: Partial<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  [extra: string]: unknown;
}

export function problemOf(code: ErrorCode, detail?: string, extra: Record<string, unknown> = {}): Problem {
  const status = STATUS_BY_CODE[code];
  // Extra members never override the standard ones.
  return {
    ...extra,
    type: `/problems/${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail: detail ?? ERROR_CODES[code],
    code,
  };
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: Problem): FastifyReply {
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({ ...problem, instance: request.url, requestId: request.id });
}

/** Turn anything thrown into a problem document; unknown errors are logged and answered with a generic 500. */
export function toProblem(error: unknown, request: FastifyRequest): Problem {
  if (error instanceof DomainError) return problemOf(error.code, error.message, error.details ?? {});
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((v) => ({
      path: `${error.validationContext ?? 'body'}${v.instancePath || ''}`,
      message: v.message ?? 'invalid',
    }));
    return problemOf(
      'validation_failed',
      `The request is invalid: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}.`,
      { errors },
    );
  }
  const fastifyError = error as FastifyError;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problemOf(
        'unsupported_media_type',
        'The request body must be application/json (multipart/form-data for uploads).',
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return problemOf('payload_too_large', 'The request body is too large.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problemOf('validation_failed', `The request body is not valid JSON: ${fastifyError.message}`, {
        errors: [{ path: 'body', message: 'invalid JSON' }],
      });
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return problemOf(
        'validation_failed',
        `The upload must be multipart/form-data with one file: ${fastifyError.message}`,
        { errors: [{ path: 'file', message: fastifyError.message }] },
      );
  }
  // A transaction chosen as a deadlock victim or failing serialization lost a race: retryable.
  const sqlState = (error as { code?: unknown }).code;
  if (sqlState === '40P01' || sqlState === '40001') {
    return problemOf('conflict', 'A concurrent change won; try again.');
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return {
      ...problemOf('validation_failed', fastifyError.message),
      status: fastifyError.statusCode,
      title: TITLES[fastifyError.statusCode] ?? 'Error',
    };
  }
  request.log.error({ err: error }, 'unhandled error');
  return {
    type: 'about:blank',
    title: 'Internal Server Error',
    status: 500,
    detail: 'Something went wrong on our side; the request id identifies it in our logs.',
    code: 'internal_error',
  };
}
