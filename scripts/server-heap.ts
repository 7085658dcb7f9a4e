/**
 * The web server's JavaScript heap limit (`--max-old-space-size`), PLEDGEBOARD_HEAP_MB: 384 unless
 * set. Left to itself, V8 lets the heap grow towards a quarter of the machine's memory before it
 * collects in earnest; measured with `npm run bench:read` at 10,000,000 figures (50 clients
 * rendering the overview and an indicator's pages uncached), peak RSS was 666 MB without a limit,
 * 396 MB with 384 and 367 MB with 256, for about the same CPU a request (256: 5–10 % more). Pages, downloads and imports stream or keep
 * their bytes outside the heap, so its live set stays near 100 MB. NODE_OPTIONS that already set
 * the limit win.
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

/** `env` for the web server's process, with its heap limit in NODE_OPTIONS. */
export function withHeapLimit<Env extends Record<string, string | undefined>>(env: Env): Env {
  const parsed = heapSchema.safeParse({
    PLEDGEBOARD_HEAP_MB: env.PLEDGEBOARD_HEAP_MB || undefined,
  });
  if (!parsed.success) {
    throw new Error(
      `PLEDGEBOARD_HEAP_MB must be a whole number of megabytes from 128 to 65536, not "${env.PLEDGEBOARD_HEAP_MB}".`,
    );
  }
  const options = env.NODE_OPTIONS ?? '';
  if (/--max[-_]old[-_]space[-_]size\b/.test(options)) return env;
  const limit = `--max-old-space-size=${parsed.data.PLEDGEBOARD_HEAP_MB ?? 384}`;
  return { ...env, NODE_OPTIONS: options ? `${options} ${limit}` : limit };
}
