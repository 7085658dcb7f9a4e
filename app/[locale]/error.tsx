'use client';

import { useTranslations } from 'next-intl';

/**
 * Unexpected failures end here. Next passes only a digest to the browser in production, never
 * the message or stack; the digest matches the server log line for whoever investigates.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('error');
  return (
    <div className="error-page" role="alert">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      {error.digest ? <p className="citation">{t('reference', { digest: error.digest })}</p> : null}
      <button type="button" className="button-link" onClick={reset}>
        {t('retry')}
      </button>
    </div>
  );
}
