import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { createStaffAccount } from './staff-accounts';

/**
 * An editor keeps the dashboard current without a developer: signs in, registers a new source,
 * adds a figure citing it, corrects it with a reason — and the public chart's table shows the
 * new value with a 정정 mark that opens the history. Once in Korean, once in English.
 * Runs after the read-only specs (see playwright.config.ts), since it changes the data they read.
 * Over 400 lines: one journey per language, each step reading the page the last one left.
 */
const run = Date.now().toString(36);
const editor = {
  email: `editor-${run}@example.org`,
  name: '김편집',
  role: 'editor' as const,
  password: 'e2e-editor-password-long',
};

// Each test is a whole journey (tens of page loads, two axe scans) and runs beside
// several-servers.staff.spec.ts, which starts two more servers on the same two cores: a CI run
// measured 31.3 s for the first one against the default 30 s, so they get 60 s each.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

test.beforeAll(() => {
  const output = createStaffAccount(editor);
  expect(output).toContain(`Created editor`);
});

async function signIn(page: Page, locale: 'ko' | 'en') {
  const prefix = locale === 'ko' ? '' : '/en';
  await page.goto(`${prefix}/staff`);
  await expect(page).toHaveURL(new RegExp(`${prefix}/staff/sign-in$`));
  await page.getByLabel(locale === 'ko' ? '이메일' : 'Email').fill(editor.email);
  await page.getByLabel(locale === 'ko' ? '비밀번호' : 'Password').fill(editor.password);
  await page.getByRole('button', { name: locale === 'ko' ? '로그인' : 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${prefix}/staff$`));
  await expect(page.getByTestId('signed-in-as')).toContainText(
    locale === 'ko' ? '김편집 (편집자)' : '김편집 (editor)',
  );
}

/**
 * Chooses a record in a form's picker as a person does: types part of its name, sees the matches
 * the server found, and takes one with the arrow keys and Enter or with a click. The input then
 * holds the record's slug, which the form sends.
 */
async function pick(
  page: Page,
  field: string | RegExp,
  typed: string,
  option: string | RegExp,
  how: 'keyboard' | 'click' = 'click',
) {
  const input = page.getByRole('combobox', { name: field });
  await input.fill(typed);
  const list = page.getByRole('listbox', { name: field });
  const choice = list.getByRole('option', { name: option });
  await expect(choice).toBeVisible();
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  if (how === 'click') await choice.click();
  else {
    const options = list.getByRole('option');
    const names = await options.allTextContents();
    const index = names.findIndex((name) =>
      typeof option === 'string' ? name === option : option.test(name),
    );
    for (let step = 0; step <= index; step += 1) await input.press('ArrowDown');
    await expect(choice).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute(
      'aria-activedescendant',
      (await choice.getAttribute('id'))!,
    );
    await input.press('Enter');
  }
  await expect(input).toHaveAttribute('aria-expanded', 'false');
}

/** What the source and figure forms call each field, in each language, as a person reads it. */
const LABELS = {
  title: { ko: '제목', en: 'Title' },
  publisher: { ko: '발행처', en: 'Publisher' },
  publishedOn: { ko: '발행일', en: 'Published' },
  url: { ko: '링크 (선택)', en: 'Link (optional)' },
  indicator: { ko: '지표', en: 'Indicator' },
  value: { ko: '값', en: 'Value' },
  observedOn: { ko: '기준일', en: 'Date of the figure' },
  quote: { ko: '인용문', en: 'Quote' },
  reason: { ko: '정정 사유', en: 'Reason for the correction' },
  save: { ko: '저장', en: 'Save' },
};
const labelsIn = (locale: 'ko' | 'en') =>
  Object.fromEntries(Object.entries(LABELS).map(([field, label]) => [field, label[locale]])) as {
    [field in keyof typeof LABELS]: string;
  };

const flows = [
  {
    locale: 'ko' as const,
    prefix: '',
    indicator: 'ai-academy-graduates',
    /** Typed into the indicator's picker, and the option it offers. */
    search: { typed: '사관학교', option: '인공지능사관학교 수료생 수 (ai-academy-graduates)' },
    how: 'keyboard' as const,
    unit: '단위: 명',
    chosenSource: '선택함: 2026년 11월 20일 · 광주광역시',
    labels: labelsIn('ko'),
    first: { value: '190', shown: '190명' },
    second: { value: '195', shown: '195명' },
    mark: '정정',
    saved: '저장했습니다.',
  },
  {
    locale: 'en' as const,
    prefix: '/en',
    indicator: 'g-unicorn-companies',
    search: { typed: 'UNICORN', option: 'G-unicorn companies (g-unicorn-companies)' },
    how: 'click' as const,
    unit: 'Unit: companies',
    chosenSource: 'Chosen: 20 Nov 2026 · 광주광역시',
    labels: labelsIn('en'),
    first: { value: '31', shown: '31 companies' },
    second: { value: '32', shown: '32 companies' },
    mark: 'corrected',
    saved: 'Saved.',
  },
];

for (const flow of flows) {
  test(`an editor adds a source and a figure, corrects it, and the public page shows the correction (${flow.locale})`, async ({
    page,
  }) => {
    await signIn(page, flow.locale);
    const { labels } = flow;

    await page.goto(`${flow.prefix}/staff/sources/new`);
    await page.getByLabel(labels.title).fill(`광주시 보도자료 ${flow.locale} ${run}`);
    await page.getByLabel(labels.publisher).fill('광주광역시');
    await page.getByLabel(labels.publishedOn).fill('2026-11-20');
    await page.getByLabel(labels.url).fill(`https://www.gwangju.go.kr/press/${flow.locale}-${run}`);
    await page.getByRole('button', { name: labels.save }).click();
    await expect(page).toHaveURL(/\/staff\/figures\/new\?source=gwangju-2026-11-20/);

    // The new source is already chosen (the page read it by its slug); the indicator is found by
    // part of its name; the wrong value is named beside its field.
    await expect(page.getByTestId('chosen-source')).toContainText(flow.chosenSource);
    await pick(page, labels.indicator, flow.search.typed, flow.search.option, flow.how);
    await expect(page.getByRole('combobox', { name: labels.indicator })).toHaveValue(
      flow.indicator,
    );
    await expect(page.getByText(flow.unit)).toBeVisible();
    await page.getByLabel(labels.value).fill('많이');
    await page.getByLabel(labels.observedOn).fill('2026-11');
    await page.getByLabel(labels.quote).fill(`수료생이 ${flow.first.value}명을 넘었다.`);
    await page.getByRole('button', { name: labels.save }).click();
    await expect(page.getByTestId('error-value')).toContainText('많이');
    await expect(page.getByLabel(labels.value)).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await page.getByLabel(labels.value).fill(flow.first.value);
    await page.getByRole('button', { name: labels.save }).click();
    await expect(page).toHaveURL(new RegExp(`/staff/figures/${flow.indicator}-2026-11\\?saved=1`));
    await expect(page.getByText(flow.saved)).toBeVisible();

    await page.getByLabel(labels.value).fill(flow.second.value);
    await page.getByLabel(labels.reason).fill(`보도자료 정정본 반영 (${flow.locale})`);
    await page.getByRole('button', { name: labels.save }).click();
    await expect(page.getByTestId('figure-history').locator('tbody tr')).toHaveCount(2);

    await page.goto(`${flow.prefix}/indicators/${flow.indicator}`);
    const row = page.getByTestId('figure-table').locator(`#figure-${flow.indicator}-2026-11`);
    await expect(row).toContainText(flow.second.shown);
    await expect(page.getByTestId('indicator-chart')).toHaveAttribute(
      'aria-label',
      new RegExp(flow.second.shown.replace(/\s/g, '\\s')),
    );
    await row.getByTestId('corrected-mark').filter({ hasText: flow.mark }).click();

    await expect(page).toHaveURL(new RegExp(`${flow.prefix}/figures/${flow.indicator}-2026-11$`));
    const history = page.getByTestId('figure-history').locator('tbody tr');
    await expect(history).toHaveCount(2);
    await expect(history.nth(0)).toContainText(flow.second.shown);
    await expect(history.nth(0)).toContainText(`보도자료 정정본 반영 (${flow.locale})`);
    await expect(history.nth(0)).toContainText('김편집');
    await expect(history.nth(1)).toContainText(flow.first.shown);
    await expectNoAxeViolations(page);
  });
}

test('two editors correcting the same figure: the second sees the newer value, nothing is overwritten', async ({
  browser,
}) => {
  const first = await browser.newPage();
  const second = await browser.newPage();
  await signIn(first, 'ko');
  await signIn(second, 'ko');
  const slug = 'ai-academy-graduates-2026-11';
  await first.goto(`/staff/figures/${slug}`);
  await second.goto(`/staff/figures/${slug}`);

  await first.getByLabel('값').fill('200');
  await first.getByLabel('정정 사유').fill('첫 번째 편집자의 정정');
  await first.getByRole('button', { name: '저장' }).click();
  await expect(first.getByText('저장했습니다.')).toBeVisible();

  await second.getByLabel('값').fill('210');
  await second.getByLabel('정정 사유').fill('두 번째 편집자의 정정');
  await second.getByRole('button', { name: '저장' }).click();
  await expect(second.getByRole('alert').filter({ hasText: '정정' })).toContainText(
    '다른 사람이 먼저 정정했습니다',
  );
  await expect(second.getByTestId('conflict-message')).toContainText('200명');

  await second.goto(`/figures/${slug}`);
  const history = second.getByTestId('figure-history').locator('tbody tr');
  await expect(history.nth(0)).toContainText('200명');
  await expect(history.nth(0)).toContainText('첫 번째 편집자의 정정');
  await expect(second.getByTestId('figure-history')).not.toContainText('210명');
});

test('the staff home shows a page of indicators with their newest figures, and an indicator’s page lists its figures to correct', async ({
  page,
}) => {
  await signIn(page, 'ko');
  // 20 indicators a page, each with its count and newest figures; the seed has 21 (and this run may add more).
  const sections = page.getByTestId('staff-indicator');
  await expect(sections).toHaveCount(20);
  const indicatorPager = page.getByRole('navigation', { name: '지표 목록 쪽 이동' }).first();
  await expect(indicatorPager).toContainText(/\d+쪽 중 1쪽/);
  await expect(page.getByText(/지표 \d+개에 수치 [\d,]+건이 있습니다/)).toBeVisible();
  await expect(page.getByTestId('staff-pledges').locator('li').first()).toBeVisible();
  await expect(page.getByTestId('staff-sources').locator('li').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await indicatorPager.getByRole('link', { name: '다음 쪽' }).click();
  await expect(page).toHaveURL(/\/staff\?page=2#indicators$/);
  await expect(page.getByRole('navigation', { name: '지표 목록 쪽 이동' }).first()).toContainText(
    /\d+쪽 중 2쪽/,
  );
  await page.goto('/staff');

  const academy = sections.filter({ hasText: '인공지능사관학교 수료생 수' });
  await expect(academy).toContainText(/수치 \d+건/);
  await expect(
    academy.getByRole('link', { name: /^정정: 인공지능사관학교 수료생 수 .+명 \(/ }).first(),
  ).toBeVisible();
  await academy.getByRole('link', { name: '수치 모두 보기: 인공지능사관학교 수료생 수' }).click();
  await expect(page).toHaveURL(/\/staff\/indicators\/ai-academy-graduates#figures$/);
  const rows = page.getByTestId('staff-figure-list').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByText(/수치 \d+건을 기준일이 최근인 것부터/)).toBeVisible();
  await expectNoAxeViolations(page);
  await rows
    .first()
    .getByRole('link', { name: /^정정: / })
    .click();
  await expect(page).toHaveURL(/\/staff\/figures\/ai-academy-graduates-[\w-]+$/);

  await page.goto('/en/staff');
  await expect(page.getByRole('heading', { name: 'Reported figures' })).toBeVisible();
  await expect(page.getByText(/[\d,]+ figures under \d+ indicators/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Pages of indicators' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('signed out, the staff pages send you to sign in and a forged request changes nothing', async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto('/staff/figures/new');
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
  const postFigureFrom = (origin: string) =>
    request.post('/api/staff/figures', {
      headers: { Origin: origin, 'Content-Type': 'application/json' },
      data: {
        indicator: 'startup-fund',
        value: '1',
        observedOn: '2026',
        source: 'newsnok-2025-09-hangzhou',
        quote: 'x',
      },
    });
  expect((await postFigureFrom('https://evil.example')).status()).toBe(403);
  // From the site's own origin (whatever port this run serves on), refused only for want of a session.
  expect((await postFigureFrom(new URL(baseURL!).origin)).status()).toBe(401);
});

test('an editor checks a CSV, sees each bad row named, then imports the fixed file at once', async ({
  page,
}) => {
  await signIn(page, 'ko');
  await page.goto('/staff/import');
  const header = '지표,값,기준일,출처,인용문\r\n';
  const broken = `${header}ai-startup-camps,12,2026-10,newsnok-2025-09-hangzhou,"창업캠프 12곳"\r\nai-startup-camps,열두,2026-13,newsnok-2025-09-hangzhou,\r\n`;
  await page.getByLabel('CSV 파일').setInputFiles({
    name: 'figures.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${broken}`),
  });
  await page.getByRole('button', { name: '검사하기 (저장하지 않음)' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('새 수치 1건');
  await expect(page.getByTestId('import-summary')).toContainText('오류 1건');
  const bad = page.getByTestId('import-rows').locator('tbody tr').nth(1);
  await expect(bad).toContainText('3행');
  await expect(bad).toContainText('값');
  await expect(page.getByText('오류를 모두 고친 파일로 다시 검사하세요.')).toBeVisible();
  await expectNoAxeViolations(page);

  const fixed = `${header}ai-startup-camps,12,2026-10,newsnok-2025-09-hangzhou,"창업캠프 12곳"\r\nai-startup-camps,13,2026-11,newsnok-2025-09-hangzhou,"창업캠프 13곳"\r\n`;
  await page
    .getByLabel('CSV 파일')
    .setInputFiles({ name: 'figures.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) });
  await page.getByRole('button', { name: '검사하기 (저장하지 않음)' }).click();
  await page.getByRole('button', { name: '새 수치 2건 가져오기' }).click();
  await expect(page.getByTestId('import-done')).toContainText('2건을 가져왔습니다');

  await page.goto('/indicators/ai-startup-camps');
  await expect(page.getByTestId('figure-table')).toContainText('2026년 11월');
});

test('the as-of view shows what the dashboard said at the end of a past day', async ({ page }) => {
  // This test database was filled today, so yesterday the dashboard had no figures at all.
  const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(
    new Date(Date.now() - 24 * 60 * 60 * 1000),
  );
  await page.goto(`/indicators/ai-academy-graduates?asOf=${yesterday}`);
  await expect(page.getByTestId('as-of-banner')).toContainText('이 대시보드가 보여 주던');
  await expect(page.getByTestId('figure-table')).toHaveCount(0);
  await page.getByTestId('as-of-banner').getByRole('link', { name: '현재 보기' }).click();
  await expect(page.getByTestId('as-of-banner')).toHaveCount(0);
  await expect(
    page.getByTestId('figure-table').getByTestId('corrected-mark').first(),
  ).toBeVisible();
});

test('an editor adds a pledge, told beside the field what a target needs, and it appears on the public page (en)', async ({
  page,
}) => {
  await signIn(page, 'en');
  await page.goto('/en/staff/pledges/new');
  // The list of matches open, with nothing to pick yet, then with the server's matches.
  const indicator = page.getByRole('combobox', { name: 'Indicator' });
  await indicator.focus();
  await expect(page.getByRole('status').filter({ hasText: 'Type part of a name' })).toBeVisible();
  await indicator.fill('no such indicator');
  await expect(page.getByText('Nothing matches “no such indicator”.')).toBeVisible();
  await indicator.fill('free economic');
  await expect(
    page.getByRole('listbox', { name: 'Indicator' }).getByRole('option').first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await pick(
    page,
    'Indicator',
    'Free Economic',
    'Companies attracted to the Gwangju Free Economic Zone (fez-companies-attracted)',
  );
  await expect(indicator).toHaveValue('fez-companies-attracted');
  await page.getByLabel('Pledge (Korean)').fill('경제자유구역 기업 200곳 유치');
  await page.getByLabel('Pledge (English)').fill('Attract 200 companies to the free economic zone');
  await page.getByLabel('Deadline (optional)').fill('2030');
  await page.getByLabel(/^Announced/).fill('2026-11-20');
  await pick(page, /^Source/, 'hangzhou', /뉴스노크/, 'keyboard');
  await expect(page.getByRole('combobox', { name: /^Source/ })).toHaveValue(
    'newsnok-2025-09-hangzhou',
  );
  await expect(page.getByTestId('chosen-source')).toContainText('Chosen: ');
  await page.getByLabel(/^Quote/).fill('경제자유구역에 기업 200곳을 유치하겠다.');
  await page.getByRole('button', { name: 'Save' }).click();
  // A target without its number is named beside the field.
  await expect(page.getByTestId('error-targetValue')).toContainText(
    'A target pledge needs a target value.',
  );
  await page.getByLabel('Target value').fill('200');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/en\/staff\/pledges\/fez-companies-attracted-min-8\?saved=1/);

  await page.goto('/en/indicators/fez-companies-attracted');
  await expect(page.getByTestId('pledge-list')).toContainText(
    'Attract 200 companies to the free economic zone',
  );

  // Corrected with a reason, the pledge is marked and its history is one click away.
  await page.goto('/en/staff/pledges/fez-companies-attracted-min-8');
  await page.getByLabel('Target value').fill('250');
  await page.getByLabel(/^Reason for the correction/).fill('The press release says 250');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.goto('/en/indicators/fez-companies-attracted');
  const card = page.locator('#pledge-fez-companies-attracted-min-8');
  await expect(card).toContainText('250 companies');
  await card.getByTestId('corrected-mark').click();
  const history = page.getByTestId('pledge-history').locator('tbody tr');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText('The press release says 250');
  await expect(history.nth(1)).toContainText('200 companies');
});

test('an editor adds an indicator, then corrects its description with a reason', async ({
  page,
}) => {
  await signIn(page, 'ko');
  await page.goto('/staff/indicators/new');
  await page.getByLabel(/^식별자/).fill(`ev-chargers-${run}`);
  await page.getByLabel(/^주제/).selectOption('mobility');
  await page.getByLabel(/^이름 \(한국어\)/).fill('전기차 충전기 설치 수');
  await page.getByLabel(/^이름 \(영어\)/).fill('EV chargers installed');
  await page.getByLabel(/^설명 \(한국어\)/).fill('광주시 공공 전기차 충전기 누적 설치 수');
  await page
    .getByLabel(/^설명 \(영어\)/)
    .fill('Public EV chargers installed in Gwangju, cumulative');
  await page.getByLabel(/^단위/).selectOption('FACILITIES');
  await page.getByRole('button', { name: '저장' }).click();
  await expect(page).toHaveURL(new RegExp(`/indicators/ev-chargers-${run}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('전기차 충전기 설치 수');

  await page.goto(`/staff/indicators/ev-chargers-${run}`);
  await page
    .getByLabel(/^설명 \(한국어\)/)
    .fill('광주시 공공 전기차 충전기 누적 설치 수 (급속·완속 합계)');
  await page.getByRole('button', { name: '저장' }).click();
  await expect(page.getByTestId('error-reason')).toContainText('필수 항목입니다.');
  await page.getByLabel(/^정정 사유/).fill('급속·완속 합계임을 밝힘');
  await page.getByRole('button', { name: '저장' }).click();
  await expect(page.getByText('(급속·완속 합계)')).toBeVisible();
  await page.goto('/staff/audit');
  await expect(page.getByTestId('audit-log').locator('tbody tr').first()).toContainText(
    'indicator.correct',
  );
});

test('a new colleague replaces the first password an admin gave them, and signs in with the new one', async ({
  page,
}) => {
  const colleague = {
    email: `colleague-${run}@example.org`,
    name: '이동료',
    role: 'editor' as const,
    password: 'first-password-from-admin',
  };
  createStaffAccount(colleague);
  await page.goto('/staff/sign-in');
  await page.getByLabel('이메일').fill(colleague.email);
  await page.getByLabel('비밀번호').fill(colleague.password);
  await page.getByRole('button', { name: '로그인' }).click();
  await page.getByTestId('signed-in-as').click();
  await expect(page).toHaveURL(/\/staff\/account$/);
  await page.getByLabel('현재 비밀번호').fill(colleague.password);
  await page.getByLabel('새 비밀번호').fill('short');
  await page.getByRole('button', { name: '비밀번호 바꾸기' }).click();
  await expect(page.getByTestId('error-newPassword')).toContainText('12자 이상');
  await page.getByLabel('새 비밀번호').fill('my-own-long-password');
  await page.getByRole('button', { name: '비밀번호 바꾸기' }).click();
  await expect(page.getByText('비밀번호를 바꿨습니다.')).toBeVisible();
  await page.getByRole('button', { name: '로그아웃' }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
  await page.getByLabel('이메일').fill(colleague.email);
  await page.getByLabel('비밀번호').fill('my-own-long-password');
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText('이동료');
});
