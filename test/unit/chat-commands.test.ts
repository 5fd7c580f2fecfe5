/**
 * Commands in plain words (src/questions/parser/commands.ts): many phrasings per command, French
 * and simple English, typos in the commands' words, invoice numbers in capitals, a promise's date
 * and amount — and the questions about figures that must stay questions.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { calendarDate } from '../../src/domain/calendar-date';
import type { Customer } from '../../src/domain/ledger';
import {
  asksInsolvency,
  customersNamed,
  isDayCardCommand,
  mayBeCommand,
  readCommand,
} from '../../src/questions/parser/commands';
import { parseQuestion, parseWithoutCustomers } from '../../src/questions/parser/parse-question';
import { isOtherCommand, isQuestion } from '../../src/questions/parser/routing';
import { comparable } from '../nlu/eval-set';

const portfolio = JSON.parse(readFileSync(resolve(__dirname, '../nlu/portfolio.json'), 'utf8')) as {
  lawFirm: string;
  customers: Array<{ code: string; legalName: string; aliases?: string[] }>;
};
const customers: Customer[] = portfolio.customers.map((c) => ({
  ...(c.aliases ? { aliases: c.aliases } : {}),
  code: c.code,
  legalName: c.legalName,
  siren: null,
  address: { lines: [], postalCode: '', city: '', country: 'France' },
  billingEmails: [],
  phone: null,
  salesRepEmail: null,
  risk: 'low',
  type: 'B2B',
  paymentTermsDays: 30,
  contractualPenaltyRateBp: null,
}));
/** Monday 23 November 2026, as the evaluation sets. */
const today = calendarDate(2026, 11, 23);
const context = { today, customers, lawFirm: portfolio.lawFirm };

/** The command in the evaluation sets' form (its customer as sorted codes), or the parse's kind. */
function command(text: string): unknown {
  const result = comparable(parseQuestion(text, context));
  return result.kind === 'command' ? result.command : result.kind;
}

describe('customer_contact', () => {
  it.each([
    ['téléphone de biocoop ?', ['C001', 'C011']],
    ['qui appeler chez Biocoop Part-Dieu', ['C011']],
    ['c’est quoi le mail de la compta de l’hôtel du parc', ['C003']],
    ['email de la compta chez Naturalia', ['C010']],
    ['numéro de tel de l’EHPAD les tilleuls ?', ['C014']],
    ['coordonnées de Julien Bernard', ['C009']],
    ['comment joindre la crèche les petits pas', ['C008']],
    ['le portable du contact chez ITM Vaise', ['C018']],
    ['quel est le numéro de la mairie de caluire ?', ['C015']],
    ['phone number of Biocoop Lyon', ['C001']],
    ['who to call at Hotel du Parc?', ['C003']],
    ['telefone de biocop', ['C001', 'C011']],
    ['j’ai besoin du tel de l’hotel du parc', ['C003']],
    ['à qui je parle chez intermarche vaise pour les factures ?', ['C018']],
    ['contact Leclerc', []],
  ])('« %s »', (text, codes) => {
    expect(command(text)).toEqual({ command: 'customer_contact', customerCodes: codes });
  });
});

describe('customer_card', () => {
  it.each([
    ['fiche Biocoop Part-Dieu', ['C011']],
    ['fiche client biocoop', ['C001', 'C011']],
    ['ouvre le client SGH', ['C002']],
    ['la fiche de la SGH', ['C002']],
    ['client naturalia pd', ['C010']],
    ['dossier Boulangerie Martin', ['C013']],
    ['montre-moi la fiche de la crèche', ['C008']],
    ['open customer Intermarché Vaise', ['C018']],
    ['sors la fiche du pressing total net stp', ['C017']],
    ['ouvre Les Jardins de Fourvière', ['C019']],
    ['open the card for Pressing Total Net', ['C017']],
    ['fiche Zorglub', []],
    ['procédure collective Dupont', ['C005']],
  ])('« %s »', (text, codes) => {
    expect(command(text)).toEqual({ command: 'customer_card', customerCodes: codes });
  });

  it('points « procédure collective … » at the card’s form', () => {
    expect(asksInsolvency('procédure collective Dupont')).toBe(true);
    expect(asksInsolvency('fiche Dupont')).toBe(false);
  });
});

describe('history', () => {
  it.each([
    'historique F2026-1042',
    'historique de la facture f2026-1042',
    'qu’a-t-on fait sur F2026-1042 ?',
    'qu’est-ce qu’on a fait sur la f2026-1042',
    'suivi F2026-1042',
    'historiqe F2026-1042',
    'what did we do on F2026-1042?',
    'history of f2026-1042',
  ])('by invoice: « %s »', (text) => {
    expect(command(text)).toEqual({ command: 'history', invoice: 'F2026-1042' });
  });

  it.each([
    ['historique client Biocoop Lyon', ['C001']],
    ['historique de la SGH', ['C002']],
    ['qu’a-t-on fait avec Dupont ?', ['C005']],
    ['history of Naturalia PD', ['C010']],
  ])('by customer: « %s »', (text, codes) => {
    expect(command(text)).toEqual({ command: 'history', customerCodes: codes });
  });

  it('asks which when nothing is named, and leaves « qu’a-t-on fait hier ? » to the journal', () => {
    expect(readCommand('historique', context)).toEqual({ kind: 'ask_history' });
    expect(readCommand('l’historique ?', context)).toEqual({ kind: 'ask_history' });
    expect(parseQuestion('historique', context)).toEqual({ kind: 'not_understood', understood: {} });
    expect(comparable(parseQuestion('qu’a-t-on fait hier ?', context))).toMatchObject({
      kind: 'query',
      query: { intent: 'journal_activity' },
    });
  });
});

describe('disputes', () => {
  it.each([
    'lever le litige F2026-1048',
    'lever le litige sur la facture f2026-1048.',
    'levez le litige de F2026-1048 svp',
    'F2026-1048 n’est plus contestée',
    'F2026-1048 plus en litige',
    'le litige sur F2026-1048 est réglé',
    'retirer le litige F2026-1048',
    'lift the dispute on F2026-1048',
    'lever le ltige F2026-1048',
  ])('lift: « %s »', (text) => {
    expect(command(text)).toEqual({ command: 'lift_dispute', invoice: 'F2026-1048' });
  });

  it.each([
    'mettre F2026-1048 en litige',
    'mets la f2026-1048 en litige',
    'le client conteste F2026-1048',
    'ouvrir un litige sur F2026-1048',
    'litige sur F2026-1048',
    'la facture F2026-1048 est contestée',
    'mark F2026-1048 as disputed',
    'F2026-1048 en litige stp',
    'F2026-1048 : mise en litige',
  ])('open: « %s »', (text) => {
    expect(command(text)).toEqual({ command: 'open_dispute', invoice: 'F2026-1048' });
  });
});

describe('record_promise', () => {
  it.each([
    ['Biocoop Lyon promet de payer le 15 décembre', { customerCodes: ['C001'], date: '2026-12-15' }],
    ['promesse F2026-1042 au 10/12', { invoice: 'F2026-1042', date: '2026-12-10' }],
    [
      'Biocoop Part-Dieu va payer vendredi 1 200 €',
      { customerCodes: ['C011'], date: '2026-11-27', amount: 120_000 },
    ],
    ['Naturalia s’engage à payer fin du mois', { customerCodes: ['C010'], date: '2026-11-30' }],
    ['la SGH paiera le 4', { customerCodes: ['C002'], date: '2026-12-04' }],
    ['promesse de Dupont pour le 30 novembre', { customerCodes: ['C005'], date: '2026-11-30' }],
    [
      'F2026-1042 : le client promet 850,50 euros le 1er décembre',
      { invoice: 'F2026-1042', date: '2026-12-01', amount: 85_050 },
    ],
    ['l’hôtel du parc paiera dans 10 jours', { customerCodes: ['C003'], date: '2026-12-03' }],
    ['Dupont promised to pay on December 15', { customerCodes: ['C005'], date: '2026-12-15' }],
    [
      'Biocoop promet 500 € pour le 10 décembre',
      { customerCodes: ['C001', 'C011'], date: '2026-12-10', amount: 50_000 },
    ],
    ['promese F2026-1042 le 15/01', { invoice: 'F2026-1042', date: '2027-01-15' }],
    ['la F2026-1042 sera payée lundi 7 décembre', { invoice: 'F2026-1042', date: '2026-12-07' }],
    [
      'Dupont & Fils promised to pay 3,000 € on December 12',
      { customerCodes: ['C005'], date: '2026-12-12', amount: 300_000 },
    ],
    [
      'dupont m’a dit qu’il payera 2 500 € le 10/12',
      { customerCodes: ['C005'], date: '2026-12-10', amount: 250_000 },
    ],
  ])('« %s »', (text, expected) => {
    expect(command(text)).toEqual({ command: 'record_promise', ...expected });
  });

  it('needs a date: without one it is a question about promises', () => {
    expect(readCommand('Biocoop promet de payer', context)).toBeNull();
    expect(command('promesses échues')).toBe('query');
    expect(command('quelles promesses ce mois ?')).toBe('query');
  });
});

describe('add_alias', () => {
  it.each([
    ['alias SGH pour Société Générale d’Hygiène', ['C002'], 'SGH'],
    ['ajoute l’alias BLCR à Biocoop Lyon Croix-Rousse', ['C001'], 'BLCR'],
    ['ITMV est un alias de Intermarché Vaise', ['C018'], 'ITMV'],
    ['add alias Parc Hotel for Hôtel du Parc', ['C003'], 'Parc Hotel'],
    ['on dit « La Boulange » pour Boulangerie Martin', ['C013'], 'La Boulange'],
    ['rajoute BM comme alias de la Boulangerie Martin', ['C013'], 'BM'],
    ['alias CHV -> centre hospitalier de villefranche', ['C004'], 'CHV'],
  ])('« %s »', (text, codes, alias) => {
    expect(command(text)).toEqual({ command: 'add_alias', customerCodes: codes, alias });
  });
});

describe('day card, procedure, law firm letter', () => {
  it.each([
    'relances du jour',
    'les relances d’aujourd’hui',
    'la carte du jour',
    'mes relances du jour ?',
    'today’s reminders',
    'carte des relances à valider aujourd’hui',
    'tu me sors les relances du jr ?',
  ])('day card: « %s »', (text) => {
    expect(command(text)).toEqual({ command: 'day_card' });
    expect(isDayCardCommand(text)).toBe(true);
  });

  it.each(['procédure', 'la procédure de relance', 'procedure de recouvrement ?', 'envoie-moi la procédure'])(
    'procedure: « %s »',
    (text) => {
      expect(command(text)).toEqual({ command: 'procedure' });
    },
  );

  it.each([
    'lettre au cabinet',
    'courrier pour le cabinet',
    'la lettre pour Aptos',
    'letter to the law firm',
  ])('law firm letter: « %s »', (text) => {
    expect(command(text)).toEqual({ command: 'law_firm_letter' });
  });
});

describe('questions stay questions', () => {
  it.each([
    'litiges ouverts',
    'combien nous doit Biocoop ?',
    'impayés de Biocoop',
    'top 5 des mauvais payeurs',
    'clients en retard ?',
    'où en est Naturalia Part-Dieu ?',
    'promesses de Biocoop Lyon',
    'relances',
    'quelles lettres recommandées partent aujourd’hui ?',
    'historique des relances ce mois',
    'état du compte de l’hôtel du parc',
    'les e-mails de relance envoyés à dupont en octobre',
    'Biocoop a réglé le 5 novembre',
  ])('« %s » is not a command', (text) => {
    expect(readCommand(text, context)).toBeNull();
    expect(parseQuestion(text, context).kind).not.toBe('command');
  });

  it('takes nothing for a command without its object', () => {
    for (const text of ['téléphone ?', 'lever le litige', 'mettre en litige', 'fiche', 'alias'])
      expect(parseQuestion(text, context).kind).not.toBe('command');
  });

  it('writes invoice numbers in capitals and reads them whatever the case', () => {
    expect(command('historique fa-2026-0012')).toEqual({ command: 'history', invoice: 'FA-2026-0012' });
  });
});

describe('wiring', () => {
  it('lets through the cheap pre-check every phrasing the parser reads as a command', () => {
    for (const text of [
      'qu’a-t-on fait avec Dupont ?',
      'dupont m’a dit qu’il payera 2 500 € le 10/12',
      'à qui je parle chez intermarche vaise pour les factures ?',
      'le resto au bon point règle 450 € le lundi 30 novembre',
      'ouvre Les Jardins de Fourvière',
      'rajoute BM comme alias de la Boulangerie Martin',
      'ouvre le tableau des relances du jour',
    ]) {
      if (readCommand(text, context)) expect(mayBeCommand(text)).toBe(true);
    }
    expect(readCommand('qu’a-t-on fait avec Dupont ?', context)).not.toBeNull();
  });

  it('parses without the customers only when the command names none, else waits for them', () => {
    const early = { today, lawFirm: portfolio.lawFirm };
    expect(parseWithoutCustomers('lever le litige F2026-1048', early)).toEqual({
      kind: 'command',
      command: { command: 'lift_dispute', invoice: 'F2026-1048' },
    });
    expect(parseWithoutCustomers('téléphone de biocoop ?', early)).toBeNull();
  });

  it('keeps commands away from the questions’ route, and finds customers by alias and acronym', () => {
    expect(isOtherCommand('historique F2026-1042')).toBe(true);
    expect(isOtherCommand('relances du jour')).toBe(true);
    expect(isQuestion('qu’a-t-on fait sur F2026-1042 ?', today)).toBe(false);
    expect(isQuestion('litiges ouverts', today)).toBe(true);
    expect(mayBeCommand('DSO ?')).toBe(false);
    expect(mayBeCommand('téléphone de biocoop')).toBe(true);
    expect(customersNamed('ITM Vaise', customers).map((c) => c.code)).toEqual(['C018']);
    expect(customersNamed('SGH', customers).map((c) => c.code)).toEqual(['C002']);
  });
});

it('reads a promise ending on a number in groups of three digits without reading past the message (no unit: no amount)', () => {
  const result = parseQuestion('Biocoop Lyon promet de payer le 15 décembre 1 200', { today, customers });
  expect(comparable(result)).toEqual({
    kind: 'command',
    command: { command: 'record_promise', customerCodes: ['C001'], date: '2026-12-15' },
  });
});

it.each(['x e', '가\u0000Ḕ', 'e', 'a b'])(
  '« %s » is no command: a lone letter names no customer and « e » alone is no e-mail',
  (text) => {
    expect(parseQuestion(text, { today, customers }).kind).not.toBe('command');
  },
);
