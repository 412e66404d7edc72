import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireRole } from '../../app/access.ts';
import * as actions from '../../app/complaint-actions.ts';
import { findComplaints, getComplaint, getTimeline } from '../../app/complaint-queries.ts';
import type { ComplaintView } from '../../app/complaint-view.ts';
import type { AppDeps } from '../../app/deps.ts';
import { fileComplaint } from '../../app/file-complaint.ts';
import { quoteSettlement } from '../../app/settlement-quote.ts';
import type { Actor } from '../../domain/complaint/types.ts';
import { CATEGORIES, DEADLINE_KINDS, PROGRAMS, STATUSES } from '../../domain/complaint/types.ts';
import { DomainError } from '../../domain/errors.ts';
import { actorOf } from '../server.ts';
import {
  commandHeaders,
  complaintListRow,
  complaintResponse,
  errorResponses,
  evidenceBody,
  addressSchema,
  fileComplaintBody,
  pageQuery,
  settlementLineSchema,
  settlementSchema,
  shipmentBody,
  solutionSchema,
} from '../schemas.ts';
import type { ZodApp } from './types.ts';

const complaintParams = z.object({ id: z.string().min(1).max(128) });
const reason = z.string().trim().min(1).max(2000);
const responses = { 200: complaintResponse, ...errorResponses };

/** `If-Match: 7` or `If-Match: "7"` → 7; `*` matches any revision. */
function ifMatchOf(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const value = String(header)
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');
  if (value === '*') return undefined;
  const revision = /^[0-9]{1,9}$/.test(value) ? Number(value) : NaN;
  if (!(revision >= 1)) {
    throw new DomainError('validation_failed', 'If-Match must be a complaint revision number.', {
      errors: [{ path: 'headers/if-match', message: 'must be a revision number' }],
    });
  }
  return revision;
}

function sendComplaint(reply: FastifyReply, view: ComplaintView, status = 200) {
  return reply.code(status).header('etag', `"${view.revision}"`).send(view);
}

export function registerComplaintRoutes(app: ZodApp, deps: AppDeps): void {
  app.post(
    '/v1/complaints',
    {
      schema: {
        tags: ['complaints'],
        summary: 'File a complaint (buyer)',
        description:
          'Refused with 422 and its own code for each rule of filing: order_not_delivered, order_not_shipped, already_confirmed, complaint_window_closed, complaint_already_open, counterfeit_requires_mall, unknown_order_line, quantity_exceeds_order, solution_not_allowed, amount_exceeds_maximum. The desired solution becomes the first proposal, addressed to the seller.',
        headers: commandHeaders,
        body: fileComplaintBody,
        response: { 201: complaintResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      requireRole(actor, ['buyer']);
      const view = await fileComplaint(deps, actor, request.body);
      reply.header('location', `/v1/complaints/${view.id}`);
      return sendComplaint(reply, view, 201);
    },
  );

  app.get(
    '/v1/complaints',
    {
      schema: {
        tags: ['complaints'],
        summary: 'List the complaints the caller may see, newest first or most urgent first',
        description:
          'Each row is the complaint as lists show it (where it stands, whose move it is, its running deadlines); read the complaint for its proposals, evidence, settlement and `allowedActions`. Buyers see their complaints, sellers their shop’s, the insurer Pasti Ori ones, agents all. Keyset-paginated: pass `nextCursor` as `cursor` for the next page.',
        querystring: z.object({
          ...pageQuery,
          status: z
            .union([z.enum(STATUSES), z.array(z.enum(STATUSES))])
            .optional()
            .describe('One or more statuses (repeat the parameter or separate with commas).'),
          orderId: z.string().max(128).optional(),
          program: z.enum(PROGRAMS).optional(),
          category: z.enum(CATEGORIES).optional(),
          breaching: z
            .enum(['true', 'false'])
            .optional()
            .describe('Complaints with a breached SLA deadline.'),
          assignedAgentId: z.string().max(128).optional(),
          waitingOn: z
            .enum(['buyer', 'seller', 'agent', 'courier', 'insurer', 'none'])
            .optional()
            .describe('Whose move it is (e.g. `seller` for a seller’s “needs action”).'),
          sort: z
            .enum(['newest', 'deadline'])
            .default('newest')
            .describe(
              '`newest` (default) by filing time; `deadline`: most urgent first, by the earliest running deadline (complaints with none last).',
            ),
        }),
        response: {
          200: z.object({ data: z.array(complaintListRow), nextCursor: z.string().nullable() }),
          ...errorResponses,
        },
      },
      preValidation: async (request) => {
        // status=a,b is the same as status=a&status=b
        const q = request.query as Record<string, unknown>;
        if (typeof q.status === 'string' && q.status.includes(',')) q.status = q.status.split(',');
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      return findComplaints(
        deps,
        actor,
        {
          ...(q.status ? { status: Array.isArray(q.status) ? q.status : [q.status] } : {}),
          ...(q.orderId ? { orderId: q.orderId } : {}),
          ...(q.program ? { program: q.program } : {}),
          ...(q.category ? { category: q.category } : {}),
          ...(q.breaching ? { breaching: q.breaching === 'true' } : {}),
          ...(q.assignedAgentId ? { assignedAgentId: q.assignedAgentId } : {}),
          ...(q.waitingOn ? { waitingOn: q.waitingOn } : {}),
        },
        { limit: q.limit, cursor: q.cursor, sort: q.sort },
      );
    },
  );

  app.get(
    '/v1/complaints/:id',
    {
      schema: {
        tags: ['complaints'],
        summary: 'Read a complaint (its parties, agents)',
        params: complaintParams,
        response: responses,
      },
    },
    async (request, reply) =>
      sendComplaint(reply, await getComplaint(deps, actorOf(request), request.params.id)),
  );

  app.get(
    '/v1/complaints/:id/timeline',
    {
      schema: {
        tags: ['complaints'],
        summary: 'The complaint’s timeline, oldest first (append-only)',
        description:
          'Every event with its actor, type, data and time. Internal notes (visibility `agents`) are shown to agents only.',
        params: complaintParams,
        querystring: z.object({ ...pageQuery, limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: {
          200: z.object({
            data: z.array(
              z.object({
                id: z.string(),
                seq: z.number().int(),
                type: z.string(),
                actor: z.object({ role: z.string(), id: z.string().nullable() }),
                visibility: z.string().describe('public, or agents for internal notes'),
                data: z.record(z.string(), z.unknown()),
                occurredAt: z.string(),
              }),
            ),
            nextCursor: z.string().nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => getTimeline(deps, actorOf(request), request.params.id, request.query),
  );

  app.get(
    '/v1/complaints/:id/settlement-quote',
    {
      schema: {
        tags: ['complaints'],
        summary: 'What a solution would pay, to whom, funded by whom (parties, agents; nothing is saved)',
        description:
          'Runs the settlement rules on a copy of the complaint as if the solution were carried out now. A refund settles at once (`settlement`); a return settles when the item is back (`expectedLines`, with `upTo` where the amount depends on the return shipping cost). Agents see it before they decide. 422 `solution_not_allowed` or `amount_exceeds_maximum` as for a decision.',
        params: complaintParams,
        querystring: solutionSchema.extend({
          amount: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
        }),
        response: {
          200: z.object({
            solution: solutionSchema,
            resultingStatus: z.enum(STATUSES),
            settlement: settlementSchema.omit({ settledAt: true }).nullable(),
            expectedLines: z.array(settlementLineSchema.extend({ upTo: z.boolean().optional() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { type, amount } = request.query;
      return quoteSettlement(
        deps,
        actorOf(request),
        request.params.id,
        amount === undefined ? { type } : { type, amount },
      );
    },
  );

  /** One lifecycle action: POST /v1/complaints/{id}/…, answered with the complaint and its ETag. */
  function action<B extends z.ZodType>(
    path: string,
    doc: { summary: string; description?: string; body: B },
    run: (actor: Actor, id: string, body: z.output<B>, ifMatch: number | undefined) => Promise<ComplaintView>,
  ) {
    app.post(
      `/v1/complaints/:id/${path}`,
      {
        schema: {
          tags: ['complaint actions'],
          summary: doc.summary,
          ...(doc.description ? { description: doc.description } : {}),
          headers: commandHeaders,
          params: complaintParams,
          body: doc.body,
          response: responses,
        },
      },
      async (request, reply) =>
        sendComplaint(
          reply,
          await run(actorOf(request), request.params.id, request.body as z.output<B>, ifMatchOf(request)),
        ),
    );
  }
  // Actions without parameters take an empty object, or no body at all.
  const empty = z.object({}).nullish();
  const withReason = z.object({ reason });

  action(
    'evidence',
    {
      summary: 'Attach evidence (buyer, seller)',
      description:
        'A photo or video upload (`attachmentId`) or, for a chronology, `text`. The file must fit the kind (a product_photo is a photo).',
      body: evidenceBody,
    },
    (actor, id, body, ifMatch) => actions.addEvidence(deps, actor, id, body, { ifMatch }),
  );
  action(
    'evidence/submit',
    {
      summary: 'Submit the evidence as complete (buyer)',
      description: '422 evidence_incomplete with `missing[]` when the checklist of the category is not met.',
      body: empty,
    },
    (actor, id, _b, ifMatch) => actions.submitEvidence(deps, actor, id, { ifMatch }),
  );
  action(
    'messages',
    {
      summary: 'Post a message (parties, agents)',
      body: z.object({
        body: z.string().trim().min(1).max(5000),
        attachmentIds: z.array(z.string().max(128)).max(10).default([]),
      }),
    },
    (actor, id, body, ifMatch) => actions.postMessage(deps, actor, id, body, { ifMatch }),
  );
  action(
    'proposals',
    {
      summary: 'Propose a solution (buyer, seller)',
      description: 'Addressed to the other party; replaces the pending proposal (a counter-offer).',
      body: solutionSchema,
    },
    (actor, id, body, ifMatch) => actions.makeProposal(deps, actor, id, body, { ifMatch }),
  );
  app.post(
    '/v1/complaints/:id/proposals/:proposalId/accept',
    {
      schema: {
        tags: ['complaint actions'],
        summary: 'Accept the pending proposal (the party it is addressed to)',
        headers: commandHeaders,
        params: complaintParams.extend({ proposalId: z.string().min(1).max(128) }),
        body: empty,
        response: responses,
      },
    },
    async (request, reply) =>
      sendComplaint(
        reply,
        await actions.acceptProposal(deps, actorOf(request), request.params.id, request.params.proposalId, {
          ifMatch: ifMatchOf(request),
        }),
      ),
  );
  app.post(
    '/v1/complaints/:id/proposals/:proposalId/reject',
    {
      schema: {
        tags: ['complaint actions'],
        summary: 'Reject the pending proposal with a reason (the party it is addressed to)',
        headers: commandHeaders,
        params: complaintParams.extend({ proposalId: z.string().min(1).max(128) }),
        body: withReason,
        response: responses,
      },
    },
    async (request, reply) =>
      sendComplaint(
        reply,
        await actions.rejectProposal(
          deps,
          actorOf(request),
          request.params.id,
          request.params.proposalId,
          request.body.reason,
          { ifMatch: ifMatchOf(request) },
        ),
      ),
  );
  action(
    'escalate',
    {
      summary: 'Ask Customer Care to decide — "Minta Bantuan" (buyer, seller)',
      description:
        'From negotiating, once a proposal was rejected or after the no-agreement window (default 72 h); otherwise 422 escalation_not_yet_allowed.',
      body: withReason,
    },
    (actor, id, body, ifMatch) => actions.escalateComplaint(deps, actor, id, body.reason, { ifMatch }),
  );
  action(
    'withdraw',
    {
      summary: 'Withdraw the complaint (buyer)',
      description: 'Any time before execution starts; the disputed escrow is released to the seller.',
      body: withReason,
    },
    (actor, id, body, ifMatch) => actions.withdrawComplaint(deps, actor, id, body.reason, { ifMatch }),
  );
  action(
    'assign',
    {
      summary: 'Assign the complaint to an agent (agent; default: the caller)',
      body: z.object({ agentId: z.string().min(1).max(128).optional() }),
    },
    (actor, id, body, ifMatch) => actions.assignAgent(deps, actor, id, body.agentId ?? actor.id, { ifMatch }),
  );
  action(
    'decision',
    {
      summary: 'Decide a binding solution (agent)',
      description:
        'Either party may appeal within the appeal window (default 48 h); execution waits for it. A decision on appeal must come from a different agent and is final.',
      body: solutionSchema.extend({ reason }),
    },
    (actor, id, body, ifMatch) =>
      actions.decideComplaint(
        deps,
        actor,
        id,
        {
          solution:
            body.amount === undefined ? { type: body.type } : { type: body.type, amount: body.amount },
          reason: body.reason,
        },
        { ifMatch },
      ),
  );
  action(
    'appeal',
    {
      summary: 'Appeal the agent’s decision — "Naik Banding" (buyer, seller; once)',
      body: z.object({
        reason,
        evidence: z
          .array(evidenceBody)
          .min(1)
          .max(20)
          .describe('New evidence for the appeal (SPEC 3.4: with a reason and new evidence).'),
      }),
    },
    (actor, id, body, ifMatch) => actions.appealDecision(deps, actor, id, body, { ifMatch }),
  );
  action(
    'notes',
    {
      summary: 'Write an internal note (agent; never shown to the parties)',
      body: z.object({ body: z.string().trim().min(1).max(5000) }),
    },
    (actor, id, body, ifMatch) => actions.addNote(deps, actor, id, body.body, { ifMatch }),
  );
  action(
    'evidence-requests',
    {
      summary: 'Ask a party for more evidence, with a deadline (agent)',
      body: z.object({
        from: z.enum(['buyer', 'seller']),
        note: z.string().trim().min(1).max(2000),
        hours: z
          .number()
          .int()
          .min(1)
          .max(24 * 14)
          .optional(),
      }),
    },
    (actor, id, body, ifMatch) => actions.requestEvidence(deps, actor, id, body, { ifMatch }),
  );
  app.post(
    '/v1/complaints/:id/deadlines/:kind/extend',
    {
      schema: {
        tags: ['complaint actions'],
        summary: 'Extend a running deadline with a reason (agent)',
        headers: commandHeaders,
        params: complaintParams.extend({ kind: z.enum(DEADLINE_KINDS) }),
        body: z.object({
          hours: z
            .number()
            .int()
            .min(1)
            .max(24 * 30),
          reason,
        }),
        response: responses,
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const view = await actions.extendDeadline(
        deps,
        actor,
        request.params.id,
        { kind: request.params.kind, ...request.body },
        { ifMatch: ifMatchOf(request) },
      );
      return sendComplaint(reply, view);
    },
  );
  // The execution states (SPEC 3.4): the return leg and the seller's shipment.
  app.put(
    '/v1/complaints/:id/return-address',
    {
      schema: {
        tags: ['execution'],
        summary: 'Give the address the buyer returns the item to (seller)',
        description:
          'The buyer’s 2×24 h to ship the return run from when an address is first available (seed). A shop’s default return address (PUT /v1/shops/{shopId}/return-address) is used automatically.',
        headers: commandHeaders,
        params: complaintParams,
        body: addressSchema,
        response: responses,
      },
    },
    async (request, reply) =>
      sendComplaint(
        reply,
        await actions.setReturnAddress(deps, actorOf(request), request.params.id, request.body, {
          ifMatch: ifMatchOf(request),
        }),
      ),
  );
  action(
    'return-shipment',
    {
      summary: 'Enter the return’s courier, tracking number (resi) and cost (buyer)',
      description:
        'Partner couriers only (422 courier_not_partner); the tracking number in the courier’s format (422 invalid_tracking_number) and not used by another shipment (409 tracking_number_in_use).',
      body: shipmentBody,
    },
    (actor, id, body, ifMatch) => actions.shipReturn(deps, actor, id, body, { ifMatch }),
  );
  action(
    'return-received',
    {
      summary: 'The return arrived (seller)',
      description: 'The inspection’s 2×24 h start now (seed).',
      body: empty,
    },
    (actor, id, _b, ifMatch) => actions.confirmReturnReceived(deps, actor, id, { ifMatch }),
  );
  action(
    'inspection',
    {
      summary: 'Report the inspection of the returned item (seller)',
      description:
        'accepted: the refund is paid, or the replacement is due; rejected (with a note and evidence): the complaint goes to Customer Care.',
      body: z.object({
        result: z.enum(['accepted', 'rejected']),
        note: z.string().trim().min(1).max(2000),
        attachmentIds: z.array(z.string().max(128)).max(10).default([]),
      }),
    },
    (actor, id, body, ifMatch) => actions.reportInspection(deps, actor, id, body, { ifMatch }),
  );
  action(
    'seller-shipment',
    {
      summary: 'Ship the replacement, the missing items or the resend (seller)',
      description: 'Partner couriers and their tracking formats, as for returns.',
      body: shipmentBody,
    },
    (actor, id, body, ifMatch) => actions.shipReplacement(deps, actor, id, body, { ifMatch }),
  );
  action(
    'confirm-receipt',
    { summary: 'The replacement, missing items or resend arrived (buyer)', body: empty },
    (actor, id, _b, ifMatch) => actions.confirmReceipt(deps, actor, id, { ifMatch }),
  );
  action(
    'close',
    {
      summary: 'Close the complaint (agent)',
      description: 'Outcome closed_by_agent; the disputed escrow is released to the seller.',
      body: withReason,
    },
    (actor, id, body, ifMatch) => actions.closeComplaint(deps, actor, id, body.reason, { ifMatch }),
  );
}
