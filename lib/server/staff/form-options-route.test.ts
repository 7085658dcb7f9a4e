import { describe, expect, it } from 'vitest';
import { GET } from '../../../app/api/staff/options/route.ts';
import { FORM_OPTION_LIMIT } from '../../domain/form-option.ts';
import { staffRequest, useStaffApp } from '../testing/staff-app.ts';

/**
 * GET /api/staff/options, what the staff forms' pickers ask as a person types: signed-in staff
 * only, at most FORM_OPTION_LIMIT matches, by part of a Korean or English name or of a slug.
 */
const app = useStaffApp({ signInAs: 'editor' });

/** Asks as the signed-in editor's picker does, or with another cookie, or none (null). */
const ask = (query: string, cookie: string | null = app.signedIn.cookie) =>
  GET(
    staffRequest(`/api/staff/options?${query}`, {
      method: 'GET',
      cookie: cookie ?? undefined,
      origin: null,
    }),
  );

describe('GET /api/staff/options', () => {
  it('refuses a request without a session, in the staff error shape', async () => {
    const response = await ask(`kind=indicator&q=${encodeURIComponent('펀드')}&lang=ko`, null);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      ok: false,
      error: { status: 401, code: 'signed-out', message: 'Sign in first.' },
    });
  });

  it('refuses a forged or expired session cookie', async () => {
    const response = await ask(
      'kind=indicator&q=fund&lang=ko',
      'better-auth.session_token=forged.value',
    );
    expect(response.status).toBe(401);
  });

  it('finds an indicator by part of its Korean name, labelled in the language asked, with its unit', async () => {
    const korean = await ask(`kind=indicator&q=${encodeURIComponent('펀드')}&lang=ko`);
    expect(korean.status).toBe(200);
    expect(korean.headers.get('Cache-Control')).toBe('private, no-store');
    expect((await korean.json()).options).toContainEqual({
      slug: 'startup-fund',
      label: '창업펀드 조성액 (startup-fund)',
      unit: 'KRW',
    });
    const english = await ask(`kind=indicator&q=${encodeURIComponent('업펀')}&lang=en`);
    expect((await english.json()).options).toContainEqual({
      slug: 'startup-fund',
      label: 'Startup fund raised (startup-fund)',
      unit: 'KRW',
    });
  });

  it('finds sources and pledges too, the exact slug first', async () => {
    const sources = await (
      await ask(`kind=source&q=${encodeURIComponent('뉴스노크')}&lang=ko`)
    ).json();
    expect(sources.options[0]).toMatchObject({ slug: 'newsnok-2025-09-hangzhou' });
    expect(sources.options[0].label).toContain('뉴스노크');
    const pledges = await (
      await ask('kind=pledge&q=ai-startup-camp-2-opening-2021&lang=ko')
    ).json();
    expect(pledges.options[0].slug).toBe('ai-startup-camp-2-opening-2021');
  });

  it(`answers at most ${FORM_OPTION_LIMIT} matches however many there are`, async () => {
    await app.db.query(
      `INSERT INTO indicator (slug, theme_id, name_ko, name_en, description_ko, description_en, unit, measure, higher_is_better)
       SELECT 'picker-test-' || n, (SELECT min(id) FROM theme), '선택 시험 지표 ' || n, 'Picker test ' || n,
              '설명', 'About', 'COMPANIES', 'CUMULATIVE', true
       FROM generate_series(1, 60) AS n`,
    );
    const response = await ask(`kind=indicator&q=${encodeURIComponent('시험')}&lang=ko`);
    const { options } = (await response.json()) as { options: { slug: string }[] };
    expect(options).toHaveLength(FORM_OPTION_LIMIT);
    expect(options.every((option) => option.slug.startsWith('picker-test-'))).toBe(true);
  });

  it.each([
    ['kind=figure&q=fund&lang=ko', 'kind'],
    ['kind=indicator&q=&lang=ko', 'q'],
    ['kind=indicator&q=%20%20&lang=ko', 'q'],
    [`kind=indicator&q=${'가'.repeat(201)}&lang=ko`, 'q'],
    ['kind=indicator&q=fund&lang=fr', 'lang'],
    ['kind=indicator&q=fund&lang=ko&limit=500', 'limit'],
  ])('answers a bad query (%s) 400 naming the parameter', async (query, parameter) => {
    const response = await ask(query);
    expect(response.status).toBe(400);
    expect((await response.json()).error.parameter).toBe(parameter);
  });
});
