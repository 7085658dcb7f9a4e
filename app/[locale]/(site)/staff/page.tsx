import { getTranslations } from 'next-intl/server';
import { Pager } from '@/components/pager';
import { StaffBar } from '@/components/staff/staff-bar';
import { Link } from '@/i18n/navigation';
import { formatValue } from '@/lib/domain/format-value';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import {
  readStaffHomePages,
  STAFF_RECENT_FIGURES,
  toStaffHomeHref,
  type StaffHomePages,
} from '@/lib/domain/staff-pages';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { staffData } from '@/lib/server/staff/staff-data';
import { readLocale } from '@/i18n/read-locale';
import { localized } from '@/lib/domain/localized';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = pageTitle('staff', 'title');

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * Where staff start: the actions, then one page of each list — indicators with their figure
 * counts and newest few figures (`?page=`), pledges (`?pledges=`) and sources (`?sources=`) —
 * each with its total. What it reads is bounded by what it shows, at any size of the data.
 */
export default async function StaffHome({ params, searchParams }: PageProps) {
  const locale = await readLocale(params);
  const actor = await requireStaffPage(locale);
  const t = await getTranslations('staff');
  const requested = readStaffHomePages(await searchParams);
  const [indicators, figureTotal, pledges, sources, pendingVerdicts] = await Promise.all([
    staffData.listIndicatorSummaries(requested.indicators),
    staffData.countFigures(),
    staffData.listPledgePage(requested.pledges),
    staffData.listSourcePage(requested.sources),
    staffData.countPendingVerdicts(),
  ]);
  // The pages shown (a page past the last shows the last), which the pagers' links keep.
  const shown: StaffHomePages = {
    indicators: indicators.page,
    pledges: pledges.page,
    sources: sources.page,
  };
  const hrefFor = (list: keyof StaffHomePages) => (page: number) =>
    toStaffHomeHref(shown, list, page);
  return (
    <>
      <StaffBar actor={actor} />
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <p>
        <Link className="button-link" href="/staff/figures/new">
          {t('addFigure')}
        </Link>{' '}
        <Link className="button-link" href="/staff/pledges/new">
          {t('addPledge')}
        </Link>{' '}
        <Link className="button-link" href="/staff/sources/new">
          {t('addSource')}
        </Link>{' '}
        <Link className="button-link" href="/staff/indicators/new">
          {t('addIndicator')}
        </Link>{' '}
        <Link className="button-link" href="/staff/import">
          {t('importCsv')}
        </Link>{' '}
        <Link className="button-link" href="/staff/verdicts" data-testid="verdict-queue-link">
          {t('verdicts.homeLink', { count: pendingVerdicts })}
        </Link>
      </p>

      <h2 id="indicators">{t('figuresTitle')}</h2>
      <p>
        {t('home.figuresIntro', {
          indicators: indicators.total,
          figures: figureTotal,
          recent: STAFF_RECENT_FIGURES,
        })}
      </p>
      {indicators.items.map(({ indicator, figureCount, recentFigures }) => {
        const name = localized(indicator, 'name', locale);
        return (
          <section key={indicator.slug} className="staff-indicator" data-testid="staff-indicator">
            <h3>
              {name}{' '}
              <small>
                <Link
                  href={`/staff/indicators/${indicator.slug}`}
                  aria-label={`${t('correct')}: ${name}`}
                >
                  {t('correct')}
                </Link>
              </small>
            </h3>
            <p className="citation">
              {t('home.figureCount', { count: figureCount })}
              {figureCount > 0 ? (
                <>
                  {' · '}
                  <Link
                    href={`/staff/indicators/${indicator.slug}#figures`}
                    aria-label={`${t('home.allFigures')}: ${name}`}
                  >
                    {t('home.allFigures')}
                  </Link>
                </>
              ) : null}
              {' · '}
              <Link
                href={`/staff/figures/new?indicator=${indicator.slug}`}
                aria-label={`${t('addFigure')}: ${name}`}
              >
                {t('addFigure')}
              </Link>
            </p>
            {recentFigures.length > 0 ? (
              <ul className="staff-figures">
                {recentFigures.map((figure) => {
                  const value = formatValue(figure.value, indicator.unit, locale);
                  const date = formatPreciseDate(figure.observedOn, locale);
                  return (
                    <li key={figure.slug}>
                      <span className="num">{value}</span> · {date} ·{' '}
                      <span className="citation">{t('revisionN', { n: figure.revision })}</span>{' '}
                      <Link
                        href={`/staff/figures/${figure.slug}`}
                        aria-label={`${t('correct')}: ${name} ${value} (${date})`}
                      >
                        {t('correct')}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </section>
        );
      })}
      <Pager
        page={indicators.page}
        pageCount={indicators.pageCount}
        hrefFor={hrefFor('indicators')}
        label={t('home.indicatorPages')}
      />

      <h2 id="pledges">{t('pledgesTitle')}</h2>
      {pledges.total > 0 ? (
        <p>{t('home.pledgesIntro', { total: pledges.total })}</p>
      ) : (
        <p>{t('home.noPledges')}</p>
      )}
      <ul className="staff-figures" data-testid="staff-pledges">
        {pledges.items.map((pledge) => {
          const title = localized(pledge, 'title', locale);
          return (
            <li key={pledge.slug}>
              {title} · <span className="citation">{t('revisionN', { n: pledge.revision })}</span>{' '}
              <Link href={`/staff/pledges/${pledge.slug}`} aria-label={`${t('correct')}: ${title}`}>
                {t('correct')}
              </Link>
            </li>
          );
        })}
      </ul>
      <Pager
        page={pledges.page}
        pageCount={pledges.pageCount}
        hrefFor={hrefFor('pledges')}
        label={t('home.pledgePages')}
      />

      <h2 id="sources">{t('sourcesTitle')}</h2>
      {sources.total > 0 ? (
        <p>{t('home.sourcesIntro', { total: sources.total })}</p>
      ) : (
        <p>{t('home.noSources')}</p>
      )}
      <ul className="staff-figures" data-testid="staff-sources">
        {sources.items.map((source) => (
          <li key={source.slug}>
            {source.publisher} · {formatPreciseDate(source.publishedOn, locale)} · {source.title}{' '}
            <Link
              href={`/staff/sources/${source.slug}`}
              aria-label={`${t('correct')}: ${source.title}`}
            >
              {t('correct')}
            </Link>
          </li>
        ))}
      </ul>
      <Pager
        page={sources.page}
        pageCount={sources.pageCount}
        hrefFor={hrefFor('sources')}
        label={t('home.sourcePages')}
      />
    </>
  );
}
