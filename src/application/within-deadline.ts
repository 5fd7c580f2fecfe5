/** The work's result, or 'pending' when it is not done after `ms` — the work itself goes on. */
export async function withinDeadline<T>(work: Promise<T>, ms: number): Promise<T | 'pending'> {
  let timer: NodeJS.Timeout | undefined;
  const pending = new Promise<'pending'>((resolve) => (timer = setTimeout(() => resolve('pending'), ms)));
  try {
    return await Promise.race([work, pending]);
  } finally {
    clearTimeout(timer);
  }
}
