/**
 * The shapes of the day card's rows and sections (./digest-card.ts), shared with the sections built
 * in their own modules (penalties to bill, payments to reconcile) without an import cycle.
 */

export type Button =
  | {
      type: 'Action.Execute';
      title: string;
      verb: string;
      style: 'default' | 'positive' | 'destructive';
      data: Record<string, unknown>;
    }
  | { type: 'Action.OpenUrl'; title: string; url: string };

export interface FlashView {
  text: string;
  color: 'Good' | 'Attention';
}

/** Feedback on a click, green when it went through. */
export const flashView = (flash: { ok: boolean; message: string }): FlashView => ({
  text: flash.message,
  color: flash.ok ? 'Good' : 'Attention',
});

export interface RowView {
  heading: string;
  detail: string;
  notes: string[];
  status: string;
  style: 'default' | 'emphasis' | 'good' | 'attention';
  input: { id: string; label: string; placeholder: string } | null;
  /** A date to send with the row's buttons (the AR's date…), today by default. */
  dateInput?: { id: string; label: string; value: string; max: string } | null;
  buttons: Button[];
  flash: FlashView | null;
}

export interface SectionView {
  key: string;
  title: string;
  summary: string;
  rows: RowView[];
  sectionButtons: Array<{ title: string; verb: string; data: Record<string, unknown> }>;
  flash: FlashView | null;
}

/** The items of a section shown on its current page, and the buttons to turn pages. */
export type Paginate = <T>(
  key: string,
  items: readonly T[],
  pageSize: number,
) => { shown: T[]; buttons: SectionView['sectionButtons'] };

/** What a section built in its own module needs of the card's options (DigestViewOptions). */
export interface SectionOptions {
  canAct: boolean;
  pages?: Record<string, number>;
  flash?: { ok: boolean; message: string; at?: { customer?: string; step: string } } | null;
}
