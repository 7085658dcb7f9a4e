/**
 * A synthetic dataset for benchmarks, made with plain SQL in a throwaway database: one theme and
 * source, INDICATORS indicators, and as many figures (each with its first revision) as asked.
 */
import type pg from 'pg';

const CHUNK = 50_000;
const INDICATORS = 40;

export async function createReferenceData(db: pg.Client) {
  await db.query(
    `INSERT INTO theme (slug, name_ko, name_en, sort_order) VALUES ('bench', '벤치마크', 'Benchmark', 1)`,
  );
  await db.query(`INSERT INTO source (slug, title, publisher, publisher_inferred, published_on, published_precision, published_inferred, language)
                  VALUES ('bench-source', '벤치마크용 합성 기사, "따옴표"와 쉼표, 포함', '합성 신문', false, '2025-09-01', 'MONTH', false, 'ko')`);
  await db.query(
    `INSERT INTO indicator (slug, theme_id, name_ko, name_en, description_ko, description_en, unit, measure, higher_is_better)
     SELECT 'bench-' || n, (SELECT id FROM theme), '합성 지표 ' || n, 'Synthetic indicator ' || n, '설명', 'About',
            (CASE WHEN n % 2 = 0 THEN 'KRW' ELSE 'COMPANIES' END)::"Unit", 'CUMULATIVE', true
     FROM generate_series(1, ${INDICATORS}) AS n`,
  );
}

/** Adds figures (with their first revision) until there are `target`, showing progress. */
export async function generateFigures(
  db: pg.Client,
  from: number,
  target: number,
): Promise<number> {
  const started = performance.now();
  for (let done = from; done < target;) {
    const next = Math.min(target, done + CHUNK);
    await db.query('BEGIN');
    await db.query(
      `INSERT INTO figure (slug, indicator_id)
       SELECT 'bench-figure-' || n, (SELECT id FROM indicator WHERE slug = 'bench-' || (1 + n % ${INDICATORS}))
       FROM generate_series($1::int + 1, $2::int) AS n`,
      [done, next],
    );
    await db.query(
      `INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision, source_id, quote, created_by)
       SELECT f.id, 1, (f.id::bigint * 1000003) % 10000000000000, DATE '2018-01-01' + (f.id % 2900), 'DAY', (SELECT id FROM source),
              '광주시는 합성 수치 ' || f.id || '억원을 발표했다. "인용", 쉼표, 그리고 줄바꿈 없는 문장.', 'bench'
       FROM figure f WHERE f.slug LIKE 'bench-figure-%' AND f.id > (SELECT coalesce(max(figure_id), 0) FROM figure_revision)`,
    );
    await db.query('COMMIT');
    done = next;
    progress(done, target, started, from);
  }
  process.stdout.write('\n');
  return target;
}

function progress(done: number, total: number, started: number, from: number) {
  const share = done / total;
  const width = 30;
  const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
  const rate = (done - from) / ((performance.now() - started) / 1000);
  process.stdout.write(
    `\r  generating [${bar}] ${(share * 100).toFixed(0).padStart(3)}%  ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} figures  (${Math.round(rate).toLocaleString('en-US')}/s)`,
  );
}
