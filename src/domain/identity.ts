/**
 * Who writes the letters and who receives the litigation files: the company's identity, its
 * credit controller (the single owner of reminders) and the law firm. From configuration.
 */
import type { CalendarDate } from './calendar-date';
import type { PostalAddress } from './ledger';
import type { Cents } from './money';

export interface Person {
  name: string;
  title: string;
  email: string;
  phone: string | null;
}

export interface CompanyIdentity {
  legalName: string;
  /** « SAS au capital de 50 000 € » — printed in the letters' footer. */
  legalForm: string | null;
  address: PostalAddress;
  siren: string;
  vatNumber: string | null;
  iban: string;
  bic: string;
  phone: string | null;
  email: string;
  website: string | null;
  /** Where letters are « fait à » (the city of the head office by default). */
  city: string;
  /**
   * Who legally represents the company (its président, gérant…): signs the mandate given to the law
   * firm. Null or absent when not configured: the letter leaves the name to write by hand.
   */
  legalRepresentative?: LegalRepresentative | null;
  /** The credit controller: signs the letters, receives the replies. */
  controller: Person;
  backupController: Person | null;
  /** Path to a PNG logo for the letterhead, or null. */
  logoFile: string | null;
}

export interface LegalRepresentative {
  name: string;
  /** « Présidente », « Gérant »…; null when only the name is configured. */
  title: string | null;
}

export interface LawFirm {
  name: string;
  address: PostalAddress;
  email: string;
  contact: Person;
  /** The date from which the firm handles every contentious recovery. */
  mandateStart: CalendarDate;
  /**
   * Under this claim a transfer costs more than it recovers: the card warns and the cover letter
   * says it was sent anyway. Absent: no floor.
   */
  minClaim?: Cents;
}
