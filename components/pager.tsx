import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

interface PagerProps {
  page: number;
  pageCount: number;
  /** Links to each page (pages the server renders), or… */
  hrefFor?: (page: number) => string;
  /** …buttons that change a view held in the browser. */
  onPage?: (page: number) => void;
  /** What the pager moves through, where a page has more than one (its navigation's name). */
  label?: string;
}

/**
 * Previous / next and where the reader is, for any list the server cuts into pages. Nothing is
 * shown for a single page; an unavailable direction is plain text, not a dead link. Not a client
 * component itself: server pages hand it a function for their links (which could not cross into
 * the browser), and the tracker, a client component, renders it with buttons.
 */
export function Pager({ page, pageCount, hrefFor, onPage, label }: PagerProps) {
  const t = useTranslations('common.pager');
  if (pageCount <= 1) return null;
  const step = (target: number, label: string, rel: 'prev' | 'next') => {
    if (target < 1 || target > pageCount) return <span aria-disabled="true">{label}</span>;
    if (hrefFor)
      return (
        <Link href={hrefFor(target)} rel={rel} scroll={false}>
          {label}
        </Link>
      );
    return (
      <button type="button" className="button-link" onClick={() => onPage?.(target)}>
        {label}
      </button>
    );
  };
  return (
    <nav className="pager" aria-label={label ?? t('label')}>
      {step(page - 1, t('previous'), 'prev')}
      <span aria-current="page">{t('pageOf', { page, pages: pageCount })}</span>
      {step(page + 1, t('next'), 'next')}
    </nav>
  );
}
