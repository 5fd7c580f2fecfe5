/**
 * The words of the letters that are built from data rather than written in their templates
 * (templates/letters/*.hbs): document titles, the customer's references, how the customer and
 * the earlier reminders are named.
 */
import type { CalendarDate } from '../domain/calendar-date';
import type { Channel } from '../domain/ladder';
import type { Civility, Customer, CustomerType } from '../domain/ledger';
import { andList } from './lists';
import { agree, countOf } from './plural';

/** The title Word shows in the document's properties. */
export const documentTitles = {
  reminderLetter: (customer: string) => `Relance — ${customer}`,
  formalNotice: (customer: string) => `Mise en demeure — ${customer}`,
  litigationTransfer: (customer: string) => `Transmission d’un dossier de recouvrement — ${customer}`,
  litigationDossier: (customer: string) => `Dossier de recouvrement — ${customer}`,
  lawFirmMandate: (firm: string) => `Mandat de recouvrement contentieux — ${firm}`,
  procedure: (company: string) => `Procédure de relance des impayés — ${company}`,
};

/** « V/Réf » lines. */
export const yourReferences = {
  customer: (code: string) => `Client ${code}`,
  /** « Commande BC-118 », « Commandes BC-118 et BC-131 ». */
  orders: (orders: readonly string[]) => `${agree(orders.length, 'Commande')} ${andList(orders)}`,
  mandate: (since: string) => `Mandat du ${since}`,
};

export const CUSTOMER_TYPE_LABELS: Readonly<Record<CustomerType, string>> = {
  B2B: 'professionnel (B2B)',
  B2C: 'particulier (B2C)',
  PUBLIC: 'acheteur public',
};

/** Completes « règlement … » and « le règlement de nos factures … ». */
export function paymentTerms(days: number): string {
  return days > 0 ? `à ${countOf(days, 'jour')}` : 'à réception de facture';
}

const REMINDER_NOUNS: Readonly<Record<Channel, string>> = {
  email: 'notre courriel',
  letter: 'notre courrier',
  registered_letter: 'notre lettre recommandée',
  transfer: 'notre courrier',
};

/** « notre courriel du 7 octobre 2026 », after « Malgré ». */
export function previousReminder(channel: Channel, date: string): string {
  return `${REMINDER_NOUNS[channel]} du ${date}`;
}

/** « premier semestre 2026 » for 2026-01-01, « second semestre 2026 » for 2026-07-01. */
export function semesterLabel(semesterStart: CalendarDate): string {
  return `${semesterStart.slice(5, 7) === '01' ? 'premier' : 'second'} semestre ${semesterStart.slice(0, 4)}`;
}

/** What La Poste said about the mise en demeure, as the dossier states it. */
export const dossierNotice = {
  received: (date: string) => `avis de réception signé le ${date}`,
  unclaimed: (date: string) => `pli présenté le ${date}, avisé et non réclamé`,
  returned: (date: string) => `pli retourné à l’expéditeur le ${date}`,
};

/** What Relances produces at a step of each channel, for the procedure's annex of letters. */
export const ANNEXED_DOCUMENTS: Readonly<Record<Channel, string>> = {
  email: 'e-mail envoyé depuis Relances, avec les factures concernées et le solde dû',
  letter: 'courrier (.docx) à signer et à poster',
  registered_letter:
    'lettre de mise en demeure (.docx) à signer et à envoyer en recommandé avec accusé de réception',
  transfer:
    'lettre de transmission au cabinet et dossier de recouvrement (.docx), envoyés au cabinet par e-mail',
};

const CIVILITY_WORDS: Readonly<Record<Civility, string>> = { 'M.': 'Monsieur', Mme: 'Madame' };

/**
 * How a letter addresses its customer: « Madame, » / « Monsieur, » when the civility is known,
 * « Madame, Monsieur, » only when no one is named; a company's letters go « À l’attention de
 * Mme Durand »; an individual's envelope reads « M. Julien Bernard ».
 */
export function addressee(customer: Pick<Customer, 'legalName' | 'type' | 'contact'>): {
  salutation: string;
  /** Within the closing formula: « Nous vous prions d’agréer, Madame, … ». */
  closing: string;
  /** The envelope's first line. */
  envelopeName: string;
  /** The line under the company's name on the envelope, or null. */
  attention: string | null;
} {
  const contact = customer.contact ?? null;
  const named =
    contact?.name && contact.name.trim() !== customer.legalName.trim() ? contact.name.trim() : null;
  // A civility says who reads the letter: a named contact, or the individual customer; a company's
  // civility without a name tells nothing.
  const civility = named || customer.type === 'B2C' ? (contact?.civility ?? null) : null;
  const closing = civility ? CIVILITY_WORDS[civility] : 'Madame, Monsieur';
  const person = (name: string) =>
    civility && !/^(m\.|mme|monsieur|madame)\s/i.test(name) ? `${civility} ${name}` : name;
  const individual = customer.type === 'B2C' && !named;
  return {
    salutation: `${closing},`,
    closing,
    envelopeName: individual ? person(customer.legalName) : customer.legalName,
    attention: named ? `À l’attention de ${person(named)}` : null,
  };
}
