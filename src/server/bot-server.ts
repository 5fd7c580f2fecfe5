/**
 * Composition root of the bot process: storage, bot, daily job and its schedule, HTTP server.
 * Used by `npm start` (with the embedded Azurite), by production (`node dist/src/server/main.js`)
 * and by the tests.
 */
import type { Server } from 'restify';
import { createAdapter, createBotApplication } from '../bot/app';
import { registerDayCardRoutes } from '../bot/controller/day-card-routes';
import { registerDecisionRoutes } from '../bot/controller/decision-routes';
import { registerLateFeeRoutes } from '../bot/controller/late-fee-routes';
import { registerReconcileRoutes } from '../bot/controller/reconcile-routes';
import { finishInterruptedAssignments } from '../application/bank/reconcile';
import type { LateFeeDependencies } from '../application/late-fees/bill';
import { euros } from '../domain/money';
import { reportMalformedInvoke } from '../bot/malformed-invoke';
import {
  cardDecisions,
  sweep,
  type SweepDeadlines,
  type TransferDependencies,
} from '../application/decisions';
import { renderEmail } from '../documents/email-templates';
import { writeXlsx, XLSX_CONTENT_TYPE } from '../documents/exports/xlsx';
import { renderLetter } from '../documents/letters';
import { textContext } from '../i18n/reasons';
import { commandHandlers } from '../bot/commands/dispatch';
import { registerCommandRoutes } from '../bot/commands/routes';
import { registerDocumentRoutes } from '../bot/documents/routes';
import { registerCustomerRoutes } from '../bot/customer/routes';
import { registerLateFeeWaiverRoutes } from '../bot/customer/late-fee-waiver-routes';
import { registerWriteOffRoutes } from '../bot/customer/write-off-routes';
import { registerHistoryRoutes } from '../bot/history/routes';
import { registerExportRoutes } from '../bot/exports/routes';
import { registerQuestionRoutes } from '../bot/questions/routes';
import { DayCards } from '../bot/controller/day-cards';
import { People } from '../bot/people';
import { registerSalesRoutes } from '../bot/sales/routes';
import { TeamsSalesNotifier } from '../bot/sales/sales-notifier';
import { digestCardKey, ProactiveCards, TeamsNotifier } from '../bot/teams-notifier';
import { announceTransfer, type SalesLoopDependencies } from '../application/sales/notify-sales-reps';
import { registerRateRoutes } from '../bot/rates/routes';
import { EffectiveRates } from '../application/rates/effective-rates';
import { loadRates, procedureLadder } from '../config/dunning-config';
import { companyIdentity, lawFirm } from '../config/identity';
import { createMailer } from '../mail';
import { documentSigningKey } from '../config/document-key';
import type { Logger } from '../config/logger';
import type { Settings } from '../config/settings';
import { frenchBusinessCalendar } from '../domain/business-calendar';
import type { CalendarDate, Clock } from '../domain/calendar-date';
import type { LadderConfig } from '../domain/ladder';
import { BackgroundTasks } from '../application/background-tasks';
import {
  runDailyJob,
  type DailyJobDependencies,
  type DailyJobRequest,
  type DailyJobResult,
} from '../application/day/run-daily-job';
import type { Notifier } from '../application/ports';
import { scheduleDailyJob } from './daily-schedule';
import { scheduleWeeklyReview } from './weekly-review-schedule';
import type { ChartPublisher } from '../application/ports/charts';
import {
  sendWeeklyReview,
  WEEKLY_REVIEW_LEASE_TTL_MS,
  type SendReviewDependencies,
} from '../application/review/send-weekly-review';
import { registerReviewRoutes, TeamsReviewNotifier } from '../bot/review/routes';
import { startSweeping } from './sweeping';
import { openStores, type TableStores } from '../store';
import { BlobDocumentStore } from '../store/document-store';
import { leaseOwner } from '../store/lease';
import type { StorageConnection } from '../store/storage-access';

import { StoredChartPublisher } from './chart-publisher';

import { dropFolderFor } from '../store/drop-folder';
import { registerChatImportRoutes } from '../bot/imports/routes';
import { dropImportHook } from '../application/ledger/import-drop-folder';
import { statementImporterFor } from '../application/ledger/statement-hook';
import { DocumentLinks, mountDocumentRoute } from './document-links';
import { createHttpServer, listen } from './http';
import { mountJobRoute } from './job-route';

export interface RunningBot {
  port: number;
  stores: TableStores;
  server: Server;
  documents: BlobDocumentStore;
  links: DocumentLinks;
  /** The clock this bot runs on (tests sign links and build data on it, never on the wall clock). */
  clock: Clock;
  /** The configured dunning calendar. */
  ladder: LadderConfig;
  /** The day whose dunning work is current: today on a business day, else the last business day. */
  dunningDay(): CalendarDate;
  runJob(request: DailyJobRequest): Promise<DailyJobResult>;
  /** Sends the weekly review to the directors now (what the schedule does; once per date). */
  sendReview(): ReturnType<typeof sendWeeklyReview>;
  stop(): Promise<void>;
}

export interface BotServerOptions {
  settings: Settings;
  /** The storage: a connection string, or the access the settings chose (./storage-access.ts). */
  connectionString: StorageConnection;
  logger: Logger;
  clock: Clock;
  notifier?: Notifier;
  /** The sweeper's pace and deadlines (tests shorten them). */
  sweeper?: { everyMs?: number; deadlines?: SweepDeadlines };
  /** When a click not yet answered is answered « indisponible » (default: src/bot/deadline.ts). */
  invokeDeadlineMs?: number;
  /** Renders the review's charts as linked images; absent: the card carries their text summaries. */
  charts?: ChartPublisher;
  /**
   * Runs on the opened storage before the schedules start and before any message is served (the
   * demo's seed: a job caught up at start must see the demo's ledger, not an empty one).
   */
  prepare?: (stores: TableStores, ladder: LadderConfig) => Promise<void>;
}

export async function startBotServer({
  settings,
  connectionString,
  logger,
  clock,
  notifier,
  sweeper,
  invokeDeadlineMs,
  charts,
  prepare,
}: BotServerOptions): Promise<RunningBot> {
  const stores = await openStores(connectionString, settings.TABLE_PREFIX, clock);
  const documents = new BlobDocumentStore(connectionString, settings.BLOB_CONTAINER);
  // Development without a configured key: one kept under DATA_DIR, so links survive a restart.
  const signingKey = documentSigningKey(settings, logger).key;
  // The public address is known only once listening when it is not configured (development).
  let baseUrl = settings.PUBLIC_BASE_URL ?? '';
  const links = new DocumentLinks(() => baseUrl, signingKey, settings.DOCUMENT_LINK_DAYS * 86_400_000);
  // Charts on answer cards and on the weekly review: rendered once per content, served by signed links.
  const chartPublisher: ChartPublisher =
    charts ?? new StoredChartPublisher(documents, (id, at) => links.url(id, at));

  const ladder = procedureLadder(settings);
  await prepare?.(stores, ladder);
  const calendar = frenchBusinessCalendar();
  // Built-in ← file ← set from Teams, read each time a job, a card or a letter needs it.
  const rates = new EffectiveRates(loadRates(settings), stores.rates);
  const lateFeeThreshold = euros(settings.LATE_PENALTY_BILLING_THRESHOLD);
  const now = () => clock.now();
  const dunningDay = () => calendar.previousBusinessDayOnOrBefore(clock.today());
  const background = new BackgroundTasks((error, name) =>
    logger.error({ err: error, task: name }, 'background task failed'),
  );
  const adapter = createAdapter(settings, logger);
  const people = new People(settings, stores, logger);
  const documentUrl = (id: string) => links.url(id, clock.now());
  const cards = new DayCards(
    { stores, ladder, calendar, rates, today: () => clock.today(), lateFeeThreshold },
    settings,
    documentUrl,
    now,
    textContext(ladder, lawFirm(settings).name, lawFirm(settings).minClaim),
  );
  const proactive = new ProactiveCards(adapter, settings.BOT_ID ?? '', stores, logger);
  const jobDeps: DailyJobDependencies = {
    stores,
    ladder,
    calendar,
    rates,
    notifier:
      notifier ??
      new TeamsNotifier(
        proactive,
        stores,
        settings,
        (digest, user) => cards.renderForUser(digest, user),
        now,
        logger,
      ),
    logger,
    clock,
    instance: leaseOwner(),
    leaseTtlMs: settings.JOB_LEASE_SECONDS * 1000,
    lateFeeThreshold,
    importDrop: settings.IMPORT_DROP
      ? dropImportHook({
          stores,
          folder: dropFolderFor(settings.IMPORT_DROP, connectionString, now),
          ladder,
          statements: statementImporterFor(stores),
          logger,
        })
      : undefined,
  };
  const salesNotifier = new TeamsSalesNotifier(stores, proactive, settings, lawFirm(settings), clock);
  const sales: SalesLoopDependencies = {
    stores,
    ladder,
    calendar,
    clock,
    logger,
    notifier: salesNotifier,
    businessDaysBeforeTransfer: settings.SALES_NOTICE_BUSINESS_DAYS,
  };
  jobDeps.sales = sales;
  // One run at a time in this process: the lease is held per process, so two runs started here
  // together (the start's catch-up and `npm start`'s own run, a click on « relancer » during the
  // schedule) would both hold it and run the day side by side. The second waits for the first.
  let previousRun: Promise<unknown> = Promise.resolve();
  const runJob = (request: DailyJobRequest): Promise<DailyJobResult> => {
    const run = previousRun.then(() => runDailyJob(jobDeps, request));
    previousRun = run.catch(() => undefined);
    return run.finally(() => cards.invalidate());
  };
  /** Every copy of the day's card, brought up to date (after a rep's answer). */
  const refreshDigest = () =>
    background.start('refresh the day card', async () => {
      cards.invalidate();
      const day = dunningDay();
      const digest = await cards.load(day);
      await proactive.updateAll(digestCardKey(day), (user) => cards.renderForUser(digest, user));
    });
  const firm = lawFirm(settings);
  const texts = textContext(ladder, firm.name, firm.minClaim);
  const decisionDeps: TransferDependencies = {
    stores,
    ladder,
    calendar,
    clock,
    logger,
    texts,
    rates,
    mailer: createMailer(settings, logger),
    company: companyIdentity(settings),
    renderEmail,
    documents,
    renderLetter,
    lawFirm: firm,
    background,
    onTransferred: (customer, invoiceNumbers) => announceTransfer(sales, customer, invoiceNumbers),
  };
  const decisions = cardDecisions(decisionDeps);
  const lateFeeDeps: LateFeeDependencies = {
    stores,
    rates,
    clock,
    settings: {
      threshold: lateFeeThreshold,
      numberPrefix: settings.LATE_PENALTY_INVOICE_PREFIX,
      paymentDays: settings.LATE_PENALTY_PAYMENT_DAYS,
    },
    mailer: decisionDeps.mailer,
    company: decisionDeps.company,
    renderLetter,
    documents,
    logger,
  };
  const reviewDeps: SendReviewDependencies = {
    stores,
    ladder,
    lawFirmName: firm.name,
    notifier: new TeamsReviewNotifier(proactive, stores, settings.DIRECTOR_EMAILS, firm.name, now, logger),
    charts: chartPublisher,
    clock,
    logger,
    instance: leaseOwner(),
  };
  const sendReview = () => sendWeeklyReview(reviewDeps);
  const malformed = reportMalformedInvoke(stores.journal, people, logger);
  // The commands in plain words: each feature fills its handlers, one route dispatches to them.
  const commands = commandHandlers();

  const bot = createBotApplication({ stores, logger, clock, ladder, lawFirm: firm.name }, adapter, [
    // A file sent in the chat, before any command: its message has no text to understand.
    (app) =>
      registerChatImportRoutes(app, {
        people,
        stores,
        documents,
        documentUrl,
        ladder,
        statements: statementImporterFor(stores),
        clock,
        logger,
      }),
    // First: it asks before a letter whose rate is missing is generated (the day's card's routes follow).
    (app, hooks) =>
      registerRateRoutes(
        app,
        { people, stores, rates, calendar, clock, onChanged: refreshDigest, malformed },
        hooks,
      ),
    (app, hooks) =>
      registerDayCardRoutes(
        app,
        { people, cards, proactive, stores, runJob, clock, dunningDay, logger, malformed, commands },
        hooks,
      ),
    (app) =>
      registerDecisionRoutes(app, {
        people,
        cards,
        proactive,
        decisions,
        stores,
        background,
        clock,
        logger,
        texts,
        lawFirmName: firm.name,
        malformed,
      }),
    (app) =>
      registerLateFeeRoutes(app, {
        people,
        cards,
        proactive,
        lateFees: lateFeeDeps,
        background,
        logger,
        malformed,
      }),
    (app) =>
      registerReconcileRoutes(app, {
        people,
        cards,
        proactive,
        stores,
        clock,
        background,
        logger,
        malformed,
      }),
    (app, hooks) => registerHistoryRoutes(app, { stores, people, documentUrl, malformed, commands }, hooks),
    (app, hooks) =>
      registerCustomerRoutes(
        app,
        {
          people,
          file: { stores, ladder, calendar, clock, undoMinutes: settings.UNDO_MINUTES },
          decisions: {
            stores,
            ladder,
            clock,
            undoMinutes: settings.UNDO_MINUTES,
            texts,
            declaration: {
              documents,
              renderLetter,
              company: companyIdentity(settings),
              rates,
              calendar,
              logger,
            },
          },
          texts,
          documentUrl,
          onDecided: refreshDigest,
          malformed,
          commands,
        },
        hooks,
      ),
    (app) =>
      registerLateFeeWaiverRoutes(app, {
        people,
        file: { stores, ladder, calendar, clock, undoMinutes: settings.UNDO_MINUTES },
        texts,
        documentUrl,
        onDecided: refreshDigest,
        malformed,
      }),
    (app) =>
      registerWriteOffRoutes(app, {
        people,
        file: { stores, ladder, calendar, clock, undoMinutes: settings.UNDO_MINUTES },
        decisions: { stores, ladder, clock },
        texts,
        documentUrl,
        onDecided: refreshDigest,
        malformed,
      }),
    (app, hooks) =>
      registerSalesRoutes(
        app,
        { stores, people, notifier: salesNotifier, clock, refreshDigest, malformed },
        hooks,
      ),
    (app, hooks) =>
      registerDocumentRoutes(
        app,
        {
          stores,
          people,
          documents,
          renderLetter,
          documentUrl,
          company: companyIdentity(settings),
          lawFirm: firm,
          ladder,
          clock,
          commands,
        },
        hooks,
      ),
    (app, hooks) =>
      registerExportRoutes(
        app,
        {
          people,
          customers: stores.customers,
          invoices: stores.invoices,
          journal: stores.journal,
          ladder,
          documents,
          xlsx: { write: writeXlsx, contentType: XLSX_CONTENT_TYPE },
          documentUrl,
          clock,
          logger,
          commands,
        },
        hooks,
      ),
    (app, hooks) =>
      registerReviewRoutes(
        app,
        {
          stores,
          ladder,
          lawFirmName: firm.name,
          people,
          charts: chartPublisher,
          clock,
          logger,
          commands,
        },
        hooks,
      ),
    // Before the questions: a command is never answered with figures.
    (app, hooks) =>
      registerCommandRoutes(app, { handlers: commands, stores, clock, lawFirm: firm.name }, hooks),
    (app, hooks) =>
      registerQuestionRoutes(
        app,
        {
          stores,
          people,
          clock,
          settings,
          ladder,
          lawFirm: firm.name,
          logger,
          malformed,
          charts: chartPublisher,
        },
        hooks,
      ),
  ]);
  const server = createHttpServer({
    settings,
    logger,
    adapter,
    bot,
    routes: [
      mountJobRoute(settings.JOB_KEY, runJob, logger),
      mountDocumentRoute(links, documents, () => clock.now(), logger),
    ],
    ready: async () => {
      await stores.customers.get('__healthz__');
      return true;
    },
    background,
    invokeDeadlineMs,
  });
  const port = await listen(server, settings.PORT, settings.HOST);
  baseUrl ||= `http://localhost:${port}`;
  logger.info({ port }, 'bot listening');
  // Nothing stays « en cours »: what a stopped process left is finished, given back or « à
  // vérifier », and « Tout envoyer »'s queue resumes — at start, then every half minute.
  const sweeping = startSweeping(
    async () => {
      const report = await sweep(decisionDeps, sweeper?.deadlines, async () => cards.invalidate());
      // « Affecter à … » clicks a stopped process left « en cours »: finished with their target.
      const assigned = await finishInterruptedAssignments(stores).catch((error: unknown) => {
        logger.error({ err: error }, 'the sweeper could not finish a credit assignment');
        return 0;
      });
      if (assigned > 0) cards.invalidate();
      if (report.completed + report.uncertain + report.released + report.sent + assigned > 0) refreshDigest();
    },
    background,
    sweeper?.everyMs,
  );
  // Several instances: one takes the lease and runs the day; the others look again once a lease
  // could have lapsed, so that the day is finished even if its holder died midway (#17).
  const schedule = scheduleDailyJob(settings.JOB_SCHEDULE, () => runJob({ trigger: 'schedule' }), logger, {
    clock,
    again: (result) => {
      const r = result as DailyJobResult;
      return r.status === 'skipped' && r.skip.code === 'lease_held';
    },
    retryEveryMs: jobDeps.leaseTtlMs,
  });
  const reviewSchedule = scheduleWeeklyReview(settings.WEEKLY_REVIEW_SCHEDULE, sendReview, logger, {
    clock,
    again: (result) => {
      const r = result as Awaited<ReturnType<typeof sendReview>>;
      return r.status === 'skipped' && r.reason === 'lease_held';
    },
    retryEveryMs: WEEKLY_REVIEW_LEASE_TTL_MS,
  });
  // Down at the scheduled time (a deployment, a crash): catch up now. The job skips a completed
  // date and non-business days, so this is harmless when nothing was missed.
  if (schedule?.missedToday(clock.now())) schedule.runNow();
  return {
    port,
    stores,
    server,
    documents,
    links,
    clock,
    ladder,
    dunningDay,
    runJob,
    sendReview,
    stop: async () => {
      schedule?.stop();
      reviewSchedule?.stop();
      sweeping.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await background.drain();
    },
  };
}
