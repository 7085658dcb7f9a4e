import { describe, expect, it } from 'vitest';
import { computePledgeStatus, type StatusInput, type StatusPledge } from './pledge-status.ts';
import { toStatusInputs, type PaceNote, type StatusBaseline } from './status-inputs.ts';
import type { DatePrecision, PreciseDate } from './types.ts';

const d = (date: string, precision: DatePrecision = 'DAY'): PreciseDate => ({ date, precision });
const fig = (value: string, date: string) => ({ value, observedOn: d(date) });
const companies = { unit: 'COMPANIES', measure: 'CUMULATIVE', higherIsBetter: true } as const;
const target = (
  baseline: StatusPledge['baseline'],
  overrides: Partial<StatusPledge> = {},
): StatusPledge => ({
  kind: 'TARGET',
  targetValue: '100',
  deadline: d('2024-12-31'),
  baseline,
  ...overrides,
});
const sourced = { value: '0', on: d('2021-01-01') };
const assumed = { ...sourced, assumed: true };
const input = (
  pledge: StatusPledge,
  figures: StatusInput['figures'],
  asOf = '2023-01-01',
): StatusInput => ({ pledge, indicator: companies, figures, asOf });

describe('toStatusInputs', () => {
  it.each<[string, StatusInput, PaceNote, Partial<StatusBaseline> | null]>([
    [
      'a pace assessed from a sourced baseline',
      input(target(sourced), [fig('50', '2023-01-01')]),
      'assessed',
      { value: '0', assumed: false, firstFigure: false },
    ],
    [
      'a pace assessed from the first reported figure when the pledge gives no baseline',
      input(target(null), [fig('10', '2021-01-01'), fig('50', '2023-01-01')]),
      'assessed',
      { value: '10', on: d('2021-01-01'), assumed: false, firstFigure: true },
    ],
    [
      'an assumed baseline and one figure: too few sourced points',
      input(target(assumed), [fig('50', '2023-01-01')]),
      'tooFewPoints',
      { value: '0', assumed: true, firstFigure: false },
    ],
    [
      'no baseline and one figure: too few sourced points',
      input(target(null), [fig('50', '2023-01-01')]),
      'tooFewPoints',
      null,
    ],
    [
      'two points but the latest figure is on the baseline date',
      input(target(sourced), [fig('50', '2021-01-01')]),
      'noSpan',
      { value: '0', assumed: false },
    ],
    [
      'reached: the pace is not assessed, the baseline still shown',
      input(target(assumed), [fig('120', '2023-01-01')]),
      'achieved',
      { value: '0', assumed: true, firstFigure: false },
    ],
    [
      'no deadline',
      input(target(sourced, { deadline: null }), [fig('50', '2023-01-01')]),
      'noDeadline',
      { value: '0' },
    ],
    [
      'the deadline has passed',
      input(target(sourced), [fig('50', '2023-01-01')], '2025-06-01'),
      'overdue',
      { value: '0' },
    ],
    ['no figure yet', input(target(null), []), 'noFigure', null],
    [
      'a milestone',
      input(target(null, { kind: 'MILESTONE', targetValue: null }), [fig('5', '2022-01-01')]),
      'judgedByVerdict',
      null,
    ],
    [
      'a policy',
      input(target(null, { kind: 'POLICY', targetValue: '1000000' }), [fig('5', '2022-01-01')]),
      'judgedByVerdict',
      null,
    ],
  ])('%s → %s', (_name, statusInput, note, baseline) => {
    const status = computePledgeStatus(statusInput);
    const inputs = toStatusInputs(status, statusInput.pledge.baseline);
    expect(inputs.note).toBe(note);
    if (baseline === null) expect(inputs.baseline).toBeNull();
    else expect(inputs.baseline).toMatchObject(baseline);
  });
});
