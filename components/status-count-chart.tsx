'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { PledgeStatusCode } from '@/lib/domain/pledge-status';

const COLORS: Record<PledgeStatusCode, string> = {
  ACHIEVED: '#17663a',
  ON_TRACK: '#3f8f5f',
  NEEDS_ACCELERATION: '#b7791f',
  BEHIND: '#b3261e',
  DETERIORATING: '#7f1d1d',
  OVERDUE: '#c2410c',
  NO_DEADLINE: '#64748b',
  INSUFFICIENT_DATA: '#94a3b8',
  NO_FIGURE: '#7c6aa6',
  AWAITING_EVIDENCE: '#a99bc9',
};

/**
 * How many of the shown pledges are in each status: a bar chart with its numbers printed on the
 * bars, a sentence that says the same, and (for screen readers and copying) a table.
 */
export function StatusCountChart({
  counts,
}: {
  counts: { status: PledgeStatusCode; count: number }[];
}) {
  const t = useTranslations('tracker');
  const s = useTranslations('progress.status');
  const locale = useLocale();
  const shown = counts
    .filter((entry) => entry.count > 0)
    .map((entry) => ({ ...entry, label: s(entry.status) }));
  const summary = t('countSummary', {
    total: counts.reduce((sum, entry) => sum + entry.count, 0),
    list: new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(
      shown.map((entry) => `${entry.label} ${entry.count}`),
    ),
  });
  return (
    <figure className="chart-panel" style={{ margin: 0 }}>
      <figcaption className="chart-summary" data-testid="status-count-summary">
        {summary}
      </figcaption>
      <div role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height={Math.max(80, shown.length * 34)}>
          <BarChart
            data={shown}
            layout="vertical"
            margin={{ top: 4, right: 40, bottom: 4, left: 8 }}
            accessibilityLayer={false}
          >
            <XAxis type="number" hide allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={110} tickLine={false} axisLine={false} />
            <Bar dataKey="count" isAnimationActive={false}>
              {shown.map((entry) => (
                <Cell key={entry.status} fill={COLORS[entry.status]} />
              ))}
              <LabelList dataKey="count" position="right" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>{t('countTable')}</summary>
        <table className="data" style={{ minWidth: 0 }}>
          <thead>
            <tr>
              <th scope="col">{t('columnStatus')}</th>
              <th scope="col">{t('countColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((entry) => (
              <tr key={entry.status}>
                <th scope="row">{s(entry.status)}</th>
                <td className="num">{entry.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
