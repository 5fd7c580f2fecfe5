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
import { AMERICAN, AMERICAN_MARKERS } from './american';
import { applyRewrites, rewriteRules, wordToken } from './rewrite';
import { tokenize, type Token } from './tokens';

/** Words that say the question is in English (none of them is a French word). */
const MARKERS = new Set(
  `the what whats who how show overdue unpaid outstanding invoices invoice owe owes owed owing payers
  late days this last month week today yesterday tomorrow since above over below under much many does
  did do we our us can could should would ask collected collect aged aging ageing customers customer
  than with from by of and is are was were which list give tell biggest largest worst amount
  amounts received paid pending promises disputes disputed written bad debts debt
  january february march april may june july august september october november december quarter year
  monday tuesday wednesday thursday friday scheduled bailiff bailiffs
  ratio rate share sent done planned due reminders reminder letters letter registered notices notice
  any all there please get me payment payments plans plan progress open broken send lawyer lawyers
  firm debtors debtor people companies account step steps emails reminders overdues receivable
  ledger chase chased chasing chaser chasers solicitor solicitors cheers sorted lift trending
  disputing accounts anything instalment instalments arrangements bills has promised pay receipts
  came happened moved behind slowest for status litigation kept months weeks years rolling trailing`
    .split(/\s+/)
    .filter(Boolean)
    .concat(AMERICAN_MARKERS),
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

/**
 * British English, as a UK group controller writes it (eighteenth round): the sales ledger and its
 * « debtors », « chasers » and « write-offs », solicitors for the law firm, « cheers » and « could you
 * pull » for politeness. Merged into the table below (no phrase of it is written there).
 */
const BRITISH: Readonly<Record<string, string>> = {
  // « aged debtors », « the aged debtors report »: the aged balance, not the top debtors.
  'aged debtors report': 'balance agee',
  'aged debtors list': 'balance agee',
  'aged debtors': 'balance agee',
  'aged debtor report': 'balance agee',
  'aged debtor': 'balance agee',
  'debtors ageing': 'balance agee',
  'debtors aging': 'balance agee',
  'debtor days': 'dso',
  'debtors days': 'dso',
  // « what % of the debtors is overdue? »: the debtors' ledger (a singular verb), the receivables.
  'the debtors is': 'les creances est',
  'cut off': 'au',
  // The ledger says nothing more than the receivables: « on the ledger » drops, « of the ledger » is them.
  'on the sales ledger': '',
  'on the ledger': '',
  'in the sales ledger': '',
  'in the ledger': '',
  'across the ledger': '',
  'sales ledger': 'creances',
  ledger: 'creances',
  // Chasing: a reminder to send (« what do I need to chase today? », « chasers due tomorrow »).
  'need to chase': 'a relancer',
  'have to chase': 'a relancer',
  'got to chase': 'a relancer',
  'should i chase': 'dois je relancer',
  'should we chase': 'dois je relancer',
  'do i chase': 'dois je relancer',
  'do we chase': 'dois je relancer',
  'to chase': 'a relancer',
  chase: 'relancer',
  chasers: 'relances',
  chaser: 'relance',
  'chase ups': 'relances',
  'chase up': 'relancer',
  chased: 'relance',
  chasing: 'relances',
  // Before the due date: the pre-due notice (J-5).
  'pre due reminders': 'prevenances',
  'pre due reminder': 'prevenance',
  'pre due notices': 'prevenances',
  'pre due notice': 'prevenance',
  'pre due emails': 'prevenances',
  'pre due chasers': 'prevenances',
  'courtesy reminders': 'prevenances',
  'courtesy reminder': 'prevenance',
  'courtesy emails': 'prevenances',
  // Solicitors are the law firm (« anything with the solicitors? », « accounts in litigation »).
  'with the solicitors': 'contentieux',
  'with the solicitor': 'contentieux',
  'with solicitors': 'contentieux',
  'to the solicitors': 'au cabinet',
  'to the solicitor': 'au cabinet',
  'passed to solicitors': 'au cabinet',
  solicitors: 'avocats',
  solicitor: 'avocat',
  'legal action': 'contentieux',
  accounts: 'clients',
  'bad debt write offs': 'pertes',
  // Disputes as a verb (« which invoices are customers disputing? »).
  disputing: 'contestees',
  'being disputed': 'contestees',
  'in dispute': 'en litige',
  'lift the dispute on': 'lever le litige',
  'lift the dispute': 'lever le litige',
  'lift it': 'lever le litige',
  lift: 'lever',
  'is sorted': 'regle',
  'are sorted': 'regle',
  'has been sorted': 'regle',
  'been sorted': 'regle',
  sorted: 'regle',
  'sort out': 'regle',
  'sorted out': 'regle',
  // Trends: « how is the late payment rate trending? ».
  trending: 'evolution',
  'doing any better': 'mieux',
  'doing better': 'mieux',
  'any better': 'mieux',
  // Promises: « Hotel du Parc say they'll pay 3,200 euros on 4 December » (a command), « which
  // customers have promised to pay? » (a question).
  'say they ll pay': 'promet de payer',
  'says they ll pay': 'promet de payer',
  'say they will pay': 'promet de payer',
  'says they will pay': 'promet de payer',
  'say he ll pay': 'promet de payer',
  'says he ll pay': 'promet de payer',
  'says she ll pay': 'promet de payer',
  'say she ll pay': 'promet de payer',
  'they ll pay': 'promet de payer',
  'he ll pay': 'promet de payer',
  'she ll pay': 'promet de payer',
  'they will pay': 'promet de payer',
  'they ll settle': 'promet de payer',
  'will settle': 'promet de payer',
  'have promised to pay': 'ont promis de payer',
  'has promised to pay': 'a promis de payer',
  'promised payment': 'promesses',
  // « what's been done today? », « what's gone out this week? »: the journal.
  'what s been done': 'qu a t on fait',
  'whats been done': 'qu a t on fait',
  'what has been done': 'qu a t on fait',
  'what has gone out': 'qu a t on envoye',
  'what s gone out': 'qu a t on envoye',
  'whats gone out': 'qu a t on envoye',
  'gone out': 'envoyees',
  // The help: « what sort of things can I ask you? ».
  'what sort of things can i ask': 'que puis je demander',
  'what kind of things can i ask': 'que puis je demander',
  'what sort of questions can i ask': 'que puis je demander',
  'what kind of questions can i ask': 'que puis je demander',
  'what sort of things can you do': 'que sais tu faire',
  'what kind of things can you do': 'que sais tu faire',
  'what sort of things': 'que puis je demander',
  'what kind of things': 'que puis je demander',
  'what kinds of things': 'que puis je demander',
  'what sort of questions': 'que puis je demander',
  'what kind of questions': 'que puis je demander',
  'what kinds of questions': 'que puis je demander',
  'put to you': '',
  // « what got done yesterday? », « what's been sent today? »: the journal.
  'what got done': 'qu a t on fait',
  'what s been sent': 'qu a t on envoye',
  'whats been sent': 'qu a t on envoye',
  'what has been sent': 'qu a t on envoye',
  'what got sent': 'qu a t on envoye',
  // « which bills are being disputed? »: invoices.
  'being disputed by customers': 'contestees',
  'being disputed by the customers': 'contestees',
  'disputed by customers': 'contestees',
  'disputed by the customers': 'contestees',
  'disputed by clients': 'contestees',
  bills: 'factures',
  bill: 'facture',
  // « how much of the ledger is overdue, as a percentage? »: the overdue ratio.
  'as a percentage': 'en pourcentage',
  'in percentage terms': 'en pourcentage',
  // Politeness and filler, never a name.
  'at the moment': '',
  'at present': '',
  'just now': '',
  anything: '',
  cheers: '',
  'many thanks': '',
  'could you pull': '',
  'can you pull': '',
  'could you pull up': '',
  'can you pull up': '',
  'pull up': '',
  'pull together': '',
  pull: '',
  'could you run': '',
  'can you run': '',
  'could i have': '',
  'can i have': '',
  'can i get': '',
  'could i get': '',
  'would you mind': '',
  'if you could': '',
  'if possible': '',
  mate: '',
  lovely: '',
  'what s outstanding on': 'combien doit',
  'whats outstanding on': 'combien doit',
  'what is outstanding on': 'combien doit',
  'what s outstanding with': 'combien doit',
  'what is outstanding with': 'combien doit',
  'what s outstanding from': 'combien doit',
  'what is outstanding from': 'combien doit',
  'into us for': 'nous doit',
  // « what's the debtor position on SGH? », « amount outstanding for the EHPAD »: its balance.
  'debtor position on': 'solde de',
  'debtor position for': 'solde de',
  'position on': 'situation de',
  'position with': 'situation de',
  'amount outstanding for': 'combien doit',
  'amount outstanding on': 'combien doit',
  'amount outstanding from': 'combien doit',
  'balance outstanding on': 'combien doit',
  'balance outstanding for': 'combien doit',
  'balance outstanding from': 'combien doit',
  overdues: 'impayes',
  // A step due on a day is planned (« any formal notices due this week? », « chasers due tomorrow »).
  'formal notices due': 'mises en demeure prevues',
  'formal notice due': 'mise en demeure prevue',
  'final notices due': 'mises en demeure prevues',
  'registered letters due': 'lettres recommandees prevues',
  'reminder letters due': 'lettres de relance prevues',
  'reminder emails due': 'mails de relance prevus',
  'chasers due': 'relances prevues',
  'chase ups due': 'relances prevues',
  'in place': '',
  // « how much has been paid in this week? »: money received.
  'been paid in': 'encaisse',
  kept: 'tenues',
  debt: 'creances',
  // Debt collection is the law firm's work (« which accounts have gone to debt collection? »).
  'debt collection agency': 'contentieux',
  'collection agency': 'contentieux',
  'debt collectors': 'contentieux',
  'debt collection': 'contentieux',
  // « statement of account for X »: X's balance.
  'statement of account for': 'solde de',
  'statement of account': 'solde',
  'statement for': 'solde de',
  // « which debts are over 90 days? »: the receivables.
  debts: 'creances',
  // « the total owed across all debtors », « total debtors balance »: everything owed.
  'across all debtors': '',
  'across all customers': '',
  'across all accounts': '',
  'total debtors balance': 'encours total',
  'total debtors': 'encours total',
  'debtors balance': 'encours',
  'total owed': 'encours total',
  // « letters before action », « final demands »: the formal notice (J+20).
  'letters before action due': 'mises en demeure prevues',
  'letter before action due': 'mise en demeure prevue',
  'letters before action': 'mises en demeure',
  'letter before action': 'mise en demeure',
  'final demands due': 'mises en demeure prevues',
  'final demands': 'mises en demeure',
  'final demand': 'mise en demeure',
  // « which customers did we set up on a payment plan? », « put on a plan »: placed on one (not « up on »).
  'did we set up on': 'sont sur',
  'did we put on': 'sont sur',
  'did we place on': 'sont sur',
  'we set up on': 'sont sur',
  'we put on': 'sont sur',
  'set up on': 'sur',
  // « are collections up on last month? »: a trend against it.
  'up on': 'mieux que',
  // « who do I need to follow up on today? »: chasing, not a trend.
  'who did we follow up with': 'qui a t on relance',
  'who did we follow up on': 'qui a t on relance',
  'did we follow up': 'a t on relance',
  'follow up on': 'relancer',
  // American and report words: « AR aging », « total accounts receivable », « receipts », « what came in ».
  'ar aging': 'balance agee',
  'ar ageing': 'balance agee',
  'ar aging report': 'balance agee',
  'total accounts receivable': 'encours total',
  'accounts receivable': 'creances',
  'came in': 'encaisse',
  'what came in': 'qu a t on encaisse',
  receipts: 'encaissements',
  'money in today': 'encaissements aujourd hui',
  'money in yesterday': 'encaissements hier',
  'money in this week': 'encaissements cette semaine',
  'money in this month': 'encaissements ce mois',
  'money in last week': 'encaissements la semaine derniere',
  'money in last month': 'encaissements le mois dernier',
  'has moved': 'evolution',
  moved: 'evolution',
  'what s happened': 'qu a t on fait',
  'whats happened': 'qu a t on fait',
  'what has happened': 'qu a t on fait',
  'what happened': 'qu a t on fait',
  'furthest behind': 'le plus en retard',
  'most behind': 'le plus en retard',
  'slowest payers': 'mauvais payeurs',
  'slowest payer': 'mauvais payeurs',
  'follow up with': 'relancer',
  'follow up': 'relancer',
  'followed up': 'relance',
  'down on': 'pire que',
  'instalment arrangements': 'echeanciers',
  'instalment arrangement': 'echeancier',
  'payment arrangements': 'echeanciers',
  'payment arrangement': 'echeancier',
  'repayment plans': 'echeanciers',
  'repayment plan': 'echeancier',
  'time to pay arrangements': 'echeanciers',
  // « what proportion of debtors is overdue? »: the trade debtors are the receivables.
  'of trade debtors': 'de creances',
  'of debtors': 'de creances',
  'trade debtors': 'creances',
  'proportion of debtors': 'part de creances',
  'percentage of debtors': 'part de creances',
  'share of debtors': 'part de creances',
  'debtors ledger': 'balance agee',
  'debtors book': 'balance agee',
  // « what's on for today? »: the day's work.
  'what s on for': 'que dois je faire',
  'whats on for': 'que dois je faire',
  'what s on today': 'que dois je faire aujourd hui',
  'whats on today': 'que dois je faire aujourd hui',
  'what s on tomorrow': 'que dois je faire demain',
  'whats on tomorrow': 'que dois je faire demain',
  // « what's on the Hotel du Parc account? »: its balance.
  'what s on the': 'situation de',
  'whats on the': 'situation de',
  // « how much did we bank last week? »: money received.
  'how much did we bank': 'combien a t on encaisse',
  'how much have we banked': 'combien a t on encaisse',
  'did we bank': 'a t on encaisse',
  'have we banked': 'a t on encaisse',
  banked: 'encaisse',
  'month on month': 'evolution par mois',
  'to excel': 'excel',
  'into excel': 'excel',
  'in excel': 'excel',
  'as excel': 'excel',
};

/** English → French, the longest phrase first; an empty translation drops the words. */
const PHRASES = rewriteRules({
  ...BRITISH,
  // American English (./american.ts).
  ...AMERICAN,
  // What is asked.
  'who owes us the most': 'qui nous doit le plus',
  'who owes the most': 'qui nous doit le plus',
  'who owes most': 'qui nous doit le plus',
  'who owes us most': 'qui nous doit le plus',
  'biggest debtors': 'plus gros debiteurs',
  'largest debtors': 'plus gros debiteurs',
  'top debtors': 'plus gros debiteurs',
  'late payers': 'mauvais payeurs',
  // « top 7 overdue customers » (thirty-first round): the customers ranked, not their invoices.
  'overdue customers': 'mauvais payeurs',
  'overdue clients': 'mauvais payeurs',
  'overdue accounts': 'mauvais payeurs',
  'late customers': 'mauvais payeurs',
  // « which customers are overdue? » (thirty-fourth round): « quels clients sont en retard ? ».
  'customers are overdue': 'clients sont en retard',
  'clients are overdue': 'clients sont en retard',
  'accounts are overdue': 'clients sont en retard',
  'customers are late': 'clients sont en retard',
  'late paying customers': 'mauvais payeurs',
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
  // « is SGH with the bailiff? »: the bailiff is the firm's side (« chez l’huissier »).
  'with the bailiffs': 'contentieux',
  'with the bailiff': 'contentieux',
  bailiffs: 'huissiers',
  bailiff: 'huissier',
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
  // « who did we send registered letters to last week? », « who did we chase yesterday? ».
  'who did we send': 'a qui a t on envoye',
  'who have we sent': 'a qui a t on envoye',
  'who did we chase': 'qui a t on relance',
  'who have we chased': 'qui a t on relance',
  'who was chased': 'qui a ete relance',
  'did we send': 'a t on envoye',
  // « how much did we receive from SGH in October? »: money received.
  'did we receive': 'a t on encaisse',
  'did we collect': 'a t on encaisse',
  'how much did we receive': 'combien a t on encaisse',
  'how much did we collect': 'combien a t on encaisse',
  // « how much will we collect in December? », « what are we going to receive next month? »: money
  // to come, a forecast (./not-done.ts).
  'will we collect': 'va t on encaisser',
  'will we receive': 'va t on encaisser',
  'will we get': 'va t on encaisser',
  'will we bring in': 'va t on encaisser',
  'are we going to collect': 'va t on encaisser',
  'are we going to receive': 'va t on encaisser',
  'are we going to get': 'va t on encaisser',
  'do we expect to collect': 'va t on encaisser',
  'do we expect to receive': 'va t on encaisser',
  'we will collect': 'on va encaisser',
  'we will receive': 'on va encaisser',
  'we are going to collect': 'on va encaisser',
  'we expect to collect': 'on va encaisser',
  'we expect to receive': 'on va encaisser',
  'will be collected': 'on va encaisser',
  // « who is going to pay this week? », « who will pay next week? »: a customer's future of paying,
  // a forecast like « qui va payer cette semaine ? » (fortieth round) — never the money received.
  'who will pay': 'qui va payer',
  'who is going to pay': 'qui va payer',
  "who's going to pay": 'qui va payer',
  'who s going to pay': 'qui va payer',
  'who are going to pay': 'qui va payer',
  'which customers will pay': 'quels clients vont payer',
  'which customers are going to pay': 'quels clients vont payer',
  // « who paid last week? », « which customers have paid this month? »: money received, with who.
  'who paid': 'qui a paye',
  'who has paid': 'qui a paye',
  'who have paid': 'qui a paye',
  'which customers paid': 'quels clients ont paye',
  'which customers have paid': 'quels clients ont paye',
  'which clients paid': 'quels clients ont paye',
  'which clients have paid': 'quels clients ont paye',
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
  'day sales outstanding': 'dso',
  // « Past due broken out by dunning step » (forty-sixth round).
  'broken out by': 'par',
  'split by': 'par',
  'risk tier': 'segment de risque',
  'risk tiers': 'segment de risque',
  'risk bucket': 'segment de risque',
  'risk buckets': 'segment de risque',
  'dunning step': 'etape',
  'dunning steps': 'etape',
  // « show me how the DSO has changed », « how has the DSO changed » (forty-sixth round).
  'has changed': 'a evolue',
  'have changed': 'ont evolue',
  changed: 'evolue',
  // « Total AR outstanding vs last month? »: what is owed (« encours »), not the unpaid invoices.
  'ar outstanding': 'encours',
  'total ar outstanding': 'encours total',
  'a r outstanding': 'encours',
  // « What percent of receivables was past due as of 10/31? ».
  'what percent': 'quel pourcentage',
  'which percent': 'quel pourcentage',
  percent: 'pourcentage',
  // « Top 3 past due among high risk accounts »: late accounts ranked.
  'past due among': 'en retard parmi',
  among: 'parmi',
  // « how many days on average the customers take to pay us? »: the DSO.
  'on average': 'en moyenne',
  'take to pay': 'mettent a payer',
  'takes to pay': 'met a payer',
  // The forty-eighth round's British English: « subsequent receipts », « audit trail », « debtor
  // position », « issued », « repayment arrangement », « credit control procedure », « what's the craic
  // with X », « what did we get in from X », « what % », « to date »; a reconciliation or confirmation
  // requests are bookkeeping (./not-done.ts), a text message is no channel of the ladder.
  'subsequent receipts': 'encaissements',
  'subsequent receipt': 'encaissements',
  'audit trail for': 'historique de',
  'audit trail of': 'historique de',
  'audit trail': 'historique',
  'debtor position of': 'solde de',
  'debtor position for': 'solde de',
  'debtor position': 'solde',
  'invoices issued': 'factures emises',
  'repayment arrangement': 'echeancier',
  'repayment arrangements': 'echeanciers',
  'credit control procedure': 'procedure de relance',
  'what s the craic with': 'ou en est',
  'whats the craic with': 'ou en est',
  'what did we get in from': 'combien a encaisse de',
  'did we get in from': 'a encaisse de',
  'get in from': 'encaisse de',
  'what %': 'quel pourcentage',
  'to date': 'a ce jour',
  reconcile: 'lettrer',
  reconciliation: 'lettrage',
  'balance confirmation': 'lettrage',
  'balance confirmations': 'lettrage',
  text: 'texto',
  // « Is there a cheat sheet of what I can type here? », « Where do I start with this bot? ».
  'cheat sheet': 'aide',
  'what i can type': 'ce que je peux demander',
  'what can i type': 'que puis je demander',
  'what i can ask': 'ce que je peux demander',
  'where do i start': 'aide',
  'where should i start': 'aide',
  'how do i start': 'aide',
  'getting started': 'aide',
  // « What if we charged 10% late fees? »: the late penalties (./not-done.ts).
  'late fees': 'penalites',
  'late fee': 'penalites',
  'late charges': 'penalites',
  // « Where do you think DSO lands at year-end? »: a forecast asked.
  'do you think': 'prevision',
  'do you expect': 'prevision',
  // « what's the best time to call a customer? »: advice, no figure.
  'best time to': 'conseil',
  'best way to': 'conseil',
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
  // « which customers promised to pay this week? », « has X promised to pay? »: the promises made
  // (a promise to record is read by the commands, on the text as typed).
  'promised to pay': 'ont promis de payer',
  'promises to pay on': 'promet de payer le',
  'will pay on': 'promet de payer le',
  'add alias': 'alias',
  trend: 'evolution',
  // « show me how the DSO has evolved », « how has the overdue changed over time ».
  // « combien on va cash in … ? »: French « on » before its verb, in a question half in English
  // (thirty-seventh round) — never « sur ».
  'on va': 'on va',
  'on a': 'on a',
  'on peut': 'on peut',
  'on doit': 'on doit',
  'has evolved': 'evolution',
  // « which files are going to the law firm tomorrow? » (thirty-eighth round): leaving for it.
  'going to the law firm': 'partent au cabinet',
  'going to the lawyers': 'partent au cabinet',
  'going to the lawyer': 'partent au cabinet',
  'going to litigation': 'partent au contentieux',
  // « cash collected per month, last 12 months » (thirty-eighth round): month by month.
  'per month': 'par mois',
  'by month': 'par mois',
  'month by month': 'mois par mois',
  // « how has the total outstanding evolved? »: everything owed, the outstanding (thirty-seventh round).
  'total outstanding': 'encours total',
  'outstanding total': 'encours total',
  'total receivables': 'encours total',
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
  // « this weekend » before « this week » (twelfth round: ./weekend.ts reads « ce weekend »).
  'this weekend': 'ce weekend',
  'last weekend': 'le weekend dernier',
  'next weekend': 'le weekend prochain',
  'this week': 'cette semaine',
  'last week': 'la semaine derniere',
  'next week': 'la semaine prochaine',
  'this quarter': 'ce trimestre',
  'last quarter': 'le trimestre dernier',
  'this year': 'cette annee',
  'last year': 'l an dernier',
  'year to date': 'depuis le debut de l annee',
  ytd: 'depuis le debut de l annee',
  'quarter to date': 'depuis le debut du trimestre',
  qtd: 'depuis le debut du trimestre',
  'week to date': 'depuis le debut de la semaine',
  wtd: 'depuis le debut de la semaine',
  'the day before yesterday': 'avant hier',
  today: 'aujourd hui',
  yesterday: 'hier',
  tomorrow: 'demain',
  // « what reminders are planned for Friday? », « what did we send last Tuesday? ».
  'last monday': 'lundi dernier',
  'last tuesday': 'mardi dernier',
  'last wednesday': 'mercredi dernier',
  'last thursday': 'jeudi dernier',
  'last friday': 'vendredi dernier',
  monday: 'lundi',
  tuesday: 'mardi',
  wednesday: 'mercredi',
  thursday: 'jeudi',
  friday: 'vendredi',
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

/**
 * The text of an English message with its American dates and dollars written the French way, read
 * once before anything else (commands and questions): « pay $3,200 on 12/4 » → « pay 3200 € on 4/12 »
 * (forty-sixth round). A date with slashes puts the month first, unless a date of the message
 * cannot (« between 1/10 and 20/10 », written the British way); the dollar sign of an American writer
 * is the sign of the ledger's amounts. Other text is returned as it is.
 */
export function withAmericanDatesAndAmounts(text: string): string {
  if (!/\$|\d\/\d/.test(text) || !isEnglish(tokenize(text))) return text;
  const dayFirst = [...text.matchAll(/(?<![\d/])(\d{1,2})\/\d{1,2}(?![\d])/g)].some((m) => Number(m[1]) > 12);
  return text
    .replace(
      /\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?(?!\d)/g,
      (_m, n: string, c?: string) => `${n.replace(/,/g, '')}${c ? `,${c}` : ''} €`,
    )
    .replace(/(?<![\d/])(\d{1,2})\/(\d{1,2})(\/\d{2,4})?(?![\d/])/g, (m, a: string, b: string, y?: string) =>
      !dayFirst && Number(a) <= 12 && Number(b) <= 31 ? `${b}/${a}${y ?? ''}` : m,
    );
}

/** Whether the question reads as English: a word of English only, or two it shares with French. */
export function isEnglish(tokens: readonly Token[]): boolean {
  const marks = tokens.filter((t) => MARKERS.has(t.norm));
  return marks.some((t) => !SHARED.has(t.norm)) || marks.length >= 2;
}

const UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);
/** Counts written in words before a unit (« the last six months »). */
const COUNTS: Readonly<Record<string, string>> = {
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  eighteen: '18',
  fifteen: '15',
  thirty: '30',
  sixty: '60',
  ninety: '90',
};

/** « 1st », « 31st », « 2nd »: a day written the English way. */
const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th)$/;

/**
 * Numbers and dates the English way: « 5,000 » (a thousands comma), « 1st », « September 1 »
 * (the month first) → « 5000 », « 1 », « 1 septembre »; and « going to <a name> » → « partent chez »,
 * which a fixed phrase cannot say (the firm's name is configured).
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
    // « over 5 grand », « 10k »: thousands of the ledger's currency (forty-eighth round).
    if (t.kind === 'number' && /^\d{1,4}$/.test(t.norm) && tokens[i + 1]?.norm === 'grand') {
      out.push(wordToken(String(Number(t.norm) * 1000), t.start, t.end), wordToken('€', t.start, t.end));
      i++;
      continue;
    }
    if (t.kind === 'number' && /^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$/.test(t.norm)) {
      out.push(wordToken(t.norm.replace(/,/g, '').replace('.', ','), t.start, t.end));
      continue;
    }
    // « which accounts are going to Aptos this week? »: going to a name (the firm's) is leaving for
    // it — « going to pay » keeps its verb (thirty-eighth round).
    const to = tokens[i + 1];
    const after = tokens[i + 2];
    if (
      (t.norm === 'going' || t.norm === 'heading') &&
      to?.norm === 'to' &&
      after?.kind === 'word' &&
      /^\p{Lu}/u.test(after.raw)
    ) {
      out.push(wordToken('partent', t.start, t.end), wordToken('chez', to.start, to.end));
      i++;
      continue;
    }
    // « the last 30 days »: « les 30 derniers jours »; « rolling 12 months » as well.
    const said = tokens[i + 1];
    // « the last six months » (forty-sixth round): a count in words, as in figures.
    const inWords = said && COUNTS[said.norm];
    const count = inWords ? wordToken(inWords, said.start, said.end) : said;
    if (
      // « rolling 12 months », « trailing 3 months »: the same span (forty-fifth round).
      (t.norm === 'last' || t.norm === 'past' || t.norm === 'rolling' || t.norm === 'trailing') &&
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
