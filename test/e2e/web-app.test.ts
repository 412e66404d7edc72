import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { samplePng } from '../../src/demo/sample-files.ts';
import { Given } from '../helpers/given.ts';
import {
  assertAccessible,
  assertFitsScreen,
  browserUnavailable,
  newPage,
  pageErrors,
  screenshot,
  signIn,
  startWebApp,
  type WebApp,
} from '../helpers/browser.ts';

const HOUR = 3_600_000;
const skip = browserUnavailable();
const WAIT = { timeout: 15_000 };

/**
 * An order of the demo buyer Sari (u-100), delivered an hour ago: at the demo's regular shop (s-1),
 * or with `mall`, at its Mall partner (s-2).
 */
async function orderForSari(
  app: WebApp,
  id: string,
  opts: { deliveredHoursAgo?: number; mall?: boolean; item?: { name: string; unitPrice: number } } = {},
) {
  const now = app.t.now().getTime();
  const item = opts.item ?? { name: 'Sepatu Lari', unitPrice: 500_000 };
  const res = await app.t.platform.put(`/v1/orders/${id}`, {
    buyerId: 'u-100',
    shopId: opts.mall ? 's-2' : 's-1',
    shopIsMall: opts.mall ?? false,
    items: [{ lineId: 'l1', sku: 'SKU-1', ...item, quantity: 1 }],
    shippingCost: 20_000,
    courier: 'jne',
    trackingNumber: '1234567890123456',
    status: 'delivered',
    shippedAt: new Date(now - 72 * HOUR).toISOString(),
    deliveredAt: new Date(now - (opts.deliveredHoursAgo ?? 1) * HOUR).toISOString(),
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
}

/** Fill the return address fields (the complaint's form and the shop's are the same). */
async function fillAddress(
  page: Page,
  a: { name: string; phone: string; line1: string; city: string; province: string; postalCode: string },
) {
  await page.getByLabel('Nama penerima').fill(a.name);
  await page.getByLabel('Telepon').fill(a.phone);
  await page.getByLabel('Alamat', { exact: true }).fill(a.line1);
  await page.getByLabel('Kota').fill(a.city);
  await page.getByLabel('Provinsi').fill(a.province);
  await page.getByLabel('Kode pos').fill(a.postalCode);
}

const png = (name: string, rgb: [number, number, number]) => ({
  name,
  mimeType: 'image/png',
  buffer: samplePng(rgb, 96),
});

async function attachPhoto(page: Page, kind: string, name: string, rgb: [number, number, number]) {
  await page.getByLabel('Jenis bukti').selectOption({ label: kind });
  await page.getByLabel('Berkas (foto atau video)').setInputFiles(png(name, rgb));
  await page.getByRole('img', { name }).waitFor(WAIT); // the preview
  await page.getByRole('button', { name: 'Tambahkan bukti' }).click();
  await page.getByRole('img', { name }).waitFor({ state: 'detached', ...WAIT });
}

describe('the web app in a browser', { skip: skip ?? false }, () => {
  let app: WebApp;
  before(async () => {
    app = await startWebApp();
  });
  after(() => app?.close());

  it('walks a complaint from filing to refund across buyer, seller and agent, accessibly', async () => {
    await orderForSari(app, 'o-web-1');
    const buyer = await newPage(app, { phone: true });
    await signIn(buyer, app, /Sari Wulandari/);
    await assertAccessible(buyer, 'orders');
    await assertFitsScreen(buyer, 'orders (phone)');

    // My orders: what can be complained about, until when.
    const card = buyer.locator('article', { hasText: 'Pesanan o-web-1' });
    await card.getByText(/Bisa komplain sampai/).waitFor(WAIT);
    await screenshot(buyer, 'buyer-orders');
    await card.getByRole('link', { name: 'Ajukan Komplain' }).click();

    // The wizard: problem, items, solution, story.
    await buyer.getByRole('radio', { name: /Barang rusak/ }).check();
    await assertAccessible(buyer, 'wizard');
    await assertFitsScreen(buyer, 'wizard (phone)');
    await buyer.getByRole('button', { name: 'Lanjut' }).click();
    // Going on without choosing an item says what is missing.
    await buyer.getByRole('button', { name: 'Lanjut' }).click();
    await buyer.getByRole('alert').getByText('Pilih minimal satu barang.').waitFor(WAIT);
    await buyer.getByRole('checkbox', { name: /Sepatu Lari/ }).check();
    await buyer.getByRole('button', { name: 'Lanjut' }).click();
    await buyer.getByRole('radio', { name: 'Pengembalian dana' }).check();
    await buyer.getByRole('button', { name: 'Lanjut' }).click();
    await buyer
      .getByLabel('Ceritakan apa yang terjadi')
      .fill('Sol sepatu kanan lepas saat dibuka dari kardus.');
    await screenshot(buyer, 'buyer-wizard');
    await buyer.getByRole('button', { name: 'Ajukan komplain', exact: true }).click();

    // Evidence: submitting too early names what is missing, in Indonesian.
    await buyer.getByRole('heading', { name: 'Bukti' }).waitFor(WAIT);
    await buyer.getByRole('button', { name: 'Kirim bukti ke penjual' }).click();
    const incomplete = buyer.getByRole('alert').filter({ hasText: 'Bukti belum lengkap.' });
    await incomplete.waitFor(WAIT);
    assert.match(await incomplete.innerText(), /Foto produk/);
    await attachPhoto(buyer, 'Foto produk', 'sol-lepas.png', [200, 40, 40]);
    await attachPhoto(buyer, 'Foto produk', 'sol-dekat.png', [180, 60, 40]);
    await attachPhoto(buyer, 'Foto kemasan', 'kardus.png', [150, 120, 60]);
    await buyer.getByText('Semua bukti yang diminta sudah lengkap.').waitFor(WAIT);
    await assertAccessible(buyer, 'evidence step');
    await assertFitsScreen(buyer, 'evidence step (phone)');
    await buyer.getByRole('button', { name: 'Kirim bukti ke penjual' }).click();

    // The complaint page: waiting on the seller, with a countdown and what happens when it passes.
    await buyer.waitForURL(/\/complaints\/cmp_/);
    const complaintUrl = new URL(buyer.url()).pathname;
    await buyer.getByText('Menunggu penjual').first().waitFor(WAIT);
    await buyer.getByText(/dana dikembalikan ke pembeli karena penjual tidak merespons/).waitFor(WAIT);
    await assertAccessible(buyer, 'complaint page (buyer)');
    await assertFitsScreen(buyer, 'complaint page (buyer, phone)');

    // The seller's inbox, most urgent first, with the complaint waiting on them.
    const seller = await newPage(app);
    await signIn(seller, app, /Toko Sumber Rejeki/);
    const row = seller.locator('article', { hasText: 'Pesanan o-web-1' });
    await row.getByText('Giliran Anda').waitFor(WAIT);
    await assertAccessible(seller, 'seller inbox');
    await screenshot(seller, 'seller-inbox');
    await row.getByRole('link').click();
    await seller.getByRole('heading', { name: 'Tawaran solusi' }).waitFor(WAIT);
    await seller
      .getByRole('img', { name: /Foto produk dari Pembeli/ })
      .first()
      .waitFor(WAIT);
    await seller.getByRole('button', { name: 'Tolak', exact: true }).click();
    await seller.getByLabel('Alasan menolak').fill('Sepatu dikirim dalam kondisi baik, ada video packing.');
    await seller.getByRole('button', { name: 'Tolak', exact: true }).click();
    await seller.getByText('Diskusi', { exact: true }).first().waitFor(WAIT);
    await seller.getByLabel('Pesan', { exact: true }).fill('Mohon kirim foto label pengiriman juga.');
    await seller.getByRole('button', { name: 'Kirim pesan' }).click();
    await seller.getByText('Mohon kirim foto label pengiriman juga.').waitFor(WAIT);
    await assertAccessible(seller, 'complaint page (seller)');

    // The buyer's open page follows without a reload: the rejection and the message arrive.
    await buyer.getByText('Mohon kirim foto label pengiriman juga.').waitFor(WAIT);
    await buyer.getByText('Diskusi', { exact: true }).first().waitFor(WAIT);
    await screenshot(buyer, 'buyer-complaint');
    // The unread badge counts what the seller did.
    assert.match(await buyer.getByRole('link', { name: /Notifikasi/ }).innerText(), /\d/);

    // The buyer asks Customer Care for help.
    const escalate = buyer.locator('details', { hasText: 'Minta bantuan Customer Care' });
    await escalate.locator('summary').click();
    await escalate.getByLabel('Alasan').fill('Penjual menolak padahal foto jelas menunjukkan sol lepas.');
    await buyer.getByRole('button', { name: 'Minta bantuan Customer Care' }).click();
    await buyer.getByText('Ditangani Customer Care').first().waitFor(WAIT);

    // The agent: the queue, the case, the decision with its money shown first.
    const agent = await newPage(app);
    await signIn(agent, app, /Rina/);
    const queued = agent.locator('tr', { hasText: 'Diteruskan' }).first();
    await queued.waitFor(WAIT);
    await assertAccessible(agent, 'agent queue');
    await screenshot(agent, 'agent-queue');
    await agent.goto(`${app.url}${complaintUrl}`);
    await agent.getByRole('button', { name: 'Tangani kasus ini' }).click();
    await agent.getByText('Ditangani a-1').waitFor(WAIT);
    const quote = agent.locator('table.settlement', { hasText: 'Rincian dana sebelum diputuskan' });
    await quote.getByText('Pengembalian dana barang').waitFor(WAIT);
    assert.match((await quote.innerText()).replace(/\s/g, ' '), /Total ke pembeli\s+Rp 520\.000/);
    // A partial refund changes the quote before anything is decided.
    await agent.getByLabel(/Jumlah pengembalian dana/).fill('300.000');
    // Money is written with a no-break space after Rp.
    await quote
      .getByText(/Rp\s220\.000/)
      .first()
      .waitFor(WAIT); // released to the seller
    await agent.getByLabel(/Jumlah pengembalian dana/).fill('');
    await agent
      .getByLabel('Alasan keputusan (dibaca kedua pihak)')
      .fill('Foto menunjukkan kerusakan pada sol; pengembalian dana penuh.');
    await assertAccessible(agent, 'case view (agent)');
    await screenshot(agent, 'agent-case');
    await agent.getByRole('button', { name: 'Putuskan' }).click();
    await agent.getByText(/Keputusan Customer Care:/).waitFor(WAIT);

    // After the appeal window the decision is carried out: the buyer sees who pays what.
    await app.t.advance(49);
    const settlement = buyer.locator('table.settlement', { hasText: 'Rincian dana' });
    await settlement.waitFor(WAIT);
    const text = (await settlement.innerText()).replace(/\s/g, ' ');
    assert.match(text, /Pengembalian dana barang.*Rp 500\.000/);
    assert.match(text, /Pengembalian ongkir.*Rp 20\.000/);
    assert.match(text, /Total ke pembeli\s+Rp 520\.000/);
    await buyer.getByText(/Hasil:\s*Dana dikembalikan/).waitFor(WAIT);
    await assertAccessible(buyer, 'resolved complaint (buyer)');
    await assertFitsScreen(buyer, 'settlement (phone)');
    await screenshot(buyer, 'buyer-settlement', settlement);

    // My complaints: the list with where each stands.
    await buyer.getByRole('link', { name: 'Komplain Saya' }).click();
    await buyer.getByRole('button', { name: 'Selesai' }).click();
    await buyer
      .locator('article', { hasText: 'Pesanan o-web-1' })
      .getByText('Dana dikembalikan')
      .waitFor(WAIT);
    await assertAccessible(buyer, 'my complaints');
    await assertFitsScreen(buyer, 'my complaints (phone)');

    // Notifications, and the switch to English.
    await buyer.getByRole('link', { name: /Notifikasi/ }).click();
    await buyer.getByRole('heading', { name: 'Notifikasi' }).waitFor(WAIT);
    await assertAccessible(buyer, 'notifications');
    await buyer.getByRole('button', { name: 'Switch to English' }).click();
    await buyer.getByRole('heading', { name: 'Notifications' }).waitFor(WAIT);
    assert.equal(await buyer.getAttribute('html', 'lang'), 'en');

    for (const page of [buyer, seller, agent]) assert.deepEqual(pageErrors(page), []);
  });

  it('shows refusals as readable messages in the user’s language and keeps what was typed', async () => {
    // An order delivered three days ago can no longer be complained about.
    await orderForSari(app, 'o-web-late', { deliveredHoursAgo: 72 });
    const buyer = await newPage(app);
    await signIn(buyer, app, /Sari Wulandari/);
    await buyer
      .locator('article', { hasText: 'Pesanan o-web-late' })
      .getByText(/Batas waktu komplain \(2×24 jam sejak pesanan sampai\) sudah lewat/)
      .waitFor(WAIT);

    // A return: the tracking number is checked against the courier's format, the form keeps its values.
    await orderForSari(app, 'o-web-3');
    const sari = app.t.as({ role: 'buyer', id: 'u-100' });
    const shop = app.t.as({ role: 'seller', id: 'u-200', shopId: 's-1' });
    const complaint = (
      await sari.post('/v1/complaints', {
        orderId: 'o-web-3',
        category: 'not_as_described',
        description: 'Warna berbeda dari foto di etalase.',
        items: [{ lineId: 'l1', quantity: 1 }],
        desiredSolution: { type: 'return_refund' },
      })
    ).body;
    await buyer.goto(`${app.url}/complaints/${complaint.id}`);
    await buyer.getByRole('heading', { name: 'Bukti' }).first().waitFor(WAIT);
    await attachPhoto(buyer, 'Foto produk', 'warna.png', [20, 90, 200]);
    await buyer.getByRole('button', { name: 'Kirim bukti ke penjual' }).click();
    await buyer.getByText('Menunggu penjual').first().waitFor(WAIT);
    const pending = (await sari.get(`/v1/complaints/${complaint.id}`)).body;
    const accepted = await shop.post(
      `/v1/complaints/${complaint.id}/proposals/${pending.proposals[0].id}/accept`,
    );
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    const address = await shop.put(`/v1/complaints/${complaint.id}/return-address`, {
      name: 'Toko Sumber Rejeki',
      phone: '0812345678',
      line1: 'Jl. Melati 5',
      city: 'Bandung',
      province: 'Jawa Barat',
      postalCode: '40111',
    });
    assert.equal(address.status, 200, JSON.stringify(address.body));
    await buyer.getByRole('heading', { name: 'Kembalikan barang & dana' }).waitFor(WAIT);
    await buyer.getByLabel('Kurir').selectOption('jne');
    await buyer.getByLabel('Nomor resi').fill('12345');
    await buyer.getByLabel('Ongkos kirim (Rp)').fill('15.000');
    await buyer.getByRole('button', { name: 'Simpan pengiriman' }).click();
    await buyer.getByRole('alert').getByText('Nomor resi tidak sesuai format kurir.').waitFor(WAIT);
    assert.equal(await buyer.getByLabel('Nomor resi').inputValue(), '12345');
    assert.equal(await buyer.getByLabel('Ongkos kirim (Rp)').inputValue(), '15.000');

    // The original delivery's tracking number: the server refuses it, in English after the switch.
    await buyer.getByRole('button', { name: 'English' }).click();
    await buyer.getByLabel('Tracking number').fill('1234567890123456');
    await buyer.getByRole('button', { name: 'Save shipment' }).click();
    const refusal = buyer.getByRole('alert');
    await refusal.waitFor(WAIT);
    await assertAccessible(buyer, 'return shipment form with an error');
    await screenshot(buyer, 'buyer-return-error');
    const message = await refusal.innerText();
    assert.match(message, /That did not work\. This tracking number is already used by another shipment\./);
    assert.equal(await buyer.getByLabel('Tracking number').inputValue(), '1234567890123456');
    // With a proper number the return is on its way.
    await buyer.getByLabel('Tracking number').fill('9876543210987654');
    await buyer.getByRole('button', { name: 'Save shipment' }).click();
    await buyer.getByText('Return on its way').first().waitFor(WAIT);

    // The seller: the return arrives (before tracking reports it), the inspection accepts it, the
    // buyer is refunded.
    const seller = await newPage(app);
    await signIn(seller, app, /Toko Sumber Rejeki/);
    await seller.goto(`${app.url}/complaints/${complaint.id}`);
    await seller.getByRole('button', { name: 'Barang retur sudah sampai' }).click();
    await seller.getByRole('radio', { name: 'Sesuai, setujui pengembalian dana' }).check();
    await seller.getByLabel('Catatan pemeriksaan').fill('Barang kembali lengkap dengan label.');
    await assertAccessible(seller, 'inspection form');
    await seller.getByRole('button', { name: 'Simpan', exact: true }).click();
    await seller.getByText(/Hasil:\s*Barang dikembalikan, dana dikembalikan/).waitFor(WAIT);
    await buyer.getByText(/Outcome:\s*Returned and refunded/).waitFor(WAIT);

    // The seller's inbox filters: the ended complaint is under "Selesai".
    await seller.getByRole('link', { name: 'Kotak Masuk Komplain' }).click();
    await seller.getByRole('button', { name: 'Selesai' }).click();
    await seller.locator('article', { hasText: 'Pesanan o-web-3' }).waitFor(WAIT);
    assert.equal(await seller.locator('article', { hasText: 'Pesanan o-web-1' }).count(), 1);
    await seller.getByLabel('Masalah').selectOption({ label: 'Barang rusak' });
    await seller.locator('article', { hasText: 'Pesanan o-web-3' }).waitFor({ state: 'detached', ...WAIT });

    assert.deepEqual(pageErrors(buyer), []);
    assert.deepEqual(pageErrors(seller), []);
  });

  it('carries an exchange through the return address, a rejected inspection, Customer Care’s tools, the replacement and its receipt', async () => {
    await orderForSari(app, 'o-web-7');
    const sari = { role: 'buyer' as const, id: 'u-100' };
    const shop = app.t.as({ role: 'seller', id: 'u-200', shopId: 's-1' });
    const filed = await app.t.as(sari).post('/v1/complaints', {
      orderId: 'o-web-7',
      category: 'damaged',
      description: 'Jahitan sepatu lepas.',
      items: [{ lineId: 'l1', quantity: 1 }],
      desiredSolution: { type: 'return_exchange' },
    });
    const id = filed.body.id as string;
    await new Given(app.t).completeEvidence(id, sari, 'damaged', false);
    const submitted = await app.t.as(sari).post(`/v1/complaints/${id}/evidence/submit`);
    assert.equal(
      (await shop.post(`/v1/complaints/${id}/proposals/${submitted.body.proposals[0].id}/accept`)).status,
      200,
    );

    // The seller gives the return address through the form.
    const seller = await newPage(app);
    await signIn(seller, app, /Toko Sumber Rejeki/);
    await seller.goto(`${app.url}/complaints/${id}`);
    await fillAddress(seller, {
      name: 'Gudang Sumber Rejeki',
      phone: '0812-3456-7890',
      line1: 'Jl. Melati 5',
      city: 'Bandung',
      province: 'Jawa Barat',
      postalCode: '40111',
    });
    await assertAccessible(seller, 'return address form');
    await seller.getByRole('button', { name: 'Simpan', exact: true }).click();
    await seller.getByText('Gudang Sumber Rejeki · 0812-3456-7890').waitFor(WAIT);

    // The return travels and arrives; the seller rejects it with a photo: Customer Care takes over.
    const shipped = await app.t.as(sari).post(`/v1/complaints/${id}/return-shipment`, {
      courier: 'sicepat',
      trackingNumber: '001234567890',
      cost: 12_000,
    });
    assert.equal(shipped.status, 200, JSON.stringify(shipped.body));
    await app.t.platform.post('/v1/shipments/001234567890/delivered');
    await seller.getByRole('radio', { name: 'Tidak sesuai, tolak' }).check();
    await seller
      .getByLabel('Catatan pemeriksaan')
      .fill('Yang dikembalikan sepatu lain, bukan dari toko kami.');
    const save = seller.getByRole('button', { name: 'Simpan', exact: true });
    assert.equal(await save.isDisabled(), true, 'a rejection needs a photo');
    await seller.getByLabel('Foto barang yang kembali').setInputFiles(png('retur.png', [90, 90, 90]));
    await save.click();
    await seller
      .getByText(/Diteruskan ke Customer Care: Penjual menolak hasil pemeriksaan: Yang dikembalikan/)
      .waitFor(WAIT);

    // Customer Care: an internal note, an evidence request, a longer deadline, then the decision.
    const agent = await newPage(app);
    await signIn(agent, app, /Rina/);
    await agent.goto(`${app.url}/complaints/${id}`);
    const note = agent.locator('details', { hasText: 'Catatan internal (hanya Customer Care)' });
    await note.locator('summary').click();
    await note.getByLabel('Catatan internal (hanya Customer Care)').fill('Cek foto resi retur dulu.');
    await note.getByRole('button', { name: 'Simpan catatan' }).click();
    await agent.locator('.bubble.internal', { hasText: 'Cek foto resi retur dulu.' }).waitFor(WAIT);
    const ask = agent.locator('details', { hasText: 'Minta bukti' });
    await ask.locator('summary').click();
    await ask.getByLabel('Yang diminta').fill('Foto resi pengiriman retur.');
    await ask.getByLabel('Waktu untuk menjawab (jam)').fill('12');
    await ask.getByRole('button', { name: 'Minta bukti' }).click();
    await agent
      .getByText(/Customer Care meminta bukti dari pembeli: Foto resi pengiriman retur\./)
      .waitFor(WAIT);
    const extend = agent.locator('details', { hasText: 'Perpanjang tenggat' });
    await extend.locator('summary').click();
    await extend.getByLabel('Tambahan (jam)').fill('');
    await extend.getByLabel('Tambahan (jam)').fill('48');
    assert.equal(await extend.getByLabel('Tambahan (jam)').inputValue(), '48');
    await extend.getByLabel('Alasan').fill('Menunggu bukti pembeli.');
    await extend.getByRole('button', { name: 'Perpanjang tenggat' }).click();
    await agent.getByText(/memperpanjang tenggat/).waitFor(WAIT);
    await assertAccessible(agent, 'agent tools');
    // The parties never see the note.
    const buyer = await newPage(app);
    await signIn(buyer, app, /Sari Wulandari/);
    await buyer.goto(`${app.url}/complaints/${id}`);
    await buyer.getByText(/Customer Care meminta bukti dari pembeli/).waitFor(WAIT);
    assert.equal(await buyer.getByText('Cek foto resi retur dulu.').count(), 0);

    await agent.getByLabel('Solusi', { exact: true }).selectOption({ label: 'Tukar barang' });
    await agent
      .getByLabel('Alasan keputusan (dibaca kedua pihak)')
      .fill('Retur sesuai resi; penjual mengirim pengganti.');
    await agent.getByRole('button', { name: 'Putuskan' }).click();
    await agent.getByText(/Keputusan Customer Care:/).waitFor(WAIT);
    await app.t.advance(49);

    // The seller ships the replacement; the buyer confirms it arrived (after a confirmation).
    await seller.getByRole('heading', { name: 'Tukar barang' }).waitFor(WAIT);
    await seller.getByLabel('Kurir').selectOption('jnt');
    await seller.getByLabel('Nomor resi').fill('JP1234567890');
    await seller.getByLabel('Ongkos kirim (Rp)').fill('18.000');
    await seller.getByRole('button', { name: 'Simpan pengiriman' }).click();
    await seller.getByText('Kiriman penjual dalam perjalanan').first().waitFor(WAIT);
    await buyer.getByRole('button', { name: 'Barang sudah saya terima' }).waitFor(WAIT);
    buyer.once('dialog', (dialog) => void dialog.accept());
    await buyer.getByRole('button', { name: 'Barang sudah saya terima' }).click();
    await buyer.getByText(/Hasil:\s*Barang ditukar/).waitFor(WAIT);
    await assertAccessible(buyer, 'exchanged complaint (buyer)');

    for (const page of [buyer, seller, agent]) assert.deepEqual(pageErrors(page), []);
  });

  it('lets a seller keep a default return address, used by itself when a return starts', async () => {
    const seller = await newPage(app);
    await signIn(seller, app, /Larisa Sport/);
    await seller.getByRole('link', { name: 'Alamat Retur Toko' }).click();
    await seller.getByRole('heading', { name: 'Alamat retur toko' }).waitFor(WAIT);
    await fillAddress(seller, {
      name: 'Gudang Larisa Sport',
      phone: '021-5550199',
      line1: 'Jl. Gatot Subroto 12',
      city: 'Jakarta Selatan',
      province: 'DKI Jakarta',
      postalCode: '12930',
    });
    await assertAccessible(seller, 'shop return address');
    await seller.getByRole('button', { name: 'Simpan', exact: true }).click();
    await seller.getByRole('status').getByText('Tersimpan.').waitFor(WAIT);
    await seller.reload();
    assert.equal(await seller.getByLabel('Kota').inputValue(), 'Jakarta Selatan');

    // A return on one of the shop's complaints starts with that address: the buyer can ship at once.
    await orderForSari(app, 'o-web-8', { mall: true, item: { name: 'Jaket Lari', unitPrice: 400_000 } });
    const sari = { role: 'buyer' as const, id: 'u-100' };
    const filed = await app.t.as(sari).post('/v1/complaints', {
      orderId: 'o-web-8',
      category: 'damaged',
      description: 'Resleting rusak.',
      items: [{ lineId: 'l1', quantity: 1 }],
      desiredSolution: { type: 'return_refund' },
    });
    await new Given(app.t).completeEvidence(filed.body.id, sari, 'damaged', true);
    const submitted = await app.t.as(sari).post(`/v1/complaints/${filed.body.id}/evidence/submit`);
    const accepted = await app.t
      .as({ role: 'seller', id: 'u-201', shopId: 's-2' })
      .post(`/v1/complaints/${filed.body.id}/proposals/${submitted.body.proposals[0].id}/accept`);
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    const buyer = await newPage(app);
    await signIn(buyer, app, /Sari Wulandari/);
    await buyer.goto(`${app.url}/complaints/${filed.body.id}`);
    await buyer.getByText('Gudang Larisa Sport · 021-5550199').waitFor(WAIT);
    await buyer.getByRole('button', { name: 'Simpan pengiriman' }).waitFor(WAIT);
    for (const page of [buyer, seller]) assert.deepEqual(pageErrors(page), []);
  });

  it('plays an unboxing video from the evidence gallery', async () => {
    await orderForSari(app, 'o-web-mall', {
      mall: true,
      item: { name: 'Sepatu Lari Original', unitPrice: 900_000 },
    });
    const sari = { role: 'buyer' as const, id: 'u-100' };
    const filed = await app.t.as(sari).post('/v1/complaints', {
      orderId: 'o-web-mall',
      category: 'not_as_described',
      description: 'Ukuran berbeda dari pesanan.',
      items: [{ lineId: 'l1', quantity: 1 }],
      desiredSolution: { type: 'refund' },
    });
    await new Given(app.t).completeEvidence(filed.body.id, sari, 'not_as_described', true);
    const buyer = await newPage(app);
    await signIn(buyer, app, /Sari Wulandari/);
    await buyer.goto(`${app.url}/complaints/${filed.body.id}`);
    await buyer
      .getByRole('button', { name: /Video bukti: Video unboxing dari Pembeli/ })
      .first()
      .click();
    const video = buyer.locator('video.video');
    await video.waitFor(WAIT);
    assert.match((await video.getAttribute('src')) ?? '', /^blob:/);
    assert.deepEqual(pageErrors(buyer), []);
  });

  it('lets a party counter-offer, appeal a decision and withdraw; a second agent decides the appeal', async () => {
    await orderForSari(app, 'o-web-5');
    const sari = app.t.as({ role: 'buyer', id: 'u-100' });
    const filed = await sari.post('/v1/complaints', {
      orderId: 'o-web-5',
      category: 'damaged',
      description: 'Sol sepatu lepas.',
      items: [{ lineId: 'l1', quantity: 1 }],
      desiredSolution: { type: 'refund' },
    });
    const id = filed.body.id as string;
    const given = new Given(app.t);
    await given.completeEvidence(id, { role: 'buyer', id: 'u-100' }, 'damaged', false);
    assert.equal((await sari.post(`/v1/complaints/${id}/evidence/submit`)).status, 200);

    // The seller counters the full refund with a partial one.
    const seller = await newPage(app);
    await signIn(seller, app, /Toko Sumber Rejeki/);
    await seller.goto(`${app.url}/complaints/${id}`);
    await seller.getByRole('button', { name: 'Tawar balik' }).click();
    await seller.getByLabel(/Jumlah pengembalian dana/).fill('250.000');
    await seller.getByRole('button', { name: 'Tawarkan solusi' }).click();
    await seller.getByText(/Menunggu jawaban pembeli/).waitFor(WAIT);

    // The buyer rejects it and escalates; an agent decides the partial refund.
    const buyer = await newPage(app);
    await signIn(buyer, app, /Sari Wulandari/);
    await buyer.goto(`${app.url}/complaints/${id}`);
    await buyer
      .getByText(/Pengembalian dana\s*Rp\s250\.000/)
      .first()
      .waitFor(WAIT);
    await buyer.getByRole('button', { name: 'Tolak', exact: true }).click();
    await buyer.getByLabel('Alasan menolak').fill('Sol lepas total, tidak bisa dipakai.');
    await buyer.getByRole('button', { name: 'Tolak', exact: true }).click();
    await buyer.getByText('Diskusi', { exact: true }).first().waitFor(WAIT);
    assert.equal(
      (await sari.post(`/v1/complaints/${id}/escalate`, { reason: 'Tidak sepakat.' })).status,
      200,
    );
    const first = await app.t.as({ role: 'agent', id: 'a-1' }).post(`/v1/complaints/${id}/decision`, {
      type: 'refund',
      amount: 250_000,
      reason: 'Kerusakan sebagian.',
    });
    assert.equal(first.status, 200, JSON.stringify(first.body));

    // The buyer appeals with a reason and a chronology.
    await buyer.locator('summary', { hasText: 'Ajukan banding' }).click();
    const appeal = buyer.locator('details', { hasText: 'Ajukan banding' });
    await appeal.getByLabel('Alasan').fill('Kerusakan total, bukan sebagian.');
    await appeal
      .getByLabel('Kronologi')
      .fill('Sepatu dipakai sekali, sol langsung lepas seluruhnya. Foto terlampir di bukti awal.');
    await assertAccessible(buyer, 'appeal form');
    await appeal.getByRole('button', { name: 'Ajukan banding' }).click();
    await buyer.getByText(/Banding diajukan: Kerusakan total/).waitFor(WAIT);

    // The agent who decided may not decide the appeal: Rina has no decision form now, Andi has.
    const rina = await newPage(app);
    await signIn(rina, app, /Rina/);
    await rina.goto(`${app.url}/complaints/${id}`);
    await rina.getByText(/Banding diajukan: Kerusakan total/).waitFor(WAIT);
    assert.equal(await rina.getByRole('button', { name: 'Putuskan' }).count(), 0);
    const andi = await newPage(app);
    await signIn(andi, app, /Andi/);
    await andi.goto(`${app.url}/complaints/${id}`);
    await andi.getByLabel('Alasan keputusan (dibaca kedua pihak)').fill('Banding diterima: kerusakan total.');
    await andi.getByRole('button', { name: 'Putuskan' }).click();
    await andi.getByText(/Keputusan akhir:/).waitFor(WAIT);
    await buyer.getByText(/Outcome|Hasil:\s*Dana dikembalikan/).waitFor(WAIT);

    // Customer Care's claims list opens (none are Pasti Ori here).
    await andi.getByRole('link', { name: 'Klaim Pasti Ori' }).click();
    await andi.getByRole('heading', { name: 'Klaim kompensasi Pasti Ori' }).waitFor(WAIT);
    await assertAccessible(andi, 'claims');

    // Withdrawing another complaint asks for confirmation first.
    await orderForSari(app, 'o-web-6');
    const other = await sari.post('/v1/complaints', {
      orderId: 'o-web-6',
      category: 'damaged',
      description: 'Salah kirim warna.',
      items: [{ lineId: 'l1', quantity: 1 }],
      desiredSolution: { type: 'refund' },
    });
    await buyer.goto(`${app.url}/complaints/${other.body.id}`);
    const withdraw = buyer.locator('details', { hasText: 'Batalkan komplain' });
    await withdraw.locator('summary').click();
    await withdraw.getByLabel('Alasan').fill('Sudah diselesaikan langsung dengan penjual.');
    buyer.once('dialog', (dialog) => void dialog.accept());
    await withdraw.getByRole('button', { name: 'Batalkan komplain' }).click();
    await buyer.getByText(/Hasil:\s*Dibatalkan pembeli/).waitFor(WAIT);

    for (const page of [buyer, seller, andi]) assert.deepEqual(pageErrors(page), []);
  });

  it('signs in a user the marketplace hands over with a token in the URL fragment', async () => {
    const { token } = (
      await app.t
        .as({ role: 'anonymous' })
        .post('/v1/dev/login', { userId: 'u-200', role: 'seller', shopId: 's-1' })
    ).body;
    const page = await newPage(app);
    await page.goto(
      `${app.url}/auth#token=${encodeURIComponent(token)}&next=${encodeURIComponent('/inbox?show=ended')}`,
    );
    await page.getByRole('heading', { name: 'Kotak Masuk Komplain' }).waitFor(WAIT);
    assert.equal(new URL(page.url()).hash, '');
    assert.equal(new URL(page.url()).search, '?show=ended');
    // A next that leads away from the app is ignored; a bad token is a readable refusal.
    const other = await newPage(app);
    await other.goto(`${app.url}/auth#token=forged&next=${encodeURIComponent('//evil.example/')}`);
    await other.getByRole('alert').getByText('Sesi Anda berakhir. Silakan masuk lagi.').waitFor(WAIT);
    assert.equal(new URL(other.url()).host, new URL(app.url).host);
  });

  it('sends a user whose session is no longer valid back to sign in', async () => {
    const page = await newPage(app);
    await page.goto(`${app.url}/login`);
    await page.evaluate(() =>
      localStorage.setItem(
        'sepakat.session',
        JSON.stringify({ token: 'forged', user: { userId: 'u-100', role: 'buyer', name: 'Sari' } }),
      ),
    );
    await page.goto(`${app.url}/orders`);
    await page.getByRole('heading', { name: 'Masuk ke demo Tokolink' }).waitFor(WAIT);
    await assertAccessible(page, 'sign-in page');
    await screenshot(page, 'sign-in');
  });

  it('answers page paths with the app and keeps API errors as problem documents', async () => {
    const page = await fetch(`${app.url}/complaints/anything`, { headers: { accept: 'text/html' } });
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.match(await page.text(), /<div id="root">/);
    // Asked for by its file name, the page has the same protection.
    const byName = await fetch(`${app.url}/index.html`);
    assert.equal(byName.status, 200);
    assert.match(byName.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.equal(byName.headers.get('x-content-type-options'), 'nosniff');
    const api = await fetch(`${app.url}/v1/nothing-here`, { headers: { accept: 'text/html' } });
    assert.equal(api.status, 404);
    assert.equal(((await api.json()) as { code: string }).code, 'not_found');
  });
});
