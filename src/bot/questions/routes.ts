/**
 * Questions in French (« quels impayés ce mois ? », « combien nous doit Biocoop ? », « DSO ? »),
 * answered with cards of figures computed by the query service from the ledger.
 *
 * teams-ai wiring, and only wiring: parse the input, call the service, render. The questions are AI
 * actions, one per intent of the catalogue, registered on a teams-ai `AI` object this feature owns
 * (the application is created without `ai:`, by app.ts). A message route catches the messages that
 * read as questions and runs `ai.run`: the planner (./model-planner.ts, falling back on
 * ./offline-planner.ts) returns a plan of DO commands (action + parameters) and `AI` executes them
 * through the registered actions.
 *
 * Buttons (« Voir la suite », a customer's choice) carry the structured query itself and re-run it
 * through Action.Execute, checked again against what the asker may see.
 */
import { isDeepStrictEqual } from 'node:util';
import type { BotHooks } from '../app';
import { onInvoke, type MalformedInvoke } from '../invoke';
import { z } from 'zod';
import { AI, type Application, type TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { Logger } from '../../config/logger';
import type { ModelSettings } from '../../config/settings';
import type { Clock } from '../../domain/calendar-date';
import { findCustomers } from '../../domain/customer-search';
import type { LadderConfig } from '../../domain/ladder';
import { fr } from '../../i18n/fr';
import { closeExamples, understoodOf } from '../../questions/close-examples';
import { MAX_CHOICES, type ParseResult } from '../../questions/parser/parse-question';
import { isOtherCommand, isQuestion } from '../../questions/parser/routing';
import {
  parseStructuredQuery,
  QUERY_INTENTS,
  readParameters,
  type StructuredQuery,
} from '../../questions/query';
import { customersScope, EVERYONE, inScope } from '../../questions/scope';
import { QueryService } from '../../questions/service';
import type { Stores } from '../../application/ports';
import type { ChartImage, ChartPublisher } from '../../application/ports/charts';
import { withinDeadline } from '../../application/within-deadline';
import { viewOf, type QueryAnswer } from '../../questions/registry';
import type { CardJson } from '../card-templates';
import { shown } from '../card-text';
import { seesEverything, type People } from '../people';
import { ASK_VERB, buildAnswerCard, QUESTION_VERB, type Suggestion } from './answer-card';
import { didYouMeanSuggestion } from './did-you-mean';
import {
  buildCustomerChoiceCard,
  buildHelpCard,
  buildNotUnderstoodCard,
  buildPastCutOffCard,
  buildUnknownCustomerCard,
} from './clarification-cards';
import { QuestionPlanner, modelPlanner } from './model-planner';
import { CLARIFY, offlineParse, OfflineQuestionPlanner } from './offline-planner';
import { Lazy, startTurn, turnOf, type QuestionTurn } from './turn';

export interface QuestionRouteDependencies {
  stores: Stores;
  people: People;
  clock: Clock;
  settings: ModelSettings;
  ladder: LadderConfig;
  /** The configured law firm's name (« chez Aptos » asks about its files). */
  lawFirm: string;
  logger: Logger;
  malformed: MalformedInvoke;
  /** Draws and links the answers' charts; none: the answers are text only. */
  charts?: ChartPublisher;
}

/** How long an answer waits for its chart before it is sent without it. */
const CHART_DEADLINE_MS = 3_000;

export function registerQuestionRoutes(
  app: Application<TurnState>,
  deps: QuestionRouteDependencies,
  hooks: Pick<BotHooks, 'commands'>,
): void {
  hooks.commands.push(...fr.questions.commands);
  const service = new QueryService(deps.stores);
  const model = modelPlanner(deps.settings, deps.ladder, deps.lawFirm);
  if (model) deps.logger.info('questions: language model configured, offline parser as fallback');
  const planner = new QuestionPlanner(
    new OfflineQuestionPlanner(deps.ladder, deps.lawFirm),
    model,
    deps.settings.LLM_TIMEOUT_MS,
    deps.logger,
  );
  const ai = new AI<TurnState>({ planner });

  const send = async (context: TurnContext, answer: CardJson | string) => {
    await context.sendActivity(
      typeof answer === 'string' ? answer : MessageFactory.attachment(CardFactory.adaptiveCard(answer)),
    );
  };

  /** The figures a query gives this asker, as a card (or a sentence when there is none to give). */
  const answerOf = async (
    query: StructuredQuery,
    turn: QuestionTurn,
    page = 0,
    suggestion?: Suggestion,
  ): Promise<CardJson | string> => {
    // The examples are the same for everyone: no need to read the ledger to show them.
    if (query.intent === 'help') return buildHelpCard(deps.lawFirm, page);
    const outcome = await service.execute(query, {
      scope: turn.scope,
      today: turn.today,
      customers: turn.customers.ifRead(),
    });
    if (outcome.kind === 'not_visible') return fr.questions.notVisible;
    if (outcome.kind === 'past_cut_off' && outcome.query.asOf)
      return buildPastCutOffCard({ ...outcome.query, asOf: outcome.query.asOf });
    if (outcome.kind === 'answer')
      return buildAnswerCard(outcome.answer, page, suggestion, await chartOf(outcome.answer, page));
    return fr.questions.failed;
  };

  /** The answer's chart, linked; none when it has none, or when it could not be drawn in time. */
  const chartOf = async (answer: QueryAnswer, page: number): Promise<ChartImage | undefined> => {
    const chart = page === 0 ? viewOf(answer).chart : undefined;
    if (!chart || !deps.charts) return undefined;
    try {
      const image = await withinDeadline(
        deps.charts.publish(chart.spec, chart.altText, deps.clock.now()),
        CHART_DEADLINE_MS,
      );
      if (image === 'pending') {
        deps.logger.warn({ kind: chart.spec.kind }, 'a chart was not ready in time: answered without it');
        return undefined;
      }
      return image;
    } catch (error) {
      deps.logger.error({ err: error, kind: chart.spec.kind }, 'could not draw a chart: answered without it');
      return undefined;
    }
  };

  /** A customer a model named in words is resolved here, against what the asker may see. */
  const resolveAndAnswer = async (
    query: StructuredQuery,
    customerText: string | null,
    turn: QuestionTurn,
  ): Promise<CardJson | string> => {
    if (!customerText) return answerOf(query, turn);
    const matches = findCustomers(customerText, await turn.customers.get());
    if (matches.length === 0) {
      const examples = closeExamples(
        customerText,
        { understood: query, customerNamed: true, intent: query.intent },
        { today: turn.today, lawFirm: deps.lawFirm },
      );
      return buildUnknownCustomerCard(customerText, query, examples);
    }
    if (matches.length > 1) {
      const choices = matches.slice(0, MAX_CHOICES).map((c) => ({ code: c.code, name: c.legalName }));
      return buildCustomerChoiceCard(customerText, query, choices);
    }
    return answerOf({ ...query, customerCodes: [matches[0]!.code] }, turn);
  };

  const turnFor = async (context: TurnContext): Promise<QuestionTurn | null> => {
    const viewer = await deps.people.viewerOf(context);
    if (!seesEverything(viewer) && viewer.customerCodes.length === 0) return null;
    const scope = seesEverything(viewer) ? EVERYONE : customersScope(viewer.customerCodes);
    // The store's customers, not the viewer's list: the scope alone decides what is visible.
    const customers = new Lazy(async () =>
      (await deps.stores.customers.list()).filter((c) => inScope(scope, c.code)),
    );
    return { scope, customers, today: deps.clock.today() };
  };

  for (const intent of QUERY_INTENTS) {
    ai.action<Record<string, unknown>>(intent, async (context, _state, parameters) => {
      const turn = turnOf(context);
      const read = readParameters(intent, parameters);
      if (!read) {
        await send(context, fr.questions.failed);
        return '';
      }
      // The offline parse's « vouliez-vous dire le client … ? », when this is the query it read.
      const parse = turn.parse;
      const suggestion =
        parse?.kind === 'query' && !read.customerText && isDeepStrictEqual(parse.query, read.query)
          ? didYouMeanSuggestion(read.query, parse.didYouMean)
          : undefined;
      await send(
        context,
        suggestion
          ? await answerOf(read.query, turn, 0, suggestion)
          : await resolveAndAnswer(read.query, read.customerText, turn),
      );
      return '';
    });
  }

  /**
   * A parse that gives no figure: which customer, a customer not found, or what was understood —
   * each with the examples closest to the question.
   */
  const clarification = (text: string, parse: ParseResult | undefined, turn: QuestionTurn): CardJson => {
    if (parse?.kind === 'ambiguous_customer')
      return buildCustomerChoiceCard(parse.mention, parse.query, parse.candidates);
    const parsed = parse ? understoodOf(parse) : { understood: {}, customerNamed: false };
    const examples = closeExamples(text, parsed, { today: turn.today, lawFirm: deps.lawFirm });
    if (parse?.kind === 'unknown_customer')
      return buildUnknownCustomerCard(parse.mention, parse.query, examples);
    return buildNotUnderstoodCard(parse?.kind === 'not_understood' ? parse.understood : {}, examples);
  };

  // Clarifications: no figure, only what was understood and what to ask instead.
  ai.action(Object.values(CLARIFY), async (context) => {
    const turn = turnOf(context);
    await send(context, clarification(context.activity.text ?? '', turn.parse, turn));
    return '';
  });

  // With a model, every message no other route took is worth asking it about; without one, only
  // what reads as a question (the rest gets the general help card).
  const ours = (text: string) =>
    model ? text.trim() !== '' && !isOtherCommand(text) : isQuestion(text, deps.clock.today());
  app.message(
    async (context) => ours(context.activity.text ?? ''),
    async (context, state) => {
      const turn = await turnFor(context);
      if (!turn) return void (await context.sendActivity(fr.questions.notAllowed));
      startTurn(context, turn);
      state.temp.input = (context.activity.text ?? '').trim();
      await ai.run(context, state);
    },
  );

  // « Voir la suite », a customer chosen: the query itself, checked again, and the page.
  const rerun = z.object({ q: z.unknown(), p: z.number().int().min(0).max(10_000).optional() }).passthrough();
  onInvoke(
    app,
    QUESTION_VERB,
    rerun,
    async (context, data) => {
      const turn = await turnFor(context);
      if (!turn) return fr.questions.notAllowed;
      const query = parseStructuredQuery(data.q);
      if (!query) return deps.malformed(context, QUESTION_VERB, ['q: requête invalide']);
      return answerOf(query, turn, data.p ?? 0);
    },
    deps.malformed,
  );

  // An example's button (the help's pages, the close examples): the question asked as if typed,
  // by the offline parser, its answer in place of the card.
  onInvoke(
    app,
    ASK_VERB,
    z.object({ text: z.string().trim().min(1).max(500) }).passthrough(),
    async (context, data) => {
      const turn = await turnFor(context);
      if (!turn) return fr.questions.notAllowed;
      const parse = await offlineParse(data.text, turn, deps.ladder, deps.lawFirm);
      if (parse.kind === 'query') return answerOf(parse.query, turn);
      // Commands (a customer's file, a decision) are typed in the chat, where their routes are.
      if (parse.kind === 'command') return fr.questionHelp.typeIt(shown(data.text));
      return clarification(data.text, parse, turn);
    },
    deps.malformed,
  );
}
