/**
 * The buttons of « Pénalités de retard à facturer »: « Envoyer la facture de pénalités » and
 * « Renoncer ». Each parses the click (the customer and the invoices shown), calls the use case,
 * and answers with the day's card, the outcome in French under the customer's row.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { BackgroundTasks } from '../../application/background-tasks';
import { billLateFees, type LateFeeDependencies } from '../../application/late-fees/bill';
import { waiveLateFees } from '../../application/late-fees/waive';
import type { Logger } from '../../application/ports';
import type { LateFeeOutcome } from '../../domain/late-fees';
import { lateFeeOutcomeText } from '../../i18n/late-fees';
import { calendarDate, pages } from './invokes';
import { onInvoke, type MalformedInvoke } from '../invoke';
import type { People } from '../people';
import type { ProactiveCards } from '../teams-notifier';
import { deciderOf, withinDeadlineReading } from './click-answers';
import { dayCardFor, refreshOthers } from './day-card-routes';
import type { DayCards } from './day-cards';
import { LATE_FEE_VERBS, LATE_FEES_SECTION, lateFeeReasonInputId } from './late-fee-section';
import { fr } from '../../i18n/fr';

export interface LateFeeRouteDependencies {
  people: People;
  cards: DayCards;
  proactive: ProactiveCards;
  lateFees: LateFeeDependencies;
  background: BackgroundTasks;
  logger: Logger;
  malformed: MalformedInvoke;
}

export const lateFeeData = z
  .object({
    date: calendarDate,
    customer: z.string().min(1).max(64),
    invoices: z.array(z.string().min(1).max(64)).min(1).max(99),
    pages,
  })
  .passthrough();
export type LateFeeData = z.output<typeof lateFeeData>;

function reasonOf(data: LateFeeData): string {
  const raw = data[lateFeeReasonInputId(data.customer)];
  return typeof raw === 'string' ? raw.trim().replace(/\s+/g, ' ') : '';
}

export function registerLateFeeRoutes(app: Application<TurnState>, deps: LateFeeRouteDependencies): void {
  onInvoke(
    app,
    [LATE_FEE_VERBS.bill, LATE_FEE_VERBS.waive],
    lateFeeData,
    async (context, data, verb) => {
      const viewer = await deps.people.viewerOf(context);
      const decider = deciderOf(viewer);
      const request = { customer: data.customer, invoices: data.invoices };
      const work = (
        verb === LATE_FEE_VERBS.bill
          ? billLateFees(deps.lateFees, decider, request)
          : waiveLateFees(deps.lateFees, decider, { ...request, reason: reasonOf(data) })
      ).then(
        (outcome) => {
          deps.cards.invalidate();
          return outcome;
        },
        (error: unknown): LateFeeOutcome => {
          deps.logger.error({ err: error }, 'late fee decision failed');
          deps.cards.invalidate();
          return { kind: 'refused', refusal: 'changed' };
        },
      );
      const at = { customer: data.customer, step: LATE_FEES_SECTION };
      const result = await withinDeadlineReading(work, () => deps.cards.load(data.date));
      if ('pending' in result) {
        deps.background.start('refresh after a late fee decision', () =>
          work.then(() => refreshOthers(deps, data.date)),
        );
        return deps.cards.render(await result.pending, viewer, {
          pages: data.pages,
          flash: { ok: true, message: fr.decisions.stillRunning(fr.decisions.thisCustomer) },
        });
      }
      const outcome = result.outcome;
      const ok = outcome.kind === 'billed' || outcome.kind === 'waived';
      if (ok) deps.background.start('refresh', () => refreshOthers(deps, data.date, context));
      // Done: the row is gone, the message shows at the top; refused: under the row still there.
      return dayCardFor(deps.cards, viewer, data.date, data.pages, {
        ok,
        message: lateFeeOutcomeText(outcome),
        ...(ok ? {} : { at }),
      });
    },
    deps.malformed,
  );
}
