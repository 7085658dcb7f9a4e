import type { PledgeStatusCode } from './pledge-status.ts';
import type { VerdictRating } from './verdict.ts';

/**
 * Where the methodology page defines each status and verdict stage, so a badge or a "how this was
 * computed" note elsewhere links straight to the definition it uses.
 */

/** The public page that defines every status and verdict. */
export const METHODOLOGY_PATH = '/methodology';

/** The id of a status's row on the methodology page, so a badge can link to its definition. */
export function toStatusAnchor(status: PledgeStatusCode): string {
  return `status-${status}`;
}

/** The id of a verdict stage's row on the methodology page. */
export function toVerdictAnchor(rating: VerdictRating): string {
  return `verdict-${rating}`;
}

/** The link to one definition: `/methodology#status-ON_TRACK`. */
export function toMethodologyHref(anchor: string): string {
  return `${METHODOLOGY_PATH}#${anchor}`;
}
