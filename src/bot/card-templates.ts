/**
 * Adaptive Cards are templates in cards/ (schema 1.5) expanded with adaptivecards-templating.
 * Templates are read once and cached; expansion is pure.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as ACData from 'adaptivecards-templating';
import { CARDS_DIR } from '../config/paths';
import { inertCard } from './card-text';

/** An Adaptive Card as sent: what teams-ai's `AdaptiveCard` and botbuilder's attachments accept. */
export interface CardJson {
  type: 'AdaptiveCard';
  [field: string]: unknown;
}

const cache = new Map<string, ACData.Template>();

function template(name: string): ACData.Template {
  let t = cache.get(name);
  if (!t) {
    t = new ACData.Template(JSON.parse(readFileSync(resolve(CARDS_DIR, `${name}.json`), 'utf8')) as object);
    cache.set(name, t);
  }
  return t;
}

/**
 * Card hosts render TextBlocks as markdown and drop what looks like an HTML tag: a customer named
 * « Dupont & Fils <SARL> » would show as « Dupont & Fils ». A zero-width space after « < » keeps
 * the text as typed, for every string the data brings (the template's own text is ours).
 */
function keepAngleBrackets(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('<') ? value.replace(/</g, '<\u200b') : value;
  if (Array.isArray(value)) return value.map(keepAngleBrackets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keepAngleBrackets(v)]));
  }
  return value;
}

/**
 * The card, its texts inert (./card-text.ts: no markdown from data, no bidirectional controls, no
 * block longer than 2 000 characters) — before its size is measured against Teams' 28 KB.
 */
export function expandCard(name: string, data: object): CardJson {
  const card = template(name).expand({ $root: keepAngleBrackets(data) }) as { type?: unknown };
  if (card.type !== 'AdaptiveCard') throw new Error(`cards/${name}.json is not an Adaptive Card`);
  return inertCard(card as CardJson);
}

/** Size in bytes of the card as sent (Teams refuses cards over 28 KB). */
export function cardSize(card: CardJson): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

export const MAX_CARD_BYTES = 28 * 1024;
