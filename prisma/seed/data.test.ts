/**
 * Every check of the reviewable seed (data.ts) in one file, in the order a reviewer would ask:
 * are the articles the archived snapshots, is each quote verbatim in its article, do keys,
 * references, dates, sources, values and pledges hold, and are the key figures the printed ones.
 * Longer than most test files because it is the contract of one long data file.
 */
import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from '../../lib/domain/slug.ts';
import type { DatePrecision } from '../../lib/domain/types.ts';
import { MEASURES, PLEDGE_KINDS, UNITS } from '../../lib/domain/types.ts';
import { ratingNeedsEvidence, VERDICT_RATINGS } from '../../lib/domain/verdict.ts';
import { articleSnapshots, findArticleArchive, readArchivedArticle } from './article-archive.ts';
import { seedDataset } from './data.ts';

const { themes, administrations, sources, indicators, figures, pledges, verdicts } = seedDataset;

const archive = findArticleArchive();
// Without the archive the quotes cannot be checked here: say so plainly instead of failing a
// clone that has no articles beside it. CI requires the archive (PLEDGEBOARD_REQUIRE_SEED_ARCHIVE).
const skipArticles = !archive.present && !archive.required;
if (skipArticles) {
  console.warn(
    `Skipping the verbatim-quote tests: no article archive at ${archive.dir}. ` +
      'Put the articles listed in prisma/seed/articles/manifest.json there, or set PLEDGEBOARD_SEED_ARCHIVE.',
  );
}

const articleCache = new Map<string, string>();
function readArticle(file: string): string {
  let text = articleCache.get(file);
  if (text === undefined) {
    text = readArchivedArticle(archive, file);
    articleCache.set(file, text);
  }
  return text;
}

function byKey<T extends { key: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.key, row]));
}
const sourceByKey = byKey(sources);
const indicatorByKey = byKey(indicators);
const pledgeByKey = byKey(pledges);
const figureByKey = byKey(figures);
const administrationByKey = byKey(administrations);

function sourceOf(key: string) {
  const source = sourceByKey.get(key);
  if (!source) throw new Error(`Unknown source ${key}`);
  return source;
}

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in yyyy-mm-dd form (rejects 2021-02-30, 2021-1-1, timestamps). */
function isIsoDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** MONTH dates are stored as the 1st, YEAR dates as 1 January. */
function fitsPrecision(value: string, precision: DatePrecision): boolean {
  if (precision === 'MONTH') return value.endsWith('-01');
  if (precision === 'YEAR') return value.endsWith('-01-01');
  return true;
}

/** The last day a date of this precision can stand for, as yyyy-mm-dd (ISO strings compare as dates). */
function periodEnd(value: string, precision: DatePrecision): string {
  const [y, m] = value.split('-').map(Number) as [number, number];
  if (precision === 'YEAR') return `${y}-12-31`;
  if (precision === 'MONTH') return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return value;
}

interface DateRow {
  where: string;
  date: string;
  precision: DatePrecision;
}
const dateRows: DateRow[] = [
  ...administrations.flatMap((a) => [
    { where: `administration ${a.key} termStart`, date: a.termStart, precision: 'DAY' as const },
    { where: `administration ${a.key} termEnd`, date: a.termEnd, precision: 'DAY' as const },
  ]),
  ...sources.map((s) => ({
    where: `source ${s.key} publishedOn`,
    date: s.publishedOn,
    precision: s.publishedPrecision,
  })),
  ...figures.map((f) => ({
    where: `figure ${f.key} observedOn`,
    date: f.observedOn,
    precision: f.observedPrecision,
  })),
  ...pledges.flatMap((p) => [
    { where: `pledge ${p.key} announcedOn`, date: p.announcedOn, precision: p.announcedPrecision },
    ...(p.deadline
      ? [
          {
            where: `pledge ${p.key} deadline`,
            date: p.deadline.date,
            precision: p.deadline.precision,
          },
        ]
      : []),
    ...(p.baseline
      ? [
          {
            where: `pledge ${p.key} baseline`,
            date: p.baseline.date,
            precision: p.baseline.precision,
          },
        ]
      : []),
  ]),
];

interface QuoteRow {
  where: string;
  source: string;
  quote: string;
}
const quoteRows: QuoteRow[] = [
  ...figures.map((f) => ({ where: `figure ${f.key}`, source: f.source, quote: f.quote })),
  ...pledges.map((p) => ({ where: `pledge ${p.key}`, source: p.source, quote: p.quote })),
  ...verdicts.flatMap((v) =>
    v.evidence.map((e, i) => ({
      where: `verdict on ${v.pledge} evidence ${i + 1}`,
      source: e.source,
      quote: e.quote,
    })),
  ),
];

interface ValueRow {
  where: string;
  value: string;
  indicator: string;
}
const valueRows: ValueRow[] = [
  ...figures.map((f) => ({ where: `figure ${f.key}`, value: f.value, indicator: f.indicator })),
  ...pledges.flatMap((p) => [
    ...(p.targetValue !== undefined
      ? [{ where: `pledge ${p.key} targetValue`, value: p.targetValue, indicator: p.indicator }]
      : []),
    ...(p.baseline
      ? [{ where: `pledge ${p.key} baseline`, value: p.baseline.value, indicator: p.indicator }]
      : []),
  ]),
];

describe('seed articles', () => {
  it('are listed once each in the snapshot manifest, and every source names one', () => {
    expect(sources.map((s) => s.articleFile).sort()).toEqual(
      articleSnapshots.map((a) => a.file).sort(),
    );
  });
});

describe.skipIf(skipArticles)(`article archive (${archive.dir})`, () => {
  it('is present', () => {
    expect(
      archive.present,
      `No article archive at ${archive.dir}; set PLEDGEBOARD_SEED_ARCHIVE or put ../shared/seeds beside the checkout.`,
    ).toBe(true);
  });

  it.each(articleSnapshots)('$file matches its snapshot (size and sha256)', ({ file }) => {
    expect(() => readArticle(file)).not.toThrow();
  });
});

describe.skipIf(skipArticles)('quotes', () => {
  it.each(quoteRows)(
    '$where: quote is copied character for character from its article',
    ({ source, quote }) => {
      const text = readArticle(sourceOf(source).articleFile);
      expect(quote.trim()).toBe(quote);
      expect(quote.length).toBeGreaterThan(0);
      // toContain prints both strings on failure, which makes a wrong ‧/· or “/" easy to spot.
      expect(text).toContain(quote);
    },
  );
});

describe('keys', () => {
  const collections = { themes, administrations, sources, indicators, figures, pledges };

  it.each(Object.entries(collections))('%s: keys are unique and kebab-case', (_name, rows) => {
    const keys = rows.map((row) => row.key);
    expect(keys.filter((key) => !SLUG_PATTERN.test(key))).toEqual([]);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });
});

describe('references', () => {
  it.each(indicators)('indicator $key: theme exists', (indicator) => {
    expect(themes.map((t) => t.key)).toContain(indicator.theme);
  });

  it.each(figures)('figure $key: indicator and source exist', (figure) => {
    expect(indicatorByKey.has(figure.indicator), figure.indicator).toBe(true);
    expect(sourceByKey.has(figure.source), figure.source).toBe(true);
  });

  it.each(pledges)(
    'pledge $key: indicator, administration, source and supersedes exist',
    (pledge) => {
      // Every pledge names an indicator, a milestone too: it is how the pledge gets its theme.
      expect(indicatorByKey.has(pledge.indicator), pledge.indicator).toBe(true);
      expect(administrationByKey.has(pledge.administration), pledge.administration).toBe(true);
      expect(sourceByKey.has(pledge.source), pledge.source).toBe(true);
      if (pledge.supersedes !== undefined) {
        const earlier = pledgeByKey.get(pledge.supersedes);
        expect(earlier, pledge.supersedes).toBeDefined();
        expect(pledge.supersedes).not.toBe(pledge.key);
        // A raised goalpost is still a goalpost for the same quantity.
        expect(earlier?.indicator).toBe(pledge.indicator);
        expect(earlier!.announcedOn <= pledge.announcedOn).toBe(true);
      }
    },
  );

  it('no pledge is superseded twice (the database holds supersedes as unique)', () => {
    const targets = pledges.flatMap((p) => (p.supersedes ? [p.supersedes] : []));
    expect(new Set(targets).size).toBe(targets.length);
  });

  it('every indicator is used by a figure or a pledge', () => {
    const used = new Set([...figures.map((f) => f.indicator), ...pledges.map((p) => p.indicator)]);
    expect(indicators.map((i) => i.key).filter((key) => !used.has(key))).toEqual([]);
  });
});

const evidenceRows = verdicts.flatMap((v) =>
  v.evidence.map((e, i) => ({ where: `verdict on ${v.pledge} evidence ${i + 1}`, ...e })),
);

describe('dates', () => {
  it.each(evidenceRows)(
    '$where ($on, $precision): canonical for its precision and no later than its article',
    ({ on, precision, source }) => {
      expect(isIsoDate(on)).toBe(true);
      expect(fitsPrecision(on, precision)).toBe(true);
      const article = sourceOf(source);
      expect(on <= periodEnd(article.publishedOn, article.publishedPrecision)).toBe(true);
    },
  );

  it.each(dateRows)(
    '$where ($date, $precision) is a valid ISO date canonical for its precision',
    ({ date, precision }) => {
      expect(isIsoDate(date)).toBe(true);
      expect(fitsPrecision(date, precision)).toBe(true);
    },
  );

  it.each(administrations)('administration $key: term starts before it ends', (a) => {
    expect(a.termStart < a.termEnd).toBe(true);
  });

  it.each(figures)('figure $key: observed no later than its article', (figure) => {
    const source = sourceOf(figure.source);
    expect(figure.observedOn <= periodEnd(source.publishedOn, source.publishedPrecision)).toBe(
      true,
    );
  });

  it.each(pledges)(
    'pledge $key: announced no later than its article, within its administration',
    (pledge) => {
      const source = sourceOf(pledge.source);
      const administration = administrationByKey.get(pledge.administration)!;
      expect(pledge.announcedOn <= periodEnd(source.publishedOn, source.publishedPrecision)).toBe(
        true,
      );
      // The announcement period must overlap the term.
      expect(
        periodEnd(pledge.announcedOn, pledge.announcedPrecision) >= administration.termStart,
      ).toBe(true);
      expect(pledge.announcedOn <= administration.termEnd).toBe(true);
    },
  );
});

describe('sources', () => {
  it.each(sources)(
    'source $key: inferred dates and publishers are explained, language ko, no url',
    (source) => {
      if (source.publishedInferred) expect(source.dateNote?.trim()).toBeTruthy();
      if (source.publisherInferred) expect(source.publisherNote?.trim()).toBeTruthy();
      expect(source.language).toBe('ko');
      expect(source.url).toBeUndefined();
      expect(source.title.trim()).not.toBe('');
      expect(source.publisher.trim()).not.toBe('');
    },
  );
});

describe.skipIf(skipArticles)('sources in their articles', () => {
  it.each(sources)(
    'source $key: title is printed in the article, or marked [devised]',
    (source) => {
      const text = readArticle(source.articleFile);
      if (!source.title.startsWith('[')) expect(text).toContain(source.title);
    },
  );

  it.each(sources.filter((s) => s.author !== undefined))(
    'source $key: author $author appears in the article',
    (source) => {
      expect(readArticle(source.articleFile)).toContain(source.author);
    },
  );

  it.each(sources.filter((s) => !s.publishedInferred && s.publishedPrecision === 'DAY'))(
    'source $key: printed date $publishedOn appears in the article as yyyy.mm.dd',
    (source) => {
      expect(readArticle(source.articleFile)).toContain(source.publishedOn.replaceAll('-', '.'));
    },
  );
});

describe('indicators and themes', () => {
  it.each(indicators)(
    'indicator $key: names and descriptions in both languages, known unit and measure',
    (indicator) => {
      for (const text of [
        indicator.nameKo,
        indicator.nameEn,
        indicator.descriptionKo,
        indicator.descriptionEn,
      ]) {
        expect(text.trim()).not.toBe('');
      }
      expect(UNITS).toContain(indicator.unit);
      expect(MEASURES).toContain(indicator.measure);
    },
  );

  it('theme sort orders are unique', () => {
    const orders = themes.map((t) => t.sortOrder);
    expect(new Set(orders).size).toBe(orders.length);
  });
});

describe('values', () => {
  it.each(valueRows)(
    '$where = "$value" is a plain decimal string that fits its unit',
    ({ value, indicator }) => {
      expect(value).toMatch(DECIMAL_PATTERN);
      const unit = indicatorByKey.get(indicator)?.unit;
      // Won, counts and months are whole numbers; only percent and petaflops may carry a fraction.
      if (unit !== undefined && unit !== 'PERCENT' && unit !== 'PETAFLOPS')
        expect(value).toMatch(/^\d+$/);
      if (unit === 'PERCENT') expect(Number(value) >= 0 && Number(value) <= 100).toBe(true);
      if (unit !== undefined) expect(value.startsWith('-')).toBe(false);
    },
  );

  it('cumulative indicators never go down over time', () => {
    for (const indicator of indicators.filter((i) => i.measure === 'CUMULATIVE')) {
      const series = figures
        .filter((f) => f.indicator === indicator.key)
        .sort((a, b) => a.observedOn.localeCompare(b.observedOn))
        .map((f) => Number(f.value));
      expect(series, indicator.key).toEqual([...series].sort((a, b) => a - b));
    }
  });
});

describe('verdicts', () => {
  it('every pledge has exactly one: a rating with evidence, or NOT_YET_RATED with the reason', () => {
    expect(verdicts.map((v) => v.pledge).sort()).toEqual(pledges.map((p) => p.key).sort());
  });

  it.each(verdicts)('verdict on $pledge ($rating): evidence and reasoning fit the rating', (v) => {
    expect(pledgeByKey.has(v.pledge)).toBe(true);
    expect(VERDICT_RATINGS).toContain(v.rating);
    if (ratingNeedsEvidence(v.rating)) expect(v.evidence.length).toBeGreaterThan(0);
    for (const e of v.evidence) expect(sourceByKey.has(e.source)).toBe(true);
    expect(v.reasoningKo.trim()).not.toBe('');
    expect(v.reasoningEn.trim()).not.toBe('');
  });

  it('evidence speaks of a time after the pledge was announced, or of its own article', () => {
    for (const v of verdicts) {
      const pledge = pledgeByKey.get(v.pledge)!;
      for (const e of v.evidence)
        expect(periodEnd(e.on, e.precision) >= pledge.announcedOn, `${v.pledge}: ${e.quote}`).toBe(
          true,
        );
    }
  });
});

describe('pledges', () => {
  it.each(pledges)('pledge $key ($kind): fields fit the kind', (pledge) => {
    expect(PLEDGE_KINDS).toContain(pledge.kind);
    if (pledge.kind === 'TARGET') {
      expect(pledge.targetValue).toBeDefined();
    } else if (pledge.kind === 'POLICY') {
      // The promised level (an amount, a duration); no pace, so no baseline.
      expect(pledge.targetValue).toBeDefined();
      expect(pledge.baseline).toBeUndefined();
    } else {
      expect(pledge.targetValue).toBeUndefined();
      expect(pledge.baseline).toBeUndefined();
    }
    expect(pledge.titleKo.trim()).not.toBe('');
    expect(pledge.titleEn.trim()).not.toBe('');
  });

  it.each(pledges.filter((p) => p.deadline?.inferred))(
    'pledge $key: inferred deadline is explained',
    (pledge) => {
      expect(pledge.noteKo?.trim()).toBeTruthy();
      expect(pledge.noteEn?.trim()).toBeTruthy();
    },
  );

  it.each(pledges.filter((p) => p.baseline?.assumed))(
    'pledge $key: assumed baseline is explained',
    (pledge) => {
      expect(pledge.noteKo).toMatch(/기준값/);
      expect(pledge.noteEn).toMatch(/baseline/i);
    },
  );
});

describe('key figures (exact base-unit values, and the number as printed in the quote)', () => {
  // [figure key, value in base units, how the article prints it]
  const figureCases: [string, string, string][] = [
    ['startup-fund-2025-09', '619200000000', '6192억원'],
    ['ai-data-centre-performance-2025-09', '88.5', '88.5PF'],
    ['ai-data-centre-organisations-served-2025-09', '1166', '1166개'],
    ['ai-companies-relocated-2025-09', '160', '160개사'],
    ['ai-phase-1-investment-2025-09', '426900000000', '4269억원'],
    ['ai-mous-signed-2021-01-01', '62', '62개'],
    ['ai-companies-opened-offices-2021-01-01', '36', '36개'],
    ['ai-academy-graduates-2021-01-01', '155', '155명'],
    ['g-unicorn-companies-2025-09', '15', '15개'],
    ['test-bed-companies-supported-2025-09', '131', '131개'],
    ['finished-car-plants-2023', '2', '2곳'],
  ];
  it.each(figureCases)('figure %s = %s (printed %s)', (key, value, printed) => {
    const figure = figureByKey.get(key);
    expect(figure, key).toBeDefined();
    expect(figure!.value).toBe(value);
    expect(figure!.quote).toContain(printed);
  });

  // [pledge key, target in base units, how the article prints it, unit]
  const pledgeCases: [string, string, string, string][] = [
    ['startup-fund-500b-won', '500000000000', '5000억', 'KRW'],
    ['startup-fund-1t-won', '1000000000000', '1조원', 'KRW'],
    ['ghg-cut-45-percent-2030', '45', '45%', 'PERCENT'],
    ['childbirth-grant-1m-won', '1000000', '100만원', 'KRW'],
    ['childcare-allowance-4-8m-won', '4800000', '480만원', 'KRW'],
    ['ai-data-centre-88-5-pf', '88.5', '88.5페타플롭스', 'PETAFLOPS'],
  ];
  it.each(pledgeCases)('pledge %s targets %s (printed %s, %s)', (key, value, printed, unit) => {
    const pledge = pledgeByKey.get(key);
    expect(pledge, key).toBeDefined();
    expect(pledge!.targetValue).toBe(value);
    expect(pledge!.quote).toContain(printed);
    expect(indicatorByKey.get(pledge!.indicator)?.unit).toBe(unit);
  });

  it('the KRW 1 trillion fund pledge supersedes the KRW 500 billion one, which has an assumed zero baseline', () => {
    expect(pledgeByKey.get('startup-fund-1t-won')?.supersedes).toBe('startup-fund-500b-won');
    expect(pledgeByKey.get('startup-fund-500b-won')?.baseline).toEqual({
      value: '0',
      date: '2022-07-01',
      precision: 'DAY',
      assumed: true,
    });
  });
});
