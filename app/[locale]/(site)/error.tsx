'use client';

import { useTranslations } from 'next-intl';

/**
 * Unexpected failures end here. Next passes only a digest to the browser in production, never
 * the message or stack; the digest matches the server log line for whoever investigates.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('error');
  const digest =
    error instanceof Error && 'digest' in error && typeof error.digest === 'string'
      ? error.digest
      : null;
  return (
    <div className="error-page" role="alert">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      {digest ? <p className="citation">{t('reference', { digest })}</p> : null}
      {/* retry() fetches the page again from the server; reset() would only re-render the failed result. */}
      <button type="button" className="button-link" onClick={() => retry()}>
        {t('retry')}
      </button>
    </div>
  );
}
