import { describe, expect, it } from 'vitest';
import { POST as proposeRoute } from '../../../app/api/staff/pledges/[slug]/verdicts/route.ts';
import { PUT as settingsRoute } from '../../../app/api/staff/settings/route.ts';
import { POST as reviewRoute } from '../../../app/api/staff/verdicts/[id]/review/route.ts';
import { listPendingVerdicts, listPledgeVerdicts } from '../queries/staff-verdicts.ts';
import { sendRaisedTarget, SUPERSEDING_PLEDGE } from '../testing/seed-changes.ts';
import { callRoute, useStaffApp, type StaffSession } from '../testing/staff-app.ts';

/**
 * The second pair of eyes, through the real routes as the app role: a proposal waits unpublished,
 * another staff member publishes it, its proposer cannot (the route and the database both refuse),
 * a verdict is reviewed once, and with review turned off a proposal is published as it is saved.
 */
const app = useStaffApp();

const PLEDGE = 'ggm-car-production-2021';

const evidence = (overrides: Record<string, string> = {}) => ({
  source: 'gwangju-2021-01-01-new-year',
  quote: '광주형 일자리 첫 차 생산',
  on: '2021-09',
  ...overrides,
});

/** Every seed pledge has a published verdict (the seed's), so a proposal says why it changes. */
const proposal = (overrides: Record<string, unknown> = {}) => ({
  rating: 'COMPLETED',
  reasoningKo: '2021년 9월 첫 차가 생산되었다.',
  reasoningEn: 'The first car was produced in September 2021.',
  reason: '새 근거로 다시 판정',
  evidence: [evidence()],
  ...overrides,
});

const propose = (who: StaffSession, body: unknown, slug = PLEDGE) =>
  callRoute(proposeRoute, `/api/staff/pledges/${slug}/verdicts`, {
    method: 'POST',
    cookie: who.cookie,
    body,
    params: { slug },
  });

const review = (who: StaffSession, id: number | string, body: unknown) =>
  callRoute(reviewRoute, `/api/staff/verdicts/${id}/review`, {
    method: 'POST',
    cookie: who.cookie,
    body,
    params: { id: String(id) },
  });

const setReviewRequired = (admin: StaffSession, verdictReviewRequired: boolean) =>
  callRoute(settingsRoute, '/api/staff/settings', {
    method: 'PUT',
    cookie: admin.cookie,
    body: { verdictReviewRequired },
  });

type Answer = {
  verdict: { id: number; state: string };
  reviewRequired: boolean;
  error: { code: string; fields?: { field: string; code: string }[] };
};
const read = async (response: Response) => (await response.json()) as Answer;
const fieldsOf = async (response: Response) =>
  (await read(response)).error.fields!.map((issue) => `${issue.field}:${issue.code}`).sort();

const userId = async (who: StaffSession) =>
  (await app.db.query('SELECT id FROM staff_user WHERE email = $1', [who.email])).rows[0]
    .id as string;

const reviewOf = async (id: number) =>
  (
    await app.db.query(
      'SELECT decision::text, reviewed_by, note FROM verdict_review WHERE verdict_id = $1',
      [id],
    )
  ).rows[0] as { decision: string; reviewed_by: string | null; note: string | null } | undefined;

const counts = async () =>
  (
    await app.db.query(
      `SELECT (SELECT count(*) FROM verdict)::int AS verdicts, (SELECT count(*) FROM verdict_evidence)::int AS evidence,
              (SELECT count(*) FROM verdict_review)::int AS reviews`,
    )
  ).rows[0] as { verdicts: number; evidence: number; reviews: number };

describe('verdicts', () => {
  it('a proposal waits unpublished; another staff member approves it and it is published', async () => {
    const a = await app.signInAs('editor');
    const b = await app.signInAs('editor');
    const proposed = await propose(
      a,
      proposal({ evidence: [evidence(), evidence({ on: '2021' })] }),
    );
    expect(proposed.status, await proposed.clone().text()).toBe(201);
    const { verdict, reviewRequired } = await read(proposed);
    expect([verdict.state, reviewRequired]).toEqual(['pending', true]);
    expect(await reviewOf(verdict.id)).toBeUndefined();

    // The queue lists it, with its evidence at the precision it was given.
    const queue = await listPendingVerdicts(app.db.prisma, 1, 20);
    const queued = queue.items.find((item) => item.id === verdict.id)!;
    expect(queued.proposedBy.name).toBe(
      (await app.db.query('SELECT name FROM staff_user WHERE email = $1', [a.email])).rows[0].name,
    );
    expect(queued.evidence.map((row) => [row.position, row.source.slug, row.on])).toEqual([
      [1, 'gwangju-2021-01-01-new-year', { date: '2021-09-01', precision: 'MONTH' }],
      [2, 'gwangju-2021-01-01-new-year', { date: '2021-01-01', precision: 'YEAR' }],
    ]);

    const approved = await review(b, verdict.id, { decision: 'APPROVED', note: '확인함' });
    expect(approved.status, await approved.clone().text()).toBe(200);
    expect((await read(approved)).verdict.state).toBe('published');
    expect(await reviewOf(verdict.id)).toEqual({
      decision: 'APPROVED',
      reviewed_by: await userId(b),
      note: '확인함',
    });
    const after = await listPendingVerdicts(app.db.prisma, 1, 20);
    expect(after.items.map((item) => item.id)).not.toContain(verdict.id);
    const audit = await app.db.query(
      `SELECT action, outcome, target_slug FROM audit_event WHERE action LIKE 'verdict.%' AND outcome = 'ok' ORDER BY id`,
    );
    expect(audit.rows).toEqual([
      { action: 'verdict.propose', outcome: 'ok', target_slug: PLEDGE },
      { action: 'verdict.review', outcome: 'ok', target_slug: PLEDGE },
    ]);

    // A second review of the same verdict, by anyone, is refused.
    const again = await review(a, verdict.id, { decision: 'REJECTED' });
    expect(again.status).toBe(409);
    expect((await read(again)).error.code).toBe('already-reviewed');
  });

  it('refuses self-approval while review is required, in the route and in the database', async () => {
    const a = await app.signInAs('editor');
    const { verdict } = await read(await propose(a, proposal({ reason: '새 근거' })));
    const before = await counts();
    const own = await review(a, verdict.id, { decision: 'APPROVED' });
    expect(own.status).toBe(403);
    expect((await read(own)).error.code).toBe('own-verdict');
    expect(await counts()).toEqual(before);
    const logged = await app.db.query(
      `SELECT outcome, details->>'code' AS code FROM audit_event WHERE action = 'verdict.review' AND actor_email = $1`,
      [a.email],
    );
    expect(logged.rows).toEqual([{ outcome: 'denied', code: 'own-verdict' }]);

    // Written past the app, the database refuses it too, as it refuses a review without a reviewer.
    for (const reviewer of [await userId(a), null])
      await expect(
        app.db.query(
          `INSERT INTO verdict_review (verdict_id, decision, reviewed_by) VALUES ($1, 'APPROVED', $2)`,
          [verdict.id, reviewer],
        ),
      ).rejects.toThrow(/another staff member must review it/);
    expect(await counts()).toEqual(before);
  });

  it('a verdict replacing a published one must say why it changes; a first one need not', async () => {
    const a = await app.signInAs('editor');
    const b = await app.signInAs('editor');
    const { reason: _reason, ...withoutReason } = proposal();
    // A seed pledge has the seed's published verdict.
    const onSeed = await propose(a, withoutReason);
    expect(onSeed.status).toBe(422);
    expect(await fieldsOf(onSeed)).toEqual(['reason:reason-required']);

    // A new pledge has none: pending or rejected verdicts are not published, so no reason yet.
    expect((await sendRaisedTarget(a.cookie)).status).toBe(201);
    const slug = SUPERSEDING_PLEDGE;
    const first = await read(await propose(a, { ...withoutReason, rating: 'IN_PROGRESS' }, slug));
    expect(first.verdict.state).toBe('pending');
    const second = await propose(b, { ...withoutReason, rating: 'ON_HOLD' }, slug);
    expect(second.status).toBe(201);
    expect((await review(b, first.verdict.id, { decision: 'APPROVED' })).status).toBe(200);

    const before = await counts();
    const refused = await propose(a, { ...withoutReason, rating: 'DROPPED' }, slug);
    expect(refused.status).toBe(422);
    expect(await fieldsOf(refused)).toEqual(['reason:reason-required']);
    expect(await counts()).toEqual(before);
    const withReason = await propose(
      a,
      { ...withoutReason, rating: 'DROPPED', reason: '2025년 예산에서 빠졌다.' },
      slug,
    );
    expect(withReason.status).toBe(201);
    const listed = await listPledgeVerdicts(app.db.prisma, slug, 50);
    expect(listed.map((item) => [item.rating, item.review?.decision ?? null, item.reason])).toEqual(
      [
        ['DROPPED', null, '2025년 예산에서 빠졌다.'],
        ['ON_HOLD', null, null],
        ['IN_PROGRESS', 'APPROVED', null],
      ],
    );
  });

  it('names every bad field, evidence rows by index, and writes nothing', async () => {
    const a = await app.signInAs('editor');
    const send = (body: unknown) => propose(a, body, 'corporate-re100-2030');
    const before = await counts();
    const bad = await send({
      rating: 'FINISHED',
      reasoningKo: '  ',
      evidence: [
        evidence(),
        evidence({ quote: '', on: '2021-13' }),
        evidence({ source: 'no-such-source', on: '작년' }),
      ],
    });
    expect(bad.status).toBe(422);
    expect(await fieldsOf(bad)).toEqual([
      'evidence.1.on:nonexistent-date',
      'evidence.1.quote:required',
      'evidence.2.on:invalid-date',
      'rating:invalid-choice',
      'reasoningEn:required',
      'reasoningKo:required',
    ]);
    // Rows that parse are checked against the sources next, still by index.
    const unknown = await send(
      proposal({ evidence: [evidence(), evidence({ source: 'no-such-source' })] }),
    );
    expect(await fieldsOf(unknown)).toEqual(['evidence.1.source:unknown-source']);
    const none = await send(proposal({ reasoningEn: '', evidence: [] }));
    expect(await fieldsOf(none)).toEqual(['evidence:evidence-required', 'reasoningEn:required']);
    const eleven = await send(proposal({ evidence: Array.from({ length: 11 }, () => evidence()) }));
    expect(await fieldsOf(eleven)).toEqual(['evidence:evidence-too-many']);
    const unknownPledge = await propose(a, proposal(), 'no-such-pledge');
    expect(unknownPledge.status).toBe(404);
    const unknownVerdict = await review(a, 'abc', { decision: 'APPROVED' });
    expect(unknownVerdict.status).toBe(404);
    const badDecision = await review(a, 1, { decision: 'MAYBE' });
    expect(await fieldsOf(badDecision)).toEqual(['decision:invalid-choice']);
    // JSON that is not an object (null answered 500 before: the cross-field rule read its fields).
    for (const raw of ['null', '[1,2]', '"text"', '42']) {
      const notAnObject = await callRoute(
        proposeRoute,
        '/api/staff/pledges/corporate-re100-2030/verdicts',
        {
          method: 'POST',
          cookie: a.cookie,
          headers: { 'content-type': 'application/json' },
          body: raw,
          params: { slug: 'corporate-re100-2030' },
        },
      );
      expect(notAnObject.status, raw).toBe(422);
      expect((await read(notAnObject)).error.code, raw).toBe('invalid-input');
    }
    expect(await counts()).toEqual(before);
  });

  it('"not yet rated" may come without evidence', async () => {
    const a = await app.signInAs('editor');
    const b = await app.signInAs('editor');
    const answer = await propose(
      a,
      proposal({ rating: 'NOT_YET_RATED', evidence: [] }),
      'carbon-neutral-city-2045',
    );
    expect(answer.status, await answer.clone().text()).toBe(201);
    const { verdict } = await read(answer);
    expect((await review(b, verdict.id, { decision: 'APPROVED' })).status).toBe(200);
  });

  it('with review turned off, a proposal is published at once without a reviewer', async () => {
    const admin = await app.signInAs('admin');
    const a = await app.signInAs('editor');
    const b = await app.signInAs('editor');
    // A proposal made while review was on stays pending, and its proposer may then publish it.
    const earlier = await read(await propose(a, proposal({ reason: '이전 제안' })));
    expect((await app.db.query('SELECT count(*)::int AS n FROM site_setting')).rows[0].n).toBe(0);

    const off = await setReviewRequired(admin, false);
    expect(off.status, await off.clone().text()).toBe(200);
    const row = await app.db.query('SELECT verdict_review_required, updated_by FROM site_setting');
    expect(row.rows).toEqual([{ verdict_review_required: false, updated_by: await userId(admin) }]);

    const proposed = await propose(
      b,
      proposal({ rating: 'COMPLETED_ONGOING', reason: '계속 운영' }),
    );
    expect(proposed.status).toBe(201);
    const { verdict, reviewRequired } = await read(proposed);
    expect([verdict.state, reviewRequired]).toEqual(['published', false]);
    expect(await reviewOf(verdict.id)).toEqual({
      decision: 'APPROVED',
      reviewed_by: null,
      note: null,
    });
    const own = await review(a, earlier.verdict.id, { decision: 'REJECTED' });
    expect(own.status).toBe(200);

    // On again: one row, updated in place; proposals wait again.
    expect((await setReviewRequired(admin, true)).status).toBe(200);
    expect((await app.db.query('SELECT count(*)::int AS n FROM site_setting')).rows[0].n).toBe(1);
    const pending = await read(await propose(b, proposal({ reason: '다시 검토' })));
    expect(pending.verdict.state).toBe('pending');
    const settingsLog = await app.db.query(
      `SELECT details->'after' AS after FROM audit_event WHERE action = 'settings.change' ORDER BY id`,
    );
    expect(settingsLog.rows).toEqual([
      { after: { verdictReviewRequired: false } },
      { after: { verdictReviewRequired: true } },
    ]);
  });

  it('two reviewers at once: one review wins, the other is told it was already reviewed', async () => {
    const a = await app.signInAs('editor');
    const b = await app.signInAs('editor');
    const c = await app.signInAs('editor');
    const { verdict } = await read(await propose(a, proposal({ reason: '동시 검토' })));
    const answers = await Promise.all([
      review(b, verdict.id, { decision: 'APPROVED' }),
      review(c, verdict.id, { decision: 'REJECTED' }),
    ]);
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 409]);
    const refused = answers.find((answer) => answer.status === 409)!;
    expect((await read(refused)).error.code).toBe('already-reviewed');
  });
});
