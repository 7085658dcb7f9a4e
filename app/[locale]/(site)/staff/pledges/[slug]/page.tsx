import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { toCitationValues } from '@/components/staff/citation-values';
import { PledgeForm } from '@/components/staff/pledge-form';
import { SavedNotice } from '@/components/staff/saved-notice';
import { StaffBar } from '@/components/staff/staff-bar';
import { VerdictCard } from '@/components/staff/verdict-card';
import { VerdictForm } from '@/components/staff/verdict-form';
import { VerdictReviewButtons } from '@/components/staff/verdict-review-buttons';
import { normalizeDecimal } from '@/lib/domain/exact-decimal';
import { formatDateAsTyped } from '@/lib/domain/parse-reported-date';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { staffData } from '@/lib/server/staff/staff-data';
import { toSourceOption } from '@/lib/server/staff/list-form-options';
import { readLocale } from '@/i18n/read-locale';
import { localized } from '@/lib/domain/localized';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ saved?: string }>;
};

export const generateMetadata = pageTitle<{ locale: string; slug: string }>(
  'staff',
  'correctPledgeTitle',
  ({ slug }) => ({ name: slug }),
);

export default async function CorrectPledgePage({ params, searchParams }: Props) {
  const locale = await readLocale(params);
  const { slug } = await params;
  const actor = await requireStaffPage(locale);
  const pledge = await staffData.getPledge(slug);
  if (!pledge) notFound();
  const t = await getTranslations('staff');
  const tv = await getTranslations('staff.verdicts');
  const { saved } = await searchParams;
  const [verdicts, hasPublished, settings] = await Promise.all([
    staffData.listPledgeVerdicts(slug),
    staffData.hasPublishedVerdict(slug),
    staffData.getSiteSettings(),
  ]);
  return (
    <>
      <StaffBar actor={actor} />
      <h1>{t('correctPledgeTitle', { name: localized(pledge, 'title', locale) })}</h1>
      <p className="lede">
        {t('correctIntro')} {t('revisionN', { n: pledge.revision })}
      </p>
      {saved ? <SavedNotice historyHref={`/pledges/${slug}`} /> : null}
      <PledgeForm
        key={pledge.revision}
        mode="correct"
        slug={slug}
        baseRevision={pledge.revision}
        source={toSourceOption(pledge.source, locale)}
        initial={{
          kind: pledge.kind,
          indicator: pledge.indicatorSlug,
          administration: pledge.administration.slug,
          supersedes: pledge.supersedesSlug ?? '',
          titleKo: pledge.titleKo,
          titleEn: pledge.titleEn,
          targetValue: pledge.targetValue === null ? '' : normalizeDecimal(pledge.targetValue),
          deadline: formatDateAsTyped(pledge.deadline),
          deadlineInferred: pledge.deadlineInferred,
          baselineValue: pledge.baseline ? normalizeDecimal(pledge.baseline.value) : '',
          baselineOn: formatDateAsTyped(pledge.baseline?.on ?? null),
          baselineAssumed: pledge.baseline?.assumed ?? false,
          announcedOn: formatDateAsTyped(pledge.announcedOn),
          ...toCitationValues(pledge, slug),
        }}
      />

      <h2 id="verdicts">{tv('listTitle')}</h2>
      {verdicts.length === 0 ? <p>{tv('listEmpty')}</p> : null}
      {verdicts.map((verdict) => (
        <VerdictCard key={verdict.id} verdict={verdict} showPledge={false} headingLevel={3}>
          {verdict.review ? null : (
            <VerdictReviewButtons
              verdictId={verdict.id}
              ownProposal={settings.verdictReviewRequired && verdict.proposedBy.id === actor.id}
            />
          )}
        </VerdictCard>
      ))}
      <h2 id="propose-verdict">{tv('proposeTitle')}</h2>
      <p>{settings.verdictReviewRequired ? tv('proposeIntro') : tv('proposeIntroReviewOff')}</p>
      <VerdictForm slug={slug} hasPublished={hasPublished} />
    </>
  );
}
