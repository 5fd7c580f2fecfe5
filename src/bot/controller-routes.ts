/**
 * The controller's card in the chat: « relances du jour », the card's buttons (Action.Execute
 * invokes), and the digest delivered with the first message of a controller who was not reachable
 * when the job ran. Every handler answers within Teams' 5 seconds: work that may take longer is
 * handed over and the card updated when it ends.
 */
import type { AdaptiveCard, Application, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { Logger } from '../config/logger';
import type { Clock } from '../domain/calendar-date';
import { isCalendarDate, type CalendarDate } from '../domain/calendar-date';
import { decideOnRow, type RowDecisionInput } from '../decisions/row-decisions';
import { generateLetter, markPosted, transferToLawFirm, type LetterDependencies } from '../decisions/letters';
import { sendReminderEmail, type MailDependencies } from '../decisions/send-email';
import { buildConfirmTransferCard } from './confirm-transfer-card';
import type { Decider, DecisionDependencies, Outcome } from '../decisions/decision-context';
import { fr } from '../i18n/fr';
import type { DailyJobRequest, DailyJobResult } from '../jobs/daily-job';
import type { BackgroundTasks } from '../application/background-tasks';
import type { Stores } from '../application/ports';
import type { BotHooks } from './app';
import { buildActionDetailCard, ROW_VERBS } from './action-detail-card';
import type { CardJson } from './card-templates';
import { VERBS } from './digest-card';
import { salesNotes, type DigestCards } from './digest-cards';
import { canAct, seesEverything, type People, type Viewer } from './people';
import { digestCardKey, type ProactiveCards } from './teams-notifier';
import { registerCommandHelp } from './welcome';

export interface ControllerRouteDependencies {
  stores: Stores;
  people: People;
  cards: DigestCards;
  proactive: ProactiveCards;
  decisions: DecisionDependencies;
  mail: MailDependencies;
  letters: LetterDependencies;
  runJob: (request: DailyJobRequest) => Promise<DailyJobResult>;
  clock: Clock;
  /** The day whose work the card shows: today on a business day, else the last business day. */
  dunningDay: () => CalendarDate;
  background: BackgroundTasks;
  logger: Logger;
}

const TODAY_COMMAND = /^\s*(les\s+)?relances?\s+(du\s+jour|d[’']aujourd[’']hui)\s*[?!.]*\s*$/i;

type InvokeData = Record<string, unknown>;

function pagesOf(data: InvokeData): Record<string, number> {
  const pages = data.pages;
  if (!pages || typeof pages !== 'object') return {};
  return Object.fromEntries(
    Object.entries(pages as Record<string, unknown>).filter(
      (e): e is [string, number] =>
        typeof e[1] === 'number' && Number.isInteger(e[1]) && e[1] >= 0 && e[1] < 10_000,
    ),
  );
}

/** Teams wants an invoke answered within 5 s: past this, the answer says « en cours » and the card follows. */
const INVOKE_DEADLINE_MS = 3500;

async function withinDeadline<T>(work: Promise<T>, ms = INVOKE_DEADLINE_MS): Promise<T | 'pending'> {
  let timer: NodeJS.Timeout | undefined;
  const pending = new Promise<'pending'>((resolve) => (timer = setTimeout(() => resolve('pending'), ms)));
  try {
    return await Promise.race([work, pending]);
  } finally {
    clearTimeout(timer);
  }
}

/** Our cards are built as plain JSON; teams-ai wants its AdaptiveCard type. */
const asCard = (card: CardJson) => card as unknown as AdaptiveCard;

/**
 * Answers an invoke with a card for the clicker only. teams-ai replaces a card that has a refresh
 * section for everyone (an update of the shared message first); a page turned, a refresh or a
 * detail view concerns only the person who clicked, and saves that round trip to the connector.
 */
async function answerClickerOnly(context: TurnContext, card: CardJson): Promise<AdaptiveCard> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: {
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card },
    },
  });
  return asCard(card);
}

function deciderOf(viewer: Viewer): Decider {
  return { actor: { id: viewer.aadObjectId ?? viewer.userId, name: viewer.name }, canAct: canAct(viewer) };
}

export function registerControllerRoutes(
  app: Application<TurnState>,
  deps: ControllerRouteDependencies,
  hooks: BotHooks,
): void {
  registerCommandHelp(fr.commands.today);
  const dateOf = (data: InvokeData): CalendarDate =>
    isCalendarDate(data.date) ? data.date : deps.dunningDay();

  const digestCard = async (
    viewer: Viewer,
    date: CalendarDate,
    pages: Record<string, number>,
    flash?: Outcome | null,
  ) => deps.cards.render(await deps.cards.load(date), viewer, { pages, flash });

  app.turn('beforeTurn', async (context) => {
    // Learn the user's e-mail once (member lookup), so that proactive cards can find them by role.
    if (context.activity.conversation?.conversationType !== 'channel')
      await deps.people.emailOf(context).catch(() => null);
    await deliverMissedDigest(context, deps).catch((error: unknown) =>
      deps.logger.warn({ err: error }, 'could not deliver the pending digest'),
    );
    return true;
  });

  // A controller who installs the app after the job ran gets the day's card right after the welcome.
  hooks.afterWelcome.push(async (context) => {
    await deps.people.emailOf(context);
    await deliverMissedDigest(context, deps, true);
  });

  app.message(TODAY_COMMAND, async (context) => {
    const viewer = await deps.people.viewerOf(context);
    if (!seesEverything(viewer) && viewer.customerCodes.length === 0) {
      await context.sendActivity(fr.controller.notForYou);
      return;
    }
    const today = deps.dunningDay();
    const runs = await deps.stores.jobRuns.listForDate(today);
    if (!runs.some((r) => r.status === 'completed')) await deps.runJob({ trigger: 'chat', date: today });
    const card = await digestCard(viewer, today, {});
    const response = await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    if (response?.id && seesEverything(viewer)) {
      await deps.proactive.remember(
        digestCardKey(today),
        { aadObjectId: viewer.aadObjectId, userId: viewer.userId },
        context.activity.conversation.id,
        response.id,
        deps.clock.now(),
      );
    }
  });

  app.adaptiveCards.actionExecute<InvokeData>([VERBS.refresh, VERBS.page], async (context, _state, data) => {
    const viewer = await deps.people.viewerOf(context);
    return answerClickerOnly(context, await digestCard(viewer, dateOf(data), pagesOf(data)));
  });

  app.adaptiveCards.actionExecute<InvokeData>(VERBS.more, async (context, _state, data) => {
    const viewer = await deps.people.viewerOf(context);
    const date = dateOf(data);
    const action =
      canAct(viewer) && typeof data.customer === 'string' && typeof data.step === 'string'
        ? await deps.stores.actions.get(date, data.customer, data.step)
        : null;
    if (!action) {
      const message = fr.decisions.refused(
        canAct(viewer) ? fr.decisions.unknownAction : fr.decisions.notAllowed,
      );
      return asCard(await digestCard(viewer, date, pagesOf(data), { ok: false, message }));
    }
    return asCard(buildActionDetailCard(action, deps.clock.today(), pagesOf(data)));
  });

  const rowVerbs: Array<[string, 'postpone' | 'dispute' | 'promise' | 'paid' | 'call']> = [
    [ROW_VERBS.postpone, 'postpone'],
    [ROW_VERBS.dispute, 'dispute'],
    [ROW_VERBS.promise, 'promise'],
    [ROW_VERBS.paid, 'paid'],
    [ROW_VERBS.call, 'call'],
  ];
  // The decisions that carry an action out: each is claimed, guarded, done once and journaled.
  const carryOut: Array<[string, (decider: Decider, data: InvokeData) => Promise<Outcome>]> = [
    [VERBS.sendEmail, (decider, data) => sendReminderEmail(deps.mail, decider, data)],
    [VERBS.generate, (decider, data) => generateLetter(deps.letters, decider, data)],
    [VERBS.markPosted, (decider, data) => markPosted(deps.letters, decider, data, false)],
    [VERBS.markRegistered, (decider, data) => markPosted(deps.letters, decider, data, true)],
    [VERBS.transfer, (decider, data) => transferToLawFirm(deps.letters, decider, data)],
  ];
  for (const [verb, decide] of carryOut) {
    app.adaptiveCards.actionExecute<InvokeData>(verb, async (context, _state, data) => {
      const viewer = await deps.people.viewerOf(context);
      return decideAndAnswer(deps, context, viewer, data, decide(deciderOf(viewer), data), digestCard);
    });
  }

  app.adaptiveCards.actionExecute<InvokeData>(VERBS.confirmTransfer, async (context, _state, data) => {
    const viewer = await deps.people.viewerOf(context);
    const date = dateOf(data);
    const action =
      canAct(viewer) && typeof data.customer === 'string' && typeof data.step === 'string'
        ? await deps.stores.actions.get(date, data.customer, data.step)
        : null;
    if (!action || action.status !== 'proposed' || action.channel !== 'transfer') {
      const reason = !canAct(viewer) ? fr.decisions.notAllowed : fr.decisions.unknownAction;
      return asCard(
        await digestCard(viewer, date, pagesOf(data), { ok: false, message: fr.decisions.refused(reason) }),
      );
    }
    const note = (await salesNotes(deps.stores, new Set([action.customerCode])))[action.customerCode];
    const warnings = note?.objection ? [fr.sales.objected(note.text)] : [];
    return asCard(buildConfirmTransferCard(action, deps.letters.lawFirm.name, pagesOf(data), warnings));
  });

  app.adaptiveCards.actionExecute<InvokeData>(VERBS.sendAll, async (context, _state, data) => {
    const viewer = await deps.people.viewerOf(context);
    const date = dateOf(data);
    const decider = deciderOf(viewer);
    if (!decider.canAct) {
      return asCard(
        await digestCard(viewer, date, pagesOf(data), {
          ok: false,
          message: fr.decisions.refused(fr.decisions.notAllowed),
        }),
      );
    }
    const proposed = (await deps.stores.actions.listForDate(date)).filter(
      (a) => a.step === data.step && a.channel === 'email' && a.status === 'proposed',
    );
    if (proposed.length === 0)
      return asCard(
        await digestCard(viewer, date, pagesOf(data), { ok: false, message: fr.decisions.sendAllNothing }),
      );
    // In the background, one after the other: each is claimed, so a parallel click sends nothing twice.
    deps.background.start('send all', async () => {
      for (const action of proposed) {
        await sendReminderEmail(deps.mail, decider, {
          date,
          customer: action.customerCode,
          step: action.step,
        }).catch((error: unknown) =>
          deps.logger.error({ err: error, action: action.id }, 'send all: one e-mail failed'),
        );
        deps.cards.invalidate();
        await refreshOthers(deps, date);
      }
    });
    return asCard(
      await digestCard(viewer, date, pagesOf(data), {
        ok: true,
        message: fr.decisions.sendAllStarted(proposed.length),
      }),
    );
  });

  for (const [verb, kind] of rowVerbs) {
    app.adaptiveCards.actionExecute<InvokeData>(verb, async (context, _state, data) => {
      const viewer = await deps.people.viewerOf(context);
      const outcome = await decideOnRow(deps.decisions, deciderOf(viewer), kind, data as RowDecisionInput);
      deps.cards.invalidate();
      const card = await digestCard(viewer, dateOf(data), pagesOf(data), outcome);
      if (outcome.ok) deps.background.start('refresh', () => refreshOthers(deps, dateOf(data), context));
      return asCard(card);
    });
  }
}

/**
 * Carries a decision out: answers with the updated card when it is done within Teams' deadline,
 * otherwise answers « en cours » and updates every copy of the card when it ends.
 */
async function decideAndAnswer(
  deps: ControllerRouteDependencies,
  context: TurnContext,
  viewer: Viewer,
  data: InvokeData,
  work: Promise<Outcome>,
  digestCard: (
    viewer: Viewer,
    date: CalendarDate,
    pages: Record<string, number>,
    flash?: Outcome | null,
  ) => Promise<CardJson>,
): Promise<AdaptiveCard> {
  const date = isCalendarDate(data.date) ? data.date : deps.dunningDay();
  const settled = work.then(
    (outcome) => {
      deps.cards.invalidate();
      return outcome;
    },
    (error: unknown): Outcome => {
      deps.logger.error({ err: error }, 'decision failed');
      return { ok: false, message: fr.decisions.failed(fr.decisions.unexpected) };
    },
  );
  const outcome = await withinDeadline(settled);
  if (outcome === 'pending') {
    deps.background.start('refresh', () => settled.then(() => refreshOthers(deps, date)));
    const customer = typeof data.customer === 'string' ? data.customer : '';
    return asCard(
      await digestCard(viewer, date, pagesOf(data), {
        ok: true,
        message: fr.decisions.stillRunning(customer),
      }),
    );
  }
  if (outcome.ok) deps.background.start('refresh', () => refreshOthers(deps, date, context));
  return asCard(await digestCard(viewer, date, pagesOf(data), outcome));
}

/** Other people's copies of the day's card, brought up to date after a decision. */
export async function refreshOthers(
  deps: ControllerRouteDependencies,
  date: CalendarDate,
  context?: TurnContext,
): Promise<void> {
  const clicker = context?.activity.from.aadObjectId ?? context?.activity.from.id;
  try {
    const digest = await deps.cards.load(date);
    await deps.proactive.updateAll(digestCardKey(date), async (user) =>
      (user.aadObjectId ?? user.userId) === clicker ? null : deps.cards.renderForUser(digest, user),
    );
  } catch (error) {
    deps.logger.warn({ err: error, date }, 'could not refresh the other copies of the card');
  }
}

/** A controller who could not be reached when the job ran gets the day's card with their first message. */
async function deliverMissedDigest(
  context: TurnContext,
  deps: ControllerRouteDependencies,
  installing = false,
): Promise<void> {
  if (context.activity.conversation?.conversationType === 'channel') return;
  if (!installing && (context.activity.type !== 'message' || TODAY_COMMAND.test(context.activity.text ?? '')))
    return;
  const viewer = await deps.people.viewerOf(context);
  if (!viewer.roles.includes('controller')) return;
  const today = deps.dunningDay();
  const key = digestCardKey(today);
  if (await deps.stores.cardPosts.get(key, viewer.aadObjectId ?? viewer.userId)) return;
  const runs = await deps.stores.jobRuns.listForDate(today);
  if (!runs.some((r) => r.status === 'completed')) return;
  const card: CardJson = await deps.cards.render(await deps.cards.load(today), viewer);
  const response = await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  if (response?.id) {
    await deps.proactive.remember(
      key,
      { aadObjectId: viewer.aadObjectId, userId: viewer.userId },
      context.activity.conversation.id,
      response.id,
      deps.clock.now(),
    );
  }
}
