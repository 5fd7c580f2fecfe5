/**
 * The pieces' list: where each piece comes from, and what is attached once the store answered —
 * the one list the bordereau and the e-mail to the firm are both made from.
 */
import {
  DOSSIER_RESERVE_BYTES,
  planPieces,
  settlePieces,
  stepDocument,
  type Fetched,
} from '../../src/application/documents/dossier-pieces';
import type { CompanyIdentity } from '../../src/domain/identity';
import type { JournalEntry } from '../../src/domain/journal';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { calendarDate } from '../../src/domain/calendar-date';
import { anInvoice } from '../support/fixtures';

const COMPANY = {
  legalName: 'Greenova',
  controller: { name: 'Camille Roux', title: '', email: 'c@g.example', phone: null },
} as unknown as CompanyIdentity;

const entry = (action: string, details: Record<string, unknown>, at: string): JournalEntry => ({
  id: at,
  at,
  date: calendarDate(2026, 11, 13),
  actor: { id: 'u', name: 'Camille Roux' },
  action,
  target: { customerCodes: ['C1'], invoiceNumbers: ['F1'] },
  details,
  outcome: 'ok',
});

const JOURNAL = [
  entry('email.sent', { step: 'J+3', subject: 'Rappel', text: 'Bonjour…' }, '2026-10-27T08:00:00Z'),
  entry('letter.generated', { step: 'J+10', documentId: 'letter-1', sha256: 'a1' }, '2026-11-03T08:00:00Z'),
  entry('letter.posted', { step: 'J+10' }, '2026-11-03T09:00:00Z'),
  entry(
    'formal_notice.generated',
    { step: 'J+20', documentId: 'draft', sha256: 'd0' },
    '2026-11-13T08:00:00Z',
  ),
  entry(
    'formal_notice.posted',
    { step: 'J+20', lrar: '1A 1', documentId: 'notice-1', documentSha256: 'n1' },
    '2026-11-13T09:00:00Z',
  ),
];

const facts = {
  invoices: [anInvoice({ number: 'F1' }), anInvoice({ number: 'F2' })],
  pdfs: [
    {
      customerCode: 'C1',
      invoiceNumber: 'F1',
      documentId: 'pdf-1',
      sha256: 'p1',
      fileName: 'F1.pdf',
      size: 1000,
      importedAt: '',
    },
  ],
  journal: JOURNAL,
  ladder: GREENOVA_LADDER,
  company: COMPANY,
  receivedOn: null,
};

const files = { cover: { fileName: 'cover.docx', size: 2000 }, dossierFileName: 'dossier.docx' };
const ok = (fileName: string, size: number): Fetched => ({ status: 'ok', fileName, size });

it('takes the mise en demeure as posted (with its LRAR number) over its draft', () => {
  expect(stepDocument(JOURNAL, ['J+20'])).toEqual({ documentId: 'notice-1', sha256: 'n1' });
  expect(stepDocument(JOURNAL, ['J+10'])).toEqual({ documentId: 'letter-1', sha256: 'a1' });
  expect(stepDocument(JOURNAL, ['J+3'])).toBeNull();
});

it('plans each piece from where it is: cover, dossier, invoice PDF, stored letters, the e-mail in the dossier', () => {
  const planned = planPieces(facts);
  expect(planned.map((p) => [p.title, p.source.kind])).toEqual([
    ['Lettre de transmission au cabinet', 'cover'],
    ['Présent dossier de recouvrement', 'dossier'],
    ['Facture n°\u00a0F1', 'stored'],
    ['Facture n°\u00a0F2', 'none'],
    ['Conditions générales de vente applicables', 'none'],
    ['Bons de commande ou devis signés', 'none'],
    ['Bons de livraison signés ou preuves de la prestation', 'none'],
    ['E-mail de rappel courtois (J+3)', 'in-dossier'],
    ['Lettre de relance (J+10)', 'stored'],
    ['Lettre de mise en demeure (J+20)', 'stored'],
    ['Avis de réception de la lettre recommandée (J+20)', 'none'],
    ['Historique des relances et des échanges', 'in-dossier'],
    ['Échanges écrits avec le client (courriels, courriers reçus)', 'none'],
  ]);
  expect(planned[3]!.missing).toBe('Facture non importée dans Relances\u00a0: à demander à Camille Roux');
  expect(planned[10]!.missing).toBe('AR papier conservé par Greenova — à demander à Camille Roux');
});

it('attaches what the store gave intact, in order, within the cap; says why the others are not', () => {
  const planned = planPieces(facts);
  const fetched = new Map<string, Fetched>([
    ['pdf-1', ok('F1.pdf', 1000)],
    ['letter-1', { status: 'altered' }],
    ['notice-1', ok('MED.docx', 5000)],
  ]);
  const pieces = settlePieces(planned, fetched, files, { controller: 'Camille Roux' });
  const attached = pieces.filter((p) => p.attached).map((p) => p.file?.fileName ?? p.title);
  expect(attached).toEqual([
    'cover.docx',
    'dossier.docx',
    'F1.pdf',
    'E-mail de rappel courtois (J+3)',
    'MED.docx',
    'Historique des relances et des échanges',
  ]);
  expect(pieces.map((p) => p.number)).toEqual(planned.map((_, i) => i + 1));
  expect(pieces[8]!.detail).toContain('ne correspond plus à son empreinte SHA-256');
  expect(pieces[9]!.detail).toContain('(LRAR n° 1A 1) — Fichier «\u00a0MED.docx\u00a0» (5\u00a0Ko)');

  // A piece lost from the store, and one that would pass the cap: not attached, and said why.
  const tight = settlePieces(
    planned,
    new Map<string, Fetched>([
      ['pdf-1', ok('F1.pdf', 1000)],
      ['notice-1', ok('MED.docx', 5000)],
    ]),
    files,
    { controller: 'Camille Roux', capBytes: 2000 + DOSSIER_RESERVE_BYTES + 1000 },
  );
  expect(tight[2]!.attached).toBe(true);
  expect(tight[8]!).toMatchObject({ attached: false });
  expect(tight[8]!.detail).toContain('copie introuvable dans le stockage des documents');
  expect(tight[9]!).toMatchObject({ attached: false, file: null });
  expect(tight[9]!.detail).toContain('taille\u00a0: l’e-mail dépasserait');
});

it('drawn without its e-mail, the dossier says the stored copies are kept, not attached', () => {
  const pieces = settlePieces(planPieces(facts), null, files, { controller: 'Camille Roux' });
  expect(pieces[2]).toMatchObject({
    attached: false,
    detail: 'Facture n°\u00a0F1\u00a0; copie conservée par Relances',
  });
});
