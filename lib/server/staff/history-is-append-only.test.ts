import { beforeAll, describe, expect, it } from 'vitest';
import { POST as correctFigure } from '../../../app/api/staff/figures/[slug]/revisions/route.ts';
import { PATCH as correctSource } from '../../../app/api/staff/sources/[slug]/route.ts';
import { seedDataset } from '../../../prisma/seed/data.ts';
import { getIndicatorPage } from '../queries/get-indicator-page.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { CORRECTED_FIGURE, FIGURE_CORRECTION } from '../testing/seed-changes.ts';
import { callRoute, useStaffApp } from '../testing/staff-app.ts';

/**
 * The database, not the app, keeps history: raw SQL over the same connection settings the app
 * uses (DATABASE_URL) cannot change or remove a revision or an audit entry, however it tries.
 */
const app = useStaffApp({ signInAs: 'editor' });
beforeAll(async () => {
  const response = await callRoute(
    correctFigure,
    `/api/staff/figures/${CORRECTED_FIGURE}/revisions`,
    {
      method: 'POST',
      cookie: app.signedIn.cookie,
      body: {
        ...FIGURE_CORRECTION,
        value: '6,200억 원',
        quote: '6,192억 원',
        reason: '시험용 정정',
      },
      params: { slug: CORRECTED_FIGURE },
    },
  );
  expect(response.status).toBe(200);
});

describe('history cannot be altered through raw SQL as the app user', () => {
  it.each([
    ['UPDATE figure_revision SET value = 1', /figure_revision is append-only/],
    [
      "UPDATE figure_revision SET reason = 'rewritten' WHERE revision = 2",
      /figure_revision is append-only/,
    ],
    ['DELETE FROM figure_revision WHERE revision = 2', /figure_revision is append-only/],
    ['TRUNCATE figure_revision CASCADE', /figure_revision is append-only/],
    ["UPDATE pledge_revision SET quote = 'rewritten'", /pledge_revision is append-only/],
    ['DELETE FROM pledge_revision', /pledge_revision is append-only/],
    ['TRUNCATE pledge_revision CASCADE', /pledge_revision is append-only/],
    [
      "UPDATE audit_event SET actor_email = 'someone-else@example.org'",
      /audit_event is append-only/,
    ],
    ['DELETE FROM audit_event', /audit_event is append-only/],
    ['TRUNCATE audit_event', /audit_event is append-only/],
    // Removing the figure would orphan its history: the foreign key refuses first.
    ["DELETE FROM figure WHERE slug = 'startup-fund-2025-09'", /foreign key|append-only/],
  ])('%s is refused', async (sql, message) => {
    const before = await app.db.query(
      'SELECT (SELECT count(*) FROM figure_revision) AS f, (SELECT count(*) FROM pledge_revision) AS p, (SELECT count(*) FROM audit_event) AS a',
    );
    await expect(app.db.query(sql)).rejects.toThrow(message);
    const after = await app.db.query(
      'SELECT (SELECT count(*) FROM figure_revision) AS f, (SELECT count(*) FROM pledge_revision) AS p, (SELECT count(*) FROM audit_event) AS a',
    );
    expect(after.rows).toEqual(before.rows);
  });

  it('keeps both revisions with who, when and why', async () => {
    const rows = await app.db.query(
      `SELECT r.revision, r.value::text, r.reason, u.role FROM figure_revision r JOIN figure f ON f.id = r.figure_id
         LEFT JOIN staff_user u ON u.id = r.created_by WHERE f.slug = 'startup-fund-2025-09' ORDER BY r.revision`,
    );
    expect(rows.rows).toEqual([
      { revision: 1, value: '619200000000.000000', reason: null, role: null },
      { revision: 2, value: '620000000000.000000', reason: '시험용 정정', role: 'editor' },
    ]);
  });
});

describe('the dashboard as of a past moment', () => {
  it('shows the value that was current then, and nothing that did not exist yet', async () => {
    const saved = await app.db.query(
      `SELECT r.created_at FROM figure_revision r JOIN figure f ON f.id = r.figure_id WHERE f.slug = 'startup-fund-2025-09' AND r.revision = 2`,
    );
    const correctedAt: Date = saved.rows[0].created_at;
    const before = await getIndicatorPage(
      app.db.prisma,
      'startup-fund',
      new Date(correctedAt.getTime() - 1),
    );
    const after = await getIndicatorPage(app.db.prisma, 'startup-fund', correctedAt);
    const now = await getIndicatorPage(app.db.prisma, 'startup-fund');
    expect(before?.figures.map((figure) => [figure.value, figure.revision])).toEqual([
      ['619200000000', 1],
    ]);
    expect(after?.figures.map((figure) => [figure.value, figure.revision])).toEqual([
      ['620000000000', 2],
    ]);
    expect(now?.figures).toEqual(after?.figures);
    const beforeSeeding = await getIndicatorPage(
      app.db.prisma,
      'startup-fund',
      new Date('2020-01-01T00:00:00Z'),
    );
    expect(beforeSeeding?.figures).toEqual([]);
    expect(beforeSeeding?.pledges).toEqual([]);
  });
});

describe('staff corrections and the seed file', () => {
  it('reloading the seed (every npm start) keeps a source staff corrected, and the log keeps what it said before', async () => {
    const admin = await app.signInAs('admin');
    const slug = 'etnews-2018-01-ev100-forum';
    const response = await callRoute(correctSource, `/api/staff/sources/${slug}`, {
      method: 'PATCH',
      cookie: admin.cookie,
      body: {
        reason: '원문 제목으로 바로잡음',
        title: '광주, 한중 미래차 포럼 개최',
        publisher: '전자신문',
        publishedOn: '2018-01',
        language: 'ko',
      },
      params: { slug },
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const report = await loadSeed(app.db.prisma, seedDataset);
    expect(report.created).toBe(0);
    const stored = await app.db.query('SELECT title FROM source WHERE slug = $1', [slug]);
    expect(stored.rows[0].title).toBe('광주, 한중 미래차 포럼 개최');
    const log = await app.db.query(
      `SELECT details FROM audit_event WHERE action = 'source.correct' AND target_slug = $1`,
      [slug],
    );
    expect(log.rows[0].details.reason).toBe('원문 제목으로 바로잡음');
    expect(log.rows[0].details.before.title).toBe(
      seedDataset.sources.find((source) => source.key === slug)!.title,
    );
  });
});
