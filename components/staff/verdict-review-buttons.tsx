'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useRouter } from '@/i18n/navigation';
import type { ReviewDecision } from '@/lib/domain/verdict';
import { FormAlert } from './form-field';
import { useStaffMutation } from './use-staff-mutation';
import { VerdictRefusal } from './verdict-refusal';

/**
 * Approve (publish) or reject a pending verdict, with an optional note for its proposer. On one's
 * own proposal while review is required there are no buttons, only why: the route refuses it too.
 */
export function VerdictReviewButtons({
  verdictId,
  ownProposal,
  refreshOnDone = true,
}: {
  verdictId: number;
  /** The reader proposed it and review is required. */
  ownProposal: boolean;
  /**
   * Whether the page reads its verdicts again once reviewed. The queue does not: the verdict
   * would vanish from it with the word of what became of it; it goes at the next visit.
   */
  refreshOnDone?: boolean;
}) {
  const t = useTranslations('staff.verdicts');
  const router = useRouter();
  const [note, setNote] = useState('');
  const review = useStaffMutation<{ decision: ReviewDecision; note?: string }>(
    'POST',
    `/api/staff/verdicts/${verdictId}/review`,
  );
  if (ownProposal)
    return (
      <p className="staff-verdict__own" data-testid="own-proposal">
        {t('ownProposal')}
      </p>
    );
  if (review.isSuccess && review.variables)
    return <FormAlert tone="success">{t(`reviewed_${review.variables.decision}`)}</FormAlert>;
  const noteId = `verdict-${verdictId}-note`;
  const send = (decision: ReviewDecision) =>
    review.mutate(
      { decision, ...(note.trim() ? { note } : {}) },
      { onSuccess: () => (refreshOnDone ? router.refresh() : undefined) },
    );
  return (
    <div className="staff-verdict__review">
      <VerdictRefusal error={review.error} />
      <div className="form-field">
        <label htmlFor={noteId}>{t('note')}</label>
        <textarea
          id={noteId}
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <p>
        <button
          type="button"
          className="button"
          aria-describedby={`verdict-${verdictId}`}
          disabled={review.isPending}
          onClick={() => send('APPROVED')}
        >
          {t('approve')}
        </button>{' '}
        <button
          type="button"
          className="button button--quiet"
          aria-describedby={`verdict-${verdictId}`}
          disabled={review.isPending}
          onClick={() => send('REJECTED')}
        >
          {t('reject')}
        </button>
      </p>
    </div>
  );
}
