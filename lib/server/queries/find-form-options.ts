import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import type { FormOptionKind } from '../../domain/form-option.ts';
import { toContainsPattern, toPrefixPattern } from '../../domain/search-query.ts';
import type { DatePrecision, PreciseDate, Unit } from '../../domain/types.ts';

/** A record a staff form can pick, with what its label is made of. */
export type FormChoice =
  | { kind: 'indicator'; slug: string; nameKo: string; nameEn: string; unit: Unit }
  | { kind: 'source'; slug: string; title: string; publisher: string; publishedOn: PreciseDate }
  | { kind: 'pledge'; slug: string; titleKo: string; titleEn: string };

/**
 * The records of one kind whose slug or name (either language, any case, anywhere in a word)
 * contains the text, best first: the slug itself, then a whole name, then a slug or name that
 * starts with it, then the rest; at most `limit`.
 *
 * Each kind is one bounded table (10,000 indicators, 5,000 sources or pledges at full size) and
 * is read with ILIKE '%…%' as the public search reads names (search.ts): a text of one or two
 * characters has no trigram for an index to use, so these scans are what every text costs, a few
 * milliseconds at full size (find-form-options.test.ts), and only `limit` rows leave the database.
 */
export async function findFormOptions(
  db: PrismaClient,
  kind: FormOptionKind,
  text: string,
  limit: number,
): Promise<FormChoice[]> {
  const match: Match = { text, contains: toContainsPattern(text), prefix: toPrefixPattern(text) };
  if (kind === 'indicator') return findIndicators(db, match, limit);
  if (kind === 'source') return findSources(db, match, limit);
  return findPledges(db, match, limit);
}

interface Match {
  text: string;
  contains: string;
  prefix: string;
}

/** 0 the slug itself, 1 a whole name, 2 a slug or name starting with the text, else 3. */
function rank(slug: Prisma.Sql, names: Prisma.Sql[], match: Match) {
  const any = (test: (column: Prisma.Sql) => Prisma.Sql) =>
    Prisma.join([slug, ...names].map(test), ' OR ');
  return Prisma.sql`CASE
    WHEN ${slug} = ${match.text} THEN 0
    WHEN ${Prisma.join(
      names.map((name) => Prisma.sql`lower(${name}) = lower(${match.text})`),
      ' OR ',
    )} THEN 1
    WHEN ${any((column) => Prisma.sql`${column} ILIKE ${match.prefix}`)} THEN 2
    ELSE 3 END`;
}

function containsAny(columns: Prisma.Sql[], match: Match) {
  return Prisma.join(
    columns.map((column) => Prisma.sql`${column} ILIKE ${match.contains}`),
    ' OR ',
  );
}

async function findIndicators(db: PrismaClient, match: Match, limit: number) {
  const names = [Prisma.sql`name_ko`, Prisma.sql`name_en`];
  const rows = await db.$queryRaw<{ slug: string; name_ko: string; name_en: string; unit: Unit }[]>`
    SELECT slug, name_ko, name_en, unit::text AS unit FROM indicator
    WHERE ${containsAny([Prisma.sql`slug`, ...names], match)}
    ORDER BY ${rank(Prisma.sql`slug`, names, match)}, slug
    LIMIT ${limit}`;
  return rows.map((row) => ({
    kind: 'indicator' as const,
    slug: row.slug,
    nameKo: row.name_ko,
    nameEn: row.name_en,
    unit: row.unit,
  }));
}

async function findSources(db: PrismaClient, match: Match, limit: number) {
  const names = [Prisma.sql`title`, Prisma.sql`publisher`];
  const rows = await db.$queryRaw<
    {
      slug: string;
      title: string;
      publisher: string;
      published: string;
      precision: DatePrecision;
    }[]
  >`
    SELECT slug, title, publisher, to_char(published_on, 'YYYY-MM-DD') AS published,
      published_precision::text AS precision
    FROM source
    WHERE ${containsAny([Prisma.sql`slug`, ...names], match)}
    ORDER BY ${rank(Prisma.sql`slug`, names, match)}, published_on DESC, slug
    LIMIT ${limit}`;
  return rows.map((row) => ({
    kind: 'source' as const,
    slug: row.slug,
    title: row.title,
    publisher: row.publisher,
    publishedOn: { date: row.published, precision: row.precision },
  }));
}

async function findPledges(db: PrismaClient, match: Match, limit: number) {
  const names = [Prisma.sql`r.title_ko`, Prisma.sql`r.title_en`];
  // The current revision is the highest (current-revision.ts), read through (pledge_id, revision).
  const rows = await db.$queryRaw<{ slug: string; title_ko: string; title_en: string }[]>`
    SELECT p.slug, r.title_ko, r.title_en
    FROM pledge p
    CROSS JOIN LATERAL (
      SELECT x.title_ko, x.title_en FROM pledge_revision x
      WHERE x.pledge_id = p.id ORDER BY x.revision DESC LIMIT 1
    ) r
    WHERE ${containsAny([Prisma.sql`p.slug`, ...names], match)}
    ORDER BY ${rank(Prisma.sql`p.slug`, names, match)}, p.slug
    LIMIT ${limit}`;
  return rows.map((row) => ({
    kind: 'pledge' as const,
    slug: row.slug,
    titleKo: row.title_ko,
    titleEn: row.title_en,
  }));
}
