import type { Category, EvidenceKind, Program } from './complaint/types.ts';

/** One evidence rule: at least `min` items of any of `anyOf`; text items need `minTextLength`. */
export interface EvidenceRequirement {
  anyOf: EvidenceKind[];
  min: number;
  minTextLength?: number;
}

export interface CategoryEvidence {
  /** Required of every shop. */
  all: EvidenceRequirement[];
  /** Required in addition when the shop is a Mall partner. */
  mall: EvidenceRequirement[];
}

export interface MediaLimit {
  maxBytes: number;
  contentTypes: string[];
}

export interface Courier {
  code: string;
  name: string;
  trackingPattern: string;
}

export type Payer = 'buyer' | 'platform';

/**
 * Every duration, requirement, cap and list that an operator may change. Durations are elapsed
 * hours. A complaint keeps the version it was filed under.
 */
export interface PolicyDocument {
  timeZone: string;
  hours: {
    /** seed: a complaint within 2×24 h of delivery */
    complaintWindow: number;
    /** seed: evidence within 1×24 h of filing */
    evidenceSubmission: number;
    /** seed (Mall partners; default for every shop): seller answers within 2×24 h of complete evidence */
    sellerResponse: number;
    /** default: the party a proposal is addressed to answers within 48 h, or it is deemed accepted */
    proposalResponse: number;
    /** default: after a rejection, 48 h to propose again before the complaint escalates */
    renegotiation: number;
    /** default: either party may escalate after 72 h without agreement */
    escalationAfterNoAgreement: number;
    /** default: an agent answers an escalated complaint within 24 h (SLA; no automatic outcome) */
    agentFirstResponse: number;
    /** default: once an agent has answered, the decision is due within 72 h (SLA; no automatic outcome) */
    agentDecision: number;
    /** default: a party asked for more evidence answers within 24 h unless the agent says otherwise */
    evidenceRequest: number;
    /** default: either party may appeal an agent's decision within 48 h */
    appealWindow: number;
    /** default: the seller gives a return address within 48 h, or the buyer is refunded without a return */
    returnAddress: number;
    /** seed: the buyer ships the return within 2×24 h of the return address */
    returnShipment: number;
    /** default: a return in transit for 14 days is treated as lost and escalated */
    returnTransit: number;
    /** seed: the seller reports the inspection within 2×24 h of the return's arrival */
    returnInspection: number;
    /** default: the seller ships a replacement, missing items or a resend within 48 h */
    sellerShipment: number;
    /** default: a seller shipment in transit for 14 days is treated as lost and escalated */
    sellerShipmentTransit: number;
    /** default: 48 h after a seller shipment is delivered it is deemed received */
    sellerShipmentConfirmation: number;
  };
  evidence: Record<Category, CategoryEvidence>;
  uploads: { photo: MediaLimit; video: MediaLimit };
  /**
   * Who bears the buyer's return shipping in a return-and-refund, per program: `platform` reimburses
   * min(C, B) (seed: Garansi 7 Hari), `buyer` bears it (seed: Pasti Ori; default: standard).
   */
  returnShippingPaidBy: Record<Program, Payer>;
  /** Who bears both legs of an exchange (the return C, capped at B, and the re-shipment D), per program. */
  exchangeShippingPaidBy: Record<Program, Payer>;
  compensation: { multiplier: number; capByCurrency: Record<string, number>; decisionWorkingDays: number };
  shippingReimbursementWorkingDays: number;
  couriers: Courier[];
  /** Operator-added non-working days (cuti bersama), YYYY-MM-DD in the policy's time zone. */
  extraHolidays: string[];
}

export interface Policy {
  version: number;
  publishedAt: string;
  document: PolicyDocument;
}

export const DEFAULT_POLICY: PolicyDocument = {
  timeZone: 'Asia/Jakarta',
  hours: {
    complaintWindow: 48,
    evidenceSubmission: 24,
    sellerResponse: 48,
    proposalResponse: 48,
    renegotiation: 48,
    escalationAfterNoAgreement: 72,
    agentFirstResponse: 24,
    agentDecision: 72,
    evidenceRequest: 24,
    appealWindow: 48,
    returnAddress: 48,
    returnShipment: 48,
    returnTransit: 14 * 24,
    returnInspection: 48,
    sellerShipment: 48,
    sellerShipmentTransit: 14 * 24,
    sellerShipmentConfirmation: 48,
  },
  evidence: {
    // seed: kronologi, foto produk, video unboxing
    counterfeit: {
      all: [
        { anyOf: ['chronology'], min: 1, minTextLength: 30 },
        { anyOf: ['product_photo'], min: 1 },
        { anyOf: ['unboxing_video'], min: 1 },
      ],
      mall: [],
    },
    // seed: foto produk dari berbagai sisi, kemasan
    damaged: {
      all: [
        { anyOf: ['product_photo'], min: 2 },
        { anyOf: ['packaging_photo'], min: 1 },
      ],
      mall: [],
    },
    missing_items: {
      all: [
        { anyOf: ['product_photo'], min: 1 },
        { anyOf: ['packaging_photo'], min: 1 },
      ],
      mall: [],
    },
    not_as_described: {
      all: [{ anyOf: ['product_photo'], min: 1 }],
      mall: [{ anyOf: ['unboxing_video'], min: 1 }],
    },
    shipping_cost: { all: [{ anyOf: ['invoice', 'shipping_label'], min: 1 }], mall: [] },
    not_received: { all: [], mall: [] },
  },
  uploads: {
    photo: {
      maxBytes: 10 * 1024 * 1024,
      contentTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/heic'],
    },
    video: { maxBytes: 200 * 1024 * 1024, contentTypes: ['video/mp4', 'video/quicktime', 'video/webm'] },
  },
  returnShippingPaidBy: { garansi_7_hari: 'platform', pasti_ori: 'buyer', standard: 'buyer' },
  // seed (table 2): "pembeli dan penjual akan menerima penggantian dana retur dan re-shipment dari Tokopedia"
  exchangeShippingPaidBy: { garansi_7_hari: 'platform', pasti_ori: 'platform', standard: 'platform' },
  compensation: { multiplier: 2, capByCurrency: { IDR: 20_000_000 }, decisionWorkingDays: 14 },
  shippingReimbursementWorkingDays: 3,
  couriers: [
    { code: 'jne', name: 'JNE', trackingPattern: '^[0-9]{15,16}$' },
    { code: 'jnt', name: 'J&T Express', trackingPattern: '^JP[0-9]{10}$' },
    { code: 'sicepat', name: 'SiCepat', trackingPattern: '^00[0-9]{10}$' },
    { code: 'anteraja', name: 'AnterAja', trackingPattern: '^1[0-9]{13}$' },
    { code: 'pos', name: 'Pos Indonesia', trackingPattern: '^P[0-9]{12,13}$' },
  ],
  extraHolidays: [],
};
