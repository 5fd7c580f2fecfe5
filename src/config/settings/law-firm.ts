/** The law firm that takes over litigation, and from when. */
import { z } from 'zod';
import { settingsMessages as m } from '../../i18n/settings';
import { withDefault } from './fields';

export const lawFirmFields = {
  LAW_FIRM_NAME: withDefault(z.string().default('Cabinet Aptos Avocats')),
  LAW_FIRM_ADDRESS: withDefault(z.string().default('45 cours Lafayette')),
  LAW_FIRM_POSTAL_CODE: withDefault(z.string().default('69003')),
  LAW_FIRM_CITY: withDefault(z.string().default('Lyon')),
  LAW_FIRM_EMAIL: withDefault(z.string().email(m.email).default('recouvrement@aptos-avocats.example')),
  LAW_FIRM_CONTACT_NAME: withDefault(z.string().default('Maître Anne Lambert')),
  LAW_FIRM_CONTACT_TITLE: withDefault(z.string().default('Avocate associée')),
  LAW_FIRM_CONTACT_PHONE: withDefault(z.string().optional()),
  LAW_FIRM_MANDATE_START: withDefault(
    z
      .string()
      .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), m.date)
      .default('2026-12-01'),
  ),
  /**
   * Euros (« 500 », « 499,90 »): under this claim, a transfer to the firm costs more than it
   * recovers — the card says so and proposes the small-claims procedure instead.
   */
  LAW_FIRM_MIN_CLAIM: withDefault(
    z
      .string()
      .trim()
      .refine((v) => /^\d{1,7}([.,]\d{1,2})?$/.test(v), m.euros)
      .default('500'),
  ),
};
