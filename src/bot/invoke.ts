/**
 * Card buttons (Action.Execute invokes), typed: each verb's data is parsed with its zod schema
 * before any handler runs, so a handler only ever sees well-formed data. A forged or malformed
 * payload never reaches a use case: it is answered in French and reported.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { z } from 'zod';
import type { CardJson } from './card-templates';

export type InvokeAnswer = CardJson | string;

/** What to answer (and report) when an invoke's data does not match its verb's schema. */
export type MalformedInvoke = (context: TurnContext, verb: string, issues: string[]) => Promise<InvokeAnswer>;

export function onInvoke<S extends z.ZodTypeAny>(
  app: Application<TurnState>,
  verbs: string | readonly string[],
  schema: S,
  handler: (context: TurnContext, data: z.output<S>, verb: string) => Promise<InvokeAnswer>,
  malformed: MalformedInvoke,
): void {
  app.adaptiveCards.actionExecute<unknown>(
    typeof verbs === 'string' ? verbs : [...verbs],
    async (context, _state, data) => {
      const verb = String(context.activity.value?.action?.verb ?? '');
      const parsed = schema.safeParse(data ?? {});
      if (!parsed.success) {
        return malformed(
          context,
          verb,
          parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
        );
      }
      return handler(context, parsed.data, verb);
    },
  );
}
