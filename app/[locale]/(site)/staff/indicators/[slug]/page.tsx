import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Pager } from '@/components/pager';
import { IndicatorForm } from '@/components/staff/indicator-form';
import { StaffFigureList } from '@/components/staff/staff-figure-list';
import { StaffBar } from '@/components/staff/staff-bar';
import { Link } from '@/i18n/navigation';
import { toPageNumber } from '@/lib/domain/page-number';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { staffData } from '@/lib/server/staff/staff-data';
import { listIndicatorFormOptions } from '@/lib/server/staff/list-indicator-form-options';
import { readLocale } from '@/i18n/read-locale';
import { localized } from '@/lib/domain/localized';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageTitle<{ locale: string; slug: string }>(
  'staff',
  'correctIndicatorTitle',
  ({ slug }) => ({ name: slug }),
);

/** An indicator's correction form, then its figures a page at a time (`?page=`), newest first. */
export default async function CorrectIndicatorPage({ params, searchParams }: Props) {
  const locale = await readLocale(params);
  const { slug } = await params;
  const actor = await requireStaffPage(locale);
  const requestedPage = toPageNumber((await searchParams).page);
  const [indicator, figures, options] = await Promise.all([
    staffData.getIndicator(slug),
    staffData.listIndicatorFigurePage(slug, requestedPage),
    listIndicatorFormOptions(locale),
  ]);
  if (!indicator) notFound();
  const t = await getTranslations('staff');
  const name = localized(indicator, 'name', locale);
  const pageHref = (page: number) =>
    `/staff/indicators/${slug}${page > 1 ? `?page=${page}` : ''}#figures`;
  return (
    <>
      <StaffBar actor={actor} />
      <h1>{t('correctIndicatorTitle', { name })}</h1>
      <p className="lede">{t('correctDescriptionIntro')}</p>
      <IndicatorForm
        {...options}
        correctSlug={slug}
        initial={{
          slug,
          theme: indicator.theme.slug,
          nameKo: indicator.nameKo,
          nameEn: indicator.nameEn,
          descriptionKo: indicator.descriptionKo,
          descriptionEn: indicator.descriptionEn,
          unit: indicator.unit,
          measure: indicator.measure,
          higherIsBetter: indicator.higherIsBetter,
          reason: '',
        }}
      />
      <h2 id="figures">{t('indicatorFigures.title')}</h2>
      <p>
        {figures.total > 0
          ? t('indicatorFigures.intro', { total: figures.total })
          : t('indicatorFigures.none')}
      </p>
      <p>
        <Link className="button-link" href={`/staff/figures/new?indicator=${slug}`}>
          {t('indicatorFigures.addHere')}
        </Link>{' '}
        <Link href={`/indicators/${slug}`}>{t('indicatorFigures.publicPage')}</Link>
      </p>
      {figures.total > 0 ? (
        <>
          <StaffFigureList figures={figures.items} unit={indicator.unit} indicatorName={name} />
          <Pager
            page={figures.page}
            pageCount={figures.pageCount}
            hrefFor={pageHref}
            label={t('indicatorFigures.pages')}
          />
        </>
      ) : null}
    </>
  );
}
