/**
 * Dates of things to come (issue 16, twelfth round): a day or a month named without its year is
 * the latest one not after today (./dates.ts) — right for what was done (« relances envoyées le
 * 20/11 », « encaissé en décembre »), wrong for what is to come: « actions prévues le 25/11 ? »,
 * asked on 23 November 2026, is 2026-11-25, not 2025-11-25. The question looks ahead when
 * - it asks the day's proposals (planned actions), which are only ever to come;
 * - it asks promises or reminders without a tense, and the date to come is the nearer (`nearerAhead`);
 * - or it says something to come in its own words — « prévu(e)s », « programmé(e)s », « à venir »,
 *   « attendu(e)s », « à échoir », « arrivent à échéance », « tombent le … », « à envoyer »,
 *   « doivent être … », a future (« seront », « vont »), « on relance qui le 25/11 ? » —
 * and says nothing done: « tenues », « non tenues », « reçus », « a été envoyée », « on a relancé »…
 * Then each such date is the next one from today (today included): « le 25/11 » 2026-11-25,
 * « en décembre » 2026-12, « le 15 » (no month) the 15th to come.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { QueryIntent } from '../catalogue';
import type { Period } from '../query';
import { GONE } from './refine';
import type { Token } from './tokens';

/** Words that say, alone, something to come (lower case, no accents). */
const TO_COME = new Set([
  'prevu',
  'prevue',
  'prevus',
  'prevues',
  'programme',
  'programmee',
  'programmes',
  'programmees',
  'planifie',
  'planifiee',
  'planifies',
  'planifiees',
  'attendu',
  'attendue',
  'attendus',
  'attendues',
  'echoir',
  'echoit',
  'echoient',
  'echoira',
  'echoiront',
  'tombe',
  'tombent',
  'tombera',
  'tomberont',
  'sera',
  'seront',
  'partira',
  'partiront',
  'arrivera',
  'arriveront',
  'devrait',
  'devraient',
  'planning',
  'prochain',
  'prochaine',
  'prochains',
  'prochaines',
]);

/**
 * « à envoyer », « à venir », « à échoir », « doivent être relancées », « vont partir » — work and
 * due dates to come. Not « reste à payer », « doit payer »: what is owed is a stock, read at a
 * cut-off past or present (« combien reste à payer X au 31/10 » is 2026-10-31).
 */
const TO_COME_PHRASES =
  /\b(?:a|reste a|restent a) (?:venir|echoir|faire|envoyer|relancer|sortir|expedier|poster|transmettre|preparer|traiter)\b|\b(?:doit|doivent|dois|devons|faut|va|vont|vais|allons) (?:il )?(?:etre )?(?:envoyee?s?|relancee?s?|expediee?s?|transmise?s?|postee?s?|partir|sortir|recevoir|envoyer|relancer|expedier|transmettre|poster|arriver|tomber|echoir|venir)\b|\barrive(?:nt)? a echeance\b|\b(?:on|je|nous|tu|vous) (?:relance|relances|relancons|relancez|envoie|envoies|envoyons|envoyez)\b/;

/** Words that say something done: then the latest past date stays. */
const DONE = new Set([
  'tenu',
  'tenue',
  'tenus',
  'tenues',
  'rompu',
  'rompue',
  'rompues',
  'manque',
  'manquee',
  'manquees',
  'honore',
  'honoree',
  'honorees',
  'respecte',
  'respectee',
  'respectees',
  'recu',
  'recus',
  'recue',
  'recues',
  'encaisse',
  'encaisses',
  'encaissee',
  'encaissees',
  'fait',
  'faites',
  'etait',
  'etaient',
  'devait',
  'devaient',
]);

/** « on a relancé », « ont été envoyées », « a payé »: a compound past. */
const DONE_PHRASE =
  /\b(?:a|ai|as|avons|avez|ont|ete|avait|avaient) (?:(?:pas|deja|bien|encore|t on|on|nous) )*(?:relance|envoye|expedie|adresse|poste|transmis|paye|regle|encaisse|verse|recu|fait|signifie|notifie|tenu)(?:e|s|es)?\b/;

/** Intents that only ever look back: what was received, lost, done. */
const ONLY_PAST = new Set<QueryIntent>(['collected', 'written_off', 'late_rate', 'dso', 'trend']);

/** Whether the question's dates are things to come (see the module's comment). */
export function looksAhead(intent: QueryIntent | null, tokens: readonly Token[]): boolean {
  if (intent === null || ONLY_PAST.has(intent)) return false;
  const norms = tokens.filter((t) => t.kind === 'word').map((t) => t.norm);
  const words = ` ${norms.join(' ')} `;
  const done =
    norms.some((w) => DONE.has(w)) ||
    DONE_PHRASE.test(words) ||
    // « les dossiers passés chez l’avocat en octobre »: files gone are done — unless to be (« seront transmis »).
    norms.some((w, i) => GONE.has(w) && !/^(?:sera|seront|etre)$/.test(norms[i - 1] ?? ''));
  if (done) return false;
  // The day's proposals are to come unless said done; promises said bare are the nearest (`nearerAhead`).
  if (intent === 'planned_actions') return true;
  return norms.some((w) => TO_COME.has(w)) || TO_COME_PHRASES.test(words);
}

/**
 * « les relances du 25/11 », asked on 23 November: reminders said with neither a tense nor a word
 * of what is done or to come are the day nearest to today — the 25th to come (its proposals), not a
 * year back; « les relances du 20/11 » the 20th just gone (the journal). Promises said so too:
 * « promesses du 26/11 » the 26th to come, « promesses d'octobre » the October just gone,
 * « promesses de décembre » the December to come.
 */
export function nearerAhead(
  clues: { intent: QueryIntent | null; phrase: string | null; tokens: readonly Token[]; today: CalendarDate },
  read: Period | undefined,
  ahead: Period | undefined,
): boolean {
  if (!read || !ahead || read === ahead) return false;
  const bareReminders =
    clues.intent === 'journal_activity' && (clues.phrase === 'relance' || clues.phrase === 'relances');
  if (!bareReminders && clues.intent !== 'promises') return false;
  const norms = clues.tokens.filter((t) => t.kind === 'word').map((t) => t.norm);
  if (norms.some((w) => DONE.has(w)) || DONE_PHRASE.test(` ${norms.join(' ')} `)) return false;
  if (
    norms.some((w) =>
      /^(?:envoye|expedie|adresse|poste|transmis|fait|faite|effectue|realise|mene)e?s?$/.test(w),
    )
  )
    return false;
  const days = (a: CalendarDate, b: CalendarDate) => Math.abs(Date.parse(a) - Date.parse(b));
  return days(ahead.from, clues.today) < days(clues.today, read.to);
}
