import { getTranslations } from 'next-intl/server';
import { ImportForm } from '@/components/staff/import-form';
import { StaffBar } from '@/components/staff/staff-bar';
import { IMPORT_COLUMNS } from '@/lib/domain/import-columns';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { getImportSettings } from '@/lib/server/staff/import-settings';
import { readLocale } from '@/i18n/read-locale';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = pageTitle('staffImport', 'title');

export default async function ImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await readLocale(params);
  const actor = await requireStaffPage(locale);
  const t = await getTranslations('staffImport');
  return (
    <>
      <StaffBar actor={actor} />
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <ImportForm limits={getImportSettings().limits} />
      <h2>{t('formatTitle')}</h2>
      <p>
        <a href="/api/staff/imports/figures/template?lang=ko" download>
          {t('template')}
        </a>{' '}
        ·{' '}
        <a href="/api/staff/imports/figures/template?lang=en" download>
          {t('templateEn')}
        </a>
      </p>
      <div className="table-wrap" role="region" aria-label={t('formatTitle')} tabIndex={0}>
        <table className="data" data-testid="import-columns">
          <caption>{t('formatTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('column')}</th>
              <th scope="col">{t('description')}</th>
              <th scope="col">{t('example')}</th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_COLUMNS.map((column) => (
              <tr key={column.name}>
                <th scope="row">
                  <code>{column.name}</code> / <span lang="ko">{column.ko}</span>
                  <br />
                  <small>{column.required ? t('required') : t('optional')}</small>
                </th>
                <td>{t(`columns.${column.name}`)}</td>
                <td>{column.example ? <code>{column.example}</code> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
