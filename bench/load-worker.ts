/**
 * The load generator of `npm run bench`, in a worker thread so that autocannon's own work does not
 * run on the event loop of the server it measures. Started by file-complaints.bench.ts with a
 * `LoadJob` as workerData; posts back one `LoadResult`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

export interface LoadJob {
  url: string;
  connections: number;
  seconds: number;
  scenario: 'file-complaint' | 'bare-insert';
  /** file-complaint: one eligible order per request, each with its buyer's token. */
  orders: { orderId: string; token: string }[];
}

export interface LoadResult {
  /** Seconds, as measured by autocannon. */
  seconds: number;
  statusCounts: Record<string, number>;
  /** Connection errors and timeouts (no HTTP response at all). */
  errors: number;
  timeouts: number;
  /** Latency of the 2xx responses, ms. */
  p50: number;
  p99: number;
  sent: number;
  /** Orders handed to requests (whether or not their response arrived before the run stopped). */
  ordersUsed: number;
  /** The run ran out of orders before its time was up. */
  exhausted: boolean;
}

const job = workerData as LoadJob;
let next = 0;
let exhausted = false;

const JSON_HEADERS = { 'content-type': 'application/json' };

function fileRequest(request: autocannon.Request): autocannon.Request {
  const order = job.orders[next];
  if (!order) {
    // Out of orders: stop (autocannon stops at its next one-second tick) and, until then, send a
    // request the bench server answers 503, so that nothing is filed twice and the shortfall shows.
    if (!exhausted) {
      exhausted = true;
      // `instance` is assigned by then: the microtask runs after this module's synchronous part.
      queueMicrotask(() => instance.stop());
    }
    return { ...request, method: 'GET', path: '/bench/exhausted', headers: {}, body: '' };
  }
  next += 1;
  return {
    ...request,
    headers: { ...JSON_HEADERS, authorization: `Bearer ${order.token}` },
    body: JSON.stringify({
      orderId: order.orderId,
      category: 'damaged',
      description: 'Sol sepatu lepas setelah dipakai sekali.',
      items: [{ lineId: 'l1', quantity: 1 }],
      desiredSolution: { type: 'refund' },
    }),
  };
}

const options: autocannon.Options = {
  url: job.url,
  connections: job.connections,
  duration: job.seconds,
  timeout: 30,
  excludeErrorStats: true,
  requests:
    job.scenario === 'file-complaint'
      ? [{ method: 'POST', path: '/v1/complaints', setupRequest: fileRequest }]
      : [
          {
            method: 'POST',
            path: '/bench/insert',
            headers: JSON_HEADERS,
            body: JSON.stringify({ payload: 'one row per request' }),
          },
        ],
};
const instance = autocannon(options);

// Inside a worker thread autocannon leaves its histograms encoded; decode them here.
const result = autocannon.aggregateResult([(await instance) as autocannon.RawResult], options);
const message: LoadResult = {
  seconds: result.duration,
  statusCounts: Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]),
  ),
  errors: result.errors,
  timeouts: result.timeouts,
  p50: result.latency.p50,
  p99: result.latency.p99,
  sent: result.requests.sent ?? 0,
  ordersUsed: next,
  exhausted,
};
parentPort!.postMessage(message);
