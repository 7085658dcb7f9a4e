import { formatValue } from '../format-value.ts';
import type { PledgeStatus } from '../pledge-status.ts';
import { toIsoPeriod } from '../precise-date.ts';
import { formatStatusLabel, formatStatusReason } from '../progress-reason.ts';
import type { Translators } from '../translator.ts';
import type {
  FigureRecord,
  IndicatorRecord,
  PledgeRecord,
  SourceRef,
  VerdictSummary,
} from '../records.ts';
import { POLITIFACT_EQUIVALENT, verdictDisagrees } from '../verdict.ts';
import type {
  FigureDto,
  IndicatorDto,
  CursorPaged,
  Paged,
  PledgeDto,
  SourceDto,
  SourceRefDto,
  VerdictDto,
} from './schemas.ts';

/** Records → the API's shapes (schemas.ts). Both languages travel together; clients pick. */

export function toSourceRefDto(source: SourceRef): SourceRefDto {
  return {
    slug: source.slug,
    title: source.title,
    publisher: source.publisher,
    publisherInferred: source.publisherInferred,
    published: toIsoPeriod(source.publishedOn),
    publishedPrecision: source.publishedOn.precision,
    publishedInferred: source.publishedInferred,
    url: source.url,
  };
}

export function toSourceDto(source: SourceRef): SourceDto {
  return {
    ...toSourceRefDto(source),
    author: source.author,
    dateNote: source.dateNote,
    publisherNote: source.publisherNote,
  };
}

export function toIndicatorDto(indicator: IndicatorRecord): IndicatorDto {
  return {
    slug: indicator.slug,
    name: { ko: indicator.nameKo, en: indicator.nameEn },
    description: { ko: indicator.descriptionKo, en: indicator.descriptionEn },
    unit: indicator.unit,
    measure: indicator.measure,
    higherIsBetter: indicator.higherIsBetter,
    theme: {
      slug: indicator.theme.slug,
      name: { ko: indicator.theme.nameKo, en: indicator.theme.nameEn },
    },
    links: {
      page: `/indicators/${indicator.slug}`,
      csv: `/downloads?scope=indicator&slug=${indicator.slug}&format=csv`,
    },
  };
}

export function toFigureDto(
  figure: FigureRecord,
  indicator: Pick<IndicatorRecord, 'unit'>,
): FigureDto {
  return {
    slug: figure.slug,
    indicator: figure.indicatorSlug,
    value: figure.value,
    unit: indicator.unit,
    display: {
      ko: formatValue(figure.value, indicator.unit, 'ko'),
      en: formatValue(figure.value, indicator.unit, 'en'),
    },
    date: toIsoPeriod(figure.observedOn),
    datePrecision: figure.observedOn.precision,
    revision: figure.revision,
    quote: figure.quote,
    note: { ko: figure.noteKo, en: figure.noteEn },
    source: toSourceRefDto(figure.source),
  };
}

export function toPledgeDto(
  pledge: PledgeRecord,
  indicator: Pick<IndicatorRecord, 'unit'>,
  status: PledgeStatus,
  /** The `progress` messages in each language, for the status's label and reason. */
  progress: Translators,
  /** The verdict in force, with its evidence, and the `verdicts` messages for its name. */
  verdict: { summary: VerdictSummary | null; words: Translators },
): PledgeDto {
  const unit = indicator.unit;
  return {
    slug: pledge.slug,
    kind: pledge.kind,
    indicator: pledge.indicatorSlug,
    title: { ko: pledge.titleKo, en: pledge.titleEn },
    target: pledge.targetValue,
    unit,
    targetDisplay: pledge.targetValue
      ? {
          ko: formatValue(pledge.targetValue, unit, 'ko'),
          en: formatValue(pledge.targetValue, unit, 'en'),
        }
      : null,
    deadline: pledge.deadline ? toIsoPeriod(pledge.deadline) : null,
    deadlinePrecision: pledge.deadline?.precision ?? null,
    deadlineInferred: pledge.deadlineInferred,
    baseline: pledge.baseline
      ? {
          value: pledge.baseline.value,
          date: toIsoPeriod(pledge.baseline.on),
          datePrecision: pledge.baseline.on.precision,
          assumed: pledge.baseline.assumed,
        }
      : null,
    announced: toIsoPeriod(pledge.announcedOn),
    announcedPrecision: pledge.announcedOn.precision,
    administration: {
      slug: pledge.administration.slug,
      name: { ko: pledge.administration.nameKo, en: pledge.administration.nameEn },
      mayor: { ko: pledge.administration.mayorKo, en: pledge.administration.mayorEn },
    },
    supersedes: pledge.supersedesSlug,
    supersededBy: pledge.supersededBySlug,
    revision: pledge.revision,
    quote: pledge.quote,
    note: { ko: pledge.noteKo, en: pledge.noteEn },
    source: toSourceRefDto(pledge.source),
    status: {
      code: status.status,
      label: {
        ko: formatStatusLabel(status, progress.ko),
        en: formatStatusLabel(status, progress.en),
      },
      reason: {
        ko: formatStatusReason(
          status,
          unit,
          { locale: 'ko', t: progress.ko },
          pledge.baseline?.value,
        ),
        en: formatStatusReason(
          status,
          unit,
          { locale: 'en', t: progress.en },
          pledge.baseline?.value,
        ),
      },
      asOf: status.asOf,
      share: status.share,
      paceRatio: status.paceRatio,
      achievedOn: status.achievedOn ? toIsoPeriod(status.achievedOn) : null,
      monthsEarly: status.monthsEarly,
    },
    verdict: verdict.summary && toVerdictDto(pledge.slug, verdict.summary, status, verdict.words),
  };
}

export function toVerdictDto(
  pledgeSlug: string,
  verdict: VerdictSummary,
  status: PledgeStatus,
  words: Translators,
): VerdictDto {
  return {
    rating: verdict.rating,
    label: { ko: words.ko(`rating.${verdict.rating}`), en: words.en(`rating.${verdict.rating}`) },
    politifact: POLITIFACT_EQUIVALENT[verdict.rating],
    reasoning: { ko: verdict.reasoningKo, en: verdict.reasoningEn },
    publishedAt: verdict.publishedAt,
    reviewed: !verdict.unreviewed,
    corrected: verdict.corrected,
    disagreesWithStatus: verdictDisagrees(verdict.rating, status.status),
    evidence: (verdict.evidence ?? []).map((evidence) => ({
      quote: evidence.quote,
      date: toIsoPeriod(evidence.on),
      datePrecision: evidence.on.precision,
      source: toSourceRefDto(evidence.source),
    })),
    links: { page: `/pledges/${pledgeSlug}#verdict` },
  };
}

/** The envelope of a paged list, with links that keep the caller's other parameters. */
export function toPage<T>(
  data: T[],
  totalItems: number,
  page: { number: number; size: number },
  url: URL,
): Paged<T> {
  const totalPages = Math.max(1, Math.ceil(totalItems / page.size));
  const linkTo = (number: number) => {
    const next = new URL(url);
    next.searchParams.set('page', String(number));
    return `${next.pathname}${next.search}`;
  };
  return {
    data,
    page: { number: page.number, size: page.size, totalItems, totalPages },
    links: {
      self: linkTo(page.number),
      next: page.number < totalPages ? linkTo(page.number + 1) : null,
      prev: page.number > 1 ? linkTo(Math.min(page.number - 1, totalPages)) : null,
    },
  };
}

/**
 * A page of a keyset-paged list: `next` carries the cursor of the page's last item when more
 * follow (`hasMore`, known from reading one item beyond the page); page numbers and totals
 * appear only where they are cheap (see cursorPageOf).
 */
export function toCursorPage<T>(
  data: T[],
  options: {
    totalItems: number | null;
    number: number | null;
    size: number;
    nextCursor: string | null;
    url: URL;
  },
): CursorPaged<T> {
  const { totalItems, number, size, nextCursor, url } = options;
  const link = (change: (params: URLSearchParams) => void) => {
    const target = new URL(url);
    change(target.searchParams);
    return `${target.pathname}${target.search}`;
  };
  return {
    data,
    page: {
      number,
      size,
      totalItems,
      totalPages: totalItems === null ? null : Math.max(1, Math.ceil(totalItems / size)),
    },
    links: {
      self: link(() => undefined),
      next: nextCursor
        ? link((params) => {
            params.delete('page');
            params.set('cursor', nextCursor);
          })
        : null,
      prev:
        number !== null && number > 1
          ? link((params) => params.set('page', String(number - 1)))
          : null,
    },
  };
}
