/**
 * How the penalties read in the letters and the dossier, by customer type: the rate applied as a
 * figure and why, the periods table, the base following dated payments, a consumer's interest only
 * after the mise en demeure's receipt, a public buyer's moratory interest, prescription by type.
 * Figures are computed by hand here (cents × bp × days / 3 650 000, half up once per invoice).
 */
import type { CalendarDate } from '../../src/domain/calendar-date';
import type { CompanyIdentity, LawFirm } from '../../src/domain/identity';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import type { Invoice, NoticeEvent, Payment } from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';
import { DEFAULT_RATE_TABLE } from '../../src/domain/rate-table';
import {
  renderFormalNotice,
  renderLitigationDossier,
  renderLitigationTransfer,
  renderReminderLetter,
} from '../../src/documents/letters';
import { docxText } from '../support/docx-text';
import { aCustomer, anInvoice } from '../support/fixtures';

const d = (iso: string) => iso as CalendarDate;
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const COMPANY: CompanyIdentity = {
  legalName: 'Greenova',
  legalForm: 'SAS',
  address: { lines: ['12 rue des Artisans'], postalCode: '69100', city: 'Villeurbanne', country: 'France' },
  siren: '814526737',
  vatNumber: 'FR67814526737',
  iban: 'FR76 3000 4000 0312 3456 7890 143',
  bic: 'BNPAFRPPXXX',
  phone: null,
  email: 'comptabilite@greenova.example',
  website: null,
  city: 'Villeurbanne',
  controller: {
    name: 'Camille Roux',
    title: 'Responsable du crédit client',
    email: 'c@greenova.example',
    phone: null,
  },
  backupController: null,
  logoFile: null,
};
const FIRM: LawFirm = {
  name: 'Cabinet Aptos Avocats',
  address: { lines: ['45 cours Lafayette'], postalCode: '69003', city: 'Lyon', country: 'France' },
  email: 'recouvrement@aptos-avocats.example',
  contact: { name: 'Maître Anne Lambert', title: 'Avocate associée', email: 'r@aptos.example', phone: null },
  mandateStart: d('2026-01-01'),
};

const base = (
  customer: ReturnType<typeof aCustomer>,
  invoices: Invoice[],
  today: string,
  payments: Payment[] = [],
) => ({
  company: COMPANY,
  customer,
  invoices,
  today: d(today),
  rates: DEFAULT_RATE_TABLE,
  payments,
});
const dossier = async (input: ReturnType<typeof base>) =>
  plain(
    await docxText(
      await renderLitigationDossier({ ...input, lawFirm: FIRM, ladder: GREENOVA_LADDER, journal: [] }),
    ),
  );
const notice = async (input: ReturnType<typeof base>) =>
  plain(await docxText(await renderFormalNotice({ ...input, lawFirm: FIRM })));

const HOSPITAL = aCustomer({ code: 'C004', legalName: 'Centre hospitalier de Villefranche', type: 'PUBLIC' });
const HOSPITAL_INVOICE = anInvoice({
  number: 'F2026-0301',
  customerCode: 'C004',
  issueDate: d('2026-05-01'),
  dueDate: d('2026-06-20'),
  amountInclTax: cents(614_400),
});

describe('a public buyer (Code de la commande publique R2192-31, D2192-35)', () => {
  it('owes moratory interest at the ECB rate of the semester they started in + 8 points, kept after 1 July', async () => {
    // From 21 June 2026 (H1: ECB 2,15 % + 8 = 10,15 %), kept in H2 (not 2,40 % + 8):
    //   614 400 × 1 015 × 156 days = 97 284 096 000 / 3 650 000 = 26 653,18 → 266,53 €
    const text = await notice(base(HOSPITAL, [HOSPITAL_INVOICE], '2026-11-23'));
    expect(text).toContain(
      'des intérêts moratoires au taux de 10,15 % l’an (taux de la BCE au 1er janvier 2026, 2,15 %, majoré de 8 points)',
    );
    expect(text).toContain('R2192-31');
    expect(text).toContain('D2192-35');
    expect(text).not.toContain('L441-10');
    expect(text).toContain('21/06/2026\t23/11/2026\t6 144,00 €\t10,15 %\t156\t266,53 €');
    expect(text).toContain('266,53 € d’intérêts moratoires arrêtés au 23 novembre 2026 et 40,00 €');
    // 6 144,00 + 266,53 + 40,00
    expect(text).toContain('la somme de 6 450,53 €');
    // A public buyer's contract is its order, not our CGV; the next step is the administrative
    // judge (no injonction de payer); interest runs of right, not from a mise en demeure (1344).
    expect(text).toContain('émise en exécution de votre commande et échue');
    expect(text).not.toContain('conditions générales de vente');
    expect(text).toContain('saisir le tribunal administratif compétent d’une demande de provision');
    expect(text).not.toContain('1344');
    expect(text).not.toContain('recouvrement judiciaire');
  });

  it('is time-barred four years from 1 January after the year of the service (loi n° 68-1250)', async () => {
    const text = await dossier(base(HOSPITAL, [HOSPITAL_INVOICE], '2026-11-23'));
    expect(text).toContain('F2026-0301\t1er mai 2026\t20 juin 2026\t31 décembre 2030');
    // Invoiced (delivered) in December 2025, due in January 2026: the rights were acquired in 2025,
    // so the four years run from 1 January 2026 — not a year later from the due date.
    const december = anInvoice({
      number: 'F2025-1288',
      customerCode: 'C004',
      issueDate: d('2025-12-15'),
      dueDate: d('2026-01-14'),
      amountInclTax: cents(120_000),
    });
    const late = await dossier(base(HOSPITAL, [december], '2026-11-23'));
    expect(late).toContain('F2025-1288\t15 décembre 2025\t14 janvier 2026\t31 décembre 2029');
    expect(text).toContain('Prescription (4 ans)');
    expect(text).toContain('loi n° 68-1250 du 31 décembre 1968');
  });
});

describe('a business customer (Code de commerce L441-10)', () => {
  it('under the firm’s floor, announces the commissaire de justice, not the firm it will not get', async () => {
    const small = anInvoice({ number: 'F2026-0777', customerCode: 'C0042', amountInclTax: cents(22_368) });
    const customer = aCustomer({ code: 'C0042', legalName: 'Petit Client SARL' });
    const text = plain(
      await docxText(
        await renderFormalNotice({
          ...base(customer, [small], '2026-11-23'),
          lawFirm: { ...FIRM, minClaim: cents(50_000) },
        }),
      ),
    );
    expect(text).toContain('nous confierons le recouvrement de cette créance à un commissaire de justice');
    expect(text).toContain('article L125-1 du Code des procédures civiles d’exécution');
    expect(text).not.toContain('transmettrons le dossier');
    // At or over the floor, the firm.
    const big = plain(
      await docxText(await renderFormalNotice({ ...base(customer, [small], '2026-11-23'), lawFirm: FIRM })),
    );
    expect(big).toContain('nous transmettrons le dossier à notre conseil');
  });

  it('states the legal floor applied, never the CGV rate under it', async () => {
    // CGV 5 %; H1 2026 floor 3 × 2,62 % = 7,86 %: 100 000 × 786 × 59 days = 4 637 400 000
    //   / 3 650 000 = 1 270,52 → 12,71 €
    const customer = aCustomer({ contractualPenaltyRateBp: 500 });
    const invoice = anInvoice({
      number: 'F2026-0101',
      dueDate: d('2026-01-31'),
      amountInclTax: cents(100_000),
    });
    for (const text of [
      await notice(base(customer, [invoice], '2026-03-31')),
      plain(await docxText(await renderReminderLetter(base(customer, [invoice], '2026-03-31')))),
    ]) {
      expect(text).toContain(
        'au taux de 7,86 % l’an, soit trois fois le taux de l’intérêt légal, minimum prévu par l’article L441-10 du Code de commerce',
      );
      expect(text).not.toContain('5,00 %');
      expect(text).toContain('12,71 €');
    }
  });

  it('follows the dated payments: the issue’s 144,47 €, period by period', async () => {
    // 5 000 € due 31 January 2026, 2 000 € paid 2 March, 1 000 € paid 15 April, as of 30 June:
    //   500 000 × 1 215 × 30 + 300 000 × 1 215 × 44 + 200 000 × 1 215 × 76 = 52 731 000 000
    //   / 3 650 000 = 14 446,85 → 144,47 €
    const invoice = anInvoice({
      number: 'F2026-0077',
      dueDate: d('2026-01-31'),
      amountInclTax: cents(500_000),
      amountPaid: cents(300_000),
    });
    const pay = (id: string, date: string, amount: number): Payment => ({
      id,
      invoiceNumber: 'F2026-0077',
      customerCode: 'C001',
      date: d(date),
      amount: cents(amount),
      method: null,
      reference: null,
    });
    const text = await notice(
      base(aCustomer(), [invoice], '2026-06-30', [
        pay('p1', '2026-03-02', 200_000),
        pay('p2', '2026-04-15', 100_000),
      ]),
    );
    expect(text).toContain(
      'au taux de 12,15 % l’an (taux de la BCE au 1er janvier 2026, 2,15 %, majoré de 10 points)',
    );
    expect(text).toContain('F2026-0077\t01/02/2026\t02/03/2026\t5 000,00 €\t12,15 %\t30\t49,93 €');
    expect(text).toContain('03/03/2026\t15/04/2026\t3 000,00 €\t12,15 %\t44\t43,94 €');
    expect(text).toContain('16/04/2026\t30/06/2026\t2 000,00 €\t12,15 %\t76\t50,60 €');
    expect(text).toContain('144,47 € de pénalités de retard arrêtées au 30 juin 2026');
    expect(text).toContain('arrondi une seule fois');
  });
});

describe('a consumer (Code civil 1231-6, 1344)', () => {
  const person = aCustomer({ code: 'P01', legalName: 'Mme Claire Dubois', siren: null, type: 'B2C' });
  const withNotice = (event: NoticeEvent | null) =>
    anInvoice({
      number: 'F2026-0450',
      customerCode: 'P01',
      issueDate: d('2026-01-15'),
      dueDate: d('2026-02-15'),
      amountInclTax: cents(150_000),
      dunning: {
        lastStep: 'J+20',
        lastStepDate: d('2026-03-18'),
        hold: null,
        alert: null,
        notice: { postedOn: d('2026-03-18'), lrar: '1A 234', event },
      },
    });

  it.each([
    ['received', 'AR signed'],
    ['unclaimed', 'avisé non réclamé'],
  ] as const)('owes the legal rate from the day after the notice (%s: %s)', async (kind, _label) => {
    // From 21 March to 31 May 2026 = 72 days at the legal rate of H1 2026 (2,62 %):
    //   150 000 × 262 × 72 = 2 829 600 000 / 3 650 000 = 775,23 → 7,75 €
    const text = await dossier(base(person, [withNotice({ kind, on: d('2026-03-20') })], '2026-05-31'));
    // The firm is told whether it was a signed AR or a presentation not collected.
    expect(text).toContain(
      kind === 'received'
        ? 'Mise en demeure reçue le 20 mars 2026 (avis de réception signé)'
        : 'Mise en demeure présentée le 20 mars 2026, avisée et non réclamée',
    );
    expect(text).toContain('au taux de 2,62 % l’an (taux de l’intérêt légal du premier semestre 2026)');
    expect(text).toContain('F2026-0450\t21/03/2026\t31/05/2026\t1 500,00 €\t2,62 %\t72\t7,75 €');
    expect(text).toContain('Total réclamé au 31 mai 2026\t1 507,75 €');
    expect(text).not.toContain('40,00 €');
    expect(text).not.toContain('L441-10 du Code de commerce)');
  });

  it('tells the firm the interest since the notice, with no indemnity column', async () => {
    const text = plain(
      await docxText(
        await renderLitigationTransfer({
          ...base(person, [withNotice({ kind: 'received', on: d('2026-03-20') })], '2026-05-31'),
          lawFirm: FIRM,
          ladder: GREENOVA_LADDER,
          journal: [],
        }),
      ),
    );
    expect(text).toContain('Intérêts au taux légal');
    expect(text).not.toContain('Indemnité forfaitaire');
    expect(text).toContain('1 507,75 €');
    expect(text).toContain('7,75 € d’intérêts au taux légal arrêtés au 31 mai 2026');
  });

  it('owes nothing yet when the letter came back or no event is known', async () => {
    for (const event of [{ kind: 'returned', on: d('2026-03-25') } as const, null]) {
      const text = await dossier(base(person, [withNotice(event)], '2026-05-31'));
      expect(text).toContain('aucun intérêt n’est chiffré');
      expect(text).toContain('Total réclamé en principal au 31 mai 2026 : 1 500,00 €');
    }
  });

  it('is time-barred two years from the invoice date (Code de la consommation L218-2)', async () => {
    const text = await dossier(base(person, [withNotice(null)], '2026-05-31'));
    expect(text).toContain('F2026-0450\t15 janvier 2026\t15 février 2026\t15 janvier 2028');
    expect(text).toContain('2 ans à compter de la livraison (article L218-2 du Code de la consommation)');
    expect(text).toContain('date calculée sur la date de la facture, faute de date de livraison enregistrée');
  });
});
