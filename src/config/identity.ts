/** The company, its controller and its law firm, from the settings (see src/domain/identity.ts). */
import type { CalendarDate } from '../domain/calendar-date';
import type { CompanyIdentity, LawFirm } from '../domain/identity';
import { cents, type Cents } from '../domain/money';
import type { CompanySettings, LawFirmSettings } from './settings';

/** « 500 », « 499,90 », « 499.9 » (validated by the settings) → cents, exactly. */
export function eurosToCents(value: string): Cents {
  const [units, decimals = ''] = value.trim().split(/[.,]/);
  return cents(Number(units) * 100 + Number(decimals.padEnd(2, '0')));
}

const lines = (value: string) =>
  value
    .split('|')
    .map((l) => l.trim())
    .filter(Boolean);

export function companyIdentity(s: CompanySettings): CompanyIdentity {
  return {
    legalName: s.COMPANY_NAME,
    legalForm: s.COMPANY_LEGAL_FORM ?? null,
    address: {
      lines: lines(s.COMPANY_ADDRESS),
      postalCode: s.COMPANY_POSTAL_CODE,
      city: s.COMPANY_CITY,
      country: 'France',
    },
    siren: s.COMPANY_SIREN,
    vatNumber: s.COMPANY_VAT_NUMBER ?? null,
    iban: s.COMPANY_IBAN,
    bic: s.COMPANY_BIC,
    phone: s.COMPANY_PHONE ?? null,
    email: s.COMPANY_EMAIL,
    website: s.COMPANY_WEBSITE ?? null,
    city: s.COMPANY_CITY,
    controller: {
      name: s.CONTROLLER_NAME,
      title: s.CONTROLLER_TITLE,
      email: s.CONTROLLER_EMAIL,
      phone: s.CONTROLLER_PHONE ?? null,
    },
    backupController: s.BACKUP_CONTROLLER_NAME
      ? {
          name: s.BACKUP_CONTROLLER_NAME,
          title: s.BACKUP_CONTROLLER_TITLE,
          email: s.BACKUP_CONTROLLER_EMAIL ?? s.COMPANY_EMAIL,
          phone: null,
        }
      : null,
    legalRepresentative: s.COMPANY_LEGAL_REPRESENTATIVE_NAME
      ? {
          name: s.COMPANY_LEGAL_REPRESENTATIVE_NAME,
          title: s.COMPANY_LEGAL_REPRESENTATIVE_TITLE ?? null,
        }
      : null,
    logoFile: s.COMPANY_LOGO_FILE ?? null,
  };
}

export function lawFirm(s: LawFirmSettings): LawFirm {
  return {
    name: s.LAW_FIRM_NAME,
    address: {
      lines: lines(s.LAW_FIRM_ADDRESS),
      postalCode: s.LAW_FIRM_POSTAL_CODE,
      city: s.LAW_FIRM_CITY,
      country: 'France',
    },
    email: s.LAW_FIRM_EMAIL,
    contact: {
      name: s.LAW_FIRM_CONTACT_NAME,
      title: s.LAW_FIRM_CONTACT_TITLE,
      email: s.LAW_FIRM_EMAIL,
      phone: s.LAW_FIRM_CONTACT_PHONE ?? null,
    },
    mandateStart: s.LAW_FIRM_MANDATE_START as CalendarDate,
    minClaim: eurosToCents(s.LAW_FIRM_MIN_CLAIM),
  };
}
