/**
 * A long import in a process of its own (`npm run import`) allocates fast while its requests wait
 * on the storage: V8 then lets the heap grow far past what the import holds (at 100,000 FEC lines,
 * about 35 MB held, 300 MB resident) before it collects. This collects the garbage whenever the
 * heap in use passes twice what was held after the last collection (96 MB at least), so that the
 * process stays close to what it really holds. A process that holds more (a bigger file) raises
 * the threshold with it: never a collection per tick. Not for the server: it shares its process
 * with the bot's turns.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const MB = 1024 * 1024;

export interface HeapGovernorOptions {
  floorMb?: number;
  everyMs?: number;
  /** For tests: the heap in use (bytes) and the collector. */
  heapUsed?: () => number;
  gc?: () => void;
}

export function keepHeapNearLiveSize(options: HeapGovernorOptions = {}): () => void {
  const floor = (options.floorMb ?? 96) * MB;
  const heapUsed = options.heapUsed ?? (() => process.memoryUsage().heapUsed);
  const gc = options.gc ?? exposedGc();
  let threshold = floor;
  const timer = setInterval(() => {
    if (heapUsed() <= threshold) return;
    gc();
    threshold = Math.max(floor, 2 * heapUsed());
  }, options.everyMs ?? 250);
  timer.unref();
  return () => clearInterval(timer);
}

function exposedGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
