import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as chartData } from '../../app/api/indicators/[slug]/chart/route.ts';
import { GET as listFiguresApi } from '../../app/api/v1/figures/route.ts';
import { GET as listIndicatorsApi } from '../../app/api/v1/indicators/route.ts';
import { GET as searchApi } from '../../app/api/v1/search/route.ts';
import { GET as download } from '../../app/downloads/route.ts';
import { seedDataset } from '../../prisma/seed/data.ts';
import { getDb, getReadDb } from './db.ts';
import { loadSeed } from './seed/load-seed.ts';
import { searchFormOptions } from './staff/list-form-options.ts';
import { staffData } from './staff/staff-data.ts';
import { createTestDatabase, type TestDatabase } from './testing/test-database.ts';
import { CORRECTED_FIGURE, sendFigureCorrection } from './testing/seed-changes.ts';
import { startStaffApp, type StaffApp, type StaffSession } from './testing/staff-app.ts';

/**
 * DATABASE_READ_URL: public pages and the API read a replica, everything else the primary. The
 * "replica" here is a second database loaded with the same seed and one visible difference (an
 * indicator's name), reached through a session that refuses every write, as a hot standby does:
 * a public path that wrote anything would fail here.
 */
const REPLICA_MARK = ' (replica)';
let replica: TestDatabase;
let app: StaffApp;
let editor: StaffSession;
beforeAll(async () => {
  replica = await createTestDatabase();
  await loadSeed(replica.prisma, seedDataset);
  await replica.query(`UPDATE indicator SET name_en = name_en || $1`, [REPLICA_MARK]);
  const readOnly = new URL(replica.url);
  readOnly.searchParams.set('options', '-c default_transaction_read_only=on');
  process.env.DATABASE_READ_URL = readOnly.toString();
  app = await startStaffApp();
  editor = await app.signInAs('editor');
});
afterAll(async () => {
  await app?.close();
  delete process.env.DATABASE_READ_URL;
  await replica?.drop();
});

const publicGet = (path: string) => new Request(new URL(path, 'http://localhost:3000'));
const names = (body: { data: { name: { en: string } }[] }) => body.data.map((row) => row.name.en);

describe('with DATABASE_READ_URL', () => {
  it('the public API reads the replica', async () => {
    const response = await listIndicatorsApi(publicGet('/api/v1/indicators'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { name: { en: string } }[] };
    expect(names(body).length).toBeGreaterThan(0);
    expect(names(body).every((name) => name.endsWith(REPLICA_MARK))).toBe(true);
  });

  it('search reads the replica, its quotes too (a time limit is no write)', async () => {
    const response = await searchApi(publicGet('/api/v1/search?q=replica'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { complete: boolean; data: { kind: string }[] };
    expect(body.complete).toBe(true);
    expect(body.data.filter((hit) => hit.kind === 'indicator').length).toBeGreaterThan(0);
  });

  it('reads through a session that refuses writes, and the primary is another client', async () => {
    const readOnly = async (db: ReturnType<typeof getDb>) =>
      (
        await db.$queryRaw<
          { on: string }[]
        >`SELECT current_setting('default_transaction_read_only') AS on`
      )[0]!.on;
    expect(await readOnly(getReadDb())).toBe('on');
    expect(await readOnly(getDb())).toBe('off');
  });

  it('staff pages read the primary', async () => {
    // A page of indicators, one by its slug, and the forms' picker's matches.
    const { items } = await staffData.listIndicatorSummaries(1);
    expect(items.length).toBeGreaterThan(0);
    expect(items.some(({ indicator }) => indicator.nameEn.endsWith(REPLICA_MARK))).toBe(false);
    const one = await staffData.getIndicator(items[0]!.indicator.slug);
    expect(one?.nameEn.endsWith(REPLICA_MARK)).toBe(false);
    const options = await searchFormOptions('indicator', '-', 'en');
    expect(options.length).toBeGreaterThan(0);
    expect(options.some((option) => option.label.includes(REPLICA_MARK))).toBe(false);
  });

  it('sign-in and changes go to the primary; the public reads what the replica has', async () => {
    const response = await sendFigureCorrection(editor.cookie);
    expect(response.status).toBe(200);
    const revisions = `SELECT max(r.revision)::int AS n FROM figure_revision r JOIN figure f ON f.id = r.figure_id WHERE f.slug = $1`;
    expect((await app.db.query(revisions, [CORRECTED_FIGURE])).rows[0].n).toBe(2);
    expect((await replica.query(revisions, [CORRECTED_FIGURE])).rows[0].n).toBe(1);

    const figures = await listFiguresApi(publicGet('/api/v1/figures?indicator=startup-fund'));
    expect(figures.status).toBe(200);
    const body = (await figures.json()) as { data: { slug: string; revision: number }[] };
    expect(body.data.find((figure) => figure.slug === CORRECTED_FIGURE)?.revision).toBe(1);
  });

  it('downloads and chart data read the replica without writing to it', async () => {
    // The correction above is on the primary only: the replica still has revision 1.
    const file = await download(publicGet('/downloads?scope=all&format=json'));
    expect(file.status).toBe(200);
    const { figures } = (await file.json()) as { figures: { slug: string; revision: number }[] };
    expect(figures.find((figure) => figure.slug === CORRECTED_FIGURE)?.revision).toBe(1);
    // Chart images draw from the same loadChartModel as this (their drawing needs Next's runtime).
    const chart = await chartData(publicGet('/api/indicators/startup-fund/chart?period=all'), {
      params: Promise.resolve({ slug: 'startup-fund' }),
    });
    expect(chart.status).toBe(200);
    const { figures: points } = (await chart.json()) as {
      figures: { slug: string; value: string }[];
    };
    expect(points.find((point) => point.slug === CORRECTED_FIGURE)?.value).toBe('619200000000');
  });
});
