import type { VerdictEvidenceRecord } from '@/lib/domain/records';
import { SourceCitation } from './source-citation';

/**
 * One piece of a verdict's evidence as the public pages show it: the exact quote, its source
 * (linked), and the date it speaks of, worded by the caller (`dated`).
 */
export function EvidenceQuote({
  evidence,
  dated,
}: {
  evidence: VerdictEvidenceRecord;
  dated: string;
}) {
  return (
    <>
      <blockquote className="quote" lang="ko">
        “{evidence.quote}”
      </blockquote>
      <SourceCitation source={evidence.source} />
      <span className="citation"> · {dated}</span>
    </>
  );
}
