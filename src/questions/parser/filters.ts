/**
 * The other filters a question may carry: a step of the ladder (« J+10 », « mise en demeure »), a
 * risk segment (« risque élevé »), a grouping (« par client », « par segment »), and the date an
 * invoice period is about (« émises en octobre » filters by issue date; the due date otherwise).
 */
import type { Channel } from '../../domain/ladder';
import type { RiskSegment } from '../../domain/ledger';
import type { GroupBy } from '../query';
import { exact, is, NUMBER, optional, word, type Slot, type TokenSet } from './patterns';

export interface StepInfo {
  id: string;
  channel: Channel;
}

const compactId = (id: string) => id.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * « rappel(s) », the reminder e-mail — never the verb « rappeler » (« rappelle-moi le solde de X »,
 * « pourriez-vous me rappeler … »), which asks to be told again, or to call back.
 */
const REMINDER_VERB = /^rap+el(?:le|les|lent|ez|er|ons)$/;
const REMINDER = word('rappel', 'rappels');
const reminderNoun: Slot = { test: (t) => REMINDER.test(t) && !REMINDER_VERB.test(t.norm) };

const CHANNEL_WORDS: ReadonlyArray<readonly [Channel, readonly Slot[]]> = [
  ['registered_letter', [word('mise', 'mises'), exact('en'), word('demeure')]],
  [
    'registered_letter',
    [word('lettre', 'lettres', 'courrier', 'courriers'), word('recommandee', 'recommande')],
  ],
  ['registered_letter', [exact('lrar', 'recommande', 'recommandes', 'recommandee', 'recommandees')]],
  [
    'letter',
    [
      word('lettre', 'lettres', 'courrier', 'courriers'),
      optional(exact('de')),
      word('relance'),
      optional(exact('simple', 'simples')),
    ],
  ],
  // « courrier simple », « lettres simples »: the simple letter, not the registered one.
  ['letter', [word('courrier', 'courriers', 'lettre', 'lettres'), word('simple')]],
  // « relances simples envoyées depuis le 1er » (thirty-ninth round): the simple letter too.
  ['letter', [exact('relance', 'relances'), exact('simple', 'simples')]],
  ['email', [exact('e'), word('mail', 'mails'), optional(exact('de')), optional(word('relance'))]],
  [
    'email',
    [
      // « courriel » exactly: a typo away from « courrier », which is a letter.
      exact('email', 'emails', 'courriel', 'courriels', 'mail', 'mails', 'mel', 'mels', 'e-mail'),
      optional(exact('de')),
      optional(word('relance')),
    ],
  ],
  // « qui passe au cabinet ? », « transmissions au cabinet » (not « transmis au cabinet »: litigation).
  [
    'transfer',
    [
      exact(
        'passe',
        'passent',
        'passer',
        'passera',
        'passeront',
        'transmission',
        'transmissions',
        'transmettre',
        'passage',
        'passages',
      ),
      exact('au', 'en'),
      exact('cabinet', 'contentieux'),
    ],
  ],
  // « au stade de la transmission à l’avocat / au cabinet d’avocats »
  [
    'transfer',
    [
      exact('transmission', 'transmissions', 'transmettre', 'passage', 'passages'),
      exact('a', 'au', 'aux'),
      optional(exact('l', 'le', 'les')),
      exact('avocat', 'avocats'),
    ],
  ],
  // « un de mes clients part chez l’avocat cette semaine ? », « les dossiers passés chez l’avocat en octobre ».
  [
    'transfer',
    [
      exact('part', 'partent', 'passe', 'passent', 'passes', 'passee', 'passees'),
      exact('chez'),
      optional(exact('l', 'le', 'les')),
      exact('avocat', 'avocats', 'cabinet'),
    ],
  ],
  ['email', [word('premier'), reminderNoun]],
  ['email', [reminderNoun]],
];

/** A step of the ladder, by its id (« J+10 », « j10 ») or by what it sends (« mise en demeure »). */
export function extractStep(
  tokens: TokenSet,
  steps: readonly StepInfo[],
  preDueId: string | null,
): string | undefined {
  const known = new Map(steps.map((s) => [compactId(s.id), s.id]));
  for (let i = 0; i < tokens.list.length; i++) {
    if (!tokens.isFree(i)) continue;
    const glued = /^j(\d{1,3})$/.exec(tokens.list[i]!.norm);
    const spelled = tokens.matchAt(i, [exact('j'), optional(exact('+')), NUMBER]);
    const digits = glued ? glued[1] : spelled ? tokens.token(spelled.at[2]!)!.norm : null;
    if (digits !== null) {
      // « J-5 » (its « - » is no token): the pre-due reminder, when it is that many days before.
      const preDue = preDueId && !tokens.matchAt(i, [exact('j'), exact('+')]) ? compactId(preDueId) : null;
      const id = known.get(`j${digits}`) ?? (preDue === `j${digits}` ? preDueId! : undefined);
      if (id) {
        tokens.take(spelled ?? { start: i, end: i + 1 });
        // « une prévenance J-5 »: the step's name said with its id is the step's too.
        if (id === preDueId) tokens.take1([word('prevenance', 'prevenances')]);
        return id;
      }
    }
  }
  if (preDueId && tokens.take1([word('prevenance', 'prevenances')])) return preDueId;
  // « encore au stade de la lettre de relance, pas encore en mise en demeure »: a step said with a
  // negation before it (« pas (encore) », « sauf », « hors ») is the step not asked; its words are taken.
  for (const [channel, pattern] of CHANNEL_WORDS) {
    const step = steps.find((s) => s.channel === channel);
    if (!step) continue;
    for (let match = tokens.take1(pattern); match; match = tokens.take1(pattern)) {
      if (!negatedStep(tokens, match.start)) return step.id;
    }
  }
  return undefined;
}

/** Words between a negation and the step it denies: « pas encore au stade de la … », « sauf en … ». */
const BEFORE_STEP = new Set([
  'encore',
  'en',
  'au',
  'a',
  'la',
  'le',
  'l',
  'stade',
  'de',
  'd',
  'du',
  'niveau',
  'etape',
  'une',
  'un',
  'des',
  'les',
]);

function negatedStep(tokens: TokenSet, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && start - k <= 6 && BEFORE_STEP.has(tokens.list[k]!.norm)) k--;
  return /^(?:pas|sauf|hors|excepte|jamais)$/.test(tokens.list[k]?.norm ?? '');
}

const LEVELS: ReadonlyArray<readonly [RiskSegment, Slot]> = [
  ['high', word('eleve', 'elevee', 'eleves', 'fort', 'forte', 'haut', 'important', 'importante')],
  ['moderate', word('modere', 'moderee', 'moyen', 'moyenne', 'intermediaire')],
  ['low', word('faible', 'faibles', 'bas', 'basse')],
];

/** « risque élevé », « segment modéré », « le risque est élevé », « clients à risque » (high), « clients risqués ». */
export function extractRisk(tokens: TokenSet): RiskSegment | undefined {
  for (const [segment, level] of LEVELS) {
    const match =
      tokens.take1([
        word('risque', 'segment', 'profil'),
        optional(exact('de', 'du')),
        optional(word('risque')),
        level,
      ]) ??
      tokens.take1([level, word('risque')]) ??
      // « les clients dont le risque est élevé » (eighteenth round).
      tokens.take1([word('risque'), exact('est'), level]);
    if (match) return segment;
  }
  if (tokens.take1([exact('a'), word('risque')]) ?? tokens.take1([exact('risques', 'risquee', 'risquees')]))
    return 'high';
  return undefined;
}

/** « par client », « par segment (de risque) », « par niveau de risque », « par étape ». */
export function extractGroupBy(tokens: TokenSet): GroupBy | undefined {
  const by = exact('par', 'selon');
  const the = optional(exact('le', 'la', 'les'));
  if (
    tokens.take1([
      by,
      the,
      word('segment', 'segments', 'profil'),
      optional(exact('de')),
      optional(word('risque')),
    ]) ??
    tokens.take1([by, the, word('niveau', 'niveaux'), exact('de'), word('risque')]) ??
    tokens.take1([by, the, word('risque', 'risques')])
  )
    return 'risk';
  if (
    tokens.take1([
      by,
      the,
      word('etape', 'etapes', 'stade', 'niveau'),
      optional(exact('de')),
      optional(word('relance')),
    ])
  )
    return 'step';
  const perCustomer = tokens.find([by, the, word('client', 'clients', 'debiteur', 'debiteurs')]);
  if (perCustomer && !customersActing(tokens, perCustomer)) {
    tokens.take(perCustomer);
    return 'customer';
  }
  return undefined;
}

/**
 * « factures contestées par les clients », « réglées par nos clients »: after a participle of what
 * customers do, « par les clients » (with its article) says who does it — no grouping. « litiges
 * par client », « impayés par client » group.
 */
const CUSTOMERS_DO = /^(?:contest|pay|regl|vers|refus|reclam|signal|bloqu|envoy|retourn)\w*?(?:e|es|ee|ees)$/;

function customersActing(tokens: TokenSet, match: { start: number; at: number[] }): boolean {
  const article = match.at[1] !== undefined && match.at[1] !== -1;
  return article && CUSTOMERS_DO.test(tokens.token(match.start - 1)?.norm ?? '');
}

/** « émises en octobre », « facturées », « par date de facture »: the period is about issue dates. */
export function extractIssueBasis(tokens: TokenSet): boolean {
  return (
    // « facturé en octobre »: the participle, told from the noun « facture » by its accent only.
    tokens.take1([is((t) => /^factur(é|ée|és|ées)$/.test(t.raw.toLowerCase()))]) !== null ||
    tokens.take1([
      exact('emise', 'emises', 'emis', 'facturee', 'facturees', 'datee', 'datees', 'editee', 'editees'),
    ]) !== null ||
    tokens.take1([
      optional(exact('par')),
      optional(exact('la')),
      exact('date'),
      exact('de', 'd'),
      word('facture', 'facturation', 'emission'),
    ]) !== null ||
    tokens.take1([exact('d', 'de', 'a'), word('emission', 'facturation')]) !== null ||
    issuedAfterInvoices(tokens)
  );
}

/** « factures sorties en octobre », « les factures établies en septembre »: issued (twenty-sixth round). */
function issuedAfterInvoices(tokens: TokenSet): boolean {
  const list = tokens.list;
  for (let i = 1; i < list.length; i++) {
    if (!tokens.isFree(i) || !/^(?:sortie|sorties|sortis|etablie|etablies)$/.test(list[i]!.norm)) continue;
    if (!/^(?:facture|factures|fact|fac|fctures)$/.test(list[i - 1]!.norm)) continue;
    tokens.take({ start: i, end: i + 1 });
    return true;
  }
  return false;
}
