import { randomBytes } from 'node:crypto';
import { samplePng, sampleMp4 } from '../../src/demo/sample-files.ts';
import type { ApiResponse, Caller, TestApp } from './app.ts';

export function uniqueId(prefix: string): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}

const HOUR = 3_600_000;

export interface OrderOptions {
  shopIsMall?: boolean;
  status?: 'paid' | 'shipped' | 'delivered' | 'completed' | 'cancelled';
  deliveredHoursAgo?: number;
  items?: { lineId: string; sku?: string; name: string; unitPrice: number; quantity: number }[];
  shippingCost?: number;
  shippingPromoUsed?: boolean;
  shippingInsurance?: boolean;
  receivedConfirmedAt?: string | null;
}

export interface GivenOrder {
  id: string;
  buyer: Caller;
  seller: Caller;
  body: Record<string, unknown>;
}

/** A multipart/form-data body with one file part named "file". */
export function multipart(bytes: Buffer, filename: string, contentType = 'application/octet-stream') {
  const boundary = `----sepakat${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Factories that build orders and complaints in a given state through the public API. */
export class Given {
  readonly t: TestApp;
  constructor(t: TestApp) {
    this.t = t;
  }

  async order(opts: OrderOptions = {}): Promise<GivenOrder> {
    const id = uniqueId('o');
    const buyer: Caller = { role: 'buyer', id: uniqueId('u') };
    const shopId = uniqueId('s');
    const seller: Caller = { role: 'seller', id: uniqueId('u'), shopId };
    const now = this.t.now().getTime();
    const status = opts.status ?? 'delivered';
    const deliveredAt =
      status === 'delivered' || status === 'completed'
        ? new Date(now - (opts.deliveredHoursAgo ?? 1) * HOUR).toISOString()
        : null;
    const body = {
      buyerId: buyer.id,
      shopId,
      shopIsMall: opts.shopIsMall ?? false,
      currency: 'IDR',
      items: opts.items ?? [
        { lineId: 'l1', sku: 'SPT-1', name: 'Sepatu Lari', unitPrice: 500_000, quantity: 1 },
      ],
      shippingCost: opts.shippingCost ?? 20_000,
      shippingPromoUsed: opts.shippingPromoUsed ?? false,
      shippingInsurance: opts.shippingInsurance ?? false,
      courier: 'jne',
      trackingNumber: '1234567890123456',
      status,
      shippedAt: status === 'paid' || status === 'cancelled' ? null : new Date(now - 72 * HOUR).toISOString(),
      deliveredAt,
      receivedConfirmedAt:
        opts.receivedConfirmedAt ?? (status === 'completed' ? new Date(now).toISOString() : null),
    };
    const res = await this.t.platform.put(`/v1/orders/${id}`, body);
    if (res.status !== 201) throw new Error(`order upsert failed: ${res.status} ${JSON.stringify(res.body)}`);
    return { id, buyer, seller, body };
  }

  async upload(caller: Caller, kind: 'photo' | 'video' = 'photo'): Promise<string> {
    const bytes = kind === 'photo' ? samplePng([200, 30, 30]) : sampleMp4();
    const res = await this.uploadBytes(caller, bytes, kind === 'photo' ? 'photo.png' : 'video.mp4');
    if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.attachmentId as string;
  }

  async uploadBytes(
    caller: Caller,
    bytes: Buffer,
    filename: string,
    contentType?: string,
  ): Promise<ApiResponse> {
    const { payload, headers } = multipart(bytes, filename, contentType);
    return this.t.as(caller).post('/v1/uploads', payload, headers);
  }

  /** Attach the default policy's required evidence for the category. */
  async completeEvidence(
    complaintId: string,
    buyer: Caller,
    category: string,
    isMall: boolean,
  ): Promise<void> {
    const client = this.t.as(buyer);
    const attach = async (kind: string, media?: 'photo' | 'video') => {
      const body = media
        ? { kind, attachmentId: await this.upload(buyer, media) }
        : { kind, text: 'Barang datang dalam kondisi tidak sesuai; kronologi lengkap terlampir di sini.' };
      const res = await client.post(`/v1/complaints/${complaintId}/evidence`, body);
      if (res.status !== 200) throw new Error(`evidence failed: ${res.status} ${JSON.stringify(res.body)}`);
    };
    const needs: Record<string, [string, ('photo' | 'video')?][]> = {
      counterfeit: [['chronology'], ['product_photo', 'photo'], ['unboxing_video', 'video']],
      damaged: [
        ['product_photo', 'photo'],
        ['product_photo', 'photo'],
        ['packaging_photo', 'photo'],
      ],
      missing_items: [
        ['product_photo', 'photo'],
        ['packaging_photo', 'photo'],
      ],
      not_as_described: isMall
        ? [
            ['product_photo', 'photo'],
            ['unboxing_video', 'video'],
          ]
        : [['product_photo', 'photo']],
      shipping_cost: [['invoice', 'photo']],
      not_received: [],
    };
    for (const [kind, media] of needs[category] ?? []) await attach(kind, media);
  }

  /**
   * A complaint in the given status, through the API: filed, evidence submitted, and for
   * `negotiating` the buyer's proposal rejected by the seller; for `escalated` then escalated.
   */
  async complaint(
    opts: {
      status?: 'awaiting_evidence' | 'awaiting_seller' | 'negotiating' | 'escalated';
      category?: string;
      desiredSolution?: { type: string; amount?: number };
      items?: { lineId: string; quantity: number }[];
      order?: OrderOptions;
    } = {},
  ) {
    const category = opts.category ?? 'damaged';
    const order = await this.order({
      ...(category === 'not_received' ? { status: 'shipped' as const } : {}),
      ...opts.order,
    });
    const { buyer, seller } = order;
    const filed = await this.t.as(buyer).post('/v1/complaints', {
      orderId: order.id,
      category,
      description: 'Barang yang diterima rusak di bagian sol.',
      items: opts.items ?? [{ lineId: 'l1', quantity: 1 }],
      desiredSolution: opts.desiredSolution ?? { type: 'refund' },
    });
    if (filed.status !== 201) throw new Error(`filing failed: ${filed.status} ${JSON.stringify(filed.body)}`);
    let complaint = filed.body;
    const status = opts.status ?? 'awaiting_seller';
    if (status !== 'awaiting_evidence' && complaint.status === 'awaiting_evidence') {
      await this.completeEvidence(complaint.id, buyer, category, order.body.shopIsMall as boolean);
      complaint = (await this.t.as(buyer).post(`/v1/complaints/${complaint.id}/evidence/submit`)).body;
    }
    if (status === 'negotiating' || status === 'escalated') {
      const proposalId = complaint.proposals[0].id;
      complaint = (
        await this.t.as(seller).post(`/v1/complaints/${complaint.id}/proposals/${proposalId}/reject`, {
          reason: 'Barang dikirim dalam kondisi baik.',
        })
      ).body;
    }
    if (status === 'escalated') {
      complaint = (
        await this.t.as(buyer).post(`/v1/complaints/${complaint.id}/escalate`, { reason: 'Penjual menolak.' })
      ).body;
    }
    if (complaint.status !== status)
      throw new Error(`expected ${status}, got ${complaint.status}: ${JSON.stringify(complaint)}`);
    return { complaint, order, buyer, seller };
  }
}
