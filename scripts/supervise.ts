/**
 * What `npm start` needs to behave like a service: notice when whoever started it is gone, bound
 * the shutdown, and bring the embedded PostgreSQL back when it dies.
 */
import { z } from 'zod';
import type { EmbeddedDatabase } from '../lib/server/database/embedded-postgres.ts';

const shutdownSchema = z.object({
  // Docker waits 10 s between SIGTERM and SIGKILL: 8 s for requests leaves time for the database.
  PLEDGEBOARD_SHUTDOWN_SECONDS: z.coerce.number().int().min(1).max(600).default(8),
});

export function readShutdownSettings(env: NodeJS.ProcessEnv = process.env): {
  graceSeconds: number;
} {
  const parsed = shutdownSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `PLEDGEBOARD_SHUTDOWN_SECONDS must be a whole number of seconds from 1 to 600, not "${env.PLEDGEBOARD_SHUTDOWN_SECONDS}".`,
    );
  }
  return { graceSeconds: parsed.data.PLEDGEBOARD_SHUTDOWN_SECONDS };
}

/**
 * Calls `onGone` once when this process is orphaned: its parent (npm, a shell, a process
 * manager) ended without passing a signal on, as `sh -c` does. The check is a cheap system call.
 */
export function watchParent(onGone: () => void, intervalMs = 1000): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  timer.unref();
}

export interface SuperviseOptions {
  log: (line: string) => void;
  /** True once `npm start` is stopping: an exit then is expected, not a crash. */
  isStopping: () => boolean;
  /** Called when restarting failed too often; the caller stops everything. */
  giveUp: (reason: string) => void;
  /** Restarts allowed within `windowMs` before giving up. */
  maxRestarts?: number;
  windowMs?: number;
}

/**
 * Restarts the embedded PostgreSQL after an unexpected exit, waiting 1, 2, 4… s between tries
 * (a killed postmaster's backends take a moment to leave, and until they do PostgreSQL refuses
 * to start on the same folder). The web server is left running: its pool reconnects by itself.
 */
export function superviseEmbeddedPostgres(
  database: EmbeddedDatabase,
  options: SuperviseOptions,
): void {
  const maxRestarts = options.maxRestarts ?? 3;
  const windowMs = options.windowMs ?? 5 * 60_000;
  const restarts: number[] = [];

  database.onUnexpectedExit(async (reason) => {
    if (options.isStopping()) return;
    const now = Date.now();
    while (restarts.length > 0 && restarts[0]! < now - windowMs) restarts.shift();
    if (restarts.length >= maxRestarts) {
      options.giveUp(
        `the embedded PostgreSQL stopped ${restarts.length + 1} times within ${Math.round(windowMs / 60_000)} minutes (last: ${reason}); ` +
          'look at the server messages above, then run `npm start` again',
      );
      return;
    }
    restarts.push(now);
    options.log(
      `\n! The embedded PostgreSQL stopped unexpectedly (${reason}). Restarting it; pages show an error until it is back.`,
    );
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** (attempt - 1)));
      if (options.isStopping()) return;
      try {
        await database.restart();
        options.log(
          '! The embedded PostgreSQL is running again; the dashboard recovers on its own.',
        );
        return;
      } catch (error) {
        options.log(
          `! Restart attempt ${attempt} of 5 failed: ${(error as Error).message.split('\n')[0]}`,
        );
      }
    }
    options.giveUp('the embedded PostgreSQL could not be restarted (see the messages above)');
  });
}
