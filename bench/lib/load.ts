import autocannon from 'autocannon';

export interface LoadResult {
  /** 2xx responses per second over the run. */
  okPerSec: number;
  /** Latency percentiles of every request, ms. */
  p50: number;
  p99: number;
  /** Anything but a 2xx answer, plus connection errors and timeouts. */
  failures: number;
  total: number;
}

export type LoadOptions = Omit<autocannon.Options, 'url'> & { url: string };

/** One autocannon run; resolves with the figures the bench reports. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({ ...options });
  const ok = result['2xx'];
  return {
    okPerSec: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    total: result.requests.total,
  };
}
