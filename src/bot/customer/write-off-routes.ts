/**
 * « Passer en perte » from the customer's card: the form's « Vérifier avant de confirmer » answers
 * with what will be written off (or why not, on the card), and « Confirmer la passation en perte »
 * decides — journaled once, however many times it arrives. Controllers and directors only.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { readCustomerFile, type CustomerFileDependencies } from '../../application/customer/customer-file';
import {
  previewWriteOff,
  writeOffInvoices,
  type WriteOffDependencies,
  type WriteOffInput,
} from '../../application/customer/write-off';
import { isCalendarDate, type CalendarDate } from '../../domain/calendar-date';
import { parseAmountToCents, type Cents } from '../../domain/money';
import type { TextContext } from '../../i18n/reasons';
import { writeOffOutcomeText, writeOffRefusalText } from '../../i18n/write-off';
import type { CardJson } from '../card-templates';
import { deciderOf } from '../controller/click-answers';
import { onInvoke, type MalformedInvoke } from '../invoke';
import { canAct, canWriteOff, type People, type Viewer } from '../people';
import { buildCustomerCard } from './customer-card';
import { customerData, type CustomerData } from './invokes';
import { buildWriteOffConfirmCard, WRITE_OFF_VERBS } from './write-off-view';

export interface WriteOffRouteDependencies {
  people: People;
  file: CustomerFileDependencies;
  decisions: WriteOffDependencies;
  texts: TextContext;
  documentUrl: (id: string) => string;
  onDecided: () => void;
  malformed: MalformedInvoke;
}

function text(data: CustomerData, key: string, max = 600): string {
  const v = data[key];
  return typeof v === 'string' ? v.trim().replace(/\s+/g, ' ').slice(0, max) : '';
}

/** The form's values: an amount typed but unreadable is refused (-1), never taken as « the balance ». */
export function writeOffInputOf(data: CustomerData): WriteOffInput {
  const typed = text(data, 'writeOffAmount', 40);
  let amount: Cents | null = null;
  if (typed) {
    try {
      amount = parseAmountToCents(typed);
    } catch {
      amount = -1 as Cents;
    }
  }
  const date = text(data, 'writeOffDate');
  return {
    customer: data.customer,
    invoices: text(data, 'writeOffInvoices', 4000)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .slice(0, 50),
    amount,
    // An empty date is today; a malformed one is refused (not silently today).
    date: date === '' ? null : isCalendarDate(date) ? date : ('0000-00-00' as CalendarDate),
    reason: text(data, 'writeOffReason', 40),
    note: text(data, 'writeOffNote', 600),
  };
}

export function registerWriteOffRoutes(app: Application<TurnState>, deps: WriteOffRouteDependencies): void {
  const customerCard = async (
    viewer: Viewer,
    code: string,
    flash: { ok: boolean; message: string },
    day: CalendarDate | undefined,
  ): Promise<CardJson | string> => {
    const customer = await deps.file.stores.customers.get(code);
    if (!customer) return flash.message;
    return buildCustomerCard(await readCustomerFile(deps.file, customer), {
      today: deps.file.clock.today(),
      texts: deps.texts,
      canAct: canAct(viewer),
      canWriteOff: canWriteOff(viewer),
      flash,
      refreshUserIds: [viewer.userId],
      documentUrl: deps.documentUrl,
      day,
    });
  };

  onInvoke(
    app,
    WRITE_OFF_VERBS.review,
    customerData,
    async (context, data): Promise<CardJson | string> => {
      const viewer = await deps.people.viewerOf(context);
      const input = writeOffInputOf(data);
      const preview = await previewWriteOff(deps.decisions, canWriteOff(viewer), input);
      if (preview.kind === 'refused')
        return customerCard(
          viewer,
          data.customer,
          { ok: false, message: writeOffRefusalText(preview.refusal) },
          data.day,
        );
      const lines = preview.lines.flatMap((l) =>
        l.writeOff ? [{ invoice: l.invoice, writeOff: l.writeOff }] : [],
      );
      if (lines.length === 0) {
        const outcome = await writeOffInvoices(deps.decisions, deciderOf(viewer), true, input);
        return customerCard(
          viewer,
          data.customer,
          { ok: outcome.kind !== 'refused', message: writeOffOutcomeText(outcome, deps.texts.lawFirm) },
          data.day,
        );
      }
      return buildWriteOffConfirmCard({
        customer: preview.customer,
        lines,
        lawFirm: deps.texts.lawFirm,
        data: {
          customer: preview.customer.code,
          ...(data.day ? { day: data.day } : {}),
          writeOffInvoices: lines.map((l) => l.invoice.number).join(','),
          writeOffAmount: text(data, 'writeOffAmount', 40),
          writeOffDate: preview.request().date,
          writeOffReason: input.reason,
          writeOffNote: input.note,
        },
      });
    },
    deps.malformed,
  );

  onInvoke(
    app,
    WRITE_OFF_VERBS.confirm,
    customerData,
    async (context, data): Promise<CardJson | string> => {
      const viewer = await deps.people.viewerOf(context);
      const outcome = await writeOffInvoices(
        deps.decisions,
        deciderOf(viewer),
        canWriteOff(viewer),
        writeOffInputOf(data),
      );
      if (outcome.kind === 'done') deps.onDecided();
      return customerCard(
        viewer,
        data.customer,
        { ok: outcome.kind !== 'refused', message: writeOffOutcomeText(outcome, deps.texts.lawFirm) },
        data.day,
      );
    },
    deps.malformed,
  );
}
