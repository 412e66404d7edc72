import { execute, refundLines, returnShippingLines } from '../domain/complaint/settlement.ts';
import { validateSolution } from '../domain/complaint/rules.ts';
import type { Actor, Complaint, SettlementLine, Solution, Status } from '../domain/complaint/types.ts';
import { findComplaint } from '../store/complaints.repository.ts';
import { canSeeComplaint, complaintNotFound } from './access.ts';
import type { AppDeps } from './deps.ts';
import { contextFor } from './execution-context.ts';

export interface SettlementQuote {
  solution: Solution;
  /** The status carrying out the solution now would lead to. */
  resultingStatus: Status;
  /** Settles at once: the settlement it would write, line by line. */
  settlement: {
    currency: string;
    buyerRefund: number;
    sellerRelease: number;
    lines: SettlementLine[];
  } | null;
  /**
   * Settles later (after a return or a shipment): the lines expected then, with `upTo` where the
   * amount depends on what the shipment will cost.
   */
  expectedLines: (SettlementLine & { upTo?: boolean })[];
}

/**
 * What a solution would pay, to whom and funded by whom, if it were carried out now — the same
 * domain code as the real settlement, run on a copy and never saved. Agents see it before they decide.
 */
export async function quoteSettlement(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  input: Solution,
): Promise<SettlementQuote> {
  const stored = await findComplaint(deps.db, complaintId);
  if (!stored || !canSeeComplaint(actor, stored.complaint)) throw complaintNotFound(complaintId);
  const c = stored.complaint;
  const solution = validateSolution(c, input);
  const policy = await deps.config.policyVersion(deps.db, c.policyVersion);
  const ctx = await contextFor(deps.db, c, policy, deps.clock.now());
  const after = execute(c, solution, ctx, () => {});
  if (after.settlement) {
    const { currency, buyerRefund, sellerRelease, lines } = after.settlement;
    return {
      solution,
      resultingStatus: after.status,
      settlement: { currency, buyerRefund, sellerRelease, lines },
      expectedLines: [],
    };
  }
  const expectedLines: SettlementQuote['expectedLines'] = [];
  if (solution.type === 'return_refund') {
    expectedLines.push(...refundLines(c, undefined));
    // The return shipping is reimbursed up to the invoice's shipping (min(C, B)) when the platform pays.
    if (after.execution) {
      const probe: Complaint = {
        ...c,
        execution: {
          ...after.execution,
          returnShipment: {
            courier: '',
            trackingNumber: '',
            cost: c.originalShippingCost,
            shippedAt: '',
            deliveredAt: null,
          },
        },
      };
      const shipping = returnShippingLines(probe, policy.document.returnShippingPaidBy, ctx);
      expectedLines.push(...shipping.map((l) => ({ ...l, upTo: true })));
    }
  }
  return { solution, resultingStatus: after.status, settlement: null, expectedLines };
}
