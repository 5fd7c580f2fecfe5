/**
 * Before a letter is generated or a file transferred: do its penalties need a rate not known yet?
 * The document is dated the next business day (as `letterInput` dates it); the rates it needs are
 * those of every semester from the day after the earliest due date of its invoices to that date.
 */
import type { ActionRef } from '../../domain/decisions';
import type { BusinessCalendar } from '../../domain/business-calendar';
import type { Clock } from '../../domain/calendar-date';
import type { DunningAction } from '../../domain/actions';
import { missingRatesFor, type MissingRate, type RatedDocument } from '../../domain/stored-rates';
import type { ActionRepository, CustomerRepository } from '../ports';
import { currentRates, type Rates } from './effective-rates';

export interface RateCheckDependencies {
  stores: { actions: Pick<ActionRepository, 'get'>; customers: Pick<CustomerRepository, 'get'> };
  rates: Rates;
  calendar: BusinessCalendar;
  clock: Clock;
}

export interface RateCheck {
  action: DunningAction;
  missing: MissingRate[];
}

const DOCUMENTS: Partial<Record<string, RatedDocument>> = {
  letter: 'letter',
  registered_letter: 'notice',
  transfer: 'transfer',
};

/** The action and the rates it lacks; null when the action or its customer is not found. */
export async function missingRatesForAction(
  deps: RateCheckDependencies,
  ref: ActionRef,
): Promise<RateCheck | null> {
  const [action, customer, table] = await Promise.all([
    deps.stores.actions.get(ref.date, ref.customer, ref.step),
    deps.stores.customers.get(ref.customer),
    currentRates(deps.rates),
  ]);
  if (!action || !customer) return null;
  const document = DOCUMENTS[action.channel];
  if (!document) return { action, missing: [] };
  const asOf = deps.calendar.nextBusinessDayOnOrAfter(deps.clock.today());
  return {
    action,
    missing: missingRatesFor(
      table,
      customer,
      document,
      action.invoices.map((i) => i.dueDate),
      asOf,
    ),
  };
}
