/**
 * Every click is answered in French, in time. Teams drops a card's click (an invoke) after 5
 * seconds and shows a bare error; a storage that is down fails a click at once, a hung one holds
 * it for as long as its calls' deadlines. The guard runs the turn against INVOKE_DEADLINE_MS: an
 * invoke that fails, or is not answered by then, is answered « Relances ne parvient pas à joindre
 * ses données… » (or « une erreur est survenue » for a failure that is ours), with a 200 Teams
 * accepts. Work that outlives its answer goes on, tracked, and how it ended is logged.
 *
 * Messages are not bounded: their replies go through the connector, not the HTTP answer, and a
 * failure is answered in French by the adapter's onTurnError (./app.ts).
 */
import { ActivityTypes, INVOKE_RESPONSE_KEY, type TurnContext } from 'botbuilder';
import type { Logger } from '../config/logger';
import type { BackgroundTasks } from '../application/background-tasks';
import { isServiceUnavailable } from '../application/unavailable';
import { fr } from '../i18n/fr';
import { INVOKE_DEADLINE_MS, withinDeadline } from './deadline';

export interface TurnGuardOptions {
  logger: Logger;
  /** Where work that outlives its answer is tracked (stopping the bot waits for it). */
  background?: Pick<BackgroundTasks, 'start'>;
  /** When an invoke not yet answered is answered « indisponible » (tests may shorten it). */
  invokeDeadlineMs?: number;
}

/** A card action's verb as logged: bounded, printable. */
export function verbOf(context: TurnContext): string {
  const verb: unknown = (context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
  return typeof verb === 'string' ? verb.replace(/[^\x20-\x7e]/g, '?').slice(0, 64) : '';
}

/** Answers the invoke with a short message, unless the turn already gave its answer. */
export async function answerInvoke(context: TurnContext, text: string): Promise<void> {
  if (context.turnState.get(INVOKE_RESPONSE_KEY)) return;
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: {
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text },
    },
  });
}

/** The French answer to a turn that failed: the storage (or another service) away, or a bug. */
export function failureText(error: unknown): string {
  return isServiceUnavailable(error) ? fr.errors.unavailable : fr.errors.generic;
}

export function guardTurn(
  run: (context: TurnContext) => Promise<unknown>,
  options: TurnGuardOptions,
): (context: TurnContext) => Promise<void> {
  const { logger, background } = options;
  const deadlineMs = options.invokeDeadlineMs ?? INVOKE_DEADLINE_MS;
  return async (context) => {
    if (context.activity.type !== ActivityTypes.Invoke) {
      await run(context);
      return;
    }
    const verb = verbOf(context);
    const name = context.activity.name;
    const started = performance.now();
    const settled = run(context).then(
      () => ({ failed: false as const }),
      (error: unknown) => ({ failed: true as const, error }),
    );
    const outcome = await withinDeadline(settled, deadlineMs);
    if (outcome === 'pending') {
      if (context.turnState.get(INVOKE_RESPONSE_KEY)) {
        logger.warn({ name, verb, deadlineMs }, 'a card action still runs after its answer');
      } else {
        logger.warn(
          { name, verb, deadlineMs },
          'a card action was not answered in time: answered that the data cannot be reached',
        );
        await answerInvoke(context, fr.errors.unavailable);
      }
      // The turn's context ends with this answer: what the work does afterwards is only logged.
      const late = async () => {
        const end = await settled;
        const elapsedMs = Math.round(performance.now() - started);
        if (end.failed)
          logger.warn({ err: end.error, name, verb, elapsedMs }, 'a late card action ended in error');
        else logger.info({ name, verb, elapsedMs }, 'a late card action finished after its answer');
      };
      if (background) background.start(`late card action ${verb}`, late);
      else void late();
      return;
    }
    if (outcome.failed) {
      logger.error({ err: outcome.error, name, verb }, 'a card action failed');
      await answerInvoke(context, failureText(outcome.error));
    }
  };
}
