import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../errors.ts';
import { DEFAULT_POLICY } from '../policy.ts';
import { evidenceChecklist, missingEvidence, programFor, validateSolution } from './rules.ts';
import type { Category, EvidenceItem, EvidenceKind, Program, Solution } from './types.ts';

let seq = 0;
function ev(kind: EvidenceKind, opts: { by?: EvidenceItem['by']; text?: string } = {}): EvidenceItem {
  seq += 1;
  return {
    id: `ev-${seq}`,
    kind,
    attachmentId: kind === 'chronology' ? null : `att-${seq}`,
    text: opts.text ?? null,
    by: opts.by ?? 'buyer',
    at: '2026-11-20T05:00:00.000Z',
    forAppeal: false,
  };
}

const CHRONOLOGY_30 = 'Sol sepatu lepas, logo palsu.!'; // exactly 30 characters
const CHRONOLOGY_29 = CHRONOLOGY_30.slice(0, 29);

/** What is still missing, as the buyer's checklist shows it: "kind or kind" per unmet requirement. */
function missing(category: Category, shopIsMall: boolean, evidence: EvidenceItem[]): string[] {
  return missingEvidence(evidenceChecklist({ category, shopIsMall, evidence }, DEFAULT_POLICY)).map((m) =>
    m.anyOf.join(' or '),
  );
}

describe('evidenceChecklist with the default policy (SPEC 3.3)', () => {
  it('the chronology fixtures are 30 and 29 characters long', () => {
    assert.equal(CHRONOLOGY_30.length, 30);
    assert.equal(CHRONOLOGY_29.length, 29);
  });

  const cases: {
    name: string;
    input: { category: Category; shopIsMall: boolean; evidence: EvidenceItem[] };
    expected: string[];
  }[] = [
    // counterfeit (seed: kronologi, foto produk, video unboxing)
    {
      name: 'counterfeit with nothing: chronology, product photo and unboxing video',
      input: { category: 'counterfeit', shopIsMall: true, evidence: [] },
      expected: ['chronology', 'product_photo', 'unboxing_video'],
    },
    {
      name: 'counterfeit complete with a 30-character chronology',
      input: {
        category: 'counterfeit',
        shopIsMall: true,
        evidence: [ev('chronology', { text: CHRONOLOGY_30 }), ev('product_photo'), ev('unboxing_video')],
      },
      expected: [],
    },
    {
      name: 'counterfeit with a 29-character chronology: the chronology does not count',
      input: {
        category: 'counterfeit',
        shopIsMall: true,
        evidence: [ev('chronology', { text: CHRONOLOGY_29 }), ev('product_photo'), ev('unboxing_video')],
      },
      expected: ['chronology'],
    },
    {
      name: 'counterfeit: surrounding spaces do not make a short chronology long enough',
      input: {
        category: 'counterfeit',
        shopIsMall: true,
        evidence: [
          ev('chronology', { text: `   ${CHRONOLOGY_29}   ` }),
          ev('product_photo'),
          ev('unboxing_video'),
        ],
      },
      expected: ['chronology'],
    },
    {
      name: 'counterfeit without the unboxing video',
      input: {
        category: 'counterfeit',
        shopIsMall: true,
        evidence: [ev('chronology', { text: CHRONOLOGY_30 }), ev('product_photo')],
      },
      expected: ['unboxing_video'],
    },
    // damaged (seed: foto produk dari berbagai sisi, kemasan)
    {
      name: 'damaged with one product photo: a second side is needed',
      input: {
        category: 'damaged',
        shopIsMall: false,
        evidence: [ev('product_photo'), ev('packaging_photo')],
      },
      expected: ['product_photo'],
    },
    {
      name: 'damaged with two product photos and no packaging photo',
      input: { category: 'damaged', shopIsMall: false, evidence: [ev('product_photo'), ev('product_photo')] },
      expected: ['packaging_photo'],
    },
    {
      name: 'damaged complete: two product photos and a packaging photo',
      input: {
        category: 'damaged',
        shopIsMall: false,
        evidence: [ev('product_photo'), ev('product_photo'), ev('packaging_photo')],
      },
      expected: [],
    },
    {
      name: 'damaged: an "other" file counts for nothing',
      input: { category: 'damaged', shopIsMall: false, evidence: [ev('other'), ev('other'), ev('other')] },
      expected: ['product_photo', 'packaging_photo'],
    },
    // missing_items
    {
      name: 'missing items with only a product photo',
      input: { category: 'missing_items', shopIsMall: false, evidence: [ev('product_photo')] },
      expected: ['packaging_photo'],
    },
    {
      name: 'missing items complete',
      input: {
        category: 'missing_items',
        shopIsMall: false,
        evidence: [ev('product_photo'), ev('packaging_photo')],
      },
      expected: [],
    },
    // not_as_described
    {
      name: 'not as described, regular shop: one product photo is enough',
      input: { category: 'not_as_described', shopIsMall: false, evidence: [ev('product_photo')] },
      expected: [],
    },
    {
      name: 'not as described, Mall: also an unboxing video',
      input: { category: 'not_as_described', shopIsMall: true, evidence: [ev('product_photo')] },
      expected: ['unboxing_video'],
    },
    {
      name: 'not as described, Mall, complete',
      input: {
        category: 'not_as_described',
        shopIsMall: true,
        evidence: [ev('product_photo'), ev('unboxing_video')],
      },
      expected: [],
    },
    // shipping_cost
    {
      name: 'shipping cost with nothing',
      input: { category: 'shipping_cost', shopIsMall: false, evidence: [] },
      expected: ['invoice or shipping_label'],
    },
    {
      name: 'shipping cost with an invoice',
      input: { category: 'shipping_cost', shopIsMall: false, evidence: [ev('invoice')] },
      expected: [],
    },
    {
      name: 'shipping cost with a shipping label',
      input: { category: 'shipping_cost', shopIsMall: false, evidence: [ev('shipping_label')] },
      expected: [],
    },
    {
      name: 'shipping cost with a product photo only',
      input: { category: 'shipping_cost', shopIsMall: false, evidence: [ev('product_photo')] },
      expected: ['invoice or shipping_label'],
    },
    // not_received
    {
      name: 'not received needs nothing',
      input: { category: 'not_received', shopIsMall: true, evidence: [] },
      expected: [],
    },
    // only the buyer's evidence counts
    {
      name: 'damaged: the seller’s photos do not count',
      input: {
        category: 'damaged',
        shopIsMall: false,
        evidence: [
          ev('product_photo', { by: 'seller' }),
          ev('product_photo', { by: 'seller' }),
          ev('packaging_photo', { by: 'seller' }),
        ],
      },
      expected: ['product_photo', 'packaging_photo'],
    },
    {
      name: 'counterfeit: an agent’s chronology does not count for the buyer',
      input: {
        category: 'counterfeit',
        shopIsMall: true,
        evidence: [
          ev('chronology', { by: 'agent', text: CHRONOLOGY_30 }),
          ev('product_photo'),
          ev('unboxing_video'),
        ],
      },
      expected: ['chronology'],
    },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => assert.deepEqual(missing(input.category, input.shopIsMall, input.evidence), expected));
  }

  it('reports how many of each requirement the buyer has', () => {
    const checklist = evidenceChecklist(
      {
        category: 'damaged',
        shopIsMall: false,
        evidence: [ev('product_photo'), ev('product_photo', { by: 'seller' })],
      },
      DEFAULT_POLICY,
    );
    assert.deepEqual(
      checklist.map(({ anyOf, min, have, satisfied }) => ({ anyOf, min, have, satisfied })),
      [
        { anyOf: ['product_photo'], min: 2, have: 1, satisfied: false },
        { anyOf: ['packaging_photo'], min: 1, have: 0, satisfied: false },
      ],
    );
  });
});

describe('programFor (SPEC 3.2)', () => {
  const cases: { name: string; input: [Category, boolean]; expected: Program }[] = [
    { name: 'Mall + counterfeit → pasti_ori', input: ['counterfeit', true], expected: 'pasti_ori' },
    {
      name: 'Mall + not_as_described → garansi_7_hari',
      input: ['not_as_described', true],
      expected: 'garansi_7_hari',
    },
    { name: 'Mall + damaged → garansi_7_hari', input: ['damaged', true], expected: 'garansi_7_hari' },
    {
      name: 'Mall + missing_items → garansi_7_hari',
      input: ['missing_items', true],
      expected: 'garansi_7_hari',
    },
    { name: 'Mall + not_received → standard', input: ['not_received', true], expected: 'standard' },
    { name: 'Mall + shipping_cost → standard', input: ['shipping_cost', true], expected: 'standard' },
    { name: 'regular shop + damaged → standard', input: ['damaged', false], expected: 'standard' },
    { name: 'regular shop + counterfeit → standard', input: ['counterfeit', false], expected: 'standard' },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => assert.equal(programFor(...input), expected));
  }
});

describe('validateSolution', () => {
  const complaint = {
    category: 'damaged' as const,
    refundable: { itemsValue: 500_000, shippingShare: 20_000 },
  };
  const accepted: { name: string; input: Solution; expected: Solution }[] = [
    { name: 'a full refund (no amount)', input: { type: 'refund' }, expected: { type: 'refund' } },
    {
      name: 'a partial refund',
      input: { type: 'refund', amount: 1 },
      expected: { type: 'refund', amount: 1 },
    },
    {
      name: 'exactly the maximum (items + shipping share)',
      input: { type: 'refund', amount: 520_000 },
      expected: { type: 'refund', amount: 520_000 },
    },
  ];
  for (const { name, input, expected } of accepted) {
    it(`accepts ${name}`, () => assert.deepEqual(validateSolution(complaint, input), expected));
  }

  const refused: { name: string; input: Solution; expected: string }[] = [
    {
      name: 'one more than the maximum',
      input: { type: 'refund', amount: 520_001 },
      expected: 'amount_exceeds_maximum',
    },
    { name: 'a zero amount', input: { type: 'refund', amount: 0 }, expected: 'validation_failed' },
    { name: 'a fractional amount', input: { type: 'refund', amount: 1.5 }, expected: 'validation_failed' },
    {
      name: 'a solution outside the category',
      input: { type: 'shipping_refund' },
      expected: 'solution_not_allowed',
    },
    {
      name: 'a resend for a complaint that is not about a missing parcel',
      input: { type: 'resend' },
      expected: 'solution_not_allowed',
    },
  ];
  for (const { name, input, expected } of refused) {
    it(`refuses ${name} (${expected})`, () => {
      assert.throws(
        () => validateSolution(complaint, input),
        (e: unknown) => e instanceof DomainError && e.code === expected,
      );
    });
  }
});
