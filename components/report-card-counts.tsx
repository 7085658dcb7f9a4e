import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { localized } from '@/lib/domain/localized';
import type { ReportCardPledge } from '@/lib/domain/report-card';

export interface ReportCardCategory {
  /** The tracker's URL parameter (verdict or status) and its value. */
  param: 'verdict' | 'status';
  value: string;
  label: string;
  count: number;
  pledges: ReportCardPledge[];
}

/** Where a category's list is on the card's own page. */
export const toListId = ({ param, value }: Pick<ReportCardCategory, 'param' | 'value'>) =>
  `${param}-${value.toLowerCase().replaceAll('_', '-')}`;

/** The tracker showing the same pledges as a category, with their figures. */
const toTrackerPath = (administration: string, { param, value }: ReportCardCategory) =>
  `/pledges?administration=${administration}&${param}=${value}`;

/**
 * One table of counts (by verdict or by status): each count opens its list of pledges further down
 * the page, and the tracker shows the same pledges filtered, with their figures.
 */
export function ReportCardCounts({
  labelledBy,
  columnLabel,
  administration,
  categories,
}: {
  /** The id of the heading that names the table. */
  labelledBy: string;
  columnLabel: string;
  administration: string;
  categories: ReportCardCategory[];
}) {
  const t = useTranslations('reportCards');
  return (
    <table
      className="data report-counts"
      aria-labelledby={labelledBy}
      data-testid={`report-counts-${categories[0]?.param}`}
    >
      <thead>
        <tr>
          <th scope="col">{columnLabel}</th>
          <th scope="col" className="num">
            {t('columnCount')}
          </th>
          <th scope="col">{t('columnTracker')}</th>
        </tr>
      </thead>
      <tbody>
        {categories.map((category) => (
          <tr key={category.value} data-category={category.value}>
            <th scope="row">{category.label}</th>
            <td className="num" data-testid="report-count">
              {category.count > 0 ? (
                <a
                  href={`#${toListId(category)}`}
                  aria-label={t('countLink', { category: category.label, count: category.count })}
                >
                  {category.count}
                </a>
              ) : (
                0
              )}
            </td>
            <td>
              {category.count > 0 ? (
                <Link
                  href={toTrackerPath(administration, category)}
                  aria-label={t('openInTrackerLabel', { category: category.label })}
                  data-testid="report-tracker-link"
                >
                  {t('openInTracker')}
                </Link>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The pledges behind each count that is not zero, titles linking to their pages. */
export function ReportCardLists({
  heading,
  administration,
  categories,
}: {
  heading: (category: ReportCardCategory) => string;
  administration: string;
  categories: ReportCardCategory[];
}) {
  const locale = useLocale();
  const t = useTranslations('reportCards');
  return categories
    .filter((category) => category.count > 0)
    .map((category) => (
      <section
        key={toListId(category)}
        id={toListId(category)}
        className="report-list"
        aria-labelledby={`${toListId(category)}-heading`}
        tabIndex={-1}
      >
        <h3 id={`${toListId(category)}-heading`} className="subheading">
          {heading(category)}
        </h3>
        <ul>
          {category.pledges.map((pledge) => (
            <li key={pledge.slug}>
              <Link href={`/pledges/${pledge.slug}`}>{localized(pledge, 'title', locale)}</Link>
            </li>
          ))}
        </ul>
        {category.count > category.pledges.length && (
          <p className="citation" data-testid="report-list-more">
            {t.rich('listMore', {
              shown: category.pledges.length,
              count: category.count,
              link: (text) => <Link href={toTrackerPath(administration, category)}>{text}</Link>,
            })}
          </p>
        )}
      </section>
    ));
}
