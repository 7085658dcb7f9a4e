/**
 * The chart's colours, shared by the interactive chart and the image renderer so a downloaded
 * image reads like the page it came from. Each passes 3:1 contrast on white (WCAG non-text).
 */
export const CHART_COLORS = {
  figure: '#0b5cad',
  target: '#b3261e',
  path: '#6b7280',
  achieved: '#17663a',
  grid: '#e5e8ec',
  axis: '#4a525c',
  text: '#1f2328',
  muted: '#57606a',
} as const;

/** How faded a superseded target or path is drawn: still visible, clearly not the current one. */
export const SUPERSEDED_OPACITY = 0.35;
