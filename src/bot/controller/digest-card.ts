/**
 * The controller's daily card: « Relances du lundi 23 novembre 2026 », totals per step, then one
 * section per step (prévenance, J+3 e-mails, J+10 courriers, J+20 mises en demeure, J+30
 * transmissions), « promesses échues » and « litiges ouverts ». The view is computed here (pure);
 * cards/digest.json lays it out. Buttons carry only a verb and ids: every click is re-validated
 * on the server. The card stays under 28 KB whatever the volume: sections show a page of rows and
 * page through the rest; totals always count everything.
 */
import type { DunningAction } from '../../domain/actions';
import { formatDateShortFr, formatDateWithWeekdayFr, type CalendarDate } from '../../domain/calendar-date';
import type { NoticeWatch, WatchItem } from '../../domain/daily-plan';
import type { Channel, LadderConfig } from '../../domain/ladder';
import type { RiskSegment, StepId } from '../../domain/ledger';
import { cents, formatEuros } from '../../domain/money';
import { fr, lateness } from '../../i18n/fr';
import type { DailyDigest } from '../../application/day/digest';
import { firmNickname, toTheFirm } from '../../i18n/law-firm';
import { actionNoteText, digestWarningText, waitReasonText, type TextContext } from '../../i18n/reasons';
import { cardSize, expandCard, MAX_CARD_BYTES, type CardJson } from '../card-templates';
import { shown } from '../card-text';
import { customerCard, dayHeader } from '../../i18n/fr/customer';
import { CUSTOMER_VERBS } from '../customer/verbs';
import { INSOLVENCY_SECTION, insolvencySection } from './insolvency-section';
import { lrarInputId, noticeDateInputId } from './invokes';
import { lateFeeSection } from './late-fee-section';
import { reconcileSection } from './reconcile-section';
import { flashView, type Button, type RowView, type SectionView } from './section-view';

/** The section of customers under a mise en demeure (its rows carry the LRAR's events). */
export const NOTICES_SECTION = 'notices';

export const VERBS = {
  refresh: 'digest.refresh',
  page: 'digest.page',
  sendEmail: 'action.sendEmail',
  sendAll: 'section.sendAll',
  generate: 'action.generate',
  markPosted: 'action.markPosted',
  markRegistered: 'action.markRegistered',
  confirmTransfer: 'action.confirmTransfer',
  transfer: 'action.transfer',
  more: 'action.more',
  confirmSent: 'action.confirmSent',
  resend: 'action.resend',
  noticeEvent: 'notice.event',
} as const;

/**
 * What every button carries: the action's identity, never its content — and, for an action of an
 * earlier day still to settle (« à vérifier »), the day of the card it is shown on.
 */
export interface ActionRef {
  date: CalendarDate;
  customer: string;
  step: StepId;
  day?: CalendarDate;
}

/** The sales rep's word on a customer, and what the controller may accept from it. */
export interface SalesNote {
  text: string;
  proposal: { kind: 'promise'; date: CalendarDate } | { kind: 'dispute'; reason: string } | null;
  /** The rep objected to the escalation: the transfer asks for confirmation with this warning. */
  objection: boolean;
}

export interface DigestViewOptions {
  ladder: LadderConfig;
  /** Step labels and the law firm's name, for the notes. */
  texts: TextContext;
  /** Today, when it is not a business day: the card then says whose work it shows. */
  dayOff?: CalendarDate | null;
  /** Controllers act; directors and others read (no buttons). */
  canAct: boolean;
  /** Page shown per section key; 0 when absent. */
  pages?: Record<string, number>;
  /** Teams ids of the people whose client refreshes the card automatically. */
  refreshUserIds: string[];
  /** A signed link to a stored document. */
  documentUrl: (documentId: string) => string;
  /** Rows per section page, before any shrinking to fit 28 KB. */
  pageSize?: number;
  /** What the sales rep said (or that they were told, or unreachable), per customer code. */
  salesNotes?: Record<string, SalesNote>;
  /**
   * Feedback on the click that produced this card: next to the row (or the section) it concerns
   * when that row is shown, at the top otherwise.
   */
  flash?: { ok: boolean; message: string; at?: { customer?: string; step: string } } | null;
  /** Transfers under the firm's floor: the warning their row shows, per customer code. */
  floorNotes?: Record<string, string>;
  /** The latest call logged today per customer code, as the row shows it. */
  callNotes?: Record<string, string>;
  /** How the latest « Tout envoyer » of a section (by step) ended: sent, failed, skipped and why. */
  sectionNotes?: Record<string, { ok: boolean; message: string }>;
}

/** What is left for a person to do on the day's card: decide, post, or check. */
const LEFT_TO_DO: DunningAction['status'][] = ['proposed', 'generated', 'uncertain'];

const RISK: Record<RiskSegment, string> = fr.digest.risk;

function timeInParis(iso: string): string {
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

function statusLine(action: DunningAction, texts: TextContext): string {
  const note = action.note ? shown(actionNoteText(action.note, texts), 300) : '';
  const who = shown(action.decidedBy?.name);
  const when = action.decidedAt
    ? fr.digest.at(
        formatDateShortFr(action.decidedAt.slice(0, 10) as CalendarDate),
        timeInParis(action.decidedAt),
      )
    : '';
  const t = fr.digest.status;
  switch (action.status) {
    case 'proposed':
      return note ? fr.digest.status.retry(note) : '';
    case 'in_progress':
      return fr.digest.status.inProgress(who);
    case 'queued':
      return t.queued(who);
    case 'uncertain':
      return t.uncertain(note);
    case 'sent':
      return t.sent(who, when);
    case 'generated':
      return action.channel === 'registered_letter'
        ? t.generatedRegistered(who, when)
        : t.generated(who, when);
    case 'posted':
      return action.details.lrar ? t.registered(action.details.lrar, who, when) : t.posted(who, when);
    case 'transferred':
      return t.transferred(who, when);
    case 'withdrawn':
      return t.withdrawn(note);
    case 'postponed':
      return action.note?.kind === 'postponed'
        ? t.postponed(formatDateShortFr(action.note.until), who)
        : t.postponedAsWritten(note, who);
    case 'superseded':
      return t.superseded(note);
  }
}

function rowButtons(
  action: DunningAction,
  ref: ActionRef,
  options: DigestViewOptions,
): { buttons: Button[]; input: RowView['input'] } {
  const b = fr.digest.buttons;
  const execute = (
    title: string,
    verb: string,
    style: 'default' | 'positive' | 'destructive' = 'default',
  ): Button => ({
    type: 'Action.Execute',
    title,
    verb,
    style,
    data: { ...ref },
  });
  const open: Button[] = action.details.documentId
    ? [{ type: 'Action.OpenUrl', title: b.open, url: options.documentUrl(action.details.documentId) }]
    : [];
  if (!options.canAct) return { buttons: open, input: null };
  const more = execute(b.more, VERBS.more);
  if (action.status === 'proposed') {
    const primary: Record<Channel, Button> = {
      email: execute(b.sendEmail, VERBS.sendEmail, 'positive'),
      letter: execute(b.generateLetter, VERBS.generate, 'positive'),
      registered_letter: execute(b.generateNotice, VERBS.generate, 'positive'),
      transfer: execute(
        b.transfer(firmNickname(options.texts.lawFirm)),
        VERBS.confirmTransfer,
        'destructive',
      ),
    };
    return { buttons: [primary[action.channel], more], input: null };
  }
  if (action.status === 'uncertain') {
    // The message may have reached the customer: a person decides whether it went, or sends it again.
    return {
      buttons: [
        execute(b.confirmSent, VERBS.confirmSent, 'positive'),
        execute(b.resend, VERBS.resend, 'destructive'),
        more,
      ],
      input: null,
    };
  }
  if (action.status === 'generated') {
    if (action.channel === 'registered_letter') {
      return {
        buttons: [...open, execute(b.markRegistered, VERBS.markRegistered, 'positive'), more],
        input: { id: lrarInputId(action), label: b.lrarLabel, placeholder: b.lrarPlaceholder },
      };
    }
    return { buttons: [...open, execute(b.markPosted, VERBS.markPosted, 'positive'), more], input: null };
  }
  return { buttons: open, input: null };
}

function actionRow(action: DunningAction, day: CalendarDate, options: DigestViewOptions): RowView {
  const ref: ActionRef = { date: action.date, customer: action.customerCode, step: action.step };
  if (action.date !== day) ref.day = day;
  const invoices = shown(action.invoices.map((i) => i.number).join(', '), 300);
  const notes: string[] = action.alerts.map((a) => fr.digest.alerts[a]);
  if (action.supplement) notes.push(fr.formalNotice.supplement.badge);
  notes.push(...ridingNotes(action, options));
  const floorNote = action.channel === 'transfer' ? options.floorNotes?.[action.customerCode] : undefined;
  if (floorNote) notes.push(floorNote);
  const salesNote = options.salesNotes?.[action.customerCode];
  if (salesNote) notes.push(salesNote.text);
  const call = options.callNotes?.[action.customerCode];
  const { buttons, input } = rowButtons(action, ref, options);
  // Every row opens the customer's card (contacts, open invoices, history, decisions).
  buttons.push({
    type: 'Action.Execute',
    title: customerCard.buttons.customerCard,
    verb: CUSTOMER_VERBS.open,
    style: 'default',
    data: { customer: action.customerCode, day },
  });
  if (
    salesNote?.proposal &&
    options.canAct &&
    (action.status === 'proposed' || action.status === 'generated')
  ) {
    const p = salesNote.proposal;
    buttons.splice(buttons.length - 1, 0, {
      type: 'Action.Execute',
      title:
        p.kind === 'promise' ? fr.sales.acceptPromise(formatDateShortFr(p.date)) : fr.sales.acceptDispute,
      verb: p.kind === 'promise' ? 'row.promise' : 'row.dispute',
      style: 'default',
      data: p.kind === 'promise' ? { ...ref, promisedDate: p.date } : { ...ref, reason: p.reason },
    });
  }
  const done = ['sent', 'posted', 'transferred'].includes(action.status);
  return {
    heading: `${shown(action.customerName)} — ${formatEuros(action.total)}`,
    detail: fr.digest.rowDetail(
      action.invoices.length,
      invoices,
      lateness(action.maxDaysLate),
      RISK[action.risk],
    ),
    notes,
    status: [statusLine(action, options.texts), call ?? ''].filter(Boolean).join('\n\n'),
    style: done ? 'good' : action.status === 'proposed' ? 'default' : 'emphasis',
    input,
    buttons,
    flash:
      options.flash?.at?.customer === action.customerCode && options.flash.at.step === action.step
        ? flashView(options.flash)
        : null,
  };
}

/** The invoices riding in a more advanced communication, or joining a transfer, per own step. */
function ridingNotes(action: DunningAction, options: DigestViewOptions): string[] {
  const riders = action.invoices.filter((i) => i.step !== undefined && i.step !== action.step);
  if (riders.length === 0 || action.supplement) return [];
  if (action.channel === 'transfer') return [fr.formalNotice.joining(riders.length)];
  const bySteps = new Map<StepId, number>();
  for (const r of riders) bySteps.set(r.step!, (bySteps.get(r.step!) ?? 0) + 1);
  return [...bySteps].map(([step, n]) => fr.formalNotice.riding(n, options.texts.stepLabel(step)));
}

/** A customer under a mise en demeure: its letter, what La Poste said, when the transfer comes. */
function noticeRow(item: NoticeWatch, day: CalendarDate, options: DigestViewOptions): RowView {
  const t = fr.formalNotice;
  const posted = formatDateShortFr(item.notice.postedOn);
  const notes: string[] = [t.posted(posted, item.notice.lrar ? shown(item.notice.lrar, 40) : null)];
  const event = item.notice.event;
  notes.push(event ? t.events[event.kind](formatDateShortFr(event.on)) : t.events.none);
  if (item.attached.length > 0)
    notes.push(t.attached(item.attached.length, shown(item.attached.join(', '), 300), posted));
  const transfer = item.transfer;
  if (transfer.kind === 'due') notes.push(t.transferDue(toTheFirm(options.texts.lawFirm)));
  else if (transfer.kind === 'waiting')
    notes.push(
      t.transferPossible(
        formatDateShortFr(transfer.on),
        waitReasonText(
          transfer.why,
          options.texts,
          options.ladder.steps.find((s) => s.channel === 'transfer')?.id,
        ),
      ),
    );
  const buttons: Button[] = [];
  let dateInput: RowView['dateInput'] = null;
  if (options.canAct && (!event || event.kind === 'unclaimed')) {
    const today = options.dayOff ?? day;
    const id = noticeDateInputId(item.customerCode);
    dateInput = { id, label: t.buttons.dateLabel, value: today, max: today };
    const kinds = event
      ? (['received', 'returned'] as const)
      : (['received', 'unclaimed', 'returned'] as const);
    for (const kind of kinds)
      buttons.push({
        type: 'Action.Execute',
        title: t.buttons[kind],
        verb: VERBS.noticeEvent,
        style: kind === 'received' ? 'positive' : 'default',
        data: { date: day, customer: item.customerCode, event: kind },
      });
  }
  const at = options.flash?.at;
  return {
    flash:
      options.flash && at?.customer === item.customerCode && at.step === NOTICES_SECTION
        ? flashView(options.flash)
        : null,
    heading: `${shown(item.customerName)} — ${formatEuros(item.total)}`,
    detail: t.covered(item.invoices.length, shown(item.invoices.join(', '), 300)),
    notes,
    status: '',
    style: event?.kind === 'returned' ? 'attention' : 'default',
    input: null,
    dateInput,
    buttons,
  };
}

function watchRow(item: WatchItem, kind: 'promise' | 'dispute'): RowView {
  return {
    heading: `${shown(item.customerName)} — ${formatEuros(item.balance)}`,
    detail:
      kind === 'promise'
        ? fr.digest.promiseDetail(shown(item.invoiceNumber), formatDateShortFr(item.detail as CalendarDate))
        : fr.digest.disputeDetail(
            shown(item.invoiceNumber),
            shown(item.detail),
            formatDateShortFr(item.since),
          ),
    notes: [],
    status: '',
    style: 'default',
    input: null,
    buttons: [],
    flash: null,
  };
}

function paginate<T>(key: string, items: readonly T[], pageSize: number, options: DigestViewOptions) {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const page = Math.min(Math.max(0, options.pages?.[key] ?? 0), pages - 1);
  const shown = items.slice(page * pageSize, (page + 1) * pageSize);
  const buttons: SectionView['sectionButtons'] = [];
  const at = (p: number) => ({ pages: { ...(options.pages ?? {}), [key]: p } });
  if (page > 0) buttons.push({ title: fr.digest.buttons.previous, verb: VERBS.page, data: at(page - 1) });
  if (page < pages - 1)
    buttons.push({ title: fr.digest.buttons.next(page + 2, pages), verb: VERBS.page, data: at(page + 1) });
  return { shown, buttons, page, pages };
}

function sectionTitle(ladder: LadderConfig, step: StepId): string {
  if (ladder.preDue?.id === step) return fr.digest.sections.preDue(ladder.preDue.label);
  const s = ladder.steps.find((x) => x.id === step);
  return s ? fr.digest.sections.step(s.label, s.channel) : step;
}

function buildView(digest: DailyDigest, options: DigestViewOptions, pageSize: number) {
  const order: StepId[] = [
    ...(options.ladder.preDue ? [options.ladder.preDue.id] : []),
    ...options.ladder.steps.map((s) => s.id),
  ];
  const byStep = new Map<StepId, DunningAction[]>();
  for (const action of digest.actions) byStep.set(action.step, [...(byStep.get(action.step) ?? []), action]);

  const sections: SectionView[] = [];
  const totals: Array<{ label: string; value: string }> = [];
  for (const step of order) {
    const actions = byStep.get(step) ?? [];
    if (actions.length === 0) continue;
    const amount = cents(actions.reduce((s, a) => s + a.total, 0));
    const pending = actions.filter((a) => a.status === 'proposed' || a.status === 'generated').length;
    const title = sectionTitle(options.ladder, step);
    totals.push({ label: title, value: fr.digest.total(actions.length, formatEuros(amount), pending) });
    const { shown, buttons } = paginate(step, actions, pageSize, options);
    for (const b of buttons) b.data.date = digest.date;
    const channel = actions[0]!.channel;
    const proposedEmails = actions.filter((a) => a.status === 'proposed' && channel === 'email').length;
    if (options.canAct && proposedEmails > 1) {
      buttons.unshift({
        title: fr.digest.buttons.sendAll(proposedEmails),
        verb: VERBS.sendAll,
        data: { date: digest.date, step },
      });
    }
    const at = options.flash?.at;
    sections.push({
      key: step,
      title,
      summary: fr.digest.sectionSummary(actions.length, formatEuros(amount)),
      rows: shown.map((a) => actionRow(a, digest.date, options)),
      sectionButtons: buttons,
      flash:
        options.flash && at && !at.customer && at.step === step
          ? flashView(options.flash)
          : options.sectionNotes?.[step]
            ? flashView(options.sectionNotes[step])
            : null,
    });
  }
  const notices = digest.notices ?? [];
  if (notices.length > 0) {
    const { shown, buttons } = paginate(NOTICES_SECTION, notices, pageSize, options);
    for (const b of buttons) b.data.date = digest.date;
    const amount = cents(notices.reduce((s, i) => s + i.total, 0));
    sections.push({
      key: NOTICES_SECTION,
      title: fr.formalNotice.section,
      summary: fr.formalNotice.sectionSummary(notices.length, formatEuros(amount)),
      rows: shown.map((n) => noticeRow(n, digest.date, options)),
      sectionButtons: buttons,
      flash: null,
    });
  }
  const insolvencies = digest.insolvencies ?? [];
  if (insolvencies.length > 0) {
    const { shown, buttons } = paginate(INSOLVENCY_SECTION, insolvencies, pageSize, options);
    for (const b of buttons) b.data.date = digest.date;
    sections.push(
      insolvencySection(insolvencies, shown, buttons, digest.date, options.canAct, options.texts.lawFirm),
    );
  }
  const lateFees = lateFeeSection(digest, options, pageSize, (key, items, size) =>
    paginate(key, items, size, options),
  );
  if (lateFees) sections.push(lateFees);
  const reconcile = reconcileSection(digest, options, pageSize, (key, items, size) =>
    paginate(key, items, size, options),
  );
  if (reconcile) sections.push(reconcile);
  for (const [key, items, kind] of [
    ['promises', digest.promisesDue, 'promise'],
    ['disputes', digest.openDisputes, 'dispute'],
  ] as const) {
    if (items.length === 0) continue;
    const { shown, buttons } = paginate(key, items, pageSize, options);
    for (const b of buttons) b.data.date = digest.date;
    const amount = cents(items.reduce((s, i) => s + i.balance, 0));
    sections.push({
      key,
      title: kind === 'promise' ? fr.digest.sections.promises : fr.digest.sections.disputes,
      summary: fr.digest.sectionSummary(items.length, formatEuros(amount)),
      rows: shown.map((i) => watchRow(i, kind)),
      sectionButtons: buttons,
      flash: null,
    });
  }
  const total = cents(digest.actions.reduce((s, a) => s + a.total, 0));
  const left = digest.actions.filter((a) => LEFT_TO_DO.includes(a.status));
  const at = options.flash?.at;
  const placed =
    !!at && sections.some((s) => (!at.customer && s.key === at.step) || s.rows.some((r) => r.flash));
  return {
    title: fr.digest.title(formatDateWithWeekdayFr(digest.date)),
    subtitle:
      digest.actions.length === 0
        ? fr.digest.nothing
        : `${fr.digest.subtitle(digest.actions.length, formatEuros(total))}\n\n${dayHeader.left(
            left.length,
            digest.actions.length,
            formatEuros(cents(left.reduce((s, a) => s + a.total, 0))),
          )}`,
    flash:
      options.flash && !placed
        ? { text: options.flash.message, style: options.flash.ok ? 'good' : 'attention' }
        : null,
    dayNote:
      options.dayOff && options.dayOff > digest.date
        ? fr.digest.dayOff(formatDateWithWeekdayFr(options.dayOff), formatDateWithWeekdayFr(digest.date))
        : null,
    notices: digest.warnings.map(digestWarningText),
    ratesButton: ratesButton(digest, options),
    totals,
    sections,
    footer: options.canAct ? fr.digest.footer : fr.digest.readOnlyFooter,
    refresh: {
      title: fr.digest.buttons.refresh,
      data: { date: digest.date, pages: options.pages ?? {} },
      userIds: options.refreshUserIds,
    },
  };
}

/** « Saisir les taux », under the warnings, when a rate is missing or due (controllers only). */
function ratesButton(digest: DailyDigest, options: DigestViewOptions) {
  if (!options.canAct) return null;
  for (const w of digest.warnings) {
    if (typeof w !== 'string' && (w.kind === 'rate_missing' || w.kind === 'rates_due'))
      return { title: fr.rates.button, data: { semester: w.semesterStart, day: digest.date } };
  }
  return null;
}

/** The card, at the largest page size that keeps it under Teams' 28 KB. */
export function buildDigestCard(digest: DailyDigest, options: DigestViewOptions): CardJson {
  for (let pageSize = options.pageSize ?? 5; pageSize >= 1; pageSize--) {
    const card = expandCard('digest', buildView(digest, options, pageSize));
    if (cardSize(card) <= MAX_CARD_BYTES - 1024) return card;
  }
  throw new Error('the digest card cannot fit in 28 KB even with one row per section');
}
