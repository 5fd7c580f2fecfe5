/**
 * A deterministic synthetic portfolio for the benchmarks: customers and three years of invoices, as
 * domain objects and as the French CSV exports the import reads (`;`, decimal commas, dd/mm/yyyy).
 *
 * Same seed and same `today` → same bytes. Only integer arithmetic, `Math.sqrt` and IEEE products
 * decide values (all correctly rounded), never `Math.log`/`Math.exp`, whose last bit may differ
 * between V8 versions, so that two machines benchmark the same files.
 *
 * The domain invoices are exactly what `importLedgerFile` makes of the CSV (fresh invoices: closedOn
 * null, no applied payment), so the harness can check that it measures a correct import.
 */
import { withLuhnKey } from '../src/cli/demo-seed';
import { addDays, formatDateShortFr, type CalendarDate } from '../src/domain/calendar-date';
import {
  EMPTY_DUNNING,
  statusAfterAmounts,
  type Customer,
  type CustomerType,
  type Invoice,
  type RiskSegment,
} from '../src/domain/ledger';
import { cents, formatEuros, type Cents } from '../src/domain/money';

export interface PortfolioOptions {
  invoices: number;
  /** Share of invoices still owed (unpaid or partially paid); the rest are fully paid. */
  openRatio?: number;
  seed: number;
  today: CalendarDate;
}

export interface Portfolio {
  customers: Customer[];
  /** Sorted by issue date, numbered in that order (FA/2025/000123). */
  invoices: Invoice[];
  /** Invoices neither paid nor written off: exactly round(invoices × openRatio). */
  openCount: number;
  csv: { customers: string; invoices: string };
}

/** The header of the invoices export (French column names, `;`). */
export const INVOICES_HEADER =
  'numero_facture;code_client;date_facture;date_echeance;montant_ht;montant_tva;montant_ttc;montant_regle;devise;reference_commande;derniere_relance;date_derniere_relance';

/** mulberry32: 32-bit state, good enough spread for test data, and exact (integer ops only). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Picks by integer weights. */
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let roll = Math.floor(this.next() * total);
    for (const [value, weight] of choices) {
      if (roll < weight) return value;
      roll -= weight;
    }
    return choices[choices.length - 1]![0];
  }
}

const HISTORY_DAYS = 3 * 365;
const TOLERANCE = 100; // cents: under this balance the ledger calls an invoice paid

const TRADES = [
  'Biocoop',
  'Boulangerie',
  'Hôtel',
  'Restaurant',
  'Clinique',
  'Crèche',
  'Pharmacie',
  'Garage',
  'Épicerie fine',
  'Cave',
  'Traiteur',
  'Institut',
  'Laboratoire',
  'Cabinet',
  'Résidence',
  'Collège',
  'Société',
  'Atelier',
] as const;
const NAMES = [
  'du Parc',
  'des Lilas',
  'Saint-Jean',
  'Bellecour',
  'de la Gare',
  'Les Tilleuls',
  'd’Ainay',
  'Montchat',
  'du Lac',
  'Beauséjour',
  'de l’Étoile',
  'Croix-Rousse',
  'Les Canuts',
  'Confluence',
  'des Brotteaux',
  'Fourvière',
  'Vaise',
  'Gerland',
  'du Vieux Port',
  'Mont-Blanc',
] as const;
const FORMS = ['SARL', 'SAS', 'SA', 'EURL', 'SASU', ''] as const;
const FIRST_NAMES = ['Julien', 'Camille', 'Léa', 'Hugo', 'Chloé', 'Lucas', 'Inès', 'Mathieu', 'Zoé', 'Noé'];
const LAST_NAMES = ['Bernard', 'Martin', 'Lefèvre', 'Moreau', 'Girard', 'Roux', 'Fontaine', 'Chevalier'];
const STREETS = [
  'rue de la République',
  'avenue Jean Jaurès',
  'quai Claude Bernard',
  'boulevard des Belges',
  'chemin des Vignes',
  'place Carnot',
  'rue d’Austerlitz',
  'allée des Artisans',
  'route de Vienne',
  'cours Lafayette',
] as const;
const PLACES: ReadonlyArray<readonly [string, string]> = [
  ['69001', 'Lyon'],
  ['69003', 'Lyon'],
  ['69007', 'Lyon'],
  ['69100', 'Villeurbanne'],
  ['69150', 'Décines-Charpieu'],
  ['69400', 'Villefranche-sur-Saône'],
  ['42000', 'Saint-Étienne'],
  ['38000', 'Grenoble'],
  ['74000', 'Annecy'],
  ['73000', 'Chambéry'],
  ['01000', 'Bourg-en-Bresse'],
  ['26000', 'Valence'],
  ['13001', 'Marseille'],
  ['75011', 'Paris'],
];
const REPS = [
  'claire.martin@greenova.example',
  'karim.benali@greenova.example',
  'sophie.durand@greenova.example',
  'thomas.petit@greenova.example',
];
const RISK_FR: Record<RiskSegment, string> = { low: 'faible', moderate: 'modéré', high: 'élevé' };

/** Lowercase ASCII slug for e-mail domains. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const csvAmount = (c: Cents) => formatEuros(c, { symbol: false }).replace(/\u00a0/g, ' ');

/** Quotes a cell only when needed, as spreadsheet exports do. */
function cell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function makeCustomers(count: number, random: Random): { customers: Customer[]; weights: number[] } {
  const customers: Customer[] = [];
  // A few key accounts buy a lot, most customers a little: integer weights, no power laws.
  const weights: number[] = [];
  for (let i = 0; i < count; i++) {
    const code = `CL${String(i + 1).padStart(5, '0')}`;
    const type: CustomerType = random.chance(0.15) ? 'B2C' : 'B2B';
    const risk = random.weighted<RiskSegment>([
      ['low', 50],
      ['moderate', 35],
      ['high', 15],
    ]);
    const [postalCode, city] = random.pick(PLACES);
    const legalName =
      type === 'B2C'
        ? `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`
        : `${random.pick(TRADES)} ${random.pick(NAMES)} ${random.pick(FORMS)}`.trim();
    const domain = `${slug(legalName)}-${i + 1}.example`;
    const lines = [`${random.int(1, 180)} ${random.pick(STREETS)}`];
    if (random.chance(0.2)) lines.unshift(`Bâtiment ${random.pick(['A', 'B', 'C'])}`);
    const phone = `0${random.pick(['4', '6', '7'])} ${[0, 0, 0, 0].map(() => String(random.int(10, 99))).join(' ')}`;
    customers.push({
      code,
      legalName,
      siren: type === 'B2B' ? withLuhnKey(String(random.int(10_000_000, 99_999_999))) : null,
      address: { lines, postalCode, city, country: 'France' },
      billingEmails: type === 'B2B' ? [`compta@${domain}`] : [`${slug(legalName)}.${i + 1}@courriel.example`],
      phone,
      salesRepEmail: random.pick(REPS),
      risk,
      type,
      paymentTermsDays:
        type === 'B2C'
          ? 15
          : random.weighted([
              [30, 60],
              [45, 25],
              [60, 15],
            ]),
      contractualPenaltyRateBp: type === 'B2B' && random.chance(0.1) ? random.pick([1000, 1250, 1500]) : null,
    });
    weights.push(
      type === 'B2C'
        ? 1
        : random.weighted([
            [20, 5],
            [4, 25],
            [1, 70],
          ] as const),
    );
  }
  return { customers, weights };
}

function customersCsv(customers: readonly Customer[]): string {
  const lines = [
    'code_client;raison_sociale;siren;email;telephone;adresse;code_postal;ville;commercial_email;segment_risque;type_client;delai_paiement_jours;taux_penalites',
  ];
  for (const c of customers) {
    const rate = c.contractualPenaltyRateBp;
    lines.push(
      [
        c.code,
        c.legalName,
        c.siren ?? '',
        c.billingEmails.join(';'),
        c.phone ?? '',
        c.address.lines.join('|'),
        c.address.postalCode,
        c.address.city,
        c.salesRepEmail ?? '',
        RISK_FR[c.risk],
        c.type,
        String(c.paymentTermsDays),
        rate === null ? '' : csvAmount(cents(rate)),
      ]
        .map(cell)
        .join(';'),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

/** HT in cents: integer buckets of typical order sizes (a bio shop's week, a hospital's quarter…). */
function amountExclTax(random: Random, type: CustomerType): Cents {
  if (type === 'B2C') return cents(random.int(4_000, 80_000));
  const [min, max] = random.weighted<readonly [number, number]>([
    [[8_000, 50_000], 30],
    [[50_000, 250_000], 40],
    [[250_000, 1_000_000], 22],
    [[1_000_000, 4_000_000], 7],
    [[4_000_000, 15_000_000], 1],
  ]);
  return cents(random.int(min, max));
}

interface Draft {
  customer: Customer;
  issueDate: CalendarDate;
  age: number;
  ht: Cents;
  vatBp: number;
  orderRef: string | null;
  /** Lower = more likely to be still open (recent invoices mostly). */
  openScore: number;
  index: number;
}

export function generatePortfolio(options: PortfolioOptions): Portfolio {
  const { invoices: count, seed, today } = options;
  const openRatio = options.openRatio ?? 0.1;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`invoices must be ≥ 1, got ${count}`);
  if (!(openRatio >= 0 && openRatio <= 1)) throw new RangeError(`openRatio must be in [0, 1]`);
  const random = new Random(seed);

  const { customers, weights } = makeCustomers(Math.max(10, Math.round(count / 100)), random);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const totalWeight = cumulative[cumulative.length - 1]!;
  const pickCustomer = (): Customer => {
    const roll = Math.floor(random.float() * totalWeight);
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > roll) hi = mid;
      else lo = mid + 1;
    }
    return customers[lo]!;
  };

  const drafts: Draft[] = [];
  for (let index = 0; index < count; index++) {
    const customer = pickCustomer();
    const age = random.int(0, HISTORY_DAYS);
    drafts.push({
      customer,
      issueDate: addDays(today, -age),
      age,
      ht: amountExclTax(random, customer.type),
      vatBp: random.chance(0.15) ? 550 : 2000,
      orderRef: random.chance(0.6) ? `BC-${random.int(10_000, 99_999)}` : null,
      // P(open | age a) ∝ (s/a)²: everything younger than the payment terms is open, a thin tail of
      // old unpaid invoices remains (half of the open invoices end up overdue).
      openScore: age * Math.sqrt(random.float()),
      index,
    });
  }

  // Exactly round(count × openRatio) open invoices: the lowest scores.
  const openCount = Math.round(count * openRatio);
  const byScore = [...drafts].sort((a, b) => a.openScore - b.openScore || a.index - b.index);
  const open = new Set(byScore.slice(0, openCount).map((d) => d.index));

  // Numbered in issue order, per year, as accounting software does.
  drafts.sort((a, b) => b.age - a.age || a.index - b.index);
  const perYear = new Map<string, number>();
  const invoices: Invoice[] = [];
  const invoiceLines = [INVOICES_HEADER];
  for (const d of drafts) {
    const year = d.issueDate.slice(0, 4);
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    const number = `FA/${year}/${String(seq).padStart(6, '0')}`;
    const dueDate = addDays(d.issueDate, d.customer.paymentTermsDays);
    const vat = cents(Math.round((d.ht * d.vatBp) / 10_000));
    const ttc = cents(d.ht + vat);

    let amountPaid = ttc;
    let lastStep: string | null = null;
    let lastStepDate: CalendarDate | null = null;
    if (open.has(d.index)) {
      amountPaid = cents(0);
      if (random.chance(0.25)) {
        const partial = Math.floor((ttc * random.int(10, 80)) / 100);
        if (ttc - partial >= TOLERANCE) amountPaid = cents(partial);
      }
      const overdue = d.age - d.customer.paymentTermsDays;
      if (overdue >= 3 && random.chance(0.7)) {
        const step = overdue >= 20 ? 20 : overdue >= 10 ? 10 : 3;
        lastStep = `J+${step}`;
        lastStepDate = addDays(dueDate, step);
      }
    }

    const fresh: Invoice = {
      number,
      customerCode: d.customer.code,
      issueDate: d.issueDate,
      dueDate,
      amountExclTax: d.ht,
      vatAmount: vat,
      amountInclTax: ttc,
      amountPaid,
      currency: 'EUR',
      orderRef: d.orderRef,
      status: 'open',
      dunning: { ...EMPTY_DUNNING, lastStep, lastStepDate },
      closedOn: null,
      appliedPaymentIds: [],
    };
    invoices.push({ ...fresh, status: statusAfterAmounts(fresh) });
    invoiceLines.push(
      [
        number,
        d.customer.code,
        formatDateShortFr(d.issueDate),
        formatDateShortFr(dueDate),
        csvAmount(d.ht),
        csvAmount(vat),
        csvAmount(ttc),
        csvAmount(amountPaid),
        'EUR',
        d.orderRef ?? '',
        lastStep ?? '',
        lastStepDate ? formatDateShortFr(lastStepDate) : '',
      ]
        .map(cell)
        .join(';'),
    );
  }

  return {
    customers,
    invoices,
    openCount,
    csv: { customers: customersCsv(customers), invoices: invoiceLines.join('\r\n') + '\r\n' },
  };
}

/** As the import writes: bounded slices keep each saveMany's per-partition bookkeeping small. */
const LOAD_SLICE = 2000;

/**
 * Writes a portfolio's invoices (truth and views) as new, in slices; the customers are the
 * caller's business (some figures time the invoices alone). Fails if any invoice is refused.
 */
export async function loadInvoices(
  invoices: Portfolio['invoices'],
  save: (changes: Array<{ next: Portfolio['invoices'][number]; previous: null }>) => Promise<unknown[]>,
): Promise<void> {
  for (let i = 0; i < invoices.length; i += LOAD_SLICE) {
    const lost = await save(invoices.slice(i, i + LOAD_SLICE).map((next) => ({ next, previous: null })));
    if (lost.length > 0) throw new Error(`${lost.length} invoices refused while loading`);
  }
}
