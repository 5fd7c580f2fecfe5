/**
 * The intent once the question's other parts are known, where they change what is asked: « quels
 * mails de relance demain ? » reads like the journal (« relance ») but a day to come has nothing
 * journaled yet — it asks for the day's proposals; so does « quelles relances aujourd’hui ? », which
 * says nothing of what was done. And a file handed to the law firm in a period is an event of the
 * journal (« dossiers transmis à Aptos en octobre »), not the list of what is at the firm today.
 */
import type { CalendarDate } from '../../domain/calendar-date';
import type { QueryIntent } from '../catalogue';
import type { Period } from '../query';
import type { Token } from './tokens';

export interface Clues {
  /** The winning intent's heaviest phrase. */
  phrase: string | null;
  period: Period | undefined;
  today: CalendarDate;
  step: string | undefined;
  words: readonly Token[];
  /** The ladder's step that hands a file to the law firm (Greenova's J+30). */
  transferStep: string | undefined;
  /** The configured firm's own words (« aptos »): the firm named, like « avocat » or « cabinet ». */
  firmWords?: readonly string[];
}

/**
 * The law firm as a destination: « chez l’avocat », « au cabinet », « chez Aptos »; the bailiff too
 * (« chez l’huissier », « chez le commissaire de justice »: litigation in other words).
 */
const FIRM = new Set(['avocat', 'avocats', 'cabinet', 'contentieux', 'huissier', 'huissiers', 'justice']);
/** Going there, now or to come: « qui passe », « qui doit partir », « partent », « vont passer ». */
const GOING = new Set([
  'passe',
  'passent',
  'passer',
  'passera',
  'passeront',
  'part',
  'partent',
  'partir',
  'partira',
  'partiront',
  'transmettre',
  'envoyer',
  // « kon envoie qui chez Aptos demain ? », « on transmet qui au cabinet ? ».
  'envoie',
  'envoient',
  'envoyons',
  'transmet',
  'transmettent',
  'transmettons',
  // « quels clients basculent au cabinet aujourd’hui ? », « qui bascule au contentieux ? ».
  'bascule',
  'basculent',
  'basculer',
  'basculera',
  'basculeront',
]);
/**
 * « qui doit être transmis au cabinet aujourd’hui ? », « ce qui va être envoyé à l’avocat demain »,
 * « seront transmis »: a participle after « être » with a modal or a future is to come, not done.
 */
const TO_BE_DONE = new Set([
  'doit',
  'doivent',
  'va',
  'vont',
  'devra',
  'devront',
  'devrait',
  'devraient',
  'faut',
]);
function toBeDone(words: readonly string[], i: number): boolean {
  const before = words[i - 1] ?? '';
  if (before === 'sera' || before === 'seront') return true;
  return before === 'etre' && TO_BE_DONE.has(words[i - 2] ?? '');
}
/** What follows the verb « part »: where or when (« part chez Aptos », « part demain »), or nothing. */
const GOES_TO =
  /^(?:|\?|chez|au|aux|a|en|demain|aujourd|aujourdhui|auj|ce|cette|quand|lundi|mardi|mercredi|jeudi|vendredi)$/;
/** Gone there: « partis », « envoyés », « transmis » (handed over). */
// « dossiers passés chez l’avocat en 2025 »: the plural participles of « passer » are gone too (« passe »
// alone may be the present, « qui passe chez Aptos demain ? »).
export const GONE = new Set([
  'parti',
  'partie',
  'partis',
  'parties',
  'envoye',
  'envoyes',
  'envoyee',
  'envoyees',
  'passes',
  'passees',
  'transmis',
]);
/** A verb after these is a past tense (« est passé », « sont partis »), not one to come. */
const AUXILIARIES = new Set(['est', 'sont', 'a', 'ont', 'ete', 'etait', 'etaient', 'deja']);
const INVERTED_SUBJECT = new Set(['il', 'elle', 'ils', 'elles', 'on']);
/**
 * Whether the verb at `i` follows an auxiliary: « est passé », or inverted with its subject (« le CH
 * de Villefranche est-il passé au contentieux ? », « a-t-il été transmis » — fortieth round).
 */
function afterAuxiliary(words: readonly string[], i: number): boolean {
  if (AUXILIARIES.has(words[i - 1] ?? '')) return true;
  if (!INVERTED_SUBJECT.has(words[i - 1] ?? '')) return false;
  const before = words[i - 2] === 't' ? words[i - 3] : words[i - 2];
  return AUXILIARIES.has(before ?? '');
}

/**
 * « qui passe chez Aptos demain ? », « qui doit partir chez l’avocat aujourd’hui ? »: files going to
 * the firm today, on a day to come, or with no day said are the day's proposals at the transfer
 * step; « dossiers envoyés au cabinet ce mois » (gone, in a period) the journal at that step;
 * « quels clients sont partis chez l’avocat ? » (gone, no period) what is at the firm.
 */
function towardsTheFirm(
  intent: QueryIntent | null,
  clues: Clues,
): { intent: QueryIntent | null; step: string | undefined } | null {
  if (intent !== 'litigation' && intent !== 'journal_activity' && intent !== 'planned_actions') return null;
  const words = clues.words.map((w) => w.norm);
  const firm = new Set([...FIRM, ...(clues.firmWords ?? [])]);
  if (!words.some((w) => firm.has(w))) return null;
  const { period, today } = clues;
  const going = words.some(
    (w, i) =>
      (GOING.has(w) &&
        !afterAuxiliary(words, i) &&
        // « la part de … » is no verb, nor « Part-Dieu » (a place): « part » is the verb before
        // where or when it goes, or at the end.
        !(
          w === 'part' &&
          (['la', 'quelle', 'une', 'de'].includes(words[i - 1] ?? '') || !GOES_TO.test(words[i + 1] ?? ''))
        )) ||
      ((GONE.has(w) || HANDED_OVER.has(w)) && toBeDone(words, i)),
  );
  // Today, a day to come, or a period still running (« cette semaine »).
  const toCome = !period || period.to >= today;
  if (going && toCome && intent !== 'journal_activity')
    return { intent: 'planned_actions', step: clues.transferStep ?? clues.step };
  const gone = words.some(
    (w, i) =>
      ((GONE.has(w) || HANDED_OVER.has(w)) && !toBeDone(words, i)) ||
      (GOING.has(w) && afterAuxiliary(words, i)),
  );
  // « dossiers passés chez l’avocat depuis le 1er septembre », « … ce mois-ci »: gone, over a span begun
  // before today, is what was done even when « passés » read the proposals' « passe chez avocat »
  // (issue 16, twentieth round); today alone or days to come stay the proposals.
  if (gone && period && (intent !== 'planned_actions' || period.to < today || period.from < today))
    return { intent: 'journal_activity', step: clues.transferStep ?? clues.step };
  // « les dossiers passés chez l’avocat », « les clients partis chez Aptos »: gone, with no period and
  // nothing going, is what is at the firm — when only « passés » read the proposals' « passe chez
  // avocat » (issue 16, twenty-third round; « actions prévues … transmission au cabinet » stay the proposals).
  // « transmissions cabinet vendredi »: the transfers of a weekday said alone are that day's
  // proposals (the day itself is read after: ./day-work.ts), never the firm's list.
  if (
    !period &&
    intent === 'litigation' &&
    words.some((w) => w === 'transmission' || w === 'transmissions') &&
    words.some(
      (w, i) => WEEKDAY_WORDS.has(w) && !/^(?:dernier|derniere|passe|passee)$/.test(words[i + 1] ?? ''),
    )
  )
    return { intent: 'planned_actions', step: clues.transferStep ?? clues.step };
  const readAsGoing = /^(?:passe|part|partent) chez /.test(clues.phrase ?? '');
  if (
    gone &&
    !period &&
    (intent === 'journal_activity' || (intent === 'planned_actions' && !going && readAsGoing))
  )
    // What is at the firm is all at the transfer step: that step, read from « passés chez », says nothing more.
    return { intent: 'litigation', step: clues.step === clues.transferStep ? undefined : clues.step };
  return null;
}

/** « l’affaire / le dossier … chez l’avocat », never with a verb of going there. */
function caseAtTheLawyer(words: readonly Token[]): boolean {
  const said = ` ${words.map((w) => w.norm).join(' ')} `;
  return (
    /\b(?:affaire|affaires|dossier|dossiers|procedure)\b/.test(said) &&
    /\bchez (?:l |le |les )?(?:avocat|avocats|huissier|huissiers)\b/.test(said) &&
    !/\b(?:finir|finissent|finisse|finit|finira|partir|part|partent|parte|aller|aille|aillent|va|vont|ira|passer|passe|passent|atterrir|atterrisse|terminer|termine|envoyer)\b/.test(
      said,
    )
  );
}

const WEEKDAY_WORDS = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);

/** « transmis », « transmissions »: a file handed over, an event of the journal when dated. */
const HANDED_OVER = new Set([
  'transmis',
  'transmise',
  'transmises',
  'transmission',
  'transmissions',
  'transfere',
  'transferes',
  'transferee',
  'transferees',
  // « dossiers confiés au cabinet ce mois ».
  'confie',
  'confies',
  'confiee',
  'confiees',
]);

const SENDING = /relance|envoy|parti|poste/;

/** « le plus gros », « les plus importants », « la plus élevée »: a superlative ranks. */
const SUPERLATIVE =
  / (?:le|la|les) plus (?:de |d |gros|grosse|grosses|importants?|importantes?|eleves?|elevees?|forts?|fortes?|grands?|grandes?|lourds?|lourdes?)\b/;
const CUSTOMERS_WORD = / (?:clients?|debiteurs?|payeurs?|comptes?) /;
/** « les factures de mes clients en retard »: the invoices are what is listed, the customers their complement. */
const INVOICES_OF_CUSTOMERS = / factures? (?:de|des|d) (?:mes |nos |ces |les )?clients? /;

/**
 * Customers or invoices: « les 10 clients présentant les retards les plus importants », « les
 * trois clients qui ont le plus gros montant de retard » rank customers (a superlative with
 * customers); « les factures de mes clients en retard de plus de 45 jours » lists invoices (no
 * superlative, the customers a complement of the invoices).
 */
/**
 * « Classez-moi les clients selon le montant en retard », « trie-nous les débiteurs », « les clients
 * classés par montant d’impayés », « les clients du pire au meilleur »: a verb of ranking whose object is the customers, or an order from worst to
 * best, ranks them (the order of invoices — « trie les factures par retard » — stays their list).
 */
const RANKING_CUSTOMERS =
  / (?:classe|classes|classez|classer|trie|tries|triez|trier|range|ranges|rangez|ranger|ordonne|ordonnez|ordonner)(?: moi| nous)? (?:les |mes |nos |tous les |toutes les )?(?:clients?|debiteurs?|payeurs?|comptes? clients?) | (?:clients|debiteurs|payeurs) (?:classes|tries|ranges|ordonnes) par (?!clients? )/;
const WORST_TO_BEST =
  / du (?:pire|plus mauvais|plus gros|plus grand|plus eleve) au (?:meilleur|moins mauvais|plus petit|moins gros|plus faible|moins eleve) | par ordre decroissant /;

function customersOrInvoices(intent: QueryIntent | null, words: readonly Token[]): QueryIntent | null {
  const text = ` ${words.map((w) => w.norm).join(' ')} `;
  if (
    (intent === null || intent === 'unpaid_invoices' || intent === 'customer_balance') &&
    (RANKING_CUSTOMERS.test(text) || (CUSTOMERS_WORD.test(text) && WORST_TO_BEST.test(text)))
  )
    return 'top_late_payers';
  // The head noun comes first: « les clients qui ont le plus de factures en retard » ranks customers.
  const invoicesFirst = / factures? /.test(text) && text.search(/ factures? /) < text.search(CUSTOMERS_WORD);
  // « les 10 clients présentant le solde échu le plus élevé »: customers' balances ranked.
  const ranked = intent === 'unpaid_invoices' || (intent === 'customer_balance' && / clients /.test(text));
  if (ranked && CUSTOMERS_WORD.test(text) && SUPERLATIVE.test(text) && !invoicesFirst)
    return 'top_late_payers';
  // « top 5 clients en retard », « top 5 customers with the most overdue »: a top of customers.
  if (intent === 'unpaid_invoices' && / top (?:\d+ )?(?:clients|debiteurs) /.test(text))
    return 'top_late_payers';
  if (
    intent === 'top_late_payers' &&
    INVOICES_OF_CUSTOMERS.test(text) &&
    !SUPERLATIVE.test(text) &&
    !/ (?:top|classement|pires?|mauvais) /.test(text)
  )
    return 'unpaid_invoices';
  // « les impayés classés par client », « factures triées par client »: invoices grouped by
  // customer (a participle after the invoices), not customers ranked.
  if (
    intent === 'top_late_payers' &&
    SORTED_BY_CUSTOMER.test(text) &&
    !SUPERLATIVE.test(text) &&
    !WORST_TO_BEST.test(text) &&
    !/ (?:top|classement|pires?|mauvais) /.test(text)
  )
    return 'unpaid_invoices';
  return intent;
}

const SORTED_BY_CUSTOMER =
  / (?:impayes|impayees|factures|creances|retards) (?:\S+ ){0,6}?(?:classes|classees|tries|triees|ranges|rangees|ordonnes|ordonnees) par clients? /;

/** A customer's state asked: « où en est », « ça en est où », « où en sommes-nous ». */
/** « où en sont les impayés », « où en est le retard », « où en sont nos factures impayées »: invoices as the subject. */
const INVOICES_STAND =
  / ou en (?:sont|est) (?:les |le |nos |mes |ces |vos )?(?:impayes|impayees|impaye|retards|retard|factures? (?:impayees?|en retard|echues?|non payees?|non reglees?)) /;

const STATUS = new Set([
  'ou en est',
  'en est ou',
  'en sont ou',
  'ou en sont',
  'ou en sommes',
  'en sommes ou',
  'on en est',
]);

/**
 * « les plus gros », « les gros », « les pires », « c’est qui les plus gros ? »: a superlative standing
 * alone, with nothing else asked, ranks the late payers (what a controller calls « les gros »).
 */
const STANDING_SUPERLATIVE =
  /^ (?:(?:c est|c|ce sont|qui sont|qui est) (?:qui )?|qui )?(?:les|nos|mes) (?:plus )?(?:gros|grosses|pires|plus mauvais)(?: (?:en ce moment|actuellement|maintenant|du moment|a l heure actuelle|aujourd hui|ce mois ci|cette semaine))? $/;

/**
 * The customer as subject: « il a (rien) reçu », « ils n’ont pas reçu », « le client dit qu’elle a
 * reçu », typed without its apostrophe (« quelle a rien reçu », « quil a »).
 */
const THIRD_PERSON = new Set(['il', 'elle', 'ils', 'elles', 'quil', 'quils', 'quelle', 'quelles']);
/** « rien reçu », « jamais reçu », « pas reçu »: a reception denied. */
const DENIED = new Set(['rien', 'jamais', 'pas', 'aucun', 'aucune', 'n']);
/** « a reçu », « n’ont rien reçu », « affirme n’avoir jamais rien reçu ». */
const HAVE = new Set(['a', 'ont', 'avoir', 'avait', 'avaient', 'aurait', 'auraient']);
/** Words of what Relances sends. */
const SENT = /^(?:envoy|envoi|relanc|courrier|lettre|mail|rappel|expedi|recommand|adresse)/;

/**
 * « le client dit qu’il a rien reçu, on lui a envoyé quoi la semaine dernière ? »: what the customer
 * received is our mail, not money received (issue 16, seventh round: a receptionist relays a
 * caller) — with a word of sending, the journal; so is a reception denied (« n’avoir jamais rien
 * reçu : qu’est-ce qu’on lui a adressé ? », eighth round).
 */
function customerReceived(intent: QueryIntent | null, words: readonly Token[]): boolean {
  if (intent !== 'collected') return false;
  const norms = words.map((w) => w.norm);
  // « qui a reçu une mise en demeure hier ? »: what was received — the object right after « reçu » —
  // is one of our letters.
  const ourLetter = norms.some((w, i) => {
    if (!/^recue?s?$/.test(w)) return false;
    let j = i + 1;
    while (/^(?:un|une|des|le|la|les|l|notre|nos|leur|leurs|d|de|du)$/.test(norms[j] ?? '')) j++;
    return SENT.test(norms[j] ?? '') || norms[j] === 'mise';
  });
  if (ourLetter) return true;
  const received = norms.some((w, i) => {
    if (!/^recue?s?$/.test(w)) return false;
    // « il n’a jamais rien reçu »: the subject may stand five words before.
    const before = norms.slice(Math.max(0, i - 6), i);
    // « they never received anything »: English denies without an auxiliary.
    if (before.includes('never')) return true;
    return before.some((b) => THIRD_PERSON.has(b) || DENIED.has(b)) && before.some((b) => HAVE.has(b));
  });
  return received && norms.some((w) => SENT.test(w));
}

export function refineIntent(
  intent: QueryIntent | null,
  clues: Clues,
): { intent: QueryIntent | null; step: string | undefined } {
  const { phrase, period, today, step } = clues;
  intent = customersOrInvoices(intent, clues.words);
  if (customerReceived(intent, clues.words)) intent = 'journal_activity';
  if (
    intent === null &&
    STANDING_SUPERLATIVE.test(` ${clues.words.map((w) => w.norm).join(' ')} `.replace(/ \? /g, ' '))
  )
    return { intent: 'top_late_payers', step };
  // « elle avait promis de payer, ça en est où ? »: the state of a promise is the promises'.
  if (
    intent === 'customer_balance' &&
    STATUS.has(phrase ?? '') &&
    clues.words.some((w) =>
      /^(?:promis|promise|promises|promesses?|promet|promettent|engagee?s?)$/.test(w.norm),
    )
  )
    return { intent: 'promises', step };
  // « où en sont les impayés de Martin ? »: the invoices are what stands somewhere, the customer their
  // complement — the unpaid invoices (issue 16, twentieth round). « X, ils en sont où avec leurs
  // factures ? » (the customer the subject) stays its balance.
  if (
    intent === 'customer_balance' &&
    STATUS.has(phrase ?? '') &&
    INVOICES_STAND.test(` ${clues.words.map((w) => w.norm).join(' ')} `)
  )
    return { intent: 'unpaid_invoices', step };
  // « où en est l’affaire de la SGH chez l’avocat ? »: the state of a case at the lawyer's is the
  // firm's list for it — a fear of going there (« faudrait pas qu’ils finissent chez l’avocat ») stays
  // the customer's balance.
  if (intent === 'customer_balance' && STATUS.has(phrase ?? '') && caseAtTheLawyer(clues.words))
    return { intent: 'litigation', step };
  const firm = towardsTheFirm(intent, clues);
  if (firm) return firm;
  // « quels impayés en sont au stade de la transmission au cabinet ? »: invoices at the ladder's
  // transfer step, as « au stade de la mise en demeure » is at its step — not the firm's list.
  if (
    intent === 'litigation' &&
    step !== undefined &&
    step === clues.transferStep &&
    clues.words.some((w) => w.norm === 'stade' || w.norm === 'etape') &&
    clues.words.some((w) => /^(?:impayes?|impayees?|factures?|creances?)$/.test(w.norm))
  )
    return { intent: 'unpaid_invoices', step };
  // « quelles factures de la SGH sont au stade de la lettre de relance ? »: invoices at a step, no
  // period — what stands there, not the letters sent (thirty-ninth round).
  if (
    intent === 'journal_activity' &&
    step !== undefined &&
    !period &&
    clues.words.some((w) => w.norm === 'stade' || w.norm === 'etape') &&
    clues.words.some((w) => /^(?:impayes?|impayees?|factures?|creances?)$/.test(w.norm))
  )
    return { intent: 'unpaid_invoices', step };
  // « X c’est passé au contentieux ? »: what is at the firm is all at the transfer step — the step
  // read from « passé au contentieux » says nothing more.
  if (intent === 'litigation' && !period && step !== undefined && step === clues.transferStep)
    return { intent, step: undefined };
  // « dossiers transmis à Aptos en octobre », « transmissions au cabinet faites ce trimestre »:
  // what was handed over in a period is the journal's, at the transfer step.
  if (intent === 'litigation' && period && clues.transferStep) {
    const handedOver = step === clues.transferStep || clues.words.some((w) => HANDED_OVER.has(w.norm));
    if (handedOver) return { intent: 'journal_activity', step: clues.transferStep };
  }
  if (intent !== 'journal_activity' || !period) return { intent, step };
  // A day to come, when the question is about sending (« quels mails de relance demain ? »), not
  // about anything done (« quel temps fait-il demain ? », « il fait beau demain ? »): nothing has
  // been done on days to come, so without sending it is no question of the journal.
  if (period.from > today) {
    if (period.from === period.to && (step !== undefined || SENDING.test(phrase ?? '')))
      return { intent: 'planned_actions', step };
    if (step === undefined && !SENDING.test(phrase ?? '')) return { intent: null, step };
    return { intent, step };
  }
  if (period.from !== period.to) return { intent, step };
  // « quelles relances par mail aujourd’hui ? »: no word of what was done, the day's proposals.
  if (period.from === today && (phrase === 'relances' || phrase === 'relance'))
    return { intent: 'planned_actions', step };
  return { intent, step };
}
