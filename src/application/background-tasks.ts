/**
 * Work a handler starts and does not wait for (refreshing other people's cards, « Tout envoyer »,
 * a catch-up run). Each task is tracked, so that stopping the bot waits for what is running
 * instead of leaving it to die with the process — or to outlive it and write after the end.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();
  private closing = false;

  /**
   * True once the process is stopping: long work (a queue of e-mails) stops between two items
   * and leaves the rest for the next start, instead of holding the shutdown.
   */
  get stopping(): boolean {
    return this.closing;
  }

  constructor(private readonly onError: (error: unknown, name: string) => void) {}

  /** Starts `work` now; a failure is reported to `onError`, never thrown at the caller. */
  start(name: string, work: () => Promise<unknown>): void {
    const task: Promise<void> = Promise.resolve()
      .then(work)
      .then(
        () => undefined,
        (error: unknown) => this.onError(error, name),
      )
      .finally(() => this.running.delete(task));
    this.running.add(task);
  }

  get size(): number {
    return this.running.size;
  }

  /**
   * Resolves once nothing runs any more, including tasks started by the tasks being waited for.
   * From then on `stopping` is true.
   */
  async drain(): Promise<void> {
    this.closing = true;
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
