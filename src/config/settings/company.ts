/** Who writes the letters: the company's identity and its credit controller (and backup). */
import { z } from 'zod';
import { settingsMessages as m } from '../../i18n/settings';
import { withDefault } from './fields';

const text = (fallback: string) => withDefault(z.string().default(fallback));
const optional = withDefault(z.string().optional());

export const companyFields = {
  COMPANY_NAME: text('Greenova'),
  COMPANY_LEGAL_FORM: optional,
  COMPANY_ADDRESS: text('Parc d’activités des Tanneries|12 rue des Artisans'),
  COMPANY_POSTAL_CODE: text('69100'),
  COMPANY_CITY: text('Villeurbanne'),
  COMPANY_SIREN: withDefault(
    z
      .string()
      .regex(/^\d{9}$/, m.nineDigits)
      .default('814526737'),
  ),
  COMPANY_VAT_NUMBER: optional,
  COMPANY_IBAN: text('FR76 3000 4000 0312 3456 7890 143'),
  COMPANY_BIC: text('BNPAFRPPXXX'),
  COMPANY_PHONE: optional,
  COMPANY_EMAIL: withDefault(z.string().email(m.email).default('comptabilite@greenova.example')),
  COMPANY_WEBSITE: optional,
  COMPANY_LOGO_FILE: optional,
  /**
   * Who legally represents the company (« Présidente »…): signs the letter giving the law firm its
   * mandate. Unset: that letter is signed « Pour <société>, son représentant légal » with a line
   * left blank for the name.
   */
  COMPANY_LEGAL_REPRESENTATIVE_NAME: optional,
  COMPANY_LEGAL_REPRESENTATIVE_TITLE: optional,
  CONTROLLER_NAME: text('Camille Roux'),
  CONTROLLER_TITLE: text('Responsable du crédit client'),
  CONTROLLER_EMAIL: withDefault(z.string().email(m.email).default('camille.roux@greenova.example')),
  CONTROLLER_PHONE: optional,
  BACKUP_CONTROLLER_NAME: optional,
  BACKUP_CONTROLLER_TITLE: text('Assistante comptable'),
  BACKUP_CONTROLLER_EMAIL: withDefault(z.string().email(m.email).optional()),
};
