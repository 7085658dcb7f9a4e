import { CHART_COLORS, SUPERSEDED_OPACITY } from './chart-colors.ts';
import { listYearTicks, type ChartModel } from './chart-model.ts';
import { formatChartTick, formatChartValue, toChartExtent } from './chart-axes.ts';
import type { AmountDisplay } from './format-value.ts';
import { escapeXml, estimateTextWidth, wrapText } from './svg-text.ts';
import type { Locale, Unit } from './types.ts';
import { localized } from './localized.ts';

/**
 * The indicator chart as a standalone SVG image, for downloads, embeds and link previews. Unlike
 * the interactive chart it must stand on its own once pasted into a report: the title, the status
 * sentence, the legend, the sources, the as-of date and the address it came from are drawn in.
 */
export interface ChartImageInput {
  model: ChartModel;
  unit: Unit;
  locale: Locale;
  display: AmountDisplay;
  title: string;
  /** The status sentence, also the image's accessible description. */
  summary: string;
  /** "Source: …" already worded, and "As of …, pledgeboard address" for the last line. */
  sourceLine: string;
  footerLine: string;
  labels: {
    figures: string;
    targets: string;
    superseded: string;
    path: string;
    projection: string;
    achieved: string;
    empty: string;
  };
  width?: number;
  height?: number;
}

const FONT_FAMILY =
  "'Noto Sans CJK KR', 'Noto Sans KR', NanumGothic, 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";
const PAD = 32;

export function renderChartSvg(input: ChartImageInput): string {
  const { model, width = 1200, height = 675 } = input;
  const textWidth = width - 2 * PAD;
  const titleLines = wrapText(input.title, { width: textWidth, fontSize: 28, maxLines: 2 });
  const summaryLines = wrapText(input.summary, { width: textWidth, fontSize: 17, maxLines: 3 });
  const sourceLines = wrapText(input.sourceLine, { width: textWidth, fontSize: 14, maxLines: 2 });
  const header = PAD + titleLines.length * 36 + summaryLines.length * 24 + 8;
  const legend = isEmpty(model) ? [] : layoutLegend(input, width);
  const legendRows = legend.length === 0 ? 0 : Math.max(...legend.map((item) => item.row)) + 1;
  // Below the plot: year labels, the legend, the sources and the as-of line.
  const footer = legendRows * 22 + 12 + sourceLines.length * 20 + 20 + PAD / 2;
  const plot = {
    left: PAD + (input.unit === 'KRW' ? 96 : 64),
    right: width - PAD - 8,
    top: header + 16,
    bottom: height - footer - 40,
  };
  const body = isEmpty(model)
    ? `<text x="${(plot.left + plot.right) / 2}" y="${(plot.top + plot.bottom) / 2}" text-anchor="middle" font-size="18" fill="${CHART_COLORS.muted}">${escapeXml(input.labels.empty)}</text>`
    : drawPlot(input, plot);

  const text = (lines: string[], x: number, y: number, lineHeight: number, attributes: string) =>
    lines
      .map(
        (line, index) =>
          `<text x="${x}" y="${y + index * lineHeight}" ${attributes}>${escapeXml(line)}</text>`,
      )
      .join('');
  const legendY = plot.bottom + 62;
  const sourceY = legendY + Math.max(0, legendRows - 1) * 22 + 30;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="${escapeXml(FONT_FAMILY)}" lang="${input.locale}">`,
    `<title id="chart-title">${escapeXml(input.title)}</title>`,
    `<desc id="chart-desc">${escapeXml(input.summary)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    text(
      titleLines,
      PAD,
      PAD + 26,
      36,
      `font-size="28" font-weight="700" fill="${CHART_COLORS.text}"`,
    ),
    text(
      summaryLines,
      PAD,
      PAD + titleLines.length * 36 + 18,
      24,
      `font-size="17" fill="${CHART_COLORS.text}"`,
    ),
    body,
    drawLegend(legend, legendY),
    text(sourceLines, PAD, sourceY, 20, `font-size="14" fill="${CHART_COLORS.muted}"`),
    text(
      [input.footerLine],
      PAD,
      sourceY + sourceLines.length * 20 + 2,
      20,
      `font-size="14" fill="${CHART_COLORS.muted}"`,
    ),
    `</svg>`,
  ].join('\n');
}

function isEmpty(model: ChartModel): boolean {
  return model.figures.length === 0 && model.targets.length === 0 && model.paths.length === 0;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function drawPlot(input: ChartImageInput, plot: Box): string {
  const { model, unit, locale } = input;
  const {
    xDomain: [minX, maxX],
    ys,
  } = toChartExtent(model);
  const yTicks = listNiceTicks(Math.min(...ys), Math.max(...ys));
  const [minY, maxY] = [yTicks[0]!, yTicks.at(-1)!];
  const x = (value: number) =>
    round(plot.left + ((value - minX) / (maxX - minX)) * (plot.right - plot.left));
  const y = (value: number) =>
    round(plot.bottom - ((value - minY) / (maxY - minY || 1)) * (plot.bottom - plot.top));
  const tick = (value: number) => formatChartTick(value, unit, input.display, locale);
  const valueText = (value: string) => formatChartValue(value, unit, input.display, locale);
  const years = listYearTicks(minX, maxX);
  // At most about ten year labels, so they never collide.
  const yearStep = Math.ceil(years.length / 10);

  const parts: string[] = [];
  for (const value of yTicks) {
    parts.push(
      `<line x1="${plot.left}" x2="${plot.right}" y1="${y(value)}" y2="${y(value)}" stroke="${CHART_COLORS.grid}"/>`,
    );
    parts.push(
      `<text x="${plot.left - 8}" y="${y(value) + 5}" text-anchor="end" font-size="14" fill="${CHART_COLORS.axis}">${escapeXml(tick(value))}</text>`,
    );
  }
  years.forEach((year, index) => {
    if (index % yearStep !== 0) return;
    parts.push(
      `<line x1="${x(year)}" x2="${x(year)}" y1="${plot.bottom}" y2="${plot.bottom + 6}" stroke="${CHART_COLORS.axis}"/>`,
    );
    parts.push(
      `<text x="${x(year)}" y="${plot.bottom + 24}" text-anchor="middle" font-size="14" fill="${CHART_COLORS.axis}">${new Date(year).getUTCFullYear()}</text>`,
    );
  });
  parts.push(
    `<line x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}" stroke="${CHART_COLORS.axis}"/>`,
  );

  for (const target of model.openTargets) {
    const opacity = target.superseded ? SUPERSEDED_OPACITY : 0.8;
    const label = `${localized(target, 'title', locale)}: ${valueText(target.value)}`;
    parts.push(
      `<line x1="${plot.left}" x2="${plot.right}" y1="${y(target.y)}" y2="${y(target.y)}" stroke="${CHART_COLORS.target}" stroke-opacity="${opacity}" stroke-dasharray="2 3"/>`,
    );
    parts.push(
      `<text x="${plot.left + 6}" y="${y(target.y) - 6}" font-size="13" fill="${CHART_COLORS.target}">${escapeXml(label)}</text>`,
    );
  }
  for (const path of model.paths) {
    const [from, to] = path.points;
    const opacity = path.superseded ? SUPERSEDED_OPACITY : 0.9;
    parts.push(
      `<line x1="${x(from.x)}" y1="${y(from.y)}" x2="${x(to.x)}" y2="${y(to.y)}" stroke="${CHART_COLORS.path}" stroke-opacity="${opacity}" stroke-width="2" stroke-dasharray="6 4"/>`,
    );
  }
  for (const projection of model.projections) {
    const [from, to] = projection.points;
    parts.push(
      `<line x1="${x(from.x)}" y1="${y(from.y)}" x2="${x(to.x)}" y2="${y(to.y)}" stroke="${CHART_COLORS.figure}" stroke-opacity="0.8" stroke-width="2" stroke-dasharray="3 4"/>`,
    );
  }
  if (model.figures.length > 1) {
    const points = model.figures.map((point) => `${x(point.x)},${y(point.y)}`).join(' ');
    parts.push(
      `<polyline points="${points}" fill="none" stroke="${CHART_COLORS.figure}" stroke-width="2.5"/>`,
    );
  }
  for (const point of model.figures)
    parts.push(
      `<circle cx="${x(point.x)}" cy="${y(point.y)}" r="5" fill="${CHART_COLORS.figure}"/>`,
    );
  for (const target of model.targets) {
    const opacity = target.superseded ? SUPERSEDED_OPACITY : 1;
    parts.push(
      `<path d="${diamond(x(target.x), y(target.y), 8)}" fill="${CHART_COLORS.target}" fill-opacity="${opacity}"/>`,
    );
    const label = valueText(target.value);
    // Labels sit left of the diamond when it is near the right edge.
    const anchorEnd = x(target.x) + 12 + estimateTextWidth(label, 14) > plot.right;
    parts.push(
      `<text x="${x(target.x) + (anchorEnd ? -12 : 12)}" y="${y(target.y) + 5}" text-anchor="${anchorEnd ? 'end' : 'start'}" font-size="14" fill="${CHART_COLORS.target}" fill-opacity="${target.superseded ? 0.6 : 1}">${escapeXml(label)}</text>`,
    );
  }
  for (const achievement of model.achievements) {
    parts.push(
      `<path d="${star(x(achievement.x), y(achievement.y), 13)}" fill="${CHART_COLORS.achieved}" stroke="#ffffff" stroke-width="1.5"/>`,
    );
  }
  const latest = model.figures.at(-1);
  if (latest) {
    const label = valueText(latest.value);
    const anchorEnd = x(latest.x) + 12 + estimateTextWidth(label, 15) > plot.right;
    parts.push(
      `<text x="${x(latest.x) + (anchorEnd ? -12 : 12)}" y="${y(latest.y) - 12}" text-anchor="${anchorEnd ? 'end' : 'start'}" font-size="15" font-weight="700" fill="${CHART_COLORS.figure}">${escapeXml(label)}</text>`,
    );
  }
  return parts.join('\n');
}

interface LegendItem {
  label: string;
  mark: (x: number, y: number) => string;
  x: number;
  row: number;
}

/** The legend's items placed left to right, wrapping to a new row at the image's edge. */
function layoutLegend(input: ChartImageInput, width: number): LegendItem[] {
  const { labels } = input;
  const { model } = input;
  const shown = {
    figures: model.figures.length > 0,
    targets:
      model.targets.some((target) => !target.superseded) ||
      model.openTargets.some((target) => !target.superseded),
    superseded:
      model.targets.some((target) => target.superseded) ||
      model.openTargets.some((target) => target.superseded),
    path: model.paths.length > 0,
    projection: model.projections.length > 0,
    achieved: model.achievements.length > 0,
  };
  // Only what the chart draws: a key to marks that are not there would send readers looking for them.
  const items: (Omit<LegendItem, 'x' | 'row'> & { key: keyof typeof shown })[] = [
    {
      key: 'figures',
      label: labels.figures,
      mark: (x, y) =>
        `<line x1="${x}" x2="${x + 20}" y1="${y}" y2="${y}" stroke="${CHART_COLORS.figure}" stroke-width="2.5"/><circle cx="${x + 10}" cy="${y}" r="4" fill="${CHART_COLORS.figure}"/>`,
    },
    {
      key: 'targets',
      label: labels.targets,
      mark: (x, y) => `<path d="${diamond(x + 10, y, 7)}" fill="${CHART_COLORS.target}"/>`,
    },
    {
      key: 'superseded',
      label: labels.superseded,
      mark: (x, y) =>
        `<path d="${diamond(x + 10, y, 7)}" fill="${CHART_COLORS.target}" fill-opacity="${SUPERSEDED_OPACITY}"/>`,
    },
    {
      key: 'path',
      label: labels.path,
      mark: (x, y) =>
        `<line x1="${x}" x2="${x + 20}" y1="${y}" y2="${y}" stroke="${CHART_COLORS.path}" stroke-width="2" stroke-dasharray="6 4"/>`,
    },
    {
      key: 'projection',
      label: labels.projection,
      mark: (x, y) =>
        `<line x1="${x}" x2="${x + 20}" y1="${y}" y2="${y}" stroke="${CHART_COLORS.figure}" stroke-width="2" stroke-dasharray="3 4"/>`,
    },
    {
      key: 'achieved',
      label: labels.achieved,
      mark: (x, y) => `<path d="${star(x + 10, y, 9)}" fill="${CHART_COLORS.achieved}"/>`,
    },
  ];
  let x = PAD;
  let row = 0;
  return items
    .filter((item) => shown[item.key])
    .map(({ key: _key, ...item }) => {
      const itemWidth = 28 + estimateTextWidth(item.label, 13) + 20;
      if (x + itemWidth > width - PAD && x > PAD) {
        x = PAD;
        row += 1;
      }
      const placed = { ...item, x, row };
      x += itemWidth;
      return placed;
    });
}

function drawLegend(items: LegendItem[], top: number): string {
  return items
    .map(({ label, mark, x, row }) => {
      const y = top + row * 22;
      return `${mark(x, y - 4)}<text x="${x + 28}" y="${y}" font-size="13" fill="${CHART_COLORS.text}">${escapeXml(label)}</text>`;
    })
    .join('');
}

/**
 * Gridline values from a round number at or below `min` to one at or above `max`, about five steps
 * of 1, 2 or 5 × 10^n (what a reader can add up at a glance).
 */
export function listNiceTicks(min: number, max: number): number[] {
  const low = Math.min(0, min);
  const high = max > low ? max : low + 1;
  const rough = (high - low) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((factor) => factor * magnitude >= rough) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let value = Math.floor(low / step) * step; value < high + step; value += step) {
    ticks.push(Number(value.toPrecision(12)));
    if (value >= high) break;
  }
  return ticks;
}

function diamond(cx: number, cy: number, r: number): string {
  return `M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`;
}

function star(cx: number, cy: number, r: number): string {
  const points = Array.from({ length: 10 }, (_, index) => {
    const radius = index % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (index * Math.PI) / 5;
    return `${round(cx + radius * Math.cos(angle))} ${round(cy + radius * Math.sin(angle))}`;
  });
  return `M${points.join('L')}Z`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
