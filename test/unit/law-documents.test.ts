/**
 * The law firm's documents and the letters' form, read back from the .docx: the mandate signed by
 * the legal representative with the firm's powers, the procedure completed, the cover letter that
 * tells what happened and which procedures are open, the floor under which a transfer is not worth
 * it, and the form of every letter (one LRAR mention, « Ville, le … », civility, typography).
 */
import { companyIdentity, eurosToCents, lawFirm } from '../../src/config/identity';
import { parseSettings } from '../../src/config/settings';
import { formatDateLongFr, type CalendarDate } from '../../src/domain/calendar-date';
import {
  competentProcedures,
  isBelowFirmFloor,
  SMALL_CLAIMS_CEILING,
} from '../../src/domain/competent-procedure';
import type { CompanyIdentity, LawFirm } from '../../src/domain/identity';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import type { Customer, Invoice } from '../../src/domain/ledger';
import { cents } from '../../src/domain/money';
import { DEFAULT_RATE_TABLE } from '../../src/domain/rate-table';
import { renderLetter } from '../../src/documents/letters';
import { belowFirmFloorNote, competentProcedureLines } from '../../src/i18n/competent-procedure';
import { addressee } from '../../src/i18n/letters';
import { frenchTypography } from '../../src/i18n/typography';
import { parseImportFile } from '../../src/import';
import { docxDocumentXml, docxText } from '../support/docx-text';
import { aCustomer, anInvoice } from '../support/fixtures';

const d = (iso: string) => iso as CalendarDate;
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const TODAY = d('2026-11-23');

function settings(overrides: Record<string, string> = {}) {
  const parsed = parseSettings(overrides);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.settings;
}

const GREENOVA: CompanyIdentity = companyIdentity(
  settings({
    COMPANY_LEGAL_REPRESENTATIVE_NAME: 'Hélène Garnier',
    COMPANY_LEGAL_REPRESENTATIVE_TITLE: 'Présidente',
  }),
);
const NO_REPRESENTATIVE: CompanyIdentity = companyIdentity(settings());
const APTOS: LawFirm = lawFirm(settings());

const SGH: Customer = aCustomer({
  code: 'C002',
  legalName: 'Société Générale d’Hygiène',
  siren: '552100554',
});
const sghInvoice = (overrides: Partial<Invoice> = {}) =>
  anInvoice({
    number: 'F2026-0412',
    customerCode: 'C002',
    issueDate: d('2026-09-04'),
    dueDate: d('2026-10-04'),
    amountInclTax: cents(184_800),
    ...overrides,
  });

const base = (customer: Customer, invoices: Invoice[]) => ({
  company: GREENOVA,
  customer,
  invoices,
  today: TODAY,
  rates: DEFAULT_RATE_TABLE,
});
const litigation = (customer: Customer, invoices: Invoice[], extra: object = {}) => ({
  ...base(customer, invoices),
  lawFirm: APTOS,
  ladder: GREENOVA_LADDER,
  journal: [],
  ...extra,
});

const text = async (bytes: Promise<Buffer>) => plain(await docxText(await bytes));

describe('settings of the firm’s documents', () => {
  it('reads the legal representative, or none, and the floor in euros (500 by default)', () => {
    expect(GREENOVA.legalRepresentative).toEqual({ name: 'Hélène Garnier', title: 'Présidente' });
    expect(NO_REPRESENTATIVE.legalRepresentative).toBeNull();
    expect(APTOS.minClaim).toBe(50_000);
    expect(lawFirm(settings({ LAW_FIRM_MIN_CLAIM: '499,9' })).minClaim).toBe(49_990);
    expect(eurosToCents('1250.05')).toBe(125_005);
    const bad = parseSettings({ LAW_FIRM_MIN_CLAIM: 'cinq cents' });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors).toEqual([
        { variable: 'LAW_FIRM_MIN_CLAIM', message: expect.stringContaining('euros') },
      ]);
  });
});

describe('competent procedures', () => {
  it('opens the small-claims procedure up to 5 000 € in principal and interest, the 40 € not counted', () => {
    const at = competentProcedures({ type: 'B2B', principal: cents(490_000), interest: cents(10_000) });
    expect(at).toMatchObject({ amount: 500_000, smallClaims: true, priorAmicableAttempt: true });
    expect(at.options).toEqual(['small_claims', 'payment_order', 'summons']);
    const over = competentProcedures({ type: 'B2C', principal: cents(490_000), interest: cents(10_001) });
    expect(over).toMatchObject({ smallClaims: false, priorAmicableAttempt: false });
    expect(over.options).toEqual(['payment_order', 'summons']);
    expect(SMALL_CLAIMS_CEILING).toBe(500_000);
    // Interest unknown: the principal alone is stated, and said to be incomplete.
    expect(competentProcedures({ type: 'B2B', principal: cents(100), interest: null })).toMatchObject({
      amount: 100,
      amountComplete: false,
    });
  });

  it('sends a public buyer to the administrative judge, whatever the amount', () => {
    for (const principal of [cents(10_000), cents(5_000_000)]) {
      const p = competentProcedures({ type: 'PUBLIC', principal, interest: cents(0) });
      expect(p).toMatchObject({ options: ['interim_payment_administrative'], smallClaims: false });
      expect(p.priorAmicableAttempt).toBe(false);
    }
  });

  it('names each procedure with its legal basis', () => {
    const lines = competentProcedureLines(
      competentProcedures({ type: 'B2C', principal: cents(22_368), interest: cents(0) }),
    ).map(plain);
    expect(lines[0]).toMatch(
      /^procédure simplifiée de recouvrement des petites créances \(articles L125-1 et R125-1 et suivants du Code des procédures civiles d’exécution\) : mise en œuvre par un commissaire de justice, elle suppose l’accord du débiteur/,
    );
    expect(lines[1]).toContain('injonction de payer (articles 1405 et suivants du Code de procédure civile)');
    expect(lines[1]).toContain('sans plafond');
    expect(lines[2]).toContain('article 750-1 du Code de procédure civile');
    expect(lines[2]).toContain(
      'procédure simplifiée de recouvrement des petites créances engagée en vain en tient lieu',
    );
    const publicLines = competentProcedureLines(
      competentProcedures({ type: 'PUBLIC', principal: cents(22_368), interest: cents(0) }),
    ).map(plain);
    expect(publicLines).toEqual([
      expect.stringContaining(
        'référé-provision devant le tribunal administratif (article R541-1 du Code de justice administrative)',
      ),
    ]);
  });

  it('puts a claim under the firm’s floor, never when no floor is set', () => {
    expect(isBelowFirmFloor(cents(22_368), cents(50_000))).toBe(true);
    expect(isBelowFirmFloor(cents(50_000), cents(50_000))).toBe(false);
    expect(isBelowFirmFloor(cents(22_368), undefined)).toBe(false);
    expect(isBelowFirmFloor(cents(22_368), cents(0))).toBe(false);
    expect(plain(belowFirmFloorNote(cents(22_368), cents(50_000), 'B2C'))).toBe(
      'Créance de 223,68 € : sous le seuil de 500,00 € fixé pour confier un dossier au cabinet ; envisagez la procédure simplifiée de recouvrement des petites créances par un commissaire de justice.',
    );
    // Closed to a public buyer, and over 5 000 €: no such advice.
    expect(plain(belowFirmFloorNote(cents(22_368), cents(50_000), 'PUBLIC'))).toBe(
      'Créance de 223,68 € : sous le seuil de 500,00 € fixé pour confier un dossier au cabinet.',
    );
    expect(belowFirmFloorNote(cents(600_000), cents(1_000_000), 'B2B')).not.toContain('petites créances');
  });
});

describe('the mandate given to the law firm', () => {
  const mandate = (company: CompanyIdentity) =>
    text(
      renderLetter('law-firm-mandate', { company, lawFirm: APTOS, ladder: GREENOVA_LADDER, today: TODAY }),
    );

  it('is given and signed by the legal representative, never by the credit controller', async () => {
    const letter = await mandate(GREENOVA);
    expect(letter).toContain(
      'Par la présente, Greenova, représentée par Hélène Garnier, Présidente, vous confie',
    );
    expect(letter).toMatch(/Pour Greenova,\nHélène Garnier\nPrésidente\s*$/);
    expect(letter).not.toMatch(/Pour Greenova,\nCamille Roux/);
    expect(letter).not.toContain('Pour la Direction');
  });

  it('without a representative configured: « son représentant légal » and a blank for the name', async () => {
    const letter = await mandate(NO_REPRESENTATIVE);
    expect(letter).toContain('Par la présente, Greenova vous confie');
    expect(letter).toMatch(/Pour Greenova, son représentant légal\nNom : _{10,}\s*$/);
    expect(letter).not.toMatch(/COMPANY_|LEGAL_REPRESENTATIVE/);
  });

  it('states the powers, the open files, the fee agreement and asks for acceptance', async () => {
    const letter = await mandate(GREENOVA);
    expect(letter).toContain('négocier avec le débiteur des délais de paiement ou un paiement échelonné');
    expect(letter).toContain('compte CARPA de votre cabinet');
    expect(letter).toContain('nous les reverser dans les meilleurs délais');
    expect(letter).toContain('mandater un commissaire de justice');
    expect(letter).toContain(
      'choisir la procédure adaptée à chaque créance et de représenter Greenova en justice',
    );
    expect(letter).toContain(
      'Les factures qui, au 1er décembre 2026, en sont à la mise en demeure ou à une étape antérieure poursuivent notre procédure interne jusqu’à leur J+30',
    );
    expect(letter).toContain(
      'déjà engagés au contentieux auprès d’un autre intervenant vous seront remis, avec leurs pièces, à votre demande',
    );
    expect(letter).toContain('article 10 de la loi n° 71-1130 du 31 décembre 1971');
    expect(letter).toContain('convention d’honoraires écrite');
    expect(letter).toContain('confirmer par écrit votre acceptation du présent mandat');
    // The fee agreement is to be signed: no figure is invented.
    expect(letter).not.toMatch(/\d+ ?%|€ HT/);
    expect(letter).toContain('Maître,\n');
    expect(letter).toContain('Nous vous prions d’agréer, Maître, l’expression');
  });
});

describe('the procedure', () => {
  let procedure: string;
  beforeAll(async () => {
    procedure = await text(
      renderLetter('procedure', { company: GREENOVA, lawFirm: APTOS, ladder: GREENOVA_LADDER, today: TODAY }),
    );
  });

  it('has the phone call between the simple letter and the mise en demeure, and who blocks orders', () => {
    expect(procedure).toContain(
      'Entre l’étape J+10 (lettre de relance, J+10) et l’étape J+20 (mise en demeure, J+20), le responsable appelle le client.',
    );
    expect(procedure).toContain('Le calendrier de Relances ne comporte pas d’étape téléphonique');
    expect(procedure).toContain(
      'Dès l’envoi de la mise en demeure, le responsable en informe l’administration des ventes, qui bloque les nouvelles commandes du client',
    );
  });

  it('has the BODACC check and the claim declaration within two months', () => {
    expect(procedure).toContain('bodacc.fr');
    expect(procedure).toContain('avant de transmettre un dossier au cabinet');
    expect(procedure).toContain('article L622-21 du Code de commerce');
    expect(procedure).toContain(
      'dans un délai de deux mois à compter de la publication de celui-ci au BODACC (articles L622-24, R622-24 et L641-3 du Code de commerce)',
    );
  });

  it('says who updates the rates, how doubtful debts are provisioned, and the floor', () => {
    expect(procedure).toContain(
      'avant le 1er janvier et avant le 1er juillet, le responsable enregistre dans Relances, depuis Teams',
    );
    expect(procedure).toContain('quinze jours avant');
    expect(procedure).toContain(
      'le comptable les reclasse en clients douteux et décide du taux de provision',
    );
    expect(procedure).toContain(
      'toute créance transmise au contentieux ou détenue sur un client en procédure collective',
    );
    expect(procedure).toContain(
      'Un dossier dont le principal est inférieur à 500,00 € n’est en principe pas transmis',
    );
  });

  it('explains the competent procedures per customer', () => {
    expect(procedure).toContain(
      'articles L125-1 et R125-1 et suivants du Code des procédures civiles d’exécution',
    );
    expect(procedure).toContain('articles 1405 et suivants du Code de procédure civile');
    expect(procedure).toContain('article 750-1 du Code de procédure civile');
    expect(procedure).toContain('article R2192-31 du Code de la commande publique');
    expect(procedure).toContain('article R541-1 du Code de justice administrative');
    expect(procedure).toContain(
      'deux ans à compter de la facture (article L218-2 du Code de la consommation)',
    );
    expect(procedure).toContain('taux légal à compter de la mise en demeure (article 1231-6 du Code civil)');
    expect(procedure).not.toContain('procédure simplifiée d’injonction de payer');
  });

  it('lists the letters Relances generates, by the ladder’s labels', () => {
    const annex = procedure.slice(procedure.indexOf('Annexe — courriers types'));
    for (const step of GREENOVA_LADDER.steps) expect(annex).toContain(`${step.label} — `);
    expect(annex).toContain('J+20 — Lettre de mise en demeure');
    expect(annex).toContain(
      'lettre de mandat au cabinet Aptos Avocats, signée par le représentant légal de Greenova',
    );
  });
});

describe('the cover letter to the firm', () => {
  it('without a mise en demeure, never says there was one', async () => {
    const letter = await text(
      renderLetter(
        'litigation-transfer',
        litigation(SGH, [sghInvoice()], {
          previousReminders: [
            { date: d('2026-10-07'), channel: 'email' },
            { date: d('2026-10-14'), channel: 'letter' },
          ],
        }),
      ),
    );
    expect(letter).not.toContain('notre mise en demeure');
    expect(letter).toContain(
      'demeure impayée malgré notre courriel du 7 octobre 2026 et notre courrier du 14 octobre 2026. Aucune mise en demeure ne lui a été adressée par nos soins.',
    );
  });

  it('tells the mise en demeure’s fate: AR signed, unclaimed, returned, or no AR back', async () => {
    const notice = (event: Invoice['dunning']['notice']) =>
      text(
        renderLetter(
          'litigation-transfer',
          litigation(SGH, [
            sghInvoice({ dunning: { ...sghInvoice().dunning, lastStep: 'J+20', notice: event } }),
          ]),
        ),
      );
    const sent =
      'notre mise en demeure du 26 octobre 2026, adressée en lettre recommandée avec accusé de réception (n° 1A 104 720 2611 1)';
    const posted = { postedOn: d('2026-10-26'), lrar: '1A 104 720 2611 1' };
    expect(await notice({ ...posted, event: { kind: 'received', on: d('2026-10-28') } })).toContain(
      `malgré ${sent}, dont l’avis de réception a été signé le 28 octobre 2026.`,
    );
    expect(await notice({ ...posted, event: { kind: 'unclaimed', on: d('2026-10-28') } })).toContain(
      `malgré ${sent}, présentée le 28 octobre 2026, avisée et non réclamée.`,
    );
    expect(await notice({ ...posted, event: { kind: 'returned', on: d('2026-11-02') } })).toContain(
      `malgré ${sent}, qui nous a été retournée le 2 novembre 2026.`,
    );
    expect(await notice({ ...posted, event: null })).toContain(
      `malgré ${sent}, dont l’avis de réception ne nous est pas revenu.`,
    );
  });

  it('states the procedures open against this debtor, and the floor when under it', async () => {
    const bernard = aCustomer({ code: 'C009', legalName: 'Julien Bernard', siren: null, type: 'B2C' });
    const small = await text(
      renderLetter(
        'litigation-transfer',
        litigation(bernard, [
          anInvoice({ number: 'F2026-1041', customerCode: 'C009', amountInclTax: cents(22_368) }),
        ]),
      ),
    );
    expect(small).toContain(
      'La créance s’élève à 223,68 € en principal et intérêts, sans excéder 5 000,00 €.',
    );
    expect(small).toContain('procédure simplifiée de recouvrement des petites créances (articles L125-1');
    expect(small).toContain('article 750-1 du Code de procédure civile');
    expect(small).toContain('deux ans à compter de la facture');
    expect(small).toContain(
      'inférieur au seuil de 500,00 € que nous avons fixé pour vous confier un dossier',
    );

    const hospital = aCustomer({
      code: 'C004',
      legalName: 'Centre hospitalier de Villefranche',
      type: 'PUBLIC',
    });
    const publicBuyer = await text(
      renderLetter(
        'litigation-transfer',
        litigation(hospital, [anInvoice({ customerCode: 'C004', amountInclTax: cents(414_400) })]),
      ),
    );
    expect(publicBuyer).toContain('le litige relève du juge administratif');
    expect(publicBuyer).toContain('référé-provision devant le tribunal administratif (article R541-1');
    expect(publicBuyer).not.toMatch(/^ ?• ?injonction de payer/m);
    expect(publicBuyer).not.toContain('seuil');
  });

  it('greets the firm’s contact with lawyerSalutation, never a hard-coded « Maître »', async () => {
    const firm = { ...APTOS, contact: { ...APTOS.contact, name: 'Anne Lambert' } };
    const letter = await text(
      renderLetter('litigation-transfer', { ...litigation(SGH, [sghInvoice()]), lawFirm: firm }),
    );
    expect(letter).toContain('\nMadame, Monsieur,\n');
    expect(letter).toContain('Nous vous prions d’agréer, Madame, Monsieur, l’expression');
    expect(letter).not.toContain('Maître,');
  });
});

describe('the letters’ form', () => {
  const invoices = [sghInvoice()];

  it('the mise en demeure says « lettre recommandée avec accusé de réception » once, above the subject', async () => {
    const letter = await text(renderLetter('formal-notice', { ...base(SGH, invoices), lawFirm: APTOS }));
    expect(letter.match(/recommandée avec accusé de réception/gi)).toHaveLength(1);
    expect(letter.indexOf('Lettre recommandée avec accusé de réception n°')).toBeLessThan(
      letter.indexOf('Objet :'),
    );
    expect(letter).toContain('MISE EN DEMEURE');
  });

  it('every letter is dated « Villeurbanne, le 23 novembre 2026 », never « Fait à »', async () => {
    for (const letter of [
      await text(renderLetter('reminder-letter', base(SGH, invoices))),
      await text(renderLetter('formal-notice', { ...base(SGH, invoices), lawFirm: APTOS })),
      await text(renderLetter('litigation-transfer', litigation(SGH, invoices))),
      await text(
        renderLetter('law-firm-mandate', {
          company: GREENOVA,
          lawFirm: APTOS,
          ladder: GREENOVA_LADDER,
          today: TODAY,
        }),
      ),
    ]) {
      expect(letter).toContain(`Villeurbanne, le ${formatDateLongFr(TODAY)}`);
      expect(letter).not.toContain('Fait à');
    }
  });

  it('greets a named contact by civility, « Madame, Monsieur, » only when no one is named', async () => {
    const durand = { ...SGH, contact: { civility: 'Mme' as const, name: 'Durand' } };
    const toDurand = await text(renderLetter('formal-notice', { ...base(durand, invoices), lawFirm: APTOS }));
    expect(toDurand).toContain('Société Générale d’Hygiène\nÀ l’attention de Mme Durand\n');
    expect(toDurand).toContain('\nMadame,\n');
    expect(toDurand).toContain('Nous vous prions d’agréer, Madame, l’expression');
    expect(toDurand).not.toContain('Madame, Monsieur');

    const bernard = aCustomer({
      code: 'C009',
      legalName: 'Julien Bernard',
      siren: null,
      type: 'B2C',
      contact: { civility: 'M.', name: null },
    });
    const toBernard = await text(
      renderLetter(
        'reminder-letter',
        base(bernard, [anInvoice({ customerCode: 'C009', amountInclTax: cents(22_368) })]),
      ),
    );
    expect(toBernard).toContain('M. Julien Bernard\n');
    expect(toBernard).toContain('\nMonsieur,\n');
    expect(toBernard).toContain('Nous vous prions d’agréer, Monsieur, l’expression');

    const nobody = await text(renderLetter('reminder-letter', base(SGH, invoices)));
    expect(nobody).toContain('\nMadame, Monsieur,\n');
    // A company's civility without a name says nothing about who reads the letter.
    expect(addressee({ ...SGH, contact: { civility: 'M.', name: null } }).salutation).toBe(
      'Madame, Monsieur,',
    );
    expect(addressee({ ...SGH, contact: { civility: null, name: 'Paul Durand' } })).toMatchObject({
      salutation: 'Madame, Monsieur,',
      attention: 'À l’attention de Paul Durand',
    });
  });

  it('writes no-break spaces before « : ; ? ! », inside « » and in every amount, in the .docx itself', async () => {
    expect(frenchTypography('de 40,00 € par facture, 5 000 € ou 1 234 567,89 €')).toBe(
      'de 40,00\u00a0€ par facture, 5\u00a0000\u00a0€ ou 1\u00a0234\u00a0567,89\u00a0€',
    );
    expect(frenchTypography('en 2026 : 12 factures')).toBe('en 2026\u00a0: 12 factures');
    for (const bytes of [
      await renderLetter('formal-notice', { ...base(SGH, invoices), lawFirm: APTOS }),
      await renderLetter('law-firm-mandate', {
        company: GREENOVA,
        lawFirm: APTOS,
        ladder: GREENOVA_LADDER,
        today: TODAY,
      }),
      await renderLetter('procedure', {
        company: GREENOVA,
        lawFirm: APTOS,
        ladder: GREENOVA_LADDER,
        today: TODAY,
      }),
      await renderLetter('litigation-transfer', litigation(SGH, invoices)),
    ]) {
      const xml = await docxDocumentXml(bytes);
      const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join('\n');
      expect(texts).not.toMatch(/ [:;?!»]/);
      expect(texts).not.toMatch(/« /);
      expect(texts).not.toMatch(/\d €/);
      expect(texts).not.toMatch(/\d \d{3}(,\d\d)?\u00a0€/);
    }
  });
});

describe('importing the contact', () => {
  const file = (rows: string[]) =>
    Buffer.from(
      [
        'code_client;raison_sociale;siren;email;adresse;code_postal;ville;type_client;contact_civilite;contact_nom',
        ...rows,
      ].join('\n'),
    );

  it('reads the civility and the contact’s name, both optional', () => {
    const parsed = parseImportFile(
      'customers',
      file([
        'C002;SGH;552100554;compta@sgh.example;8 avenue Jean Jaurès;69007;Lyon;B2B;Madame;Durand',
        'C009;Julien Bernard;;julien@courriel.example;18 chemin des Vignes;69290;Craponne;B2C;M.;',
        'C010;Naturalia;732829320;pd@naturalia.example;17 rue Bouchut;69003;Lyon;B2B;;',
      ]),
      {},
    );
    expect(parsed.rows.map((r) => r.record.contact)).toEqual([
      { civility: 'Mme', name: 'Durand' },
      { civility: 'M.', name: null },
      undefined,
    ]);
  });

  it('refuses an unknown civility, in French', () => {
    const parsed = parseImportFile(
      'customers',
      file(['C002;SGH;552100554;compta@sgh.example;8 avenue Jean Jaurès;69007;Lyon;B2B;Dr;Durand']),
      {},
    );
    expect(parsed.rows).toHaveLength(0);
    expect(JSON.stringify(parsed)).toContain('civilité inconnue');
  });
});
