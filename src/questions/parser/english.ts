/**
 * Questions asked in English (« show me overdue invoices above 60 days », « who owes us the
 * most? », « what's our DSO? »): when a question reads as English, its words are rewritten into
 * the French the parser reads — intents, amounts, days late, dates — so that one parser, one set of
 * intents and one evaluation serve both languages. The answer stays in French (the product has one
 * language for its texts).
 *
 * A question reads as English when it has a word that only English has (« the », « overdue »,
 * « owes »…): the French words that English shares (« on », « me », « plus ») are rewritten only then.
 */
import { applyRewrites, rewriteRules, wordToken } from './rewrite';
import type { Token } from './tokens';

/** Words that say the question is in English (none of them is a French word). */
const MARKERS = new Set(
  `the what whats who how show overdue unpaid outstanding invoices invoice owe owes owed owing payers
  late days this last month week today yesterday tomorrow since above over below under much many does
  did do we our us can could should would ask collected collect aged aging ageing customers customer
  than with from by of and is are was were which list give tell biggest largest worst amount
  amounts received paid pending promises disputes disputed written bad debts debt
  january february march april may june july august september october november december quarter year
  ratio rate share sent done planned due reminders reminder letters letter registered notices notice
  any all there please get me payment payments plans plan progress open broken send lawyer lawyers
  firm debtors debtor people companies account step steps emails reminders overdues receivable`
    .split(/\s+/)
    .filter(Boolean),
);
/** Markers that French also writes: alone they do not make a question English. */
const SHARED = new Set(['me', 'ratio', 'list', 'total']);

const MONTHS: Readonly<Record<string, string>> = {
  january: 'janvier',
  jan: 'janvier',
  february: 'fevrier',
  feb: 'fevrier',
  march: 'mars',
  mar: 'mars',
  april: 'avril',
  apr: 'avril',
  may: 'mai',
  june: 'juin',
  jun: 'juin',
  july: 'juillet',
  jul: 'juillet',
  august: 'aout',
  aug: 'aout',
  september: 'septembre',
  sept: 'septembre',
  sep: 'septembre',
  october: 'octobre',
  oct: 'octobre',
  november: 'novembre',
  nov: 'novembre',
  december: 'decembre',
  dec: 'decembre',
};

/** English → French, the longest phrase first; an empty translation drops the words. */
const PHRASES = rewriteRules({
  // What is asked.
  'who owes us the most': 'qui nous doit le plus',
  'who owes the most': 'qui nous doit le plus',
  'who owes most': 'qui nous doit le plus',
  'who owes us most': 'qui nous doit le plus',
  'biggest debtors': 'plus gros debiteurs',
  'largest debtors': 'plus gros debiteurs',
  'top debtors': 'plus gros debiteurs',
  'late payers': 'mauvais payeurs',
  'worst payers': 'pires payeurs',
  'bad payers': 'mauvais payeurs',
  'slow payers': 'mauvais payeurs',
  'paying late': 'paient en retard',
  'pay late': 'paient en retard',
  'how much does': 'combien',
  'how much do': 'combien',
  'how much is': 'combien',
  'how much has': 'combien',
  'how much have': 'combien',
  'how much did': 'combien',
  'how much': 'combien',
  'how many': 'combien',
  'owe us': 'nous doit',
  'owes us': 'nous doit',
  'owed to us': 'nous doit',
  'are we owed': 'nous doit',
  'is owed': 'nous doit',
  owe: 'doit',
  owes: 'doit',
  owed: 'doit',
  owing: 'doit',
  'aged balance': 'balance agee',
  // « la balance âgée at end of October »: the French name kept in an English sentence.
  'balance agee': 'balance agee',
  'balances agees': 'balance agee',
  'up to date': 'a jour',
  'aged receivables': 'balance agee',
  'aged debt': 'balance agee',
  'aged trial balance': 'balance agee',
  'aging report': 'balance agee',
  'ageing report': 'balance agee',
  aging: 'balance agee',
  ageing: 'balance agee',
  'overdue ratio': 'taux impayes',
  'overdue rate': 'taux impayes',
  'share overdue': 'part echue',
  'share of receivables overdue': 'part echue',
  'percentage overdue': 'pourcentage echu',
  'late payment rate': 'taux de retard',
  'late rate': 'taux de retard',
  'share paid late': 'taux de retard',
  'paid late': 'payees en retard',
  'days sales outstanding': 'dso',
  'average payment time': 'delai moyen de paiement',
  'average days to pay': 'delai moyen de paiement',
  'customer balance': 'solde',
  'balance of': 'solde de',
  'balance for': 'solde de',
  'account of': 'situation de',
  'payments received': 'paiements recus',
  'cash collected': 'encaisse',
  'cash in': 'encaisse',
  collected: 'encaisse',
  collect: 'encaisse',
  collections: 'encaissements',
  received: 'recus',
  'written off': 'passees en perte',
  'write offs': 'pertes',
  'write off': 'pertes',
  writeoffs: 'pertes',
  'bad debts': 'pertes',
  'bad debt': 'pertes',
  litigation: 'contentieux',
  'with the lawyers': 'contentieux',
  'law firm': 'cabinet',
  'with the lawyer': 'contentieux',
  'going down': 'evolue',
  'going up': 'evolue',
  disputes: 'litiges',
  dispute: 'litige',
  disputed: 'contestees',
  'promises to pay': 'promesses',
  'payment promises': 'promesses',
  promises: 'promesses',
  promise: 'promesse',
  broken: 'non tenues',
  'payment plans': 'echeanciers',
  'payment plan': 'echeancier',
  'instalment plans': 'echeanciers',
  'installment plans': 'echeanciers',
  'what should i do today': 'que dois je faire aujourd hui',
  'what should i do': 'que dois je faire',
  'what do i do today': 'que dois je faire aujourd hui',
  'what do i have to do': 'que dois je faire',
  'to do today': 'a faire aujourd hui',
  'to do': 'a faire',
  todo: 'a faire',
  "today's actions": 'actions prevues aujourd hui',
  'todays actions': 'actions prevues aujourd hui',
  'today s actions': 'actions prevues aujourd hui',
  'actions for today': 'actions prevues aujourd hui',
  'planned actions': 'actions prevues',
  // « what's planned for today? », « what is scheduled tomorrow? ».
  planned: 'prevues',
  scheduled: 'prevues',
  'planned reminders': 'relances prevues',
  'reminders due': 'relances prevues',
  'reminders planned': 'relances prevues',
  'going out': 'partent',
  'go out': 'partent',
  'what did we send': 'qu a t on envoye',
  'what have we sent': 'qu a t on envoye',
  'what was sent': 'qu a t on envoye',
  'what was done': 'qu a t on fait',
  'what did we do': 'qu a t on fait',
  'what have we done': 'qu a t on fait',
  'activity log': 'journal',
  'what can i ask': 'que puis je demander',
  'what can you do': 'que sais tu faire',
  'what can you answer': 'que sais tu faire',
  'what can you tell me': 'que sais tu faire',
  'on the agenda': 'a faire',
  agenda: 'a faire',
  'what can i do': 'que puis je demander',
  'how does this work': 'comment ca marche',
  'how does it work': 'comment ca marche',
  'how do i use this': 'comment ca marche',
  'how do i use you': 'comment ca marche',
  'goes out': 'part',
  'what questions': 'quelles questions',
  'which questions': 'quelles questions',
  help: 'aide',
  // Steps of the ladder.
  'registered letters': 'lettres recommandees',
  'registered letter': 'lettre recommandee',
  'formal notices': 'mises en demeure',
  'formal notice': 'mise en demeure',
  'final notices': 'mises en demeure',
  'reminder letters': 'lettres de relance',
  'reminder letter': 'lettre de relance',
  'reminder emails': 'mails de relance',
  'reminder email': 'mail de relance',
  'reminder e mails': 'mails de relance',
  emails: 'mails',
  email: 'mail',
  'e mails': 'mails',
  reminders: 'relances',
  reminder: 'relance',
  sent: 'envoyees',
  'went out': 'envoyees',
  'were sent': 'envoyees',
  'got paid late': 'payees en retard',
  'got paid': 'paye',
  'pay us': 'paye',
  'paid us': 'paye',
  pay: 'paye',
  'past due': 'echues',
  'what percentage of': 'part de',
  'percentage of': 'part de',
  'what share of': 'part de',
  'share of': 'part de',
  'proportion of': 'part de',
  files: 'dossiers',
  file: 'dossier',
  'need to do': 'a faire',
  'what do i need to do': 'que dois je faire',
  'risk segment': 'segment de risque',
  'by risk segment': 'par segment de risque',
  // « top 5 customers by overdue amount »: customers ranked by what they owe late.
  'by overdue amount': 'par retard',
  'by amount overdue': 'par retard',
  'by overdue balance': 'par retard',
  'by past due amount': 'par retard',
  'by past due balance': 'par retard',
  'by amount past due': 'par retard',
  'by overdue': 'par retard',
  'by past due': 'par retard',
  // « top 5 customers with the most overdue », « the most past due invoices »: a superlative that ranks.
  'the most overdue invoices': 'le plus de factures echues',
  'the most overdue': 'le plus de retard',
  'most overdue': 'le plus de retard',
  'the most past due': 'le plus de retard',
  'most past due': 'le plus de retard',
  stage: 'stade',
  old: '',
  got: '',
  'where are we with': 'ou en est',
  'where do we stand with': 'ou en est',
  'how is': 'ou en est',
  'phone number of': 'telephone de',
  'phone number for': 'telephone de',
  'phone number': 'telephone',
  'contact details for': 'coordonnees de',
  'contact for': 'contact de',
  'history of invoice': 'historique',
  'history of': 'historique',
  history: 'historique',
  'open the customer card for': 'fiche',
  'open the card for': 'fiche',
  'customer card for': 'fiche',
  'customer card': 'fiche',
  "today's dunning card": 'relances du jour',
  'todays dunning card': 'relances du jour',
  'today s dunning card': 'relances du jour',
  'dunning card': 'relances du jour',
  'promised to pay': 'promet de payer',
  'promises to pay on': 'promet de payer le',
  'will pay on': 'promet de payer le',
  'add alias': 'alias',
  trend: 'evolution',
  // « show me how the DSO has evolved », « how has the overdue changed over time ».
  'has evolved': 'evolution',
  'have evolved': 'evolution',
  evolved: 'evolution',
  evolve: 'evolution',
  evolution: 'evolution',
  'over time': 'evolution',
  'better than': 'mieux que',
  'worse than': 'pire que',
  'compared to': 'par rapport a',
  'compared with': 'par rapport a',
  send: 'envoyer',
  'to send': 'a envoyer',
  'in progress': 'en cours',
  ongoing: 'en cours',
  open: 'ouverts',
  'the most': 'le plus',
  most: 'plus',
  'to the law firm': 'au cabinet',
  'to the lawyers': 'au cabinet',
  // The things asked about.
  'unpaid invoices': 'factures impayees',
  'unpaid invoice': 'facture impayee',
  'overdue invoices': 'factures echues',
  'overdue invoice': 'facture echue',
  'late invoices': 'factures en retard',
  'outstanding invoices': 'factures impayees',
  'open invoices': 'factures impayees',
  unpaid: 'impayes',
  overdue: 'echues',
  outstanding: 'impayes',
  arrears: 'arrieres',
  invoices: 'factures',
  invoice: 'facture',
  receivables: 'creances',
  customers: 'clients',
  customer: 'client',
  debtors: 'debiteurs',
  payers: 'payeurs',
  late: 'en retard',
  'by customer': 'par client',
  'per customer': 'par client',
  'by risk': 'par risque',
  'by step': 'par etape',
  'high risk': 'risque eleve',
  'medium risk': 'risque modere',
  'low risk': 'risque faible',
  risky: 'a risque',
  // Amounts and days.
  'more than': 'plus de',
  'older than': 'plus de',
  'longer than': 'plus de',
  'newer than': 'moins de',
  'younger than': 'moins de',
  'fewer than': 'moins de',
  'greater than': 'plus de',
  'larger than': 'plus de',
  'bigger than': 'plus de',
  'higher than': 'plus de',
  over: 'plus de',
  above: 'plus de',
  exceeding: 'plus de',
  'at least': 'au moins',
  'or more': 'et plus',
  'less than': 'moins de',
  'lower than': 'moins de',
  'smaller than': 'moins de',
  below: 'moins de',
  under: 'moins de',
  'up to': 'jusqu a',
  'at most': 'au plus',
  between: 'entre',
  euros: 'euros',
  euro: 'euros',
  eur: 'euros',
  'days late': 'jours de retard',
  'days overdue': 'jours de retard',
  'days past due': 'jours de retard',
  day: 'jour',
  days: 'jours',
  years: 'ans',
  year: 'an',
  months: 'mois',
  month: 'mois',
  weeks: 'semaines',
  week: 'semaine',
  biggest: 'plus gros',
  largest: 'plus gros',
  worst: 'pires',
  // Dates.
  'first half of': 'premiere quinzaine de',
  'second half of': 'deuxieme quinzaine de',
  'first half': 'premiere quinzaine',
  'second half': 'deuxieme quinzaine',
  'this month': 'ce mois',
  'current month': 'ce mois',
  'last month': 'le mois dernier',
  'previous month': 'le mois dernier',
  'next month': 'le mois prochain',
  'this week': 'cette semaine',
  'last week': 'la semaine derniere',
  'next week': 'la semaine prochaine',
  'this quarter': 'ce trimestre',
  'last quarter': 'le trimestre dernier',
  'this year': 'cette annee',
  'last year': 'l an dernier',
  'year to date': 'depuis le debut de l annee',
  ytd: 'depuis le debut de l annee',
  'the day before yesterday': 'avant hier',
  today: 'aujourd hui',
  yesterday: 'hier',
  tomorrow: 'demain',
  'since the start of the year': 'depuis le debut de l annee',
  'since the beginning of the year': 'depuis le debut de l annee',
  'since the beginning of the month': 'depuis le debut du mois',
  'since the start of the month': 'depuis le debut du mois',
  'month to date': 'depuis le debut du mois',
  mtd: 'depuis le debut du mois',
  q1: 't1',
  q2: 't2',
  q3: 't3',
  q4: 't4',
  'grouped by': 'par',
  'broken down by': 'par',
  since: 'depuis',
  'as of': 'au',
  'as at': 'au',
  'at the end of': 'a fin',
  'at end of': 'a fin',
  'end of': 'fin',
  'the last': 'les derniers',
  'the past': 'les derniers',
  last: 'derniers',
  past: 'derniers',
  from: 'du',
  to: 'au',
  until: 'au',
  through: 'au',
  in: 'en',
  during: 'en',
  for: 'pour',
  // Words that say nothing the parser needs.
  'show me': '',
  show: '',
  'give me': '',
  give: '',
  'tell me': '',
  tell: '',
  list: '',
  get: '',
  me: '',
  please: '',
  // Greetings and politeness, never a name (« Hello, … », « I'd like to see …, thanks »).
  hello: '',
  hi: '',
  hey: '',
  'good morning': '',
  'thank you': '',
  thanks: '',
  thx: '',
  kindly: '',
  'i d like to': '',
  'i would like to': '',
  'i want to': '',
  'would like to': '',
  'like to': '',
  see: '',
  know: '',
  'can you': '',
  'could you': '',
  'what is': 'quel',
  'what are': 'quels',
  whats: 'quel',
  'what s': 'quel',
  what: 'quel',
  which: 'quels',
  who: 'qui',
  where: 'ou',
  the: '',
  a: '',
  an: '',
  our: '',
  we: '',
  us: '',
  is: '',
  are: '',
  was: '',
  were: '',
  do: '',
  does: '',
  did: '',
  have: '',
  has: '',
  there: '',
  any: '',
  all: '',
  of: 'de',
  and: 'et',
  or: 'ou',
  with: 'avec',
  by: 'par',
  on: 'sur',
  at: 'a',
  still: '',
  currently: '',
  now: '',
  right: '',
  amount: 'montant',
  due: '',
  going: '',
  be: '',
  will: '',
  i: '',
  you: '',
  it: '',
  that: '',
  so: '',
  far: '',
  they: '',
  them: '',
  their: '',
  much: '',
  many: '',
  money: '',
  status: 'situation',
  balance: 'solde',
});

/** Whether the question reads as English: a word of English only, or two it shares with French. */
export function isEnglish(tokens: readonly Token[]): boolean {
  const marks = tokens.filter((t) => MARKERS.has(t.norm));
  return marks.some((t) => !SHARED.has(t.norm)) || marks.length >= 2;
}

const UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);

/** « 1st », « 31st », « 2nd »: a day written the English way. */
const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th)$/;

/**
 * Numbers and dates the English way: « 5,000 » (a thousands comma), « 1st », « September 1 »
 * (the month first) → « 5000 », « 1 », « 1 septembre ».
 */
function englishNumbersAndDates(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // « the 5th »: a day of this month, as « le 5 ».
    const ordinal = ORDINAL_DAY.exec(t.norm);
    if (ordinal) {
      if (tokens[i - 1]?.norm === 'the') out.push(wordToken('le', t.start, t.end));
      out.push(wordToken(ordinal[1]!, t.start, t.end));
      continue;
    }
    if (t.kind === 'number' && /^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$/.test(t.norm)) {
      out.push(wordToken(t.norm.replace(/,/g, '').replace('.', ','), t.start, t.end));
      continue;
    }
    // « the last 30 days »: « les 30 derniers jours ».
    const count = tokens[i + 1];
    if (
      (t.norm === 'last' || t.norm === 'past') &&
      count?.kind === 'number' &&
      UNITS.has(tokens[i + 2]?.norm ?? '')
    ) {
      out.push(wordToken('les', t.start, t.end), count, wordToken('derniers', t.start, t.end));
      i++;
      continue;
    }
    const month = MONTHS[t.norm];
    if (month !== undefined) {
      const next = tokens[i + 1];
      const day = next
        ? (ORDINAL_DAY.exec(next.norm)?.[1] ?? (/^\d{1,2}$/.test(next.norm) ? next.norm : null))
        : null;
      if (next && day !== null && Number(day) >= 1 && Number(day) <= 31) {
        out.push(wordToken(day, next.start, next.end), wordToken(month, t.start, t.end));
        i++;
        continue;
      }
      out.push(wordToken(month, t.start, t.end));
      continue;
    }
    out.push(t);
  }
  return out;
}

/** The question's tokens in French when it reads as English, unchanged otherwise. */
export function translateEnglish(tokens: readonly Token[]): Token[] {
  if (!isEnglish(tokens)) return [...tokens];
  return applyRewrites(englishNumbersAndDates(tokens), PHRASES);
}
