/**
 * How the letters and the dossier word the late-payment interest: the rate actually applied, as a
 * figure with its reason (L441-10 II, R2192-31, Code civil 1231-6), the rule in words when a
 * published rate is not known yet (never « à compléter »), the periods table's headings, and the
 * prescription by customer type.
 */
import { formatDateLongFr, type CalendarDate } from '../domain/calendar-date';
import type { RateBasis } from '../domain/late-penalties';
import type { CustomerType } from '../domain/ledger';
import { formatEuros, type Cents } from '../domain/money';
import { semesterLabel } from './letters';

/** `1240` bp → `12,40 %`. */
export const ratePercent = (bp: number) => `${formatEuros(bp as Cents, { symbol: false })}\u00a0%`;

export interface RateFacts {
  rateBp: number;
  basis: RateBasis;
  referenceRateBp: number | null;
  referenceDate: CalendarDate | null;
}

/** « 12,40 % l’an (taux de la BCE au 1er juillet 2026, 2,40 %, majoré de 10 points) ». */
export function appliedRate(rate: RateFacts): string {
  const annual = `${ratePercent(rate.rateBp)} l’an`;
  const reference = rate.referenceRateBp === null ? '' : ratePercent(rate.referenceRateBp);
  const on = rate.referenceDate ? formatDateLongFr(rate.referenceDate) : '';
  switch (rate.basis) {
    case 'ecb-plus-10':
      return `${annual} (taux de la BCE au ${on}, ${reference}, majoré de 10 points)`;
    case 'public-ecb-plus-8':
      return `${annual} (taux de la BCE au ${on}, ${reference}, majoré de 8 points)`;
    case 'legal-floor':
      return `${annual}, soit trois fois le taux de l’intérêt légal, minimum prévu par l’article L441-10 du Code de commerce`;
    case 'contractual':
      return `${annual} prévu par nos conditions générales de vente`;
    case 'legal-rate':
      return `${annual} (taux de l’intérêt légal du ${rate.referenceDate ? semesterLabel(rate.referenceDate) : ''})`;
  }
}

/** « au taux de A », « au taux de A, puis de B ». */
export function appliedRates(rates: readonly RateFacts[]): string {
  return rates.map((r, i) => `${i === 0 ? 'au taux de' : 'puis de'} ${appliedRate(r)}`).join(', ');
}

/**
 * The rule in words when the published rate is not known yet: what the debtor can compute himself.
 * `running`: the interest is already running (« … jusqu’au complet paiement »).
 */
export function rateInWords(basis: RateBasis, referenceDate: CalendarDate): string {
  const on = formatDateLongFr(referenceDate);
  switch (basis) {
    case 'public-ecb-plus-8':
      return `au taux appliqué par la Banque centrale européenne à son opération principale de refinancement la plus récente au ${on}, majoré de 8 points, calculés sur le montant TTC restant dû jusqu’au complet paiement`;
    case 'legal-rate':
      return `au taux de l’intérêt légal du ${semesterLabel(referenceDate)}, calculés sur le montant restant dû jusqu’au complet paiement`;
    case 'legal-floor':
    case 'contractual':
      return `au taux de trois fois le taux de l’intérêt légal du ${semesterLabel(referenceDate)} au moins, calculées sur le montant TTC restant dû jusqu’au complet paiement`;
    case 'ecb-plus-10':
      return `au taux appliqué par la Banque centrale européenne à son opération de refinancement la plus récente au ${on}, majoré de 10 points, calculées sur le montant TTC restant dû jusqu’au complet paiement`;
  }
}

/** What the interest is called, by customer type. */
export const interestName: Record<CustomerType, string> = {
  B2B: 'pénalités de retard',
  PUBLIC: 'intérêts moratoires',
  B2C: 'intérêts au taux légal',
};

/** « outre les pénalités de retard courant depuis le 1er janvier 2027 ». */
export const runningSince = (type: CustomerType, since: CalendarDate) =>
  `outre les ${interestName[type]} courant depuis le ${formatDateLongFr(since)}`;

/** The periods table (`<periods/>`). */
export const periodTable = {
  head: ['N° facture', 'Du', 'Au', 'Base', 'Taux', 'Jours', 'Montant'],
  invoiceTotal: (number: string) => `Total facture ${number}`,
  rateMissing: 'taux non publié',
  notCounted: 'non chiffré',
  total: 'Total',
};

/** The note under the periods table. */
export const periodsNote = {
  rounding:
    'Intérêts simples, chaque jour comptant pour 1/365 d’année, sur le solde dû au début de chaque jour\u00a0: un paiement réduit la base à compter du lendemain de sa date. Les montants par période sont arrondis pour l’affichage\u00a0; le total de chaque facture est calculé sur les montants exacts et arrondi une seule fois au centime.',
  undated:
    'Les sommes réglées dont la date n’est pas connue sont réputées payées à l’échéance\u00a0: aucun intérêt n’est réclamé sur elles.',
  publicFixed:
    'Acheteur public\u00a0: le taux est celui du semestre au cours duquel les intérêts ont commencé à courir, appliqué à toute la période (article R2192-31 du Code de la commande publique).',
  floorUnverifiable:
    'Le plancher légal du taux contractuel (trois fois le taux de l’intérêt légal) n’a pu être vérifié pour toute la période, le taux de l’intérêt légal n’étant pas encore publié.',
};

/** The prescription rule by customer type, after « Prescription : ». */
export const prescriptionByType: Record<CustomerType, { years: number; rule: string }> = {
  B2B: { years: 5, rule: '5 ans à compter de l’échéance (article L110-4 du Code de commerce)' },
  B2C: {
    years: 2,
    rule: '2 ans à compter de la livraison (article L218-2 du Code de la consommation)\u00a0; date calculée sur la date de la facture, faute de date de livraison enregistrée — à vérifier',
  },
  PUBLIC: {
    years: 4,
    rule: '4 ans à compter du 1er janvier de l’année suivant celle de la livraison (service fait) (loi n° 68-1250 du 31 décembre 1968, article 1er)\u00a0; date calculée sur la date de la facture — à vérifier',
  },
};

/** The figures of the interest in a sentence, as the J+10 letter says them. */
export function interestFigures(
  type: CustomerType,
  f: { asOf: string; interest: string; indemnity: string; claimed: string; running: string | null },
): string {
  const stopped = type === 'B2B' ? 'Arrêtées' : 'Arrêtés';
  const these = type === 'B2B' ? 'ces pénalités' : `ces ${interestName[type]}`;
  const withIndemnity = type === 'B2C' ? '' : ` et les indemnités forfaitaires à ${f.indemnity}`;
  if (f.running === null) {
    return `${stopped} au ${f.asOf}, ${these} s’élèvent à ${f.interest}${withIndemnity}, soit un total de ${f.claimed} avec le principal.`;
  }
  const known = `les ${interestName[type]} des périodes dont le taux est publié`;
  return `${stopped} au ${f.asOf}, ${known} s’élèvent à ${f.interest}${withIndemnity}, soit un total de ${f.claimed} avec le principal, ${f.running}.`;
}

/** « de pénalités de retard arrêtées au 23 novembre 2026 », after an amount. */
export function interestAmountOf(type: CustomerType, asOf: string, complete: boolean): string {
  const name = interestName[type];
  const of = /^[aeéiou]/i.test(name) ? 'd’' : 'de ';
  const stopped = type === 'B2B' ? 'arrêtées' : 'arrêtés';
  return `${of}${name} ${stopped} au ${asOf}${complete ? '' : ' pour les périodes dont le taux est publié'}`;
}

/** The statutory rule without a figure (no period yet), by type. */
export const ruleWithoutFigure = {
  B2B: 'au taux appliqué par la Banque centrale européenne à son opération de refinancement la plus récente, majoré de 10 points',
  PUBLIC:
    'au taux appliqué par la Banque centrale européenne à son opération principale de refinancement la plus récente au premier jour du semestre où ils commencent à courir, majoré de 8 points',
  B2C: 'au taux de l’intérêt légal',
  contractual: (rate: string) => `au taux de ${rate} l’an prévu par nos conditions générales de vente`,
};
