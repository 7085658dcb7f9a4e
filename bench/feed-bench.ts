/**
 * The feed's reads timed (listFeedEntries itself, median of 5) and each statement it sent
 * explained (EXPLAIN ANALYZE with its parameters) on a synthetic site of FEED_BENCH_FIGURES figures (default 1,000,000; the read bench's shape: one indicator per
 * 1,000 figures, 1 % of them on bench-1), with some corrections and verdicts:
 *   npm run bench:feed            FEED_BENCH_FIGURES=10000000 npm run bench:feed
 * The database is kept under os.tmpdir() (pledgeboard-feed-kept) between runs.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import type { FeedCursor, FeedScope } from '../lib/domain/feed.ts';
import { PrismaClient } from '../lib/generated/prisma/client.ts';
import { listFeedEntries } from '../lib/server/queries/list-feed-entries.ts';
import { startBenchDatabase } from './bench-database.ts';
import { growReadDataset } from './synthetic-figures.ts';

const figures = Number(process.env.FEED_BENCH_FIGURES ?? 1_000_000);
const { client, url, close } = await startBenchDatabase(`feed-${figures}`, undefined, undefined, {
  keep: true,
});
try {
  const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM figure');
  if (rows[0]!.n < figures) {
    await growReadDataset(client, rows[0]!.n, figures);
    // A correction of every 1,000th figure, later than every figure: the feed's head is then
    // corrections, as after staff work (growReadDataset has already published verdicts on every
    // 10th pledge and left proposals in the queue).
    await client.query(`INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision, source_id, quote, reason, created_by, created_at)
      SELECT figure_id, 2, value + 1, observed_on, observed_precision, source_id, quote, '합성 정정', 'bench', now() + interval '1 hour'
      FROM figure_revision WHERE revision = 1 AND figure_id % 1000 = 0`);
    await client.query('ANALYZE');
  }
  const { rows: slugs } = await client.query<{ slug: string }>(
    `SELECT slug FROM administration WHERE slug = 'bench-administration'`,
  );
  const administration = slugs[0]!.slug;
  // The feed's own code, through a Prisma client that reports each statement it sends: so what is
  // timed and explained is what the server runs, not a copy of it.
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 5 }),
    log: [{ emit: 'event', level: 'query' }],
  });
  const sent: { query: string; params: unknown[] }[] = [];
  prisma.$on('query', (event) =>
    sent.push({ query: event.query, params: JSON.parse(event.params) }),
  );
  const second = await listFeedEntries(prisma, { scope: 'all' }, { limit: 50 });
  const cases: [string, FeedScope, FeedCursor | undefined][] = [
    ['all', { scope: 'all' }, undefined],
    ['all, 2nd page (cursor)', { scope: 'all' }, second?.next ?? undefined],
    ['hot indicator bench-1 (1 %)', { scope: 'indicator', slug: 'bench-1' }, undefined],
    ['typical indicator bench-500', { scope: 'indicator', slug: 'bench-500' }, undefined],
    ['administration', { scope: 'administration', slug: administration }, undefined],
  ];
  console.log(`\n${figures.toLocaleString('en')} figures`);
  try {
    for (const [label, scope, after] of cases) {
      const times: number[] = [];
      for (let round = 0; round < 5; round++) {
        sent.length = 0;
        const started = performance.now();
        await listFeedEntries(prisma, scope, { limit: 50, after });
        times.push(performance.now() - started);
      }
      times.sort((x, y) => x - y);
      console.log(
        `\n## ${label}: listFeedEntries median ${times[2]!.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times[4]!.toFixed(1)}), ${sent.length} statements`,
      );
      for (const { query, params } of sent) {
        if (!/\bORDER BY\b/i.test(query)) continue; // the subject's lookup by slug
        const { rows: plan } = await client.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, BUFFERS) ${query}`,
          params,
        );
        const lines = plan.map((row) => row['QUERY PLAN']);
        const time = lines.find((line) => line.startsWith('Execution Time'));
        const scans = lines
          .filter((line) => /Scan|Sort|Limit/.test(line))
          .slice(0, 4)
          .map((line) => line.trim().replace(/\s+\(cost=[^)]*\)/, ''));
        const table = /\bFROM\s+"?(\w+)"?/i.exec(query)?.[1] ?? '?';
        console.log(`  ${table}: ${time}\n    ${scans.join('\n    ')}`);
      }
    }
  } finally {
    await prisma.$disconnect();
  }
} finally {
  await close();
}
