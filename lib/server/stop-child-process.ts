import type { ChildProcess } from 'node:child_process';

export interface StopStep {
  signal: NodeJS.Signals;
  /** How long to wait for the exit before the next step. */
  waitMs: number;
  /** Called when the process outlived this step's wait. */
  onTimeout?: () => void;
}

/**
 * Stops a child process step by step (say SIGTERM, then SIGKILL), each step bounded, and ends
 * with SIGKILL, so it never waits forever. Resolves once the process has exited.
 */
export async function stopChildProcess(
  child: ChildProcess,
  steps: readonly StopStep[],
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (const step of steps) {
    child.kill(step.signal);
    const timer = new Promise<boolean>((resolve) =>
      setTimeout(resolve, step.waitMs, false).unref(),
    );
    if (await Promise.race([exited.then(() => true), timer])) return;
    step.onTimeout?.();
  }
  child.kill('SIGKILL');
  await exited;
}
