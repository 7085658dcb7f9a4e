import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type {
  SeedDataset,
  SeedFigure,
  SeedPledge,
  SeedVerdict,
} from '../../../prisma/seed/types.ts';
import { isDecimalString, normalizeDecimal } from '../../domain/exact-decimal.ts';
import { fromDbDate, fromDbDecimal, toDbDate } from '../database/prisma-values.ts';
import { latestRevision } from '../queries/current-revision.ts';

/**
 * Loads the seed dataset in one transaction, idempotently: reference rows (themes,
 * administrations, sources, indicators) are upserted by slug; figures and pledges are
 * append-only, so a seed record that differs from what is stored gets a new revision with a
 * reason, and an unchanged one is left alone. Loading the same file twice changes nothing.
 */

export interface SeedReport {
  created: number;
  revised: number;
  unchanged: number;
}

const SEED_AUTHOR = 'seed';
/** Who wrote a revision the seed appends, and why. */
const SEED_REVISION = {
  createdBy: SEED_AUTHOR,
  reason: '시드 데이터 파일(prisma/seed/data.ts)이 바뀌어 다시 불러옴 / seed file changed',
};

type Tx = Prisma.TransactionClient;

/** Advisory lock id, beside migrate.ts's 7_531_902 and app-role.ts's 7_531_903. */
const SEED_LOCK_KEY = 7_531_904;

export async function loadSeed(prisma: PrismaClient, dataset: SeedDataset): Promise<SeedReport> {
  return prisma.$transaction(
    async (tx) => {
      // Several servers starting at once each load the seed: one after another, the later ones
      // find it loaded (and change nothing) instead of appending the same revision twice.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`;
      const report: SeedReport = { created: 0, revised: 0, unchanged: 0 };
      const ids = await upsertReferenceData(tx, dataset);
      for (const figure of dataset.figures) tally(report, await loadFigure(tx, figure, ids));
      for (const pledge of dataset.pledges) tally(report, await loadPledge(tx, pledge, ids));
      await linkSupersededPledges(tx, dataset.pledges);
      for (const verdict of dataset.verdicts) tally(report, await loadVerdict(tx, verdict, ids));
      return report;
    },
    { timeout: 60_000 },
  );
}

type Outcome = 'created' | 'revised' | 'unchanged';

function tally(report: SeedReport, outcome: Outcome) {
  report[outcome] += 1;
}

interface IdMaps {
  theme: Map<string, number>;
  administration: Map<string, number>;
  source: Map<string, number>;
  indicator: Map<string, number>;
}

function idOf(map: Map<string, number>, key: string, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`Seed data: unknown ${what} "${key}"`);
  return id;
}

async function upsertReferenceData(tx: Tx, dataset: SeedDataset): Promise<IdMaps> {
  const ids: IdMaps = {
    theme: new Map(),
    administration: new Map(),
    source: new Map(),
    indicator: new Map(),
  };
  // A source or indicator staff have corrected keeps their correction: the seed file describes the
  // starting point, and reloading it must not undo later work (the audit log says which they are).
  const corrections = await tx.auditEvent.findMany({
    where: { action: { in: ['source.correct', 'indicator.correct'] }, outcome: 'ok' },
    select: { action: true, targetSlug: true },
  });
  const corrected = (kind: 'source' | 'indicator', slug: string) =>
    corrections.some((event) => event.action === `${kind}.correct` && event.targetSlug === slug);
  for (const theme of dataset.themes) {
    const data = { nameKo: theme.nameKo, nameEn: theme.nameEn, sortOrder: theme.sortOrder };
    const row = await tx.theme.upsert({
      where: { slug: theme.key },
      create: { slug: theme.key, ...data },
      update: data,
    });
    ids.theme.set(theme.key, row.id);
  }
  for (const admin of dataset.administrations) {
    const { key: _key, ...fields } = admin;
    const data = {
      ...fields,
      termStart: toDbDate(admin.termStart),
      termEnd: toDbDate(admin.termEnd),
    };
    const row = await tx.administration.upsert({
      where: { slug: admin.key },
      create: { slug: admin.key, ...data },
      update: data,
    });
    ids.administration.set(admin.key, row.id);
  }
  for (const source of dataset.sources) {
    const data = {
      title: source.title,
      publisher: source.publisher,
      publisherInferred: source.publisherInferred,
      publisherNote: source.publisherNote ?? null,
      publishedOn: toDbDate(source.publishedOn),
      publishedPrecision: source.publishedPrecision,
      publishedInferred: source.publishedInferred,
      dateNote: source.dateNote ?? null,
      author: source.author ?? null,
      language: source.language,
      url: source.url ?? null,
    };
    const update = corrected('source', source.key) ? {} : data;
    const row = await tx.source.upsert({
      where: { slug: source.key },
      create: { slug: source.key, ...data },
      update,
    });
    ids.source.set(source.key, row.id);
  }
  for (const indicator of dataset.indicators) {
    // The seed's indicator is the record's own fields plus its key and its theme's key.
    const { key: _key, theme, ...fields } = indicator;
    const data = { themeId: idOf(ids.theme, theme, 'theme'), ...fields };
    const update = corrected('indicator', indicator.key) ? {} : data;
    const row = await tx.indicator.upsert({
      where: { slug: indicator.key },
      create: { slug: indicator.key, ...data },
      update,
    });
    ids.indicator.set(indicator.key, row.id);
  }
  return ids;
}

async function loadFigure(tx: Tx, figure: SeedFigure, ids: IdMaps): Promise<Outcome> {
  const content = {
    value: figure.value,
    observedOn: figure.observedOn,
    observedPrecision: figure.observedPrecision,
    sourceId: idOf(ids.source, figure.source, 'source'),
    quote: figure.quote,
    noteKo: figure.noteKo ?? null,
    noteEn: figure.noteEn ?? null,
  };
  const toRow = () => ({ ...content, observedOn: toDbDate(content.observedOn) });
  const existing = await tx.figure.findUnique({
    where: { slug: figure.key },
    include: { revisions: latestRevision },
  });
  if (!existing) {
    await tx.figure.create({
      data: {
        slug: figure.key,
        indicatorId: idOf(ids.indicator, figure.indicator, 'indicator'),
        revisions: { create: { revision: 1, createdBy: SEED_AUTHOR, ...toRow() } },
      },
    });
    return 'created';
  }
  if (existing.indicatorId !== idOf(ids.indicator, figure.indicator, 'indicator')) {
    throw new Error(
      `Seed data: figure "${figure.key}" changed its indicator; give it a new key instead.`,
    );
  }
  const latest = existing.revisions[0];
  const stored = latest && {
    value: fromDbDecimal(latest.value),
    observedOn: fromDbDate(latest.observedOn),
    observedPrecision: latest.observedPrecision,
    sourceId: latest.sourceId,
    quote: latest.quote,
    noteKo: latest.noteKo,
    noteEn: latest.noteEn,
  };
  const revision = nextSeedRevision(latest, stored, content);
  if (revision === null) return 'unchanged';
  await tx.figureRevision.create({
    data: { figureId: existing.id, revision, ...SEED_REVISION, ...toRow() },
  });
  return 'revised';
}

async function loadPledge(tx: Tx, pledge: SeedPledge, ids: IdMaps): Promise<Outcome> {
  const content = {
    titleKo: pledge.titleKo,
    titleEn: pledge.titleEn,
    targetValue: pledge.targetValue ?? null,
    deadlineOn: pledge.deadline?.date ?? null,
    deadlinePrecision: pledge.deadline?.precision ?? null,
    deadlineInferred: pledge.deadline?.inferred ?? false,
    baselineValue: pledge.baseline?.value ?? null,
    baselineOn: pledge.baseline?.date ?? null,
    baselinePrecision: pledge.baseline?.precision ?? null,
    baselineAssumed: pledge.baseline?.assumed ?? false,
    announcedOn: pledge.announcedOn,
    announcedPrecision: pledge.announcedPrecision,
    sourceId: idOf(ids.source, pledge.source, 'source'),
    quote: pledge.quote,
    noteKo: pledge.noteKo ?? null,
    noteEn: pledge.noteEn ?? null,
  };
  const toRow = () => ({
    ...content,
    deadlineOn: content.deadlineOn === null ? null : toDbDate(content.deadlineOn),
    baselineOn: content.baselineOn === null ? null : toDbDate(content.baselineOn),
    announcedOn: toDbDate(content.announcedOn),
  });
  const identity = {
    kind: pledge.kind,
    indicatorId: idOf(ids.indicator, pledge.indicator, 'indicator'),
    administrationId: idOf(ids.administration, pledge.administration, 'administration'),
  };
  const existing = await tx.pledge.findUnique({
    where: { slug: pledge.key },
    include: { revisions: latestRevision },
  });
  if (!existing) {
    await tx.pledge.create({
      data: {
        slug: pledge.key,
        ...identity,
        revisions: { create: { revision: 1, createdBy: SEED_AUTHOR, ...toRow() } },
      },
    });
    return 'created';
  }
  if (
    existing.kind !== identity.kind ||
    existing.indicatorId !== identity.indicatorId ||
    existing.administrationId !== identity.administrationId
  ) {
    // Which indicator a pledge is about is part of its identity, not a correctable field.
    throw new Error(
      `Seed data: pledge "${pledge.key}" changed its kind, indicator or administration; give it a new key instead.`,
    );
  }
  const latest = existing.revisions[0];
  const stored = latest && {
    titleKo: latest.titleKo,
    titleEn: latest.titleEn,
    targetValue: latest.targetValue === null ? null : fromDbDecimal(latest.targetValue),
    deadlineOn: latest.deadlineOn === null ? null : fromDbDate(latest.deadlineOn),
    deadlinePrecision: latest.deadlinePrecision,
    deadlineInferred: latest.deadlineInferred,
    baselineValue: latest.baselineValue === null ? null : fromDbDecimal(latest.baselineValue),
    baselineOn: latest.baselineOn === null ? null : fromDbDate(latest.baselineOn),
    baselinePrecision: latest.baselinePrecision,
    baselineAssumed: latest.baselineAssumed,
    announcedOn: fromDbDate(latest.announcedOn),
    announcedPrecision: latest.announcedPrecision,
    sourceId: latest.sourceId,
    quote: latest.quote,
    noteKo: latest.noteKo,
    noteEn: latest.noteEn,
  };
  const revision = nextSeedRevision(latest, stored, content);
  if (revision === null) return 'unchanged';
  await tx.pledgeRevision.create({
    data: { pledgeId: existing.id, revision, ...SEED_REVISION, ...toRow() },
  });
  return 'revised';
}

/**
 * The seed's verdict on a pledge, published as it loads: the initial dataset has no second
 * reviewer (the database allows that for the seed alone, and the pages say so). Once a staff
 * member has proposed a verdict on the pledge the seed leaves it alone; a changed seed verdict is
 * appended as a new one with the seed's reason.
 */
async function loadVerdict(tx: Tx, verdict: SeedVerdict, ids: IdMaps): Promise<Outcome> {
  const pledge = await tx.pledge.findUniqueOrThrow({
    where: { slug: verdict.pledge },
    select: { id: true },
  });
  const latest = await tx.verdict.findFirst({
    where: { pledgeId: pledge.id },
    orderBy: { id: 'desc' },
    include: { evidence: { orderBy: { position: 'asc' } } },
  });
  if (latest && latest.proposedBy !== SEED_AUTHOR) return 'unchanged';
  const evidence = verdict.evidence.map((e, index) => ({
    position: index + 1,
    sourceId: idOf(ids.source, e.source, 'source'),
    quote: e.quote,
    evidenceOn: e.on,
    evidencePrecision: e.precision,
  }));
  const content = {
    rating: verdict.rating,
    reasoningKo: verdict.reasoningKo,
    reasoningEn: verdict.reasoningEn,
    evidence: JSON.stringify(evidence),
  };
  const stored = latest && {
    rating: latest.rating,
    reasoningKo: latest.reasoningKo,
    reasoningEn: latest.reasoningEn,
    evidence: JSON.stringify(
      latest.evidence.map((e) => ({
        position: e.position,
        sourceId: e.sourceId,
        quote: e.quote,
        evidenceOn: fromDbDate(e.evidenceOn),
        evidencePrecision: e.evidencePrecision,
      })),
    ),
  };
  if (stored && sameContent(stored, content)) return 'unchanged';
  const created = await tx.verdict.create({
    data: {
      pledgeId: pledge.id,
      rating: verdict.rating,
      reasoningKo: verdict.reasoningKo,
      reasoningEn: verdict.reasoningEn,
      reason: latest ? SEED_REVISION.reason : null,
      proposedBy: SEED_AUTHOR,
      evidence: {
        create: evidence.map((e) => ({ ...e, evidenceOn: toDbDate(e.evidenceOn) })),
      },
    },
  });
  // After the evidence: the database refuses to publish a rating without it.
  await tx.verdictReview.create({
    data: { verdictId: created.id, decision: 'APPROVED', reviewedBy: null },
  });
  return latest ? 'revised' : 'created';
}

/** Sets the links the seed declares; links staff added later are left alone. */
async function linkSupersededPledges(tx: Tx, pledges: SeedPledge[]) {
  for (const pledge of pledges) {
    if (!pledge.supersedes) continue;
    const supersedes = await tx.pledge.findUniqueOrThrow({ where: { slug: pledge.supersedes } });
    await tx.pledge.update({ where: { slug: pledge.key }, data: { supersedesId: supersedes.id } });
  }
}

/**
 * The number of the revision the seed appends to an existing record, or null to leave it: once
 * staff have corrected a record their revision stands (the seed never writes over it), and an
 * unchanged seed entry adds nothing.
 */
function nextSeedRevision<T extends Record<string, unknown>>(
  latest: { revision: number; createdBy: string } | undefined,
  stored: T | undefined,
  content: T,
): number | null {
  if (latest && latest.createdBy !== SEED_AUTHOR) return null;
  if (stored && sameContent(stored, content)) return null;
  return (latest?.revision ?? 0) + 1;
}

/** Decimal strings compare by value ("88.50" equals "88.5"); everything else strictly. */
function sameContent<T extends Record<string, unknown>>(stored: T, seed: T): boolean {
  return Object.keys(seed).every((key) => {
    const a = stored[key];
    const b = seed[key];
    if (isDecimalString(a) && isDecimalString(b))
      return normalizeDecimal(a) === normalizeDecimal(b);
    return a === b;
  });
}
