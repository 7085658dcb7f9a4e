import { useLocale, useTranslations } from 'next-intl';
import { localized } from '@/lib/domain/localized';
import type { PledgeRecord } from '@/lib/domain/records';
import { SourceCitation } from './source-citation';

/** Where a pledge was made and its exact words: the source, the quote, and the editor's note. */
export function PledgeQuote({
  pledge,
}: {
  pledge: Pick<PledgeRecord, 'source' | 'quote' | 'noteKo' | 'noteEn'>;
}) {
  const t = useTranslations('common');
  const locale = useLocale();
  const note = localized(pledge, 'note', locale);
  return (
    <>
      <SourceCitation source={pledge.source} />
      <blockquote className="quote" lang="ko">
        “{pledge.quote}”
      </blockquote>
      {note ? (
        <p className="citation">
          {t('note')}: {note}
        </p>
      ) : null}
    </>
  );
}
