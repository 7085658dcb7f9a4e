import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { formatValue } from '@/lib/domain/format-value';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import type { FigureRecord, IndicatorRecord, PledgeRecord, SourceRef } from '@/lib/domain/records';
import { dashboard } from '@/lib/server/dashboard';
import { readLocale } from '@/i18n/read-locale';
import { localized } from '@/lib/domain/localized';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = pageTitle('sources', 'title');

export default async function SourcesPage({ params }: { params: Promise<{ locale: string }> }) {
  await readLocale(params);
  const [sources, figures, pledges, indicators] = await Promise.all([
    dashboard.listSources(),
    dashboard.listFigures(),
    dashboard.listPledges(),
    dashboard.listIndicators(),
  ]);
  return <Sources sources={sources} figures={figures} pledges={pledges} indicators={indicators} />;
}

function Sources(props: {
  sources: SourceRef[];
  figures: FigureRecord[];
  pledges: PledgeRecord[];
  indicators: IndicatorRecord[];
}) {
  const t = useTranslations('sources');
  const common = useTranslations('common');
  const locale = useLocale();
  const indicators = new Map(props.indicators.map((indicator) => [indicator.slug, indicator]));
  const unitOf = (slug: string) => {
    const indicator = indicators.get(slug);
    // Every figure references an indicator (a foreign key); a miss here is a bug, not a display case.
    if (!indicator) throw new Error(`Figure of unknown indicator ${slug}`);
    return indicator.unit;
  };
  const nameOf = (slug: string) => {
    const indicator = indicators.get(slug);
    return indicator ? localized(indicator, 'name', locale) : slug;
  };
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro', { count: props.sources.length })}</p>
      <ol className="source-list">
        {props.sources.map((source) => {
          const figures = props.figures.filter((figure) => figure.source.slug === source.slug);
          const pledges = props.pledges.filter((pledge) => pledge.source.slug === source.slug);
          return (
            <li key={source.slug} id={source.slug} className="source-item" tabIndex={-1}>
              <h2 style={{ marginTop: 0 }} lang="ko">
                {source.title}
              </h2>
              <dl className="facts">
                <dt>{common('publisher')}</dt>
                <dd>
                  <span lang="ko">{source.publisher}</span>
                  {source.publisherInferred ? (
                    <span className="badge badge--inferred"> {common('inferred')}</span>
                  ) : null}
                </dd>
                <dt>{t('published')}</dt>
                <dd>
                  {formatPreciseDate(source.publishedOn, locale)}
                  {source.publishedInferred ? (
                    <span className="badge badge--inferred"> {common('inferred')}</span>
                  ) : null}
                </dd>
                {source.author ? (
                  <>
                    <dt>{t('author')}</dt>
                    <dd lang="ko">{source.author}</dd>
                  </>
                ) : null}
              </dl>
              {source.publishedInferred && source.dateNote ? (
                <p className="notice">
                  {t('dateInferred')} <span lang="ko">{source.dateNote}</span>
                </p>
              ) : null}
              {source.publisherInferred && source.publisherNote ? (
                <p className="notice">
                  {t('publisherInferred')} <span lang="ko">{source.publisherNote}</span>
                </p>
              ) : null}
              {figures.length === 0 && pledges.length === 0 ? <p>{t('nothingQuoted')}</p> : null}
              {figures.length > 0 ? (
                <>
                  <h3>{t('figuresQuoted')}</h3>
                  <ul className="quoted-list">
                    {figures.map((figure) => (
                      <li key={figure.slug}>
                        <Link href={`/indicators/${figure.indicatorSlug}#figure-${figure.slug}`}>
                          {nameOf(figure.indicatorSlug)}
                        </Link>
                        :{' '}
                        <strong>
                          {formatValue(figure.value, unitOf(figure.indicatorSlug), locale)}
                        </strong>{' '}
                        ({formatPreciseDate(figure.observedOn, locale)})
                        <blockquote className="quote" lang="ko">
                          “{figure.quote}”
                        </blockquote>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {pledges.length > 0 ? (
                <>
                  <h3>{t('pledgesQuoted')}</h3>
                  <ul className="quoted-list">
                    {pledges.map((pledge) => (
                      <li key={pledge.slug}>
                        <Link href={`/indicators/${pledge.indicatorSlug}#pledge-${pledge.slug}`}>
                          {localized(pledge, 'title', locale)}
                        </Link>{' '}
                        ({localized(pledge.administration, 'name', locale)})
                        <blockquote className="quote" lang="ko">
                          “{pledge.quote}”
                        </blockquote>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
