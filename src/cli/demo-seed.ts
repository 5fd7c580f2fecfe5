/**
 * The Greenova demo portfolio, loaded by `npm start` when the store is empty. It goes through the
 * same import as a user's files (CSV as accounting software exports them), with due dates placed
 * relative to today so that today's J+3, J+10, J+20 and J+30 lists are not empty, plus a pre-due
 * reminder, paid, partially paid and disputed invoices, and a year of paid history — and a past in
 * the journal (./demo-past.ts): the reminders already sent, a call, promises kept and broken, a plan.
 */
import { SYSTEM_ACTORS } from '../application/system-actors';
import { importableSteps, type LadderConfig } from '../domain/ladder';
import {
  addDays,
  calendarDate,
  calendarDateAt,
  daysBetween,
  formatDateShortFr,
  minDate,
  yearOf,
  type CalendarDate,
} from '../domain/calendar-date';
import type { WriteOff, WriteOffReason } from '../domain/ledger';
import { applyWriteOff, checkWriteOff, WRITTEN_OFF_ACTION } from '../domain/write-off';
import { frenchBusinessCalendar, type BusinessCalendar } from '../domain/business-calendar';
import { placeHold } from '../domain/holds';
import { cents, formatEuros, type Cents } from '../domain/money';
import type { Actor } from '../domain/journal';
import { importLedgerFile, type ImportResult } from '../application/ledger/import-ledger-file';
import type { TableStores } from '../store';
import { TableJournal } from '../store/journal';
import { fixedClock } from '../store/system-clock';
import { demoPast, demoPlan, type DemoStory, type PastInvoice } from './demo-past';
import { seedDemoSnapshots } from './demo-snapshots';

export const DEMO_ACTOR: Actor = SYSTEM_ACTORS.demo;
/** Who decided in the demo's past, unless the configuration names the controller. */
export const DEMO_CONTROLLER: Actor = { id: 'camille.roux@greenova.example', name: 'Camille Roux' };

interface DemoCustomer {
  code: string;
  name: string;
  sirenBase: string;
  address: string;
  postalCode: string;
  city: string;
  email: string;
  phone: string;
  rep: string;
  risk: 'faible' | 'modéré' | 'élevé';
  type: 'B2B' | 'B2C' | 'PUBLIC';
}

const CLAIRE = 'claire.martin@greenova.example';
const KARIM = 'karim.benali@greenova.example';

export const DEMO_CUSTOMERS: DemoCustomer[] = [
  {
    code: 'C001',
    name: 'Biocoop Lyon Croix-Rousse',
    sirenBase: '51234567',
    address: '12 rue d’Austerlitz',
    postalCode: '69004',
    city: 'Lyon',
    email: 'compta@biocoop-croixrousse.example',
    phone: '04 78 28 12 34',
    rep: CLAIRE,
    risk: 'modéré',
    type: 'B2B',
  },
  {
    code: 'C002',
    name: 'Société Générale d’Hygiène',
    sirenBase: '43218765',
    address: 'ZI des Bruyères|8 allée des Artisans',
    postalCode: '69150',
    city: 'Décines-Charpieu',
    email: 'fournisseurs@sgh-proprete.example',
    phone: '04 72 05 44 10',
    rep: KARIM,
    risk: 'élevé',
    type: 'B2B',
  },
  {
    code: 'C003',
    name: 'Hôtel du Parc',
    sirenBase: '38765432',
    address: '3 quai Jules Courmont',
    postalCode: '69002',
    city: 'Lyon',
    email: 'direction@hotelduparc-lyon.example',
    phone: '04 78 42 00 01',
    rep: CLAIRE,
    risk: 'faible',
    type: 'B2B',
  },
  {
    code: 'C004',
    name: 'Centre hospitalier de Villefranche',
    sirenBase: '26690012',
    address: 'Plateau d’Ouilly|BP 436',
    postalCode: '69655',
    city: 'Villefranche-sur-Saône',
    email: 'factures@ch-villefranche.example',
    phone: '04 74 09 29 29',
    rep: KARIM,
    risk: 'faible',
    // A public hospital: moratory interest at ECB + 8 points and 40 € (Code de la commande publique).
    type: 'PUBLIC',
  },
  {
    code: 'C005',
    name: 'Dupont & Fils <SARL>',
    sirenBase: '79345128',
    address: '27 avenue Jean Jaurès',
    postalCode: '69007',
    city: 'Lyon',
    email: 'contact@dupont-fils.example',
    phone: '04 78 72 16 16',
    rep: KARIM,
    risk: 'modéré',
    type: 'B2B',
  },
  {
    code: 'C006',
    name: 'La Vie Claire Annecy',
    sirenBase: '82011457',
    address: '5 rue Sommeiller',
    postalCode: '74000',
    city: 'Annecy',
    email: 'annecy@lavieclaire-magasin.example',
    phone: '04 50 45 10 20',
    rep: CLAIRE,
    risk: 'faible',
    type: 'B2B',
  },
  {
    code: 'C007',
    name: 'Propreté Services Rhône-Alpes',
    sirenBase: '48820931',
    address: '140 route de Vienne',
    postalCode: '69008',
    city: 'Lyon',
    email: 'comptabilite@psra.example',
    phone: '04 78 00 74 74',
    rep: KARIM,
    risk: 'élevé',
    type: 'B2B',
  },
  {
    code: 'C008',
    name: 'Crèche Les Petits Pas',
    sirenBase: '84102267',
    address: '9 place Carnot',
    postalCode: '42000',
    city: 'Saint-Étienne',
    email: 'gestion@petitspas-creche.example',
    phone: '04 77 32 11 90',
    rep: CLAIRE,
    risk: 'modéré',
    type: 'B2B',
  },
  {
    code: 'C009',
    name: 'Julien Bernard',
    sirenBase: '',
    address: '18 chemin des Vignes',
    postalCode: '69290',
    city: 'Craponne',
    email: 'julien.bernard@courriel.example',
    phone: '06 12 34 56 78',
    rep: CLAIRE,
    risk: 'faible',
    type: 'B2C',
  },
  {
    code: 'C010',
    name: 'Naturalia Part-Dieu',
    sirenBase: '41096725',
    address: '17 rue du Docteur Bouchut',
    postalCode: '69003',
    city: 'Lyon',
    email: 'partdieu@naturalia-magasin.example',
    phone: '04 78 60 21 21',
    rep: CLAIRE,
    risk: 'modéré',
    type: 'B2B',
  },
];

/**
 * Customers Greenova lost money on: two shops liquidated (one last year, one this year), an
 * individual whose debts were cleared, a restaurant that closed after a lost dispute. Kept out of
 * the paid history and of today's lists: their invoices are the demo's write-offs.
 */
export const DEMO_LOST_CUSTOMERS: DemoCustomer[] = [
  {
    code: 'C021',
    name: 'Le Panier Vert',
    sirenBase: '79345120',
    address: '5 rue Mercière',
    postalCode: '69002',
    city: 'Lyon',
    email: 'contact@lepaniervert.example',
    phone: '04 78 37 44 10',
    rep: KARIM,
    risk: 'élevé',
    type: 'B2B',
  },
  {
    code: 'C022',
    name: 'Bio & Saveurs Villeurbanne',
    sirenBase: '82460311',
    address: '40 cours Émile Zola',
    postalCode: '69100',
    city: 'Villeurbanne',
    email: 'compta@bioetsaveurs.example',
    phone: '04 72 44 18 02',
    rep: CLAIRE,
    risk: 'élevé',
    type: 'B2B',
  },
  {
    code: 'C023',
    name: 'Élodie Mercier',
    sirenBase: '',
    address: '3 impasse des Tilleuls',
    postalCode: '69530',
    city: 'Brignais',
    email: 'elodie.mercier@courriel.example',
    phone: '06 71 22 40 18',
    rep: CLAIRE,
    risk: 'élevé',
    type: 'B2C',
  },
  {
    code: 'C024',
    name: 'Les Jardins de Fourvière',
    sirenBase: '75318842',
    address: '22 montée Saint-Barthélemy',
    postalCode: '69005',
    city: 'Lyon',
    email: 'direction@jardinsdefourviere.example',
    phone: '04 78 42 90 07',
    rep: KARIM,
    risk: 'élevé',
    type: 'B2B',
  },
];

const LIQUIDATED = 'Liquidation judiciaire clôturée pour insuffisance d’actif';

/** A loss of the demo's past: an invoice written off by the controller, with its reason. */
interface DemoWriteOff {
  customer: string;
  /** Amount TTC (VAT 20 %), written off in full. */
  ttc: number;
  reason: WriteOffReason;
  note?: string;
  /** Last year: the write-off's day in the previous calendar year (month, day). */
  lastYear?: [number, number];
  /** This year: where the write-off falls between 1 January and today (0 to 1). */
  thisYear?: number;
}

/**
 * About 6 000 € lost last year and 10 000 € this year (Greenova's brief): liquidated shops, an
 * individual's debts cleared, small balances not worth pursuing, a dispute lost (an « avoir »).
 */
const WRITE_OFFS: DemoWriteOff[] = [
  { customer: 'C021', ttc: 2460, reason: 'liquidated', note: LIQUIDATED, lastYear: [5, 20] },
  { customer: 'C021', ttc: 1980, reason: 'liquidated', note: LIQUIDATED, lastYear: [5, 20] },
  {
    customer: 'C023',
    ttc: 1176,
    reason: 'irrecoverable',
    note: 'Surendettement : dette effacée',
    lastYear: [9, 15],
  },
  { customer: 'C022', ttc: 384, reason: 'too_small', lastYear: [11, 28] },
  {
    customer: 'C022',
    ttc: 4320,
    reason: 'liquidated',
    note: 'Liquidation judiciaire, aucun dividende',
    thisYear: 0.3,
  },
  {
    customer: 'C022',
    ttc: 2880,
    reason: 'liquidated',
    note: 'Liquidation judiciaire, aucun dividende',
    thisYear: 0.3,
  },
  {
    customer: 'C024',
    ttc: 1848,
    reason: 'dispute_lost',
    note: 'Livraison abîmée reconnue : avoir',
    thisYear: 0.6,
  },
  {
    customer: 'C024',
    ttc: 640,
    reason: 'other',
    note: 'Remise accordée à la fermeture du restaurant',
    thisYear: 0.8,
  },
  { customer: 'C024', ttc: 312, reason: 'too_small', thisYear: 0.9 },
];

/** Appends the Luhn check digit that makes a valid SIREN. */
export function withLuhnKey(base: string): string {
  for (let key = 0; key <= 9; key++) {
    const candidate = `${base}${key}`;
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      let digit = Number(candidate[8 - i]);
      if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error(`no Luhn key for ${base}`);
}

interface DemoInvoice {
  customer: string;
  /** Days from today to the due date (negative: overdue). */
  dueIn: number;
  ht: number;
  /** VAT rate in basis points (2 000 = 20 %, 550 = 5,5 %). */
  vatBp?: number;
  paid?: number;
  /** The last step already sent, by its rank in the configured ladder (0: the first step). */
  lastStep?: 0 | 1 | 2;
  lastStepAgo?: number;
  /** The last step comes from the export (`derniere_relance`), not from Relances' journal. */
  carriedOver?: true;
  /** Its past, beyond its reminders (see ./demo-past.ts). */
  story?: DemoStory;
  dispute?: string;
}

/** Overdue and open invoices that make today's lists. */
const CURRENT: DemoInvoice[] = [
  // J+3 e-mails: two invoices of one customer (grouped), a partial payment, a private customer.
  { customer: 'C001', dueIn: -3, ht: 1842.5 },
  { customer: 'C001', dueIn: -3, ht: 612.0, vatBp: 550 },
  { customer: 'C003', dueIn: -3, ht: 2310.0 },
  { customer: 'C004', dueIn: -4, ht: 5120.0, paid: 2000 },
  { customer: 'C009', dueIn: -3, ht: 186.4 },
  // J+10 letters: the J+3 e-mail went out a week ago — Dupont's before Relances (the export says
  // so); Naturalia's by Relances, then a promise on the phone, not kept.
  { customer: 'C005', dueIn: -10, ht: 3275.0, lastStep: 0, lastStepAgo: 7, carriedOver: true },
  { customer: 'C010', dueIn: -11, ht: 1498.9, lastStep: 0, lastStepAgo: 8, story: 'broken_promise' },
  // J+20 formal notices: the J+3 e-mail and the J+10 letter are in the journal; the crèche called.
  { customer: 'C002', dueIn: -20, ht: 7840.0, lastStep: 1, lastStepAgo: 10 },
  { customer: 'C002', dueIn: -21, ht: 1265.0, lastStep: 1, lastStepAgo: 11 },
  { customer: 'C008', dueIn: -20, ht: 934.2, vatBp: 550, lastStep: 1, lastStepAgo: 10, story: 'call' },
  // J+30 transfer to Aptos: the mise en demeure went ten days ago, its avis de réception came back.
  { customer: 'C007', dueIn: -30, ht: 4620.0, lastStep: 2, lastStepAgo: 10 },
  // Disputed: the customer contests a delivery.
  {
    customer: 'C006',
    dueIn: -12,
    ht: 2089.0,
    lastStep: 0,
    lastStepAgo: 9,
    dispute: 'Livraison incomplète contestée (bon de livraison BL-2291)',
  },
  // Pre-due reminder for risky customers, and invoices not yet due.
  { customer: 'C002', dueIn: 5, ht: 3150.0 },
  { customer: 'C007', dueIn: 5, ht: 880.0 },
  { customer: 'C003', dueIn: 12, ht: 1720.0 },
  { customer: 'C010', dueIn: 20, ht: 2444.4 },
  // A payment plan under way, agreed before the due date: three installments, the first paid.
  { customer: 'C004', dueIn: 25, ht: 6300.0, story: 'plan' },
];

/**
 * How many days after its due date an invoice of the paid history is paid: on time or nearly for
 * half of them, the others later and later (up to two months) — taken in a well-mixed order so that
 * every few weeks see the whole range — then shifted by the customer's risk segment (the careful
 * ones sooner, the risky ones later). Every month then has payments on time and late, and a DSO of
 * a believable SME (about 45 to 70 days on 30-day terms).
 */
const PAYMENT_DELAYS = [-3, 0, 0, 3, 8, 15, 24, 34, 45, 60] as const;
const RISK_SHIFT: Record<DemoCustomer['risk'], number> = { faible: -3, modéré: 0, élevé: 15 };
/** The k-th delay: the golden-ratio sequence over the list (no two close invoices alike). */
const delayOf = (k: number) => PAYMENT_DELAYS[Math.floor(((k * 0.618034) % 1) * PAYMENT_DELAYS.length)]!;

/** The first and last issue dates of the paid history, in days before the anchor. */
const HISTORY_FROM = 480;
const HISTORY_TO = 55;
/** Days between two invoices of the paid history (about eight a month). */
const HISTORY_EVERY = 4;

/** A paid invoice of the history: issued, due 30 days later, paid on `paidIn` (days from the anchor). */
interface HistoryInvoice {
  customer: string;
  issuedIn: number;
  ht: number;
  paidIn: number;
}

/**
 * A year of paid history and more (issued from about fourteen months ago until six weeks ago,
 * every few days, each customer in turn): every month of the last twelve has invoices issued,
 * invoices falling due, payments on time and late, and receivables at its end of the same order as
 * today's — the demo's year is continuous, its DSO and aged balance have no hole. Everything is
 * paid before the anchor (a business day each time): today's lists are CURRENT's only.
 */
function history(calendar: BusinessCalendar, anchor: CalendarDate): HistoryInvoice[] {
  const rows: HistoryInvoice[] = [];
  const seen = new Map<string, number>();
  let k = 0;
  for (let issuedIn = -HISTORY_FROM; issuedIn <= -HISTORY_TO; issuedIn += HISTORY_EVERY, k++) {
    const customer = DEMO_CUSTOMERS[(k * 3) % DEMO_CUSTOMERS.length]!;
    const nth = seen.get(customer.code) ?? 0;
    seen.set(customer.code, nth + 1);
    const due = issuedIn + 30;
    // Paid on a business day before the anchor: a delay that would run past it is spread over
    // the days between the due date and the anchor (the latest invoices paid sooner, not all at once).
    const delay = Math.max(-3, delayOf(k) + RISK_SHIFT[customer.risk]);
    const room = -3 - due;
    const wanted = due + delay <= -3 ? due + delay : due + (room > 0 ? (k * 7) % room : room);
    const paidIn = daysBetween(anchor, calendar.previousBusinessDayOnOrBefore(addDays(anchor, wanted)));
    const ht =
      customer.type === 'B2C'
        ? 250 + ((k * 97) % 600)
        : 2300 + ((k * 1237) % 2000) + (customer.risk === 'élevé' ? 600 : 0);
    rows.push({ customer: customer.code, issuedIn, ht, paidIn });
  }
  return rows;
}

const csvAmount = (c: Cents) => formatEuros(c, { symbol: false }).replace(/\u00a0/g, ' ');

export interface DemoFiles {
  customers: string;
  invoices: string;
  payments: string;
  disputes: Array<{ number: string; customerCode: string; reason: string }>;
  /** The invoices whose past Relances journaled (reminders, calls, promises, plan). */
  past: PastInvoice[];
  /** The invoices written off in the past (last year and this year), by the controller. */
  writeOffs: Array<{
    number: string;
    customerCode: string;
    date: CalendarDate;
    reason: WriteOffReason;
    note: string | null;
  }>;
}

/** Today's invoices are numbered from here (the history's are numbered by year of issue). */
const CURRENT_FIRST_NUMBER = 1037;

/** The paid invoice whose promise was kept: the crèche's latest paid more than two weeks late. */
const KEPT_PROMISE = { customer: 'C008', delay: 15 };

/**
 * Due dates are placed relative to the last business day on or before today, so that on a
 * week-end or a public holiday the demo still has today's lists (caught up from that day).
 */
export function demoFiles(today: CalendarDate, ladder: LadderConfig): DemoFiles {
  const steps = importableSteps(ladder);
  const stepId = (rank: number) => steps[Math.min(rank, steps.length - 1)]?.id ?? '';
  const calendar = frenchBusinessCalendar();
  const anchor = calendar.previousBusinessDayOnOrBefore(today);
  const emailOf = new Map(DEMO_CUSTOMERS.map((c) => [c.code, c.email]));
  const past: PastInvoice[] = [];
  let keptPromise: PastInvoice | null = null;
  const customers = [
    'code_client;raison_sociale;siren;email;telephone;adresse;code_postal;ville;commercial_email;segment_risque;type_client;delai_paiement_jours',
    ...[...DEMO_CUSTOMERS, ...DEMO_LOST_CUSTOMERS].map((c) =>
      [
        c.code,
        c.name,
        c.sirenBase ? withLuhnKey(c.sirenBase) : '',
        c.email,
        c.phone,
        c.address,
        c.postalCode,
        c.city,
        c.rep,
        c.risk,
        c.type,
        '30',
      ]
        .map((v) => (v.includes(';') ? `"${v}"` : v))
        .join(';'),
    ),
  ];
  const invoices = [
    'numero_facture;code_client;date_facture;date_echeance;montant_ht;montant_tva;montant_ttc;montant_regle;devise;reference_commande;derniere_relance;date_derniere_relance',
  ];
  const payments = ['numero_facture;date_paiement;montant;moyen;reference'];
  const disputes: DemoFiles['disputes'] = [];
  // The paid history, numbered in the order of issue within each year; paid through the payments
  // file with its dates, so that « encaissé », the DSO and the late rate have real payment dates.
  const numbered = new Map<number, number>();
  for (const h of history(calendar, anchor)) {
    const issued = addDays(anchor, h.issuedIn);
    const due = addDays(issued, 30);
    const paidOn = addDays(anchor, h.paidIn);
    const sequence = (numbered.get(yearOf(issued)) ?? 0) + 1;
    numbered.set(yearOf(issued), sequence);
    const number = `F${yearOf(issued)}-${String(200 + sequence).padStart(4, '0')}`;
    const ht = cents(Math.round(h.ht * 100));
    const vat = cents(Math.round((ht * 2000) / 10000));
    const ttc = cents(ht + vat);
    invoices.push(
      [
        number,
        h.customer,
        formatDateShortFr(issued),
        formatDateShortFr(due),
        csvAmount(ht),
        csvAmount(vat),
        csvAmount(ttc),
        csvAmount(cents(0)),
        'EUR',
        `BC-${3000 + invoices.length}`,
        '',
        '',
      ].join(';'),
    );
    payments.push([number, formatDateShortFr(paidOn), csvAmount(ttc), 'virement', `VIR-${number}`].join(';'));
    // The crèche's latest invoice paid more than two weeks late: the promise kept.
    const late = h.customer === KEPT_PROMISE.customer && daysBetween(due, paidOn) > KEPT_PROMISE.delay;
    if (late && (!keptPromise || due > keptPromise.dueDate))
      keptPromise = {
        number,
        customerCode: h.customer,
        customerEmail: emailOf.get(h.customer) ?? '',
        dueDate: due,
        amountInclTax: ttc,
        lastStep: 1,
        story: 'kept_promise',
        paidOn,
      };
  }
  CURRENT.forEach((inv, index) => {
    const number = `F${today.slice(0, 4)}-${String(CURRENT_FIRST_NUMBER + index)}`;
    const due = addDays(anchor, inv.dueIn);
    const issued = addDays(due, -30);
    const ht = cents(Math.round(inv.ht * 100));
    const vat = cents(Math.round((ht * (inv.vatBp ?? 2000)) / 10000));
    const ttc = cents(ht + vat);
    const paidInFile = cents(0);
    const seen = {
      number,
      customerCode: inv.customer,
      customerEmail: emailOf.get(inv.customer) ?? '',
      dueDate: due,
      amountInclTax: ttc,
    };
    // The last step's day: a business day (the demo must look right whatever day it starts).
    const lastStepDate =
      inv.lastStep !== undefined && inv.lastStepAgo !== undefined
        ? calendar.previousBusinessDayOnOrBefore(addDays(anchor, -(inv.lastStepAgo ?? 0)))
        : null;
    const exported = inv.carriedOver ? lastStepDate : null;
    if ((inv.lastStep !== undefined || inv.story) && !inv.carriedOver)
      past.push({
        ...seen,
        lastStep: inv.lastStep,
        lastStepDate: lastStepDate ?? undefined,
        story: inv.story,
      });
    if (inv.story === 'plan') {
      const first = demoPlan(calendar, anchor, ttc).installments[0]!;
      payments.push(
        [number, formatDateShortFr(first.dueDate), csvAmount(first.amount), 'virement', `VIR-${number}`].join(
          ';',
        ),
      );
    }
    invoices.push(
      [
        number,
        inv.customer,
        formatDateShortFr(issued),
        formatDateShortFr(due),
        csvAmount(ht),
        csvAmount(vat),
        csvAmount(ttc),
        csvAmount(paidInFile),
        'EUR',
        `BC-${4100 + CURRENT_FIRST_NUMBER - 1001 + index}`,
        exported && inv.lastStep !== undefined ? stepId(inv.lastStep) : '',
        exported ? formatDateShortFr(exported) : '',
      ].join(';'),
    );
    if (inv.paid !== undefined && inv.paid > 0) {
      payments.push(
        [
          number,
          formatDateShortFr(addDays(anchor, -2)),
          csvAmount(cents(inv.paid * 100)),
          'virement',
          `VIR-${number}`,
        ].join(';'),
      );
    }
    if (inv.dispute) disputes.push({ number, customerCode: inv.customer, reason: inv.dispute });
  });
  // The losses: invoices issued months before they were written off, due 30 days after issue.
  const writeOffs: DemoFiles['writeOffs'] = [];
  const year = yearOf(today);
  const january = calendarDate(year, 1, 1);
  WRITE_OFFS.forEach((w, index) => {
    // On business days, before today's (the journal's past is), whatever day the demo starts.
    const day = w.lastYear
      ? calendarDate(year - 1, w.lastYear[0], w.lastYear[1])
      : addDays(january, Math.floor(daysBetween(january, addDays(anchor, -1)) * (w.thisYear ?? 1)));
    const date = calendar.previousBusinessDayOnOrBefore(minDate(day, addDays(anchor, -1)));
    const due = addDays(date, -150 + index * 7);
    const issued = addDays(due, -30);
    const ttc = cents(Math.round(w.ttc * 100));
    const ht = cents(Math.round(ttc / 1.2));
    const number = `F${yearOf(issued)}-${String(801 + index).padStart(4, '0')}`;
    invoices.push(
      [
        number,
        w.customer,
        formatDateShortFr(issued),
        formatDateShortFr(due),
        csvAmount(ht),
        csvAmount(cents(ttc - ht)),
        csvAmount(ttc),
        csvAmount(cents(0)),
        'EUR',
        `BC-${3800 + index}`,
        '',
        '',
      ].join(';'),
    );
    writeOffs.push({ number, customerCode: w.customer, date, reason: w.reason, note: w.note ?? null });
  });
  return {
    writeOffs,
    customers: customers.join('\r\n'),
    invoices: invoices.join('\r\n'),
    payments: payments.join('\r\n'),
    disputes,
    past: keptPromise ? [keptPromise, ...past] : past,
  };
}

export interface DemoSeedReport {
  customers: number;
  invoices: number;
  payments: number;
  disputes: number;
  /** Daily snapshots replayed over the demo's ledger (a year of them). */
  snapshots: number;
}

/** Loads the demo portfolio if the store has no customer yet; returns null when it had some. */
export async function seedDemoIfEmpty(
  stores: TableStores,
  today: CalendarDate,
  ladder: LadderConfig,
  controller: Actor = DEMO_CONTROLLER,
): Promise<DemoSeedReport | null> {
  if ((await stores.customers.list()).length > 0) return null;
  const files = demoFiles(today, ladder);
  const results: ImportResult[] = [];
  for (const [kind, text, fileName] of [
    ['customers', files.customers, 'demo-clients.csv'],
    ['invoices', files.invoices, 'demo-factures.csv'],
    ['payments', files.payments, 'demo-paiements.csv'],
  ] as const) {
    const result = await importLedgerFile(stores, {
      kind,
      bytes: Buffer.from(text, 'utf8'),
      fileName,
      actor: DEMO_ACTOR,
      ladder,
      today,
    });
    if (result.status !== 'imported') throw new Error(`demo ${kind} refused:\n${result.report}`);
    results.push(result);
  }
  // The past, journaled on its days (the journal is append-only: each entry is written once, with
  // a clock at that moment), and the state it leaves on the invoices.
  const calendar = frenchBusinessCalendar();
  const anchor = calendar.previousBusinessDayOnOrBefore(today);
  const past = demoPast(files.past, { ladder, calendar, anchor, controller });
  const journalAt = (at: Date) => new TableJournal(stores.storage, fixedClock(calendarDateAt(at), at));
  for (const { at, entry } of past.entries) await journalAt(at).append(entry);
  for (const { customerCode, number, change } of past.changes)
    await stores.invoices.modify(customerCode, number, change);
  for (const dispute of files.disputes) {
    const since = calendar.previousBusinessDayOnOrBefore(addDays(anchor, -2));
    await stores.invoices.modify(dispute.customerCode, dispute.number, (inv) => {
      const placed = placeHold(inv, { kind: 'dispute', reason: dispute.reason, since });
      return placed.ok ? placed.invoice : null;
    });
    await journalAt(new Date(`${since}T11:00:00+01:00`)).append({
      actor: controller,
      action: 'invoice.disputed',
      target: { invoiceNumbers: [dispute.number], customerCodes: [dispute.customerCode] },
      details: { reason: dispute.reason },
      outcome: 'ok',
    });
  }
  // The losses of last year and this year: written off by the controller on their days.
  for (const w of files.writeOffs) {
    let written: WriteOff | null = null;
    await stores.invoices.modify(w.customerCode, w.number, (inv) => {
      const check = checkWriteOff(
        inv,
        { amount: null, date: w.date, reason: w.reason, note: w.note ?? '' },
        w.date,
        ladder.balanceTolerance,
      );
      if (!check.ok) return null;
      written = { ...check.writeOff, by: controller.name };
      return applyWriteOff(inv, written);
    });
    const done = written as WriteOff | null;
    if (!done) throw new Error(`demo write-off of ${w.number} refused`);
    await journalAt(new Date(`${w.date}T16:30:00+01:00`)).append({
      actor: controller,
      action: WRITTEN_OFF_ACTION,
      target: { invoiceNumbers: [w.number], customerCodes: [w.customerCode] },
      details: {
        source: 'customer_card',
        writeOffs: [
          {
            invoice: w.number,
            date: done.date,
            amount: done.amount,
            reason: done.reason,
            note: done.note,
            closes: true,
            rest: 0,
            litigation: false,
          },
        ],
        total: done.amount,
        writeOffIds: [done.id],
      },
      outcome: 'ok',
    });
  }
  // A year of daily figures, replayed over the ledger just loaded (trends, the weekly review).
  const snapshots = await seedDemoSnapshots(stores, today);
  return {
    customers: results[0]!.counts.created,
    invoices: results[1]!.counts.created,
    payments: results[2]!.counts.created,
    disputes: files.disputes.length,
    snapshots,
  };
}
