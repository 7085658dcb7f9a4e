import { useLocale, useTranslations } from 'next-intl';
import type { SourceRef } from '@/lib/domain/records';
import { SourceCitation } from './source-citation';
import { INTL_LOCALE } from '@/lib/domain/localized';

/**
 * The cells every history table shares (a figure's, a pledge's): the revision number, the source
 * with its quote, the reason, and who saved it when (Seoul time, 24-hour clock).
 */
export function RevisionNumberCell({ revision, latest }: { revision: number; latest: number }) {
  const t = useTranslations('figureHistory');
  return (
    <th scope="row">
      {revision}
      {revision === latest ? <span className="badge"> {t('current')}</span> : null}
    </th>
  );
}

export function RevisionSourceCell({ source, quote }: { source: SourceRef; quote: string }) {
  return (
    <td className="source">
      <SourceCitation source={source} />
      <blockquote className="quote" lang="ko">
        “{quote}”
      </blockquote>
    </td>
  );
}

export function RevisionWhyWhoWhenCells({
  reason,
  authorName,
  createdAt,
}: {
  reason: string | null;
  authorName: string | null;
  createdAt: string;
}) {
  const t = useTranslations('figureHistory');
  const locale = useLocale();
  const when = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone: 'Asia/Seoul',
  });
  return (
    <>
      <td>{reason ?? t('original')}</td>
      <td>
        {authorName ?? t('seed')}
        <br />
        <time dateTime={createdAt}>{when.format(new Date(createdAt))}</time>
      </td>
    </>
  );
}
