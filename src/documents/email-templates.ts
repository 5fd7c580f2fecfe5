/**
 * The reminder e-mails, rendered from the Handlebars templates of `templates/email/`: a subject,
 * an HTML part and its plain-text equivalent. The wording lives in the templates (French); this
 * module only prepares the figures and compiles each template once.
 *
 * Escaping stays on for the HTML part: a customer's name is data, and `Dupont & Fils <SARL>` must
 * reach the HTML as `Dupont &amp; Fils &lt;SARL&gt;`. The subject and the text part are not HTML
 * and are compiled without escaping, so the same name reads as is there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { TEMPLATES_DIR } from '../config/paths';
import {
  formatDateLongFr,
  formatDateShortFr,
  isCalendarDate,
  type CalendarDate,
} from '../domain/calendar-date';
import type { EmailData, EmailTemplate, RenderedEmail } from '../application/ports';
import type { ActionInvoice } from '../domain/daily-plan';
import { RECOVERY_INDEMNITY } from '../domain/late-penalties';
import { cents, formatEuros } from '../domain/money';
import { frenchTypography } from '../i18n/typography';

export const EMAIL_TEMPLATES_DIR = join(TEMPLATES_DIR, 'email');

type Part = 'subject' | 'html' | 'text';
type Compiled = Handlebars.TemplateDelegate<EmailView>;

/** What the templates see: the data plus what is easier computed once than written in a template. */
interface EmailView extends EmailData {
  subject: string;
  isB2B: boolean;
  /** A public buyer: moratory interest and 40 € of right (Code de la commande publique). */
  isPublic: boolean;
  /** One invoice: the sentences name it; several: they refer to the table. */
  single: boolean;
  invoice: ActionInvoice;
  /** The invoice numbers, to quote as the transfer's reference. */
  references: string;
  companyAddress: string;
  companySiren: string;
  /** « 40 € », from the D441-5 amount (whole euros, as the law writes it). */
  indemnity: string;
}

/** Helpers are strict: a wrong type in the data fails the rendering instead of printing garbage. */
function createHandlebars(): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper('euros', (value: unknown) => {
    if (typeof value !== 'number')
      throw new TypeError(`euros: amount in cents expected, got ${String(value)}`);
    return formatEuros(cents(value));
  });
  hb.registerHelper('dateLong', (value: unknown) => formatDateLongFr(asDate(value, 'dateLong')));
  hb.registerHelper('dateShort', (value: unknown) => formatDateShortFr(asDate(value, 'dateShort')));
  return hb;
}

function asDate(value: unknown, helper: string): CalendarDate {
  if (!isCalendarDate(value)) throw new TypeError(`${helper}: calendar date expected, got ${String(value)}`);
  return value;
}

/** HTML is escaped; the subject and the text part are plain text and are not. */
const compileOptions = (part: Part | 'partial-html' | 'partial-text') => ({
  strict: true,
  noEscape: part !== 'html' && part !== 'partial-html',
});

let engine: { hb: typeof Handlebars; templates: Map<string, Compiled> } | null = null;

/** Reads and compiles the partials once (`_name.html.hbs` → partial `name-html`). */
function getEngine(): { hb: typeof Handlebars; templates: Map<string, Compiled> } {
  if (engine) return engine;
  const hb = createHandlebars();
  for (const file of readdirSync(EMAIL_TEMPLATES_DIR)) {
    const match = /^_(.+)\.(html|text)\.hbs$/.exec(file);
    if (!match) continue;
    const source = readFileSync(join(EMAIL_TEMPLATES_DIR, file), 'utf8');
    hb.registerPartial(
      `${match[1]}-${match[2]}`,
      hb.compile(source, compileOptions(`partial-${match[2] as 'html' | 'text'}`)),
    );
  }
  engine = { hb, templates: new Map() };
  return engine;
}

function template(name: EmailTemplate, part: Part): Compiled {
  const { hb, templates } = getEngine();
  const key = `${name}.${part}`;
  let compiled = templates.get(key);
  if (!compiled) {
    const source = readFileSync(join(EMAIL_TEMPLATES_DIR, `${key}.hbs`), 'utf8');
    compiled = hb.compile<EmailView>(source, compileOptions(part));
    templates.set(key, compiled);
  }
  return compiled;
}

function viewOf(data: EmailData): Omit<EmailView, 'subject'> {
  const first = data.invoices[0];
  if (!first) throw new Error('renderEmail: an e-mail needs at least one invoice');
  const { address } = data.company;
  return {
    ...data,
    isB2B: data.customer.type === 'B2B',
    isPublic: data.customer.type === 'PUBLIC',
    single: data.invoices.length === 1,
    invoice: first,
    references: data.invoices.map((i) => i.number).join(', '),
    companyAddress: [...address.lines, `${address.postalCode} ${address.city}`].join(', '),
    companySiren: data.company.siren.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3'),
    indemnity: `${RECOVERY_INDEMNITY / 100}\u00a0€`,
    invoiceCopies: data.invoiceCopies ?? { attached: null, onRequest: null },
  };
}

/** Blank lines left by conditional blocks are squeezed; the text part keeps paragraphs. */
function tidyText(text: string): string {
  return (
    text
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

export function renderEmail(name: EmailTemplate, data: EmailData): RenderedEmail {
  const base = viewOf(data);
  // A subject is one line: the template may wrap for readability.
  const subject = template(
    name,
    'subject',
  )({ ...base, subject: '' })
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
  const view: EmailView = { ...base, subject };
  return {
    subject: frenchTypography(subject),
    // French typography on the text between tags only (never inside a tag or an attribute).
    html: template(
      name,
      'html',
    )(view).replace(/>([^<]+)</g, (_, text: string) => `>${frenchTypography(text)}<`),
    text: frenchTypography(tidyText(template(name, 'text')(view))),
  };
}
