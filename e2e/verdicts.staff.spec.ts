import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { createStaffAccount } from './staff-accounts';

/**
 * The second pair of eyes, as staff use it: editor A proposes a verdict on a pledge with one piece
 * of evidence, sees no Approve button on their own proposal (and a direct request of their own
 * approval is refused), and editor B approves it from the review queue; the queue then no longer
 * lists it and the pledge's staff page shows it published. Once in Korean, once in English.
 * Public pages are not checked here.
 */
const run = Date.now().toString(36);
const accounts = {
  a: {
    email: `verdict-a-${run}@example.org`,
    name: '이제안',
    role: 'editor' as const,
    password: 'e2e-verdict-a-password',
  },
  b: {
    email: `verdict-b-${run}@example.org`,
    name: '박검토',
    role: 'editor' as const,
    password: 'e2e-verdict-b-password',
  },
};

// Each journey signs two people in (argon2) and runs three axe scans: 31-36 s at a load average
// of 7 on the shared two cores, past 60 s at 17, so they get 120 s each.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(() => {
  for (const account of Object.values(accounts))
    expect(createStaffAccount(account)).toContain('Created editor');
});

const flows = [
  {
    locale: 'ko' as const,
    prefix: '',
    pledge: 'ggm-car-production-2021',
    administration: 'min-7',
    title: '광주글로벌모터스(GGM) 완성차 생산 시작',
    labels: {
      email: '이메일',
      password: '비밀번호',
      signIn: '로그인',
      rating: '판정',
      reasoningKo: '판정 근거 설명 (한국어)',
      reasoningEn: '판정 근거 설명 (영어)',
      reason: '변경 사유',
      evidence1: '근거 1',
      source: '출처',
      quote: '인용문',
      on: '근거가 말하는 날짜',
      submit: '판정 제안',
      approve: '승인하고 공개',
    },
    texts: {
      evidenceRequired: '근거를 하나 이상 인용하거나',
      savedPending: '저장했습니다. 다른 직원의 검토를 기다립니다.',
      ownProposal: '직접 제안한 판정이므로 다른 직원이 검토해야 합니다.',
      pending: '검토 대기',
      published: '공개됨',
      ratingName: '완료',
      feedVerdict: '판정: 완료',
      evidenceOn: '2021년 9월 (월 단위)',
      approved: '승인했습니다. 판정이 공개되었습니다.',
      proposedBy: '이제안 제안',
      reviewedBy: '박검토 승인',
    },
  },
  {
    locale: 'en' as const,
    prefix: '/en',
    pledge: 'ai-data-centre-opening-2023',
    administration: 'min-8',
    title: 'Open the National AI Data Centre',
    labels: {
      email: 'Email',
      password: 'Password',
      signIn: 'Sign in',
      rating: 'Verdict',
      reasoningKo: 'Reasoning (Korean)',
      reasoningEn: 'Reasoning (English)',
      reason: 'Why it changes',
      evidence1: 'Evidence 1',
      source: 'Source',
      quote: 'Quote',
      on: 'Date the evidence describes',
      submit: 'Propose verdict',
      approve: 'Approve and publish',
    },
    texts: {
      evidenceRequired: 'Quote at least one piece of evidence',
      savedPending: 'Saved. The verdict waits for another staff member to review it.',
      ownProposal: 'You proposed this verdict, so another staff member must review it.',
      pending: 'Waiting for review',
      published: 'Published',
      ratingName: 'Under way',
      feedVerdict: 'Verdict: Under way',
      evidenceOn: '2021 (known to the year)',
      approved: 'Approved: the verdict is published.',
      proposedBy: 'Proposed by 이제안',
      reviewedBy: 'Approved by 박검토',
    },
  },
];

type Flow = (typeof flows)[number];

/** A page of its own browser context, signed in as `account`. */
async function signedIn(
  browser: Browser,
  flow: Flow,
  account: { email: string; password: string },
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${flow.prefix}/staff/sign-in`);
  await page.getByLabel(flow.labels.email).fill(account.email);
  await page.getByLabel(flow.labels.password).fill(account.password);
  await page.getByRole('button', { name: flow.labels.signIn }).click();
  // Checking a password takes a while (argon2) on a loaded machine.
  await expect(page).toHaveURL(new RegExp(`${flow.prefix}/staff$`), { timeout: 20_000 });
  return page;
}

for (const flow of flows) {
  test(`an editor proposes a verdict, cannot approve it, and another editor publishes it from the queue (${flow.locale})`, async ({
    browser,
    baseURL,
  }) => {
    const { labels, texts } = flow;
    const a = await signedIn(browser, flow, accounts.a);
    await a.goto(`${flow.prefix}/staff/pledges/${flow.pledge}#propose-verdict`);
    const form = a.getByTestId('verdict-form');
    await form.getByRole('combobox', { name: labels.rating, exact: true }).selectOption({
      value: flow.locale === 'ko' ? 'COMPLETED' : 'IN_PROGRESS',
    });
    await form.getByLabel(labels.reasoningKo).fill('근거 문장이 이 단계를 보여 준다.');
    await form.getByLabel(labels.reasoningEn).fill('The quoted sentence shows this stage.');
    // The seed has published a verdict on every seed pledge: the new one says why it replaces it.
    await form.getByLabel(labels.reason).fill('새 기사로 다시 판정한다.');
    // No evidence for a rating that needs some: named above the rows, nothing saved.
    await form.getByRole('button', { name: labels.submit }).click();
    await expect(form.getByTestId('error-evidence')).toContainText(texts.evidenceRequired);
    await expectNoAxeViolations(a);

    const row = form.getByRole('group', { name: labels.evidence1 });
    const source = row.getByRole('combobox', { name: labels.source });
    await source.fill('new-year');
    await row
      .getByRole('listbox', { name: labels.source })
      .getByRole('option', { name: /광주의 시간/ })
      .click();
    await expect(source).toHaveValue('gwangju-2021-01-01-new-year');
    await row.getByLabel(labels.quote).fill('광주형 일자리 첫 차가 생산되었다.');
    await row.getByLabel(labels.on).fill(flow.locale === 'ko' ? '2021-09' : '2021');
    await form.getByRole('button', { name: labels.submit }).click();
    await expect(form.getByRole('status').filter({ hasText: texts.savedPending })).toBeVisible();

    // A's own proposal: listed as waiting, with why there is nothing to press.
    const mine = a.getByTestId('verdict').filter({ hasText: texts.pending }).first();
    await expect(mine).toHaveAttribute('data-state', 'pending');
    await expect(mine.getByTestId('own-proposal')).toHaveText(texts.ownProposal);
    await expect(mine.getByRole('button', { name: labels.approve })).toHaveCount(0);
    const id = await mine.getAttribute('data-verdict-id');
    await expectNoAxeViolations(a);

    await a.goto(`${flow.prefix}/staff/verdicts`);
    const queued = a.locator(`[data-testid="verdict"][data-verdict-id="${id}"]`);
    await expect(queued).toContainText(flow.title);
    await expect(queued.getByTestId('own-proposal')).toBeVisible();
    await expect(queued.getByRole('button', { name: labels.approve })).toHaveCount(0);
    // Sent by hand, with A's session, the approval is refused.
    const direct = await a.request.post(`/api/staff/verdicts/${id}/review`, {
      headers: { Origin: new URL(baseURL!).origin },
      data: { decision: 'APPROVED' },
    });
    expect(direct.status()).toBe(403);
    expect(((await direct.json()) as { error: { code: string } }).error.code).toBe('own-verdict');

    const b = await signedIn(browser, flow, accounts.b);
    await b.goto(`${flow.prefix}/staff/verdicts`);
    const toReview = b.locator(`[data-testid="verdict"][data-verdict-id="${id}"]`);
    await expect(toReview).toContainText(flow.title);
    await expect(toReview).toContainText(texts.ratingName);
    await expect(toReview).toContainText('근거 문장이 이 단계를 보여 준다.');
    await expect(toReview).toContainText('The quoted sentence shows this stage.');
    await expect(toReview).toContainText('새 기사로 다시 판정한다.');
    await expect(toReview.getByTestId('verdict-evidence')).toHaveCount(1);
    await expect(toReview.getByTestId('verdict-evidence')).toContainText(
      '광주형 일자리 첫 차가 생산되었다.',
    );
    await expect(toReview.getByTestId('verdict-evidence')).toContainText(texts.evidenceOn);
    await expect(toReview).toContainText(texts.proposedBy);
    await expectNoAxeViolations(b);
    await toReview.getByRole('button', { name: labels.approve }).click();
    await expect(b.getByText(texts.approved)).toBeVisible();
    await b.reload();
    await expect(b.locator(`[data-testid="verdict"][data-verdict-id="${id}"]`)).toHaveCount(0);

    await b.goto(`${flow.prefix}/staff/pledges/${flow.pledge}#verdicts`);
    const published = b.locator(`[data-testid="verdict"][data-verdict-id="${id}"]`);
    await expect(published).toHaveAttribute('data-state', 'published');
    await expect(published).toContainText(texts.published);
    await expect(published.getByTestId('verdict-review')).toContainText(texts.reviewedBy);

    // What a reader sees, signed out: the tracker filtered by the new rating lists the pledge, and
    // its verdict is one click from the quote on the pledge's page, marked as a change of the
    // seed's verdict, with who proposed and who approved it.
    const rating = flow.locale === 'ko' ? 'COMPLETED' : 'IN_PROGRESS';
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`${flow.prefix}/pledges?verdict=${rating}`);
    const trackerRow = reader.locator(`tr[data-pledge="${flow.pledge}"]`);
    await expect(trackerRow.getByTestId('tracker-verdict')).toContainText(texts.ratingName);
    await trackerRow.getByTestId('tracker-verdict').getByRole('link').click();
    await expect(reader).toHaveURL(new RegExp(`${flow.prefix}/pledges/${flow.pledge}#verdict$`));
    const panel = reader.getByTestId('verdict-panel');
    await expect(panel.locator('[data-verdict]')).toHaveAttribute('data-verdict', rating);
    await expect(panel.getByTestId('verdict-evidence')).toContainText(
      '광주형 일자리 첫 차가 생산되었다.',
    );
    await expect(panel.getByTestId('verdict-corrected-mark')).toBeVisible();
    await expect(panel.getByTestId('verdict-review')).toContainText('이제안');
    await expect(panel.getByTestId('verdict-review')).toContainText('박검토');
    // The seed's verdict stays in the history beneath the new one.
    await expect(reader.getByTestId('verdict-history').locator('tbody tr')).toHaveCount(2);
    await expectNoAxeViolations(reader);

    // The administration's report card lists the pledge under its new rating.
    await reader.goto(`${flow.prefix}/report-cards/${flow.administration}`);
    const listed = reader.locator(`#verdict-${rating.toLowerCase().replaceAll('_', '-')}`);
    await expect(listed.getByRole('link', { name: flow.title })).toBeVisible();
    await expectNoAxeViolations(reader);
    // The administration's feed (its pledges and verdicts: other specs add figures meanwhile)
    // announces it, with its quote and a link to the verdict.
    const feed = await reader.request.get(
      `/feed.xml?administration=${flow.administration}${flow.locale === 'en' ? '&lang=en' : ''}`,
    );
    expect(feed.status()).toBe(200);
    const entries = (await feed.text()).split('<entry>').slice(1);
    const announced = entries.find((entry) =>
      entry.includes(`${texts.feedVerdict} — ${flow.title}`),
    );
    expect(announced, 'an entry for the published verdict').toBeDefined();
    expect(announced).toContain('광주형 일자리 첫 차가 생산되었다.');
    expect(announced).toContain(`/pledges/${flow.pledge}#verdict`);
  });
}

test('the staff home links to the queue with its count; only an admin sees the review setting, on by default', async ({
  browser,
}) => {
  const admin = {
    email: `verdict-admin-${run}@example.org`,
    name: '최관리',
    role: 'admin' as const,
    password: 'e2e-verdict-admin-password',
  };
  expect(createStaffAccount(admin)).toContain('Created admin');
  const editor = await signedIn(browser, flows[0]!, accounts.a);
  await expect(editor.getByTestId('verdict-queue-link')).toHaveText(/^검토할 판정 \(\d+건\)$/);
  const refused = await editor.goto('/staff/settings');
  expect(refused?.status()).toBe(404);

  const page = await signedIn(browser, flows[1]!, admin);
  await page
    .getByRole('navigation', { name: 'Staff workspace' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expect(page).toHaveURL(/\/en\/staff\/settings$/);
  await expect(page.getByTestId('review-setting')).toHaveText(
    'Now on: verdicts wait for a second reviewer.',
  );
  await expect(page.getByLabel('Verdicts need a second reviewer')).toBeChecked();
  await expect(
    page.getByText(/Off: a verdict is published the moment it is proposed/),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
