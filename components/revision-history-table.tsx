import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { seoulTimeFormat } from '@/lib/domain/seoul-time';
import type { RevisionMeta } from '@/lib/domain/records';
import { SourceCitation } from './source-citation';

/**
 * Every revision of a record, newest first, as the figure and pledge history tables show it:
 * the revision number, what the revision said (`columns` and `renderCells`, the only part that
 * differs), its source with the quote, the reason, and who saved it when (Seoul time, 24-hour
 * clock).
 */
export function RevisionHistoryTable<Row extends RevisionMeta>({
  title,
  testId,
  revisions,
  columns,
  renderCells,
}: {
  title: string;
  testId: string;
  /** Oldest first, as the history query returns them. */
  revisions: readonly Row[];
  columns: readonly string[];
  renderCells: (revision: Row) => ReactNode;
}) {
  const t = useTranslations('figureHistory');
  const locale = useLocale();
  const when = seoulTimeFormat(locale, 'moment');
  const latest = revisions.length;
  return (
    <div className="table-wrap" role="region" aria-label={title} tabIndex={0}>
      <table className="data" data-testid={testId}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('revision')}</th>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
            <th scope="col">{t('source')}</th>
            <th scope="col">{t('why')}</th>
            <th scope="col">
              {t('who')} · {t('when')}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...revisions].reverse().map((revision) => (
            <tr key={revision.revision}>
              <th scope="row">
                {revision.revision}
                {revision.revision === latest ? (
                  <span className="badge"> {t('current')}</span>
                ) : null}
              </th>
              {renderCells(revision)}
              <td className="source">
                <SourceCitation source={revision.source} />
                <blockquote className="quote" lang="ko">
                  “{revision.quote}”
                </blockquote>
              </td>
              <td>{revision.reason ?? t('original')}</td>
              <td>
                {revision.authorName ?? t('seed')}
                <br />
                <time dateTime={revision.createdAt}>
                  {when.format(new Date(revision.createdAt))}
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
