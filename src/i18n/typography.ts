/**
 * French typography, applied to every text on its way out (cards, messages, e-mails, letters):
 * a no-break space (U+00A0) before « : ; ? ! » and inside « », so that a colon or a closing
 * guillemet never starts a line, and inside an amount in euros (« 1 234,56 € »). Only a space already there is made unbreakable (« 09:15 », a
 * URL's « https: » or an e-mail address are left alone); a guillemet without its space gets one.
 * Idempotent: applying it twice changes nothing more.
 */

const NBSP = '\u00a0';

export function frenchTypography(text: string): string {
  if (!/[:;?!«»€]/.test(text)) return text;
  return (
    text
      // Amounts read as one word: « 1 234,56 € » with no-break spaces between the digit groups and
      // before the euro sign, whoever wrote the amount (a template's « 40,00 € », « 5 000 € »).
      .replace(/(\d)[ \u202f](?=\d{3}(?:[ \u202f\u00a0]\d{3})*(?:,\d+)?[ \u202f\u00a0]?€)/g, `$1${NBSP}`)
      .replace(/(\d)[ \u202f]€/g, `$1${NBSP}€`)
      .replace(/[ \u202f]+([:;?!])/g, `${NBSP}$1`)
      .replace(/«[ \u202f\u00a0]*/g, `«${NBSP}`)
      .replace(/[ \u202f\u00a0]*»/g, `${NBSP}»`)
  );
}
