/**
 * The recovery procedures open against a debtor, in French, each with its legal basis: the
 * procedure document explains them per customer type, the cover letter to the law firm states
 * them for one debtor, the day's card warns under the firm's floor. The codes come from
 * src/domain/competent-procedure.ts. Every reference printed here was checked; when unsure, the
 * text says less.
 */
import {
  PRIOR_AMICABLE_ATTEMPT_CEILING,
  SMALL_CLAIMS_CEILING,
  type CompetentProcedures,
  type ProcedureOption,
} from '../domain/competent-procedure';
import type { CustomerType } from '../domain/ledger';
import { formatEuros, type Cents } from '../domain/money';

const NBSP = '\u00a0';

/** The name of a procedure and its legal basis, as a lawyer reads them. */
export const PROCEDURE_NAMES: Readonly<Record<ProcedureOption, { name: string; basis: string }>> = {
  small_claims: {
    name: 'procédure simplifiée de recouvrement des petites créances',
    basis: 'articles L125-1 et R125-1 et suivants du Code des procédures civiles d’exécution',
  },
  payment_order: {
    name: 'injonction de payer',
    basis: 'articles 1405 et suivants du Code de procédure civile',
  },
  summons: {
    name: 'assignation en paiement',
    basis: 'devant la juridiction compétente',
  },
  interim_payment_administrative: {
    name: 'référé-provision devant le tribunal administratif',
    basis: 'article R541-1 du Code de justice administrative',
  },
};

const ceiling = () => formatEuros(SMALL_CLAIMS_CEILING);

/** What each procedure requires, in a sentence that follows its name. */
function optionDetail(option: ProcedureOption): string {
  switch (option) {
    case 'small_claims':
      return `mise en œuvre par un commissaire de justice, elle suppose l’accord du débiteur et une créance n’excédant pas ${ceiling()} en principal et intérêts (l’indemnité forfaitaire pour frais de recouvrement n’est pas comptée)`;
    case 'payment_order':
      return 'procédure judiciaire sur requête, sans plafond de montant';
    case 'summons':
      return `pour une demande n’excédant pas ${formatEuros(PRIOR_AMICABLE_ATTEMPT_CEILING)} portée devant le tribunal judiciaire, elle doit être précédée d’une tentative de conciliation, de médiation ou de procédure participative (article 750-1 du Code de procédure civile)${NBSP}; une procédure simplifiée de recouvrement des petites créances engagée en vain en tient lieu`;
    case 'interim_payment_administrative':
      return 'le juge des référés peut accorder une provision lorsque l’existence de l’obligation n’est pas sérieusement contestable';
  }
}

/** « injonction de payer (articles 1405 et suivants du Code de procédure civile) : … ». */
export function procedureOptionLine(option: ProcedureOption): string {
  const { name, basis } = PROCEDURE_NAMES[option];
  const head = option === 'summons' ? `${name} ${basis}` : `${name} (${basis})`;
  return `${head}${NBSP}: ${optionDetail(option)}`;
}

/** The lines a document prints for one debtor: the open procedures, then why the others are not. */
export function competentProcedureLines(procedures: CompetentProcedures): string[] {
  const lines = procedures.options
    // A summons over 5 000 € needs no prior attempt: only its name then.
    .map((option) =>
      option === 'summons' && !procedures.priorAmicableAttempt
        ? `${PROCEDURE_NAMES.summons.name} ${PROCEDURE_NAMES.summons.basis}`
        : procedureOptionLine(option),
    );
  return lines.map((line, i) => `${line}${i === lines.length - 1 ? '.' : `${NBSP};`}`);
}

/** One sentence on the amount that decides, before the list of procedures. */
export function competentProcedureLead(procedures: CompetentProcedures): string {
  const amount = formatEuros(procedures.amount);
  const counted = procedures.amountComplete
    ? `${amount} en principal et intérêts`
    : `${amount} en principal, hors pénalités de retard non chiffrées`;
  switch (procedures.type) {
    case 'PUBLIC':
      return `Le débiteur est un acheteur public${NBSP}: le litige relève du juge administratif, l’injonction de payer et la procédure simplifiée de recouvrement des petites créances ne lui sont pas applicables. Voie envisageable${NBSP}:`;
    default:
      return procedures.smallClaims
        ? `La créance s’élève à ${counted}, sans excéder ${ceiling()}. Voies envisageables${NBSP}:`
        : `La créance s’élève à ${counted}, au-delà de ${ceiling()}${NBSP}: la procédure simplifiée de recouvrement des petites créances n’est pas ouverte. Voies envisageables${NBSP}:`;
  }
}

/** What the customer's type adds to the procedures (rates, prescription), for the documents. */
export function customerTypeRules(type: CustomerType): string[] {
  switch (type) {
    case 'PUBLIC':
      return [
        `Acheteur public${NBSP}: intérêts moratoires au taux de la Banque centrale européenne majoré de huit points (article R2192-31 du Code de la commande publique) et indemnité forfaitaire pour frais de recouvrement de 40${NBSP}€ (article D2192-35)${NBSP}; le litige relève du juge administratif (référé-provision, article R541-1 du Code de justice administrative), ni injonction de payer ni procédure simplifiée de recouvrement des petites créances.`,
      ];
    case 'B2C':
      return [
        `Particulier${NBSP}: l’action se prescrit par deux ans à compter de la facture (article L218-2 du Code de la consommation)${NBSP}; les sommes dues portent intérêts au taux légal à compter de la mise en demeure (article 1231-6 du Code civil)${NBSP}; ni pénalités de l’article L441-10 du Code de commerce ni indemnité forfaitaire.`,
      ];
    case 'B2B':
      return [
        `Professionnel${NBSP}: pénalités de retard (article L441-10 du Code de commerce) et indemnité forfaitaire pour frais de recouvrement de 40${NBSP}€ par facture (article D441-5)${NBSP}; prescription de cinq ans (article L110-4 du Code de commerce).`,
      ];
  }
}

/**
 * The day's card and the confirmation, under the firm's floor: « Créance de 223,68 € : sous le
 * seuil de 500,00 € fixé pour confier un dossier au cabinet ; envisagez la procédure simplifiée… ».
 */
export function belowFirmFloorNote(principal: Cents, floor: Cents, type: CustomerType | null): string {
  const head = `Créance de ${formatEuros(principal)}${NBSP}: sous le seuil de ${formatEuros(floor)} fixé pour confier un dossier au cabinet`;
  // The small-claims procedure is closed to a public buyer and over its ceiling.
  if (type === 'PUBLIC' || principal > SMALL_CLAIMS_CEILING) return `${head}.`;
  return `${head}${NBSP}; envisagez la procédure simplifiée de recouvrement des petites créances par un commissaire de justice.`;
}

/** The cover letter, when the controller transferred a claim under the floor anyway. */
export function belowFirmFloorLetter(principal: Cents, floor: Cents): string {
  return `Nous attirons votre attention sur le montant de cette créance (${formatEuros(principal)} en principal), inférieur au seuil de ${formatEuros(floor)} que nous avons fixé pour vous confier un dossier${NBSP}: nous vous la transmettons néanmoins et vous remercions de nous indiquer, avant tout acte, la voie la moins coûteuse au regard de son montant.`;
}
