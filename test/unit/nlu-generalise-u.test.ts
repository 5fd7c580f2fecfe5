/**
 * The parser generalising to the sixteenth round's voices (issue 16): a Spanish-native accountant's
 * words, a data analyst's SQL-ish, a morning checklist's bullets and ticks, the warehouse manager's
 * plain words, Marseille slang and an over-polite trainee. Variants written for the rules, not
 * copied from the evaluation sets; negatives that must not change. Against the evaluation portfolio
 * (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { withMarseilleWords } from '../../src/questions/parser/marseille';
import { withSpanishWords } from '../../src/questions/parser/spanish-words';
import { command, NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

const TODAY = { from: '2026-11-23', to: '2026-11-23' };
const TOMORROW = { from: '2026-11-24', to: '2026-11-24' };
const YESTERDAY = { from: '2026-11-22', to: '2026-11-22' };
const THIS_WEEK = { from: '2026-11-23', to: '2026-11-29' };
const LAST_WEEK = { from: '2026-11-16', to: '2026-11-22' };
const THIS_MONTH = { from: '2026-11-01', to: '2026-11-30' };
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };

describe('a Spanish-native accountant: the domain’s and the calendar’s Spanish words read in French', () => {
  it.each([
    ['cuánto nos deben los clientes ?', query({ intent: 'aged_balance' })],
    ['cuanto nos debe Biocoop Part-Dieu ?', query({ intent: 'customer_balance', customerCodes: ['C011'] })],
    ['las facturas vencidas de esta semana', query({ intent: 'unpaid_invoices', period: THIS_WEEK })],
    ['los pagos recibidos hoy', query({ intent: 'collected', period: TODAY })],
    ['qué se ha encaissé la semana pasada ?', query({ intent: 'collected', period: LAST_WEEK })],
    ['les factura impayées de cette mois', query({ intent: 'unpaid_invoices', period: THIS_MONTH })],
    ['los morosos por segmento de riesgo', query({ intent: 'top_late_payers', groupBy: 'risk' })],
    ['el DSO del mes pasado', query({ intent: 'dso', period: OCTOBER })],
    ['top 3 de los morosos', query({ intent: 'top_late_payers', limit: 3 })],
    ['las promesas de pago para mañana', query({ intent: 'promises', period: TOMORROW })],
    [
      'pérdidas del año pasado',
      query({ intent: 'written_off', period: { from: '2025-01-01', to: '2025-12-31' } }),
    ],
    ['impayés de más de 60 días', query({ intent: 'unpaid_invoices', daysLate: { min: 61 } })],
    ['los litigios en cours', query({ intent: 'disputes' })],
    ['qu’est-ce qu’on a fait ayer ?', query({ intent: 'journal_activity', period: YESTERDAY })],
    [
      'el teléfono de la Boulangerie Martin',
      command({ command: 'customer_contact', customerCodes: ['C013'] }),
    ],
    ['la balance âgée al 31 de octubre', query({ intent: 'aged_balance', asOf: '2026-10-31' })],
    [
      'los impayés desde el 1 de septiembre',
      query({ intent: 'unpaid_invoices', period: { from: '2026-09-01', to: TODAY.to } }),
    ],
    [
      'impayés de marzo',
      query({ intent: 'unpaid_invoices', period: { from: '2026-03-01', to: '2026-03-31' } }),
    ],
    ['qui debe el más ?', query({ intent: 'top_late_payers' })],
    ['el historial de F2026-1042', command({ command: 'history', invoice: 'F2026-1042' })],
    ['muéstrame los impayés', query({ intent: 'unpaid_invoices' })],
    ['dame el top 5 de morosos', query({ intent: 'top_late_payers', limit: 5 })],
    ['lista de litigios', query({ intent: 'disputes' })],
    ['las cartas enviadas esta semana', query({ intent: 'journal_activity', period: THIS_WEEK })],
    ['las facturas pagadas este mes', query({ intent: 'collected', period: THIS_MONTH })],
    ['el saldo de Naturalia', query({ intent: 'customer_balance', customerCodes: ['C010'] })],
    ['la deuda de Julien Bernard', query({ intent: 'customer_balance', customerCodes: ['C009'] })],
    ['las facturas en litigio', query({ intent: 'disputes' })],
    [
      'necesito les impayés de la SGH por favor',
      query({ intent: 'unpaid_invoices', customerCodes: ['C002'] }),
    ],
    ['los morosos de alto riesgo', query({ intent: 'top_late_payers', risk: 'high' })],
    ['les factures que no han pagado', query({ intent: 'unpaid_invoices' })],
    ['las facturas no pagadas de octubre', query({ intent: 'unpaid_invoices', period: OCTOBER })],
    ['el promedio de pago', query({ intent: 'dso' })],
    ['las promesas incumplidas', query({ intent: 'promises' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('a name not in the portfolio stays unknown, never a Spanish word taken as one', () => {
    expect(parsed('cuanto nos debe Zorglub ?')).toEqual({
      kind: 'unknown_customer',
      query: { intent: 'customer_balance' },
    });
  });

  it('a word of a customer’s name is never rewritten (« Restaurant El Sol », « Mas de Pagos »)', () => {
    const names = new Set(['restaurant', 'el', 'sol', 'mas', 'pagos']);
    const isName = (w: string) => names.has(w);
    expect(withSpanishWords('cuanto nos debe el Restaurant El Sol ?', isName)).toBe(
      'combien nous doit el Restaurant El Sol ?',
    );
    expect(withSpanishWords('los impayés du Mas de Pagos', isName)).toBe('les impayés du Mas de Pagos');
    expect(withSpanishWords('los impayés du Mas de Pagos', () => false)).toBe(
      'les impayés du plus de paiements',
    );
  });

  it.each([
    ['qué tal el tiempo ?', NOT_UNDERSTOOD],
    ['el Sol', NOT_UNDERSTOOD],
    ['la dame de la compta', NOT_UNDERSTOOD],
    ['les impayés au 30/09', query({ intent: 'unpaid_invoices', asOf: '2026-09-30' })],
    [
      'combien nous doit la crèche les petits pas ?',
      query({ intent: 'customer_balance', customerCodes: ['C008'] }),
    ],
    ['les impayés des Jardins de Fourvière', query({ intent: 'unpaid_invoices', customerCodes: ['C019'] })],
    ['mes impayés de ce mois', query({ intent: 'unpaid_invoices', period: THIS_MONTH })],
  ])('« %s » is unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a morning checklist: list marks, step labels and items ticked off before the question', () => {
  it.each([
    ['3) balance âgée à fin octobre', query({ intent: 'aged_balance', asOf: '2026-10-31' })],
    ['• top 5 des mauvais payeurs', query({ intent: 'top_late_payers', limit: 5 })],
    ['4. impayés de plus de 60 jours', query({ intent: 'unpaid_invoices', daysLate: { min: 61 } })],
    ['[x] DSO du mois dernier', query({ intent: 'dso', period: OCTOBER })],
    [
      'étape suivante : combien nous doit Boulangerie Martin ?',
      query({ intent: 'customer_balance', customerCodes: ['C013'] }),
    ],
    ['point 3 : les litiges en cours', query({ intent: 'disputes' })],
    [
      'c’est fait ✔ 5) encaissements de la semaine dernière',
      query({ intent: 'collected', period: LAST_WEEK }),
    ],
    ['ok ✅ b) la revue hebdo', command({ command: 'weekly_review' })],
    ['done. ensuite : relances du jour', command({ command: 'day_card' })],
    ['ok fait\n2) impayés > 10 000 €', query({ intent: 'unpaid_invoices', amount: { gt: 1000000 } })],
    ['- situation Hôtel du Parc', query({ intent: 'customer_balance', customerCodes: ['C003'] })],
    ['RAS ✔ ensuite : les promesses de paiement', query({ intent: 'promises' })],
    ['rien à signaler, suivant : balance âgée', query({ intent: 'aged_balance' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    'ok fait ✔ c’est tout pour aujourd’hui, merci',
    'tout est fait, à demain',
    'checklist terminée !',
    '✔ tout est bouclé',
    'c’est tout, merci',
  ])('« %s » closes the list: nothing asked', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['top 3 des mauvais payeurs', query({ intent: 'top_late_payers', limit: 3 })],
    ['impayés de plus de 1.5 M€ ?', query({ intent: 'unpaid_invoices', amount: { gt: 150000000 } })],
    [
      'les 3 derniers mois d’encaissements',
      query({ intent: 'collected', period: { from: '2026-08-24', to: '2026-11-23' } }),
    ],
    ['qu’est-ce qu’on a fait hier ?', query({ intent: 'journal_activity', period: YESTERDAY })],
    ['c’est tout ce qu’on nous doit ?', query({ intent: 'aged_balance' })],
    ['ras le bol des impayés', query({ intent: 'unpaid_invoices' })],
  ])('« %s » keeps its number or its words', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a data analyst’s SQL-ish and ISO week numbers', () => {
  const WEEK_46 = { from: '2026-11-09', to: '2026-11-15' };
  it.each([
    [
      'select solde where client = Hôtel du Parc',
      query({ intent: 'customer_balance', customerCodes: ['C003'] }),
    ],
    [
      "select sum(montant_du) where client = 'Boulangerie Martin'",
      query({ intent: 'customer_balance', customerCodes: ['C013'] }),
    ],
    [
      'total dû where client = Julien Bernard',
      query({ intent: 'customer_balance', customerCodes: ['C009'] }),
    ],
    ['count lettres de relance S46', query({ intent: 'journal_activity', period: WEEK_46, step: 'J+10' })],
    [
      'count(*) transmissions au cabinet ce mois',
      query({ intent: 'journal_activity', period: THIS_MONTH, step: 'J+30' }),
    ],
    [
      'select factures where date_facture = octobre',
      query({ intent: 'unpaid_invoices', period: OCTOBER, dateBasis: 'issue' }),
    ],
    [
      'select * from impayés where date_echeance = septembre',
      query({ intent: 'unpaid_invoices', period: { from: '2026-09-01', to: '2026-09-30' } }),
    ],
    ['encaissements : série mensuelle', query({ intent: 'trend', measure: 'collected' })],
    ['DSO série mensuelle', query({ intent: 'trend', measure: 'dso' })],
    [
      'mises en demeure envoyées semaine 46',
      query({ intent: 'journal_activity', period: WEEK_46, step: 'J+20' }),
    ],
    [
      'encaissements sem 45',
      query({ intent: 'collected', period: { from: '2026-11-02', to: '2026-11-08' } }),
    ],
    [
      'encaissements W45 2025',
      query({ intent: 'collected', period: { from: '2025-11-03', to: '2025-11-09' } }),
    ],
    [
      'impayés de la semaine 52',
      query({ intent: 'unpaid_invoices', period: { from: '2025-12-22', to: '2025-12-28' } }),
    ],
    ['promesses de la semaine n° 48', query({ intent: 'promises', period: THIS_WEEK })],
    [
      'impayés where montant between 1000 and 5000',
      query({ intent: 'unpaid_invoices', amount: { gte: 100000, lte: 500000 } }),
    ],
    ['top 3 clients order by montant dû desc limit 3', query({ intent: 'top_late_payers', limit: 3 })],
    ['mauvais payeurs limit 5', query({ intent: 'top_late_payers', limit: 5 })],
    [
      'impayés group by client order by montant desc',
      query({ intent: 'unpaid_invoices', groupBy: 'customer' }),
    ],
    ['delete litige F2026-1048', command({ command: 'lift_dispute', invoice: 'F2026-1048' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['count(*) relances à envoyer aujourd’hui', query({ intent: 'planned_actions', period: TODAY })],
    ['count impayés > 60 jours', query({ intent: 'unpaid_invoices', daysLate: { min: 61 } })],
    ['delete the customer', NOT_UNDERSTOOD],
    ['impayés de plus de 47 jours', query({ intent: 'unpaid_invoices', daysLate: { min: 48 } })],
    ['impayés de la semaine dernière', query({ intent: 'unpaid_invoices', period: LAST_WEEK })],
    ['impayés de plus de 2 semaines', query({ intent: 'unpaid_invoices', daysLate: { min: 15 } })],
  ])('« %s » keeps its reading', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('the warehouse manager’s plain words', () => {
  it.each([
    ['combien ils nous doivent au total, tous clients confondus ?', query({ intent: 'aged_balance' })],
    ['l’argent qu’on attend de Naturalia PD', query({ intent: 'customer_balance', customerCodes: ['C010'] })],
    ['tout l’argent qu’on attend, c’est combien ?', query({ intent: 'aged_balance' })],
    ['l’argent qui rentre chaque mois', query({ intent: 'trend', measure: 'collected' })],
    ['les clients qui râlent sur une facture en ce moment', query({ intent: 'disputes' })],
    ['ceux qui rouspètent à propos d’une facture', query({ intent: 'disputes' })],
    ['les clients qui ont dit qu’ils allaient payer', query({ intent: 'promises' })],
    [
      'ceux qui avaient dit qu’ils allaient nous payer cette semaine',
      query({ intent: 'promises', period: THIS_WEEK }),
    ],
    ['le temps que les clients mettent à payer', query({ intent: 'dso' })],
    [
      'les factures qu’on a sorties en septembre pas encore payées',
      query({
        intent: 'unpaid_invoices',
        period: { from: '2026-09-01', to: '2026-09-30' },
        dateBasis: 'issue',
      }),
    ],
    ['les impayés qui en sont au premier rappel', query({ intent: 'unpaid_invoices', step: 'J+3' })],
    [
      'les sous qu’on a laissé tomber l’an dernier',
      query({ intent: 'written_off', period: { from: '2025-01-01', to: '2025-12-31' } }),
    ],
    ['le fichier excel des factures pas payées', command({ command: 'export', what: 'unpaid' })],
    ['ceux qui traînent à payer', query({ intent: 'top_late_payers' })],
    ['ceux qui râlent', query({ intent: 'disputes' })],
    ['combien on attend en tout', query({ intent: 'aged_balance' })],
    ['combien d’argent on attend au total ?', query({ intent: 'aged_balance' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['impayés au premier octobre', query({ intent: 'unpaid_invoices', asOf: '2026-10-01' })],
    ['les factures pas payées', query({ intent: 'unpaid_invoices' })],
    ['le fichier excel de la balance âgée', command({ command: 'export', what: 'aged_balance' })],
    ['l’argent qui est rentré hier', query({ intent: 'collected', period: YESTERDAY })],
    ['combien on attend de la SGH', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
  ])('« %s » keeps its reading', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('Marseille: interjections that ask nothing, « dégun », « en galère avec qui »', () => {
  it.each([
    ['peuchère, la balance âgée', query({ intent: 'aged_balance' })],
    ['zou, le top 5 des mauvais payeurs', query({ intent: 'top_late_payers', limit: 5 })],
    ['le DSO, zou !', query({ intent: 'dso' })],
    ['avec qui on est en galère ?', query({ intent: 'top_late_payers' })],
    ['c’est qui qui nous met dans la galère ?', query({ intent: 'top_late_payers' })],
    [
      'fan de chichourle, combien nous doit la SGH ?',
      query({ intent: 'customer_balance', customerCodes: ['C002'] }),
    ],
    ['bonne mère, les litiges en cours', query({ intent: 'disputes' })],
    ['vé, le DSO', query({ intent: 'dso' })],
    [
      'on est dans la galère avec qui cette année ?',
      query({ intent: 'top_late_payers', period: { from: '2026-01-01', to: '2026-12-31' } }),
    ],
    ['combien on nous doit au total, peuchère ?', query({ intent: 'aged_balance' })],
    [
      'les LRAR envoyées cette semaine, on a sorti l’artillerie lourde ?',
      query({ intent: 'journal_activity', period: THIS_WEEK, step: 'J+20' }),
    ],
    [
      'les impayés de la Vie Claire, ça m’escagasse',
      query({ intent: 'unpaid_invoices', customerCodes: ['C006'] }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('a word of a customer’s name is never left out (« Fada SARL »)', () => {
    const isName = (w: string) => w === 'fada' || w === 'sarl';
    expect(withMarseilleWords('les impayés de Fada SARL', isName)).toBe('les impayés de Fada SARL');
    expect(withMarseilleWords('les impayés, fada', () => false)).toBe('les impayés');
  });

  it.each([
    ['t’as vu l’OM hier soir ? peuchère', NOT_UNDERSTOOD],
    ['zou', NOT_UNDERSTOOD],
  ])('« %s » asks nothing', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('an over-polite trainee: apologies, « pourrais-je voir », restatements and purposes', () => {
  it.each([
    [
      'Désolée de redemander, combien nous doit la Boulangerie Martin ?',
      query({ intent: 'customer_balance', customerCodes: ['C013'] }),
    ],
    [
      'je suis vraiment désolé de demander encore mais les impayés de plus de 60 jours ?',
      query({ intent: 'unpaid_invoices', daysLate: { min: 61 } }),
    ],
    ['puis-je voir la revue hebdo ?', command({ command: 'weekly_review' })],
    ['est-ce que je peux consulter le DSO ?', query({ intent: 'dso' })],
    ['pourrais-je avoir les relances du jour ?', command({ command: 'day_card' })],
    ['combien nous devraient les clients à risque élevé ?', query({ intent: 'aged_balance', risk: 'high' })],
    ['combien nous devrait la SGH ?', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    [
      'les impayés de septembre ? Enfin ceux dont l’échéance était en septembre',
      query({ intent: 'unpaid_invoices', period: { from: '2026-09-01', to: '2026-09-30' } }),
    ],
    [
      'les encaissements de la semaine dernière ? je veux dire ceux qui sont arrivés sur le compte',
      query({ intent: 'collected', period: LAST_WEEK }),
    ],
    [
      'le DSO au 31 octobre pour le rapport que je prépare pour jeudi',
      query({ intent: 'dso', asOf: '2026-10-31' }),
    ],
    ['la balance âgée pour la réunion que ma responsable anime demain', query({ intent: 'aged_balance' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['désolée, je ne sais pas', NOT_UNDERSTOOD],
    ['les impayés ? Enfin ceux de Naturalia', query({ intent: 'unpaid_invoices', customerCodes: ['C010'] })],
    ['pourriez-vous m’aider à poser mes congés ?', NOT_UNDERSTOOD],
  ])('« %s » keeps its reading', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
