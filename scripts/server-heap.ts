/**
 * The web server's JavaScript heap limit (`--max-old-space-size`), PLEDGEBOARD_HEAP_MB: 384 unless
 * set. Left to itself, V8 lets the heap grow towards a quarter of the machine's memory before it
 * collects in earnest; measured with `npm run bench:read` at 10,000,000 figures (50 clients
 * rendering the overview and an indicator's pages uncached), peak RSS was 666 MB without a limit,
 * 396 MB with 384 and 367 MB with 256, for about the same CPU a request (256: 5–10 % more). Pages, downloads and imports stream or keep
 * their bytes outside the heap, so its live set stays near 100 MB. NODE_OPTIONS that already set
 * the limit win.
 *
 * Memory outside the heap is glibc's: buffers of rendered pages, sockets and the database driver
 * come and go by the hundred kilobytes, and glibc's heap keeps what they leave fragmented. Measured
 * on the 10,000,000-figure bench database (three rounds of 50 uncached overviews, 50 in English,
 * 50 trackers and 200 cached overviews): peak RSS 470–528 MB and still growing from round to
 * round with glibc's defaults; 415–442 MB and flat with blocks of 128 kB or more mapped on their
 * own (MALLOC_MMAP_THRESHOLD_, returned to the system when freed) and the heap's free top
 * returned past 128 kB (MALLOC_TRIM_THRESHOLD_), for about 5 % more CPU. Values already in the
 * environment win; other C libraries (musl) ignore both.
 */
import { z } from 'zod';

const heapSchema = z.object({
  // Digits only (no "", "0x200" or "1e3"); unset or empty: the default.
  PLEDGEBOARD_HEAP_MB: z
    .string()
    .regex(/^\d+$/)
    .transform(Number)
    .pipe(z.number().int().min(128).max(65_536))
    .optional(),
});

const MALLOC_SETTINGS = {
  MALLOC_MMAP_THRESHOLD_: '131072',
  MALLOC_TRIM_THRESHOLD_: '131072',
};

/**
 * `env` for the web server's process: its heap limit in NODE_OPTIONS, and glibc's thresholds
 * for returning memory.
 */
export function withMemoryLimits<Env extends Record<string, string | undefined>>(env: Env): Env {
  const parsed = heapSchema.safeParse({
    PLEDGEBOARD_HEAP_MB: env.PLEDGEBOARD_HEAP_MB || undefined,
  });
  if (!parsed.success) {
    throw new Error(
      `PLEDGEBOARD_HEAP_MB must be a whole number of megabytes from 128 to 65536, not "${env.PLEDGEBOARD_HEAP_MB}".`,
    );
  }
  const withMalloc = { ...MALLOC_SETTINGS, ...env };
  const options = env.NODE_OPTIONS ?? '';
  if (/--max[-_]old[-_]space[-_]size\b/.test(options)) return withMalloc;
  const limit = `--max-old-space-size=${parsed.data.PLEDGEBOARD_HEAP_MB ?? 384}`;
  return { ...withMalloc, NODE_OPTIONS: options ? `${options} ${limit}` : limit };
}
