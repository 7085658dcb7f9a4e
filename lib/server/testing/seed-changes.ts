/**
 * Changes to the seeded data that several test files make through the staff routes, so each
 * file states only what it checks: a press correction of a figure (revision 2) and a raised
 * target that supersedes an older pledge.
 */
import { POST as correctFigure } from '../../../app/api/staff/figures/[slug]/revisions/route.ts';
import { POST as addPledge } from '../../../app/api/staff/pledges/route.ts';
import { callRoute } from './staff-app.ts';

/** The seed's September 2025 startup-fund figure, at revision 1. */
export const CORRECTED_FIGURE = 'startup-fund-2025-09';

/** A correction of CORRECTED_FIGURE from revision 1, as the staff form sends it. */
export const FIGURE_CORRECTION = {
  baseRevision: 1,
  value: '6,193억 원',
  observedOn: '2025-09',
  source: 'newsnok-2025-09-hangzhou',
  quote: '창업펀드 6,192억 원',
  reason: '기사 정정 반영',
};

/** The pledge RAISED_TARGET adds. */
export const SUPERSEDING_PLEDGE = 'startup-fund-1-5t-won';

/** A new, raised startup-fund target superseding the seed's 1-trillion-won one. */
export const RAISED_TARGET = {
  kind: 'TARGET',
  indicator: 'startup-fund',
  administration: 'min-8',
  supersedes: 'startup-fund-1t-won',
  titleKo: '창업펀드 1조 5,000억 원 조성',
  titleEn: 'Build a KRW 1.5 trillion startup fund',
  targetValue: '1조 5,000억 원',
  deadline: '2028',
  announcedOn: '2026. 11. 20.',
  source: 'newsnok-2025-09-hangzhou',
  quote: '1조 5,000억 원',
  slug: SUPERSEDING_PLEDGE,
};

/** Sends FIGURE_CORRECTION as the account with this session cookie. */
export const sendFigureCorrection = (cookie: string) =>
  callRoute(correctFigure, `/api/staff/figures/${CORRECTED_FIGURE}/revisions`, {
    method: 'POST',
    cookie,
    body: FIGURE_CORRECTION,
    params: { slug: CORRECTED_FIGURE },
  });

/** Sends RAISED_TARGET as the account with this session cookie. */
export const sendRaisedTarget = (cookie: string) =>
  callRoute(addPledge, '/api/staff/pledges', { method: 'POST', cookie, body: RAISED_TARGET });
