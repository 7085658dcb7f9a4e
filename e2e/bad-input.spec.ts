import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import fc from 'fast-check';

/**
 * Whatever a client sends — random text, broken percent-encoding, impossible dates, huge or
 * fractional numbers, a parameter twice — every public route answers below 500, and every 4xx
 * of the API, downloads and chart images says what was wrong: which parameter (named in the
 * message and in `error.parameter`), which thing was not found, or that the address itself is
 * malformed. A 500 is only for our own bugs, and these are the inputs that used to cause them.
 */

// Each is not valid percent-encoding: a % without two hex digits, or bytes that are not UTF-8.
const MALFORMED = [
  '%',
  '%2',
  '%zz',
  '%ff',
  '%C0%AF',
  '%E0%A4%A',
  '%ED%A0%80',
  '%u00e9',
  '100%',
  '%%41',
] as const;

const pad = (value: number) => String(value).padStart(2, '0');
// A lone surrogate cannot travel in a URL (encodeURIComponent throws); it becomes U+FFFD, as a browser sends it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const encode = (text: string) => encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));

const malformed = fc.constantFrom(...MALFORMED);
const date = fc
  .tuple(
    fc.integer({ min: 0, max: 99_999 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
  )
  .map(([year, month, day]) => `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`);
const number = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.constantFrom(
    '0',
    '-1',
    '1.5',
    '1e309',
    '-0',
    'NaN',
    'Infinity',
    '0x10',
    '%201',
    '500',
    '501',
    '9007199254740993',
  ),
);
const text = fc
  .oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  )
  .map(encode);

interface Route {
  /** The path; `{slug}` is replaced by a real slug or by junk. */
  path: string;
  /** The query parameters it documents or reads. */
  params: readonly string[];
  /** Values that mean something to it, so the property reaches past the first check. */
  values: readonly string[];
  /** JSON errors (API, downloads, chart images) or pages. */
  kind: 'json' | 'page';
}

async function getJson(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.json();
}

/** Every public route with its parameters: the API's from its own OpenAPI document, the rest by hand. */
async function listRoutes(request: APIRequestContext) {
  const openapi = (await getJson(request, '/api/v1/openapi.json')) as {
    paths: Record<
      string,
      { get?: { parameters?: { name: string; in: string; schema: { enum?: string[] } }[] } }
    >;
  };
  const indicators = (await getJson(request, '/api/v1/indicators?pageSize=500')).data as {
    slug: string;
    theme: { slug: string };
  }[];
  const figures = (
    (await getJson(request, '/api/v1/figures?pageSize=5')).data as { slug: string }[]
  ).map((figure) => figure.slug);
  const pledges = (await getJson(request, '/api/v1/pledges?pageSize=5')).data as {
    slug: string;
    administration: { slug: string };
  }[];
  const slugs = {
    indicator: indicators.map((indicator) => indicator.slug).slice(0, 5),
    theme: [...new Set(indicators.map((indicator) => indicator.theme.slug))],
    administration: [...new Set(pledges.map((pledge) => pledge.administration.slug))],
    figure: figures,
    pledge: pledges.map((pledge) => pledge.slug),
  };
  const common = [
    ...slugs.indicator,
    ...slugs.theme,
    ...slugs.administration,
    'all',
    '1',
    '2025-09-24',
    '2026-01-31',
  ];

  const api: Route[] = Object.entries(openapi.paths)
    .filter(([path]) => path.startsWith('/api/v1/'))
    .map(([path, item]) => {
      const parameters = item.get?.parameters ?? [];
      return {
        path: path.replace(/\{[^}]+\}/, '{slug}'),
        params: parameters
          .filter((parameter) => parameter.in === 'query')
          .map((parameter) => parameter.name),
        values: [...common, ...parameters.flatMap((parameter) => parameter.schema.enum ?? [])],
        kind: 'json' as const,
      };
    });
  expect(api.length, 'the OpenAPI document lists the API').toBeGreaterThanOrEqual(5);

  const tracker = ['theme', 'administration', 'status', 'sort', 'direction'];
  const chartView = ['period', 'units', 'asOf'];
  const pages = ['', '/en', '/ko'].flatMap((locale): Route[] => [
    { path: `${locale}/`, params: [], values: common, kind: 'page' },
    {
      path: `${locale}/indicators/{slug}`,
      params: chartView,
      values: [...common, 'min-8', 'exact', 'korean'],
      kind: 'page',
    },
    {
      path: `${locale}/pledges`,
      params: tracker,
      values: [...common, 'ACHIEVED', 'deadline', 'asc', 'desc'],
      kind: 'page',
    },
    { path: `${locale}/pledges/{pledge}`, params: [], values: common, kind: 'page' },
    { path: `${locale}/figures/{figure}`, params: [], values: common, kind: 'page' },
    { path: `${locale}/sources`, params: [], values: common, kind: 'page' },
    { path: `${locale}/developers`, params: [], values: common, kind: 'page' },
    {
      path: `${locale}/embed/indicators/{slug}`,
      params: chartView,
      values: [...common, 'min-8', 'exact'],
      kind: 'page',
    },
  ]);
  const other: Route[] = [
    {
      path: '/downloads',
      params: ['scope', 'format', 'slug', ...tracker],
      values: [
        ...common,
        'indicator',
        'theme',
        'tracker',
        'csv',
        'csv-plain',
        'xlsx',
        'json',
        'ACHIEVED',
        'deadline',
        'desc',
      ],
      kind: 'json',
    },
    {
      path: '/charts/{slug}.svg',
      params: ['lang', 'period', 'units', 'size', 'download'],
      values: [...common, 'ko', 'en', 'exact', 'korean', 'wide', 'og', 'min-8'],
      kind: 'json',
    },
    {
      path: '/charts/{slug}.png',
      params: ['lang', 'period', 'units', 'size'],
      values: [...common, 'en', 'exact', 'og', 'min-8'],
      kind: 'json',
    },
    { path: '/api/tracker', params: [], values: common, kind: 'json' },
    {
      path: '/api/indicators/{slug}/chart',
      params: ['period', 'asOf'],
      values: [...common, 'min-8', 'min-7'],
      kind: 'json',
    },
  ];
  return { routes: [...api, ...pages, ...other], slugs };
}

interface Sent {
  url: string;
  /** The parameter names sent, decoded, and those the route documents (a required one may be missing). */
  names: string[];
}

/** A request to one route: its path slot filled, some of its parameters (and others) with any values, maybe twice. */
function requestTo(
  route: Route,
  slugs: Awaited<ReturnType<typeof listRoutes>>['slugs'],
): fc.Arbitrary<Sent> {
  const segment = (real: readonly string[]) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...real) },
      {
        weight: 1,
        arbitrary: fc.oneof(text, malformed, fc.constantFrom('%00', '..', 'A', 'x'.repeat(300))),
      },
    );
  const key =
    route.params.length > 0
      ? fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...route.params) },
          { weight: 1, arbitrary: text },
        )
      : text;
  const value = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...route.values) },
    date,
    number,
    text,
    malformed,
  );
  const pair = fc.tuple(key, value);
  return fc
    .record({
      slug: segment(slugs.indicator),
      pledge: segment(slugs.pledge),
      figure: segment(slugs.figure),
      pairs: fc.array(pair, { maxLength: 4 }),
      repeat: fc.boolean(),
    })
    .map(({ slug, pledge, figure, pairs, repeat }) => {
      const all = repeat && pairs.length > 0 ? [...pairs, pairs[0]!] : pairs;
      const path = route.path
        .replace('{slug}', slug)
        .replace('{pledge}', pledge)
        .replace('{figure}', figure);
      const query = all.map(([name, given]) => `${name}=${given}`).join('&');
      return {
        url: query === '' ? path : `${path}?${query}`,
        names: [...all.map(([name]) => safeDecode(name)), ...route.params],
      };
    });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
}

/** Below 500, and a 4xx that says what was wrong. */
async function expectAnswerFor(sent: Sent, response: APIResponse) {
  const status = response.status();
  const where = `GET ${sent.url} → ${status}`;
  expect(status, where).toBeLessThan(500);
  if (status < 400) return;
  const type = response.headers()['content-type'] ?? '';
  const body = await response.text();
  if (type.startsWith('text/plain')) {
    // Only a malformed address is answered in plain text, by the proxy, for any path.
    expect(status, where).toBe(400);
    expect(body, where).toMatch(/percent-encoding/);
    return;
  }
  if (!type.startsWith('application/json')) {
    // A page's "not found" is the site's own page, in the visitor's language.
    expect(status, where).toBe(404);
    expect(type, where).toMatch(/^text\/html/);
    return;
  }
  const { error } = JSON.parse(body) as {
    error: { status: number; message: string; parameter?: string };
  };
  expect(error.status, where).toBe(status);
  expect(error.message.length, where).toBeGreaterThan(10);
  if (status === 404) {
    expect(error.message, where).toMatch(/^No /);
  } else if (error.parameter !== undefined) {
    expect(
      sent.names,
      `${where}: the parameter at fault is one that was sent or documented`,
    ).toContain(error.parameter);
    expect(error.message, where).toContain(`"${error.parameter}"`);
  } else {
    // No single parameter at fault: the address itself, or a parameter without a name.
    expect(error.message, where).toMatch(/percent-encoding|query parameter has no name/);
  }
}

test.describe('bad input is the client’s mistake, never a 500', () => {
  // Several hundred requests per test; a page render takes tens of milliseconds.
  test.setTimeout(120_000);

  for (const kind of ['json', 'page'] as const) {
    test(`every ${kind === 'json' ? 'API, download and chart image' : 'page'} route answers any query and path below 500, and says what was wrong`, async ({
      request,
    }) => {
      const { routes, slugs } = await listRoutes(request);
      const chosen = routes.filter((route) => route.kind === kind);
      const arbitrary = fc.constantFrom(...chosen).chain((route) => requestTo(route, slugs));
      await fc.assert(
        fc.asyncProperty(arbitrary, async (sent) => {
          await expectAnswerFor(sent, await request.get(sent.url, { maxRedirects: 5 }));
        }),
        { numRuns: kind === 'json' ? 400 : 120 },
      );
    });
  }

  test('a malformed percent-encoding anywhere in a path answers 400 with a short message', async ({
    request,
  }) => {
    const prefixes = [
      '',
      '/ko',
      '/en',
      '/ko/indicators',
      '/indicators',
      '/embed/indicators',
      '/en/embed/indicators',
      '/charts',
      '/downloads',
      '/api',
      '/api/v1',
      '/api/v1/indicators',
      '/api/tracker',
      '/api/indicators',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...prefixes),
        malformed,
        fc.constantFrom('', '.png', '.svg', '/chart', '?lang=en'),
        async (prefix, bad, suffix) => {
          const url = `${prefix}/${bad}${suffix}`;
          const response = await request.get(url, { maxRedirects: 0 });
          expect(response.status(), url).toBe(400);
          const body = await response.text();
          expect(body.length, url).toBeLessThan(400);
          if (prefix.startsWith('/api'))
            expect(JSON.parse(body).error).toMatchObject({
              status: 400,
              message: expect.stringMatching(/percent-encoding/),
            });
          else expect(body, url).toMatch(/^400 Bad Request: Malformed percent-encoding/);
        },
      ),
      { numRuns: 100 },
    );
  });

  // The reproductions of the issue, and the edges of the date rule (years 1900–2200, lib/domain/year-range.ts).
  for (const [url, status] of [
    ['/%', 400],
    ['/ko/%ff', 400],
    ['/charts/%', 400],
    ['/api/v1/indicators/%', 400],
    ['/api/v1/figures?from=0000-01-01', 400],
    ['/api/v1/figures?to=2201-01-01', 400],
    ['/api/v1/pledges?asOf=1899-12-31', 400],
    ['/api/v1/figures?from=1900-01-01&to=2200-12-31', 200],
  ] as const) {
    test(`${url} answers ${status}`, async ({ request }) => {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status()).toBe(status);
      if (status === 400 && url.includes('=')) {
        const parameter = /[?&](\w+)=/.exec(url)![1];
        expect((await response.json()).error).toMatchObject({
          parameter,
          message: expect.stringContaining('1900-01-01 to 2200-12-31'),
        });
      }
    });
  }
});
