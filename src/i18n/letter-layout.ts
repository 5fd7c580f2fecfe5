/**
 * What the page layout prints around a template's own text: letterhead and legal footer,
 * references, place and date, the registered-mail line, the subject's label and the invoice table.
 */

export const letterhead = {
  phone: (phone: string) => `Tél. ${phone}`,
};

/** The legal mentions at the foot of every page (Code de commerce R123-237). */
export const legalFooter = {
  siren: (siren: string) => `SIREN ${siren}`,
  vatNumber: (number: string) => `TVA intracommunautaire ${number}`,
  bank: (iban: string, bic: string) => `IBAN ${iban} · BIC ${bic}`,
  /** Followed by the page numbers. */
  headOffice: (address: string, bank: string) => `Siège\u00a0: ${address} · ${bank} · `,
  page: 'Page ',
  pageOf: ' / ',
};

/** The block beside the envelope window. */
export const references = {
  /** The customer's references. */
  yours: 'V/Réf\u00a0:',
  ours: 'N/Réf\u00a0:',
  followedBy: 'Affaire suivie par\u00a0:',
};

/** « Villeurbanne, le 23 novembre 2026 » — a letter's date line (« Fait à … » is a contract's). */
export const placeAndDate = (city: string, date: string) => `${city}, le ${date}`;

/** Under « Pour <société>, son représentant légal » when no representative is configured. */
export const SIGNER_NAME_BLANK = 'Nom\u00a0: ______________________________';

/** Followed by the LRAR number, or by a blank to fill in by hand. */
export const REGISTERED_MAIL_LABEL = 'Lettre recommandée avec accusé de réception n°';

export const SUBJECT_LABEL = 'Objet\u00a0:';

export const invoiceTable = {
  head: ['N° facture', 'Date', 'Échéance', 'Montant TTC', 'Réglé', 'Reste dû', 'Jours de retard'],
  /** Claimed from business customers and public buyers (the first is replaced by the interest's name). */
  penaltiesHead: ['Pénalités de retard', 'Indemnité forfaitaire'],
  total: 'Total',
};
