import 'server-only';

/**
 * A gate that lets at most `limit()` tasks run at once in this process; the others wait their
 * turn, first come first served. For work that holds a scarce resource for long (an import holds
 * a database connection for its whole transaction), so the rest of the server keeps some.
 */
export function limitConcurrency(limit: () => number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running >= limit()) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      // The slot passes straight to the next task, or is freed.
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
