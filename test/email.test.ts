import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { Given } from './helpers/given.ts';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server process on loopback that keeps what it receives. */
async function startSmtp(): Promise<{
  port: number;
  received: Received[];
  failures: { left: number };
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  const failures = { left: 0 };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (failures.left > 0) {
        failures.left--;
        return callback(Object.assign(new Error('mailbox busy, try later'), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    failures,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Subject lines are MIME-encoded when they are not plain ASCII. */
function subjectOf(raw: string): string {
  const line = raw.split(/\r?\n(?![ \t])/).find((l) => l.toLowerCase().startsWith('subject:')) ?? '';
  const value = line
    .slice('subject:'.length)
    .replace(/\r?\n[ \t]/g, '')
    .trim();
  return value.replace(/=\?utf-8\?(B|Q)\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeURIComponent(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, '%$1')),
  );
}

describe('e-mail notifications', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  let given: Given;
  before(async () => {
    smtp = await startSmtp();
    t = await startTestApp('embedded', {
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'Tokolink <no-reply@tokolink.test>',
    });
    given = new Given(t);
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  it('e-mails those the marketplace gave a contact for, each in their language, through SMTP', async () => {
    const { complaint, buyer, seller } = await given.complaint({ status: 'awaiting_evidence' });
    // contacts arrive after filing: the first notification stays in the app
    assert.equal(
      (await t.platform.put(`/v1/contacts/buyers/${buyer.id}`, { email: 'sari@example.test', locale: 'id' }))
        .status,
      200,
    );
    assert.equal(
      (
        await t.platform.put(`/v1/contacts/shops/${seller.shopId}`, {
          email: 'toko@example.test',
          locale: 'en',
        })
      ).status,
      200,
    );
    assert.equal(
      (await t.as(buyer).put(`/v1/contacts/buyers/${buyer.id}`, { email: 'x@example.test' })).status,
      403,
    );
    assert.equal(
      (await t.platform.put(`/v1/contacts/buyers/${buyer.id}`, { email: 'not-an-address' })).status,
      400,
    );

    await given.completeEvidence(complaint.id, buyer, 'damaged', false);
    await t.as(buyer).post(`/v1/complaints/${complaint.id}/evidence/submit`);
    await t.as(seller).post(`/v1/complaints/${complaint.id}/messages`, { body: 'Baik, kami cek.' });
    await t.advance(0.01); // the mailer runs with the deadline sweep
    const toShop = smtp.received.filter((m) => m.to.includes('toko@example.test'));
    const toBuyer = smtp.received.filter((m) => m.to.includes('sari@example.test'));
    assert.deepEqual(
      toShop.map((m) => subjectOf(m.raw)),
      ['Answer the buyer’s complaint'],
    );
    assert.deepEqual(
      toBuyer.map((m) => subjectOf(m.raw)),
      ['Pesan baru dari penjual'],
    );
    assert.match(toShop[0]!.raw, /From: Tokolink <no-reply@tokolink\.test>/);
    const outbox = (await t.platform.get('/v1/dev/outbox')).body.data;
    assert.ok(outbox.every((e: { status: string }) => e.status === 'sent'));
  });
});

describe('e-mail retries', () => {
  it('retries a refused e-mail with back-off, then sends it', async () => {
    const smtp = await startSmtp();
    const t = await startTestApp('embedded', { SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    try {
      const given = new Given(t);
      const order = await given.order();
      await t.platform.put(`/v1/contacts/buyers/${order.buyer.id}`, {
        email: 'dewi@example.test',
        locale: 'id',
      });
      smtp.failures.left = 1;
      await t.as(order.buyer).post('/v1/complaints', {
        orderId: order.id,
        category: 'damaged',
        description: 'x',
        items: [{ lineId: 'l1', quantity: 1 }],
        desiredSolution: { type: 'refund' },
      });
      await t.advance(0.001);
      const first = (await t.platform.get('/v1/dev/outbox')).body.data[0];
      assert.deepEqual([first.status, first.attempts], ['pending', 1]);
      assert.match(first.lastError, /busy/);
      assert.equal(smtp.received.length, 0);
      await t.advance(1.5 / 60); // after the first back-off (1 minute)
      const second = (await t.platform.get('/v1/dev/outbox')).body.data[0];
      assert.deepEqual([second.status, second.attempts], ['sent', 2]);
      assert.equal(smtp.received.length, 1);
    } finally {
      await t.close();
      await smtp.close();
    }
  });
});

describe('e-mail without an SMTP server', () => {
  it('keeps e-mails in the outbox, which demo mode shows', async () => {
    const t = await startTestApp('embedded');
    try {
      const given = new Given(t);
      const order = await given.order();
      await t.platform.put(`/v1/contacts/buyers/${order.buyer.id}`, {
        email: 'budi@example.test',
        locale: 'en',
      });
      await t.as(order.buyer).post('/v1/complaints', {
        orderId: order.id,
        category: 'damaged',
        description: 'x',
        items: [{ lineId: 'l1', quantity: 1 }],
        desiredSolution: { type: 'refund' },
      });
      await t.advance(0.01);
      const outbox = (await t.platform.get('/v1/dev/outbox')).body.data;
      assert.deepEqual(
        outbox.map((e: { to: string; subject: string; status: string }) => [e.to, e.subject, e.status]),
        [['budi@example.test', 'Complete the complaint’s evidence', 'kept']],
      );
    } finally {
      await t.close();
    }
  });
});
