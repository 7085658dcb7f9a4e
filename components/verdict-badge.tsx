import { useTranslations } from 'next-intl';
import type { VerdictRating } from '@/lib/domain/verdict';

/**
 * A verdict as a badge: "평가 완료" / "Verdict: Completed". The word "verdict" is part of the badge,
 * so it never reads as the computed status beside it; colour only repeats the text.
 */
export function VerdictBadge({ rating }: { rating: VerdictRating }) {
  const t = useTranslations('verdicts');
  return (
    <span
      className={`verdict verdict--${rating.toLowerCase().replaceAll('_', '-')}`}
      data-verdict={rating}
    >
      <span className="verdict__label">{t('label')}</span> {t(`rating.${rating}`)}
    </span>
  );
}
