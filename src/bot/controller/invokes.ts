/**
 * What each button of the controller's cards carries, as zod schemas: ids and page numbers only
 * (everything else is re-read on the server), plus the inputs a row's forms send.
 */
import { z } from 'zod';
import { isCalendarDate, type CalendarDate } from '../../domain/calendar-date';
import type { ActionRef } from '../../domain/decisions';

/** A calendar date sent back by a button (YYYY-MM-DD). */
export const calendarDate = z.custom<CalendarDate>((v) => typeof v === 'string' && isCalendarDate(v));

/** Pages per section; anything odd is ignored rather than refused (it only moves a view). */
export const pages = z
  .unknown()
  .optional()
  .transform((value): Record<string, number> => {
    if (!value || typeof value !== 'object') return {};
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).filter(
        (e): e is [string, number] =>
          typeof e[1] === 'number' && Number.isInteger(e[1]) && e[1] >= 0 && e[1] < 10_000,
      ),
    );
  });

/** A text field of a form: trimmed, inner spaces collapsed; absent is empty. */
const text = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : ''));

/** A date field of a form: a calendar date, or null when empty or malformed. */
const dateInput = z
  .unknown()
  .optional()
  .transform((v): CalendarDate | null =>
    typeof v === 'string' && isCalendarDate(v.trim()) ? (v.trim() as CalendarDate) : null,
  );

/** The day's card itself: refresh, a page turned, « Retour ». */
export const dayCardData = z.object({ date: calendarDate.optional(), pages }).passthrough();

/** A button on one row: the action it designates. Inputs of the row's forms come along. */
export const actionData = z
  .object({
    date: calendarDate,
    customer: z.string().min(1).max(64),
    step: z.string().min(1).max(32),
    pages,
    until: dateInput,
    promisedDate: dateInput,
    reason: text,
    note: text,
    lrar: text,
    /** The card's day, when the action is an earlier day's still to settle. */
    day: calendarDate.optional(),
  })
  .passthrough();
export type ActionData = z.output<typeof actionData>;

/** The day of the card a row's button was on. */
export function cardDayOf(data: Pick<ActionData, 'date' | 'day'>): CalendarDate {
  return data.day ?? data.date;
}

export const sendAllData = z
  .object({ date: calendarDate, step: z.string().min(1).max(32), pages })
  .passthrough();

export function refOf(data: Pick<ActionData, 'date' | 'customer' | 'step'>): ActionRef {
  return { date: data.date, customer: data.customer, step: data.step };
}

/** The id of the LRAR number's input on a row (several rows can wait for one at once). */
export function lrarInputId(action: { customerCode: string; step: string }): string {
  return `lrar|${action.customerCode}|${action.step}`;
}

/** The LRAR number typed on the row (its own input), or in a field named `lrar`. */
export function lrarOf(data: ActionData): string | null {
  const own = data[lrarInputId({ customerCode: data.customer, step: data.step })];
  const value = typeof own === 'string' && own.trim() ? own : data.lrar;
  return value ? value : null;
}

/** The id of the date input on a customer's mise en demeure row. */
export function noticeDateInputId(customerCode: string): string {
  return `noticeDate|${customerCode}`;
}

/** « AR reçu », « Avisé non réclamé », « Pli retourné »: the customer, the event, the date typed. */
export const noticeEventData = z
  .object({
    date: calendarDate,
    customer: z.string().min(1).max(64),
    event: z.enum(['received', 'unclaimed', 'returned']),
    pages,
  })
  .passthrough();
export type NoticeEventData = z.output<typeof noticeEventData>;

/** The date typed on the row (its own input), or null when missing or malformed. */
export function noticeDateOf(data: NoticeEventData): CalendarDate | null {
  const raw = data[noticeDateInputId(data.customer)];
  const value = typeof raw === 'string' ? raw.trim() : '';
  return isCalendarDate(value) ? (value as CalendarDate) : null;
}
