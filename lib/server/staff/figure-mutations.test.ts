import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as addFigure } from '../../../app/api/staff/figures/route.ts';
import { POST as correctFigure } from '../../../app/api/staff/figures/[slug]/revisions/route.ts';
import { routeParams, staffRequest, startStaffApp, type StaffApp } from '../testing/staff-app.ts';

let app: StaffApp;
let editor: { cookie: string; email: string };
beforeAll(async () => {
  app = await startStaffApp();
  editor = await app.signInAs('editor');
});
afterAll(async () => {
  await app?.close();
});

const newFigure = {
  indicator: 'startup-fund',
  value: '7,000억 원',
  observedOn: '2026. 3. 31.',
  source: 'newsnok-2025-09-hangzhou',
  quote: '광주시는 창업펀드 조성액이 7,000억 원을 넘었다고 밝혔다.',
};

describe('adding and correcting a figure', () => {
  it('adds a figure with its source and quote, reading Korean amounts and dates exactly', async () => {
    const response = await addFigure(
      staffRequest('/api/staff/figures', {
        method: 'POST',
        cookie: editor.cookie,
        body: newFigure,
      }),
    );
    expect(response.status, await response.clone().text()).toBe(201);
    const { figure } = (await response.json()) as { figure: { slug: string } };
    expect(figure.slug).toBe('startup-fund-2026-03-31');
    const stored = await app.db.query(
      `SELECT r.value::text, r.observed_on::text, r.observed_precision::text, r.revision, u.email
         FROM figure_revision r JOIN figure f ON f.id = r.figure_id JOIN staff_user u ON u.id = r.created_by WHERE f.slug = $1`,
      [figure.slug],
    );
    expect(stored.rows).toEqual([
      {
        value: '700000000000.000000',
        observed_on: '2026-03-31',
        observed_precision: 'DAY',
        revision: 1,
        email: editor.email,
      },
    ]);
  });

  it('names every wrong field at once and stores nothing', async () => {
    const before = await app.db.query('SELECT count(*)::int AS n FROM figure_revision');
    const response = await addFigure(
      staffRequest('/api/staff/figures', {
        method: 'POST',
        cookie: editor.cookie,
        body: {
          indicator: 'no-such-indicator',
          value: '많이',
          observedOn: '2025-02-30',
          source: 'nowhere',
          quote: '   ',
        },
      }),
    );
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as {
      error: { fields: { field: string; code: string }[] };
    };
    expect(error.fields.map((issue) => `${issue.field}:${issue.code}`).sort()).toEqual([
      'observedOn:nonexistent-date',
      'quote:required',
      'value:invalid-value',
    ]);
    expect(error.fields.find((issue) => issue.field === 'value')).toMatchObject({
      params: { input: '많이' },
    });
    const after = await app.db.query('SELECT count(*)::int AS n FROM figure_revision');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('reports unknown references together', async () => {
    const response = await addFigure(
      staffRequest('/api/staff/figures', {
        method: 'POST',
        cookie: editor.cookie,
        body: {
          indicator: 'no-such-indicator',
          value: '6,192억 원',
          observedOn: '2025-02',
          source: 'nowhere',
          quote: '인용',
        },
      }),
    );
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as {
      error: { fields: { field: string; code: string }[] };
    };
    expect(error.fields.map((issue) => `${issue.field}:${issue.code}`).sort()).toEqual([
      'indicator:unknown-indicator',
      'source:unknown-source',
    ]);
  });

  it('reads a Korean amount only for a won indicator', async () => {
    const response = await addFigure(
      staffRequest('/api/staff/figures', {
        method: 'POST',
        cookie: editor.cookie,
        body: {
          indicator: 'ai-companies-relocated',
          value: '6,192억',
          observedOn: '2025',
          source: 'newsnok-2025-09-hangzhou',
          quote: '인용',
        },
      }),
    );
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as {
      error: { fields: { field: string; code: string }[] };
    };
    expect(error.fields.map((issue) => `${issue.field}:${issue.code}`)).toEqual([
      'value:invalid-value',
    ]);
  });
});

describe('concurrent corrections', () => {
  it('lets exactly one of two corrections from the same revision win; the other sees the newer value', async () => {
    const slug = 'startup-fund-2025-09';
    const current = await app.db.query(
      `SELECT max(r.revision)::int AS revision, (array_agg(s.slug))[1] AS source FROM figure f JOIN figure_revision r ON r.figure_id = f.id JOIN source s ON s.id = r.source_id WHERE f.slug = $1`,
      [slug],
    );
    expect(current.rows[0].revision).toBe(1);
    const correction = (value: string, reason: string) =>
      correctFigure(
        staffRequest(`/api/staff/figures/${slug}/revisions`, {
          method: 'POST',
          cookie: editor.cookie,
          body: {
            baseRevision: 1,
            value,
            observedOn: '2025-09',
            source: current.rows[0].source,
            quote: '창업펀드 6,192억 원',
            reason,
          },
        }),
        routeParams({ slug }),
      );
    const responses = await Promise.all([
      correction('6,193억 원', '기사 정정 반영'),
      correction('6,191억 원', '보도자료 확인'),
    ]);
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 409]);
    const loser = responses.find((response) => response.status === 409)!;
    const { error } = (await loser.json()) as {
      error: { code: string; current: { revision: number; value: string } };
    };
    expect(error.code).toBe('stale-revision');
    expect(error.current.revision).toBe(2);
    const revisions = await app.db.query(
      `SELECT revision, value::text FROM figure_revision r JOIN figure f ON f.id = r.figure_id WHERE f.slug = $1 ORDER BY revision`,
      [slug],
    );
    expect(revisions.rows).toHaveLength(2);
    expect(error.current.value).toBe(revisions.rows[1].value.replace(/\.0+$/, ''));
  });
});
