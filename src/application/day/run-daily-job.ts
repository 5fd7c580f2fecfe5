/**
 * The daily job: every business day (08:00 Europe/Paris) and on demand, compute today's actions
 * from the open invoices only, store each as « proposée » under a deterministic id, and hand the
 * day's digest to the Notifier.
 *
 * Exactly once: a lease (one row, ETag) lets a single instance run at a time; actions are created
 * only when absent, so a second run — or a run after one killed midway — creates nothing twice and
 * refreshes what it finds; a scheduled run skips a date already completed.
 */
import { reconcileItems } from '../bank/reconcile';
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { newAction, type DunningAction } from '../../domain/actions';
import type { BusinessCalendar } from '../../domain/business-calendar';
import { addDays, type CalendarDate, type Clock } from '../../domain/calendar-date';
import { planDay, type DailyPlan } from '../../domain/daily-plan';
import { endLapsedHold } from '../../domain/holds';
import type { DigestWarning, JobRun, JobSkip, JobTrigger } from '../../domain/job-run';
import type { LadderConfig } from '../../domain/ladder';
import type { Customer, Invoice } from '../../domain/ledger';
import { contractualRateBelowFloor } from '../../domain/rate-floor';
import type { RateTable } from '../../domain/rate-table';
import { rateReminders } from '../../domain/stored-rates';
import { currentRates, type Rates } from '../rates/effective-rates';
import type { Cents } from '../../domain/money';
import { lateFeeProposals } from '../late-fees/proposals';
import type { Logger, Notifier, Stores } from '../ports';
import { notifySalesReps, type SalesLoopDependencies } from '../sales/notify-sales-reps';
import { underLease } from '../lease-holder';
import { saveDaySnapshot } from '../snapshots/save-day-snapshot';
import { SYSTEM_ACTORS } from '../system-actors';
import type { DailyDigest } from './digest';
import { unsettledBefore } from './unsettled';

export interface DailyJobDependencies {
  stores: Stores;
  ladder: LadderConfig;
  calendar: BusinessCalendar;
  /** The effective rate table, read when the job runs (a rate set from Teams is seen at once). */
  rates: Rates;
  notifier: Notifier;
  logger: Logger;
  clock: Clock;
  /** Identifies this process in the lease and the run records. */
  instance: string;
  /** How long the job's lease lasts without renewal (default: a minute). */
  leaseTtlMs?: number;
  /** Tells the sales reps before their customers are escalated; absent: nobody is told. */
  sales?: SalesLoopDependencies;
  /** Penalties on invoices paid late are proposed from this total per customer; absent: never. */
  lateFeeThreshold?: Cents;
  /**
   * Imports the files of the drop folder (`IMPORT_DROP`) before the day is computed, under the
   * job's lease: what they bring (a payment arrived this morning) counts today. Absent: none.
   */
  importDrop?: (date: CalendarDate) => Promise<Extract<DigestWarning, { kind: 'drop_imports' }> | null>;
}

export interface DailyJobRequest {
  date?: CalendarDate;
  trigger: JobTrigger;
  /**
   * Skip a date already completed (the schedule always does; `npm start` on a demo already run).
   * A run asked by hand otherwise runs again: it refreshes the day.
   */
  onlyIfNotDone?: boolean;
}

export type DailyJobResult =
  | { status: 'completed'; run: JobRun; digest: DailyDigest }
  | { status: 'skipped'; skip: JobSkip }
  /** A future date: the job only runs for today or a past date. */
  | { status: 'refused'; skip: Extract<JobSkip, { code: 'future_date' }> };

export const DAILY_JOB_LEASE = 'daily-job';
/** Renewed every third of it while the job runs: a crashed holder blocks others a minute at most. */
export const LEASE_TTL_MS = 60_000;
/** How far back proposals left undone are looked for, to supersede or withdraw them. */
const LOOKBACK_DAYS = 10;

export async function runDailyJob(
  deps: DailyJobDependencies,
  request: DailyJobRequest,
): Promise<DailyJobResult> {
  const { stores, clock, logger } = deps;
  const today = clock.today();
  // A scheduled run is for its own day (and skips a day off); asked by hand on a day off, the job
  // is the last business day's — never a job « of Sunday ».
  const date =
    request.date ??
    (request.trigger === 'schedule' ? today : deps.calendar.previousBusinessDayOnOrBefore(today));
  if (date > today) return { status: 'refused', skip: { code: 'future_date', date } };

  if (request.trigger === 'schedule') {
    if (!deps.calendar.isBusinessDay(date)) {
      // No card on a day off, but the day's figures are kept (a payment may be dated a Saturday).
      await saveDaySnapshot({ stores, clock, logger }, date);
      return { status: 'skipped', skip: { code: 'not_business_day', date } };
    }
  }
  const onlyIfNotDone = request.trigger === 'schedule' || request.onlyIfNotDone === true;
  const done = async () => (await stores.jobRuns.listForDate(date)).some((r) => r.status === 'completed');
  if (onlyIfNotDone && (await done())) return { status: 'skipped', skip: { code: 'already_ran', date } };
  const leased = await underLease(
    { lease: stores.lease, clock, logger },
    { name: DAILY_JOB_LEASE, owner: deps.instance, ttlMs: deps.leaseTtlMs ?? LEASE_TTL_MS },
    async (): Promise<DailyJobResult> => {
      // Checked again under the lease: another instance may have completed the day between the
      // check above and this lease (it released the lease as it finished), and the day runs once.
      if (onlyIfNotDone && (await done())) return { status: 'skipped', skip: { code: 'already_ran', date } };
      return runDay(deps, request, date);
    },
  );
  return leased.ran ? leased.value : { status: 'skipped', skip: { code: 'lease_held' } };
}

/** The day's work, under the lease. */
async function runDay(
  deps: DailyJobDependencies,
  request: DailyJobRequest,
  date: CalendarDate,
): Promise<DailyJobResult> {
  const { stores, clock, logger } = deps;
  await markInterruptedRuns(deps, date);
  const started = clock.now();
  const run: JobRun = {
    id: randomUUID(),
    date,
    trigger: request.trigger,
    instance: deps.instance,
    status: 'running',
    startedAt: started.toISOString(),
    finishedAt: null,
    durationMs: null,
    counts: {},
    warnings: [],
    error: null,
  };
  try {
    await stores.jobRuns.save(run);
    const dropped = deps.importDrop
      ? await deps.importDrop(date).catch((error: unknown) => {
          logger.error({ err: error }, 'drop folder import failed');
          return null;
        })
      : null;
    const [customers, open] = await Promise.all([stores.customers.list(), stores.invoices.listOpen()]);
    const planned = planDay(open, new Map(customers.map((c) => [c.code, c])), {
      ladder: deps.ladder,
      calendar: deps.calendar,
      today: date,
    });
    // A customer with a message of an earlier day not settled yet gets nothing new on top of it.
    const carried = await unsettledBefore(stores, date);
    const busy = new Set(carried.map((a) => a.customerCode));
    const plan = { ...planned, actions: planned.actions.filter((a) => !busy.has(a.customerCode)) };
    await recordLapsedHolds(deps, plan);
    const stored = await storeActions(deps, plan);
    const salesCounts = deps.sales
      ? await notifySalesReps(deps.sales, open, new Map(customers.map((c) => [c.code, c]))).catch(
          (error: unknown) => {
            logger.error({ err: error }, 'sales notices failed');
            return { sent: 0, unreachable: 0 };
          },
        )
      : { sent: 0, unreachable: 0 };
    const retired = await retireEarlierProposals(deps, planned);
    const overtaken = await supersedeIfOvertaken(deps, date, stored.actions);
    const rates = await currentRates(deps.rates);
    run.warnings = [
      ...(dropped ? [dropped] : []),
      ...digestWarnings(rates, plan),
      ...rateFloorWarnings(rates, plan.date, customers, open),
    ];

    const digest: DailyDigest = {
      date,
      actions: [...carried, ...overtaken],
      promisesDue: plan.promisesDue,
      openDisputes: plan.openDisputes,
      notices: plan.notices,
      insolvencies: plan.insolvencies,
      warnings: run.warnings,
    };
    if (deps.lateFeeThreshold !== undefined)
      digest.lateFees = await lateFeeProposals(
        { stores, rates, threshold: deps.lateFeeThreshold },
        date,
      ).catch((error: unknown) => {
        logger.error({ err: error }, 'late fees not proposed');
        return undefined;
      });
    // The credits of the bank statements left to the controller (« Paiements à rapprocher »).
    const reconcile = await Promise.resolve()
      .then(() => stores.bank.listPending())
      .then((pending) => reconcileItems(pending, open, customers))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'credits to reconcile not read');
        return [];
      });
    if (reconcile.length > 0) digest.reconcile = reconcile;
    const delivery = await deps.notifier.publishDigest(digest);
    if (delivery.delivered === 0)
      logger.warn({ date, unreachable: delivery.unreachable }, 'daily digest reached no controller');
    // After the card (it is not kept waiting); a failure is logged and stops nothing.
    const snapshots = await saveDaySnapshot({ stores, clock, logger }, date);

    run.counts = {
      openInvoices: plan.counts.invoices,
      due: plan.counts.due,
      waiting: plan.counts.waiting,
      paused: plan.counts.paused,
      finished: plan.counts.finished,
      unknownCustomer: plan.counts.unknownCustomer,
      actions: stored.actions.length,
      actionsCreated: stored.created,
      actionsRefreshed: stored.refreshed,
      actionsSuperseded: retired.superseded,
      actionsWithdrawn: retired.withdrawn,
      amountDueCents: stored.actions.reduce((s, a) => s + a.total, 0),
      brokenPromises: plan.lapsedHolds.length,
      digestDelivered: delivery.delivered,
      salesNoticesSent: salesCounts.sent,
      salesRepsUnreachable: salesCounts.unreachable,
      snapshotsSaved: snapshots.length,
    };
    run.status = 'completed';
    logger.info({ date, trigger: request.trigger, ...run.counts }, 'daily job completed');
    return { status: 'completed', run, digest };
  } catch (error) {
    run.status = 'failed';
    run.error = (error as Error).message;
    logger.error({ err: error, date }, 'daily job failed');
    throw error;
  } finally {
    const finished = clock.now();
    run.finishedAt = finished.toISOString();
    run.durationMs = finished.getTime() - started.getTime();
    await stores.jobRuns
      .save(run)
      .catch((err: unknown) => logger.error({ err }, 'could not record the job run'));
  }
}

/** Runs left « running » by a process that died: we hold the lease now, so none is running. */
async function markInterruptedRuns(
  { stores, clock }: DailyJobDependencies,
  date: CalendarDate,
): Promise<void> {
  for (const run of await stores.jobRuns.listForDate(date)) {
    if (run.status !== 'running') continue;
    await stores.jobRuns.save({
      ...run,
      status: 'failed',
      finishedAt: clock.now().toISOString(),
      error: 'interrupted: the process running it stopped before the end',
    });
  }
}

/**
 * A catch-up run for a past date after a later day already ran: its proposals are history, not
 * work — superseded by the later day's, so that nothing stays clickable twice.
 */
async function supersedeIfOvertaken(
  { stores, clock }: DailyJobDependencies,
  date: CalendarDate,
  actions: DunningAction[],
): Promise<DunningAction[]> {
  const today = clock.today();
  let later: CalendarDate | null = null;
  for (let d = addDays(date, 1); d <= today && d <= addDays(date, LOOKBACK_DAYS); d = addDays(d, 1)) {
    if ((await stores.jobRuns.listForDate(d)).some((r) => r.status === 'completed')) later = d;
  }
  if (!later) return actions;
  const by = later;
  const result: DunningAction[] = [];
  for (const action of actions) {
    if (action.status !== 'proposed') {
      result.push(action);
      continue;
    }
    const updated = await stores.actions.modify(action.date, action.customerCode, action.step, (current) =>
      current.status === 'proposed'
        ? {
            ...current,
            status: 'superseded',
            note: { kind: 'superseded', by },
            decidedBy: SYSTEM_ACTORS.job,
            decidedAt: clock.now().toISOString(),
          }
        : null,
    );
    result.push(updated ?? action);
  }
  return result;
}

/** A promise not kept or an installment missed: the pause is lifted, the alert kept, and journaled once. */
async function recordLapsedHolds({ stores }: DailyJobDependencies, plan: DailyPlan): Promise<void> {
  for (const { invoice, alert } of plan.lapsedHolds) {
    let lifted = false;
    await stores.invoices.modify(invoice.customerCode, invoice.number, (current) => {
      lifted = false;
      if (!current.dunning.hold || current.dunning.hold.kind !== invoice.dunning.hold?.kind) return null;
      lifted = true;
      return endLapsedHold(current, alert);
    });
    if (!lifted) continue;
    await stores.journal.append({
      actor: SYSTEM_ACTORS.job,
      action: alert.kind === 'broken_promise' ? 'promise.broken' : 'plan.installment_missed',
      target: { invoiceNumbers: [invoice.number], customerCodes: [invoice.customerCode] },
      details: { since: alert.since, hold: invoice.dunning.hold },
      outcome: 'ok',
    });
  }
}

/**
 * Creates today's actions that do not exist yet; refreshes the invoices of those still proposed;
 * leaves alone those already decided.
 */
async function storeActions(
  { stores }: DailyJobDependencies,
  plan: DailyPlan,
): Promise<{ actions: DunningAction[]; created: number; refreshed: number }> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const existing = new Map(
      (await stores.actions.listForDateVersioned(plan.date)).map((v) => [v.value.id, v]),
    );
    const toCreate: DunningAction[] = [];
    const toRefresh: Array<{ next: DunningAction; etag: string }> = [];
    const result: DunningAction[] = [];
    for (const proposal of plan.actions) {
      const found = existing.get(proposal.id);
      if (!found) {
        const action = newAction(proposal);
        toCreate.push(action);
        result.push(action);
      } else if (found.value.status === 'proposed' && !sameProposal(found.value, proposal)) {
        const next = { ...found.value, ...proposal };
        toRefresh.push({ next, etag: found.etag });
        result.push(next);
      } else result.push(found.value);
    }
    // Decided actions of the day that today's plan no longer has stay on the card, as decided.
    const planned = new Set(plan.actions.map((a) => a.id));
    for (const { value } of existing.values())
      if (!planned.has(value.id) && value.status !== 'proposed') result.push(value);
    try {
      await stores.actions.createMany(toCreate);
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 409) continue;
      throw error;
    }
    if (!(await stores.actions.replaceMany(toRefresh))) continue;
    return { actions: result, created: toCreate.length, refreshed: toRefresh.length };
  }
  throw new Error('could not store the day’s actions after 5 attempts (concurrent writers)');
}

function sameProposal(stored: DunningAction, proposal: DailyPlan['actions'][number]): boolean {
  return (
    isDeepStrictEqual(stored.invoices, proposal.invoices) &&
    stored.total === proposal.total &&
    isDeepStrictEqual(stored.alerts, proposal.alerts)
  );
}

/**
 * Proposals of earlier days left undone: superseded when today proposes the same step for the same
 * customer, withdrawn when nothing is to be done any more (paid, paused, done another way).
 */
async function retireEarlierProposals(
  { stores, clock }: DailyJobDependencies,
  plan: DailyPlan,
): Promise<{ superseded: number; withdrawn: number }> {
  const today = new Set(plan.actions.map((a) => `${a.customerCode}|${a.step}`));
  let superseded = 0;
  let withdrawn = 0;
  for (let back = 1; back <= LOOKBACK_DAYS; back++) {
    const day = addDays(plan.date, -back);
    for (const { value } of await stores.actions.listForDateVersioned(day)) {
      if (value.status !== 'proposed') continue;
      const again = today.has(`${value.customerCode}|${value.step}`);
      await stores.actions.modify(day, value.customerCode, value.step, (current) =>
        current.status !== 'proposed'
          ? null
          : {
              ...current,
              status: again ? 'superseded' : 'withdrawn',
              note: again ? { kind: 'superseded', by: plan.date } : { kind: 'no_longer_due' },
              decidedBy: SYSTEM_ACTORS.job,
              decidedAt: clock.now().toISOString(),
            },
      );
      if (again) superseded++;
      else withdrawn++;
    }
  }
  return { superseded, withdrawn };
}

/**
 * Customers with open invoices whose CGV penalty rate is under the legal floor (L441-10 II), one
 * warning each: the letters apply the floor, the clause must be corrected (fine under L441-16).
 */
export function rateFloorWarnings(
  rates: RateTable,
  date: CalendarDate,
  customers: readonly Customer[],
  open: readonly Pick<Invoice, 'customerCode'>[],
): DigestWarning[] {
  const owing = new Set(open.map((i) => i.customerCode));
  return customers
    .filter((c) => owing.has(c.code))
    .flatMap((c) => {
      const below = contractualRateBelowFloor(c, rates, date);
      return below
        ? [{ kind: 'contractual_rate_below_floor' as const, customerName: c.legalName, ...below }]
        : [];
    })
    .sort((a, b) => a.customerName.localeCompare(b.customerName, 'fr'));
}

/** What the controller must fix, shown on the digest: a missing penalty rate, unknown customers. */
export function digestWarnings(rates: RateTable, plan: DailyPlan, today?: CalendarDate): DigestWarning[] {
  const list: DigestWarning[] = [];
  // The rates are asked for as of today when the card shown is an earlier day's (on 1 January, the
  // card of 31 December: the semester has started, its rates are missing, not « à saisir »).
  list.push(...rateReminders(rates, today && today > plan.date ? today : plan.date));
  if (plan.counts.unknownCustomer > 0)
    list.push({ kind: 'unknown_customers', invoices: plan.counts.unknownCustomer });
  return list;
}
