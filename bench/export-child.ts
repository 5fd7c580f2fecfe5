/**
 * One Excel export in a process of its own, so that its peak RSS is its own: `n` open invoices of
 * 500 customers (generated, in memory: the store's read is measured by the store figures), the
 * aged balance built and written as .xlsx by the streaming writer. Prints one JSON line.
 */
import { buildExport } from '../src/application/exports/exports';
import type { CalendarDate } from '../src/domain/calendar-date';
import { addDays } from '../src/domain/calendar-date';
import { GREENOVA_LADDER } from '../src/domain/ladder';
import { EMPTY_DUNNING, type Customer, type Invoice } from '../src/domain/ledger';
import { cents } from '../src/domain/money';
import { writeXlsx } from '../src/documents/exports/xlsx';

export interface ExportChildResult {
  ms: number;
  bytes: number;
  maxRssMb: number;
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100_000);
  const today = (process.argv[3] ?? '2026-11-23') as CalendarDate;
  const customers: Customer[] = Array.from({ length: 500 }, (_, k) => ({
    code: `C${String(k).padStart(4, '0')}`,
    legalName: `Client ${k} — Société d’exemple`,
    siren: String(100_000_000 + k),
    address: { lines: ['1 rue de la Paix'], postalCode: '69001', city: 'Lyon', country: 'France' },
    billingEmails: [],
    phone: null,
    salesRepEmail: `rep${k % 7}@greenova.example`,
    risk: 'moderate',
    type: 'B2B',
    paymentTermsDays: 30,
    contractualPenaltyRateBp: null,
  }));
  const steps = [null, 'J+3', 'J+10', 'J+20', 'J+30'];
  const invoices: Invoice[] = Array.from({ length: n }, (_, i) => {
    const amount = 10_000 + ((i * 7_919) % 2_000_000);
    return {
      number: `F2026-${String(i).padStart(7, '0')}`,
      customerCode: customers[i % customers.length]!.code,
      issueDate: addDays(today, -30 - (i % 200)),
      dueDate: addDays(today, -(i % 200) + 20),
      amountExclTax: cents(Math.round(amount / 1.2)),
      vatAmount: cents(amount - Math.round(amount / 1.2)),
      amountInclTax: cents(amount),
      amountPaid: cents(i % 5 === 0 ? Math.floor(amount / 3) : 0),
      currency: 'EUR',
      orderRef: null,
      status: 'open',
      dunning: { ...EMPTY_DUNNING, lastStep: steps[i % steps.length]! },
      closedOn: null,
      appliedPaymentIds: [],
    } as Invoice;
  });
  const start = performance.now();
  const workbook = await buildExport(
    'aged_balance',
    {
      customers: { list: async () => customers },
      invoices: { listOpen: async () => invoices },
      journal: { listForDays: async () => [] },
      ladder: GREENOVA_LADDER,
    },
    { customerCodes: null },
    today,
    new Date(`${today}T08:00:00Z`),
  );
  const bytes = await writeXlsx(workbook, new Date(`${today}T08:00:00Z`));
  const ms = performance.now() - start;
  if (workbook.rowCount !== n) throw new Error(`export of ${workbook.rowCount} rows, ${n} expected`);
  const result: ExportChildResult = {
    ms,
    bytes: bytes.length,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
