import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseFigureImport } from '../../domain/figure-import.ts';
import type { FigureImportContext } from '../../domain/import-columns.ts';
import { toPeriodText } from '../../domain/precise-date.ts';
import { POST as importFigures } from '../../../app/api/staff/imports/figures/route.ts';
import { callRoute, useStaffApp } from '../testing/staff-app.ts';

const app = useStaffApp({ signInAs: 'editor' });

const HEADER = 'indicator,value,observed_on,source,quote,note_ko';
const send = (bytes: Uint8Array | string, dryRun: boolean) =>
  callRoute(importFigures, `/api/staff/imports/figures${dryRun ? '?dryRun=1' : ''}`, {
    method: 'POST',
    cookie: app.signedIn.cookie,
    body: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
    headers: { 'content-type': 'text/csv' },
  });
const countFigures = async () =>
  Number((await app.db.query('SELECT count(*) FROM figure_revision')).rows[0].count);

interface ImportAnswer {
  summary?: { new: number; duplicate: number; error: number };
  imported?: number;
  result?: {
    encoding?: string;
    rows: { row: number; status: string; issues: { column?: string; code: string }[] }[];
  };
  error?: {
    code: string;
    summary: { new: number; error: number };
    result: {
      rows: { row: number; status: string; issues: { column?: string; code: string }[] }[];
    };
  };
}

describe('CSV import of figures', () => {
  const file = [
    HEADER,
    'ai-companies-relocated,40,2026-06,newsnok-2025-09-hangzhou,"이전 기업이 40곳으로 늘었다.",',
    'startup-fund,"7,000억 원",2026년 3월,newsnok-2025-09-hangzhou,"창업펀드 7,000억 원",어림값 아님',
    // The seed already has this figure: reported as a duplicate and skipped, not an error.
    'startup-fund,619200000000,2025-09,newsnok-2025-09-hangzhou,"6192억원",',
  ].join('\r\n');

  it('a dry run answers every row and writes nothing', async () => {
    const before = await countFigures();
    const response = await send(`\uFEFF${file}`, true);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as ImportAnswer;
    expect(answer.summary).toMatchObject({ new: 2, duplicate: 1, error: 0 });
    expect(answer.result?.encoding).toBe('utf-8-bom');
    expect(answer.result?.rows.map((row) => [row.row, row.status])).toEqual([
      [2, 'new'],
      [3, 'new'],
      [4, 'duplicate'],
    ]);
    expect(await countFigures()).toBe(before);
  });

  it('imports every new row in one go, from a CP949 file as Korean Excel saves it', async () => {
    const before = await countFigures();
    const cp949 = encodeCp949(file);
    const response = await send(cp949, false);
    expect(response.status, await response.clone().text()).toBe(201);
    expect(((await response.json()) as ImportAnswer).imported).toBe(2);
    expect(await countFigures()).toBe(before + 2);
    const stored = await app.db.query(
      `SELECT f.slug, r.value::text, r.note_ko FROM figure f JOIN figure_revision r ON r.figure_id = f.id WHERE f.slug LIKE 'startup-fund-2026%'`,
    );
    expect(stored.rows).toEqual([
      { slug: 'startup-fund-2026-03', value: '700000000000.000000', note_ko: '어림값 아님' },
    ]);
    // The same file again: everything is now a duplicate, and nothing is imported twice.
    const again = (await (await send(cp949, true)).json()) as ImportAnswer;
    expect(again.summary).toMatchObject({ new: 0, duplicate: 3 });
  });

  // Windows-949 extension syllables (outside KS X 1001): such a file was refused as "cannot be read as CP949".
  it('imports a CP949 file whose quote holds 똠, 햏 and 뷁, storing them exactly', async () => {
    const cp949 = encodeCp949(
      [
        HEADER,
        'ai-academy-graduates,730,2026-02,newsnok-2025-09-hangzhou,"똠방각하 햏자 뷁 수료생 730명",똠햏뷁',
      ].join('\r\n'),
    );
    const response = await send(cp949, false);
    expect(response.status, await response.clone().text()).toBe(201);
    const stored = await app.db.query(
      `SELECT r.quote, r.note_ko FROM figure f JOIN figure_revision r ON r.figure_id = f.id WHERE f.slug = 'ai-academy-graduates-2026-02'`,
    );
    expect(stored.rows).toEqual([{ quote: '똠방각하 햏자 뷁 수료생 730명', note_ko: '똠햏뷁' }]);
  });

  // The server decodes a slice at a time and tries UTF-8 first: this file reads as UTF-8 for
  // its first 80 kB (staged in batches), then is read again from the start as CP949.
  it('reads a CP949 file whose first Korean text comes after 80 kB of ASCII rows', async () => {
    const ascii = Array.from({ length: 1000 }, (_, n) => {
      const day = new Date(Date.UTC(1950, 0, 1 + n)).toISOString().slice(0, 10);
      return `ai-companies-relocated,${n},${day},newsnok-2025-09-hangzhou,"ascii quote number ${n}",`;
    });
    const korean = 'ai-companies-relocated,7,1949-12,newsnok-2025-09-hangzhou,"똠 햏 뷁 기업 7곳",';
    const cp949 = encodeCp949([HEADER, ...ascii, korean].join('\r\n'));
    expect(cp949.length).toBeGreaterThan(80_000);
    const answer = (await (await send(cp949, true)).json()) as ImportAnswer;
    expect(answer.result?.encoding).toBe('cp949');
    expect(answer.summary).toMatchObject({ rows: 1001, new: 1001, error: 0 });
    const staged = await app.db.query('SELECT count(*)::int AS count FROM figure_import_row');
    expect(staged.rows).toEqual([{ count: 0 }]);
  });

  it('refuses the whole file when one row is wrong, naming row, column and reason', async () => {
    const before = await countFigures();
    const broken = [
      HEADER,
      'ai-academy-graduates,500,2026-07,newsnok-2025-09-hangzhou,"수료생 500명",',
      'ai-academy-graduates,오백,2026-13,nowhere,,',
    ].join('\n');
    const response = await send(broken, false);
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as ImportAnswer;
    expect(error?.code).toBe('invalid-input');
    const bad = error!.result.rows.find((row) => row.row === 3)!;
    expect(bad.status).toBe('error');
    expect(bad.issues.map((issue) => `${issue.column}:${issue.code}`).sort()).toEqual(
      expect.arrayContaining(['quote:required', 'source:unknown-source', 'value:invalid-value']),
    );
    expect(bad.issues.some((issue) => issue.column === 'observed_on')).toBe(true);
    expect(await countFigures()).toBe(before);
  });

  it('refuses a file over the size limit without reading it all', async () => {
    process.env.PLEDGEBOARD_IMPORT_MAX_BYTES = String(2 * 1024 * 1024);
    const response = await send(new Uint8Array(2 * 1024 * 1024 + 10).fill(0x61), true).finally(
      () => delete process.env.PLEDGEBOARD_IMPORT_MAX_BYTES,
    );
    expect(response.status).toBe(200);
    const answer = (await response.json()) as ImportAnswer & {
      result: { fileErrors: { code: string }[] };
    };
    expect(answer.result.fileErrors.map((issue) => issue.code)).toEqual(['too-large']);
  });

  it('never crashes or half-imports, whatever the bytes (fast-check)', async () => {
    const cell = fc.oneof(
      fc.constantFrom(
        'ai-companies-relocated',
        'startup-fund',
        'newsnok-2025-09-hangzhou',
        '2026-08',
        '2026',
        '1,234',
        '6,192억 원',
        '"',
        '',
        '\r\n',
        '=1+1',
        '\u0000',
        '만',
      ),
      fc.string({ maxLength: 12 }),
    );
    const row = fc.array(cell, { minLength: 0, maxLength: 8 }).map((cells) => cells.join(','));
    const csv = fc.array(row, { maxLength: 6 }).map((rows) => [HEADER, ...rows].join('\n'));
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      csv.map((text) => new TextEncoder().encode(text)),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.boolean(), async (body, dryRun) => {
        // 60 imports in seconds from one account is what the rate limit stops (take-mutation-slot.test.ts);
        // this property is about the bytes, so each run starts a fresh window.
        await app.db.query('DELETE FROM staff_rate_limit');
        const before = await countFigures();
        const response = await send(body, dryRun);
        expect([200, 201, 409, 422]).toContain(response.status);
        const answer = (await response.json()) as ImportAnswer;
        const after = await countFigures();
        if (response.status === 201) expect(after - before).toBe(answer.imported);
        else expect(after).toBe(before);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the server and the reference (lib/domain/figure-import.ts) agree', () => {
  /** What parseFigureImport checks against: the test database as it is now. */
  async function loadContext(): Promise<FigureImportContext> {
    const indicators = await app.db.query('SELECT slug, unit FROM indicator');
    const sources = await app.db.query('SELECT slug FROM source');
    const figures = await app.db.query(
      `SELECT DISTINCT ON (f.id) f.slug, i.slug AS indicator, to_char(r.observed_on, 'YYYY-MM-DD') AS observed_on,
         r.observed_precision AS precision, r.value::text AS value
       FROM figure f JOIN indicator i ON i.id = f.indicator_id JOIN figure_revision r ON r.figure_id = f.id
       ORDER BY f.id, r.revision DESC`,
    );
    return {
      indicators: new Map(indicators.rows.map((row) => [row.slug, { unit: row.unit }])),
      sources: new Set(sources.rows.map((row) => row.slug)),
      figureSlugs: new Set(figures.rows.map((row) => row.slug)),
      existing: figures.rows.map((row) => ({
        slug: row.slug,
        indicator: row.indicator,
        observedOn: row.observed_on,
        precision: row.precision,
        value: row.value,
      })),
    };
  }

  it('gives every row the same status, issues and figure (slug included) on random files', async () => {
    const context = await loadContext();
    const recorded = context.existing.slice(0, 6);
    const cell = fc.oneof(
      fc.constantFrom(
        ...[...context.indicators.keys()].slice(0, 4),
        ...recorded.flatMap((figure) => [figure.indicator, figure.slug, figure.observedOn]),
        ...recorded.map((figure) => figure.value),
        ...recorded.map((figure) => `${figure.indicator}-2`),
        'newsnok-2025-09-hangzhou',
        'nowhere',
        '2024',
        '2025-09',
        '2026-08-01',
        '170',
        '6,192억 원',
        '4만여',
        'Bad Slug',
        '인용 문장',
        '',
      ),
      fc.string({ maxLength: 6 }),
    );
    // A recorded figure as an export writes it: a duplicate, or with its slug, its own.
    const recordedLine = fc
      .tuple(fc.constantFrom(...recorded), fc.boolean())
      .map(([figure, named]) => [
        figure.indicator,
        figure.value,
        toPeriodText({ date: figure.observedOn, precision: figure.precision }),
        'newsnok-2025-09-hangzhou',
        '문장',
        '',
        named ? figure.slug : '',
      ]);
    const line = fc.oneof(
      { weight: 1, arbitrary: fc.array(cell, { minLength: 5, maxLength: 8 }) },
      { weight: 1, arbitrary: recordedLine },
      {
        weight: 2,
        arbitrary: fc.tuple(
          fc.constantFrom(...recorded.map((figure) => figure.indicator)),
          fc.constantFrom('170', '160', ...recorded.map((figure) => figure.value)),
          fc.constantFrom(
            '2024',
            '2025-09',
            '2023',
            ...recorded.map((figure) => figure.observedOn),
          ),
          fc.constant('newsnok-2025-09-hangzhou'),
          fc.constant('문장'),
          fc.constantFrom('', '비고'),
          fc.constantFrom(
            '',
            'x',
            ...recorded.map((figure) => figure.slug),
            `${recorded[0]!.indicator}-2024`,
          ),
        ),
      },
    );
    const file = fc
      .array(line, { maxLength: 8 })
      .map((lines) =>
        [`${HEADER},slug`, ...lines.map((cells) => cells.map(quoteCell).join(','))].join('\r\n'),
      );
    // What the random files reached, so a generator that drifts into only refused files shows.
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(file, async (text) => {
        await app.db.query('DELETE FROM staff_rate_limit');
        const bytes = new TextEncoder().encode(text);
        const answer = (await (await send(bytes, true)).json()) as {
          result: unknown;
          summary: Record<string, number>;
        };
        const reference = parseFigureImport(bytes, context);
        for (const r of reference.rows) {
          seen.add(r.status);
          for (const issue of r.issues) seen.add(issue.code);
          if (r.figure?.slug.match(/-\d+$/) && r.status === 'new') seen.add('numbered slug');
        }
        expect(answer.result).toEqual(JSON.parse(JSON.stringify(reference)));
        const count = (status: string) => reference.rows.filter((r) => r.status === status).length;
        expect(answer.summary).toMatchObject({
          rows: reference.rows.length,
          new: count('new'),
          duplicate: count('duplicate'),
          error: count('error'),
        });
      }),
      { numRuns: 40 },
    );
    console.log(`reached: ${[...seen].sort().join(', ')}`);
    expect([...seen]).toEqual(
      expect.arrayContaining([
        'new',
        'duplicate',
        'error',
        'conflicts-existing',
        'duplicate-in-file',
        'slug-taken',
      ]),
    );
  });
});

function quoteCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CP949 bytes as Korean Excel writes them, by iconv-lite's complete Windows-949 table. */
function encodeCp949(text: string): Uint8Array {
  return iconv.encode(text, 'cp949');
}
