import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PledgeHistoryTable } from '@/components/pledge-history-table';
import { PledgePromiseFacts } from '@/components/pledge-promise-facts';
import { PledgeQuote } from '@/components/pledge-quote';
import { StatusBadge } from '@/components/status-badge';
import { VerdictHistoryTable } from '@/components/verdict-history-table';
import { VerdictPanel } from '@/components/verdict-panel';
import { Link } from '@/i18n/navigation';
import { readLocale } from '@/i18n/read-locale';
import { parseAsOfDate } from '@/lib/domain/as-of-date';
import { localized } from '@/lib/domain/localized';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import { formatStatusReason } from '@/lib/domain/progress-reason';
import { dashboard } from '@/lib/server/dashboard';
import { todayInSeoul } from '@/lib/server/today';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Today, or the past day `?asOf=` names (anything unreadable means today, as on indicator pages). */
async function load(params: Props['params'], searchParams: Props['searchParams']) {
  const { slug } = await params;
  const today = todayInSeoul();
  const historicalAsOf = parseAsOfDate((await searchParams).asOf, today);
  const page = await dashboard.getPledgePage(slug, historicalAsOf ?? today);
  if (!page) notFound();
  return { slug, historicalAsOf, ...page };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await readLocale(params);
  const { entry } = await load(params, searchParams);
  return { title: localized(entry.pledge, 'title', locale) };
}

/**
 * One pledge: what was promised and where it was said, the status computed from the figures and
 * the verdict staff published beside it (never merged into one), the evidence each rests on, and
 * every verdict and revision since. The "정정" marks on pledges and verdicts link here.
 */
export default async function PledgePage({ params, searchParams }: Props) {
  const locale = await readLocale(params);
  const { slug, historicalAsOf, entry, verdicts, history } = await load(params, searchParams);
  const { pledge, indicator, status } = entry;
  const t = await getTranslations('verdicts');
  const common = await getTranslations('common');
  const figureHistory = await getTranslations('figureHistory');
  const progress = await getTranslations('progress');
  const inForce = verdicts.at(-1) ?? null;
  const numeric = pledge.kind === 'TARGET';
  return (
    <article>
      <p>
        <Link href={`/indicators/${indicator.slug}#pledge-${slug}`}>← {figureHistory('back')}</Link>
      </p>
      <p className="card__meta">
        <span className="badge">
          {localized(pledge.administration, 'name', locale)} ·{' '}
          {localized(pledge.administration, 'mayor', locale)}
        </span>
        {pledge.kind === 'MILESTONE' ? (
          <span className="badge badge--milestone">{common('milestone')}</span>
        ) : pledge.kind === 'POLICY' ? (
          <span className="badge badge--milestone">{common('policy')}</span>
        ) : null}
      </p>
      <h1>{localized(pledge, 'title', locale)}</h1>
      {historicalAsOf ? (
        <p className="as-of-banner" data-testid="as-of-banner">
          {t('asOfBanner', {
            date: formatPreciseDate({ date: historicalAsOf, precision: 'DAY' }, locale),
          })}{' '}
          <Link href={`/pledges/${slug}`}>{t('asOfNow')}</Link>
        </p>
      ) : null}

      <h2>{t('promiseHeading')}</h2>
      <dl className="facts">
        <PledgePromiseFacts pledge={pledge} unit={indicator.unit} />
        <dt>{common('announced')}</dt>
        <dd>{formatPreciseDate(pledge.announcedOn, locale)}</dd>
      </dl>
      <PledgeQuote pledge={pledge} />

      <div className="judgement">
        <section className="computed-panel" aria-labelledby="computed-heading">
          <h2 id="computed-heading">{t('computedHeading')}</h2>
          {numeric ? (
            <>
              <p className="card__meta">
                <StatusBadge status={status} />
              </p>
              <p className="status-reason" data-testid="status-reason">
                {formatStatusReason(
                  status,
                  indicator.unit,
                  { locale, t: progress },
                  pledge.baseline?.value,
                )}
              </p>
            </>
          ) : (
            <p className="citation" data-testid="status-not-computed">
              {t('computedNone')}
            </p>
          )}
        </section>
        <VerdictPanel verdict={inForce} status={status} />
      </div>

      <h2 id="verdict-history">{t('historyHeading')}</h2>
      <VerdictHistoryTable verdicts={verdicts} />

      <h2>{t('revisionsHeading')}</h2>
      <PledgeHistoryTable history={history} unit={indicator.unit} />
    </article>
  );
}
