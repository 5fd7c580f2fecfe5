/**
 * The customer's card (« fiche Biocoop »): contacts, open invoices with their step and next date,
 * pauses, the sales rep's answers, the decisions (forms that open in place), and the latest
 * history with every e-mail and document openable again. Pure: cards/customer.json lays it out.
 * It stays under Teams' 28 KB: the history shows the latest entries (fewer if needed) and « Voir
 * tout l’historique » opens the history card.
 */
import type { CustomerFile, HistoryItem, OpenInvoice } from '../../application/customer/customer-file';
import { formatDateShortFr, type CalendarDate } from '../../domain/calendar-date';
import { CALL_OUTCOMES } from '../../domain/customer-decisions';
import type { JournalEntry } from '../../domain/journal';
import { formatEuros, sumCents } from '../../domain/money';
import { customerCard as t } from '../../i18n/fr/customer';
import { missingDetails } from '../../i18n/fec';
import { missingContactDetails } from '../../import/fec';
import { insolvencyTexts } from '../../i18n/fr/insolvency';
import { journalLabel } from '../../i18n/journal';
import type { TextContext } from '../../i18n/reasons';
import { cardSize, expandCard, MAX_CARD_BYTES, type CardJson } from '../card-templates';
import { shown } from '../card-text';
import { VERBS as DAY_VERBS } from '../controller/digest-card';
import { HISTORY_VERBS, historyDetail } from '../history/history-card';
import { answerText } from '../sales/sales-card';
import { insolvencyBanner, insolvencyForm } from './insolvency-view';
import { CUSTOMER_VERBS } from './verbs';
import { lateFeeButtons, lateFeeFacts } from './late-fee-waiver';
import { writeOffForm } from './write-off-view';

export { CUSTOMER_VERBS };

/** Installment rows the payment plan's form offers. */
export const PLAN_ROWS = 4;

export interface CustomerCardOptions {
  today: CalendarDate;
  texts: TextContext;
  canAct: boolean;
  /** « Passer en perte »: controllers and directors (default: as `canAct`). */
  canWriteOff?: boolean;
  /** Feedback on the click that produced this card, shown next to the buttons. */
  flash?: { ok: boolean; message: string } | null;
  /** Teams ids of the people whose client refreshes the card by itself. */
  refreshUserIds: string[];
  documentUrl: (id: string) => string;
  /** The day of the day's card to go back to, when opened from it. */
  day?: CalendarDate;
  /** History entries shown, before shrinking to fit. */
  historySize?: number;
}

function timeInParis(iso: string): string {
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

function statusLines(item: OpenInvoice, options: CustomerCardOptions): string[] {
  const { invoice, next } = item;
  const lines: string[] = [];
  const label = (step: string) => options.texts.stepLabel(step);
  const { lastStep, lastStepDate, hold } = invoice.dunning;
  lines.push(
    lastStep && lastStepDate ? t.lastStep(label(lastStep), formatDateShortFr(lastStepDate)) : t.noStepYet,
  );
  if (invoice.status === 'litigation') {
    lines.push(t.next.litigation);
    return lines;
  }
  switch (next.kind) {
    case 'due':
      lines.push(t.next.due(label(next.step)));
      break;
    case 'waiting':
      lines.push(t.next.waiting(label(next.step), formatDateShortFr(next.dueOn)));
      break;
    case 'paused':
      if (next.reason === 'insolvency') lines.push(insolvencyTexts.next);
      else if (hold?.kind === 'dispute')
        lines.push(t.next.dispute(shown(hold.reason), formatDateShortFr(hold.since)));
      else if (hold?.kind === 'promise')
        lines.push(
          t.next.promise(
            formatDateShortFr(hold.promisedDate),
            formatDateShortFr(next.until ?? hold.promisedDate),
          ),
        );
      else if (hold?.kind === 'plan') {
        lines.push(next.until ? t.next.plan(formatDateShortFr(next.until)) : t.next.planDone);
        lines.push(
          t.installments(
            hold.installments
              .map((i) => `${formatDateShortFr(i.dueDate)} ${formatEuros(i.amount)}`)
              .join(' · '),
          ),
        );
      } else if (hold?.kind === 'postponed') lines.push(t.next.postponed(formatDateShortFr(hold.until)));
      break;
    case 'finished':
      lines.push(next.reason === 'ladder_complete' ? t.next.complete : t.next.settled);
      break;
  }
  return lines;
}

function invoiceView(item: OpenInvoice, options: CustomerCardOptions) {
  const { invoice, balance } = item;
  const due = formatDateShortFr(invoice.dueDate);
  const late = invoice.dueDate < options.today;
  const alert = invoice.dunning.alert ? t.alerts[invoice.dunning.alert.kind] : '';
  return {
    heading: late
      ? t.invoiceLine(shown(invoice.number), formatEuros(balance), due)
      : t.invoiceLineNotDue(shown(invoice.number), formatEuros(balance), due),
    lines: statusLines(item, options),
    alert,
    style: invoice.dunning.hold?.kind === 'dispute' || alert ? 'attention' : late ? 'default' : 'emphasis',
  };
}

function journalHeading(entry: JournalEntry): string {
  const mark = { ok: '✅', refused: '⛔', failed: '⚠' }[entry.outcome];
  return `${mark} ${formatDateShortFr(entry.date)} ${timeInParis(entry.at)} — ${journalLabel(entry.action)} — ${shown(entry.actor.name)}`;
}

function historyView(item: HistoryItem, file: CustomerFile, options: CustomerCardOptions) {
  if (item.kind === 'imported') {
    return {
      heading: t.imported(options.texts.stepLabel(item.step), formatDateShortFr(item.date)),
      detail: shown(item.invoice),
      links: [],
      email: null,
    };
  }
  const { entry } = item;
  const ids = [entry.details?.documentId, entry.details?.coverDocumentId].filter(
    (id): id is string => typeof id === 'string',
  );
  const outcome = entry.details?.outcome;
  const callOutcome = typeof outcome === 'string' ? t.form.callOutcomes[outcome] : undefined;
  const detail = historyDetail(entry);
  return {
    heading: journalHeading(entry),
    detail: callOutcome ? [callOutcome, detail].filter(Boolean).join(' — ') : detail,
    links: ids.map((id) => ({ title: `📄 ${journalLabel(entry.action)}`, url: options.documentUrl(id) })),
    email:
      entry.action === 'email.sent' && entry.outcome === 'ok'
        ? { title: t.seeEmail, data: { customer: file.customer.code, entry: entry.id } }
        : null,
  };
}

function factsOf(file: CustomerFile) {
  const c = file.customer;
  const address = [...c.address.lines, `${c.address.postalCode} ${c.address.city}`.trim()]
    .filter(Boolean)
    .join(', ');
  const missing = missingContactDetails(c);
  return [
    ...(missing.address || missing.email
      ? [{ title: missingDetails.title, value: missingDetails.value(missing.address, missing.email) }]
      : []),
    { title: t.facts.emails, value: shown(c.billingEmails.join(', '), 400) || t.none },
    { title: t.facts.phone, value: shown(c.phone) || t.none },
    { title: t.facts.address, value: shown(address, 400) || t.none },
    { title: t.facts.rep, value: shown(c.salesRepEmail) || t.none },
    { title: t.facts.terms, value: t.termsDays(c.paymentTermsDays) },
    { title: t.facts.risk, value: t.risk[c.risk] ?? t.none },
    ...lateFeeFacts(file),
  ];
}

function formsOf(file: CustomerFile, options: CustomerCardOptions, shownInvoices: number) {
  const code = file.customer.code;
  const choice = (i: OpenInvoice) => ({
    title: `${shown(i.invoice.number)} — ${formatEuros(i.balance)}`,
    value: i.invoice.number,
  });
  const actionable = file.open.slice(0, shownInvoices).filter((i) => i.invoice.status !== 'litigation');
  const disputed = actionable.filter((i) => i.invoice.dunning.hold?.kind === 'dispute');
  const f = t.form;
  return {
    data: { customer: code, ...(options.day ? { day: options.day } : {}) },
    today: options.today,
    invoices: actionable.map(choice),
    firstInvoice: actionable[0]?.invoice.number ?? '',
    disputed: disputed.map(choice),
    firstDisputed: disputed[0]?.invoice.number ?? '',
    callOutcomes: CALL_OUTCOMES.map((o) => ({ title: f.callOutcomes[o] ?? o, value: o })),
    installments: Array.from({ length: PLAN_ROWS }, (_, i) => ({
      dateId: `plan${i + 1}Date`,
      amountId: `plan${i + 1}Amount`,
      label: f.installment(i + 1),
      amountLabel: f.installmentAmount,
      placeholder: f.amountPlaceholder,
    })),
    labels: {
      ...f,
      planHint: f.planHint(formatEuros(sumCents(actionable, (i) => i.balance))),
    },
    buttons: t.buttons,
  };
}

function view(file: CustomerFile, options: CustomerCardOptions, historySize: number, invoiceCount: number) {
  const code = file.customer.code;
  const total = sumCents(file.open, (i) => i.balance);
  const history = file.history.slice(0, historySize);
  const back = { ...(options.day ? { date: options.day } : {}) };
  return {
    title: t.title(shown(file.customer.legalName)),
    subtitle: t.openTotal(file.open.length, formatEuros(total)),
    facts: factsOf(file),
    invoicesTitle: t.invoicesTitle,
    invoices: [
      ...file.open.slice(0, invoiceCount).map((i) => invoiceView(i, options)),
      ...(file.open.length > invoiceCount
        ? [
            {
              heading: t.moreInvoices(
                file.open.length - invoiceCount,
                formatEuros(sumCents(file.open.slice(invoiceCount), (i) => i.balance)),
              ),
              lines: [],
              alert: '',
              style: 'default',
            },
          ]
        : []),
    ],
    proposalsTitle: t.repTitle,
    proposals: file.proposals.map((p) => ({
      text: answerText(p.notice, shown(p.notice.answeredBy?.name ?? p.notice.repEmail)),
      accepted: p.accepted
        ? t.repAccepted(shown(p.accepted.actor.name), formatDateShortFr(p.accepted.date))
        : '',
      button:
        !p.accepted && options.canAct
          ? { title: t.buttons.accept, data: { customer: code, notice: p.notice.key } }
          : null,
    })),
    flash: options.flash
      ? { text: options.flash.message, style: options.flash.ok ? 'good' : 'attention' }
      : null,
    forms: options.canAct ? formsOf(file, options, invoiceCount) : null,
    writeOff:
      (options.canWriteOff ?? options.canAct)
        ? writeOffForm(file.open.slice(0, invoiceCount), options.today, {
            customer: code,
            ...(options.day ? { day: options.day } : {}),
          })
        : null,
    insolvency: insolvencyBanner(file, options.texts.lawFirm),
    insolvencyForm: options.canAct
      ? insolvencyForm(file, options.today, { customer: code, ...(options.day ? { day: options.day } : {}) })
      : null,
    undo:
      options.canAct && file.undo
        ? {
            title: t.undo(timeInParis(file.undo.until)),
            note: t.undoNote(
              journalLabel(file.undo.entry.action),
              shown(file.undo.entry.actor.name),
              timeInParis(file.undo.until),
            ),
            data: { customer: code, entry: file.undo.entry.id },
          }
        : null,
    readOnly: options.canAct ? '' : t.readOnly,
    historyTitle:
      file.history.length === 0 ? t.historyEmpty : t.historyTitle(history.length, file.history.length),
    history: history.map((h) => historyView(h, file, options)),
    footer: [
      ...(file.history.length > history.length
        ? [{ title: t.seeAll, verb: HISTORY_VERBS.customer, data: { customer: code } }]
        : []),
      ...(options.canAct ? lateFeeButtons(file, back) : []),
      { title: t.refresh, verb: CUSTOMER_VERBS.refresh, data: { customer: code, ...back } },
      { title: t.back, verb: DAY_VERBS.refresh, data: back },
    ],
    refresh: {
      title: t.refresh,
      data: { customer: code, ...back },
      userIds: options.refreshUserIds,
    },
  };
}

/**
 * The card, with as many history entries, then invoices, as fit under Teams' 28 KB: the history
 * shrinks first (« Voir tout l’historique » has the rest), then the invoices listed (the others are
 * counted; « Promesse » and « Reporter » still apply to every open invoice by default).
 */
export function buildCustomerCard(file: CustomerFile, options: CustomerCardOptions): CardJson {
  const sizes: Array<[number, number]> = [];
  for (let h = options.historySize ?? 20; h >= 0; h = h > 5 ? h - 5 : h - 1)
    sizes.push([h, file.open.length]);
  for (let n = Math.min(file.open.length, 30); n >= 1; n = n > 10 ? n - 5 : n - 1) sizes.push([0, n]);
  for (const [history, invoices] of sizes) {
    const card = expandCard('customer', view(file, options, history, invoices));
    if (cardSize(card) <= MAX_CARD_BYTES - 1024) return card;
  }
  throw new Error('the customer card cannot fit in 28 KB');
}

/** « Voir l’e-mail »: what was sent, as it was sent. */
export function buildSentEmailCard(entry: JournalEntry, customerCode: string, day?: CalendarDate): CardJson {
  const d = entry.details ?? {};
  const subject = typeof d.subject === 'string' ? d.subject : journalLabel(entry.action);
  const to = Array.isArray(d.to) ? (d.to as string[]).join(', ') : '';
  const text = typeof d.text === 'string' ? d.text : null;
  const back = { customer: customerCode, ...(day ? { day } : {}) };
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      {
        type: 'TextBlock',
        text: shown(t.email.title(subject), 300),
        weight: 'Bolder',
        size: 'Medium',
        wrap: true,
      },
      {
        type: 'TextBlock',
        text: t.email.sentOn(formatDateShortFr(entry.date), timeInParis(entry.at)),
        isSubtle: true,
        spacing: 'None',
        wrap: true,
      },
      { type: 'TextBlock', text: shown(t.email.to(to), 400), size: 'Small', wrap: true },
      ...(typeof d.messageId === 'string' && d.messageId
        ? [
            {
              type: 'TextBlock',
              text: shown(t.email.messageId(d.messageId), 300),
              size: 'Small',
              isSubtle: true,
              wrap: true,
            },
          ]
        : []),
      {
        type: 'TextBlock',
        text: text ? shown(text, 8000) : t.email.notKept,
        wrap: true,
        separator: true,
        fontType: text ? 'Monospace' : 'Default',
      },
    ],
    actions: [
      { type: 'Action.Execute', title: t.buttons.customerCard, verb: CUSTOMER_VERBS.open, data: back },
    ],
  };
}
