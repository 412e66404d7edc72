import { DomainError } from '../errors.ts';
import type { PolicyDocument } from '../policy.ts';
import type { Category, Complaint, EvidenceKind, Program, Solution, SolutionType } from './types.ts';

/** Programs are derived when filing and fixed for the complaint's life (SPEC 3.2). */
export function programFor(category: Category, shopIsMall: boolean): Program {
  if (!shopIsMall) return 'standard';
  if (category === 'counterfeit') return 'pasti_ori'; // seed: Pasti Ori is a Mall guarantee
  if (category === 'not_as_described' || category === 'damaged' || category === 'missing_items') {
    return 'garansi_7_hari'; // seed: Garansi 7 Hari covers return shipping for Mall products
  }
  return 'standard';
}

/** Which solutions fit which category (what a buyer may ask for and a seller or agent may offer). */
export const SOLUTIONS_BY_CATEGORY: Record<Category, readonly SolutionType[]> = {
  not_received: ['refund', 'resend'],
  damaged: ['refund', 'return_refund', 'return_exchange'],
  missing_items: ['refund', 'send_missing'],
  not_as_described: ['refund', 'return_refund', 'return_exchange'],
  counterfeit: ['return_refund', 'refund'],
  shipping_cost: ['shipping_refund'],
};

/** The most a solution may pay the buyer out of escrow. */
export function maximumAmount(c: Pick<Complaint, 'refundable'>, type: SolutionType): number {
  if (type === 'shipping_refund') return c.refundable.shippingShare;
  return c.refundable.itemsValue + c.refundable.shippingShare;
}

export function validateSolution(
  c: Pick<Complaint, 'category' | 'refundable'>,
  solution: Solution,
): Solution {
  if (!SOLUTIONS_BY_CATEGORY[c.category].includes(solution.type)) {
    throw new DomainError(
      'solution_not_allowed',
      `A ${c.category} complaint cannot be solved by ${solution.type}.`,
      {
        allowed: SOLUTIONS_BY_CATEGORY[c.category],
      },
    );
  }
  const takesAmount = solution.type === 'refund' || solution.type === 'shipping_refund';
  if (solution.amount !== undefined) {
    if (!takesAmount) {
      throw new DomainError('validation_failed', `A ${solution.type} solution has no amount.`, {
        errors: [{ path: 'amount', message: `not allowed for ${solution.type}` }],
      });
    }
    if (!Number.isSafeInteger(solution.amount) || solution.amount < 1) {
      throw new DomainError(
        'validation_failed',
        'The amount must be a positive whole number of minor units.',
        {
          errors: [{ path: 'amount', message: 'must be a positive integer' }],
        },
      );
    }
  }
  const maximum = maximumAmount(c, solution.type);
  const amount = solution.amount ?? maximum;
  if (amount > maximum || (takesAmount && maximum === 0)) {
    throw new DomainError(
      'amount_exceeds_maximum',
      `The amount ${amount} is more than the refundable maximum ${maximum}.`,
      { maximum },
    );
  }
  return solution.amount === undefined
    ? { type: solution.type }
    : { type: solution.type, amount: solution.amount };
}

/** What kind of file each evidence kind takes. */
export function mediaForEvidence(kind: EvidenceKind): 'photo' | 'video' | 'text' | 'any' {
  switch (kind) {
    case 'chronology':
      return 'text';
    case 'unboxing_video':
      return 'video';
    case 'other':
      return 'any';
    case 'product_photo':
    case 'packaging_photo':
    case 'invoice':
    case 'shipping_label':
      return 'photo';
  }
}

export interface ChecklistItem {
  anyOf: EvidenceKind[];
  min: number;
  minTextLength?: number;
  have: number;
  satisfied: boolean;
}

/** The buyer's evidence checklist for the complaint's category (SPEC 3.3); only the buyer's evidence counts. */
export function evidenceChecklist(
  c: Pick<Complaint, 'category' | 'shopIsMall' | 'evidence'>,
  policy: PolicyDocument,
): ChecklistItem[] {
  const rules = policy.evidence[c.category];
  const requirements = [...rules.all, ...(c.shopIsMall ? rules.mall : [])];
  return requirements.map((req) => {
    const have = c.evidence.filter(
      (e) =>
        e.by === 'buyer' &&
        req.anyOf.includes(e.kind) &&
        (req.minTextLength === undefined || (e.text ?? '').trim().length >= req.minTextLength),
    ).length;
    return { ...req, have, satisfied: have >= req.min };
  });
}

export function missingEvidence(checklist: ChecklistItem[]): ChecklistItem[] {
  return checklist.filter((item) => !item.satisfied);
}
