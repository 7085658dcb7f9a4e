'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { toChartImagePath, toChartViewPath } from '@/lib/domain/chart-view';
import type { AmountDisplay } from '@/lib/domain/format-value';

interface ChartShareProps {
  slug: string;
  name: string;
  period: string;
  display: AmountDisplay;
}

/**
 * Everything a journalist or a staff member needs to take the chart elsewhere in the view on
 * screen: the image (SVG for print, PNG for slides) with its sources drawn in, the link, and the
 * code that embeds it with its citation in another page.
 */
export function ChartShare({ slug, name, period, display }: ChartShareProps) {
  const t = useTranslations('share');
  const locale = useLocale();
  const embedId = useId();
  // The address of this server is only known in the browser; the first render leaves it out, so
  // the server's HTML and the browser's first render agree.
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);

  const view = { slug, locale, period, units: display };
  const pageUrl = `${origin}${toChartViewPath(view)}`;
  const embedUrl = `${origin}${toChartViewPath(view, 'embed')}`;
  const embedCode = `<iframe src="${embedUrl}" title="${escapeAttribute(`${name} — Pledgeboard`)}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;

  return (
    <section className="chart-share" aria-labelledby={`${embedId}-heading`}>
      <h3 id={`${embedId}-heading`}>{t('heading')}</h3>
      <ul className="downloads chart-share__images">
        <li>
          <a
            href={toChartImagePath(view, { format: 'png', download: true })}
            download
            data-format="png"
          >
            {t('png')}
          </a>
        </li>
        <li>
          <a
            href={toChartImagePath(view, { format: 'svg', download: true })}
            download
            data-format="svg"
          >
            {t('svg')}
          </a>
        </li>
        <li>
          <CopyButton
            text={pageUrl}
            label={t('copyLink')}
            done={t('copied')}
            failed={t('copyFailed')}
          />
        </li>
      </ul>
      <label htmlFor={embedId}>{t('embedLabel')}</label>
      <div className="chart-share__embed">
        <textarea
          id={embedId}
          readOnly
          rows={3}
          value={embedCode}
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton
          text={embedCode}
          label={t('copyEmbed')}
          done={t('copied')}
          failed={t('copyFailed')}
        />
      </div>
      <p className="citation">{t('imageNote')}</p>
    </section>
  );
}

function CopyButton({
  text,
  label,
  done,
  failed,
}: {
  text: string;
  label: string;
  done: string;
  failed: string;
}) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const say = (next: string) => {
    // Cleared first, so a second click is announced again by screen readers.
    setMessage('');
    clearTimeout(timer.current);
    requestAnimationFrame(() => setMessage(next));
    timer.current = setTimeout(() => setMessage(''), 4000);
  };
  return (
    <>
      <button
        type="button"
        className="button-link"
        onClick={async () => {
          try {
            // Absent on plain http and in some embedded browsers; refused when permission is denied.
            await navigator.clipboard.writeText(text);
            say(done);
          } catch {
            say(failed);
          }
        }}
      >
        {label}
      </button>
      <span role="status" className="chart-share__status">
        {message}
      </span>
    </>
  );
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
