import { useTranslations } from 'next-intl';
import { DOWNLOAD_FORMATS, toDownloadHref } from '@/lib/domain/download-query';

/**
 * The four downloads of a view. Every file carries exact values, dates with precision, and the
 * source and quote of each row; the labels say which file suits Excel and which suits scripts.
 */
export function DownloadLinks({
  scope,
  label,
}: {
  scope: Record<string, string | undefined>;
  label: string;
}) {
  const t = useTranslations('downloads');
  return (
    <nav className="downloads" aria-label={label}>
      <span className="downloads__label">{label}:</span>
      <ul>
        {DOWNLOAD_FORMATS.map((format) => (
          <li key={format}>
            <a href={toDownloadHref(scope, format)} download data-format={format}>
              {t(`format.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
