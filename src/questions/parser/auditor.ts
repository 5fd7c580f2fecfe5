/**
 * The statutory auditor's words (issue 16, eighteenth round): the purpose of a request says nothing
 * to compute (« …, dans le cadre de la circularisation », « aux fins de l'audit »); the balances to
 * confirm are the customers' balances (« confirmation des soldes clients au 30/09 » is the aged
 * balance at that date, « justification du solde de X » X's balance); « créances douteuses » are
 * unpaid receivables (an allowance for them stays an entry Relances does not post); actions « à
 * réaliser » or « à effectuer » are to do. Sending the confirmation letters themselves
 * (« adressez les lettres de circularisation ») is a request Relances does not do.
 */
import { AP, E, W, B } from './regex-fragments';

/** What an audit request is for: « audit », « circularisation », « nos travaux », « la clôture »… */
const PURPOSE = [
  'circularisation',
  'audit',
  'travaux',
  'revue',
  'mission',
  'certification',
  'commissariat',
  'contr[oô]le',
  `cl[oô]ture`,
  `arr${E}t${E}\\s+des\\s+comptes`,
  `confirmation\\s+des\\s+soldes`,
].join('|');

/**
 * « aux fins de confirmation », « au titre de la justification des soldes »: only when the clause
 * ends there (« au titre de la justification du solde de X » names X).
 */
const BARE_PURPOSE = `(?:confirmation|justification)(?:\\s+(?:des|de)\\s+soldes?)?(?=\\s*(?:[,.;:?!\\n]|$))`;

/** « (,) dans le cadre de la circularisation », « aux fins de l'audit », up to the clause's end. */
const FOR_PURPOSE = new RegExp(
  `(?:[,;]\\s*)?${W}(?:dans\\s+le\\s+cadre|aux\\s+fins|pour\\s+les\\s+besoins|au\\s+titre|en\\s+vue)\\s+(?:de|d${AP}|du|des)\\s*` +
    `(?:(?:la|l${AP}|nos|notre|vos|votre|leur|les|cette)\\s*)?(?:(?:${PURPOSE})${B}[^,.;:?!\\n]*|${BARE_PURPOSE})`,
  'giu',
);

/** « confirmation des soldes clients », « justification des soldes des clients », « soldes clients ». */
const BALANCES = new RegExp(
  `${W}(?:(?:la\\s+)?(?:confirmation|justification|circularisation)\\s+des\\s+)?soldes\\s+(?:des\\s+)?clients${B}`,
  'giu',
);

/** « confirmation du solde de X », « justification du solde client de X »: X's balance. */
const ONE_BALANCE = new RegExp(`${W}(?:confirmation|justification)\\s+du\\s+solde(?:\\s+client)?${B}`, 'giu');

/** « créances douteuses », « clients douteux »: unpaid — unless an allowance is asked (an entry). */
const DOUBTFUL = new RegExp(`${W}cr${E}ances\\s+douteuses${B}`, 'giu');
const ALLOWANCE = new RegExp(`${W}(?:provision|dotation|d${E}pr${E}ci|passer\\s+en\\s+perte)`, 'iu');

/** « à réaliser », « à effectuer », « à mener », « à accomplir »: to do. */
const TO_DO = new RegExp(`${W}[aà]\\s+(?:r${E}aliser|effectuer|mener|accomplir|diligenter)${B}`, 'giu');
const DILIGENCES = new RegExp(`${W}dilig${E}nces${B}`, 'giu');

/** The auditor's words read as the parser's. */
export function withAuditorWords(text: string): string {
  if (
    !/circular|cadre|fins|besoins|titre|vue|solde|douteu|r[eé]aliser|effectuer|mener|accomplir|dilig/iu.test(
      text,
    )
  )
    return text;
  const read = text
    .replace(FOR_PURPOSE, '')
    .replace(BALANCES, 'encours clients')
    .replace(ONE_BALANCE, 'solde')
    .replace(TO_DO, 'à faire')
    .replace(DILIGENCES, 'actions');
  return ALLOWANCE.test(read) ? read : read.replace(DOUBTFUL, 'créances impayées');
}

/**
 * « Veuillez adresser les lettres de circularisation à l'ensemble des clients », « envoyez les
 * demandes de confirmation de solde », « circularisez les clients »: the auditor's own letters,
 * which Relances does not send (never a customer's contact nor a figure).
 */
const SEND_CONFIRMATIONS = new RegExp(
  `${W}(?:envoy|adress|pos|exp${E}di|pr${E}par|lanc|r${E}dig|${E}dit|g${E}n${E}r|faire\\s+partir)[\\p{L}]*\\s+` +
    `(?:(?:les|des|la|une|nos|vos)\\s+)?(?:lettres?\\s+de\\s+(?:circularisation|confirmation)|demandes?\\s+de\\s+confirmation|confirmations?\\s+de\\s+soldes?|circularisations?)` +
    `|${W}circularis(?:ez|er|e|ons)${B}`,
  'iu',
);

/** Whether the auditor asks Relances to send confirmation requests (not understood). */
export function asksToSendConfirmations(text: string): boolean {
  return /circular|confirmation/iu.test(text) && SEND_CONFIRMATIONS.test(text);
}
