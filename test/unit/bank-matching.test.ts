/** Which invoices a bank credit pays: applied only when nothing is in doubt, proposed otherwise. */
import { CreditMatcher, type OpenInvoice } from '../../src/application/bank/matching';
import { calendarDate } from '../../src/domain/calendar-date';
import { balanceOf } from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';
import type { StatementLine } from '../../src/import/bank';
import { realisticStatement } from '../support/bank-statements';
import { aCustomer } from '../support/fixtures';

const DAY = calendarDate(2026, 11, 20);
const customers = [
  aCustomer({ code: 'C001', legalName: 'Biocoop Lyon Croix-Rousse' }),
  aCustomer({ code: 'C002', legalName: 'Propreté Services Rhône-Alpes' }),
  aCustomer({ code: 'C003', legalName: 'Hôtel du Parc' }),
];
const inv = (number: string, customerCode: string, balance: number, due = '2026-10-31'): OpenInvoice => ({
  number,
  customerCode,
  balance: cents(balance),
  dueDate: due as OpenInvoice['dueDate'],
});
const INVOICES = [
  inv('F2026-1042', 'C001', 120000, '2026-10-01'),
  inv('F2026-1043', 'C001', 30000, '2026-10-05'),
  inv('F2026-1044', 'C001', 45000, '2026-10-10'),
  inv('F2026-1050', 'C002', 99000),
  inv('F2025-1050', 'C003', 99000),
  inv('F2026-2001', 'C003', 50000),
  inv('F2026-2002', 'C003', 50000),
];

function credit(amount: number, fields: Partial<StatementLine> = {}): StatementLine {
  return {
    where: { line: 1, entry: 1 },
    account: 'FR76',
    entryRef: 'R1',
    txIndex: 0,
    direction: 'credit',
    amount: cents(amount),
    currency: 'EUR',
    bookingDate: DAY,
    valueDate: null,
    endToEndId: null,
    remittance: [],
    references: [],
    payerName: null,
    payerIban: null,
    ...fields,
  };
}

const matcher = (ibans = new Map<string, string>()) => new CreditMatcher(INVOICES, customers, ibans);
const numbers = (o: ReturnType<CreditMatcher['match']>) =>
  o.kind === 'matched' ? o.allocations.map((a) => `${a.invoiceNumber}:${a.amount}`) : o.kind;

describe('matching a credit', () => {
  it.each([
    ['F2026-1042'],
    ['REGLEMENT F 2026 1042'],
    ['FACT 1042'],
    ['fact1042 merci'],
    ['Facture n° 2026/1042'],
  ])('reads the invoice number however written: « %s »', (text) => {
    expect(numbers(matcher().match(credit(120000, { remittance: [text] })))).toEqual(['F2026-1042:120000']);
  });

  it('reads structured references and the end-to-end id', () => {
    expect(numbers(matcher().match(credit(30000, { references: ['F2026-1043'] })))).toEqual([
      'F2026-1043:30000',
    ]);
    expect(numbers(matcher().match(credit(30000, { endToEndId: 'F2026-1043' })))).toEqual([
      'F2026-1043:30000',
    ]);
  });

  it('does not take a longer number for an invoice number', () => {
    expect(matcher().match(credit(120000, { remittance: ['CMD F2026-10421'] })).kind).not.toBe('matched');
  });

  it('applies a grouped payment whose numbers are listed and whose amount is their total', () => {
    const outcome = matcher().match(credit(195000, { remittance: ['F2026-1042 F2026-1043 F2026-1044'] }));
    expect(numbers(outcome)).toEqual(['F2026-1042:120000', 'F2026-1043:30000', 'F2026-1044:45000']);
  });

  it('applies a partial payment of a named invoice', () => {
    const outcome = matcher().match(credit(40000, { remittance: ['ACOMPTE F2026-1042'] }));
    expect(outcome).toMatchObject({ kind: 'matched', partial: true });
    expect(numbers(outcome)).toEqual(['F2026-1042:40000']);
  });

  it('finds by name and exact amount, a single invoice or the one set of invoices adding up', () => {
    expect(numbers(matcher().match(credit(45000, { payerName: 'BIOCOOP LYON CROIX ROUSSE' })))).toEqual([
      'F2026-1044:45000',
    ]);
    expect(numbers(matcher().match(credit(75000, { payerName: 'BIOCOOP LYON CROIX ROUSSE' })))).toEqual([
      'F2026-1043:30000',
      'F2026-1044:45000',
    ]);
  });

  it('uses a learned IBAN like a name', () => {
    const m = matcher(new Map([['FR7611112222333344445555666', 'C002']]));
    expect(
      numbers(m.match(credit(99000, { payerIban: 'FR7611112222333344445555666', payerName: 'PSRA' }))),
    ).toEqual(['F2026-1050:99000']);
  });

  it('proposes when in doubt: two invoices of the amount, one number for two customers, an amount that fits nothing', () => {
    const twoEqual = matcher().match(credit(50000, { payerName: 'HOTEL DU PARC' }));
    expect(twoEqual.kind).toBe('proposed');
    const best = twoEqual.kind === 'proposed' ? twoEqual.candidates.slice(0, 2) : [];
    expect(best.map((c) => c.allocations.map((a) => a.invoiceNumber))).toEqual([
      ['F2026-2001'],
      ['F2026-2002'],
    ]);
    const twoYears = matcher().match(credit(99000, { remittance: ['FACT 1050'] }));
    expect(twoYears.kind).toBe('proposed');
    const unknown = matcher().match(credit(12345, { payerName: 'BIOCOOP LYON CROIX ROUSSE' }));
    expect(unknown).toMatchObject({ kind: 'proposed', customerCode: 'C001' });
    const amountOnly = matcher().match(credit(30000, { payerName: 'M DUPONT' }));
    expect(amountOnly).toMatchObject({ kind: 'proposed', customerCode: null });
  });

  it('ignores debits, and credits nothing links to a customer', () => {
    expect(matcher().match(credit(120000, { direction: 'debit', remittance: ['F2026-1042'] })).kind).toBe(
      'debit',
    );
    expect(matcher().match(credit(777, { payerName: 'INTERETS' })).kind).toBe('other');
  });

  it('on a realistic statement, matches at least 95 % of the customer credits automatically and never wrongly', () => {
    const statement = realisticStatement(7, 2_000, DAY);
    const open = statement.invoices.map((i) => ({
      number: i.number,
      customerCode: i.customerCode,
      balance: balanceOf(i),
      dueDate: i.dueDate,
    }));
    const ibans = new Map<string, string>();
    const m = new CreditMatcher(open, statement.customers, ibans);
    let customerCredits = 0;
    let automatic = 0;
    const wrong: string[] = [];
    for (const movement of statement.movements)
      movement.txs.forEach((tx, txIndex) => {
        const truth = statement.truth.get(`${movement.entryRef}|${txIndex}`);
        const outcome = m.match(
          credit(tx.amount, {
            direction: movement.direction,
            entryRef: movement.entryRef,
            txIndex,
            remittance: tx.remittance ?? [],
            references: tx.references ?? [],
            endToEndId: tx.endToEndId ?? null,
            payerName: tx.payerName ?? null,
            payerIban: tx.payerIban ?? null,
          }),
        );
        if (truth) customerCredits++;
        if (outcome.kind !== 'matched') return;
        m.consume(outcome.allocations);
        if (tx.payerIban && !ibans.has(tx.payerIban)) ibans.set(tx.payerIban, outcome.customerCode);
        const got = outcome.allocations.map((a) => `${a.invoiceNumber}:${a.amount}`).sort();
        const expected = (truth ?? []).map((a) => `${a.invoiceNumber}:${a.amount}`).sort();
        if (got.join() === expected.join()) automatic++;
        else wrong.push(`${movement.entryRef}: ${got.join()} ≠ ${expected.join()}`);
      });
    expect(wrong).toEqual([]);
    expect(customerCredits).toBeGreaterThan(1_500);
    expect(automatic / customerCredits).toBeGreaterThanOrEqual(0.95);
  });
});
