import { useTranslations } from 'next-intl';
import type { PledgeKind } from '@/lib/domain/types';

/**
 * A milestone's or a policy's mark beside its status: these are judged by verdicts, not by the
 * pace of a figure, so the reader should see the kind before reading the figures as progress. A
 * numeric target, the common case, has none.
 */
export function PledgeKindBadge({ kind }: { kind: PledgeKind }) {
  const t = useTranslations('common');
  if (kind === 'TARGET') return null;
  return (
    <span className={`badge badge--${kind.toLowerCase()}`} data-kind={kind}>
      {t(kind === 'POLICY' ? 'policy' : 'milestone')}
    </span>
  );
}
