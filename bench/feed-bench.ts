/**
 * EXPLAIN ANALYZE of the feed's queries (written as lib/server/queries/list-feed-entries.ts
 * writes them: keep the two in step) on a synthetic site of FEED_BENCH_FIGURES figures (default 1,000,000; the read bench's shape: one indicator per
 * 1,000 figures, 1 % of them on bench-1), with some corrections and verdicts:
 *   npm run bench:feed            FEED_BENCH_FIGURES=10000000 npm run bench:feed
 * The database is kept under os.tmpdir() (pledgeboard-feed-kept) between runs.
 */
import { startBenchDatabase } from './bench-database.ts';
import { growReadDataset } from './synthetic-figures.ts';

const figures = Number(process.env.FEED_BENCH_FIGURES ?? 1_000_000);
const { client, close } = await startBenchDatabase(`feed-${figures}`, undefined, undefined, {
  keep: true,
});
try {
  const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM figure');
  if (rows[0]!.n < figures) {
    await growReadDataset(client, rows[0]!.n, figures);
    // A correction of every 1,000th figure, later than every figure, and a published verdict on
    // every 10th pledge: the feed's head is then corrections and verdicts, as after staff work.
    await client.query(`INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision, source_id, quote, reason, created_by, created_at)
      SELECT figure_id, 2, value + 1, observed_on, observed_precision, source_id, quote, '합성 정정', 'bench', now() + interval '1 hour'
      FROM figure_revision WHERE revision = 1 AND figure_id % 1000 = 0`);
    await client.query(`INSERT INTO verdict (pledge_id, rating, reasoning_ko, reasoning_en, proposed_by)
      SELECT id, 'NOT_YET_RATED', '합성 평가', 'Synthetic verdict', 'seed' FROM pledge WHERE id % 10 = 0`);
    await client.query(`INSERT INTO verdict_review (verdict_id, decision, reviewed_at)
      SELECT id, 'APPROVED', now() + interval '2 hours' FROM verdict`);
    await client.query('ANALYZE');
  }
  const indicator = async (slug: string) =>
    (await client.query<{ id: number }>('SELECT id FROM indicator WHERE slug = $1', [slug]))
      .rows[0]!.id;
  const hot = await indicator('bench-1');
  const typical = await indicator('bench-500');
  const admin = (
    await client.query<{ id: number }>(
      `SELECT id FROM administration WHERE slug = 'bench-administration'`,
    )
  ).rows[0]!.id;
  const figureQuery = (where: string) => `
    SELECT r.id, r.created_at AS at, r.revision, f.slug, r.reason, r.quote, s.title AS source_title,
           i.slug, i.name_ko, i.name_en, i.unit::text, r.value::text, r.observed_on::text, r.observed_precision::text
    FROM figure_revision r JOIN figure f ON f.id = r.figure_id JOIN indicator i ON i.id = f.indicator_id
    JOIN source s ON s.id = r.source_id
    WHERE ${where} ORDER BY r.created_at DESC, r.id DESC LIMIT 51`;
  const pledgeQuery = (where: string) => `
    SELECT r.id, r.created_at, r.revision, p.slug, r.reason, r.quote, s.title, r.title_ko, r.title_en
    FROM pledge_revision r JOIN pledge p ON p.id = r.pledge_id JOIN source s ON s.id = r.source_id
    WHERE ${where} ORDER BY r.created_at DESC, r.id DESC LIMIT 51`;
  const verdictQuery = (where: string) => `
    SELECT v.id, vr.reviewed_at, p.slug, v.rating::text, t.title_ko, e.quote
    FROM verdict_review vr JOIN verdict v ON v.id = vr.verdict_id JOIN pledge p ON p.id = v.pledge_id
    CROSS JOIN LATERAL (SELECT title_ko FROM pledge_revision WHERE pledge_id = p.id ORDER BY revision DESC LIMIT 1) t
    LEFT JOIN LATERAL (SELECT ve.quote FROM verdict_evidence ve WHERE ve.verdict_id = v.id ORDER BY ve.position LIMIT 1) e ON TRUE
    WHERE vr.decision = 'APPROVED' AND ${where} ORDER BY vr.reviewed_at DESC, v.id DESC LIMIT 51`;
  const cases: [string, string][] = [
    ['figures, all', figureQuery('TRUE')],
    [
      'figures, all, 2nd page (cursor)',
      figureQuery(
        `(r.created_at, r.id) < ((SELECT created_at FROM figure_revision ORDER BY created_at DESC, id DESC OFFSET 50 LIMIT 1), (SELECT id FROM figure_revision ORDER BY created_at DESC, id DESC OFFSET 50 LIMIT 1))`,
      ),
    ],
    ['figures, hot indicator bench-1 (1 %)', figureQuery(`r.indicator_id = ${hot}`)],
    ['figures, typical indicator bench-500', figureQuery(`r.indicator_id = ${typical}`)],
    ['pledges, all', pledgeQuery('TRUE')],
    ['pledges, indicator bench-1', pledgeQuery(`p.indicator_id = ${hot}`)],
    ['pledges, administration', pledgeQuery(`p.administration_id = ${admin}`)],
    ['verdicts, all', verdictQuery('TRUE')],
    ['verdicts, administration', verdictQuery(`p.administration_id = ${admin}`)],
  ];
  console.log(`\n${figures.toLocaleString('en')} figures`);
  for (const [label, sql] of cases) {
    const { rows: plan } = await client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
    );
    const lines = plan.map((row) => row['QUERY PLAN']);
    const time = lines.find((line) => line.startsWith('Execution Time'));
    const scans = lines
      .filter((line) => /Scan|Sort|Limit/.test(line))
      .slice(0, 6)
      .map((l) => l.trim().replace(/\s+\(cost=[^)]*\)/, ''));
    console.log(`\n## ${label}: ${time}\n  ${scans.join('\n  ')}`);
  }
} finally {
  await close();
}
