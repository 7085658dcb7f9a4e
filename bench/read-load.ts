/**
 * One load run for read-bench.ts: `connections` clients keep requests to one address in flight for
 * `seconds` (autocannon), and every answer's latency and status is kept, so the percentiles are
 * exact (autocannon's own summary has p97.5 but no p95).
 */
import autocannon from 'autocannon';

export interface LoadResult {
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
  requests: number;
  /** Answers that are neither 2xx nor 3xx, plus connection errors and timeouts. */
  failures: number;
  statuses: Record<number, number>;
}

export async function runLoad(
  url: string,
  {
    seconds,
    connections,
    headers,
  }: { seconds: number; connections: number; headers: Record<string, string> },
): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, headers, timeout: 30 },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
  latencies.sort((a, b) => a - b);
  const refused = Object.entries(statuses)
    .filter(([status]) => Number(status) < 200 || Number(status) >= 400)
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    perSecond: latencies.length / seconds,
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
