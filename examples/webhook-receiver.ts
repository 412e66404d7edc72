/**
 * A marketplace's webhook receiver for Sepakat, verifying every delivery's signature.
 *
 *   WEBHOOK_SECRET=whsec_… PORT=4000 node examples/webhook-receiver.ts
 *
 * Register it with Sepakat (the answer shows the secret once):
 *   curl -XPOST $API/v1/webhook-endpoints -H 'authorization: Bearer <platform key>' \
 *     -H 'content-type: application/json' -d '{"url":"http://localhost:4000/sepakat","eventTypes":["*"]}'
 *
 * Deliveries are at least once: the same `webhook-id` may arrive again, so handle each id once.
 * Answer 2xx quickly; anything else (or no answer within 10 s) is retried with back-off.
 */
import { createServer, type Server } from 'node:http';
import { Webhook } from 'standardwebhooks';

export interface ReceivedEvent {
  id: string;
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

export function createReceiver(
  secret: string,
  onEvent: (event: ReceivedEvent) => void | Promise<void>,
): Server {
  const verifier = new Webhook(secret);
  const seen = new Set<string>(); // use your database in production
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let event: ReceivedEvent;
      try {
        // Checks the HMAC-SHA256 signature and that the timestamp is recent (replay protection).
        event = verifier.verify(body, req.headers as Record<string, string>) as ReceivedEvent;
      } catch {
        res.writeHead(400).end('bad signature');
        return;
      }
      if (!seen.has(event.id)) {
        seen.add(event.id);
        try {
          await onEvent(event);
        } catch {
          res.writeHead(500).end('try again'); // Sepakat retries
          seen.delete(event.id);
          return;
        }
      }
      res.writeHead(204).end();
    });
  });
}

if (import.meta.main) {
  const secret = process.env.WEBHOOK_SECRET;
  if (!secret) {
    console.error(
      'WEBHOOK_SECRET is required (the whsec_… secret Sepakat showed when the endpoint was created)',
    );
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4000);
  createReceiver(secret, (event) => {
    // e.g. payout.created: credit the buyer's Saldo Refund, then POST /v1/payouts/{id}/confirm
    console.log(`${event.type} ${event.id}`, JSON.stringify(event.data));
  }).listen(port, () => console.log(`listening on http://localhost:${port}`));
}
