/**
 * The director's weekly review (issue #18): the card sent each Monday and shown on « revue de la
 * semaine ». Real plurals (../plural.ts), French typography (no-break spaces before « : ; ? ! »).
 */
import { agree, countOf } from '../plural';

const NB = '\u00a0';

export const review = {
  title: (week: string) => `Revue de la semaine${NB}— ${week}`,
  intro: (asOf: string) =>
    `Les chiffres au ${asOf}, comparés à la semaine précédente et à la même semaine l’an dernier.`,
  figuresTitle: 'La semaine en cinq chiffres',
  columns: {
    figure: 'Indicateur',
    now: 'Cette semaine',
    lastWeek: 'vs sem. préc.',
    lastYear: 'vs an dernier',
  },
  figures: {
    outstanding: 'Encours',
    overdue: 'Impayés échus',
    dso: 'DSO',
    collected: 'Encaissé sur la semaine',
    inLitigation: 'Au contentieux',
  },
  /** Shown when a comparison is not known (no snapshot then). */
  unknown: '—',
  unknownNote:
    '«\u00a0—\u00a0»\u00a0: pas de chiffre gardé à cette date (les chiffres du jour sont gardés depuis la mise en service).',
  days: (text: string) => `${text}${NB}j`,
  movedTitle: 'Ce qui a bougé cette semaine',
  moved: {
    newOverdue: (count: number, amount: string) =>
      count === 0
        ? 'Aucune facture nouvellement échue et impayée.'
        : `${countOf(count, 'facture')} ${agree(count, 'tombée', 'tombées')} en impayé (${amount}).`,
    paid: (count: number, amount: string) =>
      count === 0
        ? 'Aucun paiement reçu.'
        : `${countOf(count, 'paiement')} ${agree(count, 'reçu', 'reçus')} (${amount}).`,
    promisesKept: (count: number) =>
      count === 0 ? null : `${countOf(count, 'promesse')} de paiement ${agree(count, 'tenue', 'tenues')}.`,
    promisesBroken: (count: number) =>
      count === 0
        ? null
        : `${countOf(count, 'promesse')} de paiement non ${agree(count, 'tenue', 'tenues')}.`,
    newDisputes: (count: number) =>
      count === 0
        ? null
        : `${countOf(count, 'nouveau litige', 'nouveaux litiges')} ${agree(count, 'signalé', 'signalés')}.`,
    sentToFirm: (count: number, amount: string, firm: string) =>
      count === 0
        ? null
        : `${countOf(count, 'facture')} ${agree(count, 'transmise', 'transmises')} à ${firm} (${amount}).`,
    recoveredByFirm: (amount: string, firm: string) => `Recouvré par ${firm}${NB}: ${amount}.`,
  },
  risksTitle: 'Les cinq plus gros risques',
  risksNone: 'Aucun client n’a d’impayé échu.',
  riskLine: (customer: string, amount: string, count: number, days: number, step: string) =>
    `${customer}${NB}: ${amount} en ${countOf(count, 'facture')}, jusqu’à ${countOf(days, 'jour')} de retard${NB}— ${step}`,
  noStep: 'aucune relance encore',
  chartsTitle: 'Tendances sur douze mois',
  charts: {
    dsoTitle: 'DSO sur 12 mois',
    dsoSeries: 'DSO (jours)',
    buckets: {
      not_due: 'Non échu',
      d1_30: '1 à 30 jours',
      d31_60: '31 à 60 jours',
      d61_90: '61 à 90 jours',
      over_90: 'Plus de 90 jours',
    } as Record<string, string>,
    agedSummary: (from: string, fromMonth: string, to: string, toMonth: string, overdueShare: string) =>
      `Balance âgée fin de mois sur douze mois${NB}: l’encours passe de ${from} (${fromMonth}) à ${to} (${toMonth})${NB}; ${overdueShare} en est échu aujourd’hui.`,
    dsoSummary: (
      from: string,
      fromMonth: string,
      to: string,
      toMonth: string,
      max: string,
      maxMonth: string,
    ) =>
      `DSO fin de mois sur douze mois${NB}: de ${from} (${fromMonth}) à ${to} (${toMonth}), au plus haut ${max} (${maxMonth}).`,
    noData: 'Pas encore assez de chiffres gardés pour tracer la tendance.',
  },
  change: {
    same: '=',
    /** A change in euros or days with its sign. */
    signed: (sign: '+' | '−', text: string) => `${sign}${text}`,
  },
  notForYou: 'La revue de la semaine est réservée à la direction et au service crédit client.',
  footer: (schedule: string) =>
    `Envoyée ${schedule}. Demandez «${NB}revue de la semaine${NB}» pour l’afficher à tout moment.`,
  everyMonday: 'chaque lundi matin',
  /** The welcome and help cards' line. */
  command: {
    example: 'revue de la semaine',
    description: 'les chiffres de la semaine, ce qui a bougé, les plus gros risques et les tendances',
  },
} as const;
