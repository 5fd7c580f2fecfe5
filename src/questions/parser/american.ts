/**
 * American English, as a US board member of the investor fund writes it (issue 16, twenty-first
 * round): « AR » for the receivables, « past due balances », « delinquent accounts », accounts « in
 * collections » or « with the attorney », an « installment plan », « month over month », « trending »,
 * « moderate-risk », accounts that « get escalated to the attorney tomorrow ». « Book a bad debt
 * allowance » is an accounting entry Relances does not post: read as a provision, which is never a
 * figure (./outside-work.ts). Merged into the English table (./english.ts), read only in a question
 * that reads as English — « AR » alone is no mark of English (« lettre avec AR » is French).
 */

/** Words that only American finance English has (added to the English markers). */
export const AMERICAN_MARKERS = [
  'installment',
  'installments',
  'delinquent',
  'delinquency',
  'delinquencies',
  'attorney',
  'attorneys',
  'escalated',
  'escalate',
  'escalation',
  'escalations',
  'trended',
  'allowance',
  'doubtful',
  'among',
];

/** The law firm's side, as the destination of a file handed over (« to the attorney »). */
const TO_THE_FIRM = [
  'the attorney',
  'the attorneys',
  'an attorney',
  'our attorney',
  'our attorneys',
  'the collections attorney',
  'the collection attorney',
  'counsel',
  'outside counsel',
  'legal',
  'collections',
];

/** Handing a file over, said to come (« get escalated to ») or done (« were escalated to »). */
const HANDED_OVER: Readonly<Record<string, string>> = {
  'get escalated': 'seront transmis',
  'gets escalated': 'sera transmis',
  'will be escalated': 'seront transmis',
  'will get escalated': 'seront transmis',
  'are being escalated': 'seront transmis',
  'is being escalated': 'sera transmis',
  'to be escalated': 'a transmettre',
  'due to be escalated': 'a transmettre',
  'set to be escalated': 'a transmettre',
  'scheduled to be escalated': 'a transmettre',
  'going to be escalated': 'seront transmis',
  'get referred': 'seront transmis',
  'will be referred': 'seront transmis',
  'to be referred': 'a transmettre',
  'get turned over': 'seront transmis',
  'will be turned over': 'seront transmis',
  'to be turned over': 'a transmettre',
  escalate: 'transmettre',
  escalated: 'transmis',
  referred: 'transmis',
  refer: 'transmettre',
  'turned over': 'transmis',
  'turn over': 'transmettre',
  'handed over': 'transmis',
  'hand over': 'transmettre',
  sent: 'transmis',
  send: 'transmettre',
  went: 'transmis',
  gone: 'transmis',
  go: 'a transmettre',
  placed: 'transmis',
};

function handedOverToTheFirm(): Record<string, string> {
  const table: Record<string, string> = {};
  for (const [verb, french] of Object.entries(HANDED_OVER))
    for (const firm of TO_THE_FIRM) {
      table[`${verb} to ${firm}`] = `${french} au cabinet`;
      if (/^(?:placed|sent|escalated)$/.test(verb)) table[`${verb} with ${firm}`] = `${french} au cabinet`;
    }
  return table;
}

export const AMERICAN: Readonly<Record<string, string>> = {
  ...handedOverToTheFirm(),
  // « escalations due tomorrow », « escalations to the attorney ».
  escalations: 'transmissions au cabinet',
  escalation: 'transmission au cabinet',
  // AR: the receivables (« total AR », « AR balance »; « AR aging » is the aged balance, ./english.ts).
  'total ar': 'encours total',
  'total a r': 'encours total',
  'a r balances': 'encours',
  'a r balance': 'encours',
  'ar balances': 'encours',
  'ar balance': 'encours',
  'a r': 'encours',
  ar: 'encours',
  'receivables balance': 'encours',
  // Past due and delinquent: what is unpaid late.
  'past due balances': 'impayes',
  'past due balance': 'impayes',
  'past due amounts': 'impayes',
  'past due receivables': 'impayes',
  'delinquent balances': 'impayes',
  'delinquent accounts': 'clients en retard',
  'delinquent account': 'client en retard',
  'delinquent customers': 'clients en retard',
  'delinquent clients': 'clients en retard',
  'delinquent invoices': 'factures en retard',
  'delinquency rate': 'taux impayes',
  delinquencies: 'impayes',
  delinquency: 'retard',
  delinquent: 'en retard',
  // A ranking's words: « rank the worst payers among … ».
  rank: '',
  ranked: '',
  ranking: '',
  among: '',
  // Risk segments said with a hyphen or « mid ».
  'moderate risk': 'risque modere',
  'moderately risky': 'risque modere',
  'mid risk': 'risque modere',
  // Litigation: the attorney, and accounts « in collections » (placed with the firm, not money received).
  'with the attorneys': 'contentieux',
  'with the attorney': 'contentieux',
  'with an attorney': 'contentieux',
  'with our attorney': 'contentieux',
  'with our attorneys': 'contentieux',
  'with counsel': 'contentieux',
  'with outside counsel': 'contentieux',
  'collections attorney': 'cabinet',
  'collection attorney': 'cabinet',
  attorneys: 'avocats',
  attorney: 'avocat',
  'are in collections': 'au contentieux',
  'is in collections': 'au contentieux',
  'accounts in collections': 'clients au contentieux',
  'customers in collections': 'clients au contentieux',
  'clients in collections': 'clients au contentieux',
  'in collections with': 'au contentieux',
  // Payment plans.
  'installment plans': 'echeanciers',
  'installment plan': 'echeancier',
  'installment agreements': 'echeanciers',
  'installment agreement': 'echeancier',
  'installment arrangements': 'echeanciers',
  'installment arrangement': 'echeancier',
  'payment schedules': 'echeanciers',
  'payment schedule': 'echeancier',
  installments: 'echeanciers',
  installment: 'echeancier',
  // Trends: « trending up », « up or down vs. last month », « how has DSO trended », « month over month ».
  'trending up': 'evolution',
  'trending down': 'evolution',
  'trending higher': 'evolution',
  'trending lower': 'evolution',
  trended: 'evolution',
  trends: 'evolution',
  'up or down': 'en hausse ou en baisse',
  'down or up': 'en hausse ou en baisse',
  'higher or lower': 'en hausse ou en baisse',
  'how has': '',
  'how have': '',
  'month over month': 'evolution par mois',
  'cash receipts': 'encaissements',
  'cash collections': 'encaissements',
  // An allowance for doubtful accounts is a provision: an entry Relances does not post.
  'bad debt allowance': 'provision',
  'bad debt reserve': 'provision',
  'bad debt provision': 'provision',
  'bad debt expense': 'provision',
  'allowance for doubtful accounts': 'provision',
  'allowance for bad debts': 'provision',
  'allowance for credit losses': 'provision',
  'reserve for bad debts': 'provision',
  allowance: 'provision',
  'doubtful accounts': 'creances douteuses',
  // « book / post a write-off, an allowance, an entry »: posting an entry (« book in bad debts »,
  // without an article, is what was written off and keeps its figure).
  'book a': 'comptabiliser',
  'book an': 'comptabiliser',
  'book the': 'comptabiliser',
  'post a': 'comptabiliser',
  'post an': 'comptabiliser',
  'post the': 'comptabiliser',
  // « AR turnover », « receivables turnover ratio »: sales over receivables, a figure of the turnover
  // (the British word for sales) that Relances does not compute (./not-done.ts).
  'ar turnover ratio': 'chiffre d affaires',
  'ar turnover': 'chiffre d affaires',
  'receivables turnover ratio': 'chiffre d affaires',
  'receivables turnover': 'chiffre d affaires',
  'turnover ratio': 'chiffre d affaires',
  turnover: 'chiffre d affaires',
  // « send X to collections »: the law firm's side, not money received.
  'to collections': 'au contentieux',
  ...figuresToCome(),
};

/** « what will AR be next month? »: a figure to come, a forecast Relances does not make (./not-done.ts). */
function figuresToCome(): Record<string, string> {
  const figures: Readonly<Record<string, string>> = {
    ar: 'encours',
    'total ar': 'encours total',
    'our ar': 'encours',
    'a r': 'encours',
    dso: 'dso',
    'our dso': 'dso',
    'the dso': 'dso',
    receivables: 'creances',
    'our receivables': 'creances',
    'past due': 'impayes',
    'the past due balance': 'impayes',
    'our past due': 'impayes',
    collections: 'encaissements',
    'cash receipts': 'encaissements',
  };
  const table: Record<string, string> = {};
  for (const [figure, french] of Object.entries(figures)) table[`will ${figure} be`] = `sera ${french}`;
  return table;
}
