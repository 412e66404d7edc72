import { DomainError } from '../errors.ts';
import type { PolicyDocument } from '../policy.ts';
import { iso } from '../time.ts';
import {
  completeSellerShipment,
  escalateFrom,
  settleReturnRefund,
  type Emit,
  type ExecutionCtx,
} from './settlement.ts';
import type { Address, Complaint, EvidenceItem, Shipment } from './types.ts';

/** The execution-state commands (SPEC 3.4): the return leg and the seller's shipment. */
export type ExecutionCommand =
  | { type: 'SetReturnAddress'; address: Address }
  | { type: 'ShipReturn'; courier: string; trackingNumber: string; cost: number }
  | { type: 'ReportDelivered'; trackingNumber: string }
  | { type: 'ConfirmReturnReceived' }
  | {
      type: 'ReportInspection';
      result: 'accepted' | 'rejected';
      note: string;
      evidence: { evidenceId: string; attachmentId: string }[];
    }
  | { type: 'ShipReplacement'; courier: string; trackingNumber: string; cost: number }
  | { type: 'ConfirmReceipt' };

/** Partner couriers only, and the tracking number in the courier's format (policy). */
export function checkShipment(policy: PolicyDocument, courier: string, trackingNumber: string): void {
  const partner = policy.couriers.find((c) => c.code === courier);
  if (!partner) {
    throw new DomainError('courier_not_partner', `${courier} is not a partner courier.`, {
      partners: policy.couriers.map((c) => c.code),
    });
  }
  if (!new RegExp(partner.trackingPattern).test(trackingNumber)) {
    throw new DomainError(
      'invalid_tracking_number',
      `${trackingNumber} is not a valid ${partner.name} tracking number.`,
      {
        courier,
        pattern: partner.trackingPattern,
      },
    );
  }
}

export function applyExecution(
  c: Complaint,
  cmd: ExecutionCommand,
  ctx: ExecutionCtx,
  emit: Emit,
): Complaint {
  const now = iso(ctx.now);
  const execution = c.execution;
  if (!execution)
    throw new DomainError('invalid_transition', 'Nothing is being carried out on this complaint.');
  switch (cmd.type) {
    case 'SetReturnAddress':
      emit('return_address_set', { address: cmd.address, source: 'seller' });
      // The buyer's 2×24 h run from when an address first became available (seed); a correction does not restart them.
      return {
        ...c,
        execution: {
          ...execution,
          returnAddress: cmd.address,
          returnAddressAt: execution.returnAddressAt ?? now,
        },
      };
    case 'ShipReturn': {
      checkShipment(ctx.policy.document, cmd.courier, cmd.trackingNumber);
      const shipment = shipmentOf(cmd, now);
      emit('return_shipped', { ...shipment });
      return { ...c, status: 'return_in_transit', execution: { ...execution, returnShipment: shipment } };
    }
    case 'ReportDelivered': {
      if (
        c.status === 'return_in_transit' &&
        execution.returnShipment?.trackingNumber === cmd.trackingNumber
      ) {
        emit('return_delivered', { trackingNumber: cmd.trackingNumber });
        return {
          ...c,
          status: 'return_inspection',
          execution: {
            ...execution,
            returnShipment: { ...execution.returnShipment, deliveredAt: now },
            returnReceivedAt: now,
          },
        };
      }
      if (
        c.status === 'seller_shipment_in_transit' &&
        execution.sellerShipment?.trackingNumber === cmd.trackingNumber &&
        !execution.sellerShipment.deliveredAt
      ) {
        emit('seller_shipment_delivered', { trackingNumber: cmd.trackingNumber });
        return {
          ...c,
          execution: { ...execution, sellerShipment: { ...execution.sellerShipment, deliveredAt: now } },
        };
      }
      throw new DomainError(
        'invalid_transition',
        `No shipment ${cmd.trackingNumber} is in transit on this complaint.`,
      );
    }
    case 'ConfirmReturnReceived': {
      emit('return_received', { trackingNumber: execution.returnShipment?.trackingNumber ?? null });
      const shipment = execution.returnShipment
        ? { ...execution.returnShipment, deliveredAt: execution.returnShipment.deliveredAt ?? now }
        : null;
      return {
        ...c,
        status: 'return_inspection',
        execution: { ...execution, returnShipment: shipment, returnReceivedAt: now },
      };
    }
    case 'ReportInspection': {
      // A rejection is a claim against the buyer: it needs the seller's evidence (issue 3).
      if (cmd.result === 'rejected' && cmd.evidence.length === 0) {
        throw new DomainError(
          'validation_failed',
          'A rejected inspection needs evidence (photos of what came back).',
          {
            errors: [{ path: 'attachmentIds', message: 'at least one when rejected' }],
          },
        );
      }
      const evidence: EvidenceItem[] = cmd.evidence.map((e) => ({
        id: e.evidenceId,
        kind: 'other',
        attachmentId: e.attachmentId,
        text: null,
        by: 'seller',
        at: now,
        forAppeal: false,
      }));
      emit('inspection_reported', {
        result: cmd.result,
        note: cmd.note,
        evidenceIds: evidence.map((e) => e.id),
      });
      const inspected: Complaint = {
        ...c,
        evidence: [...c.evidence, ...evidence],
        execution: {
          ...execution,
          inspection: { result: cmd.result, note: cmd.note, evidenceIds: evidence.map((e) => e.id), at: now },
        },
      };
      return cmd.result === 'accepted'
        ? afterInspection(inspected, ctx, emit)
        : escalateFrom(
            inspected,
            'seller',
            `Inspection rejected: ${cmd.note}`,
            now,
            emit,
            'inspection_rejected',
          );
    }
    case 'ShipReplacement': {
      checkShipment(ctx.policy.document, cmd.courier, cmd.trackingNumber);
      const shipment = shipmentOf(cmd, now);
      emit('seller_shipped', { ...shipment, solution: execution.solution.type });
      return {
        ...c,
        status: 'seller_shipment_in_transit',
        execution: { ...execution, sellerShipment: shipment },
      };
    }
    case 'ConfirmReceipt': {
      emit('receipt_confirmed', { trackingNumber: execution.sellerShipment?.trackingNumber ?? null });
      // The buyer has it: it was delivered, whether or not tracking said so yet.
      const shipment = execution.sellerShipment
        ? { ...execution.sellerShipment, deliveredAt: execution.sellerShipment.deliveredAt ?? now }
        : null;
      return completeSellerShipment(
        { ...c, execution: { ...execution, sellerShipment: shipment, receiptConfirmedAt: now } },
        ctx,
        emit,
      );
    }
  }
}

function shipmentOf(cmd: { courier: string; trackingNumber: string; cost: number }, now: string): Shipment {
  return {
    courier: cmd.courier,
    trackingNumber: cmd.trackingNumber,
    cost: cmd.cost,
    shippedAt: now,
    deliveredAt: null,
  };
}

/** The returned item passed inspection (or was deemed to): refund, or ship the replacement. */
export function afterInspection(c: Complaint, ctx: ExecutionCtx, emit: Emit): Complaint {
  const execution = c.execution!;
  if (execution.solution.type === 'return_refund') return settleReturnRefund(c, ctx, emit);
  return {
    ...c,
    status: 'awaiting_seller_shipment',
    execution: { ...execution, sellerShipmentDueFrom: iso(ctx.now) },
  };
}
