/**
 * A question written as a support ticket (issue 16, seventeenth round): key–value lines (« Objet :
 * impayés octobre / Demande : liste / Priorité : haute », « Contexte : point mensuel / Besoin : … »),
 * a request's number (« Ticket #88 », « REQ-0458 », « n°212 », « ticket 4417 ») and its closing
 * (« Merci de traiter »). What is asked is in the values:
 *
 * - a field's label (« Objet », « Besoin », « Demande », « Contexte », « Périmètre », « Client »…) and
 *   the separator before it (« / », « | », « — ») are blanked, never read as a customer's name;
 * - a priority or a status with its value (« Priorité : haute », « Statut : nouveau ») asks nothing
 *   (« haute » is no risk);
 * - a request's number is never a figure, a customer or a top N;
 * - a request's generic value (« Demande : consultation », « Demande : l'afficher ») asks nothing more
 *   than the other fields;
 * - the context given before what is needed (« Contexte : appel entrant du client. Besoin : … ») is
 *   blanked when another field follows it and it names no customer.
 *
 * Blanked like ./forwarded.ts (replaced by spaces, every other word in its place).
 */
import { AP, B, E, W } from './regex-fragments';

const LABEL = `(?:objet|sujet|besoin|demande|requ${E}te|question|contexte|p${E}rim${E}tre|clients?|description|d${E}tails?|cat${E}gorie|demandeur|ticket)`;
const STATUS = `(?:priorit${E}|urgence|statut|status|s${E}v${E}rit${E})`;
const STATUS_VALUE = `(?:tr${E}s\\s+)?(?:haute|basse|normale|moyenne|urgente?|critique|${E}lev${E}e|faible|forte|bloquante|p[0-4]|[0-4]|nouveau|nouvelle|ouvert|en\\s+attente|${'[aà]'}\\s+traiter)`;
/** Where a field opens: the start, a new line, or a separator. */
const OPENS = `(?:^|(?<=\\n)|[/|—–·;.]|\\s-)`;

const STATUS_FIELD = new RegExp(`${OPENS}\\s*${STATUS}\\s*:\\s*${STATUS_VALUE}${B}\\s*[.!]*`, 'giu');
const FIELD = new RegExp(`${OPENS}\\s*${LABEL}\\s*:`, 'giu');
const GENERIC = new RegExp(
  `${W}(?:demande|besoin)\\s*:\\s*(?:consultation|l${AP}afficher|affichage|afficher|traitement|pour\\s+info|info|${'[aà]'}\\s+traiter)(?=\\s*(?:$|\\n|[/|—–·;.!]))`,
  'giu',
);
const CONTEXT = new RegExp(
  `${W}contexte\\s*:([^\\n/|—–·;?]*?)(?=(?:[/|—–·;.]|\\n)\\s*(?:${LABEL}|${STATUS})\\s*:)`,
  'giu',
);
const NUMBER = new RegExp(
  `#\\s?\\d+|${W}(?:req|inc|sr|tk|tkt)[-_ ]?\\d+${B}|${W}ticket\\s*(?:n[°o]\\.?\\s*|#\\s*)?\\d+${B}|${W}(?:demande|requ${E}te|incident)\\s*(?:n[°o]\\.?|#)\\s*\\d+${B}|(?:^|(?<=\\n))\\s*n°\\s*\\d+${B}`,
  'giu',
);
const CLOSING = new RegExp(
  `${W}merci\\s+de\\s+(?:traiter|prendre\\s+en\\s+charge)(?:\\s+(?:rapidement|vite|en\\s+priorit${E}|svp|stp|s${AP}il\\s+vous\\s+pla${'[iî]'}t))*\\s*[.!]*`,
  'giu',
);
/** Whether the text may be a ticket (cheap test before the rewriting). */
const MAYBE = /:|#|\d|merci/iu;

/** The ticket's fields, numbers and closing blanked out; what is asked left in place. */
export function withoutTicketFields(text: string, isNameWord: (norm: string) => boolean): string {
  if (!MAYBE.test(text)) return text;
  const spaces = (m: string) => m.replace(/[^\n]/gu, ' ');
  let out = text.replace(NUMBER, spaces);
  out = out.replace(CONTEXT, (m: string, value: string) =>
    value
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .split(/[^\p{L}\p{N}]+/u)
      .some((w) => w !== '' && isNameWord(w))
      ? m
      : spaces(m),
  );
  out = out
    .replace(GENERIC, spaces)
    .replace(STATUS_FIELD, spaces)
    .replace(FIELD, spaces)
    .replace(CLOSING, spaces);
  return out === text ? text : out.replace(/[ \t]{2,}/gu, ' ');
}
