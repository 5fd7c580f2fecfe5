/**
 * The rep's answers on their card: an agreement in progress (a date), a commercial dispute (a
 * reason), « j'appelle le client » (then the call's outcome), or nothing to report. Only the rep of
 * that customer may answer; each answer is journaled and shown on the controller's card, where the
 * controller decides (accept: the engine pauses; or proceed).
 */
import type { AdaptiveCard, Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory } from 'botbuilder';
import { addDays, isCalendarDate, type Clock } from '../domain/calendar-date';
import { fr } from '../i18n/fr';
import type { Stores } from '../application/ports';
import type { SalesAnswer } from '../domain/sales-notices';
import type { CardJson } from './card-templates';
import type { BotHooks } from './app';
import type { People } from './people';
import { SALES_VERBS } from './sales-card';
import { salesCardKey, type TeamsSalesNotifier } from './sales-notifier';

export interface SalesRouteDependencies {
  stores: Stores;
  people: People;
  notifier: TeamsSalesNotifier;
  clock: Clock;
  /** Brings every copy of the controllers' card up to date, in the background. */
  refreshDigest: () => void;
}

const asCard = (card: CardJson) => card as unknown as AdaptiveCard;
const text = (value: unknown) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : '');

export function registerSalesRoutes(
  app: Application<TurnState>,
  deps: SalesRouteDependencies,
  hooks: BotHooks,
): void {
  // A rep who installs the app after a notice could not reach them gets it now.
  hooks.afterWelcome.push(async (context) => {
    const email = (await deps.people.emailOf(context))?.toLowerCase();
    if (!email) return;
    const customers = new Set(
      (await deps.stores.customers.list())
        .filter((c) => c.salesRepEmail?.toLowerCase() === email)
        .map((c) => c.code),
    );
    if (customers.size === 0) return;
    const missed = (await deps.stores.salesNotices.listAll()).filter(
      (n) => customers.has(n.customerCode) && n.repEmail === email && n.status !== 'delivered' && !n.answer,
    );
    for (const notice of missed) {
      // In the installation's own turn: a reply, no proactive round trip.
      const card = await deps.notifier.cardFor(notice);
      if (!card) continue;
      const response = await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
      await deps.stores.cardPosts.save({
        cardKey: salesCardKey(notice),
        userKey: context.activity.from.aadObjectId ?? context.activity.from.id,
        conversationId: context.activity.conversation.id,
        activityId: response?.id ?? '',
        postedAt: deps.clock.now().toISOString(),
      });
      await deps.stores.salesNotices.modify(notice.customerCode, notice.key, (current) => ({
        ...current,
        status: 'delivered',
        reason: null,
        notifiedAt: deps.clock.now().toISOString(),
      }));
      await deps.stores.journal.append({
        actor: { id: 'bot', name: 'Relances' },
        action: 'salesrep.notified',
        target: {
          invoiceNumbers: notice.invoiceNumbers,
          customerCodes: [notice.customerCode],
          ref: notice.key,
        },
        details: { stage: notice.stage, rep: email, late: true },
        outcome: 'ok',
      });
    }
    if (missed.length > 0) deps.refreshDigest();
  });

  app.adaptiveCards.actionExecute<Record<string, unknown>>(
    Object.values(SALES_VERBS),
    async (context, _state, data) => {
      const verb = context.activity.value?.action?.verb as string;
      const viewer = await deps.people.viewerOf(context);
      const actor = { id: viewer.aadObjectId ?? viewer.userId, name: viewer.name };
      const customerCode = typeof data.customer === 'string' ? data.customer : '';
      const key = typeof data.notice === 'string' ? data.notice : '';
      const notice = customerCode && key ? await deps.stores.salesNotices.get(customerCode, key) : null;
      const customer = notice ? await deps.stores.customers.get(customerCode) : null;
      const refuse = async (reason: string) => {
        await deps.stores.journal.append({
          actor,
          action: 'sales.answer',
          target: { customerCodes: customerCode ? [customerCode] : [], ref: key },
          details: { verb, input: data },
          outcome: 'refused',
          reason,
        });
        return fr.decisions.refused(reason);
      };
      if (!notice || !customer) return refuse(fr.sales.unknownNotice);
      const email = viewer.email?.toLowerCase();
      if (!email || email !== notice.repEmail || email !== customer.salesRepEmail?.toLowerCase())
        return refuse(fr.sales.notYours);
      if (verb === SALES_VERBS.refresh) {
        const current = await deps.notifier.cardFor(notice);
        return current ? asCard(current) : fr.sales.unknownNotice;
      }

      const today = deps.clock.today();
      let answer: SalesAnswer;
      switch (verb) {
        case SALES_VERBS.agreement: {
          const date = text(data.expectedDate);
          if (!isCalendarDate(date) || date < today || date > addDays(today, 180))
            return refuse(fr.sales.badDate);
          answer = { kind: 'agreement', expectedDate: date };
          break;
        }
        case SALES_VERBS.dispute: {
          const reason = text(data.reason);
          if (reason.length < 3) return refuse(fr.sales.reasonRequired);
          answer = { kind: 'dispute', reason };
          break;
        }
        case SALES_VERBS.callResult: {
          const outcome = text(data.outcome);
          if (outcome.length < 3) return refuse(fr.sales.outcomeRequired);
          answer = { kind: 'calling', outcome };
          break;
        }
        case SALES_VERBS.calling:
          answer = { kind: 'calling', outcome: null };
          break;
        default:
          answer = { kind: 'nothing' };
      }
      const updated = await deps.stores.salesNotices.modify(customerCode, key, (current) => ({
        ...current,
        answer,
        answeredAt: deps.clock.now().toISOString(),
        answeredBy: actor,
      }));
      await deps.stores.journal.append({
        actor,
        action: 'salesrep.answered',
        target: { invoiceNumbers: notice.invoiceNumbers, customerCodes: [customerCode], ref: key },
        details: { source: 'sales_rep', stage: notice.stage, ...answer, answer: answer.kind },
        outcome: 'ok',
      });
      deps.refreshDigest();
      const card = updated ? await deps.notifier.cardFor(updated) : null;
      return card ? asCard(card) : fr.sales.recorded;
    },
  );
}
