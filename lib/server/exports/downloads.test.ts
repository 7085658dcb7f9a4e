import { describe, expect, it } from 'vitest';
import { GET as download } from '../../../app/downloads/route.ts';
import { GET as sourcesApi } from '../../../app/api/v1/sources/route.ts';
import type { FigureDto, PledgeDto, SourceDto } from '../../domain/api-v1/schemas.ts';
import { filterTrackerRows, DEFAULT_TRACKER_VIEW } from '../../domain/tracker.ts';
import { dashboard } from '../dashboard.ts';
import { useStaffApp } from '../testing/staff-app.ts';
import { todayInSeoul } from '../today.ts';

/**
 * Each download reads what it contains: the download of everything lists every source, any
 * other the sources its figures and pledges cite, newest first as the API lists them.
 */

useStaffApp();

interface ExportJson {
  figures: FigureDto[];
  pledges: PledgeDto[];
  sources: SourceDto[];
}

const get = (handler: (request: Request) => Promise<Response>, path: string) =>
  handler(new Request(new URL(path, 'http://localhost:3000')));

async function downloadJson(query: string): Promise<ExportJson> {
  const response = await get(download, `/downloads?${query}&format=json`);
  expect(response.status, query).toBe(200);
  return (await response.json()) as ExportJson;
}

async function everySource(): Promise<SourceDto[]> {
  return (
    (await (await get(sourcesApi, '/api/v1/sources?pageSize=500')).json()) as {
      data: SourceDto[];
    }
  ).data;
}

describe('/downloads', () => {
  it('of everything lists every source', async () => {
    const file = await downloadJson('scope=all');
    expect(file.sources).toEqual(await everySource());
    expect(file.figures.length).toBeGreaterThan(10);
  });

  it.each([
    'scope=indicator&slug=startup-fund',
    'scope=indicator&slug=ai-companies-relocated',
    'scope=theme&slug=startups',
    'scope=theme&slug=family',
    'scope=tracker',
    'scope=tracker&administration=min-7&status=ACHIEVED',
  ])('%s lists the sources its rows cite, in the API order', async (query) => {
    const file = await downloadJson(query);
    const cited = new Set([...file.figures, ...file.pledges].map((row) => row.source.slug));
    const all = await everySource();
    expect(file.sources).toEqual(all.filter((source) => cited.has(source.slug)));
    if (query.startsWith('scope=indicator')) expect(file.sources.length).toBeLessThan(all.length);
  });

  it('of a tracker view holds its pledges in the view order and the figures of their indicators', async () => {
    const view = { ...DEFAULT_TRACKER_VIEW, administration: 'min-7', sort: 'title' as const };
    const file = await downloadJson('scope=tracker&administration=min-7&sort=title');
    const rows = filterTrackerRows(await dashboard.listTrackerRows(todayInSeoul()), view);
    expect(rows.length).toBeGreaterThan(2);
    expect(file.pledges.map((pledge) => pledge.slug)).toEqual(rows.map((row) => row.slug));
    const indicators = new Set(rows.map((row) => row.indicatorSlug));
    // Every figure of those indicators (some have pledges and no figure yet), and no other.
    expect(file.figures.every((figure) => indicators.has(figure.indicator))).toBe(true);
    const everything = await downloadJson('scope=all');
    expect(file.figures.length).toBe(
      everything.figures.filter((figure) => indicators.has(figure.indicator)).length,
    );
  });

  it.each(['scope=indicator&slug=no-such-indicator', 'scope=theme&slug=no-such-theme'])(
    '%s answers 404',
    async (query) => {
      expect((await get(download, `/downloads?${query}&format=csv`)).status).toBe(404);
    },
  );
});
