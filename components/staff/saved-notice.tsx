import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { FormAlert } from './form-field';

/** After a correction is saved (`?saved=1`): says so, with a link to the record's public history. */
export function SavedNotice({ historyHref }: { historyHref: string }) {
  const t = useTranslations('staff');
  return (
    <FormAlert tone="success">
      {t('saved')} <Link href={historyHref}>{t('history')}</Link>
    </FormAlert>
  );
}
