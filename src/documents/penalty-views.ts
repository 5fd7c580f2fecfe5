/**
 * What the templates print about the interest of a claim: the rate applied as a figure and why,
 * the rule in words for a period whose rate is not published yet, the interest's name by customer
 * type, and the prescription by type. Pure; the words come from src/i18n/penalties.ts.
 */
import { formatDateLongFr } from '../domain/calendar-date';
import { formatEuros } from '../domain/money';
import { andList } from '../i18n/lists';
import {
  appliedRates,
  interestAmountOf,
  interestFigures,
  interestName,
  ruleWithoutFigure,
  periodsNote,
  prescriptionByType,
  rateInWords,
  ratePercent,
  runningSince,
} from '../i18n/penalties';
import type { Claim } from './letter-data';

export function penaltyView(claim: Claim) {
  const type = claim.customerType;
  const known = appliedRates(claim.appliedRates);
  const missing = claim.missingRates.map((m) => rateInWords(m.basis, m.referenceDate));
  const inWords = missing.length === 0 ? null : andList(missing);
  const since = claim.uncountedSince ? runningSince(type, claim.uncountedSince) : null;
  // Some periods known: their rate as a figure, and the rule in words for the rest. None known:
  // the rule in words is the rate phrase itself.
  const running = since === null ? null : known !== '' && inWords ? `${since} ${inWords}` : since;
  const ratePhrase =
    known !== ''
      ? known
      : (inWords ??
        (claim.contractualRateBp !== null
          ? ruleWithoutFigure.contractual(ratePercent(claim.contractualRateBp))
          : ruleWithoutFigure[type]));
  const asOf = formatDateLongFr(claim.asOf);
  return {
    /** Owed of right, with the 40 € (B2B, public buyer). */
    penalties: claim.claimsPenalties,
    business: type === 'B2B',
    publicBuyer: type === 'PUBLIC',
    consumer: type === 'B2C',
    /** « pénalités de retard », « intérêts moratoires », « intérêts au taux légal ». */
    interestName: interestName[type],
    /** The rates applied, as figures: « au taux de 12,40 % l’an (taux de la BCE au …) ». */
    appliedRate: known === '' ? null : known,
    /** The rule in words for the periods whose rate is not published yet. */
    rateInWords: inWords,
    /** The rate phrase of the letters: figures when known, the rule in words otherwise. */
    ratePhrase,
    /** « outre les pénalités de retard courant depuis le 1er janvier 2027 [au taux …] », or null. */
    running,
    /** The figures in a sentence (J+10). */
    figures: interestFigures(type, {
      asOf,
      interest: formatEuros(claim.totals.interest),
      indemnity: formatEuros(claim.totals.indemnity),
      claimed: formatEuros(claim.totals.claimed),
      running,
    }),
    /** « de pénalités de retard arrêtées au … [pour les périodes dont le taux est publié] ». */
    interestOf: interestAmountOf(type, asOf, claim.penaltiesComplete),
    hasInterest: claim.hasInterest,
    consumerInterest: claim.consumerInterest,
    floorApplied: claim.floorApplied,
    contractualRateClause: claim.contractualRateBp === null ? null : ratePercent(claim.contractualRateBp),
    noticeReceivedOn: (() => {
      const first = claim.lines
        .map((l) => l.noticeReceivedOn)
        .filter((x) => x !== null)
        .sort()[0];
      return first ? formatDateLongFr(first) : null;
    })(),
    /** The earliest notice was presented and not collected: not a receipt, and the firm must know. */
    noticeUnclaimed: (() => {
      const first = claim.lines
        .filter((l) => l.noticeReceivedOn !== null)
        .sort((a, b) => a.noticeReceivedOn!.localeCompare(b.noticeReceivedOn!))[0];
      return first?.noticeUnclaimed ?? false;
    })(),
    notes: {
      rounding: periodsNote.rounding,
      undated: claim.anyUndatedPaid ? periodsNote.undated : null,
      publicFixed: type === 'PUBLIC' ? periodsNote.publicFixed : null,
      floorUnverifiable: claim.lines.some((l) => l.floorUnverifiable) ? periodsNote.floorUnverifiable : null,
    },
    prescription: prescriptionByType[type],
    knownInterest: formatEuros(claim.totals.interest),
  };
}
