/**
 * What a trend question follows and over when (pure): the measure from the figure's words
 * (« retards », « encours », « DSO », « taux de retard », « encaissements »), and the period when
 * the only one named is the comparison's base (« mieux que le mois dernier » is about this month).
 * Also turns a figure's question into a trend when it compares (« encaissements ce mois vs le mois
 * dernier »). Conventions: test/nlu/README.md (`measure` absent means the overdue amount).
 */
import {
  daysBetween,
  endOfMonth,
  monthOf,
  startOfMonth,
  yearOf,
  calendarDate,
  type CalendarDate,
} from '../../domain/calendar-date';
import type { QueryIntent } from '../catalogue';
import type { Period, TrendMeasure } from '../query';
import { weekOf, quarterOf } from './calendar-words';
import { mentions } from './intents';
import type { TokenSet } from './patterns';

/** The intents whose figure a trend follows: asked with a comparison, they become a trend. */
const MEASURED: readonly QueryIntent[] = [
  'unpaid_invoices',
  'customer_balance',
  'aged_balance',
  'overdue_ratio',
  'dso',
  'late_rate',
  'collected',
];

/** Checked in this order: « taux de retard » before « retard », « créances échues » before « créances ». */
const MEASURE_WORDS: ReadonlyArray<[TrendMeasure, RegExp]> = [
  [
    'late_rate',
    / (taux|pourcentage|part) (de |d |des )?(factures? )?(retards?|paiements? en retard|payees? en retard)\b| late rate /,
  ],
  [
    'dso',
    / dso | delais? (moyens? )?(de |d )?(paiement|reglement|encaissement|recouvrement)|days sales outstanding/,
  ],
  [
    'collected',
    / encaiss| (paiements?|reglements?|virements?) recus?| rentrees? | collected | collections? | cash in /,
  ],
  ['overdue', / (creances?|factures?|sommes?|montants?) echue| retard| impaye| echus? | overdue | late /],
  [
    'outstanding',
    / encours | creances? | (on |qu on |que l on )?nous doi(t|vent) | outstanding | receivables? /,
  ],
];

export function trendMeasure(tokens: TokenSet): TrendMeasure | undefined {
  const text = ` ${tokens.list.map((t) => t.norm).join(' ')} `;
  const found = MEASURE_WORDS.find(([, pattern]) => pattern.test(text))?.[0];
  return found === 'overdue' ? undefined : found;
}

/** The intent once comparisons are read: a measured figure compared over time is a trend. */
export function trendIntent(
  intent: QueryIntent | null,
  tokens: TokenSet,
  periodsNamed: number,
): QueryIntent | null {
  const text = ` ${tokens.list.map((t) => t.norm).join(' ')} `;
  if (intent === 'trend') {
    if (mentions(tokens, 'written_off')) return 'written_off';
    // « augmente nos prix de 5 % »: a bare verb without a figure to follow asks for nothing.
    return STRONG.test(text) || MEASURE_WORDS.some(([, pattern]) => pattern.test(text)) ? intent : null;
  }
  if (intent === null || !MEASURED.includes(intent)) return intent;
  if (mentions(tokens, 'trend') || COMPARING.test(text) || SURGED.test(text)) return 'trend';
  if (periodsNamed >= 1 && JUDGED.test(text)) return 'trend';
  // « on a encaissé plus que le mois dernier ? »: more or less than the period named after « que ».
  if (periodsNamed >= 1 && MORE_THAN_PERIOD.test(text)) return 'trend';
  // « cette année on encaisse plus que l’an dernier ? »: more or less than another period.
  return periodsNamed >= 2 && MORE_OR_LESS.test(text) ? 'trend' : intent;
}

/** Words that ask for a trend on their own, whatever figure (the overdue amount by default). */
const STRONG =
  / (evolution|evolutions|evolue|evoluent|tendance|tendances|trend|trends|mieux|pire|courbe|better|worse|improving|improved|progression|ameliore|ameliorent|amelioration|degrade|degradent|degradation|deteriore|deteriorent|empire|empirent|arrange|arrangent|monte|montent|grimpe|grimpent) /;
/** « plus que », « plus ce mois que le mois dernier »: the comparison around a period (a few words). */
const MORE_OR_LESS = / (plus|moins) (?:[a-z0-9]+ ){0,4}qu(e)? /;

/** « plus que le mois dernier », « moins qu’en octobre »: a period is the comparison's base (« ne … plus que » is only). */
const MORE_THAN_PERIOD = /(?<! (?:ne|n) \S+) (plus|moins) qu(e)? (?:le|la|l|en|au|a) /;

/**
 * « l’encours n’a pas explosé sur les 3 derniers mois ? », « les impayés s’envolent ? », « le DSO n’a
 * pas bougé ? »: a figure that surged, collapsed or moved is asked over time (asked negated too: the answer is the trend).
 */
const SURGED =
  / (explose|explosent|exploser|explosee|explosees|exploses|flambe|flambent|flambee|envole|envolent|envolee|envoles|effondre|effondrent|effondree|chute|chutent|plonge|plongent|bouge|bougent|bouger) /;

/** « vs », « par rapport à », « comparé(e)s à », « rapportés au mois dernier »: a figure set against another period. */
const COMPARING =
  / (vs|versus|par rapport|compare|comparee|compares|comparees|comparaison|comparatif|comparer|comparativement|compared) | (rapportes?|rapportees?) (a|au|aux) /;

/**
 * « la situation des impayés est meilleure que le mois dernier ou pire ? », « moins bien qu’en
 * octobre »: a figure judged better or worse than another period is a trend; « sommes-nous en
 * meilleure posture / situation que le mois dernier ? » too (issue 16, nineteenth round).
 */
const JUDGED =
  / (meilleure?s?|pires?|mieux|moins bien|moins bonne?s?|plus mauvaise?s?) (?:(?:posture|situation|position|forme|sante|etat) )?(qu|que|quen|qu en) /;

/**
 * The period a trend is about: the latest named when several are (« ce mois vs le mois dernier »);
 * when the only one named is over before the current period of its kind (« mieux que le mois
 * dernier »), that current period (this month, this week, this quarter, this year, today).
 */
export function trendPeriod(periods: readonly Period[], today: CalendarDate): Period | undefined {
  if (periods.length === 0) return undefined;
  const latest = [...periods].sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0))[0]!;
  if (periods.length > 1 || latest.to >= today) return latest;
  return currentOfSameKind(latest, today) ?? latest;
}

function currentOfSameKind(period: Period, today: CalendarDate): Period | null {
  const { from, to } = period;
  const length = daysBetween(from, to) + 1;
  if (length === 1) return { from: today, to: today };
  if (length === 7 && weekOf(from).from === from) return weekOf(today);
  if (from === startOfMonth(from) && to === endOfMonth(from))
    return { from: startOfMonth(today), to: endOfMonth(today) };
  const quarter = Math.floor((monthOf(from) - 1) / 3) + 1;
  const q = quarterOf(yearOf(from), quarter);
  if (q.from === from && q.to === to)
    return quarterOf(yearOf(today), Math.floor((monthOf(today) - 1) / 3) + 1);
  if (from === calendarDate(yearOf(from), 1, 1) && to === calendarDate(yearOf(from), 12, 31))
    return { from: calendarDate(yearOf(today), 1, 1), to: calendarDate(yearOf(today), 12, 31) };
  return null;
}
