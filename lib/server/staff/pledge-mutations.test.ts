import { describe, expect, it } from 'vitest';
import { POST as correctPledge } from '../../../app/api/staff/pledges/[slug]/revisions/route.ts';
import { POST as addPledge } from '../../../app/api/staff/pledges/route.ts';
import { sendRaisedTarget, SUPERSEDING_PLEDGE } from '../testing/seed-changes.ts';
import { callRoute, useStaffApp } from '../testing/staff-app.ts';

const app = useStaffApp({ signInAs: 'editor' });

const postPledge = (body: unknown) =>
  callRoute(addPledge, '/api/staff/pledges', {
    method: 'POST',
    cookie: app.signedIn.cookie,
    body,
  });

const fields = async (response: Response) =>
  ((await response.json()) as { error: { fields: { field: string; code: string }[] } }).error.fields
    .map((issue) => `${issue.field}:${issue.code}`)
    .sort();

describe('pledges', () => {
  it('adds a raised target that supersedes the old one, keeping the old goalpost', async () => {
    const response = await sendRaisedTarget(app.signedIn.cookie);
    expect(response.status, await response.clone().text()).toBe(201);
    const rows = await app.db.query(
      `SELECT p.slug, r.target_value::text, r.deadline_on::text, r.deadline_precision::text, o.slug AS supersedes
         FROM pledge p JOIN pledge_revision r ON r.pledge_id = p.id JOIN pledge o ON o.id = p.supersedes_id WHERE p.slug = $1`,
      [SUPERSEDING_PLEDGE],
    );
    expect(rows.rows).toEqual([
      {
        slug: 'startup-fund-1-5t-won',
        target_value: '1500000000000.000000',
        deadline_on: '2028-01-01',
        deadline_precision: 'YEAR',
        supersedes: 'startup-fund-1t-won',
      },
    ]);
  });

  it('names what does not fit the kind of pledge, all at once', async () => {
    const response = await postPledge({
      kind: 'MILESTONE',
      indicator: 'ai-companies-relocated',
      administration: 'min-8',
      supersedes: 'startup-fund-500b-won',
      titleKo: '이정표',
      titleEn: 'Milestone',
      targetValue: '10',
      baselineValue: '3',
      announcedOn: '2026-11',
      source: 'newsnok-2025-09-hangzhou',
      quote: '인용',
    });
    expect(response.status).toBe(422);
    expect(await fields(response)).toEqual([
      'baselineOn:baseline-incomplete',
      'supersedes:already-superseded',
      'targetValue:milestone-has-no-target',
    ]);
  });

  it('corrects a pledge as a new revision; a stale form gets the newer version', async () => {
    const body = (title: string) => ({
      baseRevision: 1,
      reason: '보도자료로 기한 확인',
      titleKo: title,
      titleEn: 'Cut greenhouse gas emissions by 45%',
      targetValue: '45',
      deadline: '2030-12',
      announcedOn: '2021-01-01',
      source: 'gwangju-2021-01-01-new-year',
      quote: '온실가스 45% 감축',
    });
    const send = (title: string) =>
      callRoute(correctPledge, '/api/staff/pledges/ghg-cut-45-percent-2030/revisions', {
        method: 'POST',
        cookie: app.signedIn.cookie,
        body: body(title),
        params: { slug: 'ghg-cut-45-percent-2030' },
      });
    expect((await send('온실가스 45% 감축 (2030년 12월)')).status).toBe(200);
    const stale = await send('다른 제목');
    expect(stale.status).toBe(409);
    expect(
      ((await stale.json()) as { error: { current: { revision: number; titleKo: string } } }).error
        .current,
    ).toMatchObject({ revision: 2, titleKo: '온실가스 45% 감축 (2030년 12월)' });
  });
});
