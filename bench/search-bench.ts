/**
 * Search latency at size:
 *   npm run bench:search              (300,000 figures)
 *   npm run bench:search -- 1000000   (any size)
 *
 * Builds synthetic figures (synthetic-figures.ts) in a throwaway embedded PostgreSQL, then times
 * searchDashboard (all four kinds, 10 each) for a word in every quote, a word in one quote, a
 * word in none, and a two-character name, taking the median of ROUNDS, and prints the quote
 * query's plan. Every synthetic quote shares most of its words, so "합성 수치" is the worst case:
 * a trigram whose posting list is every row.
 */
import { toSearchHitList } from '../lib/domain/search-query.ts';
import { createPrismaClient } from '../lib/server/database/prisma-client.ts';
import { searchDashboard } from '../lib/server/queries/search.ts';
import { startBenchDatabase } from './bench-database.ts';
import { generateFigures } from './synthetic-figures.ts';

const size = Number(process.argv[2] ?? 300_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const QUERIES = ['합성 수치', '수치 123457억원', '없는낱말', '지표', 'Synthetic indicator 7'];

const { url, client, close } = await startBenchDatabase('search');
const prisma = createPrismaClient(url);
try {
  await generateFigures(client, 0, size);
  await client.query('VACUUM ANALYZE');
  for (const text of QUERIES) {
    await searchDashboard(prisma, { text, limit: 10 }); // warm the cache
    const times: number[] = [];
    let found = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const started = performance.now();
      const results = await searchDashboard(prisma, { text, limit: 10 });
      times.push(performance.now() - started);
      found = toSearchHitList(results).length;
      if (!results.complete) console.log('    (quotes gave up at their time limit)');
    }
    times.sort((a, b) => a - b);
    console.log(
      `  ${JSON.stringify(text).padEnd(28)} median ${times[ROUNDS >> 1]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms, ${found} hits`,
    );
  }
  for (const text of ['합성 수치', '수치 123457억원', '없는낱말']) {
    const plan = await client.query(
      `EXPLAIN (ANALYZE, BUFFERS) SELECT c.slug FROM figure_revision r
       JOIN current_figure c ON c.revision_id = r.id WHERE r.quote ILIKE $1 LIMIT 200`,
      [`%${text}%`],
    );
    console.log(`\n  plan for ${text}:`);
    for (const row of plan.rows) console.log(`    ${row['QUERY PLAN']}`);
  }
} finally {
  await prisma.$disconnect();
  await close();
}
