// The part of autocannon 8's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  namespace autocannon {
    interface Request {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string | Buffer;
      /** Called before each request is sent; its result is sent. */
      setupRequest?: (request: Request, context: Record<string, unknown>) => Request | null | undefined;
    }

    interface Options {
      url: string;
      connections?: number;
      /** Seconds. */
      duration?: number;
      pipelining?: number;
      /** Seconds before a request counts as timed out. */
      timeout?: number;
      /** Keep non-2xx responses out of the latency histogram. */
      excludeErrorStats?: boolean;
      requests?: Request[];
    }

    interface Histogram {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      p50: number;
      p90: number;
      p97_5: number;
      p99: number;
      p99_9: number;
      totalCount?: number;
      sent?: number;
      total?: number;
    }

    interface Result {
      /** Seconds, measured. */
      duration: number;
      errors: number;
      timeouts: number;
      non2xx: number;
      '2xx': number;
      statusCodeStats: Record<string, { count: number }>;
      latency: Histogram;
      requests: Histogram;
    }

    /** What a run resolves to inside a worker thread: histograms still encoded, see aggregateResult. */
    interface RawResult {
      duration: number;
      errors: number;
      timeouts: number;
      totalRequests: number;
      statusCodeStats: Record<string, { count: number }>;
    }

    interface Instance extends PromiseLike<Result | RawResult> {
      stop(): void;
    }

    /** Decode and merge raw results (from worker threads) into one result with percentiles. */
    function aggregateResult(results: RawResult[], options: Options): Result;
  }

  function autocannon(options: autocannon.Options): autocannon.Instance;
  export = autocannon;
}
