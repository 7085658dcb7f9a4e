import type { SeedDataset } from './types.ts';

/**
 * The reviewable seed: every Gwangju pledge and reported figure cited in the five articles of the
 * article archive (prisma/seed/articles/manifest.json), each with its article and the exact
 * sentence it comes from.
 * Values are in base units (won, percent, petaflops, months); 억 = 10^8, 만 = 10^4, 조 = 10^12.
 *
 * One file on purpose, however long: it is data a reviewer reads top to bottom against the
 * articles, and a record's neighbours (the figures of one indicator, a pledge and the one it
 * raised) are easier to check side by side than across files.
 */
export const seedDataset: SeedDataset = {
  themes: [
    { key: 'ai-industry', nameKo: 'AI 산업', nameEn: 'AI industry', sortOrder: 1 },
    { key: 'startups', nameKo: '창업·투자', nameEn: 'Startups & investment', sortOrder: 2 },
    { key: 'talent', nameKo: '인재 양성', nameEn: 'Talent', sortOrder: 3 },
    { key: 'energy-climate', nameKo: '에너지·기후', nameEn: 'Energy & climate', sortOrder: 4 },
    { key: 'family', nameKo: '출산·육아', nameEn: 'Family & population', sortOrder: 5 },
    { key: 'mobility', nameKo: '미래차·모빌리티', nameEn: 'Mobility', sortOrder: 6 },
  ],

  administrations: [
    {
      key: 'min-6',
      nameKo: '민선 6기',
      nameEn: '6th elected administration (2014–2018)',
      mayorKo: '윤장현',
      mayorEn: 'Yoon Jang-hyun',
      termStart: '2014-07-01',
      termEnd: '2018-06-30',
    },
    {
      key: 'min-7',
      nameKo: '민선 7기',
      nameEn: '7th elected administration (2018–2022)',
      mayorKo: '이용섭',
      mayorEn: 'Lee Yong-sup',
      termStart: '2018-07-01',
      termEnd: '2022-06-30',
    },
    {
      key: 'min-8',
      nameKo: '민선 8기',
      nameEn: '8th elected administration (2022–2026)',
      mayorKo: '강기정',
      mayorEn: 'Kang Gi-jung',
      termStart: '2022-07-01',
      termEnd: '2026-06-30',
    },
  ],

  sources: [
    {
      key: 'etnews-2018-01-ev100-forum',
      articleFile: '000_bc227c6bd3c84213.txt',
      title: '광주시, 친환경차 한·중 관계 강화…윤 시장, EV100포럼 참석',
      publisher: '전자신문',
      // Only the reporter's address (hskim@etnews.com) names the outlet; the Korean name is not printed.
      publisherInferred: true,
      publisherNote:
        '기사에 매체명이 인쇄되어 있지 않다. 끝의 기자 이메일(hskim@etnews.com)의 도메인 etnews.com이 전자신문의 도메인이므로 전자신문으로 판단했다.',
      publishedOn: '2018-01-01',
      publishedPrecision: 'MONTH',
      publishedInferred: true,
      dateNote:
        "기사에 게재 날짜가 인쇄되어 있지 않다. 윤장현 시장(민선 6기, 2014.7~2018.6) 재임 중이고, 협약 시점을 '이달말이나 2월초'라고 하므로 작성 월은 1월이다. '2016년 12월 사드정국'을 '지난달'이 아니라 연월로 적고 있어 2017년 1월 기사로 보기 어렵고, 임기 안의 다음 1월은 2018년 1월뿐이다(윤 시장이 EV100포럼에 '2년 연속' 참석했다는 것, '지난 20일'·'21일'의 포럼 일정도 이와 맞는다). 일자는 특정할 수 없어 2018년 1월(월 단위)로 추정했다.",
      author: '김한식',
      language: 'ko',
    },
    {
      key: 'seoul-2023-gwangju-gyeonggi-mou',
      articleFile: '001_780a44f41a5f1e0a.txt',
      title: '“AI·미래차 협력 강화” 광주시·경기도, 손 맞잡는다',
      publisher: '서울신문',
      publisherInferred: false,
      publishedOn: '2023-01-01',
      publishedPrecision: 'YEAR',
      publishedInferred: true,
      dateNote:
        "기사에 게재 날짜가 인쇄되어 있지 않다. 강기정 광주시장과 김동연 경기지사(둘 다 2022년 7월 취임)가 '12일' 협약을 맺었고, 후쿠시마 원전 오염수 방류가 '예고된 가운데'(방류 전), 국가AI데이터센터가 '올해 10월 개관 예정'이며, 하단 관련기사 목록의 임창정 '소주한잔' 퇴출 기사도 2023년 일이므로 2023년으로 판단했다. 본문만으로는 월을 특정할 수 없어(10월 이전이라는 것만 알 수 있음) 연 단위로 둔다.",
      author: '홍행기',
      language: 'ko',
    },
    {
      key: 'newsnok-2025-09-hangzhou',
      articleFile: '002_c8eb239b0bcf5a69.txt',
      // The page prints no headline (only a photo caption), so this title is supplied from the lead
      // sentence and marked with square brackets, the cataloguing convention for a devised title.
      title: '[제목 미표기] 광주시·항저우시, AI 우호 협력 손 맞잡는다',
      publisher: '뉴스노크',
      publisherInferred: false,
      publishedOn: '2025-09-01',
      publishedPrecision: 'MONTH',
      publishedInferred: true,
      dateNote:
        "기사에 게재 날짜가 인쇄되어 있지 않다. 강기정 시장(민선 8기)이 '24일(현지시간)' 저장성 부성장을 면담하고 '25일(현지시간)' '제4회 항저우 글로벌 디지털 무역 박람회'에 참가한다고 하는데, 제4회 박람회는 2025년 9월에 열렸다(딥시크 언급, 5000억 창업펀드 조기 달성도 이 시기와 맞는다). 본문은 일(24일)만 밝히고 월은 밝히지 않으므로 2025년 9월(월 단위)로 추정했다.",
      author: '김인호',
      language: 'ko',
    },
    {
      key: 'gwangju-2021-01-01-new-year',
      articleFile: '003_fc8022d90c85c4e9.txt',
      title: '"누구도 따라올 수 없는 \'광주의 시간\'"…광주 AI시대 연다',
      // The outlet is not printed; '뉴스1 © News1' is the credit of the press-conference photo, not a
      // byline, so naming News1 as publisher would be a guess.
      publisher: '매체명 미상',
      publisherInferred: true,
      publisherNote:
        "기사 화면에 매체명이 인쇄되어 있지 않다. 확인되는 것은 '승인 2021.01.01 11:05', 기자명 이재성, 사진 설명 끝의 '(광주시 제공)2020.12.28/뉴스1 © News1'뿐이다. 뒤의 것은 사진 출처 표기여서 발행 매체로 보지 않았고, 매체를 특정할 근거가 없어 '매체명 미상'으로 둔다.",
      publishedOn: '2021-01-01',
      publishedPrecision: 'DAY',
      publishedInferred: false,
      author: '이재성',
      language: 'ko',
    },
    {
      // Kept although it quotes no Gwangju figure or pledge: it is one of the five seed articles and
      // the sources page lists it with "no figures quoted".
      key: 'dailybizon-2018-10-31-kiep-seminar',
      articleFile: '004_c1e1e846c846ec52.txt',
      title: 'KIEP, 4차 산업시대의 한·중 협력 방안 모색',
      publisher: '데일리비즈온',
      publisherInferred: false,
      publishedOn: '2018-10-31',
      publishedPrecision: 'DAY',
      publishedInferred: false,
      author: '박종호',
      language: 'ko',
    },
  ],

  indicators: [
    {
      key: 'ai-mous-signed',
      theme: 'ai-industry',
      nameKo: 'AI 기업·기관 업무협약(MOU) 체결 수',
      nameEn: 'AI companies and organisations signed up by MOU',
      descriptionKo: '광주시와 투자·이전 업무협약(MOU)을 맺은 AI 기업과 기관의 누적 수.',
      descriptionEn:
        'Cumulative number of AI companies and organisations that have signed a memorandum of understanding with Gwangju.',
      unit: 'ORGANIZATIONS',
      measure: 'CUMULATIVE',
      higherIsBetter: true,
    },
    {
      key: 'ai-companies-opened-offices',
      theme: 'ai-industry',
      nameKo: '광주에 법인·연구소를 연 AI 기업 수',
      nameEn: 'AI companies that opened an office or lab in Gwangju',
      descriptionKo: 'MOU를 맺은 AI 기업 가운데 광주에 법인이나 연구소 등을 개소한 기업의 누적 수.',
      descriptionEn:
        'Cumulative number of MOU-signing AI companies that have opened a branch, subsidiary or research lab in Gwangju.',
      unit: 'COMPANIES',
      measure: 'CUMULATIVE',
      higherIsBetter: true,
    },
    {
      key: 'ai-companies-relocated',
      theme: 'ai-industry',
      nameKo: '광주로 이전한 AI 기업 수',
      nameEn: 'AI companies relocated to Gwangju',
      descriptionKo: '광주로 이전한 인공지능(AI) 기업의 누적 수.',
      descriptionEn:
        'Cumulative number of artificial-intelligence companies that have moved to Gwangju.',
      unit: 'COMPANIES',
      measure: 'CUMULATIVE',
      higherIsBetter: true,
    },
    {
      key: 'ai-phase-1-investment',
      theme: 'ai-industry',
      nameKo: 'AI 1단계 사업 투입액',
      nameEn: 'Investment in the AI cluster, phase 1',
      descriptionKo: '인공지능(AI) 중심 산업융합 집적단지 1단계 사업에 투입된 누적 금액(원).',
      descriptionEn:
        "Cumulative amount, in won, put into phase 1 of Gwangju's AI industrial-convergence cluster project.",
      unit: 'KRW',
      measure: 'CUMULATIVE',
      higherIsBetter: true,
    },
    {
      key: 'ai-phase-2-investment',
      theme: 'ai-industry',
      nameKo: '인공지능(AI) 2단계 사업 투입액',
      nameEn: 'Investment in the AI cluster, phase 2',
      descriptionKo: '광주시 인공지능(AI) 2단계 사업(AI 이노스페이스 등)에 투입한 누적 금액(원).',
      descriptionEn:
        "Cumulative amount, in won, invested in phase 2 of Gwangju's AI cluster project (incl. the AI Innospace).",
      unit: 'KRW',
      measure: 'CUMULATIVE',
      higherIsBetter: true,
    },
    {
      key: 'ai-data-centre-performance',
      theme: 'ai-industry',
      nameKo: '국가AI데이터센터 연산 성능',
      nameEn: 'National AI Data Centre computing performance',
      descriptionKo: '광주 국가AI데이터센터 슈퍼컴퓨팅 시스템의 연산 성능(페타플롭스).',
      descriptionEn:
        'Computing performance of the supercomputing system of the National AI Data Centre in Gwangju, in petaflops.',
      unit: 'PETAFLOPS',
      measure: 'LEVEL',
      higherIsBetter: true,
    },
    {
      key: 'ai-data-centre-organisations-served',
      theme: 'ai-industry',
      nameKo: '국가AI데이터센터 컴퓨팅 지원 기업·기관 수',
      nameEn: 'Organisations served by the National AI Data Centre',
      descriptionKo: '국가AI데이터센터가 컴퓨팅 지원 서비스를 제공한 기업·연구소 등의 누적 수.',
      descriptionEn:
        'Cumulative number of companies, research institutes and other organisations given computing support by the National AI Data Centre.',
      unit: 'ORGANIZATIONS',
      measure: 'CUMULATIVE',
      higherIsBetter: true,
    },
    {
      // No figure yet: it exists because the Hangzhou friendship-city milestone concerns it.
      key: 'ai-partner-cities-abroad',
      theme: 'ai-industry',
      nameKo: 'AI 협력 해외 우호도시 수',
      nameEn: 'Friendship cities abroad for AI cooperation',
      descriptionKo: 'AI 인재·기업 교류를 위해 광주와 우호도시 협정을 맺은 해외 도시의 누적 수.',
      descriptionEn:
        'Cumulative number of cities abroad that have signed a friendship-city agreement with Gwangju for exchanges of AI talent and companies.',
      unit: 'ORGANIZATIONS',
      measure: 'CUMULATIVE',
      higherIsBetter: true,
    },
    {
      key: 'ai-academy-graduates',
      theme: 'talent',
      nameKo: '인공지능사관학교 수료생 수',
      nameEn: 'AI Academy graduates',
      descriptionKo: '광주 인공지능사관학교를 수료한 교육생의 누적 수.',
      descriptionEn:
        "Cumulative number of trainees who have completed Gwangju's AI Academy (인공지능사관학교).",
      unit: 'PEOPLE',
      measure: 'CUMULATIVE',
      higherIsBetter: true,
    },
    {
      key: 'startup-fund',
      theme: 'startups',
      nameKo: '창업펀드 조성액',
      nameEn: 'Startup fund raised',
      descriptionKo: '광주시가 조성한 창업펀드의 누적 규모(원).',
      descriptionEn: 'Cumulative size, in won, of the startup funds Gwangju has put together.',
      unit: 'KRW',
      measure: 'CUMULATIVE',
      higherIsBetter: true,
    },
    {
      // No figure yet: the article names camp no. 2 but never states how many camps exist.
      key: 'ai-startup-camps',
      theme: 'startups',
      nameKo: '광주AI 창업캠프 수',
      nameEn: 'Gwangju AI startup camps',
      descriptionKo: 'AI 창업기업의 입주·육성 공간인 광주AI 창업캠프의 누적 개관 수.',
      descriptionEn:
        'Cumulative number of Gwangju AI startup camps (spaces that house and incubate AI startups) opened.',
      unit: 'FACILITIES',
      measure: 'CUMULATIVE',
      higherIsBetter: true,
    },
    {
      // No figure yet: it exists because the Free Economic Zone Authority milestone concerns it.
      key: 'fez-companies-attracted',
      theme: 'startups',
      nameKo: '광주경제자유구역 유치 기업 수',
      nameEn: 'Companies attracted to the Gwangju Free Economic Zone',
      descriptionKo: '광주경제자유구역에 유치한 기업의 누적 수.',
      descriptionEn: 'Cumulative number of companies brought into the Gwangju Free Economic Zone.',
      unit: 'COMPANIES',
      measure: 'CUMULATIVE',
      higherIsBetter: true,
    },
    {
      key: 'test-bed-companies-supported',
      theme: 'startups',
      nameKo: '실증 지원 기업 수',
      nameEn: 'Companies given a city test bed',
      descriptionKo:
        '광주 곳곳을 실증 공간으로 빌려주는 실증 지원 사업의 지원을 받은 기업의 누적 수.',
      descriptionEn:
        'Cumulative number of companies allowed to test their products in sites across Gwangju under the city test-bed programme.',
      unit: 'COMPANIES',
      measure: 'CUMULATIVE',
      higherIsBetter: true,
    },
    {
      key: 'g-unicorn-companies',
      theme: 'startups',
      nameKo: 'G-유니콘 기업 수',
      nameEn: 'G-unicorn companies',
      descriptionKo: '광주시가 키워낸 G-유니콘 기업의 누적 수.',
      descriptionEn: "Cumulative number of companies grown under Gwangju's G-unicorn programme.",
      unit: 'COMPANIES',
      measure: 'CUMULATIVE',
      higherIsBetter: true,
    },
    {
      key: 'greenhouse-gas-reduction',
      theme: 'energy-climate',
      nameKo: '온실가스 감축률',
      nameEn: 'Greenhouse-gas emissions cut',
      descriptionKo: '기준 시점 대비 광주의 온실가스 배출 감축 비율(%).',
      descriptionEn:
        "Reduction of Gwangju's greenhouse-gas emissions against a base year, in percent.",
      unit: 'PERCENT',
      measure: 'LEVEL',
      higherIsBetter: true,
    },
    {
      key: 'childbirth-grant',
      theme: 'family',
      nameKo: '출산축하금(1인당)',
      nameEn: 'Childbirth congratulation grant (per child)',
      descriptionKo: '광주에서 아이를 낳으면 한 번 지급하는 출산축하금의 금액(원).',
      descriptionEn: 'One-off grant, in won, paid when a child is born in Gwangju.',
      unit: 'KRW',
      measure: 'LEVEL',
      higherIsBetter: true,
    },
    {
      key: 'childcare-allowance-total',
      theme: 'family',
      nameKo: '육아수당 총액(1인당)',
      nameEn: 'Child-rearing allowance, total per child',
      descriptionKo: '광주에서 태어난 아이 한 명에게 지급하는 육아수당의 총액(원).',
      descriptionEn: 'Total child-rearing allowance, in won, paid for each child born in Gwangju.',
      unit: 'KRW',
      measure: 'LEVEL',
      higherIsBetter: true,
    },
    {
      key: 'childcare-allowance-monthly',
      theme: 'family',
      nameKo: '육아수당 월 지급액(1인당)',
      nameEn: 'Child-rearing allowance per month (per child)',
      descriptionKo: '광주에서 태어난 아이 한 명에게 매달 지급하는 육아수당(원).',
      descriptionEn:
        'Child-rearing allowance, in won, paid each month for each child born in Gwangju.',
      unit: 'KRW',
      measure: 'LEVEL',
      higherIsBetter: true,
    },
    {
      key: 'childcare-allowance-duration',
      theme: 'family',
      nameKo: '육아수당 지급 기간',
      nameEn: 'Child-rearing allowance duration',
      descriptionKo: '육아수당을 매달 지급하는 기간(개월).',
      descriptionEn: 'How many months the child-rearing allowance is paid.',
      unit: 'MONTHS',
      measure: 'LEVEL',
      higherIsBetter: true,
    },
    {
      // No figure yet: it exists because the Korea–China automobile forum milestone concerns it.
      key: 'auto-cooperation-partners-abroad',
      theme: 'mobility',
      nameKo: '자동차 분야 해외 협력 협약 기관 수',
      nameEn: 'Partners abroad in automotive cooperation agreements',
      descriptionKo: '친환경차·미래차 분야에서 광주시와 협력 협약을 맺은 해외 대학·기관의 누적 수.',
      descriptionEn:
        'Cumulative number of universities and institutions abroad that have signed an eco-friendly or future-car cooperation agreement with Gwangju.',
      unit: 'ORGANIZATIONS',
      measure: 'CUMULATIVE',
      higherIsBetter: true,
    },
    {
      key: 'finished-car-plants',
      theme: 'mobility',
      nameKo: '완성차 공장 수',
      nameEn: 'Finished-car plants',
      descriptionKo: '광주에서 가동 중인 완성차 공장의 수.',
      descriptionEn: 'Number of plants in Gwangju that assemble finished cars.',
      unit: 'FACILITIES',
      measure: 'LEVEL',
      higherIsBetter: true,
    },
  ],

  figures: [
    // 003 (2021-01-01): the article states these as current, so they are dated the day it was approved.
    {
      key: 'ai-mous-signed-2021-01-01',
      indicator: 'ai-mous-signed',
      value: '62',
      observedOn: '2021-01-01',
      observedPrecision: 'DAY',
      source: 'gwangju-2021-01-01-new-year',
      quote:
        '62개 AI기업‧기관과 MOU를 체결했고 이 중 36개 기업이 광주에 법인과 연구소 등을 개소했다.',
      noteKo:
        "기사는 '지난 1년간' 다진 기반으로 소개하며 집계를 시작한 시점은 밝히지 않는다. 기업과 기관을 함께 센 수다.",
      noteEn:
        'The article presents it as groundwork laid "over the past year" and does not say when counting began. Companies and organisations are counted together.',
    },
    {
      key: 'ai-companies-opened-offices-2021-01-01',
      indicator: 'ai-companies-opened-offices',
      value: '36',
      observedOn: '2021-01-01',
      observedPrecision: 'DAY',
      source: 'gwangju-2021-01-01-new-year',
      quote:
        '62개 AI기업‧기관과 MOU를 체결했고 이 중 36개 기업이 광주에 법인과 연구소 등을 개소했다.',
      noteKo: 'MOU를 맺은 62개 기업·기관 가운데 광주에 법인·연구소 등을 연 기업의 수다.',
      noteEn:
        'Of the 62 MOU signatories, the companies that opened a branch, subsidiary or lab in Gwangju.',
    },
    {
      key: 'ai-academy-graduates-2021-01-01',
      indicator: 'ai-academy-graduates',
      value: '155',
      observedOn: '2021-01-01',
      observedPrecision: 'DAY',
      source: 'gwangju-2021-01-01-new-year',
      quote: '과학기술정보통신부와 함께 인공지능사관학교를 운영해 1기 수료생 155명을 배출했다.',
      noteKo:
        '1기 수료생 수다. 제2기는 2021년 계획으로 소개되므로 이 시점의 누적 수료생도 155명이다.',
      noteEn:
        'Graduates of the first cohort; the second cohort is listed among the 2021 plans, so this is also the cumulative total.',
    },

    // 002 (inferred September 2025): stated as current, so dated at the article's month.
    {
      key: 'ai-phase-1-investment-2025-09',
      indicator: 'ai-phase-1-investment',
      value: '426900000000',
      observedOn: '2025-09-01',
      observedPrecision: 'MONTH',
      source: 'newsnok-2025-09-hangzhou',
      quote:
        '광주시는 그동안 4269억원을 투입한 인공지능(AI) 1단계 사업을 통해 인프라-인재-기업으로 이어지는 인공지능(AI) 생태계 기반을 마련했다.',
      noteKo: "4,269억 원. '그동안' 투입한 금액으로, 집계 기간은 밝히지 않는다.",
      noteEn: 'KRW 426.9 billion put in "so far"; the article gives no period.',
    },
    {
      key: 'ai-data-centre-performance-2025-09',
      indicator: 'ai-data-centre-performance',
      value: '88.5',
      observedOn: '2025-09-01',
      observedPrecision: 'MONTH',
      source: 'newsnok-2025-09-hangzhou',
      quote:
        '국가인공지능(AI)데이터센터(88.5PF)를 운영해 1166개 기업·연구소 등에 컴퓨팅 지원 서비스를 제공했고',
      noteKo: '운영 중인 국가AI데이터센터의 성능으로 괄호 안에 적혀 있다.',
      noteEn: 'Performance of the centre now in operation, given in brackets after its name.',
    },
    {
      key: 'ai-data-centre-organisations-served-2025-09',
      indicator: 'ai-data-centre-organisations-served',
      value: '1166',
      observedOn: '2025-09-01',
      observedPrecision: 'MONTH',
      source: 'newsnok-2025-09-hangzhou',
      quote:
        '국가인공지능(AI)데이터센터(88.5PF)를 운영해 1166개 기업·연구소 등에 컴퓨팅 지원 서비스를 제공했고',
      noteKo: '기업·연구소 등을 합친 수다.',
      noteEn: 'Companies, research institutes and other organisations counted together.',
    },
    {
      key: 'ai-companies-relocated-2025-09',
      indicator: 'ai-companies-relocated',
      value: '160',
      observedOn: '2025-09-01',
      observedPrecision: 'MONTH',
      source: 'newsnok-2025-09-hangzhou',
      quote: '인공지능(AI) 기업 160개사가 광주로 이전했다.',
    },
    {
      key: 'startup-fund-2025-09',
      indicator: 'startup-fund',
      value: '619200000000',
      observedOn: '2025-09-01',
      observedPrecision: 'MONTH',
      source: 'newsnok-2025-09-hangzhou',
      quote:
        '‘창업성공률이 높은 실증도시’를 지향하는 민선 8기 광주시는 5000억 창업펀드 목표를 조기 달성(6192억원)하면서 1조원 펀드를 향해 달려가고 있다.',
      noteKo: '6,192억 원. 5,000억 원 목표를 조기 달성했다고 보도된 조성액이다.',
      noteEn: 'KRW 619.2 billion, reported as reaching the KRW 500 billion target early.',
    },
    {
      key: 'test-bed-companies-supported-2025-09',
      indicator: 'test-bed-companies-supported',
      value: '131',
      observedOn: '2025-09-01',
      observedPrecision: 'MONTH',
      source: 'newsnok-2025-09-hangzhou',
      quote:
        '또 131개 기업에 광주 곳곳을 빌려주는 실증 지원 사업을 실시했고, 15개의 G-유니콘 기업들을 키워냈다.',
    },
    {
      key: 'g-unicorn-companies-2025-09',
      indicator: 'g-unicorn-companies',
      value: '15',
      observedOn: '2025-09-01',
      observedPrecision: 'MONTH',
      source: 'newsnok-2025-09-hangzhou',
      quote:
        '또 131개 기업에 광주 곳곳을 빌려주는 실증 지원 사업을 실시했고, 15개의 G-유니콘 기업들을 키워냈다.',
    },

    // 001 (inferred 2023, YEAR): a plain statement of fact about Gwangju, so it counts as a reported figure.
    {
      key: 'finished-car-plants-2023',
      indicator: 'finished-car-plants',
      value: '2',
      observedOn: '2023-01-01',
      observedPrecision: 'YEAR',
      source: 'seoul-2023-gwangju-gyeonggi-mou',
      quote:
        '또 전국에서 유일하게 완성차 공장 2곳을 보유한 광주와 경기도의 미래먹거리 3대 핵심 전략산업 중 하나인 미래차 분야의 소재·부품·장비 산업 경쟁력 강화를 위해서도 공동 협력한다.',
      noteKo:
        "기사는 광주가 '전국에서 유일하게' 완성차 공장 2곳을 보유했다고 쓰며 공장 이름은 밝히지 않는다.",
      noteEn:
        'The article says Gwangju is "the only city in the country" with two finished-car plants; it does not name them.',
    },
  ],

  pledges: [
    // 000 — 민선 6기
    {
      key: 'korea-china-auto-forum-agreement',
      kind: 'MILESTONE',
      indicator: 'auto-cooperation-partners-abroad',
      administration: 'min-6',
      titleKo: '한·중자동차포럼 협약 체결',
      titleEn: 'Sign the Korea–China automobile forum agreement',
      deadline: { date: '2018-02-01', precision: 'MONTH', inferred: true },
      announcedOn: '2018-01-01',
      announcedPrecision: 'MONTH',
      source: 'etnews-2018-01-ev100-forum',
      quote:
        "광주시와 중국 칭화대학교는 기존의 '광주·칭화자동차포럼'을 '한·중자동차포럼(가칭)'으로 격상해 운영하기로 하고 이달말이나 2월초 광주에서 구체적인 방향과 내용에 관한 협약을 체결하기로 했다.",
      noteKo:
        "광주·칭화자동차포럼을 한·중자동차포럼(가칭)으로 격상하는 협약이다. 기한은 '이달말이나 2월초' 가운데 늦은 쪽인 2018년 2월로 두었고, 연도와 달은 기사 날짜 추정(2018년 1월)에 따른 것이다.",
      noteEn:
        'Agreement upgrading the Gwangju–Tsinghua Automobile Forum to a Korea–China Automobile Forum. The article says "end of this month or early February"; the later of the two, February 2018, is used, with the year and month taken from the inferred article date (January 2018).',
    },

    // 003 — 민선 7기, plans for 2021 ("올해" resolves against the printed date 2021-01-01, so those
    // deadlines are stated, not inferred).
    {
      key: 'national-ai-complex-groundbreaking-2021',
      kind: 'MILESTONE',
      indicator: 'ai-phase-1-investment',
      administration: 'min-7',
      titleKo: '국가 AI융복합단지 착공',
      titleEn: 'Break ground on the national AI convergence complex',
      deadline: { date: '2021-01-01', precision: 'YEAR', inferred: false },
      announcedOn: '2021-01-01',
      announcedPrecision: 'DAY',
      source: 'gwangju-2021-01-01-new-year',
      quote:
        "올해는 국내 유일의 '국가 AI융복합단지'와 세계적 수준의 성능을 갖춘 GPU기반 '국가 AI데이터센터'를 착공한다.",
      noteKo:
        "'올해'(2021년) 착공 약속이다. 단지는 AI 1단계 사업의 집적단지여서 그 투입액 지표에 맥락으로 연결했다.",
      noteEn:
        'Groundbreaking promised for "this year" (2021). The complex is the AI phase-1 cluster, hence the link to that investment indicator for context.',
    },
    {
      key: 'ai-data-centre-groundbreaking-2021',
      kind: 'MILESTONE',
      indicator: 'ai-data-centre-performance',
      administration: 'min-7',
      titleKo: '국가 AI데이터센터 착공',
      titleEn: 'Break ground on the National AI Data Centre',
      deadline: { date: '2021-01-01', precision: 'YEAR', inferred: false },
      announcedOn: '2021-01-01',
      announcedPrecision: 'DAY',
      source: 'gwangju-2021-01-01-new-year',
      quote:
        "올해는 국내 유일의 '국가 AI융복합단지'와 세계적 수준의 성능을 갖춘 GPU기반 '국가 AI데이터센터'를 착공한다.",
      noteKo: "'올해'(2021년) 착공 약속이다.",
      noteEn: 'Groundbreaking promised for "this year" (2021).',
    },
    {
      key: 'ai-academy-second-cohort-2021',
      kind: 'MILESTONE',
      indicator: 'ai-academy-graduates',
      administration: 'min-7',
      titleKo: '제2기 인공지능사관학교 운영',
      titleEn: 'Run the second AI Academy cohort',
      deadline: { date: '2021-01-01', precision: 'YEAR', inferred: true },
      announcedOn: '2021-01-01',
      announcedPrecision: 'DAY',
      source: 'gwangju-2021-01-01-new-year',
      quote:
        '제2기 인공지능사관학교, GIST 인공지능 대학원, AI실무인재 양성과정 등 핵심인재 양성을 위한 발걸음도 계속한다.',
      noteKo:
        '이 문장에는 연도가 없지만 기사가 2021년 새해 계획을 나열하는 대목에 있어 기한을 2021년으로 추정했다.',
      noteEn:
        'The sentence gives no year; it sits among the plans for 2021, so 2021 is inferred as the deadline.',
    },
    {
      key: 'ai-startup-camp-2-opening-2021',
      kind: 'MILESTONE',
      indicator: 'ai-startup-camps',
      administration: 'min-7',
      titleKo: '제2호 광주AI 창업캠프 개관',
      titleEn: 'Open the second Gwangju AI startup camp',
      deadline: { date: '2021-01-01', precision: 'YEAR', inferred: false },
      announcedOn: '2021-01-01',
      announcedPrecision: 'DAY',
      source: 'gwangju-2021-01-01-new-year',
      quote:
        '올해도 국내·외 인공지능 선도 기업을 적극 유치하고 제2호 광주AI 창업캠프도 개관할 예정이다.',
      noteKo: "'올해'(2021년) 개관 예정이다.",
      noteEn: 'Opening planned for "this year" (2021).',
    },
    {
      key: 'gwangju-fez-authority-launch-2021',
      kind: 'MILESTONE',
      indicator: 'fez-companies-attracted',
      administration: 'min-7',
      titleKo: '광주경제자유구역청 출범',
      titleEn: 'Launch the Gwangju Free Economic Zone Authority',
      deadline: { date: '2021-01-01', precision: 'YEAR', inferred: false },
      announcedOn: '2021-01-01',
      announcedPrecision: 'DAY',
      source: 'gwangju-2021-01-01-new-year',
      quote: '새해 출범하는 광주경제자유구역청을 필두고 투자유치도 본격화한다.',
      noteKo:
        "'새해'(2021년) 출범 예정이다. 기사가 이를 기업 투자유치와 함께 말하므로 유치 기업 수 지표에 연결했다.",
      noteEn:
        'Launch due in "the new year" (2021). The article ties it to attracting companies, hence the link to that indicator.',
    },
    {
      key: 'ggm-car-production-2021',
      kind: 'MILESTONE',
      indicator: 'finished-car-plants',
      administration: 'min-7',
      titleKo: '광주글로벌모터스(GGM) 완성차 생산 시작',
      titleEn: 'Start car production at Gwangju Global Motors (GGM)',
      deadline: { date: '2021-09-01', precision: 'MONTH', inferred: false },
      announcedOn: '2021-01-01',
      announcedPrecision: 'DAY',
      source: 'gwangju-2021-01-01-new-year',
      quote: '광주글로벌모터스(GGM)는 올해 9월부터 완성차 생산에 들어간다.',
      noteKo:
        "'올해 9월'(2021년 9월)부터 생산. 가동되면 광주의 완성차 공장이 하나 늘어나므로 공장 수 지표에 맥락으로 연결했다.",
      noteEn:
        'Production from "September this year" (September 2021). A running GGM plant adds one finished-car plant in Gwangju, hence the link to that indicator for context.',
    },
    {
      key: 'corporate-re100-2030',
      kind: 'MILESTONE',
      indicator: 'greenhouse-gas-reduction',
      administration: 'min-7',
      titleKo: '2030 기업 RE100 달성',
      titleEn: 'Businesses on 100% renewable power by 2030',
      deadline: { date: '2030-01-01', precision: 'YEAR', inferred: false },
      announcedOn: '2021-01-01',
      announcedPrecision: 'DAY',
      source: 'gwangju-2021-01-01-new-year',
      quote:
        "1단계로 2030년까지 기업이 필요로 하는 전력을 전량 친환경 신재생 에너지로 충당하는 '2030 기업 RE100'을 달성해 온실가스를 45% 감축한다.",
      noteKo: '탄소중립 3단계 계획의 1단계로, 이를 통해 온실가스 45% 감축을 약속한다.',
      noteEn:
        'Stage 1 of the three-stage carbon-neutrality plan; the 45% emissions cut is to come through it.',
    },
    {
      key: 'ghg-cut-45-percent-2030',
      kind: 'TARGET',
      indicator: 'greenhouse-gas-reduction',
      administration: 'min-7',
      titleKo: '2030년까지 온실가스 45% 감축',
      titleEn: 'Cut greenhouse-gas emissions by 45% by 2030',
      targetValue: '45',
      deadline: { date: '2030-01-01', precision: 'YEAR', inferred: false },
      announcedOn: '2021-01-01',
      announcedPrecision: 'DAY',
      source: 'gwangju-2021-01-01-new-year',
      quote:
        "1단계로 2030년까지 기업이 필요로 하는 전력을 전량 친환경 신재생 에너지로 충당하는 '2030 기업 RE100'을 달성해 온실가스를 45% 감축한다.",
      noteKo: '기사는 감축의 기준 연도를 밝히지 않는다.',
      noteEn: 'The article does not say which base year the 45% cut is measured against.',
    },
    {
      key: 'gwangju-re100-2035',
      kind: 'MILESTONE',
      indicator: 'greenhouse-gas-reduction',
      administration: 'min-7',
      titleKo: '2035 광주 RE100 달성',
      titleEn: 'All of Gwangju on 100% renewable power by 2035',
      deadline: { date: '2035-01-01', precision: 'YEAR', inferred: false },
      announcedOn: '2021-01-01',
      announcedPrecision: 'DAY',
      source: 'gwangju-2021-01-01-new-year',
      quote:
        "2단계는 2035년까지 광주가 사용하는 모든 전력을 신재생에너지로 충당하는 '2035 광주 RE100' 달성",
      noteKo: '탄소중립 3단계 계획의 2단계다.',
      noteEn: 'Stage 2 of the three-stage carbon-neutrality plan.',
    },
    {
      key: 'carbon-neutral-city-2045',
      kind: 'MILESTONE',
      indicator: 'greenhouse-gas-reduction',
      administration: 'min-7',
      titleKo: '2045 탄소중립 에너지자립도시 실현',
      titleEn: 'Carbon-neutral, energy-self-sufficient city by 2045',
      deadline: { date: '2045-01-01', precision: 'YEAR', inferred: false },
      announcedOn: '2021-01-01',
      announcedPrecision: 'DAY',
      source: 'gwangju-2021-01-01-new-year',
      quote:
        '최종 3단계는 EU 등 국제사회보다 5년 빠른 2045년까지 외부로부터 전력에너지를 공급받지 않는 탄소중립 에너지자립도시 광주 실현이다.',
      noteKo: '탄소중립 3단계 계획의 마지막 단계로, 외부에서 전력을 공급받지 않는 도시를 뜻한다.',
      noteEn: 'Final stage of the three-stage plan: a city that takes no electricity from outside.',
    },
    {
      key: 'childbirth-grant-1m-won',
      kind: 'POLICY',
      indicator: 'childbirth-grant',
      administration: 'min-7',
      titleKo: '출산축하금 100만 원 지급',
      titleEn: 'Pay a KRW 1 million childbirth grant',
      targetValue: '1000000',
      deadline: { date: '2021-01-01', precision: 'YEAR', inferred: false },
      announcedOn: '2021-01-01',
      announcedPrecision: 'DAY',
      source: 'gwangju-2021-01-01-new-year',
      quote:
        '올해부터 광주에서 아이를 낳으면 출산축하금 100만원과 육아수당 480만원(2년간 매달 20만원씩)을 지급하고',
      noteKo:
        "'올해부터'(2021년) 지급한다는 약속이어서 기한은 지급을 시작하는 2021년이다. 도달할 수량이 아니라 약속한 수준의 급여여서 수치 목표가 아닌 정책으로 분류했다: 지켜졌는지는 수치의 진척 속도가 아니라 지급이 시작됐다는 근거로 판정한다.",
      noteEn:
        'Promised "from this year", so the deadline is 2021, when payments start. Classified as a policy, not a numeric target: the amount is the level each family is to receive, not a quantity to build up, so whether it was kept is judged from evidence that payments began, not from the pace of a figure.',
    },
    {
      key: 'childcare-allowance-4-8m-won',
      kind: 'POLICY',
      indicator: 'childcare-allowance-total',
      administration: 'min-7',
      titleKo: '육아수당 480만 원 지급(2년간 매달 20만 원)',
      titleEn: 'Pay a KRW 4.8 million child-rearing allowance (KRW 200,000 a month for two years)',
      targetValue: '4800000',
      deadline: { date: '2021-01-01', precision: 'YEAR', inferred: false },
      announcedOn: '2021-01-01',
      announcedPrecision: 'DAY',
      source: 'gwangju-2021-01-01-new-year',
      quote:
        '올해부터 광주에서 아이를 낳으면 출산축하금 100만원과 육아수당 480만원(2년간 매달 20만원씩)을 지급하고',
      noteKo:
        "2년간 매달 20만 원씩, 모두 480만 원. 월 지급액과 지급 기간은 따로 바뀔 수 있어 각각의 공약으로도 기록했다. '올해부터'(2021년) 지급한다. 도달할 수량이 아니라 약속한 수준의 급여여서 수치 목표가 아닌 정책으로 분류했다: 지켜졌는지는 수치의 진척 속도가 아니라 지급이 시작됐다는 근거로 판정한다.",
      noteEn:
        'KRW 200,000 a month for two years, KRW 4.8 million in all. The monthly amount and the duration can change separately, so each is also recorded as a pledge of its own. Paid "from this year" (2021). Classified as a policy, not a numeric target: the amount is the level each family is to receive, not a quantity to build up, so whether it was kept is judged from evidence that payments began, not from the pace of a figure.',
    },
    {
      key: 'childcare-allowance-200k-won-monthly',
      kind: 'POLICY',
      indicator: 'childcare-allowance-monthly',
      administration: 'min-7',
      titleKo: '육아수당 매달 20만 원 지급',
      titleEn: 'Pay a KRW 200,000 child-rearing allowance every month',
      targetValue: '200000',
      deadline: { date: '2021-01-01', precision: 'YEAR', inferred: false },
      announcedOn: '2021-01-01',
      announcedPrecision: 'DAY',
      source: 'gwangju-2021-01-01-new-year',
      quote:
        '올해부터 광주에서 아이를 낳으면 출산축하금 100만원과 육아수당 480만원(2년간 매달 20만원씩)을 지급하고',
      noteKo:
        "480만 원을 나눠 주는 월 지급액이다. '올해부터'(2021년) 지급한다. 도달할 수량이 아니라 약속한 수준의 급여여서 수치 목표가 아닌 정책으로 분류했다: 지켜졌는지는 수치의 진척 속도가 아니라 지급이 시작됐다는 근거로 판정한다.",
      noteEn:
        'The monthly instalment of the KRW 4.8 million allowance. Paid "from this year" (2021). Classified as a policy, not a numeric target: the amount is the level each family is to receive, not a quantity to build up, so whether it was kept is judged from evidence that payments began, not from the pace of a figure.',
    },
    {
      key: 'childcare-allowance-24-months',
      kind: 'POLICY',
      indicator: 'childcare-allowance-duration',
      administration: 'min-7',
      titleKo: '육아수당 2년(24개월) 지급',
      titleEn: 'Pay the child-rearing allowance for two years (24 months)',
      targetValue: '24',
      deadline: { date: '2021-01-01', precision: 'YEAR', inferred: false },
      announcedOn: '2021-01-01',
      announcedPrecision: 'DAY',
      source: 'gwangju-2021-01-01-new-year',
      quote:
        '올해부터 광주에서 아이를 낳으면 출산축하금 100만원과 육아수당 480만원(2년간 매달 20만원씩)을 지급하고',
      noteKo:
        "'2년간'을 24개월로 적었다. '올해부터'(2021년) 지급한다. 도달할 수량이 아니라 약속한 수준의 급여여서 수치 목표가 아닌 정책으로 분류했다: 지켜졌는지는 수치의 진척 속도가 아니라 지급이 시작됐다는 근거로 판정한다.",
      noteEn:
        '"For two years", recorded as 24 months. Paid "from this year" (2021). Classified as a policy, not a numeric target: the amount is the level each family is to receive, not a quantity to build up, so whether it was kept is judged from evidence that payments began, not from the pace of a figure.',
    },

    {
      key: 'ai-data-centre-88-5-pf',
      kind: 'TARGET',
      indicator: 'ai-data-centre-performance',
      administration: 'min-7',
      titleKo: '국가AI데이터센터에 88.5PF 슈퍼컴퓨팅 시스템 도입',
      titleEn: 'Equip the National AI Data Centre with an 88.5 PF supercomputing system',
      targetValue: '88.5',
      announcedOn: '2021-01-01',
      announcedPrecision: 'DAY',
      source: 'gwangju-2021-01-01-new-year',
      quote:
        '데이터센터 슈퍼컴퓨팅 시스템은 실측 성능이 88.5페타플롭스로(세계 10위)로 한국과학기술정보연구원이 보유한 국내 최태 슈퍼컴퓨터 누리온 5호기(세계 17위) 25.7페타플롭스보다 3배 이상 뛰어나다.',
      noteKo:
        "2021년에 착공할 데이터센터에 들일 시스템의 성능이어서(기사 표현은 '실측 성능', 세계 10위) 보고된 수치가 아니라 목표로 기록했다. 완공 기한은 기사에 없다. 같은 문장의 누리온 25.7페타플롭스는 광주 지표가 아니어서 넣지 않았다.",
      noteEn:
        'The performance of the system to be installed in a centre that was still to break ground in 2021 (the article says "measured performance", world no. 10), so it is recorded as a target, not a reported figure. No completion date is printed. The 25.7 PF of KISTI\'s Nurion in the same sentence is not a Gwangju indicator and is left out.',
    },

    // 001 — 민선 8기
    {
      key: 'ai-data-centre-opening-2023',
      kind: 'MILESTONE',
      indicator: 'ai-data-centre-performance',
      administration: 'min-8',
      titleKo: '국가AI데이터센터 개관',
      titleEn: 'Open the National AI Data Centre',
      deadline: { date: '2023-10-01', precision: 'MONTH', inferred: true },
      announcedOn: '2023-01-01',
      announcedPrecision: 'YEAR',
      source: 'seoul-2023-gwangju-gyeonggi-mou',
      quote:
        '또, 올해 10월 개관 예정인 광주 국가AI데이터센터와 경기도의 인공지능 조성사업을 연계해 인재양성과 데이터 공동활용, 창업지원 등 분야에서 상호 협력하기로 했다.',
      noteKo:
        "기사는 '올해 10월 개관 예정'이라고만 쓴다. 달은 인쇄되어 있지만 연도(2023년)는 기사 날짜 추정에 따른 것이어서 추정으로 표시했다.",
      noteEn:
        'The article says only "due to open in October this year". The month is printed; the year (2023) rests on the inferred article date, so the deadline is marked inferred.',
    },

    // 002 — 민선 8기. Neither pledge prints when it was announced; the article's month is used.
    {
      key: 'startup-fund-500b-won',
      kind: 'TARGET',
      indicator: 'startup-fund',
      administration: 'min-8',
      titleKo: '창업펀드 5,000억 원 조성',
      titleEn: 'Build a KRW 500 billion startup fund',
      targetValue: '500000000000',
      deadline: { date: '2026-01-01', precision: 'YEAR', inferred: true },
      baseline: { value: '0', date: '2022-07-01', precision: 'DAY', assumed: true },
      announcedOn: '2025-09-01',
      announcedPrecision: 'MONTH',
      source: 'newsnok-2025-09-hangzhou',
      quote:
        '‘창업성공률이 높은 실증도시’를 지향하는 민선 8기 광주시는 5000억 창업펀드 목표를 조기 달성(6192억원)하면서 1조원 펀드를 향해 달려가고 있다.',
      noteKo:
        "기사에 기한이 없다. '조기 달성'은 기한이 아직 남아 있었다는 뜻이므로 민선 8기 임기 말(2026년 6월)이 속한 2026년으로 추정했다. 기준값도 기사에 없어 민선 8기 출범일(2022년 7월 1일)에 0원에서 시작한 것으로 가정했다. 공약 발표일이 기사에 없어 기사 시점을 발표일로 두었다.",
      noteEn:
        'No deadline is printed. "Reached early" implies a deadline not yet passed, so 2026, the year the 8th administration\'s term ends (June 2026), is inferred. The article gives no baseline either: KRW 0 at the start of the term (1 July 2022) is assumed. The announcement date is not printed, so the article\'s date is used.',
    },
    {
      key: 'startup-fund-1t-won',
      kind: 'TARGET',
      indicator: 'startup-fund',
      administration: 'min-8',
      titleKo: '창업펀드 1조 원 조성',
      titleEn: 'Build a KRW 1 trillion startup fund',
      targetValue: '1000000000000',
      baseline: { value: '619200000000', date: '2025-09-01', precision: 'MONTH', assumed: false },
      announcedOn: '2025-09-01',
      announcedPrecision: 'MONTH',
      source: 'newsnok-2025-09-hangzhou',
      quote:
        '‘창업성공률이 높은 실증도시’를 지향하는 민선 8기 광주시는 5000억 창업펀드 목표를 조기 달성(6192억원)하면서 1조원 펀드를 향해 달려가고 있다.',
      supersedes: 'startup-fund-500b-won',
      noteKo:
        "5,000억 원 목표를 조기 달성한 뒤 올려 잡은 목표다. 기한 미정(기사에 없음). 기준값은 같은 문장의 6,192억 원이다. 강 시장도 같은 기사에서 '1조원 규모 창업펀드 조성'을 약속했다.",
      noteEn:
        'The raised goal after the KRW 500 billion target was reached early. No deadline (none printed). Baseline is the KRW 619.2 billion in the same sentence. Mayor Kang also promises "a KRW 1 trillion startup fund" in the same article.',
    },
    {
      key: 'ai-phase-2-project',
      kind: 'MILESTONE',
      indicator: 'ai-phase-2-investment',
      administration: 'min-8',
      titleKo: '인공지능(AI) 2단계 사업 추진',
      titleEn: 'Carry out phase 2 of the AI cluster project',
      announcedOn: '2025-09-01',
      announcedPrecision: 'MONTH',
      source: 'newsnok-2025-09-hangzhou',
      quote:
        '광주시는 인공지능(AI) 2단계 사업과 1조원 규모 창업펀드 조성 등 인공지능(AI)·창업 혁신 생태계 구축을 통해 ‘모두의 AI’를 완벽히 구현해 내겠다',
      noteKo:
        '기한과 금액은 기사에 없다. 기사는 2단계 사업의 산업 묶음형(패키지) 지원 거점인 AI 이노스페이스 조성에 항저우 사례 적용을 검토할 계획이라고도 쓴다. 발표일이 없어 기사 시점을 발표일로 두었다.',
      noteEn:
        "No deadline or amount is printed. The article also says the city will consider Hangzhou's example for the AI Innospace, the package-support hub of phase 2. No announcement date is printed, so the article's month is used.",
    },
    {
      key: 'hangzhou-friendship-city-agreement',
      kind: 'MILESTONE',
      indicator: 'ai-partner-cities-abroad',
      administration: 'min-8',
      titleKo: '항저우시와 우호도시 협정 체결',
      titleEn: 'Sign a friendship-city agreement with Hangzhou',
      announcedOn: '2025-09-01',
      announcedPrecision: 'MONTH',
      source: 'newsnok-2025-09-hangzhou',
      quote: '두 도시는 앞으로 실무적인 논의를 통해 우호도시 협정을 체결할 예정이다.',
      noteKo:
        "기한 미정(기사에 없음). 두 도시의 'AI 대표도시 간 인재·기업 간 교류'를 위한 협정이어서 AI 협력 우호도시 수 지표에 연결했다.",
      noteEn:
        'No deadline (none printed). The agreement is for exchanges of AI talent and companies between the two cities, hence the link to that indicator.',
    },
  ],
  // What the five articles settle about each pledge (see DEVELOPERS.md, "Seed verdicts"). The
  // later articles (2023, 2025) are the only evidence after the 2021 plans; a pledge they do not
  // mention gets NOT_YET_RATED with the reason, never a guess.
  verdicts: [
    {
      pledge: 'korea-china-auto-forum-agreement',
      rating: 'NOT_YET_RATED',
      reasoningKo:
        '협약을 예고한 2018년 1월 기사 뒤로 한·중자동차포럼을 다시 언급하는 기사가 기록에 없어, 협약을 맺었는지 판정할 수 없다.',
      reasoningEn:
        'No article on record mentions the Korea–China Automobile Forum after the January 2018 one that announced the agreement, so whether it was signed cannot be judged.',
      evidence: [],
    },
    {
      pledge: 'national-ai-complex-groundbreaking-2021',
      rating: 'COMPLETED',
      reasoningKo:
        "2023년 기사는 광주가 이 단지('인공지능 중심 산업융합 집적단지')를 '조성 중'이라고 쓰고, 2025년 9월 기사는 4,269억 원을 들인 AI 1단계 사업으로 생태계 기반을 '마련했다'고 쓴다. 조성 중인 단지는 착공을 거쳤으므로 착공 약속은 지켜졌다. 다만 두 기사 모두 착공 시점을 밝히지 않아 2021년 안이었는지는 확인되지 않는다.",
      reasoningEn:
        'The 2023 article says Gwangju is "building" the complex (the "AI-centred industrial convergence cluster"), and the September 2025 article says phase 1 of the AI project, KRW 426.9 billion in all, "laid the foundation" of the ecosystem. A complex under construction has broken ground, so the promise was kept. Neither article says when ground was broken, so whether it was within 2021 is not confirmed.',
      evidence: [
        {
          source: 'seoul-2023-gwangju-gyeonggi-mou',
          quote: '‘인공지능(AI) 중심 산업융합 집적단지’를 조성 중인 광주',
          on: '2023-01-01',
          precision: 'YEAR',
        },
        {
          source: 'newsnok-2025-09-hangzhou',
          quote:
            '광주시는 그동안 4269억원을 투입한 인공지능(AI) 1단계 사업을 통해 인프라-인재-기업으로 이어지는 인공지능(AI) 생태계 기반을 마련했다.',
          on: '2025-09-01',
          precision: 'MONTH',
        },
      ],
    },
    {
      pledge: 'ai-data-centre-groundbreaking-2021',
      rating: 'COMPLETED',
      reasoningKo:
        '2025년 9월 기사에 따르면 국가AI데이터센터는 이미 운영되며 1,166개 기업·연구소에 컴퓨팅을 지원했다. 운영 중인 센터는 착공을 거쳤으므로 착공 약속은 지켜졌다. 기사는 착공 시점을 밝히지 않아 2021년 안이었는지는 확인되지 않는다.',
      reasoningEn:
        'By the September 2025 article the National AI Data Centre was running and had served 1,166 companies and research bodies. A centre in operation has broken ground, so the promise was kept. The article does not say when ground was broken, so whether it was within 2021 is not confirmed.',
      evidence: [
        {
          source: 'newsnok-2025-09-hangzhou',
          quote:
            '국가인공지능(AI)데이터센터(88.5PF)를 운영해 1166개 기업·연구소 등에 컴퓨팅 지원 서비스를 제공했고',
          on: '2025-09-01',
          precision: 'MONTH',
        },
      ],
    },
    {
      pledge: 'ai-academy-second-cohort-2021',
      rating: 'NOT_YET_RATED',
      reasoningKo:
        '2025년 9월 기사는 인공지능사관학교를 광주의 AI 인재 양성 사다리 가운데 하나로 꼽지만, 제2기를 2021년에 운영했는지는 말하지 않는다. 학교가 이어졌다는 것만으로 제2기의 시점까지 판정하지 않았다.',
      reasoningEn:
        "The September 2025 article lists the AI Academy among the rungs of Gwangju's AI talent ladder but does not say whether a second cohort ran in 2021. That the academy went on is not taken as proof of when its second cohort ran.",
      evidence: [
        {
          source: 'newsnok-2025-09-hangzhou',
          quote:
            '인공지능(AI) 영재고등학교, 인공지능(AI)사관학교, 인공지능(AI) 융합대학, 인공지능(AI) 대학원 등 촘촘한 인공지능(AI) 인재 양성 사다리를 구축해',
          on: '2025-09-01',
          precision: 'MONTH',
        },
      ],
    },
    {
      pledge: 'ai-startup-camp-2-opening-2021',
      rating: 'NOT_YET_RATED',
      reasoningKo:
        '2021년 1월 이후의 기사(2023년, 2025년)는 광주AI 창업캠프를 언급하지 않아, 제2호가 문을 열었는지 판정할 수 없다.',
      reasoningEn:
        'The articles after January 2021 (2023, 2025) do not mention the Gwangju AI startup camps, so whether the second one opened cannot be judged.',
      evidence: [],
    },
    {
      pledge: 'gwangju-fez-authority-launch-2021',
      rating: 'NOT_YET_RATED',
      reasoningKo:
        '2021년 1월 이후의 기사(2023년, 2025년)는 광주경제자유구역청을 언급하지 않아, 출범했는지 판정할 수 없다.',
      reasoningEn:
        'The articles after January 2021 (2023, 2025) do not mention the Gwangju Free Economic Zone Authority, so whether it was launched cannot be judged.',
      evidence: [],
    },
    {
      pledge: 'ggm-car-production-2021',
      rating: 'COMPLETED',
      reasoningKo:
        "2021년 1월 GGM 자동차공장은 아직 '건설하고 있다'였고, 2023년 기사는 광주가 '전국에서 유일하게 완성차 공장 2곳을 보유'했다고 쓴다. 그사이 완공된 GGM 공장이 두 곳 가운데 하나이므로 GGM은 생산에 들어갔다고 판단했다. 기사는 두 공장의 이름도 생산을 시작한 달도 밝히지 않아, 2021년 9월에 시작했는지는 이 근거로 확인되지 않는다.",
      reasoningEn:
        'In January 2021 the GGM car plant was still "being built"; the 2023 article says Gwangju is "the only city in the country with two finished-car plants". GGM\'s plant, finished in between, is taken as one of the two, so GGM went into production. The article names neither plant nor the month production began, so a September 2021 start is not confirmed by this evidence.',
      evidence: [
        {
          source: 'gwangju-2021-01-01-new-year',
          quote: 'GGM자동차공장은 친환경화, 디지털화, 유연화 등 3대 콘셉트로 건설하고 있다',
          on: '2021-01-01',
          precision: 'DAY',
        },
        {
          source: 'seoul-2023-gwangju-gyeonggi-mou',
          quote: '전국에서 유일하게 완성차 공장 2곳을 보유한 광주',
          on: '2023-01-01',
          precision: 'YEAR',
        },
      ],
    },
    ...[
      'corporate-re100-2030',
      'ghg-cut-45-percent-2030',
      'gwangju-re100-2035',
      'carbon-neutral-city-2045',
    ].map((pledge) => ({
      pledge,
      rating: 'NOT_YET_RATED' as const,
      reasoningKo:
        '탄소중립 계획을 밝힌 2021년 1월 기사 뒤로 재생에너지 비율이나 온실가스 감축을 다룬 기사가 기록에 없다. 기한도 아직 오지 않았다.',
      reasoningEn:
        'No article on record after the January 2021 one that set out the carbon-neutrality plan reports renewable power or emissions cuts, and the deadline has not yet come.',
      evidence: [],
    })),
    ...[
      'childbirth-grant-1m-won',
      'childcare-allowance-4-8m-won',
      'childcare-allowance-200k-won-monthly',
      'childcare-allowance-24-months',
    ].map((pledge) => ({
      pledge,
      rating: 'NOT_YET_RATED' as const,
      reasoningKo:
        '2021년 1월 이후의 기사(2023년, 2025년)는 출산축하금이나 육아수당을 언급하지 않는다. 지급이 시작됐는지 알려 주는 근거가 기록되지 않아 평가하지 않았다. 근거가 없다는 것은 지키지 않았다는 뜻이 아니다.',
      reasoningEn:
        'The articles after January 2021 (2023, 2025) do not mention the childbirth grant or the child-rearing allowance. Nothing on record shows whether payments began, so it is not rated; no evidence is not evidence that it was broken.',
      evidence: [],
    })),
    {
      pledge: 'ai-data-centre-88-5-pf',
      rating: 'COMPLETED',
      reasoningKo:
        '2025년 9월 기사가 운영 중인 국가AI데이터센터의 성능을 88.5PF로 적는다. 약속한 성능 그대로다.',
      reasoningEn:
        "The September 2025 article gives the running National AI Data Centre's performance as 88.5 PF, the performance promised.",
      evidence: [
        {
          source: 'newsnok-2025-09-hangzhou',
          quote: '국가인공지능(AI)데이터센터(88.5PF)를 운영해',
          on: '2025-09-01',
          precision: 'MONTH',
        },
      ],
    },
    {
      pledge: 'ai-data-centre-opening-2023',
      rating: 'COMPLETED',
      reasoningKo:
        '2025년 9월 기사에 따르면 국가AI데이터센터는 운영되며 1,166개 기업·연구소에 컴퓨팅을 지원했으므로 문을 열었다. 기사는 개관한 달을 밝히지 않아 2023년 10월에 열었는지는 확인되지 않는다.',
      reasoningEn:
        'By the September 2025 article the National AI Data Centre was running and had served 1,166 companies and research bodies, so it opened. The article does not say when, so an October 2023 opening is not confirmed.',
      evidence: [
        {
          source: 'newsnok-2025-09-hangzhou',
          quote:
            '국가인공지능(AI)데이터센터(88.5PF)를 운영해 1166개 기업·연구소 등에 컴퓨팅 지원 서비스를 제공했고',
          on: '2025-09-01',
          precision: 'MONTH',
        },
      ],
    },
    {
      pledge: 'startup-fund-500b-won',
      rating: 'COMPLETED',
      reasoningKo:
        '2025년 9월 기사가 5,000억 원 목표를 6,192억 원으로 조기 달성했다고 쓴다. 보고된 금액이 목표를 넘는다.',
      reasoningEn:
        'The September 2025 article says the KRW 500 billion goal was reached early, at KRW 619.2 billion; the reported amount exceeds the target.',
      evidence: [
        {
          source: 'newsnok-2025-09-hangzhou',
          quote: '5000억 창업펀드 목표를 조기 달성(6192억원)하면서',
          on: '2025-09-01',
          precision: 'MONTH',
        },
      ],
    },
    {
      pledge: 'startup-fund-1t-won',
      rating: 'IN_PROGRESS',
      reasoningKo:
        "2025년 9월 기사에서 펀드는 6,192억 원(목표의 62%)이고 시는 '1조원 펀드를 향해 달려가고 있다'. 기한이 없어 속도로는 판단할 수 없지만, 조성이 이어지고 있다는 근거가 있어 정상 추진으로 본다. 이 표현은 시의 설명을 옮긴 기사 문장이다.",
      reasoningEn:
        'In the September 2025 article the fund stands at KRW 619.2 billion (62% of the target) and the city is "running towards a KRW 1 trillion fund". With no deadline its pace cannot be judged, but there is evidence the fund is still growing, so it is rated under way. The words are the article\'s account of the city\'s own claim.',
      evidence: [
        {
          source: 'newsnok-2025-09-hangzhou',
          quote:
            '5000억 창업펀드 목표를 조기 달성(6192억원)하면서 1조원 펀드를 향해 달려가고 있다.',
          on: '2025-09-01',
          precision: 'MONTH',
        },
      ],
    },
    {
      pledge: 'ai-phase-2-project',
      rating: 'NOT_YET_RATED',
      reasoningKo:
        "2단계 사업은 2025년 9월 기사에서 처음 나오고, 같은 기사는 그 거점 조성에 항저우 사례 적용을 '검토해 나갈 계획'이라고만 쓴다. 약속 뒤의 근거가 아직 없다.",
      reasoningEn:
        'Phase 2 first appears in the September 2025 article, which says only that the city "plans to consider" Hangzhou\'s example for its hub. There is no evidence yet from after the pledge.',
      evidence: [],
    },
    {
      pledge: 'hangzhou-friendship-city-agreement',
      rating: 'NOT_YET_RATED',
      reasoningKo:
        "협정은 2025년 9월 기사에서 '체결할 예정'으로 처음 나오고, 그 뒤의 기사가 기록에 없다.",
      reasoningEn:
        'The agreement first appears in the September 2025 article as "to be signed", and no later article is on record.',
      evidence: [],
    },
  ],
};
