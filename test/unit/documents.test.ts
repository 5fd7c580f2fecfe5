/**
 * The generated documents, read back from the .docx (word/document.xml): every mandatory mention
 * is there, figures are those of the domain's penalty computation, a missing rate never becomes a
 * figure, data never becomes markup, and the address sits where the envelope window is.
 */
import JSZip from 'jszip';
import { loadLadder } from '../../src/config/dunning-config';
import { formatDateLongFr, type CalendarDate } from '../../src/domain/calendar-date';
import { prescriptionDate } from '../../src/domain/claim-facts';
import type { CompanyIdentity, LawFirm } from '../../src/domain/identity';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { computeLatePenalty } from '../../src/domain/late-penalties';
import type { Customer, Invoice } from '../../src/domain/ledger';
import { cents, formatEuros } from '../../src/domain/money';
import type { JournalEntry } from '../../src/domain/journal';
import { DEFAULT_RATE_TABLE, type RateTable } from '../../src/domain/rate-table';
import { REGISTERED_MAIL_BLANK } from '../../src/documents/docx/letter-parts';
import { ADDRESS_COLUMN_INDENT, HEAD_TABLE, MARGINS, mm, WINDOW } from '../../src/documents/docx/page';
import { docxDocumentXml, docxFooterText, docxText } from '../support/docx-text';
import { buildClaim } from '../../src/documents/letter-data';
import {
  renderFormalNotice,
  renderLawFirmMandate,
  renderLetter,
  renderLitigationDossier,
  renderLitigationTransfer,
  renderProcedure,
  renderReminderLetter,
} from '../../src/documents/letters';
import type { LitigationInput } from '../../src/application/ports';
import { parseMarkup, runsText, TemplateMarkupError } from '../../src/documents/markup';
import { aCustomer, anInvoice } from '../support/fixtures';

const d = (iso: string) => iso as CalendarDate;
/** Amounts and SIREN use no-break spaces; tests compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const euros = (amount: number) => plain(formatEuros(cents(amount)));

const TODAY = d('2026-11-23');

// These tests fix their own rate for the second half of 2026 (215 bp) so their figures do not move
// with the built-in table, and use a table that stops at June 2026 for the missing-rate case.
const UNTIL_JUNE_2026: RateTable = {
  ...DEFAULT_RATE_TABLE,
  ecbMainRefinancingRate: DEFAULT_RATE_TABLE.ecbMainRefinancingRate.filter((e) => e.from < '2026-07-01'),
};
const RATES: RateTable = {
  ...UNTIL_JUNE_2026,
  ecbMainRefinancingRate: [...UNTIL_JUNE_2026.ecbMainRefinancingRate, { from: d('2026-07-01'), rateBp: 215 }],
};

const GREENOVA: CompanyIdentity = {
  legalName: 'Greenova',
  legalForm: 'SAS au capital de 50 000 €',
  address: {
    lines: ['Parc d’activités des Tanneries', '12 rue des Artisans'],
    postalCode: '69100',
    city: 'Villeurbanne',
    country: 'France',
  },
  siren: '814526737',
  vatNumber: 'FR67814526737',
  iban: 'FR76 3000 4000 0312 3456 7890 143',
  bic: 'BNPAFRPPXXX',
  phone: '04 78 12 34 56',
  email: 'comptabilite@greenova.example',
  website: null,
  city: 'Villeurbanne',
  controller: {
    name: 'Camille Roux',
    title: 'Responsable du crédit client',
    email: 'camille.roux@greenova.example',
    phone: '04 78 12 34 60',
  },
  backupController: {
    name: 'Sophie Laurent',
    title: 'Assistante comptable',
    email: 'sophie.laurent@greenova.example',
    phone: null,
  },
  logoFile: null,
};

const APTOS: LawFirm = {
  name: 'Cabinet Aptos Avocats',
  address: { lines: ['45 cours Lafayette'], postalCode: '69003', city: 'Lyon', country: 'France' },
  email: 'recouvrement@aptos-avocats.example',
  contact: {
    name: 'Maître Anne Lambert',
    title: 'Avocate associée',
    email: 'recouvrement@aptos-avocats.example',
    phone: null,
  },
  mandateStart: d('2026-12-01'),
};

const SGH: Customer = aCustomer({
  code: 'C0042',
  legalName: 'Société Générale d’Hygiène',
  siren: '552100554',
  address: {
    lines: ['Service comptabilité fournisseurs', '8 avenue Jean Jaurès'],
    postalCode: '69007',
    city: 'Lyon',
    country: 'France',
  },
  billingEmails: ['compta@sgh.example'],
  phone: '04 72 00 00 00',
});

const SGH_INVOICES: Invoice[] = [
  anInvoice({
    number: 'F2026-0412',
    customerCode: 'C0042',
    issueDate: d('2026-09-04'),
    dueDate: d('2026-10-04'),
    amountExclTax: cents(154_000),
    vatAmount: cents(30_800),
    amountInclTax: cents(184_800),
    orderRef: 'BC-2026-118',
  }),
  anInvoice({
    number: 'F2026-0437',
    customerCode: 'C0042',
    issueDate: d('2026-09-18'),
    dueDate: d('2026-10-18'),
    amountExclTax: cents(98_050),
    vatAmount: cents(19_610),
    amountInclTax: cents(117_660),
    amountPaid: cents(30_000),
    orderRef: 'BC-2026-131',
  }),
];

const PARTICULIER: Customer = aCustomer({
  code: 'P0007',
  legalName: 'Mme Claire Dubois',
  siren: null,
  type: 'B2C',
  address: { lines: ['3 impasse des Lilas'], postalCode: '38000', city: 'Grenoble', country: 'France' },
});
const PARTICULIER_INVOICE = anInvoice({
  number: 'F2026-0450',
  customerCode: 'P0007',
  issueDate: d('2026-10-01'),
  dueDate: d('2026-10-15'),
  amountInclTax: cents(35_880),
});

const JOURNAL: JournalEntry[] = [
  {
    id: '1',
    at: '2026-10-07T07:05:00.000Z',
    date: d('2026-10-07'),
    actor: { id: 'u1', name: 'Camille Roux' },
    action: 'action.sent',
    target: { customerCodes: ['C0042'] },
    details: { step: 'J+3', channel: 'email', documents: ['relance-J3-C0042.eml'] },
    outcome: 'ok',
  },
  {
    id: '2',
    at: '2026-10-14T07:05:00.000Z',
    date: d('2026-10-14'),
    actor: { id: 'u1', name: 'Camille Roux' },
    action: 'action.posted',
    target: { customerCodes: ['C0042'] },
    details: { step: 'J+10', channel: 'letter', document: 'relance-J10-C0042.docx' },
    outcome: 'ok',
  },
  {
    id: '3',
    at: '2026-10-20T09:00:00.000Z',
    date: d('2026-10-20'),
    actor: { id: 'u1', name: 'Camille Roux' },
    action: 'customer.called',
    target: { customerCodes: ['C0042'] },
    details: { note: 'Le client annonce un virement sous quinze jours.', step: 'J+20' },
    outcome: 'ok',
  },
  {
    id: '4',
    at: '2026-10-24T07:05:00.000Z',
    date: d('2026-10-24'),
    actor: { id: 'u1', name: 'Camille Roux' },
    action: 'action.posted',
    target: { customerCodes: ['C0042'] },
    details: {
      step: 'J+20',
      channel: 'registered_letter',
      document: 'mise-en-demeure-C0042.docx',
      lrarNumber: '1A 234 567 8901 2',
    },
    outcome: 'ok',
  },
  {
    id: '5',
    at: '2026-10-25T07:05:00.000Z',
    date: d('2026-10-25'),
    actor: { id: 'u1', name: 'Camille Roux' },
    action: 'row.promise',
    target: { customerCodes: ['C0042'] },
    details: {},
    outcome: 'refused',
    reason: 'date invalide',
  },
  {
    id: '6',
    at: '2026-10-26T07:05:00.000Z',
    date: d('2026-10-26'),
    actor: { id: 'u1', name: 'Camille Roux' },
    action: 'custom.unknown_code',
    target: { customerCodes: ['C0042'] },
    details: {},
    outcome: 'ok',
  },
];

const b2b = {
  company: GREENOVA,
  customer: SGH,
  invoices: SGH_INVOICES,
  today: TODAY,
  rates: RATES,
  previousReminders: [
    { date: d('2026-10-07'), channel: 'email' as const },
    { date: d('2026-10-14'), channel: 'letter' as const },
  ],
};
const litigation: LitigationInput = { ...b2b, lawFirm: APTOS, ladder: GREENOVA_LADDER, journal: JOURNAL };

function interestOf(invoice: Invoice, rates: RateTable = RATES) {
  return computeLatePenalty({
    amountDue: cents(invoice.amountInclTax - invoice.amountPaid),
    dueDate: invoice.dueDate,
    asOf: TODAY,
    customerType: 'B2B',
    contractualRateBp: null,
    rates,
  });
}

/** The tab-separated row of a table that starts with `first`. */
function row(text: string, first: string): string {
  const line = text.split('\n').find((l) => l.startsWith(`${first}\t`));
  if (!line) throw new Error(`no table row starting with ${first}`);
  return line;
}

/** A minimal XML well-formedness check: tags nest, entities are known, no stray `<` or `&`. */
function expectWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const stack: string[] = [];
  for (const m of body.matchAll(
    /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g,
  )) {
    if (m[6]) throw new Error(`stray < at ${m.index}`);
    if (m[5] !== undefined) {
      expect(m[5]).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/);
      continue;
    }
    const name = m[2]!;
    if (m[1] === '/') expect(stack.pop()).toBe(name);
    else if (m[4] !== '/') stack.push(name);
  }
  expect(stack).toEqual([]);
}

describe('buildClaim', () => {
  it('computes each invoice with the domain penalty function and sums the totals', () => {
    const claim = buildClaim({ customer: SGH, invoices: SGH_INVOICES, today: TODAY, rates: RATES });
    expect(claim.penaltiesComplete).toBe(true);
    expect(claim.lines.map((l) => l.interest)).toEqual(SGH_INVOICES.map((i) => interestOf(i).interest));
    expect(claim.lines.map((l) => l.indemnity)).toEqual([cents(4000), cents(4000)]);
    expect(claim.lines.map((l) => l.daysLate)).toEqual([50, 36]);
    expect(claim.totals.balance).toBe(cents(184_800 + 117_660 - 30_000));
    expect(claim.totals.claimed).toBe(
      claim.totals.balance + 8000 + SGH_INVOICES.reduce((s, i) => s + interestOf(i).interest, 0),
    );
    expect(claim.lines[0]!.prescription).toBe(prescriptionDate(d('2026-10-04')));
  });

  it('claims the known periods and lists the semester whose rate is missing, never a guessed figure', () => {
    const claim = buildClaim({
      customer: SGH,
      invoices: SGH_INVOICES,
      today: TODAY,
      rates: UNTIL_JUNE_2026,
    });
    expect(claim.penaltiesComplete).toBe(false);
    expect(claim.missingSemesters).toEqual(['2026-07-01']);
    expect(claim.missingRates).toEqual([{ basis: 'ecb-plus-10', referenceDate: '2026-07-01' }]);
    // The first day not counted: the day after the first due date (4 October 2026).
    expect(claim.uncountedSince).toBe('2026-10-05');
    // Both invoices fell due after 1 July 2026: no period is known, nothing is counted.
    expect(claim.lines.map((l) => l.interest)).toEqual([0, 0]);
    expect(claim.totals.interest).toBe(0);
    expect(claim.totals.claimed).toBe(claim.totals.balance + 8000);
  });

  it('claims no interest from a consumer before a mise en demeure is received, and no indemnity', () => {
    const claim = buildClaim({
      customer: PARTICULIER,
      invoices: [PARTICULIER_INVOICE],
      today: TODAY,
      rates: RATES,
    });
    expect(claim.claimsPenalties).toBe(false);
    expect(claim.consumerInterest).toBe(false);
    expect(claim.lines[0]!.interest).toBe(0);
    expect(claim.totals.indemnity).toBe(0);
    expect(claim.totals.claimed).toBe(cents(35_880));
  });
});

describe('markup', () => {
  it('splits paragraphs on blank lines and keeps no-break spaces', () => {
    const parsed = parseMarkup('Un\ndeux  <b>trois</b>\n\n<li>1\u00a0234,56 €</li>\n<li>b</li>');
    expect(parsed.blocks.map((b) => (b.kind === 'paragraph' ? [b.style, runsText(b.runs)] : b.kind))).toEqual(
      [
        ['body', 'Un deux trois'],
        ['bullet', '1\u00a0234,56\u00a0€'],
        ['bullet', 'b'],
      ],
    );
  });

  it('decodes escaped data once and rejects unknown tags', () => {
    const parsed = parseMarkup('<p>Dupont &amp; Fils &lt;SARL&gt; &amp;lt;</p>');
    const block = parsed.blocks[0]!;
    expect(block.kind === 'paragraph' && runsText(block.runs)).toBe('Dupont & Fils <SARL> &lt;');
    expect(() => parseMarkup('<script>x</script>')).toThrow(TemplateMarkupError);
    expect(() => parseMarkup('<p>ouvert')).toThrow(TemplateMarkupError);
  });
});

describe('reminder letter (J+10)', () => {
  it('recalls the e-mail and the CGV, asks for payment within 8 days, states L441-10 and the 40 €', async () => {
    const text = plain(
      await docxText(await renderReminderLetter({ ...b2b, previousReminders: [b2b.previousReminders[0]!] })),
    );
    expect(text).toContain('Villeurbanne, le 23 novembre 2026');
    expect(text).not.toContain('Fait à');
    expect(text).toContain('notre courriel du 7 octobre 2026');
    expect(text).toContain('conditions générales de vente');
    expect(text).toContain('dans un délai de huit jours');
    expect(text).toContain('L441-10');
    expect(text).toContain('majoré de 10 points');
    expect(text).toContain('D441-5');
    expect(text).toContain('IBAN FR76 3000 4000 0312 3456 7890 143');
    expect(text).toContain('BNPAFRPPXXX');
    expect(text).toContain('camille.roux@greenova.example');
    expect(text).toContain('V/Réf :\tClient C0042');
    for (const invoice of SGH_INVOICES) {
      expect(row(text, invoice.number)).toContain(euros(interestOf(invoice).interest));
      expect(row(text, invoice.number)).toContain('40,00 €');
    }
    expect(text).not.toContain('Lettre recommandée');
  });

  it('for a consumer: no indemnity, no L441-10, legal interest after notice only', async () => {
    const text = plain(
      await docxText(
        await renderReminderLetter({ ...b2b, customer: PARTICULIER, invoices: [PARTICULIER_INVOICE] }),
      ),
    );
    expect(text).not.toContain('40,00 €');
    expect(text).not.toContain('L441-10');
    expect(text).not.toContain('D441-5');
    expect(text).toContain('taux légal');
    expect(text).toContain('1231-6');
    expect(row(text, 'F2026-0450')).toContain('358,80 €');
  });
});

describe('formal notice (J+20)', () => {
  it('holds every mandatory mention and the penalties computed to date', async () => {
    const buffer = await renderFormalNotice({ ...b2b, lawFirm: APTOS });
    const text = plain(await docxText(buffer));
    // The LRAR mention once, with its number, above the subject; the banner says what the letter is.
    expect(text).toContain('MISE EN DEMEURE');
    expect(text.match(/recommandée avec accusé de réception/gi)).toHaveLength(1);
    expect(text).toContain(`Lettre recommandée avec accusé de réception n° ${REGISTERED_MAIL_BLANK}`);
    expect(text).toContain('nous vous mettons en demeure');
    expect(text).toContain('vaut mise en demeure au sens de l’article 1344 du Code civil');
    expect(text).toContain('dans un délai de huit (8) jours à compter de la réception de la présente');
    expect(text).toContain('L441-10');
    expect(text).toContain('D441-5');
    expect(text).toContain('conditions générales de vente');
    expect(text).toContain(
      'À défaut de règlement dans ce délai, nous transmettrons le dossier à notre conseil, le cabinet Aptos Avocats, afin d’engager une procédure de recouvrement judiciaire.',
    );
    expect(text).toContain('Objet :\tMise en demeure de payer — factures n° F2026-0412 et F2026-0437');
    expect(text).toContain('Société Générale d’Hygiène');
    expect(text).toContain('69007 LYON');
    expect(text).toContain('Villeurbanne, le 23 novembre 2026');
    expect(text).not.toContain('Fait à');
    expect(text).toContain('Camille Roux\nResponsable du crédit client');

    const claim = buildClaim({ customer: SGH, invoices: SGH_INVOICES, today: TODAY, rates: RATES });
    for (const invoice of SGH_INVOICES) {
      const line = row(text, invoice.number);
      expect(line).toContain(euros(interestOf(invoice).interest));
      expect(line).toContain('40,00 €');
    }
    expect(text).toContain(`la somme de ${euros(claim.totals.claimed)}`);
    expect(text).toContain(
      `${euros(claim.totals.interest)} de pénalités de retard arrêtées au 23 novembre 2026`,
    );
    // Courteous firmness: nothing beyond what the law allows (seed 001).
    expect(text).not.toMatch(/pénal(e|es)\b|huissier|fichier|saisie|plainte/i);

    const footer = plain(await docxFooterText(buffer));
    expect(footer).toContain('Greenova · SAS au capital de 50 000 € · SIREN 814 526 737');
    expect(footer).toContain('TVA intracommunautaire FR67814526737');
    expect(footer).toContain('IBAN FR76 3000 4000 0312 3456 7890 143');
    expect(footer).toContain('12 rue des Artisans, 69100 Villeurbanne');
  });

  it('refuses a letter without invoices or with another customer’s invoice', async () => {
    await expect(renderFormalNotice({ ...b2b, invoices: [], lawFirm: APTOS })).rejects.toThrow(
      'aucune facture',
    );
    await expect(
      renderFormalNotice({ ...b2b, invoices: [PARTICULIER_INVOICE], lawFirm: APTOS }),
    ).rejects.toThrow('n’appartient pas');
  });

  it('prints the LRAR number when it is known', async () => {
    const text = await docxText(
      await renderFormalNotice({ ...b2b, lawFirm: APTOS, registeredMailNumber: '1A 234 567 8901 2' }),
    );
    expect(text).toContain('Lettre recommandée avec accusé de réception n° 1A 234 567 8901 2');
  });

  it('states the rule in words and claims the known figures when a rate is missing, never « à compléter »', async () => {
    // Due in March: the first semester's rate is known, the second's is not.
    const invoice = anInvoice({
      number: 'F2026-0101',
      customerCode: 'C0042',
      dueDate: d('2026-03-01'),
      issueDate: d('2026-01-30'),
    });
    const partial = interestOf(invoice, UNTIL_JUNE_2026);
    expect(partial.complete).toBe(false);
    expect(partial.interest).toBeGreaterThan(0);
    const text = plain(
      await docxText(
        await renderFormalNotice({
          ...b2b,
          invoices: [invoice],
          rates: UNTIL_JUNE_2026,
          lawFirm: APTOS,
        }),
      ),
    );
    const line = row(text, 'F2026-0101');
    expect(line).toContain(euros(partial.interest));
    expect(line).toContain('40,00 €');
    expect(text).not.toMatch(/compléter|non encore renseigné/);
    expect(text).toContain(
      'au taux de 12,15 % l’an (taux de la BCE au 1er janvier 2026, 2,15 %, majoré de 10 points)',
    );
    expect(text).toContain(
      'outre les pénalités de retard courant depuis le 1er juillet 2026 au taux appliqué par la Banque centrale européenne à son opération de refinancement la plus récente au 1er juillet 2026, majoré de 10 points',
    );
    expect(text).toContain(
      `${euros(partial.interest)} de pénalités de retard arrêtées au 23 novembre 2026 pour les périodes dont le taux est publié`,
    );
  });

  it('for a consumer: no 40 €, no L441-10, legal interest from the notice', async () => {
    const text = plain(
      await docxText(
        await renderFormalNotice({
          ...b2b,
          customer: PARTICULIER,
          invoices: [PARTICULIER_INVOICE],
          lawFirm: APTOS,
        }),
      ),
    );
    expect(text).toContain('mise en demeure');
    expect(text).toContain('huit (8) jours');
    expect(text).toContain('1231-6');
    expect(text).not.toContain('40,00 €');
    expect(text).not.toContain('L441-10');
  });
});

describe('litigation transfer (J+30)', () => {
  it('tells the firm what is attached, the amount and the mandate', async () => {
    const text = plain(await docxText(await renderLitigationTransfer(litigation)));
    const claim = buildClaim(litigation);
    expect(text).toContain('Transmission d’un dossier de recouvrement — Société Générale d’Hygiène');
    expect(text).toContain('Maître,');
    expect(text).toContain('à compter du 1er décembre 2026');
    expect(text).toContain(euros(claim.totals.claimed));
    expect(text).toContain('bordereau des pièces');
    expect(text).toContain(
      'Camille Roux, Responsable du crédit client, joignable au 04 78 12 34 60 ou par courriel à',
    );
    // Without a phone number, the sentence still reads: no dangling « ou ».
    const noPhone = plain(
      await docxText(
        await renderLitigationTransfer({
          ...litigation,
          company: { ...litigation.company, controller: { ...litigation.company.controller, phone: null } },
        }),
      ),
    );
    expect(noPhone).toContain('Responsable du crédit client, joignable par courriel à');
    expect(text).toContain('Maître Anne Lambert\nCabinet Aptos Avocats\n45 cours Lafayette\n69003 LYON');
    expect(text).toContain('camille.roux@greenova.example');
  });
});

describe('litigation dossier (J+30)', () => {
  it('has the debtor, the claim, the history, the bordereau and the procedure', async () => {
    const text = plain(await docxText(await renderLitigationDossier(litigation)));
    const claim = buildClaim(litigation);
    // 1. Débiteur
    expect(text).toContain('SIREN\t552 100 554');
    expect(text).toContain('Type de débiteur\tprofessionnel (B2B)');
    expect(text).toContain('compta@sgh.example');
    expect(text).toContain('Code client\tC0042');
    expect(text).toContain('Commercial\tclaire.martin@greenova.example');
    // 2. Créance
    expect(row(text, 'F2026-0412')).toContain('1 540,00 €\t308,00 €\t1 848,00 €\t0,00 €\t1 848,00 €');
    expect(text).toContain(`Total réclamé au 23 novembre 2026\t${euros(claim.totals.claimed)}`);
    // 3. Historique: dates, actions in French, documents, LRAR number, answers; refused entries out.
    expect(text).toContain(
      '07/10/2026\tRelance envoyée\tÉtape J+3 · e-mail · Documents : relance-J3-C0042.eml',
    );
    expect(text).toContain('LRAR n° 1A 234 567 8901 2');
    expect(text).toContain('Le client annonce un virement sous quinze jours.');
    // An event this version has no sentence for is named in words, never by its code.
    expect(text).toContain('Autre événement');
    expect(text).not.toContain('custom.unknown_code');
    expect(text).not.toContain('date invalide');
    // 4. Bordereau: drawn alone (no e-mail), nothing is « Jointe » but the dossier and its sections.
    expect(text).toMatch(/^1\tLettre de transmission au cabinet\tJointe\tFichier « Transmission au cabinet/m);
    expect(text).toMatch(/^2\tPrésent dossier de recouvrement\tJointe\tCe document/m);
    expect(text).toContain(
      '3\tFacture n° F2026-0412\tNon jointe\tFacture non importée dans Relances : à demander à Camille Roux',
    );
    expect(text).toContain('4\tFacture n° F2026-0437\tNon jointe');
    expect(text).toMatch(/E-mail de rappel courtois \(J\+3\)\tNon jointe\tEnvoyée le 7 octobre 2026/);
    expect(text).toMatch(/Lettre de mise en demeure \(J\+20\)\tNon jointe\t.*\(LRAR n° 1A 234 567 8901 2\)/);
    expect(text).toContain(
      'Lettre de relance (J+10)\tNon jointe\tGénérée par Relances, envoyée le 14 octobre 2026 ; copie non conservée par Relances',
    );
    expect(text).toMatch(
      /Avis de réception de la lettre recommandée \(J\+20\)\tNon jointe\tAR papier conservé par Greenova/,
    );
    expect(text).toContain('Bons de livraison signés ou preuves de la prestation\tNon jointe');
    expect(text).toContain('Historique des relances et des échanges\tJointe\tSection 3 du présent dossier');
    expect(text).toContain('réf. BC-2026-118 et BC-2026-131');
    // 5. Procédure
    expect(text).toContain('sans excéder 5 000,00 €. Voies envisageables :');
    expect(text).toContain('procédure simplifiée de recouvrement des petites créances (articles L125-1');
    expect(text).toContain('injonction de payer (articles 1405 et suivants du Code de procédure civile)');
    expect(text).not.toContain('procédure simplifiée d’injonction de payer');
    expect(text).toContain(
      `F2026-0412\t4 septembre 2026\t4 octobre 2026\t${formatDateLongFr(prescriptionDate(d('2026-10-04')))}`,
    );
    expect(text).toContain('4 octobre 2031');
  });

  it('gives the payments with their dates, each e-mail as sent, the letters by their piece, and the debtor’s answers', async () => {
    const sent: JournalEntry = {
      id: '20',
      at: '2026-10-07T08:00:00.000Z',
      date: d('2026-10-07'),
      actor: { id: 'u1', name: 'Camille Roux' },
      action: 'email.sent',
      target: { customerCodes: ['C0042'], invoiceNumbers: ['F2026-0412'] },
      details: {
        step: 'J+3',
        to: ['compta@sgh.example'],
        subject: 'Rappel — facture F2026-0412',
        text: 'Madame, Monsieur,\n\nSauf erreur de notre part, la facture F2026-0412 reste impayée.',
      },
      outcome: 'ok',
    };
    const disputed: JournalEntry = {
      ...sent,
      id: '21',
      at: '2026-10-20T08:00:00.000Z',
      date: d('2026-10-20'),
      action: 'invoice.disputed',
      details: { reason: 'Livraison incomplète selon le client' },
    };
    const text = plain(
      await docxText(
        await renderLitigationDossier({
          ...litigation,
          customer: { ...SGH, legalForm: 'SAS au capital de 200 000 €', rcs: 'RCS Lyon 552 100 554' },
          invoices: [{ ...SGH_INVOICES[0]!, deliveryRef: 'BL-7781' }, ...SGH_INVOICES.slice(1)],
          journal: [...JOURNAL, sent, disputed],
          payments: [
            {
              id: 'p1',
              invoiceNumber: 'F2026-0412',
              customerCode: 'C0042',
              date: d('2026-11-02'),
              amount: cents(50_000),
              method: 'virement',
              reference: 'VIR-0412',
            },
          ],
        }),
      ),
    );
    expect(text).toContain('Forme juridique\tSAS au capital de 200 000 €');
    expect(text).toContain('Immatriculation\tRCS Lyon 552 100 554');
    expect(text).toContain('F2026-0412\tBC-2026-118\tBL-7781');
    expect(text).toMatch(
      /Bons de livraison signés ou preuves de la prestation\tNon jointe\t.*\(réf\. BL-7781\)/,
    );
    expect(text).toContain('Règlements reçus');
    expect(text).toContain('02/11/2026\tF2026-0412\t500,00 €\tvirement — VIR-0412');
    expect(text).toContain('Texte des relances envoyées par e-mail');
    expect(text).toContain('Objet : Rappel — facture F2026-0412');
    expect(text).toContain('Sauf erreur de notre part, la facture F2026-0412 reste impayée.');
    expect(text).toMatch(/Lettre de mise en demeure \(J\+20\) : pièce n° \d+ du bordereau/);
    expect(text).toContain('Réponses du débiteur');
    expect(text).toContain('20/10/2026\tLitige signalé sur la facture\tLivraison incomplète selon le client');
    expect(text).not.toContain('invoice.disputed');
  });

  it('does not count a call noted during a step as that step’s letter', async () => {
    const text = await docxText(await renderLitigationDossier({ ...litigation, journal: [JOURNAL[2]!] }));
    expect(text).toContain('Lettre de mise en demeure (J+20)\tNon jointe\tAbsente du journal');
    expect(text).toContain('Appel téléphonique au client');
  });

  it('shows a reminder carried over from the accounting export as such, and the steps before it', async () => {
    const carried: JournalEntry = {
      id: '9',
      at: '2026-11-23T07:00:00.000Z',
      date: TODAY,
      actor: { id: 'cli', name: 'Camille Roux (ligne de commande)' },
      action: 'reminder.carried_over',
      target: { customerCodes: ['C0042'], invoiceNumbers: ['F2026-0412'] },
      details: { step: 'J+10', sentOn: '2026-11-02', exportedOn: '2026-11-23', exportFile: 'factures.csv' },
      outcome: 'ok',
    };
    const text = plain(await docxText(await renderLitigationDossier({ ...litigation, journal: [carried] })));
    // In the history on the day it was sent, said to come from the export.
    expect(text).toContain(
      '02/11/2026\tRelance antérieure à Relances\tÉtape J+10\tRelance antérieure à Relances, reprise de l’export du 23/11/2026',
    );
    expect(text).not.toContain('Aucune relance n’est enregistrée');
    expect(text).toContain(
      'Lettre de relance (J+10)\tNon jointe\tEnvoyée le 2 novembre 2026, avant Relances (relance reprise de l’export du 23/11/2026) : document auprès de Camille Roux',
    );
    expect(text).toContain(
      '(J+3)\tNon jointe\tAntérieure à Relances (l’export ne donne pas sa date) : auprès de Camille Roux',
    );
    expect(text).toContain('Lettre de mise en demeure (J+20)\tNon jointe\tAbsente du journal de Relances');
  });

  it('says when the claim is over 5 000 €', async () => {
    const big = anInvoice({ number: 'F2026-0500', customerCode: 'C0042', amountInclTax: cents(600_000) });
    const text = plain(await docxText(await renderLitigationDossier({ ...litigation, invoices: [big] })));
    expect(text).toContain(
      'au-delà de 5 000,00 € : la procédure simplifiée de recouvrement des petites créances n’est pas ouverte',
    );
    expect(text).not.toContain('petites créances (articles');
  });
});

describe('French typography and agreement of what the code writes around the templates', () => {
  it('puts a no-break space before « : » and « ; » in the layout and the bordereau', async () => {
    const notice = await renderFormalNotice({ ...b2b, lawFirm: APTOS });
    const text = await docxText(notice);
    expect(text).toContain('V/Réf\u00a0:\tClient C0042\nCommandes BC-2026-118 et BC-2026-131');
    expect(text).toContain('N/Réf\u00a0:\tC0042/MED/20261123');
    expect(text).toContain('Affaire suivie par\u00a0:\tCamille Roux');
    expect(text).toContain('Objet\u00a0:\tMise en demeure de payer');
    expect(await docxFooterText(notice)).toContain(
      'Siège\u00a0: Parc d’activités des Tanneries, 12 rue des Artisans',
    );

    const dossier = await docxText(await renderLitigationDossier(litigation));
    expect(dossier).toContain('Étape J+3 · e-mail · Documents\u00a0: relance-J3-C0042.eml');
    expect(dossier).toContain(
      'Générée par Relances, envoyée le 14 octobre 2026\u00a0; copie non conservée par Relances\u00a0: à demander',
    );
  });

  it('agrees « facture » and « commande » with their number, and the payment terms with the days', async () => {
    const oneInvoice = [SGH_INVOICES[0]!];
    const notice = await docxText(await renderFormalNotice({ ...b2b, invoices: oneInvoice, lawFirm: APTOS }));
    expect(notice).toContain('V/Réf\u00a0:\tClient C0042\nCommande BC-2026-118');
    const dossier = await docxText(
      await renderLitigationDossier({
        ...litigation,
        customer: { ...SGH, paymentTermsDays: 1 },
        invoices: oneInvoice,
      }),
    );
    expect(dossier).toMatch(/3\tFacture n°.F2026-0412\tNon jointe/);
    expect(dossier).toContain('Conditions de paiement\trèglement à 1 jour\n');
    const thirtyDays = await docxText(await renderLitigationDossier(litigation));
    expect(thirtyDays).toContain(`Conditions de paiement\trèglement à ${SGH.paymentTermsDays} jours\n`);
  });
});

describe('law firm mandate', () => {
  it('gives the mandate start date, the scope, the dossier, the contacts and the reporting', async () => {
    const text = plain(
      await docxText(
        await renderLawFirmMandate({
          company: GREENOVA,
          lawFirm: APTOS,
          ladder: GREENOVA_LADDER,
          today: TODAY,
        }),
      ),
    );
    expect(text).toContain('Mandat de recouvrement contentieux à compter du 1er décembre 2026');
    expect(text).toContain('vous confie, à compter du 1er décembre 2026, le recouvrement contentieux');
    expect(text).toContain('E-mail de rappel courtois (e-mail, J+3)');
    expect(text).toContain('Lettre de mise en demeure (lettre recommandée avec AR, J+20)');
    expect(text).toContain('transmission du dossier à votre cabinet (J+30)');
    expect(text).toContain('dossier de recouvrement');
    expect(text).toContain('Sophie Laurent');
    expect(text).toContain('accusé de réception de chaque dossier');
    expect(text).toContain('point mensuel');
    expect(text).toContain('convention d’honoraires écrite');
    expect(text).not.toMatch(/\d+ ?%|€ HT/);
    // No representative configured here: signed for the company, the name left to write by hand.
    expect(text).toContain('Pour Greenova, son représentant légal\nNom : ____');
    expect(text).not.toContain('Pour la Direction');
  });
});

describe('procedure', () => {
  it('is built from the Greenova ladder', async () => {
    const text = plain(
      await docxText(
        await renderProcedure({ company: GREENOVA, lawFirm: APTOS, ladder: GREENOVA_LADDER, today: TODAY }),
      ),
    );
    for (const when of ['J+3', 'J+10', 'J+20', 'J+30'])
      expect(text).toMatch(new RegExp(`^${when.replace('+', '\\+')}\t`, 'm'));
    expect(text).toContain('J-5\tPrévenance (risque modéré)');
    expect(text).toContain('6 000 €');
    expect(text).toContain('10 000 €');
    expect(text).toContain('Responsable\tCamille Roux');
    expect(text).toContain('Suppléance\tSophie Laurent');
    expect(text).toContain('1er décembre 2026');
    expect(text).toContain('aucune nouvelle commande n’est acceptée sans paiement à la commande');
    expect(text).toContain('méthode par épuisement');
    expect(text).toContain('0–30, 31–60, 61–90 et plus de 90 jours');
    expect(text).toContain('L441-10');
    expect(text).toContain('D441-5');
    expect(text).toContain('L110-4');
    expect(text).toContain('journal de Relances');
    expect(text).toContain('plus 2 jours ouvrés');
  });

  it('follows another ladder (examples/calendrier-agence.json)', async () => {
    const agency = loadLadder({ LADDER_FILE: 'examples/calendrier-agence.json' });
    const text = await docxText(
      await renderLetter('procedure', { company: GREENOVA, lawFirm: APTOS, ladder: agency, today: TODAY }),
    );
    // Labels are printed as the configuration writes them (straight apostrophe in the JSON).
    expect(text).toContain("R1 — Rappel à l'échéance");
    expect(text).toContain('R2 — Relance LRAR');
    expect(text).toContain('MED — Mise en demeure');
    expect(text).toContain('J+15');
    expect(text).toContain('J+23');
    expect(text).not.toContain('J+10');
    expect(text).not.toContain('J+3');
    expect(text).not.toContain('J-5');
    expect(text).toContain('Aucune relance avant l’échéance');
  });
});

describe('escaping', () => {
  it('prints data literally and never lets it become markup or break the XML', async () => {
    const dupont = { ...SGH, legalName: 'Dupont & Fils <SARL>', code: 'C<b>9' };
    const invoices = SGH_INVOICES.map((i) => ({
      ...i,
      customerCode: dupont.code,
      orderRef: '</b><invoices/>{{company.iban}}',
    }));
    const journal: JournalEntry[] = [
      { ...JOURNAL[2]!, details: { note: '<h1>Réponse</h1> & « merci »\u0007' } },
    ];
    for (const buffer of [
      await renderFormalNotice({ ...b2b, customer: dupont, invoices, lawFirm: APTOS }),
      await renderLitigationTransfer({ ...litigation, customer: dupont, invoices, journal }),
      await renderLitigationDossier({ ...litigation, customer: dupont, invoices, journal }),
    ]) {
      const text = await docxText(buffer);
      expect(text).toContain('Dupont & Fils <SARL>');
      expect(text).not.toContain('&amp;');
      expect(text).not.toContain('&lt;');
      const xml = await docxDocumentXml(buffer);
      expect(xml).not.toContain('<SARL>');
      expect(xml).toContain('Dupont &amp; Fils &lt;SARL&gt;');
      expectWellFormedXml(xml);
    }
    const dossier = await docxText(
      await renderLitigationDossier({ ...litigation, customer: dupont, invoices, journal }),
    );
    expect(dossier).toContain('</b><invoices/>{{company.iban}}');
    expect(dossier).toContain('<h1>Réponse</h1> & «\u00a0merci\u00a0»');
    expect(dossier).toContain('C<b>9');
  });
});

describe('layout', () => {
  it('puts the address in the window of a DL envelope: 110 mm from the left, 50 mm from the top', async () => {
    expect(WINDOW).toEqual({ left: 6236, top: 2835, width: 4535, height: 1984 });
    expect(MARGINS.left + HEAD_TABLE.columns[0]).toBe(mm(110));
    expect(MARGINS.top + HEAD_TABLE.letterheadRowHeight).toBe(mm(50));
    expect(ADDRESS_COLUMN_INDENT).toBe(mm(90));

    const xml = await docxDocumentXml(await renderFormalNotice({ ...b2b, lawFirm: APTOS }));
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain(`w:left="${MARGINS.left}"`);
    expect(xml).toContain(`w:top="${MARGINS.top}"`);
    const head = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    expect(head).toContain(
      `<w:gridCol w:w="${HEAD_TABLE.columns[0]}"/><w:gridCol w:w="${HEAD_TABLE.columns[1]}"/>`,
    );
    expect(head).toContain('<w:tblInd w:type="dxa" w:w="0"/>');
    const rows = head.split('<w:tr>').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(`<w:trHeight w:val="${HEAD_TABLE.letterheadRowHeight}" w:hRule="exact"/>`);
    expect(rows[1]).toContain(`<w:trHeight w:val="${HEAD_TABLE.addressRowHeight}" w:hRule="exact"/>`);
    // The address is in the right-hand cell, whose margins are 0: its text starts at 110 mm.
    const cells = rows[1]!.split('<w:tc>').slice(1);
    expect(cells[1]).toContain('Société Générale d’Hygiène');
    expect(cells[1]).toMatch(/<w:tcMar><w:top w:type="dxa" w:w="0"\/><w:left w:type="dxa" w:w="0"\/>/);
    expect(cells[0]).toContain('V/Réf');
  });

  it('produces a zip with the parts Word needs', async () => {
    const zip = await JSZip.loadAsync(await renderFormalNotice({ ...b2b, lawFirm: APTOS }));
    for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/footer1.xml']) {
      expect(zip.file(part)).not.toBeNull();
    }
  });
});
