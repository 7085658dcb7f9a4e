import { describe, expect, it } from 'vitest';
import { POST as addFigure } from '../../../app/api/staff/figures/route.ts';
import { POST as correctFigure } from '../../../app/api/staff/figures/[slug]/revisions/route.ts';
import { callRoute, useStaffApp } from '../testing/staff-app.ts';
import { CORRECTED_FIGURE, FIGURE_CORRECTION } from '../testing/seed-changes.ts';

const app = useStaffApp({ signInAs: 'editor' });

const postFigure = (body: unknown) =>
  callRoute(addFigure, '/api/staff/figures', {
    method: 'POST',
    cookie: app.signedIn.cookie,
    body,
  });

/** A 422's field issues as `field:code`, in the order the answer lists them. */
async function refusedFields(response: Response) {
  expect(response.status).toBe(422);
  const { error } = (await response.json()) as {
    error: { fields: { field: string; code: string; params?: unknown }[] };
  };
  return error.fields;
}
const toCodes = (fields: { field: string; code: string }[]) =>
  fields.map((issue) => `${issue.field}:${issue.code}`);

const newFigure = {
  indicator: 'startup-fund',
  value: '7,000억 원',
  observedOn: '2026. 3. 31.',
  source: 'newsnok-2025-09-hangzhou',
  quote: '광주시는 창업펀드 조성액이 7,000억 원을 넘었다고 밝혔다.',
};

describe('adding and correcting a figure', () => {
  it('adds a figure with its source and quote, reading Korean amounts and dates exactly', async () => {
    const response = await postFigure(newFigure);
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
        email: app.signedIn.email,
      },
    ]);
  });

  it('names every wrong field at once and stores nothing', async () => {
    const before = await app.db.query('SELECT count(*)::int AS n FROM figure_revision');
    const fields = await refusedFields(
      await postFigure({
        indicator: 'no-such-indicator',
        value: '많이',
        observedOn: '2025-02-30',
        source: 'nowhere',
        quote: '   ',
      }),
    );
    expect(toCodes(fields).sort()).toEqual([
      'observedOn:nonexistent-date',
      'quote:required',
      'value:invalid-value',
    ]);
    expect(fields.find((issue) => issue.field === 'value')).toMatchObject({
      params: { input: '많이' },
    });
    const after = await app.db.query('SELECT count(*)::int AS n FROM figure_revision');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it.each([
    [
      'reports unknown references together',
      {
        indicator: 'no-such-indicator',
        value: '6,192억 원',
        observedOn: '2025-02',
        source: 'nowhere',
        quote: '인용',
      },
      ['indicator:unknown-indicator', 'source:unknown-source'],
    ],
    [
      'reads a Korean amount only for a won indicator',
      {
        indicator: 'ai-companies-relocated',
        value: '6,192억',
        observedOn: '2025',
        source: 'newsnok-2025-09-hangzhou',
        quote: '인용',
      },
      ['value:invalid-value'],
    ],
  ])('%s', async (_name, body, expected) => {
    const fields = await refusedFields(await postFigure(body));
    expect(toCodes(fields).sort()).toEqual(expected);
  });
});

describe('concurrent corrections', () => {
  it('lets exactly one of two corrections from the same revision win; the other sees the newer value', async () => {
    const slug = CORRECTED_FIGURE;
    const current = await app.db.query(
      `SELECT max(r.revision)::int AS revision, (array_agg(s.slug))[1] AS source FROM figure f JOIN figure_revision r ON r.figure_id = f.id JOIN source s ON s.id = r.source_id WHERE f.slug = $1`,
      [slug],
    );
    expect(current.rows[0].revision).toBe(1);
    const correction = (value: string, reason: string) =>
      callRoute(correctFigure, `/api/staff/figures/${slug}/revisions`, {
        method: 'POST',
        cookie: app.signedIn.cookie,
        body: { ...FIGURE_CORRECTION, value, source: current.rows[0].source, reason },
        params: { slug },
      });
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
