import { getTranslations } from 'next-intl/server';
import { Pager } from '@/components/pager';
import { StaffBar } from '@/components/staff/staff-bar';
import { VerdictCard } from '@/components/staff/verdict-card';
import { VerdictReviewButtons } from '@/components/staff/verdict-review-buttons';
import { toPageNumber } from '@/lib/domain/page-number';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { staffData } from '@/lib/server/staff/staff-data';
import { readLocale } from '@/i18n/read-locale';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = pageTitle('staff.verdicts', 'queueTitle');

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The review queue: verdicts no one has reviewed yet, oldest first, a page at a time (`?page=`),
 * each in full with Approve and Reject, except on the reader's own proposals while review is
 * required, which say why instead.
 */
export default async function VerdictQueuePage({ params, searchParams }: PageProps) {
  const locale = await readLocale(params);
  const actor = await requireStaffPage(locale);
  const t = await getTranslations('staff.verdicts');
  const { page: requested } = await searchParams;
  const [queue, settings] = await Promise.all([
    staffData.listPendingVerdicts(toPageNumber(requested)),
    staffData.getSiteSettings(),
  ]);
  return (
    <>
      <StaffBar actor={actor} />
      <h1>{t('queueTitle')}</h1>
      <p className="lede">
        {t('queueIntro')} {settings.verdictReviewRequired ? null : t('queueIntroReviewOff')}
      </p>
      {queue.total === 0 ? <p data-testid="verdict-queue-empty">{t('queueEmpty')}</p> : null}
      {queue.items.map((verdict) => (
        <VerdictCard key={verdict.id} verdict={verdict} showPledge headingLevel={2}>
          <VerdictReviewButtons
            verdictId={verdict.id}
            ownProposal={settings.verdictReviewRequired && verdict.proposedBy.id === actor.id}
            refreshOnDone={false}
          />
        </VerdictCard>
      ))}
      <Pager
        page={queue.page}
        pageCount={queue.pageCount}
        hrefFor={(page) => (page > 1 ? `/staff/verdicts?page=${page}` : '/staff/verdicts')}
        label={t('queuePages')}
      />
    </>
  );
}
