import { sql } from 'kysely';
import type { AppDeps } from '../app/deps.ts';
import { fileComplaint } from '../app/file-complaint.ts';
import { upsertOrder } from '../app/upsert-order.ts';
import * as actions from '../app/complaint-actions.ts';
import type { Actor } from '../domain/complaint/types.ts';
import type { Order } from '../domain/order.ts';
import { findOrder } from '../store/orders.repository.ts';
import { Readable } from 'node:stream';
import { uploadFile } from '../app/uploads.ts';
import { sampleMp4, samplePng } from './sample-files.ts';

/** The demo marketplace "Tokolink": who can log in (POST /v1/dev/login) and as what. */
export const DEMO_USERS = [
  { userId: 'u-100', role: 'buyer', name: 'Sari Wulandari' },
  { userId: 'u-101', role: 'buyer', name: 'Budi Santoso' },
  { userId: 'u-102', role: 'buyer', name: 'Dewi Lestari' },
  { userId: 'u-200', role: 'seller', shopId: 's-1', name: 'Toko Sumber Rejeki (regular shop)' },
  { userId: 'u-201', role: 'seller', shopId: 's-2', name: 'Larisa Sport Official Store (Mall partner)' },
  { userId: 'a-1', role: 'agent', name: 'Rina — Tokolink Care' },
  { userId: 'a-2', role: 'agent', name: 'Andi — Tokolink Care' },
  { userId: 'adm-1', role: 'admin', name: 'Maya — Tokolink Care lead (admin)' },
] as const;

const HOUR = 3_600_000;

const SEED_LOCK = 7_240_001;

/**
 * Seed the demo data once (orders in every state needed to try each category and each refusal).
 * Instances starting together take turns through an advisory lock; the later one finds it done.
 */
export async function seedDemoData(deps: AppDeps): Promise<boolean> {
  return deps.db.connection().execute(async (db) => {
    await sql`select pg_advisory_lock(${SEED_LOCK})`.execute(db);
    try {
      return await seedOnce({ ...deps, db });
    } finally {
      await sql`select pg_advisory_unlock(${SEED_LOCK})`.execute(db);
    }
  });
}

async function seedOnce(deps: AppDeps): Promise<boolean> {
  if (await findOrder(deps.db, 'o-1001')) return false;
  const now = deps.clock.now().getTime();
  const ago = (hours: number) => new Date(now - hours * HOUR);
  const base = {
    currency: 'IDR',
    courier: 'jne',
    shippingPromoUsed: false,
    shippingInsurance: false,
    receivedConfirmedAt: null,
  };
  const delivered = (hoursAgo: number) => ({
    status: 'delivered' as const,
    shippedAt: ago(hoursAgo + 48),
    deliveredAt: ago(hoursAgo),
  });
  const orders: (Order & { note: string })[] = [
    {
      id: 'o-1001',
      note: 'delivered 3 h ago, regular shop: damaged, missing items, not as described, shipping cost',
      buyerId: 'u-100',
      shopId: 's-1',
      shopIsMall: false,
      ...base,
      trackingNumber: '000000000001001',
      items: [
        { lineId: 'l1', sku: 'KMJ-BTK-M', name: 'Kemeja Batik Pria (M)', unitPrice: 150_000, quantity: 2 },
        { lineId: 'l2', sku: 'TOPI-01', name: 'Topi Rajut', unitPrice: 50_000, quantity: 1 },
      ],
      shippingCost: 18_000,
      ...delivered(3),
    },
    {
      id: 'o-1002',
      note: 'delivered 5 h ago, Mall partner: Pasti Ori (counterfeit) and Garansi 7 Hari; the seed’s example amounts',
      buyerId: 'u-100',
      shopId: 's-2',
      shopIsMall: true,
      ...base,
      trackingNumber: '000000000001002',
      items: [
        {
          lineId: 'l1',
          sku: 'SPT-LARI-42',
          name: 'Sepatu Lari Original (42)',
          unitPrice: 500_000,
          quantity: 1,
        },
      ],
      shippingCost: 20_000,
      ...delivered(5),
    },
    {
      id: 'o-1003',
      note: 'shipped, not delivered: not received',
      buyerId: 'u-100',
      shopId: 's-1',
      shopIsMall: false,
      ...base,
      trackingNumber: '000000000001003',
      items: [{ lineId: 'l1', sku: 'MUG-01', name: 'Mug Keramik', unitPrice: 45_000, quantity: 2 }],
      shippingCost: 12_000,
      status: 'shipped',
      shippedAt: ago(72),
      deliveredAt: null,
    },
    {
      id: 'o-1004',
      note: 'delivered 3 days ago: complaint window closed',
      buyerId: 'u-100',
      shopId: 's-1',
      shopIsMall: false,
      ...base,
      trackingNumber: '000000000001004',
      items: [{ lineId: 'l1', sku: 'TAS-01', name: 'Tas Selempang', unitPrice: 120_000, quantity: 1 }],
      shippingCost: 15_000,
      ...delivered(72),
    },
    {
      id: 'o-1005',
      note: 'completed (receipt confirmed): already confirmed',
      buyerId: 'u-100',
      shopId: 's-2',
      shopIsMall: true,
      ...base,
      trackingNumber: '000000000001005',
      items: [{ lineId: 'l1', sku: 'KAOS-OR', name: 'Kaos Olahraga', unitPrice: 200_000, quantity: 1 }],
      shippingCost: 10_000,
      status: 'completed',
      shippedAt: ago(60),
      deliveredAt: ago(10),
      receivedConfirmedAt: ago(9),
    },
    {
      id: 'o-1006',
      note: 'paid, not shipped: not delivered',
      buyerId: 'u-100',
      shopId: 's-1',
      shopIsMall: false,
      ...base,
      courier: null,
      trackingNumber: null,
      items: [{ lineId: 'l1', sku: 'BUKU-01', name: 'Buku Resep Nusantara', unitPrice: 85_000, quantity: 1 }],
      shippingCost: 9_000,
      status: 'paid',
      shippedAt: null,
      deliveredAt: null,
    },
    {
      id: 'o-1007',
      note: 'delivered, shipping promo coupon used: no original shipping refund',
      buyerId: 'u-101',
      shopId: 's-2',
      shopIsMall: true,
      ...base,
      shippingPromoUsed: true,
      trackingNumber: '000000000001007',
      items: [{ lineId: 'l1', sku: 'JAKET-01', name: 'Jaket Hujan', unitPrice: 300_000, quantity: 1 }],
      shippingCost: 20_000,
      ...delivered(2),
    },
    {
      id: 'o-1008',
      note: 'delivered, shipping insurance: no shipping reimbursement',
      buyerId: 'u-101',
      shopId: 's-1',
      shopIsMall: false,
      ...base,
      shippingInsurance: true,
      trackingNumber: '000000000001008',
      items: [{ lineId: 'l1', sku: 'LAMPU-01', name: 'Lampu Meja LED', unitPrice: 175_000, quantity: 1 }],
      shippingCost: 16_000,
      ...delivered(4),
    },
    {
      id: 'o-1009',
      note: 'cancelled',
      buyerId: 'u-101',
      shopId: 's-1',
      shopIsMall: false,
      ...base,
      courier: null,
      trackingNumber: null,
      items: [{ lineId: 'l1', sku: 'PIRING-01', name: 'Piring Set', unitPrice: 99_000, quantity: 1 }],
      shippingCost: 11_000,
      status: 'cancelled',
      shippedAt: null,
      deliveredAt: null,
    },
    {
      id: 'o-1010',
      note: 'delivered, a complaint is already open on it',
      buyerId: 'u-101',
      shopId: 's-1',
      shopIsMall: false,
      ...base,
      trackingNumber: '000000000001010',
      items: [{ lineId: 'l1', sku: 'SPREI-01', name: 'Sprei Katun', unitPrice: 220_000, quantity: 1 }],
      shippingCost: 14_000,
      ...delivered(6),
    },
    {
      id: 'o-1011',
      note: 'delivered, escalated complaint waiting for Customer Care',
      buyerId: 'u-102',
      shopId: 's-2',
      shopIsMall: true,
      ...base,
      trackingNumber: '000000000001011',
      items: [{ lineId: 'l1', sku: 'RAKET-01', name: 'Raket Badminton', unitPrice: 450_000, quantity: 1 }],
      shippingCost: 22_000,
      ...delivered(20),
    },
    {
      id: 'o-1012',
      note: 'delivered 1 h ago: several items to dispute in part',
      buyerId: 'u-102',
      shopId: 's-1',
      shopIsMall: false,
      ...base,
      trackingNumber: '000000000001012',
      items: [
        { lineId: 'l1', sku: 'TEH-01', name: 'Teh Celup (isi 25)', unitPrice: 25_000, quantity: 4 },
        { lineId: 'l2', sku: 'GULA-01', name: 'Gula Aren 500 g', unitPrice: 40_000, quantity: 2 },
      ],
      shippingCost: 10_000,
      ...delivered(1),
    },
  ];
  for (const { note: _note, ...order } of orders) await upsertOrder(deps, order);

  // Complaints already under way, so every role has something to look at.
  const dewi: Actor = { role: 'buyer', id: 'u-102' };
  const budi: Actor = { role: 'buyer', id: 'u-101' };
  const mallSeller: Actor = { role: 'seller', id: 'u-201', shopId: 's-2' };
  const open = await fileComplaint(deps, budi, {
    orderId: 'o-1010',
    category: 'not_as_described',
    description: 'Warna sprei berbeda dengan foto di halaman produk.',
    items: [{ lineId: 'l1', quantity: 1 }],
    desiredSolution: { type: 'refund', amount: 100_000 },
  });
  await actions.addEvidence(deps, budi, open.id, {
    kind: 'chronology',
    text: 'Sprei yang datang berwarna abu-abu, padahal saya memesan biru.',
  });
  const escalated = await fileComplaint(deps, dewi, {
    orderId: 'o-1011',
    category: 'not_as_described',
    description: 'Raket yang diterima bukan tipe yang saya pesan.',
    items: [{ lineId: 'l1', quantity: 1 }],
    desiredSolution: { type: 'refund' },
  });
  await actions.addEvidence(deps, dewi, escalated.id, {
    kind: 'chronology',
    text: 'Saya memesan raket tipe A tetapi yang datang tipe B yang lebih murah.',
  });
  const photo = await uploadFile(deps, dewi, {
    stream: Readable.from(samplePng([30, 90, 200])),
    filename: 'raket.png',
  });
  const video = await uploadFile(deps, dewi, {
    stream: Readable.from(sampleMp4()),
    filename: 'unboxing.mp4',
  });
  await actions.addEvidence(deps, dewi, escalated.id, { kind: 'product_photo', attachmentId: photo.id });
  await actions.addEvidence(deps, dewi, escalated.id, { kind: 'unboxing_video', attachmentId: video.id });
  const withEvidence = await actions.submitEvidence(deps, dewi, escalated.id);
  await actions.rejectProposal(
    deps,
    mallSeller,
    escalated.id,
    withEvidence.proposals[0]!.id,
    'Barang sudah sesuai dengan deskripsi.',
  );
  await actions.escalateComplaint(deps, dewi, escalated.id, 'Penjual menolak, mohon bantuan Tokolink Care.');
  return true;
}
