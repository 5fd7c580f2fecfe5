/** Small builders of domain objects for tests: only what a test says differs from a sane default. */
import { calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import { EMPTY_DUNNING, type Customer, type Invoice } from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';

export function aCustomer(overrides: Partial<Customer> = {}): Customer {
  return {
    code: 'C001',
    legalName: 'Biocoop Lyon Croix-Rousse',
    siren: '732829320',
    address: { lines: ['12 rue d’Austerlitz'], postalCode: '69004', city: 'Lyon', country: 'France' },
    billingEmails: ['compta@biocoop-croixrousse.example'],
    phone: '04 78 00 00 00',
    salesRepEmail: 'claire.martin@greenova.example',
    risk: 'moderate',
    type: 'B2B',
    paymentTermsDays: 30,
    contractualPenaltyRateBp: null,
    ...overrides,
  };
}

export function anInvoice(overrides: Partial<Invoice> & { dueDate?: CalendarDate } = {}): Invoice {
  const ttc = overrides.amountInclTax ?? cents(120000);
  return {
    number: 'F2026-0001',
    customerCode: 'C001',
    issueDate: calendarDate(2026, 10, 1),
    dueDate: calendarDate(2026, 10, 31),
    amountExclTax: cents(Math.round((ttc * 100) / 120)),
    vatAmount: cents(ttc - Math.round((ttc * 100) / 120)),
    amountInclTax: ttc,
    amountPaid: cents(0),
    currency: 'EUR',
    orderRef: null,
    status: 'open',
    dunning: { ...EMPTY_DUNNING },
    closedOn: null,
    appliedPaymentIds: [],
    ...overrides,
  };
}
