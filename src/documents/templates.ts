/**
 * The letter templates (templates/letters/*.hbs): read and compiled once, rendered with
 * Handlebars' HTML escaping ON, then parsed into layout blocks (see markup.ts for why escaping is
 * what keeps data from ever becoming markup).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Handlebars from 'handlebars';
import { TEMPLATES_DIR } from '../config/paths';
import { parseMarkup, type ParsedMarkup } from './markup';

export const LETTER_TEMPLATES = [
  'reminder-letter',
  'formal-notice',
  'litigation-transfer',
  'litigation-dossier',
  'law-firm-mandate',
  'procedure',
  'claim-declaration',
  'penalty-invoice',
] as const;
export type LetterTemplate = (typeof LETTER_TEMPLATES)[number];

export const LETTER_TEMPLATES_DIR = resolve(TEMPLATES_DIR, 'letters');

// An environment of our own: no helper or partial registered elsewhere leaks into the letters.
const handlebars = Handlebars.create();
const compiled = new Map<string, HandlebarsTemplateDelegate>();

function compiledTemplate(name: LetterTemplate, dir: string): HandlebarsTemplateDelegate {
  const path = resolve(dir, `${name}.hbs`);
  let template = compiled.get(path);
  if (!template) {
    // strict: a field missing from the view (a typo in a template) fails loudly instead of
    // printing nothing in a letter sent to a customer.
    template = handlebars.compile(readFileSync(path, 'utf8'), { strict: true, noEscape: false });
    compiled.set(path, template);
  }
  return template;
}

/** Renders a template with its view and parses the result. */
export function renderTemplate(
  name: LetterTemplate,
  view: object,
  dir: string = LETTER_TEMPLATES_DIR,
): ParsedMarkup {
  return parseMarkup(compiledTemplate(name, dir)(view));
}
