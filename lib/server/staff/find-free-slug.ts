import 'server-only';
import type { Prisma } from '../../generated/prisma/client.ts';

/** `base`, or `base-2`, `base-3`, … — the first slug no record of that kind has yet. */
export async function findFreeSlug(
  tx: Prisma.TransactionClient,
  kind: 'figure' | 'source' | 'pledge' | 'indicator',
  base: string,
): Promise<string> {
  const delegate = tx[kind] as unknown as {
    findMany: (args: object) => Promise<{ slug: string }[]>;
  };
  const taken = new Set(
    (
      await delegate.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })
    ).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
