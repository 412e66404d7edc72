/**
 * A GET load generator for `npm run bench:scale`, in a worker thread so that autocannon's own work
 * does not run on the event loop of the server it measures. Each request takes the next of `paths`
 * (round robin), with its caller's token. Posts back one `GetLoadResult`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

export interface GetLoadJob {
  url: string;
  connections: number;
  seconds: number;
  paths: { path: string; token: string }[];
}

export interface GetLoadResult {
  requests: number;
  perSecond: number;
  statusCounts: Record<string, number>;
  errors: number;
  /** Latency of the 2xx responses, ms. */
  p50: number;
  p99: number;
  max: number;
}

const job = workerData as GetLoadJob;
let next = 0;

const options: autocannon.Options = {
  url: job.url,
  connections: job.connections,
  duration: job.seconds,
  timeout: 30,
  excludeErrorStats: true,
  requests: [
    {
      method: 'GET',
      setupRequest: (request) => {
        const { path, token } = job.paths[next++ % job.paths.length]!;
        return { ...request, method: 'GET', path, headers: { authorization: `Bearer ${token}` } };
      },
    },
  ],
};
const instance = autocannon(options);
// Inside a worker thread autocannon leaves its histograms encoded; decode them here.
const result = autocannon.aggregateResult([(await instance) as autocannon.RawResult], options);
const statusCounts = Object.fromEntries(
  Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]),
);
const out: GetLoadResult = {
  requests: Object.values(statusCounts).reduce((a, b) => a + b, 0),
  perSecond: Object.values(statusCounts).reduce((a, b) => a + b, 0) / result.duration,
  statusCounts,
  errors: result.errors + result.timeouts,
  p50: result.latency.p50,
  p99: result.latency.p99,
  max: result.latency.max,
};
parentPort!.postMessage(out);
