/**
 * Runs the sweeper (src/application/decisions/sweeper.ts) at start and then periodically, one
 * sweep at a time, as a tracked background task: stopping the bot waits for the sweep running.
 */
import type { BackgroundTasks } from '../application/background-tasks';

export const SWEEP_EVERY_MS = 30_000;

export function startSweeping(
  sweepOnce: () => Promise<unknown>,
  background: BackgroundTasks,
  everyMs: number = SWEEP_EVERY_MS,
): { stop(): void } {
  let running = false;
  let stopped = false;
  const tick = () => {
    if (running || stopped || background.stopping) return;
    running = true;
    background.start('sweep', () => sweepOnce().finally(() => (running = false)));
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
