/**
 * The buttons of « Paiements à rapprocher »: « Affecter à F… » and « Pas un paiement client ».
 * Each parses the click (the credit and the invoices shown), calls the use case, and answers with
 * the day's card: the credit gone and the outcome at the top, or the refusal under its row.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { BackgroundTasks } from '../../application/background-tasks';
import {
  assignCredit,
  dismissCredit,
  type ReconcileOutcome,
  type ReconcileStores,
} from '../../application/bank/reconcile';
import type { Logger } from '../../application/ports';
import type { Clock } from '../../domain/calendar-date';
import { formatEuros } from '../../domain/money';
import { reconcileCard } from '../../i18n/bank';
import { fr } from '../../i18n/fr';
import { calendarDate, pages } from './invokes';
import { onInvoke, type MalformedInvoke } from '../invoke';
import type { People } from '../people';
import type { ProactiveCards } from '../teams-notifier';
import { deciderOf, withinDeadlineReading } from './click-answers';
import { dayCardFor, refreshOthers } from './day-card-routes';
import type { DayCards } from './day-cards';
import { RECONCILE_SECTION, RECONCILE_VERBS } from './reconcile-section';

export interface ReconcileRouteDependencies {
  people: People;
  cards: DayCards;
  proactive: ProactiveCards;
  stores: ReconcileStores;
  clock: Clock;
  background: BackgroundTasks;
  logger: Logger;
  malformed: MalformedInvoke;
}

export const reconcileData = z
  .object({
    date: calendarDate,
    credit: z.string().min(1).max(400),
    invoices: z.array(z.string().min(1).max(64)).min(1).max(50).optional(),
    pages,
  })
  .passthrough();

export function reconcileOutcomeText(outcome: ReconcileOutcome): string {
  switch (outcome.kind) {
    case 'assigned':
      return reconcileCard.assigned(formatEuros(outcome.amount), outcome.invoices.join(', '));
    case 'dismissed':
      return reconcileCard.dismissed(formatEuros(outcome.amount));
    case 'refused':
      switch (outcome.refusal) {
        case 'not_allowed':
          return reconcileCard.notAllowed;
        case 'already_done':
          return reconcileCard.alreadyDone;
        case 'in_progress':
          return reconcileCard.inProgress;
        case 'changed':
          return reconcileCard.changed;
      }
  }
}

export function registerReconcileRoutes(app: Application<TurnState>, deps: ReconcileRouteDependencies): void {
  onInvoke(
    app,
    [RECONCILE_VERBS.assign, RECONCILE_VERBS.dismiss],
    reconcileData,
    async (context, data, verb) => {
      const viewer = await deps.people.viewerOf(context);
      const decider = deciderOf(viewer);
      const today = deps.clock.today();
      const work = (
        verb === RECONCILE_VERBS.assign && data.invoices
          ? assignCredit(deps.stores, decider, { key: data.credit, invoices: data.invoices, today })
          : verb === RECONCILE_VERBS.dismiss
            ? dismissCredit(deps.stores, decider, { key: data.credit, today })
            : Promise.resolve<ReconcileOutcome>({ kind: 'refused', refusal: 'changed' })
      ).then(
        (outcome) => {
          deps.cards.invalidate();
          return outcome;
        },
        (error: unknown): ReconcileOutcome => {
          deps.logger.error({ err: error }, 'credit reconciliation failed');
          deps.cards.invalidate();
          return { kind: 'refused', refusal: 'changed' };
        },
      );
      const result = await withinDeadlineReading(work, () => deps.cards.load(data.date));
      if ('pending' in result) {
        deps.background.start('refresh after a reconciliation', () =>
          work.then(() => refreshOthers(deps, data.date)),
        );
        return deps.cards.render(await result.pending, viewer, {
          pages: data.pages,
          flash: { ok: true, message: fr.decisions.creditStillRunning },
        });
      }
      const outcome = result.outcome;
      const ok = outcome.kind !== 'refused';
      if (ok) deps.background.start('refresh', () => refreshOthers(deps, data.date, context));
      return dayCardFor(deps.cards, viewer, data.date, data.pages, {
        ok,
        message: reconcileOutcomeText(outcome),
        ...(ok ? {} : { at: { customer: data.credit, step: RECONCILE_SECTION } }),
      });
    },
    deps.malformed,
  );
}
