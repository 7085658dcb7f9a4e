import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import type { SourceRef } from '@/lib/domain/records';

/**
 * "출처: 뉴스노크, 2025년 9월(추정) — 제목", linked to the source's entry on the page of the sources
 * list that holds it.
 */
export function SourceCitation({ source }: { source: SourceRef }) {
  const t = useTranslations('common');
  const locale = useLocale();
  return (
    <span className="citation">
      {t('source')}:{' '}
      <Link href={`/sources?source=${source.slug}#${source.slug}`}>
        <span lang="ko">{source.publisher}</span>
        {source.publisherInferred ? ` (${t('inferred')})` : ''},{' '}
        {formatPreciseDate(source.publishedOn, locale)}
        {source.publishedInferred ? ` (${t('inferred')})` : ''} —{' '}
        <span lang="ko">{source.title}</span>
      </Link>
    </span>
  );
}
