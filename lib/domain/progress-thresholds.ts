/**
 * When a pace counts as on track. The defaults follow Open SDG's progress-status method: the
 * ratio of observed progress to the progress required by now (on the straight line from baseline
 * to target) is "on track" from 95%, "needs acceleration" from 60%, "behind" below that, and
 * "deteriorating" when the indicator moved away from the target. One object, so a city that
 * briefs with other cut-offs changes them here and nowhere else.
 */
export interface ProgressThresholds {
  /** Pace ratio at or above which a pledge is on track. */
  onTrack: number;
  /** Pace ratio at or above which a pledge needs acceleration (below: behind). */
  needsAcceleration: number;
}

export const DEFAULT_PROGRESS_THRESHOLDS: ProgressThresholds = {
  onTrack: 0.95,
  needsAcceleration: 0.6,
};
