import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SourceForm } from '@/components/staff/source-form';
import { StaffBar } from '@/components/staff/staff-bar';
import { formatDateAsTyped } from '@/lib/domain/parse-reported-date';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { staffData } from '@/lib/server/staff/staff-data';
import { readLocale } from '@/i18n/read-locale';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateMetadata = pageTitle<{ locale: string; slug: string }>(
  'staff',
  'correctSourceTitle',
  ({ slug }) => ({ name: slug }),
);

export default async function CorrectSourcePage({ params }: Props) {
  const locale = await readLocale(params);
  const { slug } = await params;
  const actor = await requireStaffPage(locale);
  const source = await staffData.getSource(slug);
  if (!source) notFound();
  const language = await staffData.getSourceLanguage(slug);
  const t = await getTranslations('staff');
  return (
    <>
      <StaffBar actor={actor} />
      <h1>{t('correctSourceTitle', { name: source.title })}</h1>
      <p className="lede">{t('correctDescriptionIntro')}</p>
      <SourceForm
        correct={{
          slug,
          initial: {
            title: source.title,
            publisher: source.publisher,
            publishedOn: formatDateAsTyped(source.publishedOn),
            author: source.author ?? '',
            url: source.url ?? '',
            language,
            slug,
            reason: '',
          },
        }}
      />
    </>
  );
}
