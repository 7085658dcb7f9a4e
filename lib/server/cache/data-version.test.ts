import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { GET as listFigures } from '../../../app/api/v1/figures/route.ts';
import { GET as getTrackerRoute } from '../../../app/api/tracker/route.ts';
import { POST as correctFigureRoute } from '../../../app/api/staff/figures/[slug]/revisions/route.ts';
import { callRoute, useStaffApp, type RouteHandler } from '../testing/staff-app.ts';
import { CORRECTED_FIGURE, FIGURE_CORRECTION } from '../testing/seed-changes.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { DataVersionWatcher } from './data-version-watcher.ts';

const getTracker = getTrackerRoute as RouteHandler;

const app = useStaffApp({ signInAs: 'editor' });

const watchers: DataVersionWatcher[] = [];
/** A server process's watcher of its own (its own connection), as each `next start` has. */
function aWatcher(pollMs = 60_000): DataVersionWatcher {
  const watcher = new DataVersionWatcher({
    url: process.env.DATABASE_URL!,
    pollMs,
    staleMs: 2 * pollMs + 1_000,
  });
  watchers.push(watcher);
  return watcher;
}
afterEach(async () => {
  await Promise.all(watchers.splice(0).map((watcher) => watcher.stop()));
});
afterAll(async () => {
  const slot = globalThis as { pledgeboardPublicCache?: { watcher: DataVersionWatcher } };
  await slot.pledgeboardPublicCache?.watcher.stop();
  slot.pledgeboardPublicCache = undefined;
});

/** A correction of CORRECTED_FIGURE through the real staff route. */
const correctFigure = (cookie: string, body: typeof FIGURE_CORRECTION) =>
  callRoute(correctFigureRoute, `/api/staff/figures/${CORRECTED_FIGURE}/revisions`, {
    method: 'POST',
    cookie,
    body,
    params: { slug: CORRECTED_FIGURE },
  });

/** A reader's GET. */
const read = (
  handler: Parameters<typeof callRoute>[0],
  path: string,
  options: { params?: Record<string, string>; etag?: string } = {},
) =>
  callRoute(handler, path, {
    method: 'GET',
    origin: null,
    params: options.params,
    headers: options.etag ? { 'if-none-match': options.etag } : {},
  });

/** Resolves with the first version above `above` that `watcher` learns, or fails after `ms`. */
function nextVersion(watcher: DataVersionWatcher, above: string, ms = 3_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no version above ${above} in ${ms} ms`)), ms);
    const stop = watcher.onChange((version) => {
      if (BigInt(version) <= BigInt(above)) return;
      clearTimeout(timer);
      stop();
      resolve(version);
    });
  });
}

const readVersion = async () =>
  (await app.db.query('SELECT version::text AS v FROM data_version')).rows[0].v as string;

describe('the data version', () => {
  it.each([
    [
      'a source is corrected',
      `UPDATE source SET title = title || ' ' WHERE slug = 'newsnok-2025-09-hangzhou'`,
      true,
    ],
    ['a theme is renamed', `UPDATE theme SET name_en = name_en || ' '`, true],
    [
      'a staff name changes (it is shown as a revision author)',
      `UPDATE staff_user SET name = name || ' '`,
      true,
    ],
    ['a session is stored (a sign-in)', `UPDATE staff_session SET updated_at = now()`, false],
    ['a statement changes no public table', `SELECT 1`, false],
  ])('when %s: raised %s', async (_case, sql, raised) => {
    const before = await readVersion();
    await app.db.query(sql);
    expect((await readVersion()) !== before).toBe(raised);
  });

  it('reaches two server processes within a second of a staff correction, through LISTEN alone', async () => {
    const [first, second] = [aWatcher(), aWatcher()];
    const [v1, v2] = await Promise.all([first.read(), second.read()]);
    expect(v1).toBe(v2);
    const started = Date.now();
    const heard = Promise.all([nextVersion(first, v1!), nextVersion(second, v2!)]);
    const response = await correctFigure(app.signedIn.cookie, {
      ...FIGURE_CORRECTION,
      reason: 'data-version test',
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const [seen1, seen2] = await heard;
    expect(seen1).toBe(await readVersion());
    expect(seen2).toBe(seen1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('catches up by polling when its connection is cut, missing nothing that happened meanwhile', async () => {
    const watcher = aWatcher(200);
    const before = (await watcher.read())!;
    await app.db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'pledgeboard data-version listener' AND datname = current_database()`,
    );
    const caughtUp = nextVersion(watcher, before, 3_000);
    await app.db.query(`UPDATE indicator SET name_en = name_en || ' ' WHERE slug = 'startup-fund'`);
    expect(await caughtUp).toBe(await readVersion());
  });

  it('with a replica, counts a version only once the replica has it', async () => {
    // A second database stands in for a replica that has not yet replayed the change: its
    // data_version is set by hand, as replication would.
    const replica = await createTestDatabase();
    try {
      const setReplica = (version: string) =>
        replica.query('UPDATE data_version SET version = $1', [version]);
      await setReplica(await readVersion());
      const watcher = new DataVersionWatcher({
        url: process.env.DATABASE_URL!,
        readUrl: replica.url,
        pollMs: 60_000,
        staleMs: 121_000,
      });
      watchers.push(watcher);
      const before = (await watcher.read())!;
      await app.db.query(`UPDATE theme SET name_en = name_en || ' '`);
      const raised = await readVersion();
      expect(BigInt(raised)).toBeGreaterThan(BigInt(before));
      // The primary's notification arrived; the replica still has the old version.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await watcher.read()).toBe(before);
      const learned = nextVersion(watcher, before, 2_000);
      await setReplica(raised);
      expect(await learned).toBe(raised);
    } finally {
      await replica.drop();
    }
  });

  it('is not trusted when the database cannot confirm it: read() answers null', async () => {
    const watcher = new DataVersionWatcher({
      url: 'postgresql://nobody:nothing@127.0.0.1:1/none',
      pollMs: 100,
      staleMs: 300,
      connectTimeoutMs: 500,
    });
    watchers.push(watcher);
    expect(await watcher.read()).toBeNull();
  });
});

describe('public answers after a staff change', () => {
  it('answer 304 while nothing changed, and the new data under a new ETag right after', async () => {
    const figuresUrl = '/api/v1/figures?indicator=startup-fund&pageSize=100';
    const first = await read(listFigures, figuresUrl);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get('cache-control')).toMatch(
      /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/,
    );
    const unchanged = await read(listFigures, figuresUrl, { etag });
    expect(unchanged.status).toBe(304);

    // Another answer (the tracker's data, every pledge's status) changes tag with the same change.
    const trackerTag = (await read(getTracker, '/api/tracker')).headers.get('etag')!;

    const response = await correctFigure(app.signedIn.cookie, {
      ...FIGURE_CORRECTION,
      baseRevision: 2,
      value: '6,194억 원',
      reason: 'public answer test',
    });
    expect(response.status, await response.clone().text()).toBe(200);

    // This process learns the change from its listener: well within a second.
    await expect
      .poll(async () => (await read(listFigures, figuresUrl, { etag })).status, {
        timeout: 3_000,
        interval: 50,
      })
      .toBe(200);
    const fresh = await read(listFigures, figuresUrl, { etag });
    expect(fresh.headers.get('etag')).not.toBe(etag);
    const body = (await fresh.json()) as { data: { slug: string; value: string }[] };
    expect(body.data.find((figure) => figure.slug === CORRECTED_FIGURE)?.value).toBe(
      '619400000000',
    );
    expect((await read(getTracker, '/api/tracker', { etag: trackerTag })).status).toBe(200);
  });
});
