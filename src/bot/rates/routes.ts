/**
 * « taux », « taux de pénalités », « saisir les taux », and the « Saisir les taux » button of the
 * day's card: the form of a semester's rates, for the controller and the backup controller (others
 * are told politely who may). And the question asked before generating a letter or transferring a
 * file whose penalties need a rate not known yet: « Saisir le taux » / « Générer quand même ».
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Journal, RateRepository } from '../../application/ports';
import { currentRates, type Rates } from '../../application/rates/effective-rates';
import {
  missingRatesForAction,
  type RateCheck,
  type RateCheckDependencies,
} from '../../application/rates/rate-check';
import { setRates, type RatesRefusal } from '../../application/rates/set-rates';
import type { BusinessCalendar } from '../../domain/business-calendar';
import { isCalendarDate, type CalendarDate, type Clock } from '../../domain/calendar-date';
import { defaultFormSemester, isSemesterStart, type RatedDocument } from '../../domain/stored-rates';
import { fr } from '../../i18n/fr';
import type { BotHooks } from '../app';
import type { CardJson } from '../card-templates';
import { deciderOf, withinDeadline } from '../controller/click-answers';
import { VERBS } from '../controller/digest-card';
import { actionData, cardDayOf, refOf } from '../controller/invokes';
import { onInvoke, type MalformedInvoke } from '../invoke';
import { canAct, type People } from '../people';
import {
  buildConfirmRateCard,
  buildRatesCard,
  EMPTY_FORM,
  offeredSemesters,
  RATE_VERBS,
  recordedLines,
  type TypedRates,
} from './rates-card';

export interface RateRouteDependencies {
  people: People;
  stores: RateCheckDependencies['stores'] & {
    rates: Pick<RateRepository, 'save'>;
    journal: Pick<Journal, 'append'>;
  };
  rates: Rates;
  calendar: BusinessCalendar;
  clock: Clock;
  /** After rates were recorded: the day's cards are brought up to date (in the background). */
  onChanged: () => void;
  malformed: MalformedInvoke;
}

/** « taux », « taux de pénalités », « saisir les taux », « saisir les taux de pénalités ». */
export const RATES_COMMAND =
  /^\s*(?:saisir\s+(?:les\s+)?)?taux(?:\s+de\s+p[ée]nalit[ée]s?(?:\s+de\s+retard)?)?\s*[?!.]*\s*$/i;

/** Marks the click of « Générer quand même » / « Transmettre quand même ». */
export const RATE_CONFIRMED = 'rateConfirmed';

/** How long the check before generating may take; past it, the click goes on as usual. */
const CHECK_DEADLINE_MS = 2000;

const date = z.custom<CalendarDate>((v) => typeof v === 'string' && isCalendarDate(v));
const field = z.string().max(400).optional();

const openData = z.object({ semester: date.optional(), day: date.optional() }).passthrough();
const setData = z
  .object({
    rateSemester: field,
    rateEcb: field,
    rateLegalProfessional: field,
    rateLegalIndividual: field,
    rateSource: field,
    day: date.optional(),
  })
  .passthrough();

function refusalText(refusal: RatesRefusal): string {
  const t = fr.rates.invalid;
  switch (refusal.code) {
    case 'not_allowed':
      return fr.rates.notAllowed;
    case 'semester':
      return fr.rates.refused(t.semester);
    case 'rate':
      return fr.rates.refused(t.rate(fr.rates.seriesName(refusal.series)));
    case 'no_rate':
      return fr.rates.refused(t.noRate);
    case 'source':
      return fr.rates.refused(t.source);
    case 'source_too_long':
      return fr.rates.refused(t.sourceTooLong);
  }
}

const KIND: Partial<Record<string, RatedDocument>> = {
  letter: 'letter',
  registered_letter: 'notice',
  transfer: 'transfer',
};

export function registerRateRoutes(
  app: Application<TurnState>,
  deps: RateRouteDependencies,
  hooks: Pick<BotHooks, 'commands'>,
): void {
  hooks.commands.push(fr.rates.command);

  const formCard = async (semester: CalendarDate | undefined, day?: CalendarDate): Promise<CardJson> => {
    const table = await currentRates(deps.rates);
    const today = deps.clock.today();
    const offered = offeredSemesters(today);
    return buildRatesCard({
      table,
      today,
      semester: semester && offered.includes(semester) ? semester : defaultFormSemester(table, today),
      typed: EMPTY_FORM,
      flash: null,
      day,
    });
  };

  app.message(RATES_COMMAND, async (context) => {
    const viewer = await deps.people.viewerOf(context);
    if (!canAct(viewer)) {
      await context.sendActivity(fr.rates.notAllowed);
      return;
    }
    await context.sendActivity(
      MessageFactory.attachment(CardFactory.adaptiveCard(await formCard(undefined))),
    );
  });

  // From the day's card or the question before generating: the form comes as a message of its
  // own, so the card it was opened from stays.
  onInvoke(
    app,
    RATE_VERBS.open,
    openData,
    async (context, data) => {
      const viewer = await deps.people.viewerOf(context);
      if (!canAct(viewer)) return fr.rates.notAllowed;
      const card = await formCard(data.semester, data.day);
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
      return fr.rates.openedBelow;
    },
    deps.malformed,
  );

  onInvoke(
    app,
    RATE_VERBS.set,
    setData,
    async (context, data) => {
      const viewer = await deps.people.viewerOf(context);
      const typed: TypedRates = {
        ecb: data.rateEcb ?? '',
        legalProfessional: data.rateLegalProfessional ?? '',
        legalIndividual: data.rateLegalIndividual ?? '',
        source: data.rateSource ?? '',
      };
      const outcome = await setRates(deps, deciderOf(viewer), {
        semesterStart: data.rateSemester ?? '',
        ...typed,
      });
      if (outcome.kind === 'refused' && outcome.refusal.code === 'not_allowed') return fr.rates.notAllowed;
      const table = await currentRates(deps.rates);
      const today = deps.clock.today();
      if (outcome.kind === 'refused') {
        const semester = data.rateSemester ?? '';
        return buildRatesCard({
          table,
          today,
          semester: isSemesterStart(semester) ? semester : defaultFormSemester(table, today),
          typed,
          flash: { ok: false, lines: [refusalText(outcome.refusal)] },
          day: data.day,
        });
      }
      deps.onChanged();
      return buildRatesCard({
        table,
        today,
        semester: outcome.semesterStart,
        typed: null,
        flash: {
          ok: true,
          lines: recordedLines(outcome.semesterStart, outcome.changes, outcome.source, outcome.by),
        },
        day: data.day,
      });
    },
    deps.malformed,
  );

  // Before « Générer » (J+10, J+20) and « Transmettre au cabinet »: when the penalties need a rate
  // not known yet, ask first. Registered before the day's card's own routes, it takes the click
  // only then; otherwise (or past CHECK_DEADLINE_MS) the click goes on as usual.
  const checks = new WeakMap<
    TurnContext,
    { check: RateCheck; verb: string; data: Record<string, unknown> }
  >();
  app.adaptiveCards.actionExecute(
    async (context) => {
      const value = context.activity.value as
        { action?: { type?: unknown; verb?: unknown; data?: unknown } } | undefined;
      const verb = value?.action?.verb;
      if (
        context.activity.type !== 'invoke' ||
        context.activity.name !== 'adaptiveCard/action' ||
        (verb !== VERBS.generate && verb !== VERBS.confirmTransfer)
      )
        return false;
      const parsed = actionData.safeParse(value?.action?.data ?? {});
      if (!parsed.success || parsed.data[RATE_CONFIRMED] === true) return false;
      try {
        const viewer = await deps.people.viewerOf(context);
        if (!canAct(viewer)) return false;
        const check = await withinDeadline(
          missingRatesForAction(deps, refOf(parsed.data)),
          CHECK_DEADLINE_MS,
        );
        if (check === 'pending' || !check || check.missing.length === 0) return false;
        if (check.action.status !== 'proposed' || !KIND[check.action.channel]) return false;
        checks.set(context, { check, verb, data: parsed.data });
        return true;
      } catch {
        return false;
      }
    },
    async (context) => {
      const { check, verb, data } = checks.get(context)!;
      const day = cardDayOf(data as { date: CalendarDate; day?: CalendarDate });
      return buildConfirmRateCard({
        customerName: check.action.customerName,
        missing: check.missing,
        kind: KIND[check.action.channel]!,
        anyway: { verb, data: { ...data, [RATE_CONFIRMED]: true } },
        back: { date: day, pages: (data.pages as Record<string, number> | undefined) ?? {} },
        day,
      });
    },
  );
}
