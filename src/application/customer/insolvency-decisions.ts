/**
 * « Procédure collective » on the customer's card: the proceedings recorded or corrected, and the
 * claim declaration recorded as sent. The customer's row keeps them; the journal keeps the state
 * before and after (« Annuler » restores it while nobody changed it since). Recording them
 * withdraws today's rows whose invoices are all frozen (issued before the opening judgment), as
 * the guard would at the click.
 */
import type { DunningAction } from '../../domain/actions';
import type { Clock } from '../../domain/calendar-date';
import type { CustomerDecision, CustomerOutcome, CustomerRefusal } from '../../domain/customer-decisions';
import type { Decider } from '../../domain/decisions';
import { isFrozenByProceedings, readInsolvencyForm } from '../../domain/insolvency';
import { isClosed, type Customer, type InsolvencyProceedings } from '../../domain/ledger';
import type { BusinessCalendar } from '../../domain/business-calendar';
import { declarableInvoices, declaredClaim } from '../../domain/claim-declaration';
import type { CompanyIdentity } from '../../domain/identity';
import { currentRates, type Rates } from '../rates/effective-rates';
import { declarationWords } from '../../i18n/fr/insolvency';
import { DOCX_CONTENT_TYPE, type DocumentStore, type Logger, type RenderLetter, type Stores } from '../ports';

export interface InsolvencyDecisionDependencies {
  stores: Pick<Stores, 'customers' | 'invoices' | 'journal' | 'actions'>;
  clock: Clock;
  /** What « Préparer la déclaration de créance » needs (absent: the button is refused). */
  declaration?: DeclarationDependencies;
}

export interface DeclarationDependencies {
  documents: DocumentStore;
  renderLetter: RenderLetter;
  company: CompanyIdentity;
  rates: Rates;
  calendar: BusinessCalendar;
  logger: Logger;
}

export const INSOLVENCY_ACTIONS = {
  recorded: 'insolvency.recorded',
  updated: 'insolvency.updated',
  declarationSent: 'insolvency.declaration_sent',
  declarationGenerated: 'insolvency.declaration_generated',
} as const;

/** What an entry of these decisions keeps to be undone: the proceedings before and after. */
export interface InsolvencyUndo {
  before: InsolvencyProceedings | null;
  after: InsolvencyProceedings;
}

export function insolvencyUndoOf(details: Record<string, unknown> | undefined): InsolvencyUndo | null {
  const value = details?.insolvency;
  return value && typeof value === 'object' && 'after' in value ? (value as InsolvencyUndo) : null;
}

const same = (a: InsolvencyProceedings | null | undefined, b: InsolvencyProceedings | null | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The customer's proceedings set to `next`, if they are still `expected` (null when they moved). */
export async function replaceInsolvency(
  stores: Pick<Stores, 'customers'>,
  code: string,
  expected: InsolvencyProceedings | null,
  next: InsolvencyProceedings | null,
): Promise<Customer | null> {
  const current = await stores.customers.get(code);
  if (!current || !same(current.insolvency, expected)) return null;
  const { insolvency: _old, ...rest } = current;
  const updated: Customer = next ? { ...rest, insolvency: next } : rest;
  await stores.customers.upsertMany([updated]);
  return updated;
}

type Journal = (action: string, details: Record<string, unknown>) => Promise<unknown>;
type Refuse = (refusal: CustomerRefusal, customer?: Customer) => Promise<CustomerOutcome>;

export async function decideInsolvency(
  deps: InsolvencyDecisionDependencies,
  decider: Decider,
  customer: Customer,
  decision: Extract<CustomerDecision, { verb: 'insolvency' | 'declaration_sent' | 'claim_declaration' }>,
  journal: Journal,
  refuse: Refuse,
): Promise<CustomerOutcome> {
  const today = deps.clock.today();
  const before = customer.insolvency ?? null;
  if (decision.verb === 'claim_declaration') return prepareDeclaration(deps, customer, journal, refuse);
  if (decision.verb === 'declaration_sent') {
    if (!before) return refuse({ code: 'no_insolvency' }, customer);
    const date = decision.date;
    if (!date || date > today || date < before.judgmentDate) return refuse({ code: 'bad_date' }, customer);
    const after: InsolvencyProceedings = { ...before, declarationSentOn: date };
    if (!(await replaceInsolvency(deps.stores, customer.code, before, after)))
      return refuse({ code: 'undo_stale' }, customer);
    await journal(INSOLVENCY_ACTIONS.declarationSent, {
      sentOn: date,
      representative: before.representative.name,
      insolvency: { before, after },
      undo: [],
    });
    return {
      kind: 'done',
      customer: customer.legalName,
      done: { kind: 'declaration_recorded', date },
      notApplied: [],
    };
  }
  if (customer.type !== 'B2B') return refuse({ code: 'insolvency_not_business' }, customer);
  const read = readInsolvencyForm(decision.form, today, before);
  if (!read.ok) return refuse({ code: 'insolvency_invalid', invalid: read.invalid }, customer);
  const after = read.proceedings;
  if (same(before, after)) return refuse({ code: 'insolvency_unchanged' }, customer);
  if (!(await replaceInsolvency(deps.stores, customer.code, before, after)))
    return refuse({ code: 'undo_stale' }, customer);
  const invoices = await deps.stores.invoices.listByCustomer(customer.code);
  const frozen = invoices.filter((i) => !isClosed(i) && isFrozenByProceedings(i, after));
  const rows = await withdrawFrozenRows(deps, decider, customer.code, new Set(frozen.map((i) => i.number)));
  await journal(before ? INSOLVENCY_ACTIONS.updated : INSOLVENCY_ACTIONS.recorded, {
    kind: after.kind,
    judgmentDate: after.judgmentDate,
    court: after.court,
    bodaccPublication: after.bodaccPublication,
    representative: after.representative.name,
    frozen: frozen.map((i) => i.number),
    insolvency: { before, after },
    undo: [],
    undoRows: rows,
  });
  return {
    kind: 'done',
    customer: customer.legalName,
    done: {
      kind: 'insolvency_recorded',
      updated: before !== null,
      frozen: frozen.length,
      withdrawn: rows.length,
    },
    notApplied: [],
  };
}

/** « Préparer la déclaration de créance »: the .docx rendered, stored, journaled (its link in the history). */
async function prepareDeclaration(
  deps: InsolvencyDecisionDependencies,
  customer: Customer,
  journal: Journal,
  refuse: Refuse,
): Promise<CustomerOutcome> {
  const proceedings = customer.insolvency;
  if (!proceedings) return refuse({ code: 'no_insolvency' }, customer);
  const invoices = await deps.stores.invoices.listByCustomer(customer.code);
  const declared = declarableInvoices(customer, invoices);
  const d = deps.declaration;
  if (declared.length === 0 || !d) return refuse({ code: 'nothing_to_declare' }, customer);
  try {
    const today = d.calendar.nextBusinessDayOnOrAfter(deps.clock.today());
    const rates = await currentRates(d.rates);
    const claim = declaredClaim({ ...customer, insolvency: proceedings }, invoices, rates);
    const bytes = await d.renderLetter('claim-declaration', {
      company: d.company,
      customer: { ...customer, insolvency: proceedings },
      invoices,
      today,
      rates,
    });
    const name = `${declarationWords.fileName} — ${customer.legalName} — ${today}.docx`;
    const stored = await d.documents.save(
      {
        kind: 'claim-declaration',
        fileName: name.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' '),
        contentType: DOCX_CONTENT_TYPE,
        bytes,
      },
      deps.clock.now(),
    );
    await journal(INSOLVENCY_ACTIONS.declarationGenerated, {
      documentId: stored.id,
      sha256: stored.sha256,
      fileName: stored.fileName,
      invoices: claim.lines.map((l) => l.number),
      declared: claim.totals.declared,
      interest: claim.totals.interest,
      judgmentDate: proceedings.judgmentDate,
    });
    return {
      kind: 'done',
      customer: customer.legalName,
      done: {
        kind: 'declaration_generated',
        invoices: claim.lines.length,
        total: claim.totals.declared,
        representative: proceedings.representative.name,
      },
      notApplied: [],
    };
  } catch (error) {
    d.logger.error({ err: error, customer: customer.code }, 'claim declaration failed');
    return refuse({ code: 'generation_failed' }, customer);
  }
}

const OPEN_ROWS: DunningAction['status'][] = ['proposed', 'generated'];

/** Today's rows of the customer still to act on whose invoices are all frozen: withdrawn. */
async function withdrawFrozenRows(
  deps: InsolvencyDecisionDependencies,
  decider: Decider,
  customerCode: string,
  frozen: ReadonlySet<string>,
) {
  const now = deps.clock.now().toISOString();
  const rows = [];
  for (const action of await deps.stores.actions.listForDate(deps.clock.today())) {
    if (action.customerCode !== customerCode || !OPEN_ROWS.includes(action.status)) continue;
    if (action.invoices.length === 0 || !action.invoices.every((i) => frozen.has(i.number))) continue;
    const next = {
      status: 'withdrawn' as const,
      note: {
        kind: 'dropped' as const,
        invoices: action.invoices.map((i) => ({
          number: i.number,
          reason: { code: 'paused' as const, pause: 'insolvency' as const },
        })),
      },
      decidedBy: decider.actor,
      decidedAt: now,
    };
    let before: Pick<DunningAction, 'status' | 'note' | 'decidedBy' | 'decidedAt'> | null = null;
    await deps.stores.actions.modify(action.date, action.customerCode, action.step, (current) => {
      before = OPEN_ROWS.includes(current.status)
        ? {
            status: current.status,
            note: current.note,
            decidedBy: current.decidedBy,
            decidedAt: current.decidedAt,
          }
        : null;
      return before ? { ...current, ...next } : null;
    });
    if (before) rows.push({ date: action.date, customerCode, step: action.step, before, after: next });
  }
  return rows;
}
