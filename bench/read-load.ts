/**
 * One load run for read-bench.ts: `connections` clients keep requests to one address in flight for
 * `seconds`, or until `amount` have been answered (autocannon), and every answer's latency and
 * status is kept, so the percentiles are exact (autocannon's own summary has p97.5 but no p95).
 * A timed run drops the requests still in flight when it ends, so a route slower than the run
 * keeps only its fastest answers: read-bench.ts measures such a route by `amount` instead.
 */
import autocannon from 'autocannon';

/** A request not answered within this is counted as failed (autocannon then sends the next). */
export const REQUEST_TIMEOUT_SECONDS = 60;

export interface LoadResult {
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
  requests: number;
  /** Answers with another status than `expect`, plus connection errors and timeouts. */
  failures: number;
  statuses: Record<number, number>;
}

export async function runLoad(
  url: string,
  {
    seconds,
    connections,
    headers,
    expect,
    amount,
  }: {
    seconds: number;
    /** Send exactly this many requests (every one counted) instead of running for `seconds`. */
    amount?: number;
    connections: number;
    headers: Record<string, string>;
    /** The status every answer should have (200, or 304 for a revalidation). */
    expect: number;
  },
): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      amount
        ? { url, connections, amount, headers, timeout: REQUEST_TIMEOUT_SECONDS }
        : { url, connections, duration: seconds, headers, timeout: REQUEST_TIMEOUT_SECONDS },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
  latencies.sort((a, b) => a - b);
  const refused = Object.entries(statuses)
    .filter(([status]) => Number(status) !== expect)
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    perSecond: latencies.length / (amount ? result.duration : seconds),
    requests: latencies.length,
    failures: refused + result.errors + result.timeouts,
    statuses,
  };
}

/** Nearest-rank percentile of sorted values (0 when there are none). */
export function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}
