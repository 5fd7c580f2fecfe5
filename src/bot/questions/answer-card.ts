/**
 * Any answer as an Adaptive Card (cards/answer.json): the view its intent gives (headline, filters,
 * facts, tables, lines, notes — src/questions/intents/<intent>/answer.ts) with its long table shown
 * page by page (« Voir la suite » re-runs the query through Action.Execute). The card only lays
 * out: every figure and every word comes from the view. Cards stay under Teams' 28 KB.
 */
import type { ChartImage } from '../../application/ports/charts';
import { fr } from '../../i18n/fr';
import type { StructuredQuery } from '../../questions/query';
import { viewOf, type QueryAnswer } from '../../questions/registry';
import type { AnswerTable, AnswerView, Column } from '../../questions/view/answer-view';
import { cardSize, expandCard, MAX_CARD_BYTES, type CardJson } from '../card-templates';

const t = fr.questions;

export const QUESTION_VERB = 'question.run';
/** A question asked from a button (an example of the help, a close example): its text. */
export const ASK_VERB = 'question.ask';

/** What an answer card's buttons carry: the query to run again, and the page to show. */
export interface QuestionInvoke {
  q: StructuredQuery;
  p?: number;
}

/** What an example's button carries: the question, as typed. */
export interface AskInvoke {
  text: string;
}

export interface Choice {
  title: string;
  verb: string;
  data: QuestionInvoke | AskInvoke;
}

interface CardTable {
  title: string;
  columns: Column[];
  rows: Array<{ cells: Array<{ text: string; align: Column['align'] }> }>;
  pageInfo: string;
}

/** A line said after the answer, with its buttons (« Vouliez-vous dire le client … ? »). */
export interface Suggestion {
  line: string;
  choices: Choice[];
}

/** What cards/answer.json is expanded with. */
interface AnswerCardData {
  headline: string;
  subtitle: string;
  facts: Array<{ title: string; value: string }>;
  tables: CardTable[];
  linesTitle: string;
  lines: string[];
  notes: string[];
  choices: Choice[];
  /** The chart's signed link, or empty; its text summary. */
  image: string;
  imageAlt: string;
}

/** The answer template with what is given, the rest empty. */
export function expandAnswerCard(data: Partial<AnswerCardData> & Pick<AnswerCardData, 'headline'>): CardJson {
  return expandCard('answer', {
    subtitle: '',
    facts: [],
    tables: [],
    linesTitle: '',
    lines: [],
    notes: [],
    choices: [],
    image: '',
    imageAlt: '',
    ...data,
  } satisfies AnswerCardData);
}

const PAGE_SIZE = 10;
/** Room left under Teams' limit for what the host adds around a card. */
const MARGIN_BYTES = 1024;

function cardTable(table: AnswerTable, rows: string[][], pageInfo: string): CardTable {
  return {
    title: table.title,
    columns: table.columns,
    rows: rows.map((r) => ({
      cells: r.map((text, i) => ({ text, align: table.columns[i]?.align ?? 'Left' })),
    })),
    pageInfo,
  };
}

/**
 * The view as a card, its long table (the last) cut to the page; smaller pages until it fits in
 * 28 KB. Without a query to re-run, no button pages on.
 */
export function renderAnswerCard(
  view: AnswerView,
  query: StructuredQuery | null,
  page: number,
  suggestion?: Suggestion,
  image?: ChartImage,
): CardJson {
  const all = view.tables ?? [];
  const paged = all.at(-1);
  const others = all.slice(0, -1);
  for (let size = PAGE_SIZE; size >= 2; size -= 2) {
    const rows = paged?.rows ?? [];
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
    const tables = [
      ...others.filter((o) => o.rows.length > 0).map((o) => cardTable(o, o.rows, '')),
      ...(paged && shown.length > 0
        ? [
            cardTable(
              paged,
              shown,
              pages > 1 ? t.pageInfo(current * size + 1, current * size + shown.length, rows.length) : '',
            ),
          ]
        : []),
    ];
    const card = expandAnswerCard({
      headline: view.headline,
      subtitle: view.subtitle ?? '',
      facts: view.facts ?? [],
      tables,
      linesTitle: view.linesTitle ?? '',
      lines: view.lines ?? [],
      notes: [...(view.notes ?? []), ...(suggestion ? [suggestion.line] : [])],
      choices: [...choices, ...(suggestion?.choices ?? [])],
      // The chart with the first page only: the next pages are the table's.
      image: image && current === 0 ? image.url : '',
      imageAlt: image && current === 0 ? image.altText : '',
    });
    if (cardSize(card) <= MAX_CARD_BYTES - MARGIN_BYTES) return card;
  }
  throw new Error('answer card too large');
}

export function buildAnswerCard(
  answer: QueryAnswer,
  page = 0,
  suggestion?: Suggestion,
  image?: ChartImage,
): CardJson {
  return renderAnswerCard(viewOf(answer), answer.query, page, suggestion, image);
}
