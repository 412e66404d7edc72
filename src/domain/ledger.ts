import type { Complaint, SettlementLine } from './complaint/types.ts';
import { paidTotal, type Order } from './order.ts';

/** Ledger account ids (SPEC 4). Balances are sums of postings; credits are positive. */
export const accounts = {
  escrow: (orderId: string) => `order_escrow:${orderId}`,
  buyerRefund: (buyerId: string) => `buyer_refund:${buyerId}`,
  buyerCredit: (buyerId: string) => `buyer_credit:${buyerId}`,
  sellerPayable: (shopId: string) => `seller_payable:${shopId}`,
  platformShippingSubsidy: 'platform_shipping_subsidy',
  insurer: 'insurer',
  /** Where the marketplace's collected payments come from when escrow is funded. */
  marketplaceClearing: 'marketplace_clearing',
} as const;

export interface LedgerMovement {
  key: string;
  kind: string;
  postings: { accountId: string; amount: number }[];
}

/** The buyer's payment held in escrow for the order, posted once when the order is first known as paid. */
export function escrowFunding(order: Order): LedgerMovement {
  const amount = paidTotal(order);
  return {
    key: `order:${order.id}:escrow_funded`,
    kind: 'escrow_funded',
    postings: [
      { accountId: accounts.marketplaceClearing, amount: -amount },
      { accountId: accounts.escrow(order.id), amount },
    ],
  };
}

function source(c: Complaint, line: SettlementLine): string {
  switch (line.fundedBy) {
    case 'escrow':
      return accounts.escrow(c.orderId);
    case 'platform':
      return accounts.platformShippingSubsidy;
    case 'insurer':
      return accounts.insurer;
  }
}

export function destination(c: Complaint, line: SettlementLine): string {
  if (line.to === 'seller') return accounts.sellerPayable(c.shopId);
  return line.kind === 'compensation' ? accounts.buyerCredit(c.buyerId) : accounts.buyerRefund(c.buyerId);
}

/** Whether a settlement line moves money now: it has an amount, and a compensation only once approved. */
export function movesMoney(line: SettlementLine): boolean {
  return line.amount > 0 && (line.kind !== 'compensation' || line.status === 'approved');
}

/** One balanced movement per settlement line that moves money, each keyed so it is posted once. */
export function settlementMovements(c: Complaint): LedgerMovement[] {
  if (!c.settlement) return [];
  return c.settlement.lines.filter(movesMoney).map((line) => ({
    key: `complaint:${c.id}:${line.kind}`,
    kind: line.kind,
    postings: [
      { accountId: source(c, line), amount: -line.amount },
      { accountId: destination(c, line), amount: line.amount },
    ],
  }));
}
