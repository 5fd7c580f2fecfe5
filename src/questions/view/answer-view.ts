/**
 * What an answer card says, as plain data in French, before paging and templating: a headline with
 * the figure, a subtitle (the filters understood), facts, tables, a few lines, notes (the figure's
 * definition). Each intent builds its own view from its result (intents/<intent>/answer.ts); the
 * bot renders any view the same way (src/bot/questions/answer-card.ts).
 */
import type { ChartSpec } from '../../application/ports/charts';

export type Align = 'Left' | 'Right';

export interface Column {
  title: string;
  /** Relative width. */
  width: number;
  align: Align;
}

export interface AnswerTable {
  /** Shown above the table; empty for none. */
  title: string;
  columns: Column[];
  rows: string[][];
}

export interface AnswerView {
  headline: string;
  subtitle?: string;
  facts?: Array<{ title: string; value: string }>;
  /** The last table is the one shown page by page (the long list); the others are shown whole. */
  tables?: AnswerTable[];
  linesTitle?: string;
  lines?: string[];
  notes?: string[];
  /**
   * A chart of what the tables say (issue #18), drawn and linked at the edge; `altText` says what it
   * shows in words, kept on the card as a visible line (for accessibility, and for clients without
   * images, or when the chart could not be drawn).
   */
  chart?: { spec: ChartSpec; altText: string };
}

/** What every view is given besides its result: names of the customers met, the filters line. */
export interface ViewContext {
  /** A customer's name from its code (the code itself for a customer the answer does not name). */
  names: (code: string) => string;
  /** « Filtres : … » — what the figure was restricted to; undefined when nothing was. */
  filters: string | undefined;
}

export const col = (title: string, width: number, align: Align = 'Left'): Column => ({ title, width, align });
