/**
 * The penalty rates as the controller reads them: the form « Taux de pénalités » (chat « taux »,
 * the day's card's button), its confirmation, the day's reminders, and the question asked before
 * generating a letter whose rate is not known yet.
 */
import { formatDateLongFr, type CalendarDate } from '../../domain/calendar-date';
import type { Cents } from '../../domain/money';
import { formatEuros } from '../../domain/money';
import { semesterEndOf } from '../../domain/rate-table';
import type { RateSeries } from '../../domain/stored-rates';
import { andList } from '../lists';
import { agree } from '../plural';

/** `240` → `2,40 %`. */
export const percent = (bp: number) => `${formatEuros(bp as Cents, { symbol: false })}\u00a0%`;

const SERIES: Record<RateSeries, string> = {
  ecb: 'taux de la BCE',
  'legal-professional': 'taux de l’intérêt légal « autres cas »',
  'legal-individual': 'taux de l’intérêt légal « particuliers »',
};

const WHERE: Record<RateSeries, string> = {
  ecb: 'BCE : taux des opérations principales de refinancement',
  'legal-professional': 'Journal officiel : arrêté fixant le taux de l’intérêt légal',
  'legal-individual': 'Journal officiel : arrêté fixant le taux de l’intérêt légal',
};

const DOCUMENT = { letter: 'la lettre', notice: 'la mise en demeure', transfer: 'le dossier' } as const;

const seriesList = (series: readonly RateSeries[]) => andList(series.map((s) => SERIES[s]));
const whereList = (series: readonly RateSeries[]) => [...new Set(series.map((s) => WHERE[s]))].join(' ; ');
const date = (d: CalendarDate) => formatDateLongFr(d);
const period = (start: CalendarDate) => `du ${date(start)} au ${date(semesterEndOf(start))}`;

export const rates = {
  seriesName: (series: RateSeries) => SERIES[series],
  command: {
    example: 'taux',
    description: 'saisir les taux de pénalités du semestre (BCE, intérêt légal)',
  },
  /** The day's card, from a fortnight before 1 January / 1 July. */
  due: (semesterStart: CalendarDate, series: readonly RateSeries[]) =>
    `Taux du semestre prochain à saisir : ${seriesList(series)} du ${date(semesterStart)}. Où ${agree(series.length, 'le', 'les')} trouver : ${whereList(series)}.`,
  /** The day's card, once the semester has started. */
  missing: (semesterStart: CalendarDate, series: readonly RateSeries[]) =>
    `${series.length > 1 ? 'Taux non encore saisis' : 'Taux non encore saisi'} : ${seriesList(series)} du ${date(semesterStart)}. Tant qu’${series.length > 1 ? 'ils manquent' : 'il manque'}, les courriers indiquent le mode de calcul des pénalités sans les chiffrer. Où ${agree(series.length, 'le', 'les')} trouver : ${whereList(series)}.`,
  button: 'Saisir les taux',
  openedBelow: 'Le formulaire des taux est ci-dessous.',
  form: {
    title: 'Taux de pénalités',
    intro:
      'Les taux d’un semestre s’appliquent du 1er janvier au 30 juin ou du 1er juillet au 31 décembre. Laissez vide un taux que vous ne connaissez pas encore.',
    semester: 'Semestre',
    semesterChoice: (start: CalendarDate) => `${period(start)}`,
    known: 'Taux connus',
    knownLine: (start: CalendarDate, values: Record<RateSeries, number | null>) =>
      `Semestre commençant le ${date(start)} : BCE ${values.ecb === null ? 'inconnu' : percent(values.ecb)} ; légal « autres cas » ${values['legal-professional'] === null ? 'inconnu' : percent(values['legal-professional'])} ; légal « particuliers » ${values['legal-individual'] === null ? 'inconnu' : percent(values['legal-individual'])}`,
    ecb: 'Taux de la BCE (opérations principales de refinancement), en %',
    legalProfessional: 'Taux de l’intérêt légal « autres cas » (créancier professionnel), en %',
    legalIndividual: 'Taux de l’intérêt légal « particuliers », en %',
    ratePlaceholder: 'ex. 2,40',
    source: 'Source (obligatoire)',
    sourcePlaceholder: 'ex. BCE, décision du 11 juin 2026 ; arrêté du … (JORF du …)',
    where:
      'Où les trouver : BCE, taux des opérations principales de refinancement ; Journal officiel, arrêté fixant le taux de l’intérêt légal.',
    submit: 'Enregistrer les taux',
  },
  invalid: {
    semester: 'le semestre doit commencer un 1er janvier ou un 1er juillet',
    rate: (label: string) =>
      `le ${label} doit être un pourcentage entre 0 et 50, avec au plus deux décimales (ex. 2,40 ou 2.40)`,
    noRate: 'saisissez au moins un taux',
    source: 'indiquez la source (ex. « BCE, décision du 11 juin 2026 » ou « arrêté du … (JORF du …) »)',
    sourceTooLong: 'la source est trop longue (300 caractères au plus)',
  },
  refused: (reason: string) => `⛔ Taux non enregistrés : ${reason}.`,
  notAllowed:
    'Seuls le responsable du crédit client et son suppléant peuvent saisir les taux de pénalités : adressez-vous à eux.',
  /** Why a refused entry was refused, in the journal. */
  notAllowedReason: 'réservé au responsable du crédit client et à son suppléant',
  recorded: {
    title: (start: CalendarDate) => `✅ Taux enregistrés pour le semestre ${period(start)}`,
    line: (series: RateSeries, before: number | null, after: number) =>
      before === null
        ? `${SERIES[series]} : ${percent(after)} (inconnu jusqu’ici)`
        : before === after
          ? `${SERIES[series]} : ${percent(after)} (inchangé)`
          : `${SERIES[series]} : ${percent(after)} (correction : ${percent(before)} auparavant)`,
    source: (source: string, who: string) => `Source : ${source}. Saisi par ${who}.`,
    ecbEffect: (start: CalendarDate, penaltyBp: number) =>
      `Les pénalités B2B ${period(start)} seront calculées à ${percent(penaltyBp)} (taux de la BCE + 10 points).`,
    legalEffect: (start: CalendarDate, legalBp: number) =>
      `${period(start).replace(/^d/, 'D')}, un taux contractuel ne peut être inférieur à ${percent(3 * legalBp)} (3 fois le taux légal) ; les intérêts d’un particulier après mise en demeure courent à ${percent(legalBp)}.`,
    next: 'Les prochains courriers utiliseront ces taux.',
  },
  /** Before generating a letter (or transferring) whose penalties need a rate not known yet. */
  confirm: {
    title: 'Taux manquant',
    text: (
      missing: ReadonlyArray<{ series: RateSeries; semesterStart: CalendarDate }>,
      document: 'letter' | 'notice' | 'transfer',
    ) =>
      `${missing.map((m) => `Le ${SERIES[m.series]} du ${date(m.semesterStart)}`).join(', ')} ${
        missing.length > 1 ? 'ne sont pas encore connus' : 'n’est pas encore connu'
      } : ${DOCUMENT[document]} indiquera le mode de calcul des pénalités sans les chiffrer.`,
    setRate: 'Saisir le taux',
    letterAnyway: 'Générer quand même',
    transferAnyway: 'Transmettre quand même',
  },
} as const;
