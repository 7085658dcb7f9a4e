import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import manifest from './articles/manifest.json' with { type: 'json' };

/**
 * The news articles every seed quote is copied from. Their texts belong to their publishers, so
 * the repository keeps only a snapshot manifest (file, size, sha256, when retrieved) and reads
 * the texts from an archive folder: PLEDGEBOARD_SEED_ARCHIVE, or `../shared/seeds` beside the
 * checkout. The quote tests run against it when it is there and are skipped, saying so, when it is
 * not; CI sets PLEDGEBOARD_REQUIRE_SEED_ARCHIVE=1 so a missing archive fails instead of skipping.
 */

export interface ArticleSnapshot {
  file: string;
  bytes: number;
  sha256: string;
}

export const articleSnapshots: readonly ArticleSnapshot[] = manifest.articles;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ArticleArchive {
  dir: string;
  present: boolean;
  /** Set in CI: an absent archive is a failure, not a skip. */
  required: boolean;
}

export function findArticleArchive(env: NodeJS.ProcessEnv = process.env): ArticleArchive {
  const dir = path.resolve(
    env.PLEDGEBOARD_SEED_ARCHIVE || path.join(repoRoot, '..', 'shared', 'seeds'),
  );
  return { dir, present: existsSync(dir), required: env.PLEDGEBOARD_REQUIRE_SEED_ARCHIVE === '1' };
}

/**
 * The text of one archived article, checked against its snapshot first: a quote is only proven
 * verbatim against the exact text the manifest names, not against whatever file has its name.
 */
export function readArchivedArticle(archive: ArticleArchive, file: string): string {
  const snapshot = articleSnapshots.find((entry) => entry.file === file);
  if (!snapshot) throw new Error(`${file} is not in prisma/seed/articles/manifest.json.`);
  const articlePath = path.join(archive.dir, file);
  if (!existsSync(articlePath))
    throw new Error(`Article ${file} is not in the archive folder ${archive.dir}.`);
  const bytes = readFileSync(articlePath);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== snapshot.sha256) {
    throw new Error(
      `${articlePath} is not the archived snapshot: sha256 ${sha256}, the manifest says ${snapshot.sha256}.`,
    );
  }
  return bytes.toString('utf8');
}
