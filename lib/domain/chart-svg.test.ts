import { describe, expect, it } from 'vitest';
import { toChartModel } from './chart-model.ts';
import { listNiceTicks, renderChartSvg, type ChartImageInput } from './chart-svg.ts';
import { computeStatusesByPledge } from './statuses-by-pledge.ts';
import { aFigure, aPledge, anIndicator } from './testing/records.ts';

const labels = {
  figures: '보고된 수치',
  targets: '목표(기한 시점)',
  superseded: '변경된 이전 목표',
  path: '기준값에서 목표까지 직선 경로',
  projection: '현재 속도로 본 기한 시점 전망',
  achieved: '목표 달성 시점',
  empty: '이 기간에는 보고된 수치나 목표가 없습니다.',
};

function input(overrides: Partial<ChartImageInput> = {}): ChartImageInput {
  const indicator = anIndicator();
  const figures = [aFigure()];
  const pledges = [aPledge()];
  return {
    model: toChartModel(
      figures,
      pledges,
      computeStatusesByPledge(indicator, pledges, figures, '2026-11-23'),
    ),
    unit: 'KRW',
    locale: 'ko',
    display: 'korean',
    title: '창업펀드 조성액',
    summary: '목표 5,000억 원 대비 6,192억 원(123.8%)으로 2025년 9월 조기 달성',
    sourceLine: '출처: 뉴스노크 「광주시·항저우시, AI 우호 협력 손 맞잡는다」(2025년 9월)',
    footerLine: '2026년 11월 23일 기준 · http://localhost:3000/indicators/startup-fund',
    labels,
    ...overrides,
  };
}

/** The y of every <text> whose content matches. */
function textYs(svg: string, pattern: RegExp): number[] {
  return [...svg.matchAll(/<text [^>]*y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)]
    .filter((match) => pattern.test(match[2]!))
    .map((match) => Number(match[1]));
}

describe('renderChartSvg', () => {
  it('draws the title, the status sentence, the sources, the as-of line and the values in Korean units', () => {
    const svg = renderChartSvg(input());
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title id="chart-title">창업펀드 조성액</title>');
    expect(svg).toContain(
      '<desc id="chart-desc">목표 5,000억 원 대비 6,192억 원(123.8%)으로 2025년 9월 조기 달성</desc>',
    );
    expect(svg).toContain(
      '>출처: 뉴스노크 「광주시·항저우시, AI 우호 협력 손 맞잡는다」(2025년 9월)</text>',
    );
    expect(svg).toContain(
      '>2026년 11월 23일 기준 · http://localhost:3000/indicators/startup-fund</text>',
    );
    expect(svg).toContain('>6,192억 원</text>');
    expect(svg).toContain('>5,000억 원</text>');
    // The target diamond and the achievement star are drawn.
    expect(svg).toMatch(
      /<path d="M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+Z" fill="#b3261e"/,
    );
    expect(svg).toContain('fill="#17663a" stroke="#ffffff"');
  });

  it('shows exact won when asked', () => {
    expect(renderChartSvg(input({ display: 'exact' }))).toContain('>619,200,000,000원</text>');
  });

  it('keeps the legend below the year labels and the sources below the legend', () => {
    for (const locale of ['ko', 'en'] as const) {
      const svg = renderChartSvg(
        input({
          locale,
          labels: {
            ...labels,
            path: 'Straight path from baseline to target, a long English label',
          },
        }),
      );
      const yearY = Math.max(...textYs(svg, /^20\d\d$/));
      const legendY = Math.min(...textYs(svg, /보고된 수치|목표 달성 시점/));
      const sourceY = Math.min(...textYs(svg, /^출처/));
      expect(legendY).toBeGreaterThan(yearY + 10);
      expect(sourceY).toBeGreaterThan(Math.max(...textYs(svg, /Straight path|보고된 수치/)) + 10);
      expect(Math.max(...textYs(svg, /기준 ·/))).toBeLessThan(675);
    }
  });

  it('escapes text from the data, so a quote cannot break the image', () => {
    const svg = renderChartSvg(input({ title: 'R&D <투자> "목표"' }));
    expect(svg).toContain('R&amp;D &lt;투자&gt; &quot;목표&quot;');
    expect(svg).not.toContain('<투자>');
  });

  it('says so when the period has nothing to draw', () => {
    const svg = renderChartSvg(input({ model: toChartModel([], []) }));
    expect(svg).toContain(`>${labels.empty}</text>`);
    // No figure dots (r=5); the legend's own mark (r=4) stays.
    expect(svg).not.toContain('r="5"');
  });
});

describe('listNiceTicks', () => {
  it.each([
    [0, 619_200_000_000, [0, 200_000_000_000, 400_000_000_000, 600_000_000_000, 800_000_000_000]],
    [
      0,
      1_000_000_000_000,
      [0, 200_000_000_000, 400_000_000_000, 600_000_000_000, 800_000_000_000, 1_000_000_000_000],
    ],
    [0, 45, [0, 10, 20, 30, 40, 50]],
    [-45.5, 10, [-60, -40, -20, 0, 20]],
    [0, 0, [0, 0.2, 0.4, 0.6, 0.8, 1]],
  ])('%d..%d → %j', (min, max, expected) => expect(listNiceTicks(min, max)).toEqual(expected));
});
