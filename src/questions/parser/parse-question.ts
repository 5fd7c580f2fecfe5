/**
 * A French question → a structured query, relative to a given `today` and to the customers the
 * asker may see. Pure: no I/O, no clock, no model — the same text and context always give the same
 * answer, which the public evaluation set (test/nlu/questions.fr.json) pins down.
 *
 * When the question names customers that match several, the result asks which; when a word is
 * understood neither as vocabulary nor as a customer, the result says so; when no intent is found,
 * the result says what was understood. Only a `query` result may ever lead to a figure.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import { GREENOVA_LADDER } from '../../domain/ladder';
import type { Customer } from '../../domain/ledger';
import type { ChatCommand } from '../commands';
import { compact } from '../query';
import type { Period, StructuredQuery } from '../query';
import { extractAmount, extractDaysLate, extractLimit } from './amounts';
import { readCommand } from './commands';
import { findCustomerMentions, mayNameCustomers } from './customers';
import { extractDates } from './dates';
import { looksAhead, nearerAhead } from './dates-to-come';
import { readableTokens } from './phrasings';
import { withoutPoliteness } from './politeness';
import { withoutHedges } from './hedges';
import { withoutNamingCheck } from './naming-check';
import { withoutContextClauses } from './context-clauses';
import { withoutOrderClause } from './order-clause';
import { withoutCourtesy } from './courtesy';
import { withoutForwarding } from './forwarded';
import { withoutTicketFields } from './support-ticket';
import { withChainsSpelt } from './chains';
import { withKpiWords } from './kpi-words';
import { asksKeyAccounts, withoutKeyAccountComment } from './key-account';
import { withSpokenPunctuation } from './spoken-punctuation';
import { withPaymentClaimChecked } from './on-call';
import { withoutPreamble, type ClauseReading } from './preamble';
import { withLegalRegister } from './legal-register';
import { withAccountantWords } from './accountant-words';
import { acronymOf, nameWordOf, withGluedElisions } from './glued-elisions';
import { withBelgianWords, withSavoirAsPouvoir } from './belgian';
import { asksOutsideReceivables, hasObjectOutsideDomain } from './out-of-domain';
import { helpIntent, onlyQuestionMarks, readsAsHelp } from './help-asked';
import { delayIntent } from './delay-asked';
import { cutOffDay } from './cut-off-day';
import { asksWhatIsNotDone, ordersAWriteOffByPronoun } from './not-done';
import { asksForAReminder, asksOtherWork, questionAfterElsewhere, tellsOfElsewhere } from './outside-work';
import { paidYetIntent } from './paid-yet';
import { situationIntent } from './customer-situation';
import { withoutVisitDates } from './visit-dates';
import { receivablesIntent } from './receivables';
import { refineIntent } from './refine';
import { stepOfTheDay, weekdayGone, weekdayToCome } from './day-work';
import { tenseIntent } from './tense';
import { shareIntent } from './share';
import { snapshotPeriod } from './snapshot';
import { extractGroupBy, extractIssueBasis, extractRisk, extractStep, type StepInfo } from './filters';
import { detectIntent, lawFirmPhrases } from './intents';
import { TokenSet } from './patterns';
import { tokenize } from './tokens';
import { withInvoiceNumbersJoined, withSplitWordsJoined } from './autocorrect';
import { withSelfCorrections } from './self-corrections';
import { asksToSendConfirmations, withAuditorWords } from './auditor';
import { withFieldRepWords } from './field-rep';
import { withFinanceJargon } from './finance-jargon';
import { unreadableFilter, withSpreadsheetFilters } from './spreadsheet';
import { isSmallTalk, withChatSlang, withoutHasteOrAnger } from './chat-slang';
import { keywordSearchOfACustomer, pointBeforeOneWord, withHasteTypos, withOneHandTyping } from './one-hand';
import { withQuebecWords } from './quebec';
import { withAmountForms } from './amount-forms';
import { weekendOfIntent, withWeekendTyped } from './weekend';
import { withSwissWords } from './swiss-words';
import { withSpanishWords } from './spanish-words';
import { withGermanWords } from './german-words';
import { withItalianWords } from './italian-words';
import { withDarijaWords } from './darija-words';
import { withConsultingWords } from './consulting-words';
import { withDutchWords } from './dutch-words';
import { unreadAfterRestatement } from './restated-intent';
import { closesTheChecklist, withoutChecklistMarks } from './checklist';
import { withPlainWords } from './plain-words';
import { withWordsTalkedAround } from './talked-around';
import { withMoneySlang } from './money-slang';
import { withSlowPayersSaid } from './slow-payers';
import { withPaymentPaceCompared } from './payment-pace';
import { asksWhatIsLeftToPay } from './left-to-pay';
import { withMarseilleWords } from './marseille';
import { withChtiTurns } from './chti-turns';
import { withCreoleWords } from './creole-words';
import { withReunionWords } from './reunion-words';
import { withPortugueseWords } from './portuguese-words';
import { withNormandyWords } from './normandy-words';
import { withLearnerFrench } from './learner-french';
import { withReportRegister } from './report-register';
import { withoutTraineeDetours } from './trainee';
import { withInvoiceCorrections } from './invoice-corrections';
import { withExposure } from './exposure';
import { payerAfterItsPronoun, withWestAfricanWords } from './west-african';
import { withProcedureRegister } from './procedure-register';
import { withFormalRegister } from './formal-register';
import { withOwedToUs } from './owed-to-us';
import { withKindsRespelled } from './customer-kinds';
import { nameHeardOf, respelledByEar } from './phonetic';
import { trendIntent, trendMeasure, trendPeriod } from './trend';
import { overMonthsIntent, spanOnly } from './over-months';
import { withSpacesSqueezed } from './blanks';
import { namesAnImpossibleDate } from './impossible-dates';
import { asksASplit, riskSegmentIntent } from './risk-segments';
import { unknownSubject } from './unknown-subject';
import { imaginesWhatIf } from './what-if';
import { sentencesToRead } from './long-text';
import { withoutFeelingLost } from './feelings';
import { withoutOwnLateness } from './own-lateness';
import { withLegalCase } from './legal-case';
import { withAmericanDatesAndAmounts } from './english';
import { withElidedUnitRepeated } from './elided-unit';
import { questionBeforeRemark, withoutToldPostscript } from './postscript';
import { withParticiplesTyped } from './participles';
import { withMoneyReceived } from './money-received';
import { customerNamedAfterPer } from './customer-agent';
import { todayOfIntent } from './today-said';
import { pointsToNoOne } from './no-referent';
import { takeIdiomsNamingNoOne, wordsOfNamesSaid } from './name-words';

export interface ParseContext {
  today: CalendarDate;
  /** The customers the asker may see (a sales rep: theirs only). */
  customers: readonly Customer[];
  /** The ladder's steps (default: Greenova's). */
  steps?: readonly StepInfo[];
  preDueId?: string | null;
  /** The configured law firm's name: its words ask about litigation (« chez Aptos »). */
  lawFirm?: string;
}

export interface CustomerChoice {
  code: string;
  name: string;
}

/** What was understood of a question, whatever its outcome (said back to the user). */
export type Understood = Omit<StructuredQuery, 'intent'> & { customerNames?: string[] };

export type ParseResult =
  | {
      kind: 'query';
      query: StructuredQuery;
      /**
       * A word of the question that may also name customers, though the question is understood
       * without it: the answer is given, and « vouliez-vous dire le client … ? » offers these.
       */
      didYouMean?: { mention: string; candidates: CustomerChoice[] };
    }
  /** Something to do or open rather than to compute (../commands.ts). */
  | { kind: 'command'; command: ChatCommand }
  | { kind: 'ambiguous_customer'; query: StructuredQuery; mention: string; candidates: CustomerChoice[] }
  | { kind: 'unknown_customer'; query: StructuredQuery; mention: string }
  | { kind: 'not_understood'; understood: Understood };

/** Phrases that, without a customer, ask what everyone owes (« combien nous doit-on ? », « l’encours total »). */
const OWED_BY_ALL = ['nous doit', 'combien doit', 'doivent', 'encours'];

/** At most this many customers are offered when a name matches several. */
export const MAX_CHOICES = 6;

function latest(periods: readonly Period[]): Period | undefined {
  return [...periods].sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0))[0];
}

export function parseQuestion(text: string, context: ParseContext): ParseResult {
  // « Dans ma banque, nous déclassions … »: how it was done elsewhere, nothing asked (./outside-work.ts).
  if (tellsOfElsewhere(text)) return { kind: 'not_understood', understood: {} };
  return withRemarkAfter(messageAsked(text), context, context.customers)!;
}

/**
 * The message as both entry points read it: the question after how it was done elsewhere, its
 * American dates and dollars written the French way (./english.ts), its spaces squeezed.
 */
function messageAsked(text: string): string {
  return withSpacesSqueezed(withAmericanDatesAndAmounts(questionAfterElsewhere(text) ?? text));
}

/** Whether a parse found nothing to answer (no intent, or a name no customer bears). */
function failed(result: ParseResult): boolean {
  return result.kind === 'not_understood' || result.kind === 'unknown_customer';
}

/**
 * The parse of the message; when nothing in it is understood and a remark follows its question
 * mark (./postscript.ts, `questionBeforeRemark`), the parse of the question alone — the remark's
 * words (« un paquet je parie ») are no name and no object outside the domain.
 */
function withRemarkAfter(
  asked: string,
  context: ParseContext,
  customerList: readonly Customer[] | null,
): ParseResult | null {
  const whole = parse(asked, context, customerList);
  if (whole === null || !failed(whole)) return whole;
  const question = questionBeforeRemark(asked);
  if (question !== null) {
    const alone = parse(question, context, customerList);
    if (alone === null) return null;
    if (!failed(alone)) return alone;
  }
  return questionAfterNews(asked, context, customerList) ?? whole;
}

/** « il », « elle », « ses factures », « leur solde »: the customer the news before named. */
const POINTS_BACK =
  /(?<![\p{L}])(?:il|elle|ils|elles|ses|leur|leurs|lui|t-il|t-elle|t-ils|t-elles)(?![\p{L}])/iu;

/**
 * « Le Pressing Total Net conteste une livraison : a-t-il des factures en retard de plus de 60
 * jours ? » (forty-fourth round): news of one customer, then after a colon a question that points
 * back to it (« a-t-il », « ses factures »). When the whole message is not understood — the news'
 * words (« conteste », « livraison ») are no question — the question is read alone, of that customer.
 * Null when the message is not so made, or when either part is not read.
 */
function questionAfterNews(
  asked: string,
  context: ParseContext,
  customerList: readonly Customer[] | null,
): ParseResult | null {
  const colon = /\s?:\s/.exec(asked);
  if (!colon || colon.index === 0) return null;
  const news = asked.slice(0, colon.index);
  const question = asked.slice(colon.index + colon[0].length);
  if (news.includes('?') || !question.includes('?') || !POINTS_BACK.test(question)) return null;
  const told = parse(news, context, customerList);
  if (told === null) return null;
  const { customerCodes: codes, customerNames: names } =
    told.kind === 'not_understood' ? told.understood : {};
  if (codes?.length !== 1 || names?.length !== 1) return null;
  // The question asked of the customer by its name (« Mairie de Caluire-et-Cuire : a-t-elle … ? »).
  const byName = parse(`${names[0]} : ${question}`, context, customerList);
  if (byName === null) return null;
  return byName.kind === 'query' && byName.query.customerCodes?.join() === codes.join() ? byName : null;
}

/**
 * The parse when no word of the question could be a customer's name, without reading the
 * customers; null when some word could be one (then `parseQuestion` with the customers). A turn
 * saves reading the customers before the figures for « balance âgée », « DSO »…
 */
export function parseWithoutCustomers(
  text: string,
  context: Omit<ParseContext, 'customers'>,
): ParseResult | null {
  if (tellsOfElsewhere(text)) return { kind: 'not_understood', understood: {} };
  return withRemarkAfter(messageAsked(text), { ...context, customers: [] }, null);
}

/**
 * A link is never part of a question: a markdown link keeps its text, a bare address goes (pasted
 * with a name, « combien nous doit [Zorglub](http://…) ? », its words — « example » — were read).
 */
function withoutLinks(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ');
}

/** What a clause said before the question carries (./preamble.ts): the clause read as a question. */
function readClause(
  clause: string,
  context: ParseContext,
  customerList: readonly Customer[] | null,
): ClauseReading {
  const said = clause.slice(0, 300);
  // An invoice's number (« F2026-1077 : … ») is what the question is about.
  if (/\p{L}{0,3}\d{4}-\d{2,}/u.test(said))
    return { intentWeight: 0, customer: true, name: true, filters: true, beyondAMoment: true };
  const result = parse(said, context, customerList, false);
  // Without the customers, a word that may be a name keeps the clause (the parse with them decides).
  if (result === null)
    return { intentWeight: 0, customer: true, name: true, filters: true, beyondAMoment: true };
  const tokens = new TokenSet(readableTokens(tokenize(said)));
  // Its filters read as a question's, whether or not it asks anything (« je fais ma tournée mercredi »).
  const dates = extractDates(tokens, context.today);
  const bounds = extractDaysLate(tokens) !== undefined || extractAmount(tokens) !== undefined;
  const filtered = bounds || dates.period !== undefined || dates.asOf !== undefined;
  const found = detectIntent(tokens, lawFirmPhrases(context.lawFirm));
  const names = findCustomerMentions(tokens, said, customerList ?? [], MAX_CHOICES);
  const read: Understood =
    result.kind === 'not_understood' ? result.understood : result.kind === 'command' ? {} : result.query;
  const intentWeight =
    result.kind === 'not_understood'
      ? 0
      : result.kind === 'command' || found.intent !== result.query.intent
        ? 10
        : found.weight;
  const customer =
    result.kind === 'ambiguous_customer' ||
    names.mentions.length > 0 ||
    (read.customerCodes?.length ?? 0) > 0 ||
    (read.customerNames?.length ?? 0) > 0;
  const { period, asOf, amount, daysLate, step, risk, groupBy, limit, dateBasis } = read;
  const filters =
    filtered ||
    [period, asOf, amount, daysLate, step, risk, groupBy, limit, dateBasis].some((f) => f !== undefined);
  // A moment (« cet aprem », « demain matin », « lundi ») may be the context's; a span, a cut-off day
  // or any other filter is the question's (« je regarde octobre, … »).
  const day = (p: Period | undefined) => p === undefined || p.from === p.to;
  const beyondAMoment =
    bounds ||
    !day(dates.period) ||
    dates.asOf !== undefined ||
    !day(period) ||
    [asOf, amount, daysLate, step, risk, groupBy, limit, dateBasis].some((f) => f !== undefined);
  return {
    intentWeight,
    customer,
    name: [...(result.kind === 'unknown_customer' ? [result.mention] : []), ...names.unknown].some((n) =>
      /\p{Lu}/u.test(n),
    ),
    filters,
    beyondAMoment,
  };
}

function parse(
  typed: string,
  context: ParseContext,
  customerList: readonly Customer[] | null,
  /** Whether context said before the question is looked for (not in a clause of it). */
  preamble = true,
): ParseResult | null {
  // « CHEZ LAVOCAT », « TAUX DIMPAYES »: an elision typed without its apostrophe (./glued-elisions.ts).
  // « afiche le tablo du jour »: words spelt by ear read as the domain's words (./phonetic.ts).
  // « vous savez m’afficher … ? »: Belgian « savoir » before an infinitive is « pouvoir »; « GSM »,
  // « une fois », « à tantôt »: Belgian words (./belgian.ts).
  // A word of a customer's name is never split (« Dargent »): without the customers, a split word
  // sends the question to the parse with them.
  // « historique f 2026-1042 »: an invoice number typed with a space is one (./autocorrect.ts).
  // « euh le top 5, non le top 10 »: the fillers out, what is finally meant in place (./self-corrections.ts);
  // « historique F2026-1042 enfin F2026-1043 »: the invoice finally meant (./invoice-corrections.ts).
  // « retard > 60 », « filtre risque = élevé », « ligne X : total dû ? »: a spreadsheet's words (./spreadsheet.ts).
  // « je dois faire koi ajd 🥱 »: what to do on a day, as a chat says it; « vite fait », « c'est quoi
  // ce bazar »: haste and anger, fillers left out first (./chat-slang.ts).
  // « cemois », « cette sem », « le status de X », « … ? et le DSO »: typed short or glued (./one-hand.ts).
  // « exposure sur la SGH », « PTP de X », « past due »: English jargon in French (./finance-jargon.ts);
  // « factures en souffrance », « courriel »: Québec words (./quebec.ts); « les sommes dues par X »,
  // « mises en demeure signifiées »: a lawyer's register (./legal-register.ts).
  // « exposure globale », « notre exposition totale »: everything owed, the aged balance (./exposure.ts).
  // « 3'500.- », « CHF 5'000 », « 1,5 M€ »: amounts written the Swiss or trading-floor way (./amount-forms.ts);
  // « postes ouverts », « en poursuite », « sommations »: a Geneva controller's words (./swiss-words.ts);
  // « effets impayés », « le poste clients », « palmarès »: a retired accountant's (./accountant-words.ts).
  // « on dit quoi pour X ? », « c'est comment avec X ? », « le client-là »: West African French (./west-african.ts);
  // « tous clients confondus », « Monsieur Julien Bernard »: a written procedure's register (./procedure-register.ts).
  const isNameWord = nameWordOf(customerList ?? []);
  const isAcronym = acronymOf(customerList ?? []);
  const isNameOrAcronym = (norm: string): boolean => isNameWord(norm) || isAcronym(norm);
  if (customerList === null && pointBeforeOneWord(typed)) return null;
  // « il a payé, X ? »: X moved before its verb only when it names a customer (./west-african.ts).
  if (customerList === null && payerAfterItsPronoun(typed)) return null;
  // « TR: planning \n> … », « cf mail de Sophie : … »: a forwarded message's marks (./forwarded.ts).
  // « … point d’interrogation »: punctuation dictated in words (./spoken-punctuation.ts).
  const forwarded = withoutForwarding(
    withSpokenPunctuation(typed),
    preamble ? (clause) => readClause(clause, context, customerList) : undefined,
  );
  // « cuánto nos deben este mes », « los Jardins », « cette mois »: a Spanish-native accountant's
  // words (./spanish-words.ts); a word of a customer's name is never rewritten, and without the
  // customers a rewritten question goes to the parse with them.
  // « 1) », « - », « étape suivante : », « ok fait ✔ »: a morning checklist's marks (./checklist.ts).
  // « Objet : … / Demande : liste / Priorité : haute », « Ticket #88 », « Merci de traiter »: a support
  // ticket's fields and numbers (./support-ticket.ts).
  // « Combin qu'Dupont nous a versé d'puis l'1er novembre ? », « Min DSO y grimpe ? »: ch'ti turns
  // of speech, read before anything else reads the text (./chti-turns.ts).
  const chtiRead = withChtiTurns(forwarded, isNameWord);
  if (customerList === null && chtiRead !== forwarded) return null;
  const ticketRead = withoutTicketFields(chtiRead, isNameWord);
  if (customerList === null && ticketRead !== chtiRead) return null;
  // « le groupe Biocoop », « les 2 biocoop (croix rousse + part dieu) »: a chain's customers (./chains.ts).
  // « KPI impayés du mois », « à la date d'arrêté », « volume de »: the controller's words (./kpi-words.ts).
  // « ?? c un grand compte faut pas les braquer », « impayer »: the key-account manager's (./key-account.ts).
  // « …, dans le cadre de la circularisation », « confirmation des soldes clients », « créances
  // douteuses », « à réaliser »: the statutory auditor's words (./auditor.ts).
  const auditorRead = withAuditorWords(ticketRead);
  // « le magasin de la Croix-Rousse », « la gérante de la crèche m'a dit qu'elle réglait … »: the field
  // rep's places, people and reported promises (./field-rep.ts).
  const fieldRead = withFieldRepWords(auditorRead, isNameWord);
  if (customerList === null && fieldRead !== auditorRead) return null;
  const kpiRead = withoutKeyAccountComment(withKpiWords(fieldRead));
  const chained = customerList ? withChainsSpelt(kpiRead, customerList) : kpiRead;
  const unlinked = withoutChecklistMarks(withoutLinks(chained));
  // « l'argent qu'on attend de X », « ceux qui traînent »: the warehouse manager's plain words (./plain-words.ts).
  // « die Rechnungen offen », « gestern », « bitte »: an Alsatian assistant's German words (./german-words.ts).
  // « quanto ci deve », « le fatture scadute », « i solleciti »: an Italian-native accountant's (./italian-words.ts).
  // « chhal », « lyoum », « had chhar », « 3afak »: a Casablanca-trained accountant's Darija words
  // (./darija-words.ts); « ASAP », « pour mon deep dive », « le follow-up », « pré-relances », « en
  // dispute », « escaladé au cabinet »: a business-school graduate's consulting words (./consulting-words.ts).
  // « hoeveel », « factuur », « vorige week », « graag »: a Ghent controller's Dutch words (./dutch-words.ts).
  // « la lettre sérieuse avec accusé de réception », « en combien de jours on se fait payer »: a
  // novice's descriptions of the finance words (./talked-around.ts); « ils ont raqué », « la thune qui
  // rentre », « file-moi »: a colleague's slang of money (./money-slang.ts).
  // « peuchère », « zou », « dégun », « on est en galère avec qui ? »: Marseille's words (./marseille.ts).
  // « an ka chèché », « bonjou », « sa ou fè ? », « doudou »: a Guadeloupe assistant's Creole turns
  // (./creole-words.ts); « bann facture », « kosa », « i lé », « siouplé »: a Réunion assistant's
  // (./reunion-words.ts); « fatura », « por favor », « o telefone da … », « né ? »: a Brazilian-born
  // assistant's Portuguese (./portuguese-words.ts); « il a point payé », « cor », « doit-y », « dame »: a
  // Normandy rep's turns (./normandy-words.ts); « client doit nous », « moi faire quoi ? », « moins 15
  // jour »: French learnt as an adult (./learner-french.ts); « Bien reçu. », « Rendre compte avant 17h00. », « … : RAS ? », « Effectif et
  // montants »: an army officer's report (./report-register.ts).
  // « désolée de redemander mais … », « pourrais-je voir … », « ? Enfin ceux dont … »: a trainee's
  // detours (./trainee.ts).
  const spanishRead = withoutTraineeDetours(
    withMarseilleWords(
      withReportRegister(
        withCreoleWords(
          withPlainWords(
            withWordsTalkedAround(
              withMoneySlang(
                withGermanWords(
                  withSpanishWords(
                    withItalianWords(
                      withConsultingWords(
                        withDarijaWords(
                          withDutchWords(
                            withNormandyWords(
                              withReunionWords(
                                withLearnerFrench(withPortugueseWords(unlinked, isNameWord), isNameWord),
                                isNameWord,
                              ),
                              isNameWord,
                            ),
                            isNameWord,
                          ),
                          isNameWord,
                        ),
                      ),
                      isNameWord,
                    ),
                    isNameWord,
                  ),
                  isNameWord,
                ),
              ),
            ),
          ),
          isNameWord,
        ),
        isNameWord,
      ),
      isNameWord,
    ),
  );
  if (customerList === null && spanishRead !== unlinked) return null;
  // « il traîne toujours ? », « les clients qui traînent les pieds »: slow to pay (./slow-payers.ts);
  // « ils mettent plus de temps à payer qu'avant ? »: the payment delay compared (./payment-pace.ts).
  const linkless = withInvoiceNumbersJoined(
    withQuebecWords(
      withFinanceJargon(
        withLegalRegister(
          withFormalRegister(
            withExposure(
              withSelfCorrections(
                withInvoiceCorrections(
                  withChatSlang(
                    withOneHandTyping(
                      withSpreadsheetFilters(
                        withAmountForms(
                          withWeekendTyped(
                            withSwissWords(
                              withAccountantWords(
                                withProcedureRegister(
                                  withWestAfricanWords(
                                    withoutHasteOrAnger(
                                      withPaymentPaceCompared(
                                        withSlowPayersSaid(withOwedToUs(withElidedUnitRepeated(spanishRead))),
                                      ),
                                    ),
                                    isNameOrAcronym,
                                  ),
                                  isNameWord,
                                ),
                              ),
                            ),
                          ),
                        ),
                      ),
                      isNameOrAcronym,
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  // « impyés cemois », « paiemnt »: a word typed in haste, one letter off a domain word (./one-hand.ts).
  // « l'EPHAD les tilleuls »: a kind word with two letters swapped (./customer-kinds.ts).
  // « un échéance ier »: a word the autocorrect cut in two (./autocorrect.ts).
  const unglued = withHasteTypos(
    withGluedElisions(withKindsRespelled(withSplitWordsJoined(linkless, isNameWord), isNameWord), isNameWord),
    isNameWord,
  );
  if (customerList === null && unglued !== linkless) return null;
  // « il dit qu'il a payé la F2026-1042, tu vois qqch ? »: that invoice's history (./on-call.ts).
  // « combien on a encaisser hier ? », « factures contester », « risque modérer »: an infinitive
  // typed for a participle (./participles.ts); « on a touché », « montants perçus »: money received
  // (./money-received.ts); « l'affaire X est entre les mains de l'avocat »: the file at the lawyer's
  // (./legal-case.ts).
  const message = withPaymentClaimChecked(
    withParticiplesTyped(
      withMoneyReceived(
        withLegalCase(
          withSavoirAsPouvoir(
            withBelgianWords(respelledByEar(unglued, isNameWord, nameHeardOf(customerList ?? []))),
          ),
        ),
      ),
    ),
  );
  // « Bonjour, serait-il possible d’obtenir … s’il vous plaît ? »: what is asked, without the framing.
  // « … pour le comité de jeudi », « ma responsable m’a dit … »: who asks and for what, without
  // a customer or a period in it (./context-clauses.ts); « je dois valider une cde »: the asker's task
  // on an order (./order-clause.ts).
  // « Madame, Monsieur, … Cordialement, Paul »: the courtesy and the signature (./courtesy.ts);
  // « je sors de réunion avec le DG, il veut … »: the context said first (./preamble.ts).
  // « je me sens un peu perdue »: a feeling, no losses (./feelings.ts).
  // « à supposer que les données soient à jour », « (je crois que …) »: hedges and asides (./hedges.ts).
  // « …, c’est les LRAR c’est ça ? », « montre-la-moi »: a name checked (./naming-check.ts).
  // « dsl je suis en retard à la réunion 😬 »: the asker late, no late invoices (./own-lateness.ts);
  // « … PS : ils ont changé de gérant le mois dernier »: news after the question (./postscript.ts).
  const polite = withoutOwnLateness(
    withoutFeelingLost(
      withoutPoliteness(withoutNamingCheck(withoutHedges(withoutCourtesy(withoutToldPostscript(message))))),
    ),
  );
  // What is left, its blanks squeezed again: the words blanked above (fillers, marks, courtesy) must
  // not push what is asked beyond the 500 characters read.
  const text = withSpacesSqueezed(
    withoutContextClauses(
      withoutOrderClause(
        preamble
          ? withoutPreamble(withoutVisitDates(polite, context.today), (clause) =>
              readClause(clause, context, customerList),
            )
          : polite,
      ),
    ),
  );
  // « (500 characters of chatter) … Quelles relances sont prévues demain ? »: a long message is read
  // by sentences, each part as a message of its own; nothing out of the chatter (./long-text.ts).
  // One sentence longer than what is read (« impayés impayés … ? ») is read from its beginning, as before.
  const parts = preamble ? sentencesToRead(text) : [];
  if (parts.length > 0) {
    for (const part of parts) {
      const read = parse(part, context, customerList);
      if (read === null || read.kind !== 'not_understood') return read;
    }
    return { kind: 'not_understood', understood: {} };
  }
  // « tu fais quoi ce soir mdr 🍕 »: small talk, neither a question nor the help (./chat-slang.ts).
  if (isSmallTalk(linkless)) return { kind: 'not_understood', understood: {} };
  // « ok fait ✔ tout est coché, bonne journée »: the checklist closed, nothing asked (./checklist.ts).
  if (closesTheChecklist(unlinked)) return { kind: 'not_understood', understood: {} };
  // « risque ≠ élevé »: a filter no query can say is not answered without it (./spreadsheet.ts).
  if (unreadableFilter(linkless)) return { kind: 'not_understood', understood: {} };
  // « ? » alone: the help.
  if (onlyQuestionMarks(message)) return { kind: 'query', query: { intent: 'help' } };
  // A command (« téléphone de biocoop ? », « lever le litige F2026-1048 ») before a question; one
  // that names a customer needs the customers (read then).
  // « rappelle-moi d’appeler X jeudi »: a reminder Relances does not set, not X's contact.
  if (asksForAReminder(readableTokens(tokenize(text.slice(0, 500)))))
    return { kind: 'not_understood', understood: {} };
  // « adressez les lettres de circularisation »: the auditor's letters, not Relances' (./auditor.ts).
  if (asksToSendConfirmations(text)) return { kind: 'not_understood', understood: {} };
  // « si la SGH payait tout demain, notre DSO serait à combien ? »: a hypothesis, neither a question
  // about the ledger nor a promise to record (./what-if.ts).
  if (imaginesWhatIf(text.slice(0, 500))) return { kind: 'not_understood', understood: {} };
  const command = readCommand(text, {
    today: context.today,
    customers: customerList ?? [],
    lawFirm: context.lawFirm,
  });
  if (command?.kind === 'ask_history') return { kind: 'not_understood', understood: {} };
  if (command) return customerList === null && 'customer' in command.command ? null : command;
  const tokens = new TokenSet(readableTokens(tokenize(text.slice(0, 500))));
  const steps = context.steps ?? GREENOVA_LADDER.steps;
  const preDueId = context.preDueId === undefined ? (GREENOVA_LADDER.preDue?.id ?? null) : context.preDueId;

  // Units and comparators first (« plus de 30 jours » is not a date), dates before rankings
  // (« les 3 derniers mois » is not a top 3), the intent last: it reads every word.
  const daysLate = extractDaysLate(tokens);
  const amount = extractAmount(tokens);
  const issueBasis = extractIssueBasis(tokens);
  const stepSaid = extractStep(tokens, steps, preDueId);
  const groupBy = extractGroupBy(tokens);
  const risk = extractRisk(tokens);
  const dates = extractDates(tokens, context.today);
  const limit = extractLimit(tokens);
  // « Crèche Les Petits Pas solde dû »: a customer's whole name said is no words of the question (./name-words.ts).
  const inNames = wordsOfNamesSaid(tokens.list, customerList ?? []);
  // « les impayés de X, autrement dit ce qu'ils nous doivent »: the restatement lends no intent (./restated-intent.ts).
  const firmPhrases = lawFirmPhrases(context.lawFirm);
  const found = detectIntent(
    tokens,
    firmPhrases,
    undefined,
    unreadAfterRestatement(tokens, firmPhrases, inNames),
  );
  const { phrase } = found;
  // « actions prévues le 25/11 », « promesses attendues en décembre »: a day or a month without its
  // year, in a question about things to come, is the next one, not the latest past (./dates-to-come.ts).
  const readAhead = () => {
    dates.periods = dates.ahead;
    dates.period = dates.ahead[0];
    // A cut-off to come only for promises (« promesses attendues au 10.12 »): a figure at a cut-off
    // (« ce qui reste à payer au 31/10 ») is read as it stood.
    if (found.intent === 'promises') dates.asOf = dates.asOfAhead;
  };
  if (
    looksAhead(found.intent, tokens.list) ||
    nearerAhead(
      { intent: found.intent, phrase, tokens: tokens.list, today: context.today },
      dates.period,
      dates.ahead[0],
    )
  )
    readAhead();
  const refined = refineIntent(found.intent, {
    phrase,
    period: dates.period,
    today: context.today,
    step: stepSaid,
    words: tokens.list,
    transferStep: steps.find((s) => s.channel === 'transfer')?.id,
    firmWords: lawFirmPhrases(context.lawFirm).flatMap((p) => p.source),
  });
  const { step } = refined;
  if (refined.intent !== found.intent && looksAhead(refined.intent, tokens.list)) readAhead();
  // « les LR du jour », « mails de rappel de demain »: a step and a day of work (./day-work.ts).
  const ofTheDay = stepOfTheDay(refined.intent, {
    step,
    period: dates.period,
    today: context.today,
    words: tokens.list,
  });
  if (ofTheDay) {
    refined.intent = ofTheDay.intent;
    dates.period = ofTheDay.period;
  }
  // « on a relancé qui avant-hier ? » is done, « on relance qui jeudi ? » to come (./tense.ts).
  refined.intent = tenseIntent(refined.intent, {
    phrase,
    period: dates.period,
    today: context.today,
    words: tokens.list,
  });
  // « relances programmées pour jeudi »: a weekday alone is the next one for the day's proposals,
  // the latest one for what was done (« on a relancé qui vendredi ? »).
  if (refined.intent === 'planned_actions' && !dates.period)
    dates.period = weekdayToCome(tokens.list, context.today) ?? undefined;
  if (refined.intent === 'journal_activity' && !dates.period)
    dates.period = weekdayGone(tokens.list, context.today) ?? undefined;
  // « … vs le mois dernier », « évolution de … »: a figure over time (../intents/trend).
  // « % impayés », « combien en % est en retard »: a share of what is owed (./share.ts).
  // « encaissements par mois », « évolution de la balance âgée »: month by month (./over-months.ts).
  // « qu’est-ce que je peux vous demander ? », « types de requêtes »: the help (./help-asked.ts).
  // « le total des créances clients »: everything customers owe, the aged balance (./receivables.ts).
  // « mettent combien de temps à nous régler ? »: how long payment takes, the DSO (./delay-asked.ts).
  // « quels clients sont à risque élevé ? », « répartition par segment de risque »: a segment asked
  // without a figure (./risk-segments.ts).
  const figureRead = helpIntent(
    delayIntent(
      receivablesIntent(
        overMonthsIntent(
          shareIntent(trendIntent(refined.intent, tokens, dates.periods.length), tokens.list, phrase),
          tokens,
        ),
        phrase,
        { daysLate, amount, words: tokens.list },
      ),
      tokens.list,
      phrase,
    ),
    tokens.list,
  );
  const intentRead = riskSegmentIntent(figureRead, { risk, groupBy, words: tokens.list });
  // « faire le point sur … », « le parc clients »: no customer's name (./name-words.ts).
  takeIdiomsNamingNoOne(tokens, inNames);
  if (customerList === null && mayNameCustomers(tokens)) return null;
  const customers = findCustomerMentions(tokens, text.slice(0, 500), customerList ?? [], MAX_CHOICES);

  const resolved = customers.mentions.filter((m) => m.matches.length === 1).map((m) => m.matches[0]!);
  // « Carrefour a payé ? »: a name no customer has, the subject of a verb of paying (./unknown-subject.ts).
  const subject =
    customers.mentions.length === 0 && customers.unknown.length === 0
      ? unknownSubject(tokens.list, customers.bare, text.slice(0, 500))
      : undefined;
  if (subject !== undefined) customers.unknown.push(subject);
  // « la SGH a payé ? »: whether a named customer paid is its balance (./paid-yet.ts).
  // The words of the names said are no words of the question (« Pressing Total Net a payé ? »: its
  // « total » asks no amount).
  const mentioned = customers.mentions.map((m) => {
    const at = text.slice(0, 500).indexOf(m.text);
    return [at, at + m.text.length] as const;
  });
  const paidYet = paidYetIntent(intentRead, {
    // A name matching several customers (« biocoop ») names customers too: the choice is offered;
    // so does a name no customer has (« la boulangerie Dupuis a payé ? » asks its balance: unknown).
    customerNamed: customers.mentions.length > 0 || customers.unknown.length > 0,
    dated: dates.period !== undefined || dates.asOf !== undefined,
    words: tokens.list.filter((t) => !mentioned.some(([a, b]) => a >= 0 && t.start >= a && t.end <= b)),
    // « Leclerc combien ? », « biocoop villeurbanne combien »: a name no customer has (the subject,
    // another branch of a brand we know) is no word left unread.
    nothingElse:
      customers.ignored.every((w) => w === subject) &&
      customers.unknown.every((w) => w === subject || customers.branches.includes(w)),
  });
  // « l’encours global de X, échu et non échu », « X ça donne quoi niveau paiements ? »: where one
  // named customer stands (./customer-situation.ts).
  const intent = situationIntent(paidYet, {
    // One customer said, even one of two alike (« l'encours de Biocoop, échu et non échu »: which
    // Biocoop is asked next, its balance either way — thirty-fourth round).
    customerNamed: resolved.length === 1 || (resolved.length === 0 && customers.mentions.length === 1),
    dated: dates.period !== undefined || dates.asOf !== undefined,
    phrase,
    words: tokens.list,
  });
  // « qu'a-t-on encaissé ce week-end ? » on a Monday: the weekend just gone (./weekend.ts).
  dates.period = weekendOfIntent(intent, dates.period, tokens.list, context.today);
  // « encaissements du jour »: today, for what was done (./today-said.ts).
  dates.period = todayOfIntent(intent, dates.period, tokens.list, context.today);
  // « bal agée 31/10 »: a past day alone on the aged balance is its cut-off (./cut-off-day.ts).
  const cutOff = cutOffDay(intent, { period: dates.period, asOf: dates.asOf }, context.today);
  // « factures contestées par le client LPI »: the customer named, no grouping (./customer-agent.ts).
  const names = [...customers.mentions.map((m) => m.text), ...customers.unknown].map((said) => {
    const at = text.slice(0, 500).indexOf(said);
    return [at, at + said.length] as const;
  });
  const grouped = groupBy === 'customer' && customerNamedAfterPer(tokens.list, names) ? undefined : groupBy;
  const base: Understood = compact({
    period:
      intent === 'written_off'
        ? latest(dates.periods)
        : intent === 'trend'
          ? trendPeriod(dates.periods, context.today)
          : spanOnly(intent, tokens)
            ? undefined
            : snapshotPeriod(intent, cutOff.period, context.today, tokens.list),
    dateBasis: issueBasis ? ('issue' as const) : undefined,
    asOf: cutOff.asOf,
    customerCodes: resolved.length > 0 ? [...new Set(resolved.map((c) => c.code))] : undefined,
    amount,
    daysLate,
    step,
    risk,
    groupBy: grouped,
    limit,
    measure: intent === 'trend' ? trendMeasure(tokens) : undefined,
  });

  // « envoie des fleurs à la SGH », « quel temps fait-il à Lyon demain ? »: a weak word (« envoie »,
  // « fait », « prévue ») alone does not make a question about figures when the sentence's object is
  // outside the domain (./out-of-domain.ts); a capitalised place in it (« Lyon ») is then no
  // unknown customer.
  const source = text.slice(0, 500);
  // Names, known or not (« la pharmacie Giraud », « le Novotel »), are not objects outside the domain.
  const spans = [...customers.mentions.map((m) => m.text), ...customers.unknown, ...customers.excluded].map(
    (said) => {
      const at = source.indexOf(said);
      return [at, at + said.length] as const;
    },
  );
  const named = new Set(
    tokens.list.flatMap((t, at) => (spans.some(([a, b]) => t.start >= a && t.end <= b) ? [at] : [])),
  );
  const weakWordAlone = found.weight <= 5 || found.words.length === 1;
  // The help asked in its own words (./help-asked.ts) has no object to be outside the domain.
  // Nor has how long payment takes (./delay-asked.ts: « le temps moyen de paiement »).
  // Nor has a risk segment asked without a figure (« la répartition par segment de risque »).
  const readByRule =
    ((intent === 'help' || intent === 'dso') && found.intent !== intent) ||
    // « t'as un user guide ou un tuto pour ce bot ? »: the help's word and its rule agree — the guide
    // is no object outside the domain (thirty-seventh round).
    (intent === 'help' && readsAsHelp(tokens.list)) ||
    (intentRead !== figureRead && groupBy === 'risk' && asksASplit(tokens.list));
  // « combien on a payé nos fournisseurs ? », « supprime toutes les factures »: never a figure.
  const outsideDomain =
    asksOutsideReceivables(tokens) ||
    (intent !== null &&
      !readByRule &&
      weakWordAlone &&
      hasObjectOutsideDomain(tokens, named, {
        source,
        words: found.words,
      }));
  // « forecast de trésorerie du T1 », « passer l’écriture de provision »: not done (./not-done.ts).
  // « il nous doit combien ? », « ses impayés ? »: one customer pointed at, none named (./no-referent.ts).
  const noReferent =
    customers.mentions.length === 0 && customers.unknown.length === 0 && pointsToNoOne(tokens.list);
  // « impayés semaine 54 », « au 31/11 »: a date that cannot be is never dropped (./impossible-dates.ts).
  if (
    intent === null ||
    outsideDomain ||
    noReferent ||
    // « quelle est la meilleure manière de vous interroger ? »: the help read by its rule is no advice.
    (!(intent === 'help' && readByRule) && (asksWhatIsNotDone(tokens.list) || asksOtherWork(tokens.list))) ||
    ordersAWriteOffByPronoun(typed) ||
    namesAnImpossibleDate(tokens.list, context.today) ||
    // « impayés de nos grands comptes »: a segment no query has (./key-account.ts).
    asksKeyAccounts(source)
  ) {
    const names = customers.mentions.map((m) => (m.matches.length === 1 ? m.matches[0]!.legalName : m.text));
    if (outsideDomain) customers.unknown.length = 0;
    return {
      kind: 'not_understood',
      understood: compact({ ...base, customerNames: names.length ? names : undefined }),
    };
  }
  // « Quels types d’analyses puis-je vous demander ? »: the help has no filter and names no customer;
  // a word left over in it is not an unknown customer.
  if (intent === 'help') return { kind: 'query', query: { intent: 'help' } };
  // « combien nous doit X » needs someone who owes: a word left over is the name asked for.
  const owes = intent === 'customer_balance' && /\b(doi|owe)/.test(phrase ?? '');
  if (owes && customers.mentions.length === 0 && customers.unknown.length === 0)
    customers.unknown.push(...customers.ignored);
  // « leroy merlin solde », « où en est decathlon »: a customer's balance asked with a bare word
  // opening or closing the question — the name asked for, said without « de » or a capital; so is a
  // bare word in a keyword search of a customer's list (« impayes leclerc », ./one-hand.ts).
  else if (
    (intent === 'customer_balance' ||
      (keywordSearchOfACustomer(intent, tokens.list, customers.bare[0]) && !customers.suggestion)) &&
    customers.mentions.length === 0 &&
    customers.unknown.length === 0 &&
    customers.bare.length > 0
  )
    customers.unknown.push(customers.bare[0]!);
  // « combien nous doit-on ? » with no customer: what everyone owes, i.e. the aged balance. A
  // weaker word (« solde », « compte ») without a customer says too little to give a figure.
  const nobodyNamed = customers.mentions.length === 0 && customers.unknown.length === 0;
  if (intent === 'customer_balance' && nobodyNamed && !OWED_BY_ALL.includes(phrase ?? '')) {
    // « l’encours par ancienneté, ça donne quoi ? »: without a customer, a customer's situation is
    // not what is asked — another figure the question names is, when one does on its own words.
    const other = detectIntent(
      new TokenSet(readableTokens(tokenize(source))),
      lawFirmPhrases(context.lawFirm),
      'customer_balance',
    );
    if (other.intent !== null && other.weight > 5 && other.intent !== 'trend')
      return { kind: 'query', query: compact({ intent: other.intent, ...base }) };
    return { kind: 'not_understood', understood: base };
  }
  // « combien il reste à payer chez Dupont ? », « restant dû LPI ? »: what is left to pay, asked as an
  // amount of one customer, is that customer's balance (the list of its unpaid invoices is « impayés
  // de Dupont »: ./left-to-pay.ts). A name no customer has asks it too (« s'agissant de la société
  // Leroy Merlin, … le montant restant dû »: its balance, unknown).
  const leftToPay =
    intent === 'unpaid_invoices' &&
    asksWhatIsLeftToPay(phrase, {
      customerNamed: customers.mentions.length > 0 || customers.unknown.length > 0,
      words: tokens.list,
    });
  const finalIntent =
    intent === 'customer_balance' && nobodyNamed ? 'aged_balance' : leftToPay ? 'customer_balance' : intent;
  const query: StructuredQuery = compact({ intent: finalIntent, ...base });

  const ambiguous = customers.mentions.find((m) => m.matches.length > 1);
  if (ambiguous) {
    return {
      kind: 'ambiguous_customer',
      query,
      mention: ambiguous.text,
      candidates: ambiguous.matches.slice(0, MAX_CHOICES).map((c) => ({ code: c.code, name: c.legalName })),
    };
  }
  if (customers.unknown.length > 0)
    return { kind: 'unknown_customer', query, mention: customers.unknown[0]! };
  const maybe = customers.suggestion;
  if (maybe && resolved.length === 0) {
    const candidates = maybe.matches.map((c) => ({ code: c.code, name: c.legalName }));
    return { kind: 'query', query, didYouMean: { mention: maybe.text, candidates } };
  }
  return { kind: 'query', query };
}
