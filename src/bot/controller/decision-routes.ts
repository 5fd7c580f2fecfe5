/**
 * The buttons of the day's card that decide: carry an action out (send, generate, mark posted,
 * transfer), « Tout envoyer », and the row's other decisions (« Autres actions… »). Each handler
 * parses the click, calls the use case, and answers with the card and the outcome in French.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { CardDecisions, RowDecision } from '../../application/decisions';
import type { BackgroundTasks } from '../../application/background-tasks';
import type { ActionRepository, Logger } from '../../application/ports';
import type { DunningAction } from '../../domain/actions';
import type { CalendarDate, Clock } from '../../domain/calendar-date';
import type { ActionRef, Outcome } from '../../domain/decisions';
import type { TextContext } from '../../i18n/reasons';
import { fr } from '../../i18n/fr';
import type { CardJson } from '../card-templates';
import { onInvoke, type MalformedInvoke } from '../invoke';
import type { People, Viewer } from '../people';
import { buildActionDetailCard, ROW_VERBS } from './action-detail-card';
import { deciderOf, flashOf, withinDeadlineReading } from './click-answers';
import { buildConfirmTransferCard } from './confirm-transfer-card';
import { floorWarning } from './firm-floor';
import { dayCardFor, refreshOthers } from './day-card-routes';
import { salesNotes, type DayCards } from './day-cards';
import { NOTICES_SECTION, VERBS } from './digest-card';
import {
  actionData,
  cardDayOf,
  lrarOf,
  noticeDateOf,
  noticeEventData,
  refOf,
  sendAllData,
  type ActionData,
} from './invokes';
import type { ProactiveCards } from '../teams-notifier';

export interface DecisionRouteDependencies {
  people: People;
  cards: DayCards;
  proactive: ProactiveCards;
  decisions: CardDecisions;
  stores: { actions: Pick<ActionRepository, 'get'> } & Parameters<typeof salesNotes>[0];
  background: BackgroundTasks;
  clock: Clock;
  logger: Logger;
  texts: TextContext;
  lawFirmName: string;
  malformed: MalformedInvoke;
}

type CarryOut = (deps: DecisionRouteDependencies, viewer: Viewer, data: ActionData) => Promise<Outcome>;

/** The decisions that carry an action out: each is claimed, guarded, done once and journaled. */
const CARRY_OUT: ReadonlyArray<[string, CarryOut]> = [
  [VERBS.sendEmail, (deps, viewer, data) => deps.decisions.sendEmail(deciderOf(viewer), refOf(data))],
  [VERBS.generate, (deps, viewer, data) => deps.decisions.generateLetter(deciderOf(viewer), refOf(data))],
  [
    VERBS.markPosted,
    (deps, viewer, data) =>
      deps.decisions.recordPosting(deciderOf(viewer), refOf(data), { registered: false }),
  ],
  [
    VERBS.markRegistered,
    (deps, viewer, data) =>
      deps.decisions.recordPosting(deciderOf(viewer), refOf(data), { registered: true, lrar: lrarOf(data) }),
  ],
  [VERBS.transfer, (deps, viewer, data) => deps.decisions.transfer(deciderOf(viewer), refOf(data))],
  [VERBS.confirmSent, (deps, viewer, data) => deps.decisions.confirmSent(deciderOf(viewer), refOf(data))],
  [VERBS.resend, (deps, viewer, data) => deps.decisions.resend(deciderOf(viewer), refOf(data))],
];

function rowDecision(verb: string, data: ActionData): RowDecision {
  switch (verb) {
    case ROW_VERBS.postpone:
      return { verb: 'postpone', until: data.until };
    case ROW_VERBS.dispute:
      return { verb: 'dispute', reason: data.reason };
    case ROW_VERBS.promise:
      return { verb: 'promise', promisedDate: data.promisedDate };
    case ROW_VERBS.call:
      return { verb: 'call', note: data.note };
    default:
      return { verb: 'paid' };
  }
}

/**
 * Carries a decision out: answers with the updated card when it is done within Teams' deadline,
 * otherwise answers « en cours » and updates every copy of the card when it ends.
 */
async function decideAndAnswer(
  deps: DecisionRouteDependencies,
  context: TurnContext,
  viewer: Viewer,
  data: ActionData,
  work: Promise<Outcome>,
): Promise<CardJson> {
  const settled = work.then(
    (outcome) => {
      deps.cards.invalidate();
      return outcome;
    },
    (error: unknown): Outcome => {
      deps.logger.error({ err: error }, 'decision failed');
      return { kind: 'failed', failure: { code: 'unexpected' } };
    },
  );
  const result = await withinDeadlineReading(settled, () => deps.cards.load(cardDayOf(data)));
  if ('pending' in result) {
    deps.background.start('refresh after a long decision', () =>
      settled.then(() => refreshOthers(deps, cardDayOf(data))),
    );
    // The day's card, read once: it names the customer (the button carries only its code).
    const digest = await result.pending;
    const name = digest.actions.find((a) => a.customerCode === data.customer)?.customerName;
    const pending: Outcome = { kind: 'pending', customer: name ?? fr.decisions.thisCustomer };
    return deps.cards.render(digest, viewer, {
      pages: data.pages,
      flash: flashOf(pending, deps.texts, rowOf(data)),
    });
  }
  const outcome = result.outcome;
  if (outcome.kind === 'done')
    deps.background.start('refresh', () => refreshOthers(deps, cardDayOf(data), context));
  return dayCardFor(
    deps.cards,
    viewer,
    cardDayOf(data),
    data.pages,
    flashOf(outcome, deps.texts, rowOf(data)),
  );
}

/** Where a row's feedback goes: next to that row's buttons. */
function rowOf(data: ActionData): { customer: string; step: string } {
  return { customer: data.customer, step: data.step };
}

/** The action a row's button designates, for someone who may act on it; else the refusal to show. */
async function actionToShow(
  deps: DecisionRouteDependencies,
  viewer: Viewer,
  verb: string,
  ref: ActionRef,
  pages: Record<string, number>,
  day: CalendarDate,
): Promise<{ action: DunningAction } | { refused: CardJson }> {
  const opened = await deps.decisions.open(deciderOf(viewer), verb, ref);
  if ('action' in opened) return opened;
  const at = { customer: ref.customer, step: ref.step };
  return {
    refused: await dayCardFor(deps.cards, viewer, day, pages, flashOf(opened.refused, deps.texts, at)),
  };
}

export function registerDecisionRoutes(app: Application<TurnState>, deps: DecisionRouteDependencies): void {
  onInvoke(
    app,
    VERBS.more,
    actionData,
    async (context, data) => {
      const viewer = await deps.people.viewerOf(context);
      const shown = await actionToShow(deps, viewer, VERBS.more, refOf(data), data.pages, cardDayOf(data));
      if ('refused' in shown) return shown.refused;
      return buildActionDetailCard(shown.action, deps.clock.today(), data.pages, cardDayOf(data));
    },
    deps.malformed,
  );

  onInvoke(
    app,
    VERBS.confirmTransfer,
    actionData,
    async (context, data) => {
      const viewer = await deps.people.viewerOf(context);
      const shown = await actionToShow(
        deps,
        viewer,
        VERBS.confirmTransfer,
        refOf(data),
        data.pages,
        cardDayOf(data),
      );
      if ('refused' in shown) return shown.refused;
      const { action } = shown;
      if (action.status !== 'proposed' || action.channel !== 'transfer') {
        const message = fr.decisions.refused(fr.decisions.unknownAction);
        return dayCardFor(deps.cards, viewer, cardDayOf(data), data.pages, { ok: false, message });
      }
      const note = (await salesNotes(deps.stores, new Set([action.customerCode])))[action.customerCode];
      const floor = await floorWarning(deps.stores.customers, action, deps.texts.lawFirmMinClaim);
      const warnings = [
        ...(floor ? [floor] : []),
        ...(note?.objection ? [fr.sales.objected(note.text)] : []),
      ];
      return buildConfirmTransferCard(action, deps.lawFirmName, data.pages, warnings, cardDayOf(data));
    },
    deps.malformed,
  );

  for (const [verb, carryOut] of CARRY_OUT) {
    onInvoke(
      app,
      verb,
      actionData,
      async (context, data) => {
        const viewer = await deps.people.viewerOf(context);
        return decideAndAnswer(deps, context, viewer, data, carryOut(deps, viewer, data));
      },
      deps.malformed,
    );
  }

  onInvoke(
    app,
    VERBS.noticeEvent,
    noticeEventData,
    async (context, data) => {
      const viewer = await deps.people.viewerOf(context);
      const outcome = await deps.decisions.recordNoticeEvent(deciderOf(viewer), {
        customer: data.customer,
        event: data.event,
        on: noticeDateOf(data),
      });
      deps.cards.invalidate();
      // The answer shows in the customer's row of « Mises en demeure en cours », under its buttons.
      const at = { customer: data.customer, step: NOTICES_SECTION };
      const card = await dayCardFor(
        deps.cards,
        viewer,
        data.date,
        data.pages,
        flashOf(outcome, deps.texts, at),
      );
      if (outcome.kind === 'done')
        deps.background.start('refresh', () => refreshOthers(deps, data.date, context));
      return card;
    },
    deps.malformed,
  );

  onInvoke(
    app,
    VERBS.sendAll,
    sendAllData,
    async (context, data) => {
      const viewer = await deps.people.viewerOf(context);
      const refresh = async (date: CalendarDate) => {
        deps.cards.invalidate();
        await refreshOthers(deps, date);
      };
      const outcome = await deps.decisions.sendAll(
        deciderOf(viewer),
        { date: data.date, step: data.step },
        () => refresh(data.date),
      );
      return dayCardFor(
        deps.cards,
        viewer,
        data.date,
        data.pages,
        flashOf(outcome, deps.texts, { step: data.step }),
      );
    },
    deps.malformed,
  );

  onInvoke(
    app,
    Object.values(ROW_VERBS),
    actionData,
    async (context, data, verb) => {
      const viewer = await deps.people.viewerOf(context);
      const outcome = await deps.decisions.decideRow(deciderOf(viewer), refOf(data), rowDecision(verb, data));
      deps.cards.invalidate();
      const card = await dayCardFor(
        deps.cards,
        viewer,
        cardDayOf(data),
        data.pages,
        flashOf(outcome, deps.texts, rowOf(data)),
      );
      if (outcome.kind === 'done')
        deps.background.start('refresh', () => refreshOthers(deps, cardDayOf(data), context));
      return card;
    },
    deps.malformed,
  );
}
