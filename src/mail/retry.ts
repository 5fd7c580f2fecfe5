/**
 * Retries a transport's transient failures (server busy, network, throttling) with exponential
 * backoff and jitter; a permanent failure is returned at once, since sending again would only be
 * refused again. When every attempt fails, the last error is the one reported.
 */
import {
  isMailError,
  type Mailer,
  type MailError,
  type OutgoingMail,
  type SentMail,
} from '../application/ports';

export interface RetryOptions {
  /** Total attempts, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * A server's Retry-After longer than this is not waited for: the error is returned and the
   * controller (or tomorrow's job) tries again, rather than blocking the daily run.
   */
  maxRetryAfterMs?: number;
  /** Injected so tests do not wait. */
  sleep?: (ms: number) => Promise<void>;
  /** 0 ≤ random() < 1; injected so tests get deterministic delays. */
  random?: () => number;
  onRetry?: (event: { attempt: number; delayMs: number; error: MailError }) => void;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 4, baseDelayMs: 2_000, maxDelayMs: 30_000 };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Delay before attempt `attempt + 1`: base × 2^(attempt-1), capped, then « equal jitter » (between
 * half and all of it) so that retries of several messages do not hit the server together, while
 * never collapsing to zero.
 */
export function backoffDelay(attempt: number, options: RetryOptions, random: () => number): number {
  const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}

export function withRetry(mailer: Mailer, options: RetryOptions = DEFAULT_RETRY): Mailer {
  if (!Number.isInteger(options.attempts) || options.attempts < 1) {
    throw new RangeError(`attempts must be a whole number ≥ 1, got ${options.attempts}`);
  }
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;

  return {
    newMessageId: () => mailer.newMessageId(),
    async send(mail: OutgoingMail): Promise<SentMail> {
      for (let attempt = 1; ; attempt++) {
        try {
          return await mailer.send(mail);
        } catch (error) {
          // Anything but a transient MailError (a permanent refusal, an uncertain delivery, a bug) is
          // not ours to retry: an uncertain message may already be in the customer's mailbox.
          if (!isMailError(error) || error.kind !== 'transient' || attempt >= options.attempts) throw error;
          const retryAfter = error.retryAfterMs ?? 0;
          if (retryAfter > maxRetryAfterMs) throw error;
          const delayMs = Math.max(backoffDelay(attempt, options, random), retryAfter);
          options.onRetry?.({ attempt, delayMs, error });
          await sleep(delayMs);
        }
      }
    },
  };
}
