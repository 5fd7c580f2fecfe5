/**
 * The two e-mails as a customer reads them: mandatory mentions, French amounts and dates, payment
 * details, a single contact, and customer data escaped in HTML only — with French typography (a
 * no-break space before « : »).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { companyIdentity } from '../../src/config/identity';
import { parseSettings } from '../../src/config/settings';
import type { CalendarDate } from '../../src/domain/calendar-date';
import type { ActionInvoice } from '../../src/domain/daily-plan';
import type { CompanyIdentity } from '../../src/domain/identity';
import { cents, type Cents } from '../../src/domain/money';
import { EMAIL_TEMPLATES_DIR, renderEmail } from '../../src/documents/email-templates';
import type { EmailData, EmailTemplate } from '../../src/application/ports';

const NBSP = '\u00a0';
const AMOUNT = `1${NBSP}234,56${NBSP}€`;

function company(): CompanyIdentity {
  const parsed = parseSettings({
    COMPANY_LEGAL_FORM: 'SAS au capital de 50 000 €',
    CONTROLLER_PHONE: '04 72 10 20 30',
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return companyIdentity(parsed.settings);
}

function invoice(number: string, amount: number, balance: number, dueDate = '2026-11-23'): ActionInvoice {
  return {
    number,
    issueDate: '2026-10-24' as CalendarDate,
    dueDate: dueDate as CalendarDate,
    amountInclTax: cents(amount),
    balance: cents(balance),
    daysLate: 3,
  };
}

function data(
  type: 'B2B' | 'B2C',
  invoices: ActionInvoice[] = [invoice('F2026-0142', 123456, 123456)],
): EmailData {
  return {
    company: company(),
    customer: { legalName: 'Dupont & Fils <SARL>', type, billingEmails: ['compta@dupont.example'] },
    invoices,
    total: cents(invoices.reduce((s, i) => s + i.balance, 0)) as Cents,
    today: '2026-11-26' as CalendarDate,
  };
}

const LEGAL = 'article L441-10 du Code de commerce';
const INDEMNITY = `indemnité forfaitaire pour frais de recouvrement de 40${NBSP}€ par facture`;

describe('reminder e-mail (J+3)', () => {
  it('recalls, for a business customer, the CGV, L441-10 and the 40 € indemnity per invoice', () => {
    const { html, text } = renderEmail('reminder-email', data('B2B'));
    for (const part of [html, text]) {
      expect(part).toContain(LEGAL);
      expect(part).toContain('conditions générales de vente');
      expect(part).toContain(INDEMNITY);
    }
  });

  it('says nothing of L441-10 nor of the indemnity to a consumer', () => {
    const { subject, html, text } = renderEmail('reminder-email', data('B2C'));
    for (const part of [subject, html, text]) {
      expect(part).not.toContain('L441-10');
      expect(part).not.toContain(`40${NBSP}€`);
      expect(part).not.toContain('indemnité');
      expect(part).not.toContain('pénalités');
    }
  });

  it('assumes an oversight, with French amounts and dates, payment details and one contact', () => {
    const { subject, html, text } = renderEmail('reminder-email', data('B2B'));
    expect(subject).toBe(`Rappel de règlement${NBSP}: facture F2026-0142 échue le 23/11/2026 — Greenova`);
    expect(text).toContain(
      'nous n’avons pas encore reçu le règlement de la facture n° F2026-0142 du 24 octobre 2026, arrivée à échéance le 23 novembre 2026',
    );
    expect(text).toContain('simple oubli');
    expect(text).toContain(
      `- Facture F2026-0142 du 24/10/2026, échéance le 23/11/2026${NBSP}: montant TTC ${AMOUNT}, reste dû ${AMOUNT}`,
    );
    expect(text).toContain(`Total restant dû${NBSP}: ${AMOUNT}`);
    for (const part of [html, text]) {
      expect(part).toContain('23 novembre 2026');
      expect(part).toContain(AMOUNT);
      expect(part).toContain(`IBAN${NBSP}: FR76 3000 4000 0312 3456 7890 143`);
      expect(part).toContain(`BIC${NBSP}: BNPAFRPPXXX`);
      expect(part).toContain(`Référence à indiquer${NBSP}: F2026-0142`);
      expect(part).toContain('Camille Roux');
      expect(part).toContain('Responsable du crédit client');
      expect(part).toContain('camille.roux@greenova.example');
      expect(part).toContain('04 72 10 20 30');
      expect(part).toContain('salutations distinguées');
      // An amount reads as one word: no-break spaces inside it and before the euro sign.
      expect(part).toContain('SAS au capital de 50\u00a0000\u00a0€');
      expect(part).toContain('Parc d’activités des Tanneries, 12 rue des Artisans, 69100 Villeurbanne');
      expect(part).toContain('SIREN 814 526 737');
    }
    // The backup controller is not a second contact.
    expect(text.match(/@greenova\.example/g)).toHaveLength(1);
  });

  it('lists several invoices in a table with their total, and quotes every number as the reference', () => {
    const invoices = [invoice('F2026-0142', 123456, 100000), invoice('F2026-0150', 5000, 5000, '2026-11-20')];
    const { subject, html, text } = renderEmail('reminder-email', data('B2B', invoices));
    expect(subject).toBe(`Rappel de règlement${NBSP}: factures F2026-0142, F2026-0150 — Greenova`);
    expect(html.match(/<tr>\s*<td[^>]*>F2026-01(42|50)<\/td>/g)).toHaveLength(2);
    expect(html).toContain(`1${NBSP}050,00${NBSP}€`);
    expect(html).toContain('20/11/2026');
    expect(text).toContain(`Total restant dû${NBSP}: 1${NBSP}050,00${NBSP}€`);
    expect(text).toContain(`Référence à indiquer${NBSP}: F2026-0142, F2026-0150`);
    expect(text).toContain('des factures suivantes, arrivées à échéance');
  });
});

describe('pre-due e-mail', () => {
  it('reminds the coming due date factually, without any penalty mention', () => {
    for (const type of ['B2B', 'B2C'] as const) {
      const { subject, html, text } = renderEmail('pre-due-email', data(type));
      expect(subject).toBe(`Rappel d’échéance${NBSP}: facture F2026-0142 payable le 23/11/2026 — Greenova`);
      expect(text).toContain(
        `Nous vous rappelons que la facture n° F2026-0142 du 24 octobre 2026, d’un montant restant dû de ${AMOUNT}, arrive à échéance le 23 novembre 2026.`,
      );
      expect(html).toContain('arrive à échéance le 23 novembre 2026');
      for (const part of [html, text]) {
        expect(part).not.toContain('L441-10');
        expect(part).not.toContain('indemnité');
        expect(part).toContain(`IBAN${NBSP}: FR76 3000 4000 0312 3456 7890 143`);
      }
    }
  });
});

describe('escaping', () => {
  it.each<EmailTemplate>(['pre-due-email', 'reminder-email'])(
    '%s: customer data is escaped in the HTML source and kept as is in the text part',
    (template) => {
      const invoices = [invoice('F<script>1</script>', 100, 100)];
      const { subject, html, text } = renderEmail(template, data('B2B', invoices));
      expect(html).toContain('Dupont &amp; Fils &lt;SARL&gt;');
      expect(html).not.toContain('Dupont & Fils <SARL>');
      expect(html).toContain('F&lt;script&gt;1&lt;/script&gt;');
      expect(html).not.toContain('<script>');
      expect(text).toContain('Dupont & Fils <SARL>');
      expect(text).not.toContain('&amp;');
      expect(subject).toContain('F<script>1</script>');
    },
  );

  it('no template prints data unescaped (no triple braces)', () => {
    const files = readdirSync(EMAIL_TEMPLATES_DIR).filter((f) => f.endsWith('.hbs'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files)
      expect(readFileSync(join(EMAIL_TEMPLATES_DIR, file), 'utf8')).not.toContain('{{{');
  });
});

describe('rendering errors', () => {
  it('refuses an e-mail without invoices', () => {
    expect(() => renderEmail('reminder-email', data('B2B', []))).toThrow(/at least one invoice/);
  });

  it('fails rather than print a blank when the data lacks a field', () => {
    const incomplete = data('B2B');
    const { iban: _iban, ...withoutIban } = incomplete.company;
    expect(() =>
      renderEmail('reminder-email', { ...incomplete, company: withoutIban as CompanyIdentity }),
    ).toThrow(/iban/);
  });
});
