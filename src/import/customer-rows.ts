/** Rows of a customers file → Customer records. */
import type { Customer, RiskSegment } from '../domain/ledger';
import {
  bounded,
  DEFAULT_COUNTRY,
  displayText,
  keyText,
  parseAddressLines,
  parseAliases,
  parseCivility,
  parseCountry,
  parseCustomerType,
  parseEmailList,
  parsePaymentTerms,
  parsePenaltyRate,
  parsePostalCode,
  parseRisk,
  parseSingleEmail,
  parseSiren,
} from './cells';
import { cellErrors, lineErrors, lineWarnings } from '../i18n/import';
import type { CustomerColumn } from './headers';
import { complete, rowValidator, type RowShape, type RowValidator } from './row-reader';

export type ParsedCustomer = Customer;

/** Nothing from the store is needed to validate customers; the type keeps the three kinds alike. */
export type CustomerRowsContext = Readonly<Record<string, never>>;

export const DEFAULT_PAYMENT_TERMS_DAYS = 30;
/** Article L441-10 du Code de commerce: 60 days from the invoice date between professionals. */
export const LEGAL_MAX_PAYMENT_TERMS_DAYS = 60;
/** When the file leaves the segment empty: the middle of the ladder, neither lax nor harsh. */
export const DEFAULT_RISK: RiskSegment = 'moderate';

export function customerRowValidator(
  shape: RowShape<CustomerColumn>,
  _context: CustomerRowsContext = {},
): RowValidator<ParsedCustomer> {
  const firstLineOfCode = new Map<string, number>();
  return rowValidator(shape, (row) => {
    const code = row.required('code_client', keyText('customerCode'));
    if (code !== undefined) {
      const first = firstLineOfCode.get(code);
      if (first === undefined) firstLineOfCode.set(code, row.line);
      else row.report('code_client', lineErrors.duplicateCustomer(first));
    }
    const type = row.optional('type_client', parseCustomerType, 'B2B' as const);
    // A B2C customer may still have a SIREN (a sole trader buying privately); when given, it must be
    // valid. A public buyer has one, as a company does.
    const siren =
      type === 'B2B' || type === 'PUBLIC'
        ? row.required('siren', parseSiren, cellErrors.sirenRequired)
        : row.optional('siren', parseSiren, null);
    const country = row.optional('pays', parseCountry, DEFAULT_COUNTRY);
    const paymentTermsDays = row.optional(
      'delai_paiement_jours',
      parsePaymentTerms,
      DEFAULT_PAYMENT_TERMS_DAYS,
    );
    if (type === 'B2B' && paymentTermsDays !== undefined && paymentTermsDays > LEGAL_MAX_PAYMENT_TERMS_DAYS) {
      row.warn(lineWarnings.paymentTermsOverCap(paymentTermsDays, code ?? '', LEGAL_MAX_PAYMENT_TERMS_DAYS));
    }

    const fields = complete({
      code,
      legalName: row.required('raison_sociale', displayText('legalName')),
      siren,
      billingEmails: row.required('email', bounded('emails', parseEmailList)),
      phone: row.optional('telephone', displayText('phone'), null),
      lines: row.required('adresse', parseAddressLines),
      postalCode: row.required('code_postal', (raw) => parsePostalCode(raw, country ?? DEFAULT_COUNTRY)),
      city: row.required('ville', displayText('city')),
      country,
      salesRepEmail: row.optional('commercial_email', bounded('salesRepEmail', parseSingleEmail), null),
      risk: row.optional('segment_risque', parseRisk, DEFAULT_RISK),
      type,
      paymentTermsDays,
      contractualPenaltyRateBp: row.optional('taux_penalites', parsePenaltyRate, null),
      civility: row.optional('contact_civilite', parseCivility, null),
      contactName: row.optional('contact_nom', displayText('contactName'), null),
      legalForm: row.optional('forme_juridique', displayText('legalForm'), null),
      rcs: row.optional('rcs', displayText('rcs'), null),
      aliases: row.optional('alias', parseAliases, [] as string[]),
    });
    if (!fields) return undefined;
    const {
      lines,
      postalCode,
      city,
      country: validCountry,
      civility,
      contactName,
      legalForm,
      rcs,
      aliases,
      ...customer
    } = fields;
    // Absent when the export does not give them (as stored customers read back).
    return {
      ...customer,
      ...(legalForm ? { legalForm } : {}),
      ...(rcs ? { rcs } : {}),
      ...(aliases.length > 0 ? { aliases } : {}),
      address: { lines, postalCode, city, country: validCountry },
      // Only when the export names someone: customers without a contact stay as they were.
      ...(civility || contactName ? { contact: { civility, name: contactName } } : {}),
    };
  });
}
