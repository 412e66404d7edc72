import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { samplePng, sampleMp4 } from '../src/demo/sample-files.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { backends } from './helpers/databases.ts';
import { Given } from './helpers/given.ts';

for (const backend of backends()) {
  describe(`uploads and attachments (${backend})`, () => {
    let t: TestApp;
    let given: Given;
    before(async () => {
      t = await startTestApp(backend);
      given = new Given(t);
    });
    after(() => t.close());
    const buyer = { role: 'buyer' as const, id: 'u-up-1' };
    const tokenFor = async (caller: { id: string; role: string }) =>
      `Bearer ${(await t.as({ role: 'anonymous' }).post('/v1/dev/login', { userId: caller.id, role: caller.role })).body.token}`;

    it('stores a photo, typed by its bytes, with its SHA-256', async () => {
      const bytes = samplePng([10, 200, 10]);
      const res = await given.uploadBytes(buyer, bytes, 'IMG_0001.jpg', 'image/jpeg');
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.kind, 'photo');
      assert.equal(res.body.contentType, 'image/png', 'the bytes decide, not the name or the declared type');
      assert.equal(res.body.size, bytes.length);
      assert.equal(res.body.sha256, createHash('sha256').update(bytes).digest('hex'));
      const download = await t.as(buyer).get(`/v1/attachments/${res.body.attachmentId}`);
      assert.equal(download.status, 200);
      assert.equal(download.headers['content-type'], 'image/png');
      assert.equal(download.headers['x-content-sha256'], res.body.sha256);
    });

    it('serves a photo thumbnail as WebP, at most 320 px', async () => {
      const res = await given.uploadBytes(buyer, samplePng([10, 10, 200], 1000), 'big.png');
      const thumb = await t.sepakat.server.inject({
        method: 'GET',
        url: `/v1/attachments/${res.body.attachmentId}?variant=thumbnail`,
        headers: { authorization: await tokenFor(buyer) },
      });
      assert.equal(thumb.statusCode, 200, thumb.body);
      assert.equal(thumb.headers['content-type'], 'image/webp');
      const meta = await sharp(thumb.rawPayload).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height], ['webp', 320, 320]);
      const again = await t.sepakat.server.inject({
        method: 'GET',
        url: `/v1/attachments/${res.body.attachmentId}?variant=thumbnail`,
        headers: { authorization: await tokenFor(buyer) },
      });
      assert.deepEqual(again.rawPayload, thumb.rawPayload, 'made once, then served from storage');
    });

    it('stores a video', async () => {
      const res = await given.uploadBytes(buyer, sampleMp4(), 'unboxing.mov');
      assert.equal(res.status, 201);
      assert.deepEqual([res.body.kind, res.body.contentType], ['video', 'video/mp4']);
      // no frame to show (and ffmpeg is optional): a clear 404, not a broken image
      const thumb = await t.as(buyer).get(`/v1/attachments/${res.body.attachmentId}?variant=thumbnail`);
      assert.equal(thumb.status, 404);
      assert.equal(thumb.body.code, 'thumbnail_unavailable');
    });

    it('refuses what is not a photo or a video with 415, whatever its name', async () => {
      const cases: [string, Buffer][] = [
        ['text named as a photo', Buffer.from('this is plain text pretending to be a photo '.repeat(200))],
        [
          'a Windows program named .png',
          Buffer.concat([
            Buffer.from('MZ'),
            Buffer.alloc(62),
            Buffer.from([0x80, 0, 0, 0]),
            Buffer.alloc(64),
            Buffer.from('PE\0\0'),
            Buffer.alloc(5000),
          ]),
        ],
        ['a PDF', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5000, 0x20)])],
      ];
      for (const [name, bytes] of cases) {
        const res = await given.uploadBytes(buyer, bytes, 'photo.png', 'image/png');
        assert.equal(res.status, 415, name);
        assert.equal(res.body.code, 'unsupported_media_type', name);
      }
    });

    it('refuses a photo over 10 MB with 413 and keeps nothing of it', async () => {
      const png = samplePng([1, 2, 3]);
      const big = Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024 + 1 - png.length)]);
      const res = await given.uploadBytes(buyer, big, 'big.png');
      assert.equal(res.status, 413);
      assert.equal(res.body.code, 'payload_too_large');
      assert.deepEqual(readdirSync(path.join(t.dataDir, 'files', 'tmp')), []);
      const exact = await given.uploadBytes(buyer, big.subarray(0, 10 * 1024 * 1024), 'exact.png');
      assert.equal(exact.status, 201, 'exactly 10 MB is allowed');
    });

    it('needs a multipart body with a file, and a user who may upload', async () => {
      const json = await t.as(buyer).post('/v1/uploads', { file: 'x' });
      assert.equal(json.status, 400);
      assert.equal(json.body.code, 'validation_failed');
      const platform = await given.uploadBytes({ role: 'platform' }, samplePng([1, 1, 1]), 'p.png');
      assert.equal(platform.status, 403);
      const anonymous = await given.uploadBytes({ role: 'anonymous' }, samplePng([1, 1, 1]), 'p.png');
      assert.equal(anonymous.status, 401);
    });

    it('serves an attachment to its uploader, and once attached to the complaint’s parties and agents only', async () => {
      const {
        complaint,
        buyer: owner,
        seller,
      } = await given.complaint({ status: 'awaiting_evidence', category: 'not_as_described' });
      const id = await given.upload(owner);
      assert.equal((await t.as(seller).get(`/v1/attachments/${id}`)).status, 404, 'not yet attached');
      await t
        .as(owner)
        .post(`/v1/complaints/${complaint.id}/evidence`, { kind: 'product_photo', attachmentId: id });
      assert.equal((await t.as(seller).get(`/v1/attachments/${id}`)).status, 200);
      assert.equal((await t.as({ role: 'agent', id: 'a-1' }).get(`/v1/attachments/${id}`)).status, 200);
      assert.equal((await t.as({ role: 'buyer', id: 'nosy' }).get(`/v1/attachments/${id}`)).status, 404);
      assert.equal(
        (await t.as({ role: 'seller', id: 'u-z', shopId: 's-z' }).get(`/v1/attachments/${id}`)).status,
        404,
      );
      // one upload serves one complaint
      const other = await given.complaint({ status: 'awaiting_evidence', category: 'not_as_described' });
      const reuse = await t
        .as(owner)
        .post(`/v1/complaints/${other.complaint.id}/evidence`, { kind: 'product_photo', attachmentId: id });
      assert.equal(reuse.status, 404, 'the other complaint is not this buyer’s');
    });
  });
}
