/**
 * A synthetic dataset for benchmarks, made with plain SQL in a throwaway database: one theme and
 * source, INDICATORS indicators, and as many figures (each with its first revision) as asked.
 * `growReadDataset` grows it to the shape of a real site of a given size (read-bench.ts).
 */
import type pg from 'pg';

const CHUNK = 100_000;
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

/**
 * How figures are spread: over the first `indicators` indicators and first `sources` sources (in
 * id order), and, when `hotEvery` > 0, every hotEvery-th figure on indicator bench-1, so one
 * indicator has many more figures than the rest (1 % of all of them at hotEvery = 100).
 */
export interface FigureLayout {
  indicators: number;
  sources: number;
  hotEvery: number;
}

/**
 * A step that at least doubles the figures and adds this many or more is loaded without the
 * secondary indexes of the figure tables, which are rebuilt once at the end (see generateFigures).
 */
const BULK_LOAD_MIN = 500_000;

/**
 * Adds figures (with their first revision) until there are `target`, showing progress. Set-based:
 * each chunk is one `INSERT … SELECT generate_series` into `figure` and one into `figure_revision`,
 * whose statement-level trigger keeps `current_figure` and the counts exactly as for an import.
 * A large step drops the indexes of `figure`, `figure_revision` and `current_figure` that no
 * constraint, foreign key or ON CONFLICT of the trigger needs, and recreates them from their own
 * definitions afterwards (a unique one re-checks its rows as it is built); primary keys, triggers
 * and foreign keys stay on throughout, except the one refreshing every pledge's status evidence:
 * without the (indicator, date) index each refresh scans current_figure once per pledge, so a
 * chunk cost grew with the table (1,300 figures/s at 300,000); it is run once, after the indexes
 * are back, for every pledge — the state the trigger would have left.
 */
export async function generateFigures(
  db: pg.Client,
  from: number,
  target: number,
  layout: FigureLayout = { indicators: INDICATORS, sources: 1, hotEvery: 0 },
): Promise<number> {
  const started = performance.now();
  const bulk = target - from >= BULK_LOAD_MIN && target - from >= from;
  // A throwaway database: a crash may lose the last chunks, never corrupt them.
  await db.query('SET synchronous_commit = off');
  const indexes = bulk ? await dropSecondaryIndexes(db) : [];
  if (bulk) await db.query(`ALTER TABLE figure_revision DISABLE TRIGGER ${EVIDENCE_TRIGGER}`);
  for (let done = from; done < target;) {
    const next = Math.min(target, done + CHUNK);
    await db.query('BEGIN');
    const { rows } = await db.query<{ last: number }>(
      'SELECT coalesce(max(id), 0) AS last FROM figure',
    );
    await db.query(
      `INSERT INTO figure (slug, indicator_id)
       SELECT 'bench-figure-' || n, i.id
       FROM generate_series($1::int + 1, $2::int) AS n
       JOIN (SELECT id, row_number() OVER (ORDER BY id) AS k FROM indicator) i
         ON i.k = CASE WHEN $3::int > 0 AND n % $3::int = 0 THEN 1 ELSE 1 + n % $4::int END
       ORDER BY n`,
      [done, next, layout.hotEvery, layout.indicators],
    );
    // One statement per chunk: the current_figure projection trigger is statement-level. The new
    // figures are those past the highest id before the chunk (one bench client, one sequence).
    await db.query(
      `INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision, source_id, quote, created_by)
       SELECT f.id, 1, (f.id::bigint * 1000003) % 10000000000000, DATE '2018-01-01' + (f.id % 2900), 'DAY', s.id,
              '광주시는 합성 수치 ' || f.id || '억원을 발표했다. "인용", 쉼표, 그리고 줄바꿈 없는 문장.', 'bench'
       FROM figure f
       JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM source) s ON s.k = f.id % $1::int
       WHERE f.id > $2::int
       ORDER BY f.id`,
      [layout.sources, rows[0]!.last],
    );
    await db.query('COMMIT');
    done = next;
    progress(done, target, started, from);
  }
  process.stderr.write('\n');
  if (indexes.length > 0) {
    const rebuilding = performance.now();
    await db.query(`SET maintenance_work_mem = '512MB'`);
    for (const [n, { definition }] of indexes.entries()) {
      process.stderr.write(`\r  rebuilding indexes ${n + 1}/${indexes.length}`);
      await db.query(definition);
    }
    await db.query('RESET maintenance_work_mem');
    process.stderr.write(
      `\r  rebuilt ${indexes.length} indexes in ${((performance.now() - rebuilding) / 1000).toFixed(0)} s\n`,
    );
  }
  if (bulk) {
    await db.query(`ALTER TABLE figure_revision ENABLE TRIGGER ${EVIDENCE_TRIGGER}`);
    await db.query('ANALYZE current_figure');
    await db.query('SELECT refresh_pledge_evidence(ARRAY(SELECT id FROM pledge))');
  }
  await db.query('RESET synchronous_commit');
  return target;
}

const EVIDENCE_TRIGGER = 'figure_revision_refreshes_pledge_evidence';

/** The tables a figure lives in: the identity, its revisions and the current_figure projection. */
const FIGURE_TABLES = ['figure', 'figure_revision', 'current_figure'];

/**
 * Drops the indexes of the figure tables that back no constraint (primary keys, and through them
 * the foreign keys and the trigger's ON CONFLICT, stay) and returns their definitions.
 */
async function dropSecondaryIndexes(db: pg.Client) {
  const { rows } = await db.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     WHERE i.indrelid = ANY($1::regclass[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY 1`,
    [FIGURE_TABLES],
  );
  for (const { name } of rows) await db.query(`DROP INDEX ${name}`);
  return rows;
}

/**
 * The shape of a site with `figures` figures, scaled from the largest one asked for in issue 12
 * (10,000,000 figures: 10,000 indicators, 5,000 pledges, 5,000 sources), never below the 40
 * indicators of the reference data: one indicator per 1,000 figures, one pledge and one source
 * per 2,000, twelve themes, and 1 % of all figures on indicator bench-1.
 */
export function toReadLayout(figures: number) {
  return {
    indicators: Math.max(INDICATORS, Math.ceil(figures / 1000)),
    pledges: Math.max(20, Math.ceil(figures / 2000)),
    sources: Math.max(20, Math.ceil(figures / 2000)),
    themes: 12,
    hotEvery: 100,
  };
}

/**
 * Grows the reference data (themes, sources, indicators, pledges with a revision each, verdicts) to the
 * layout of `target` figures, then the figures from `from` to `target`. Rows already there are
 * kept, so a larger size adds to a smaller one.
 */
export async function growReadDataset(db: pg.Client, from: number, target: number) {
  const layout = toReadLayout(target);
  await db.query('BEGIN');
  await db.query(
    `INSERT INTO theme (slug, name_ko, name_en, sort_order)
     SELECT 'bench-theme-' || n, '합성 분야 ' || n, 'Synthetic theme ' || n, n
     FROM generate_series(2, $1::int) AS n ON CONFLICT (slug) DO NOTHING`,
    [layout.themes],
  );
  await db.query(
    `INSERT INTO source (slug, title, publisher, publisher_inferred, published_on, published_precision, published_inferred, language)
     SELECT 'bench-source-' || n, '합성 기사 ' || n, '합성 신문 ' || (n % 17), false, DATE '2018-01-01' + (n % 2900), 'DAY', false, 'ko'
     FROM generate_series(2, $1::int) AS n ON CONFLICT (slug) DO NOTHING`,
    [layout.sources],
  );
  await db.query(
    `INSERT INTO indicator (slug, theme_id, name_ko, name_en, description_ko, description_en, unit, measure, higher_is_better)
     SELECT 'bench-' || n, t.id, '합성 지표 ' || n, 'Synthetic indicator ' || n, '설명', 'About',
            (CASE WHEN n % 2 = 0 THEN 'KRW' ELSE 'COMPANIES' END)::"Unit", 'CUMULATIVE', true
     FROM generate_series(${INDICATORS + 1}, $1::int) AS n
     JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM theme) t ON t.k = n % $2::int
     ORDER BY n
     ON CONFLICT (slug) DO NOTHING`,
    [layout.indicators, layout.themes],
  );
  await db.query(
    `INSERT INTO administration (slug, name_ko, name_en, mayor_ko, mayor_en, term_start, term_end)
     VALUES ('bench-administration', '합성 민선', 'Synthetic administration', '합성 시장', 'Synthetic mayor', '2022-07-01', '2026-06-30')
     ON CONFLICT (slug) DO NOTHING`,
  );
  // Pledge n is about indicator n (then wraps): the hot indicator bench-1 has one.
  await db.query(
    `INSERT INTO pledge (slug, kind, indicator_id, administration_id)
     SELECT 'bench-pledge-' || n, 'TARGET', i.id, (SELECT id FROM administration WHERE slug = 'bench-administration')
     FROM generate_series(1, $1::int) AS n
     JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM indicator) i ON i.k = (n - 1) % $2::int
     ORDER BY n
     ON CONFLICT (slug) DO NOTHING`,
    [layout.pledges, layout.indicators],
  );
  await db.query(
    `INSERT INTO pledge_revision (pledge_id, revision, title_ko, title_en, target_value, deadline_on, deadline_precision,
                                  baseline_value, baseline_on, baseline_precision, announced_on, announced_precision, source_id, quote, created_by)
     SELECT p.id, 1, '합성 공약 ' || p.id, 'Synthetic pledge ' || p.id, (p.id::bigint * 7919) % 10000000000000 + 1000000,
            DATE '2026-06-30', 'DAY', 0, DATE '2018-01-01', 'DAY', DATE '2022-07-01', 'DAY',
            (SELECT min(id) FROM source), '광주시는 합성 공약 ' || p.id || '을 발표했다.', 'bench'
     FROM pledge p WHERE NOT EXISTS (SELECT 1 FROM pledge_revision r WHERE r.pledge_id = p.id)`,
  );
  await addVerdicts(db);
  await db.query('COMMIT');
  return generateFigures(db, from, target, {
    indicators: layout.indicators,
    sources: layout.sources,
    hotEvery: layout.hotEvery,
  });
}

/**
 * Verdicts as staff would leave them: every 10th pledge with a published one (completed or under
 * way, one piece of evidence, approved by a second person), and every 50th (from the 5th) with a
 * proposal waiting in the review queue. Pledges that already have a verdict are left alone.
 */
async function addVerdicts(db: pg.Client) {
  await db.query(
    `INSERT INTO verdict (pledge_id, rating, reasoning_ko, reasoning_en, proposed_by)
     SELECT p.id, (CASE WHEN p.id % 10 <> 0 THEN 'PARTLY_DONE' WHEN p.id % 20 = 0 THEN 'COMPLETED' ELSE 'IN_PROGRESS' END)::"VerdictRating",
            '합성 판정 근거 ' || p.id, 'Synthetic reasoning ' || p.id,
            CASE WHEN p.id % 10 = 0 THEN 'bench-editor' ELSE 'bench-proposer' END
     FROM pledge p
     WHERE (p.id % 10 = 0 OR p.id % 50 = 5) AND NOT EXISTS (SELECT 1 FROM verdict v WHERE v.pledge_id = p.id)
     ORDER BY p.id`,
  );
  await db.query(
    `INSERT INTO verdict_evidence (verdict_id, position, source_id, quote, evidence_on, evidence_precision)
     SELECT v.id, 1, (SELECT min(id) FROM source), '광주시는 합성 공약 ' || v.pledge_id || '의 진행 상황을 밝혔다.', DATE '2025-01-01', 'DAY'
     FROM verdict v WHERE NOT EXISTS (SELECT 1 FROM verdict_evidence e WHERE e.verdict_id = v.id)`,
  );
  await db.query(
    `INSERT INTO verdict_review (verdict_id, decision, reviewed_by)
     SELECT v.id, 'APPROVED', 'bench-reviewer' FROM verdict v
     WHERE v.proposed_by = 'bench-editor' AND NOT EXISTS (SELECT 1 FROM verdict_review r WHERE r.verdict_id = v.id)`,
  );
}

function progress(done: number, total: number, started: number, from: number) {
  const share = done / total;
  const width = 30;
  const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
  const rate = (done - from) / ((performance.now() - started) / 1000);
  process.stderr.write(
    `\r  generating [${bar}] ${(share * 100).toFixed(0).padStart(3)}%  ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} figures  (${Math.round(rate).toLocaleString('en-US')}/s)`,
  );
}
