/**
 * The parser generalising beyond the public set's words (issue 16, tenth round, tuner k): how
 * people name customers — by their kind (« le resto », « l’hôpital »), by a lower-case acronym or a
 * name split in two — and what a customer's situation is asked with. Variants written for the
 * rules, not copied from the evaluation sets; negatives that must not change. Against the
 * evaluation portfolio (test/nlu/portfolio.json: today is Monday 23 November 2026), and small
 * portfolios of their own where a rule depends on the customers.
 */
import type { Customer } from '../../src/domain/ledger';
import { parseQuestion } from '../../src/questions/parser/parse-question';
import { comparable } from '../nlu/eval-set';
import { command, parsed, portfolio, query } from '../support/nlu-parse';

const today = portfolio.today;
const customersOf = (names: Record<string, string>) =>
  Object.entries(names).map(([code, legalName]) => ({
    code,
    legalName,
    aliases: [],
  })) as unknown as Customer[];
const parsedWith = (text: string, customers: readonly Customer[]) =>
  comparable(parseQuestion(text, { today, customers }));

describe('a customer named by its kind, as the agency names it', () => {
  it.each([
    ['le resto nous doit combien ?', query({ intent: 'customer_balance', customerCodes: ['C016'] })],
    ['les impayés du restau', query({ intent: 'unpaid_invoices', customerCodes: ['C016'] })],
    ['l’hosto a des factures en retard ?', query({ intent: 'unpaid_invoices', customerCodes: ['C004'] })],
    ['le CH est chez l’avocat ?', query({ intent: 'litigation', customerCodes: ['C004'] })],
    ['combien doit le CH de Villefranche', query({ intent: 'customer_balance', customerCodes: ['C004'] })],
    ['échéancier de l’hôpital de Villefranche', query({ intent: 'payment_plans', customerCodes: ['C004'] })],
    ['litiges de la maison de retraite', query({ intent: 'disputes', customerCodes: ['C014'] })],
    ['la ville de Caluire a des impayés ?', query({ intent: 'unpaid_invoices', customerCodes: ['C015'] })],
    ['fiche du pressing', command({ command: 'customer_card', customerCodes: ['C017'] })],
    ['qui j’appelle à la crèche ?', command({ command: 'customer_contact', customerCodes: ['C008'] })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['tel du resto stp', command({ command: 'customer_contact', customerCodes: ['C016'] })],
    ['ouvre la fiche de l’hosto', command({ command: 'customer_card', customerCodes: ['C004'] })],
    ['jappel qui au resto', command({ command: 'customer_contact', customerCodes: ['C016'] })],
    ['mail de la compta du CH', command({ command: 'customer_contact', customerCodes: ['C004'] })],
    ['fiche client maison de retraite', command({ command: 'customer_card', customerCodes: ['C014'] })],
    [
      'l’hosto promet de régler vendredi',
      command({ command: 'record_promise', customerCodes: ['C004'], date: '2026-11-27' }),
    ],
  ])('in a command: « %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // A kind followed by another business's name is that business: unknown, never ours.
    ['la boulangerie Paul elle doit combien ?', 'customer_balance', 'boulangerie Paul'],
    ['impayés de l’hôtel de la Gare', 'unpaid_invoices', 'hôtel de la Gare'],
    ['le CH Lyon Sud a des impayés ?', 'unpaid_invoices', 'CH Lyon Sud'],
    ['le resto Le Bouchon nous doit combien ?', 'customer_balance', 'resto Le Bouchon'],
    ['l’hôpital Édouard Herriot a des impayés ?', 'unpaid_invoices', 'hôpital Édouard Herriot'],
    // A kind said before a name whose customer is of another kind.
    ['la clinique du Parc nous doit combien ?', 'customer_balance', 'clinique du Parc'],
    ['les litiges ouverts avec la clinique du Parc', 'disputes', 'clinique du Parc'],
    ['le restaurant du Parc a des impayés ?', 'unpaid_invoices', 'restaurant du Parc'],
  ])('« %s » is another business', (text, intent, mention) => {
    expect(parseQuestion(text, { today, customers: portfolio.customers })).toMatchObject({
      kind: 'unknown_customer',
      query: { intent },
      mention,
    });
  });

  it.each([
    [
      'la mairie avait promis de payer, on en est où ?',
      query({ intent: 'promises', customerCodes: ['C015'] }),
    ],
    ['le resto Au Bon Point il doit combien', query({ intent: 'customer_balance', customerCodes: ['C016'] })],
    ['l’hôtel du Parc a payé ?', query({ intent: 'customer_balance', customerCodes: ['C003'] })],
    ['la boulangerie Martin a des impayés ?', query({ intent: 'unpaid_invoices', customerCodes: ['C013'] })],
    ['la crèche des Petits Pas doit combien', query({ intent: 'customer_balance', customerCodes: ['C008'] })],
    ['impayés hors hôtel Ibis', query({ intent: 'unpaid_invoices' })],
  ])('« %s » keeps its customer (or none)', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  const twoRestaurants = customersOf({
    R1: 'Restaurant Le Lys',
    R2: 'Brasserie des Halles',
    H1: 'Centre Hospitalier Lucien Hussel',
    B1: 'Boulangerie Pichon',
  });

  it('names the one customer of that kind the asker may see', () => {
    expect(parsedWith('combien nous doit l’hôpital ?', twoRestaurants)).toEqual(
      query({ intent: 'customer_balance', customerCodes: ['H1'] }),
    );
    expect(parsedWith('les impayés du CH', twoRestaurants)).toEqual(
      query({ intent: 'unpaid_invoices', customerCodes: ['H1'] }),
    );
    expect(parsedWith('le boulanger a payé ?', twoRestaurants)).toEqual(
      query({ intent: 'customer_balance', customerCodes: ['B1'] }),
    );
  });

  it('two customers of one kind: ambiguous, with both', () => {
    expect(parsedWith('combien nous doit le resto ?', twoRestaurants)).toEqual({
      kind: 'ambiguous_customer',
      query: { intent: 'customer_balance' },
      candidates: ['R1', 'R2'],
    });
  });

  it.each([
    // Plural or generic uses never name one customer.
    'combien nous doivent les restaurants ?',
    'les impayés des hôpitaux',
    'impayés de nos hôtels',
    'les restos ont des impayés ?',
    'tous les resto qui nous doivent',
    'nos clients restaurateurs paient mal',
  ])('« %s » names no customer', (text) => {
    const result = parseQuestion(text, { today, customers: portfolio.customers });
    expect(result.kind).not.toBe('ambiguous_customer');
    const codes = result.kind === 'query' ? result.query.customerCodes : undefined;
    expect(codes).toBeUndefined();
  });

  it('« ch » typed in lower case alone is no hospital; a kind nobody has is no customer', () => {
    expect(parsedWith('impayés ch', twoRestaurants)).not.toMatchObject({ query: { customerCodes: ['H1'] } });
    const noHospital = customersOf({ R1: 'Restaurant Le Lys' });
    expect(parsedWith('combien nous doit l’hôpital ?', noHospital)).not.toMatchObject({
      query: { customerCodes: expect.anything() },
    });
  });
});

describe('a customer left out is never the filter', () => {
  it.each([
    ['les impayés hors Biocoop Part-Dieu', query({ intent: 'unpaid_invoices' })],
    ['tous les litiges à part ceux de la mairie', query({ intent: 'disputes' })],
    ['factures en retard en dehors de la SGH et de Naturalia', query({ intent: 'unpaid_invoices' })],
    ['top 5 des mauvais payeurs hormis l’hôpital', query({ intent: 'top_late_payers', limit: 5 })],
    [
      'impayés de plus de 60 jours sauf la SGH et Dupont',
      query({ intent: 'unpaid_invoices', daysLate: { min: 61 } }),
    ],
    ['les promesses, excepté Biocoop Part-Dieu', query({ intent: 'promises' })],
    ['litiges sauf Carrefour', query({ intent: 'disputes' })],
    ['impayés à l’exception de la SGH', query({ intent: 'unpaid_invoices' })],
    ['top 10 des retards en excluant la mairie', query({ intent: 'top_late_payers', limit: 10 })],
    ['impayés sauf pour la SGH', query({ intent: 'unpaid_invoices' })],
    ['impayés, SGH exclue', query({ intent: 'unpaid_invoices' })],
    ['les litiges, la mairie mise à part', query({ intent: 'disputes' })],
    ['impayés Biocoop Part-Dieu non compris', query({ intent: 'unpaid_invoices' })],
  ])('« %s » is answered for everyone', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // A customer named to be kept still filters; « sauf » about something else leaves it.
    ['impayés de la SGH', query({ intent: 'unpaid_invoices', customerCodes: ['C002'] })],
    [
      'impayés de la SGH sauf ceux de plus de 60 jours',
      query({ intent: 'unpaid_invoices', customerCodes: ['C002'], daysLate: { max: 60 } }),
    ],
    [
      'litiges de Naturalia, hors la facture F2026-1042',
      query({ intent: 'disputes', customerCodes: ['C010'] }),
    ],
    [
      'impayés de la SGH à part ceux de plus de 60 jours',
      query({ intent: 'unpaid_invoices', customerCodes: ['C002'], daysLate: { min: 61 } }),
    ],
    [
      'la SGH, à part ça, elle doit combien ?',
      query({ intent: 'customer_balance', customerCodes: ['C002'] }),
    ],
    ['impayés pour la SGH', query({ intent: 'unpaid_invoices', customerCodes: ['C002'] })],
  ])('« %s » keeps its customer', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('ordinary words are not a name', () => {
  it.each([
    // Shared words of a name (no distinctive one) name it only whole and in its order.
    ['litiges de plus de 5 000 €, pas les petits', query({ intent: 'disputes', amount: { gt: 500000 } })],
    ['les impayés, pas les petites sommes', query({ intent: 'unpaid_invoices' })],
    ['les promesses, pas les petites', query({ intent: 'promises' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['les impayés des Petits Pas', ['C008']],
    ['combien doit Bon Point', ['C016']],
    ['litiges de la Vie Claire', ['C006']],
    ['impayés de Part-Dieu', ['C010', 'C011']],
  ])('« %s » still names its customers', (text, codes) => {
    const result = parsed(text) as { query?: { customerCodes?: string[] }; candidates?: string[] };
    expect(result.candidates ?? result.query?.customerCodes).toEqual(codes);
  });

  it.each([
    'tu ne pourrais pas me réserver un train pour Marseille vendredi ?',
    'tu peux me réserver une table au resto jeudi ?',
    'est-ce que tu peux booker une salle pour le comité demain',
    'réserve-nous deux billets pour Lyon lundi',
    'il faudrait réserver un taxi pour l’hôpital demain matin',
  ])('a booking is not understood: « %s »', (text) => {
    expect(parsed(text)).toEqual({ kind: 'not_understood' });
  });

  it('the reserve of a law (« sous réserve ») is no booking', () => {
    expect(parsed('impayés de plus de 30 jours, sous réserve des litiges')).toMatchObject({ kind: 'query' });
  });
});

describe('acronyms in lower case and names split in two', () => {
  it.each([
    ['impayés chez lpi', query({ intent: 'unpaid_invoices', customerCodes: ['C012'] })],
    ['les litiges chez psra', query({ intent: 'disputes', customerCodes: ['C007'] })],
    ['jappel qui chez la sgh', command({ command: 'customer_contact', customerCodes: ['C002'] })],
    ['japel ki chez lpi', command({ command: 'customer_contact', customerCodes: ['C012'] })],
    ['on apelle qui à la mairie ?', command({ command: 'customer_contact', customerCodes: ['C015'] })],
    ['les impayés de bio coop croix rousse', query({ intent: 'unpaid_invoices', customerCodes: ['C001'] })],
    ['échéancier de bio coop part-dieu', query({ intent: 'payment_plans', customerCodes: ['C011'] })],
    ['litiges d’inter marché vaise', query({ intent: 'disputes', customerCodes: ['C018'] })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('the words of one name together beat a shared part of two', () => {
    expect(parsed('combien doit bio coop part dieu ?')).toEqual(
      query({ intent: 'customer_balance', customerCodes: ['C011'] }),
    );
    // « part dieu » alone is shared: both are offered.
    expect(parsed('combien doit part dieu ?')).toMatchObject({
      kind: 'ambiguous_customer',
      candidates: ['C010', 'C011'],
    });
    // « bio coop » alone is both Biocoop.
    expect(parsed('impayés de bio coop')).toMatchObject({
      kind: 'ambiguous_customer',
      candidates: ['C001', 'C011'],
    });
  });

  it.each([
    ['impayés chez jb', query({ intent: 'unpaid_invoices', customerCodes: ['C009'] })],
    ['litiges chez df', query({ intent: 'disputes', customerCodes: ['C005'] })],
    [
      'chez la sgh et lpi, les impayés',
      query({ intent: 'unpaid_invoices', customerCodes: ['C002', 'C012'] }),
    ],
  ])('two letters in lower case after « chez »: « %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['litiges chez eux', query({ intent: 'disputes' })],
    ['chez nous les impayés', query({ intent: 'unpaid_invoices' })],
  ])('« %s » names nobody', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each(['un appel qui dure chez lpi', 'le rappel qui part chez lpi'])('« %s » asks no contact', (text) => {
    expect(parsed(text)).not.toMatchObject({ kind: 'command', command: { command: 'customer_contact' } });
  });
});

describe('a customer’s situation in plain words is its balance', () => {
  const balance = (code: string) => query({ intent: 'customer_balance', customerCodes: [code] });
  it.each([
    ['encours total de Dupont échu et non échu', balance('C005')],
    ['quel est l’encours complet de la crèche, échu et non échu ?', balance('C008')],
    ['la SGH, niveau règlements ça donne quoi ?', balance('C002')],
    ['la mairie en est où de ses règlements ?', balance('C015')],
    ['côté paiements, Naturalia Part-Dieu ça se passe comment ?', balance('C010')],
    ['Dupont ne nous doit plus rien ?', balance('C005')],
    ['la Vie Claire n’a plus rien à nous payer, on est d’accord ?', balance('C006')],
    ['la crèche n’a toujours pas soldé son ardoise ?', balance('C008')],
    ['Julien Bernard a pas réglé son compte, combien il lui reste ?', balance('C009')],
    ['exposition globale sur Naturalia Part-Dieu', balance('C010')],
    ['quelle est notre exposition sur le client C007 ?', balance('C007')],
    ['c koi la situ de lpi', balance('C012')],
    ['situ hosto', balance('C004')],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    [
      'balance âgée par tranches de la SGH, échu et non échu',
      query({ intent: 'aged_balance', customerCodes: ['C002'] }),
    ],
    ['combien de paiements reçus de la SGH ?', query({ intent: 'collected', customerCodes: ['C002'] })],
    [
      'les paiements de la mairie en octobre',
      query({
        intent: 'collected',
        customerCodes: ['C015'],
        period: { from: '2026-10-01', to: '2026-10-31' },
      }),
    ],
    ['qui nous doit le plus ?', query({ intent: 'top_late_payers' })],
    ['les factures non soldées de la SGH', query({ intent: 'unpaid_invoices', customerCodes: ['C002'] })],
    ['l’encours échu et non échu', query({ intent: 'aged_balance' })],
  ])('« %s » keeps its figure', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  // Twelfth round (nlu-generalise-p): the total exposure with nobody named is everything owed, the
  // aged balance — still never a customer's figure.
  it('an exposure with nobody named gives no figure of a customer', () => {
    expect(parsed('exposition totale ?')).toEqual({ kind: 'query', query: { intent: 'aged_balance' } });
  });
});

describe('an unknown customer said without « de » nor a capital', () => {
  it.each([
    ['castorama ça en est où ?', 'castorama'],
    ['solde auchan', 'auchan'],
    ['situation fnac', 'fnac'],
    ['darty on en est ou', 'darty'],
    ['ou en sont norauto ?', 'norauto'],
    ['solde brico depot', 'brico depot'],
  ])('« %s »', (text, mention) => {
    expect(parseQuestion(text, { today, customers: portfolio.customers })).toMatchObject({
      kind: 'unknown_customer',
      query: { intent: 'customer_balance' },
      mention,
    });
  });

  it.each([
    // Ordinary words opening or closing a question are no name: never « aucun client ».
    'solde actuel',
    'où en est-on exactement',
    'où en est-on concrètement',
    'solde final',
    'situation précise',
    'solde créditeur',
    'solde dispo ?',
    'où en est le dossier ?',
    'où en est ma demande',
    'où en est Camille ?',
    'on en est où franchement',
  ])('« %s » names no unknown customer', (text) => {
    expect(parsed(text).kind).not.toBe('unknown_customer');
  });
});

describe('the new voices’ customer questions, said another way', () => {
  const balance = (code: string) => query({ intent: 'customer_balance', customerCodes: [code] });
  it.each([
    // The agency manager and the sales rep, naming customers as the agency does.
    ['la boulange elle nous doit combien', balance('C013')],
    ['l’hosto il en est ou', balance('C004')],
    ['le CH il est à jour ?', balance('C004')],
    ['la maison de retraite ça donne quoi niveau thune', balance('C014')],
    ['le pressing il est au contentieux ?', query({ intent: 'litigation', customerCodes: ['C017'] })],
    ['la crèche elle est en échéancier ?', query({ intent: 'payment_plans', customerCodes: ['C008'] })],
    ['la crèche elle en est où de ses paiements', balance('C008')],
    ['auchan il nous doit combien', { kind: 'unknown_customer', query: { intent: 'customer_balance' } }],
    ['solde carrefour market', { kind: 'unknown_customer', query: { intent: 'customer_balance' } }],
    // The credit insurer's analyst.
    [
      'Pourriez-vous m’indiquer l’exposition globale sur le Centre hospitalier de Villefranche ?',
      balance('C004'),
    ],
    ['Quel est l’encours total, échu et non échu, de la Société Générale d’Hygiène ?', balance('C002')],
    [
      'Quelle est notre exposition sur la Mairie de Caluire-et-Cuire au 31 octobre ?',
      query({ intent: 'customer_balance', customerCodes: ['C015'], asOf: '2026-10-31' }),
    ],
    [
      'Le centre hospitalier a-t-il des factures contestées ?',
      query({ intent: 'disputes', customerCodes: ['C004'] }),
    ],
    // The controller's negations and exclusions.
    ['Dupond il nous doit plus rien ?', balance('C005')],
    ['le resto n’a pas d’échéancier ?', query({ intent: 'payment_plans', customerCodes: ['C016'] })],
    ['l’EHPAD n’a toujours pas soldé ses factures ? combien il reste', balance('C014')],
    ['top 5 retards hors crèche', query({ intent: 'top_late_payers', limit: 5 })],
    ['litiges à part ceux du resto', query({ intent: 'disputes' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a customer code typed without its leading zeros', () => {
  it.each([
    ['C13 solde', query({ intent: 'customer_balance', customerCodes: ['C013'] })],
    ['impayés du client c7', query({ intent: 'unpaid_invoices', customerCodes: ['C007'] })],
    ['litiges C0013', query({ intent: 'disputes', customerCodes: ['C013'] })],
    ['fiche client C7', command({ command: 'customer_card', customerCodes: ['C007'] })],
    ['historique client C13', command({ command: 'history', customerCodes: ['C013'] })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['impayés C130', 'C130'],
    ['le client C999 doit combien', 'C999'],
  ])('a code of that shape that nobody has is unknown: « %s »', (text, mention) => {
    expect(parseQuestion(text, { today, customers: portfolio.customers })).toMatchObject({
      kind: 'unknown_customer',
      mention,
    });
  });

  it.each([
    // Other letters are no code: invoice numbers, quarters.
    ['impayés F2026', query({ intent: 'unpaid_invoices' })],
    ['impayés T4', query({ intent: 'unpaid_invoices', period: { from: '2026-10-01', to: '2026-12-31' } })],
  ])('« %s » names no customer', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
