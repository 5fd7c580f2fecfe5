/**
 * Excel exports (issue #18): « export Excel de la balance âgée », « export des impayés », « export
 * du journal du mois ». This use case says what the file holds — one row per invoice (or journal
 * entry) with real numbers and dates, and a summary sheet — for the customers the asker may see;
 * the edge writes it as .xlsx (src/documents/exports) and answers a signed link.
 *
 * Rules: an invoice's row gives cents as euros (numbers, not text), dates as calendar dates in
 * Europe/Paris; the step is the last reminder sent, by the ladder's label and the document it
 * produced; a sales rep's export holds only their customers; the summary totals by age bucket are
 * the rows' own sums (never a second computation).
 */
import { formatDateShortFr, type CalendarDate } from '../../domain/calendar-date';
import { stepById, type LadderConfig } from '../../domain/ladder';
import { balanceOf, type Customer, type Invoice } from '../../domain/ledger';
import type { JournalEntry } from '../../domain/journal';
import { exportTexts as x } from '../../i18n/exports';
import { journalLabel } from '../../i18n/journal';
import { documentLabel } from '../../i18n/ladder';
import { fr } from '../../i18n/fr';
import type { ExportSubject } from '../../questions/commands';
import {
  AGE_BUCKETS,
  ageBucket,
  daysLate,
  isReceivable,
  isUnpaid,
  type AgeBucket,
} from '../../questions/definitions';
import type { CustomerRepository, InvoiceRepository, Journal } from '../ports';

export type CellKind = 'text' | 'date' | 'datetime' | 'euros' | 'integer';

export interface ExportColumn {
  header: string;
  kind: CellKind;
  /** Width in characters. */
  width: number;
}

/** A cell: text, a number of cents (`euros`), a whole number, a calendar date, an instant. */
export type ExportCell = string | number | null;

export interface ExportSheet {
  name: string;
  columns: readonly ExportColumn[];
  rows: Iterable<readonly ExportCell[]>;
}

export interface ExportWorkbook {
  fileName: string;
  title: string;
  /** The summary sheet's name. */
  summaryName?: string;
  /** The rows' sheet, then the summary (label, value, kind) lines and its table. */
  sheet: ExportSheet;
  summary: {
    facts: ReadonlyArray<{ label: string; value: ExportCell; kind: CellKind }>;
    table: { columns: readonly ExportColumn[]; rows: ReadonlyArray<readonly ExportCell[]> } | null;
  };
  rowCount: number;
}

export interface ExportScope {
  /** null: every customer; otherwise the codes the asker may see (a sales rep's portfolio). */
  customerCodes: readonly string[] | null;
}

export interface ExportDependencies {
  customers: Pick<CustomerRepository, 'list'>;
  invoices: Pick<InvoiceRepository, 'listOpen'>;
  journal: Pick<Journal, 'listForDays'>;
  ladder: LadderConfig;
}

const c = x.invoiceColumns;
const INVOICE_COLUMNS: readonly ExportColumn[] = [
  { header: c.customer, kind: 'text', width: 34 },
  { header: c.siren, kind: 'text', width: 12 },
  { header: c.number, kind: 'text', width: 16 },
  { header: c.issueDate, kind: 'date', width: 14 },
  { header: c.dueDate, kind: 'date', width: 12 },
  { header: c.amount, kind: 'euros', width: 15 },
  { header: c.paid, kind: 'euros', width: 15 },
  { header: c.balance, kind: 'euros', width: 15 },
  { header: c.daysLate, kind: 'integer', width: 10 },
  { header: c.bucket, kind: 'text', width: 17 },
  { header: c.step, kind: 'text', width: 34 },
  { header: c.salesRep, kind: 'text', width: 28 },
];

/** « J+20 — Lettre de mise en demeure »; « Aucune relance »; an unknown step by its label only. */
export function stepText(ladder: LadderConfig, stepId: string | null): string {
  if (!stepId) return x.noStep;
  if (ladder.preDue?.id === stepId)
    return `${ladder.preDue.label} — ${documentLabel(ladder.preDue.template)}`;
  const step = stepById(ladder, stepId);
  return step ? `${step.label} — ${documentLabel(step.template)}` : x.noStep;
}

function scopeFact(scope: ExportScope) {
  return {
    label: x.summary.scope,
    value: scope.customerCodes ? x.summary.portfolio(scope.customerCodes.length) : x.summary.everyone,
    kind: 'text' as const,
  };
}

async function invoiceExport(
  what: 'aged_balance' | 'unpaid',
  deps: ExportDependencies,
  scope: ExportScope,
  today: CalendarDate,
  exportedAt: Date,
): Promise<ExportWorkbook> {
  const [customers, open] = await Promise.all([deps.customers.list(), deps.invoices.listOpen()]);
  const byCode = new Map<string, Customer>(customers.map((k) => [k.code, k]));
  const visible = scope.customerCodes ? new Set(scope.customerCodes) : null;
  const kept = open
    .filter((i) => !visible || visible.has(i.customerCode))
    .filter((i) => (what === 'unpaid' ? isUnpaid(i, today) : isReceivable(i)))
    .sort(
      (a, b) =>
        daysLate(b, today) - daysLate(a, today) ||
        balanceOf(b) - balanceOf(a) ||
        a.number.localeCompare(b.number),
    );
  const totals = new Map<AgeBucket, { count: number; amount: number }>();
  const row = (invoice: Invoice): ExportCell[] => {
    const customer = byCode.get(invoice.customerCode);
    const late = daysLate(invoice, today);
    const bucket = ageBucket(late);
    const total = totals.get(bucket) ?? { count: 0, amount: 0 };
    total.count += 1;
    total.amount += balanceOf(invoice);
    totals.set(bucket, total);
    return [
      // A customer the list no longer has is named by its invoice, never by an internal code.
      customer?.legalName ?? '',
      customer?.siren ?? '',
      invoice.number,
      invoice.issueDate,
      invoice.dueDate,
      invoice.amountInclTax,
      invoice.amountPaid,
      balanceOf(invoice),
      Math.max(0, late),
      fr.questions.buckets[bucket],
      stepText(deps.ladder, invoice.dunning.lastStep),
      customer?.salesRepEmail ?? '',
    ];
  };
  const rows = kept.map(row);
  const buckets = AGE_BUCKETS.filter((b) => what === 'aged_balance' || b !== 'not_due');
  const sum = (key: 'count' | 'amount') => buckets.reduce((s, b) => s + (totals.get(b)?.[key] ?? 0), 0);
  return {
    fileName: x.fileNames[what](today),
    title: x.titles[what],
    summaryName: x.sheets.summary,
    sheet: { name: x.sheets.invoices, columns: INVOICE_COLUMNS, rows },
    rowCount: rows.length,
    summary: {
      facts: [
        { label: x.summary.exportedOn, value: exportedAt.toISOString(), kind: 'datetime' },
        { label: x.summary.situationAt, value: today, kind: 'date' },
        scopeFact(scope),
        {
          label: x.summary.filters,
          value: what === 'unpaid' ? x.summary.unpaidFilter : x.summary.agedFilter,
          kind: 'text',
        },
      ],
      table: {
        columns: [
          { header: x.summary.bucket, kind: 'text', width: 20 },
          { header: x.summary.count, kind: 'integer', width: 20 },
          { header: x.summary.amount, kind: 'euros', width: 18 },
        ],
        rows: [
          ...buckets.map((b) => [
            fr.questions.buckets[b],
            totals.get(b)?.count ?? 0,
            totals.get(b)?.amount ?? 0,
          ]),
          [x.summary.total, sum('count'), sum('amount')],
        ],
      },
    },
  };
}

const j = x.journalColumns;
const JOURNAL_COLUMNS: readonly ExportColumn[] = [
  { header: j.at, kind: 'datetime', width: 18 },
  { header: j.action, kind: 'text', width: 40 },
  { header: j.actor, kind: 'text', width: 24 },
  { header: j.customers, kind: 'text', width: 34 },
  { header: j.invoices, kind: 'text', width: 24 },
  { header: j.outcome, kind: 'text', width: 10 },
  { header: j.reason, kind: 'text', width: 40 },
];

async function journalExport(
  deps: ExportDependencies,
  scope: ExportScope,
  today: CalendarDate,
  exportedAt: Date,
): Promise<ExportWorkbook> {
  const from = `${today.slice(0, 8)}01` as CalendarDate;
  const [customers, entries] = await Promise.all([
    deps.customers.list(),
    deps.journal.listForDays(from, today),
  ]);
  const names = new Map(customers.map((k) => [k.code, k.legalName]));
  const visible = scope.customerCodes ? new Set(scope.customerCodes) : null;
  // A sales rep sees the entries about their customers only (an entry naming none is not theirs).
  const kept = entries
    .filter((e) => !visible || (e.target.customerCodes ?? []).some((code) => visible.has(code)))
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  const rows = kept.map((e: JournalEntry): ExportCell[] => [
    e.at,
    journalLabel(e.action),
    e.actor.name,
    (e.target.customerCodes ?? [])
      .filter((code) => !visible || visible.has(code))
      .map((code) => names.get(code) ?? '')
      .filter((name) => name !== '')
      .join(', '),
    (e.target.invoiceNumbers ?? []).join(', '),
    x.outcomes[e.outcome],
    e.reason ?? '',
  ]);
  return {
    fileName: x.fileNames.journal(today.slice(0, 7)),
    title: x.titles.journal,
    summaryName: x.sheets.summary,
    sheet: { name: x.sheets.journal, columns: JOURNAL_COLUMNS, rows },
    rowCount: rows.length,
    summary: {
      facts: [
        { label: x.summary.exportedOn, value: exportedAt.toISOString(), kind: 'datetime' },
        {
          label: x.summary.period,
          value: `${formatDateShortFr(from)} – ${formatDateShortFr(today)}`,
          kind: 'text',
        },
        scopeFact(scope),
        { label: x.summary.entries, value: rows.length, kind: 'integer' },
      ],
      table: null,
    },
  };
}

export function buildExport(
  what: ExportSubject,
  deps: ExportDependencies,
  scope: ExportScope,
  today: CalendarDate,
  exportedAt: Date,
): Promise<ExportWorkbook> {
  return what === 'journal'
    ? journalExport(deps, scope, today, exportedAt)
    : invoiceExport(what, deps, scope, today, exportedAt);
}
