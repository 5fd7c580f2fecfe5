/**
 * Answers to questions as Adaptive Cards (cards/answer.json): one headline sentence with the figure,
 * the filters understood, key facts, a table shown page by page (« Voir la suite » re-runs the
 * query through Action.Execute), the definition of the figure, and notes. The card only formats:
 * every figure comes computed from the query service. Cards stay under Teams' 28 KB.
 */
import {
  endOfMonth,
  formatDateLongFr,
  formatDateShortFr,
  frenchMonthName,
  monthOf,
  startOfMonth,
  yearOf,
  type CalendarDate,
} from '../../domain/calendar-date';
import { formatEuros, sumCents, type Cents } from '../../domain/money';
import type { JournalEntry } from '../../domain/ports';
import { journalLabel } from '../../documents/journal-labels';
import { fr } from '../../i18n/fr';
import type { Understood } from '../../questions/parser/parse-question';
import { COLLECTED_MAX_MONTHS, JOURNAL_MAX_DAYS } from '../../questions/definitions';
import type { AgedBalance } from '../../questions/kpis';
import type { QueryAnswer } from '../../questions/results';
import type { Period, StructuredQuery } from '../../questions/query';
import { cardSize, expandCard, MAX_CARD_BYTES, type CardJson } from '../card-templates';

const t = fr.questions;

export const QUESTION_VERB = 'question.run';

/** What an answer card's buttons carry: the query to run again, and the page to show. */
export interface QuestionInvoke {
  q: StructuredQuery;
  p?: number;
}

type Align = 'Left' | 'Right';
interface Column {
  title: string;
  width: number;
  align: Align;
}
interface Table {
  title: string;
  columns: Column[];
  rows: string[][];
}
interface Choice {
  title: string;
  verb: string;
  data: QuestionInvoke;
}

/** What a card says, before paging and templating. The first table is the one paged. */
interface AnswerView {
  headline: string;
  subtitle?: string;
  facts?: Array<{ title: string; value: string }>;
  tables?: Table[];
  linesTitle?: string;
  lines?: string[];
  notes?: string[];
}

const eur = (amount: Cents) => formatEuros(amount);
const riskLabel = (key: string) => (t.risk as Readonly<Record<string, string>>)[key] ?? key;
const decimal = (value: number) => value.toFixed(1).replace('.', ',');
const percent = (value: number) => `${decimal(value)}\u00a0%`;
const col = (title: string, width: number, align: Align = 'Left'): Column => ({ title, width, align });
const short = formatDateShortFr;

export function periodText(period: Period): string {
  const { from, to } = period;
  if (from === to) return t.periods.day(formatDateLongFr(from));
  if (from === startOfMonth(from) && to === endOfMonth(from)) {
    return t.periods.month(frenchMonthName(monthOf(from)), yearOf(from));
  }
  if (from.endsWith('-01-01') && to === `${yearOf(from)}-12-31`) return t.periods.year(yearOf(from));
  return t.periods.range(formatDateLongFr(from), formatDateLongFr(to));
}

function amountText(query: Pick<StructuredQuery, 'amount'>): string | null {
  const a = query.amount;
  if (!a) return null;
  const parts = [
    a.gt !== undefined ? t.filters.amountGt(eur(a.gt)) : null,
    a.gte !== undefined ? t.filters.amountGte(eur(a.gte)) : null,
    a.lt !== undefined ? t.filters.amountLt(eur(a.lt)) : null,
    a.lte !== undefined ? t.filters.amountLte(eur(a.lte)) : null,
  ];
  return parts.filter(Boolean).join(' et ') || null;
}

function daysText(query: Pick<StructuredQuery, 'daysLate'>): string | null {
  const d = query.daysLate;
  if (!d) return null;
  if (d.min !== undefined && d.max !== undefined) return t.filters.daysBetween(d.min, d.max);
  if (d.min !== undefined) return t.filters.daysMin(d.min);
  if (d.max !== undefined) return t.filters.daysMax(d.max);
  return null;
}

/** « Filtres : client : Biocoop · plus de 5 000,00 € · … » — what the figure was restricted to. */
function filtersLine(query: StructuredQuery, names: (code: string) => string): string | undefined {
  const parts = [
    query.customerCodes ? t.filters.customers(query.customerCodes.map(names).join(', ')) : null,
    amountText(query),
    daysText(query),
    query.step ? t.filters.step(query.step) : null,
    query.risk ? t.filters.risk(t.risk[query.risk]) : null,
    query.asOf ? t.filters.dueBy(formatDateLongFr(query.asOf)) : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? t.filters.title(parts.join(' · ')) : undefined;
}

/** Names of customers met in the answer, for the filter line. */
function namesFrom(answer: QueryAnswer): (code: string) => string {
  const known = new Map<string, string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.code === 'string' && typeof record.name === 'string')
        known.set(record.code, record.name);
      Object.values(record).forEach(visit);
    }
  };
  visit(answer);
  return (code) => known.get(code) ?? code;
}

function lateText(days: number): string {
  return days > 0 ? t.days(days) : t.notDueYet;
}

function agedTable(balance: AgedBalance): Table {
  return {
    title: '',
    columns: [
      col(t.columns.bucket, 3),
      col(t.columns.count, 2, 'Right'),
      col(t.columns.amount, 3, 'Right'),
      col(t.columns.share, 2, 'Right'),
    ],
    rows: balance.buckets.map((b) => [
      t.buckets[b.bucket],
      String(b.count),
      eur(b.amount),
      balance.total > 0 ? percent((100 * b.amount) / balance.total) : '—',
    ]),
  };
}

function journalLine(entry: JournalEntry): string {
  const time = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(entry.at));
  const about = [...(entry.target.customerCodes ?? []), ...(entry.target.invoiceNumbers ?? [])].join(', ');
  return `${short(entry.date)} ${time} — ${journalLabel(entry.action)} — ${entry.actor.name}${about ? ` — ${about}` : ''}`;
}

function unpaidView(
  answer: Extract<QueryAnswer, { intent: 'unpaid_invoices' }>,
  names: (c: string) => string,
): AnswerView {
  const q = answer.query;
  const scope = q.period
    ? q.dateBasis === 'issue'
      ? t.headlines.issuedIn(periodText(q.period))
      : t.headlines.dueIn(periodText(q.period))
    : '';
  const headline = q.limit
    ? t.headlines.unpaidTop(answer.invoices.length, eur(answer.total))
    : t.headlines.unpaid(answer.count, scope, eur(answer.allTotal));
  const invoices: Table = {
    title: '',
    columns: [
      col(t.columns.invoice, 3),
      col(t.columns.customer, 4),
      col(t.columns.dueDate, 3),
      col(t.columns.late, 2, 'Right'),
      col(t.columns.balance, 3, 'Right'),
    ],
    rows: answer.invoices.map((l) => [
      l.number,
      l.customer.name,
      short(l.dueDate),
      lateText(l.daysLate),
      eur(l.balance),
    ]),
  };
  // « par client »: the totals per group are the answer, page by page; the invoices are not listed.
  const tables: Table[] = [invoices];
  if (answer.groups) {
    const label = (key: string) =>
      q.groupBy === 'customer' ? names(key) : q.groupBy === 'risk' ? riskLabel(key) : key || t.noStep;
    tables.splice(0, 1, {
      title: t.notes.groupsTitle,
      columns: [
        col(
          q.groupBy === 'risk'
            ? t.columns.segment
            : q.groupBy === 'step'
              ? t.columns.step
              : t.columns.customer,
          5,
        ),
        col(t.columns.count, 2, 'Right'),
        col(t.columns.balance, 3, 'Right'),
      ],
      rows: answer.groups.map((g) => [label(g.key), String(g.count), eur(g.amount)]),
    });
  }
  return {
    headline,
    subtitle:
      q.limit && q.period
        ? [scope, filtersLine(q, names)].filter(Boolean).join(' — ')
        : filtersLine(q, names),
    facts: q.limit
      ? [{ title: t.facts.allUnpaid, value: t.facts.countAmount(answer.count, eur(answer.allTotal)) }]
      : [],
    tables,
    notes: [
      t.definitions.unpaid,
      ...(q.period ? [q.dateBasis === 'issue' ? t.notes.issueBasis : t.notes.dueBasis] : []),
      ...(q.asOf ? [t.notes.asOf(formatDateLongFr(q.asOf))] : []),
    ],
  };
}

function viewOf(answer: QueryAnswer): AnswerView {
  const names = namesFrom(answer);
  const filters = filtersLine(answer.query, names);
  const today = formatDateLongFr(answer.today);
  switch (answer.intent) {
    case 'unpaid_invoices':
      return unpaidView(answer, names);
    case 'customer_balance': {
      const name = answer.customers.map((c) => c.name).join(', ');
      const several = answer.customers.length > 1;
      const headline =
        answer.total === 0
          ? t.headlines.customerOwesNothing(name, several)
          : answer.overdueCount === 0
            ? t.headlines.customerOwesNothingLate(name, several, eur(answer.total))
            : t.headlines.customerOwes(
                name,
                several,
                eur(answer.total),
                eur(answer.overdue),
                answer.overdueCount,
              );
      const { customerCodes: _c, ...others } = answer.query;
      return {
        headline,
        subtitle: filtersLine(others, names),
        facts: [
          { title: t.facts.total, value: eur(answer.total) },
          { title: t.facts.overdue, value: eur(answer.overdue) },
          { title: t.facts.openInvoices, value: String(answer.invoices.length) },
          {
            title: t.facts.paidLastYear,
            value: t.facts.paidLastYearValue(answer.paidLastYear.count, eur(answer.paidLastYear.amount)),
          },
        ],
        tables: [
          {
            title: '',
            columns: [
              col(t.columns.invoice, 3),
              col(t.columns.dueDate, 3),
              col(t.columns.late, 2, 'Right'),
              col(t.columns.balance, 3, 'Right'),
              col(t.columns.status, 3),
            ],
            rows: answer.invoices.map((l) => [
              l.number,
              short(l.dueDate),
              lateText(l.daysLate),
              eur(l.balance),
              t.invoiceStatus[l.status],
            ]),
          },
        ],
        linesTitle: answer.history.length > 0 ? t.notes.historyTitle : '',
        lines: [
          ...answer.history.map(journalLine),
          ...(answer.historyCount > answer.history.length
            ? [t.notes.historyMore(answer.historyCount - answer.history.length)]
            : []),
        ],
        notes: [t.definitions.unpaid],
      };
    }
    case 'aged_balance':
      return {
        headline: t.headlines.agedBalance(today, eur(answer.total), answer.count),
        subtitle: filters,
        tables: [
          agedTable(answer),
          ...(answer.byCustomer
            ? [
                {
                  title: t.notes.byCustomerTitle,
                  columns: [
                    col(t.columns.customer, 4),
                    col(t.columns.total, 3, 'Right'),
                    col(t.buckets.not_due, 3, 'Right'),
                    col(t.buckets.over_90, 3, 'Right'),
                  ],
                  rows: answer.byCustomer.map((r) => [
                    r.customer.name,
                    eur(r.balance.total),
                    eur(r.balance.buckets.find((b) => b.bucket === 'not_due')!.amount),
                    eur(r.balance.buckets.find((b) => b.bucket === 'over_90')!.amount),
                  ]),
                },
              ]
            : []),
        ],
        notes: [t.definitions.agedBalance],
      };
    case 'overdue_ratio':
      return {
        headline:
          answer.ratio === null
            ? t.headlines.overdueRatioNone
            : t.headlines.overdueRatio(percent(answer.ratio), eur(answer.overdue), eur(answer.total)),
        subtitle: filters,
        facts: [
          { title: t.facts.overdueReceivables, value: `${eur(answer.overdue)} (${answer.overdueCount})` },
          { title: t.facts.receivables, value: `${eur(answer.total)} (${answer.totalCount})` },
        ],
        notes: [t.definitions.overdueRatio, t.definitions.unpaid],
      };
    case 'dso':
      return {
        headline:
          answer.receivables === 0
            ? t.headlines.dsoNone
            : answer.days === null
              ? t.headlines.dsoOver(t.days(decimal(answer.countedDays)))
              : t.headlines.dso(t.days(decimal(answer.days))),
        subtitle: filters,
        facts: [{ title: t.facts.receivables, value: eur(answer.receivables) }],
        tables: [
          {
            title: '',
            columns: [
              col(t.columns.month, 3),
              col(t.columns.sales, 3, 'Right'),
              col(t.columns.days, 3, 'Right'),
            ],
            rows: answer.steps.map((s) => [
              `${frenchMonthName(Number(s.month.slice(5, 7)))} ${s.month.slice(0, 4)}`,
              eur(s.sales),
              decimal(s.counted),
            ]),
          },
        ],
        notes: [
          t.definitions.dso,
          ...(answer.days === null && answer.receivables > 0
            ? [t.notes.dsoNotExhausted(answer.steps.length)]
            : []),
        ],
      };
    case 'top_late_payers':
      return {
        headline: t.headlines.topLatePayers(answer.rows.length, eur(sumCents(answer.rows, (r) => r.overdue))),
        subtitle: filters,
        facts: [
          { title: t.facts.customersLate, value: String(answer.customersLate) },
          { title: t.facts.overdueReceivables, value: eur(answer.totalOverdue) },
        ],
        tables: [
          {
            title: '',
            columns: [
              col(t.columns.rank, 1, 'Right'),
              col(t.columns.customer, 5),
              col(t.columns.overdue, 3, 'Right'),
              col(t.columns.count, 2, 'Right'),
              col(t.columns.maxLate, 2, 'Right'),
            ],
            rows: answer.rows.map((r, i) => [
              String(i + 1),
              r.customer.name,
              eur(r.overdue),
              String(r.count),
              t.days(r.maxDaysLate),
            ]),
          },
        ],
        notes: [t.definitions.topLatePayers],
      };
    case 'late_rate': {
      const period = periodText(answer.period);
      return {
        headline:
          answer.rate === null
            ? t.headlines.lateRateNone(period)
            : t.headlines.lateRate(percent(answer.rate), answer.late, answer.considered, period),
        subtitle: filters,
        facts: [
          { title: t.facts.lateInvoices, value: String(answer.late) },
          { title: t.facts.onTime, value: String(answer.onTime) },
          ...(answer.unknown > 0 ? [{ title: t.facts.unknownDate, value: String(answer.unknown) }] : []),
        ],
        tables: answer.groups
          ? [
              {
                title: t.notes.groupsTitle,
                columns: [
                  col(answer.query.groupBy === 'risk' ? t.columns.segment : t.columns.customer, 5),
                  col(t.columns.rate, 2, 'Right'),
                  col(t.columns.lateCount, 2, 'Right'),
                  col(t.columns.considered, 2, 'Right'),
                ],
                rows: answer.groups.map((g) => [
                  g.customer ? g.customer.name : riskLabel(g.key),
                  g.rate.rate === null ? '—' : percent(g.rate.rate),
                  String(g.rate.late),
                  String(g.rate.considered),
                ]),
              },
            ]
          : [],
        notes: [t.definitions.lateRate],
      };
    }
    case 'litigation':
    case 'promises':
    case 'disputes':
    case 'payment_plans':
      return watchView(answer, filters);
    case 'planned_actions':
      return {
        headline: t.headlines.plannedActions(
          answer.actions.length,
          formatDateLongFr(answer.date),
          eur(answer.total),
        ),
        subtitle: filters,
        tables: [
          {
            title: '',
            columns: [
              col(t.columns.customer, 5),
              col(t.columns.step, 2),
              col(t.columns.count, 2, 'Right'),
              col(t.columns.amount, 3, 'Right'),
              col(t.columns.status, 3),
            ],
            rows: answer.actions.map((a) => [
              a.customer.name,
              a.step,
              String(a.invoiceCount),
              eur(a.total),
              t.actionStatus[a.status],
            ]),
          },
        ],
        notes: [t.notes.toAct],
      };
    case 'journal_activity':
      return {
        headline: t.headlines.journal(answer.entries.length, periodText(answer.period)),
        subtitle: filters,
        tables: [
          {
            title: '',
            columns: [
              col(t.columns.when, 3),
              col(t.columns.what, 5),
              col(t.columns.who, 3),
              col(t.columns.about, 4),
            ],
            rows: answer.entries.map((e) => [
              `${short(e.date)} ${new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(new Date(e.at))}`,
              journalLabel(e.action),
              e.actor.name,
              [...(e.target.customerCodes ?? []).map(names), ...(e.target.invoiceNumbers ?? [])].join(', '),
            ]),
          },
        ],
        notes: answer.shortened ? [t.notes.journalShortened(JOURNAL_MAX_DAYS)] : [],
      };
    case 'collected':
      return {
        headline: t.headlines.collected(eur(answer.total), periodText(answer.period), answer.count),
        subtitle: filters,
        tables: [
          {
            title: '',
            columns: [
              col(t.columns.customer, 5),
              col(t.columns.amount, 3, 'Right'),
              col(t.columns.payments, 2, 'Right'),
            ],
            rows: answer.byCustomer.map((r) => [r.customer.name, eur(r.amount), String(r.count)]),
          },
        ],
        notes: [
          t.definitions.collected,
          t.notes.collectedSource,
          ...(answer.shortened ? [t.notes.collectedShortened(COLLECTED_MAX_MONTHS)] : []),
        ],
      };
    case 'written_off': {
      const evolution =
        answer.previousTotal > 0
          ? percent((100 * (answer.total - answer.previousTotal)) / answer.previousTotal)
          : '—';
      return {
        headline: t.headlines.writtenOff(
          eur(answer.total),
          periodText(answer.period),
          eur(answer.previousTotal),
          periodText(answer.previousPeriod),
        ),
        subtitle: filters,
        facts: [
          { title: t.facts.invoicesWrittenOff, value: `${answer.count} (${periodText(answer.period)})` },
          {
            title: t.facts.previous(periodText(answer.previousPeriod)),
            value: `${eur(answer.previousTotal)} — ${answer.previousCount}`,
          },
          {
            title: t.facts.evolution,
            value: answer.total >= answer.previousTotal && evolution !== '—' ? `+${evolution}` : evolution,
          },
        ],
        tables: [
          {
            title: '',
            columns: [
              col(t.columns.invoice, 3),
              col(t.columns.customer, 5),
              col(t.columns.dueDate, 3),
              col(t.columns.balance, 3, 'Right'),
            ],
            rows: answer.invoices.map((l) => [l.number, l.customer.name, short(l.dueDate), eur(l.balance)]),
          },
        ],
        notes: [t.definitions.writtenOff],
      };
    }
    case 'help':
      return helpView();
  }
}

function watchView(
  answer: Extract<QueryAnswer, { intent: 'litigation' | 'promises' | 'disputes' | 'payment_plans' }>,
  filters?: string,
): AnswerView {
  const total = eur(answer.total);
  const n = answer.items.length;
  const date = (d: CalendarDate | null) => (d ? short(d) : '—');
  type Item = (typeof answer.items)[number];
  // Every watch list is customer, invoice, what is watched, balance: only the middle differs.
  const view = (
    headline: string,
    middle: ReturnType<typeof col>[],
    cells: (w: Item) => string[],
    customerWidth = 5,
  ): AnswerView => ({
    headline,
    subtitle: filters,
    tables: [
      {
        title: '',
        columns: [
          col(t.columns.customer, customerWidth),
          col(t.columns.invoice, 3),
          ...middle,
          col(t.columns.balance, 3, 'Right'),
        ],
        rows: answer.items.map((w) => [
          w.invoice.customer.name,
          w.invoice.number,
          ...cells(w),
          eur(w.invoice.balance),
        ]),
      },
    ],
  });
  switch (answer.intent) {
    case 'litigation':
      return view(t.headlines.litigation(n, total), [col(t.columns.transferred, 3)], (w) => [date(w.date)]);
    case 'promises':
      return view(
        t.headlines.promises(n, answer.items.filter((w) => w.state !== 'upcoming').length, total),
        [col(t.columns.promised, 3), col(t.columns.state, 2)],
        (w) => [date(w.date), t.watchState[w.state]],
      );
    case 'disputes':
      return view(
        t.headlines.disputes(n, total),
        [col(t.columns.since, 3), col(t.columns.reason, 5)],
        (w) => [date(w.date), w.detail ?? ''],
        4,
      );
    case 'payment_plans':
      return view(
        t.headlines.paymentPlans(n, total),
        [col(t.columns.nextInstallment, 3), col(t.columns.installment, 3, 'Right')],
        (w) => [
          `${date(w.date)}${w.state === 'due' ? ` (${t.watchState.due})` : ''}`,
          w.amount === null ? '—' : eur(w.amount),
        ],
        4,
      );
  }
}

function helpView(): AnswerView {
  return {
    headline: t.headlines.help,
    tables: [
      {
        title: t.examplesTitle,
        columns: [col(t.columns.question, 5), col(t.columns.answer, 6)],
        rows: t.examples.map((e) => [`« ${e.question} »`, e.answer]),
      },
    ],
  };
}

const PAGE_SIZE = 10;

/** The view as a card, its first table cut to the page; smaller pages until it fits in 28 KB. */
function render(view: AnswerView, query: StructuredQuery | null, page: number): CardJson {
  const all = view.tables ?? [];
  const first = all.at(-1);
  const others = all.slice(0, -1);
  for (let size = PAGE_SIZE; size >= 2; size -= 2) {
    const rows = first?.rows ?? [];
    const pages = Math.max(1, Math.ceil(rows.length / size));
    const current = Math.min(Math.max(0, page), pages - 1);
    const shown = rows.slice(current * size, (current + 1) * size);
    const choices: Choice[] = [];
    if (query && current > 0)
      choices.push({ title: t.buttons.previous, verb: QUESTION_VERB, data: { q: query, p: current - 1 } });
    if (query && current < pages - 1) {
      choices.push({
        title: t.buttons.next(current + 2, pages),
        verb: QUESTION_VERB,
        data: { q: query, p: current + 1 },
      });
    }
    const table = (tbl: Table, rowsShown: string[][], pageInfo: string) => ({
      title: tbl.title,
      columns: tbl.columns,
      rows: rowsShown.map((r) => ({
        cells: r.map((text, i) => ({ text, align: tbl.columns[i]?.align ?? 'Left' })),
      })),
      pageInfo,
    });
    const tables = [
      ...others.filter((o) => o.rows.length > 0).map((o) => table(o, o.rows, '')),
      ...(first && shown.length > 0
        ? [
            table(
              first,
              shown,
              pages > 1 ? t.pageInfo(current * size + 1, current * size + shown.length, rows.length) : '',
            ),
          ]
        : []),
    ];
    const card = expandCard('answer', {
      headline: view.headline,
      subtitle: view.subtitle ?? '',
      facts: view.facts ?? [],
      tables,
      linesTitle: view.linesTitle ?? '',
      lines: view.lines ?? [],
      notes: view.notes ?? [],
      choices,
    });
    if (cardSize(card) <= MAX_CARD_BYTES - 1024) return card;
  }
  throw new Error('answer card too large');
}

export function buildAnswerCard(answer: QueryAnswer, page = 0): CardJson {
  return render(viewOf(answer), answer.query, page);
}

export function buildHelpCard(): CardJson {
  return render(helpView(), null, 0);
}

/** « Plusieurs clients correspondent » with one button per customer, re-running the query with it. */
export function buildCustomerChoiceCard(
  mention: string,
  query: StructuredQuery,
  candidates: ReadonlyArray<{ code: string; name: string }>,
): CardJson {
  return expandCard('answer', {
    headline: t.whichCustomer(mention),
    subtitle: '',
    facts: [],
    tables: [],
    linesTitle: '',
    lines: [],
    notes: [],
    choices: candidates.map((c) => ({
      title: c.name,
      verb: QUESTION_VERB,
      data: { q: { ...query, customerCodes: [...(query.customerCodes ?? []), c.code] } },
    })),
  });
}

/** What was understood of a question that led to no figure, with examples. */
export function understoodText(understood: Understood): string | null {
  const parts = [
    understood.period ? t.understoodParts.period(periodText(understood.period)) : null,
    understood.asOf ? t.understoodParts.asOf(formatDateLongFr(understood.asOf)) : null,
    understood.customerNames ? t.understoodParts.customers(understood.customerNames.join(', ')) : null,
    amountText(understood) ? t.understoodParts.amount(amountText(understood)!) : null,
    daysText(understood) ? t.understoodParts.daysLate(daysText(understood)!) : null,
    understood.step ? t.understoodParts.step(understood.step) : null,
    understood.risk ? t.understoodParts.risk(t.risk[understood.risk]) : null,
    understood.dateBasis === 'issue' ? t.understoodParts.issueBasis : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? t.understood(parts.join(' ; ')) : null;
}

export function buildNotUnderstoodCard(understood: Understood): CardJson {
  const examples = t.examples.slice(0, 6);
  return expandCard('answer', {
    headline: t.notUnderstood,
    subtitle: understoodText(understood) ?? '',
    facts: [],
    tables: [],
    linesTitle: t.examplesTitle,
    lines: examples.map((e) => `« ${e.question} » — ${e.answer}`),
    notes: [],
    choices: [],
  });
}

/** A snapshot asked at a past date: said plainly, with a button for today's figure. */
export function buildPastCutOffCard(query: StructuredQuery & { asOf: CalendarDate }): CardJson {
  const whatOf: Readonly<Record<string, string>> = t.whatOf;
  const what = whatOf[query.intent] ?? t.whatOf.aged_balance;
  const { asOf: _asOf, ...today } = query;
  return expandCard('answer', {
    headline: t.pastCutOff(what, formatDateLongFr(query.asOf)),
    subtitle: '',
    facts: [],
    tables: [],
    linesTitle: '',
    lines: [],
    notes: [],
    choices: [{ title: t.todayInstead, verb: QUESTION_VERB, data: { q: today } }],
  });
}
