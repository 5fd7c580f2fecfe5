/**
 * The twenty-second round's voices (issue 16): an accountant trained in Casablanca writing French
 * with Darija words, a business-school graduate's consulting words, and a hypothesis said in the
 * present. Variants written for the rules, not copied from the evaluation sets; negatives that must
 * keep their meaning. Against the evaluation portfolio (test/nlu/portfolio.json: today is Monday
 * 23 November 2026).
 */
import { NOT_UNDERSTOOD, command, parsed, query } from '../support/nlu-parse';

const TODAY = { from: '2026-11-23', to: '2026-11-23' };
const TOMORROW = { from: '2026-11-24', to: '2026-11-24' };
const THIS_MONTH = { from: '2026-11-01', to: '2026-11-30' };
const THIS_YEAR = { from: '2026-01-01', to: '2026-12-31' };

describe('Darija words read in French (darija-words.ts)', () => {
  it.each([
    // « chhal » combien, « flouss » l'argent.
    ['ch7al de flouss on nous doit au total ?', query({ intent: 'aged_balance' })],
    ['chhal on nous doit en tout 3afak', query({ intent: 'aged_balance' })],
    // The calendar: « lyoum », « ghedda », « lbareh », « had chhar », « had simana », « had l3am ».
    ['les impayés had chhar khouya', query({ intent: 'unpaid_invoices', period: THIS_MONTH })],
    [
      'chouf moi les encaissements lbareh',
      query({ intent: 'collected', period: { from: '2026-11-22', to: '2026-11-22' } }),
    ],
    ['relances prévues ghedda 3afak', query({ intent: 'planned_actions', period: TOMORROW })],
    [
      'chhal on a encaissé had simana ?',
      query({ intent: 'collected', period: { from: '2026-11-23', to: '2026-11-29' } }),
    ],
    ['les irrécouvrables de had el 3am', query({ intent: 'written_off', period: THIS_YEAR })],
    ['chhal on a passé en perte hadi l3am, sahbi ?', query({ intent: 'written_off', period: THIS_YEAR })],
    ['quoi faire lyoum khti ?', query({ intent: 'planned_actions', period: TODAY })],
    ['qu’est-ce qu’on relance l youm 3afak ?', query({ intent: 'planned_actions', period: TODAY })],
    // What adds nothing: courtesy and the one addressed.
    ['les relances du jour 3afak khouya', command({ command: 'day_card' })],
    ['relances du jour, baraka llahou fik', command({ command: 'day_card' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['3tini les litiges had chhar', 'donne-moi les litiges ce mois'],
    ['chouf-moi le DSO 3afak', 'montre-moi le DSO'],
  ])('« %s » as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });

  // Negatives: French words that look alike keep their meaning.
  it('« flous » (blurry) is no money', () => {
    expect(parsed('les chiffres sont flous, montre-moi les impayés')).toEqual(
      parsed('montre-moi les impayés'),
    );
  });
  it('a customer’s name stays a name', () => {
    expect(parsed('combien nous doit Julien Bernard lyoum ?')).toEqual(
      parsed('combien nous doit Julien Bernard aujourd’hui ?'),
    );
  });
});

describe('consulting words read in French (consulting-words.ts)', () => {
  it.each([
    // Haste asks nothing, and « ASAP » is no customer's acronym.
    [
      'les mises en demeure à envoyer demain asap',
      query({ intent: 'planned_actions', step: 'J+20', period: TOMORROW }),
    ],
    ['impayés de plus de 60 jours ASAP svp', query({ intent: 'unpaid_invoices', daysLate: { min: 61 } })],
    ['le top 5 des mauvais payeurs, A.S.A.P.', query({ intent: 'top_late_payers', limit: 5 })],
    [
      'ASAP : les factures overdue de plus de 90 jours',
      query({ intent: 'unpaid_invoices', daysLate: { min: 91 } }),
    ],
    // The purpose, in English.
    ['la liste des litiges pour mon deep dive', query({ intent: 'disputes' })],
    [
      'les impayés de plus de 5 000 € pour notre deep-dive',
      query({ intent: 'unpaid_invoices', amount: { gt: 500000 } }),
    ],
    ['j’ai besoin de la balance âgée pour mon board', query({ intent: 'aged_balance' })],
    [
      'il me faut les encaissements d’octobre pour mon deep dive',
      query({ intent: 'collected', period: { from: '2026-10-01', to: '2026-10-31' } }),
    ],
    // The follow-up.
    ['je dois faire le follow-up des promesses en attente', query({ intent: 'promises' })],
    ['on fait un follow up des échéanciers ?', query({ intent: 'payment_plans' })],
    ['le followup des promesses de paiement', query({ intent: 'promises' })],
    ['faire le follow-up des litiges', query({ intent: 'disputes' })],
    // « pré-relances »: the notice J-5.
    ['les pré-relance prévues demain', query({ intent: 'planned_actions', step: 'J-5', period: TOMORROW })],
    ['pre relances à faire aujourd’hui', query({ intent: 'planned_actions', step: 'J-5', period: TODAY })],
    [
      'les prérelances J-5 de mercredi',
      query({ intent: 'planned_actions', step: 'J-5', period: { from: '2026-11-25', to: '2026-11-25' } }),
    ],
    [
      'les pré-relances prévues vendredi',
      query({ intent: 'planned_actions', step: 'J-5', period: { from: '2026-11-27', to: '2026-11-27' } }),
    ],
    // « en dispute », « disputées »: in dispute.
    [
      'les factures en dispute chez Biocoop Part-Dieu',
      query({ intent: 'disputes', customerCodes: ['C011'] }),
    ],
    ['combien de factures disputées ?', query({ intent: 'disputes' })],
    ['les disputes clients en cours', query({ intent: 'disputes' })],
    ['quelles factures sont en dispute en ce moment ?', query({ intent: 'disputes' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  // « escaladé au cabinet »: handed over to the law firm.
  it.each([
    [
      'combien de dossiers escaladés au cabinet ce mois ?',
      'combien de dossiers transmis au cabinet ce mois ?',
    ],
    [
      'on a escaladé quels dossiers chez l’avocat la semaine dernière ?',
      'on a transmis quels dossiers chez l’avocat la semaine dernière ?',
    ],
    [
      'les dossiers escaladés au contentieux en septembre',
      'les dossiers transmis au contentieux en septembre',
    ],
    [
      'on a escaladé combien de clients au cabinet hier ?',
      'on a transmis combien de clients au cabinet hier ?',
    ],
  ])('« %s » as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });

  // Negatives: neighbours keep their meaning.
  it.each([
    ['combien de factures impayées actuellement ?', query({ intent: 'unpaid_invoices' })],
    ['les dossiers au cabinet', query({ intent: 'litigation' })],
    ['combien nous doit Leclerc ASAP ?', { kind: 'unknown_customer', query: { intent: 'customer_balance' } }],
    ['pour le slide du comité il me faut les plus gros retards', query({ intent: 'top_late_payers' })],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a hypothesis said in the present, the figure that follows asked (what-if.ts)', () => {
  it.each([
    'si la SGH règle tout, le DSO il tombe à combien ?',
    'si Biocoop Part-Dieu paie demain, notre taux d’impayés passe à combien ?',
    'et si l’Hôtel du Parc solde tout, le DSO baisse de combien ?',
    'si la mairie paye tout, on arrive à combien d’impayés ?',
    'si Julien Bernard paie tout le taux d impayes il descend a combien',
  ])('« %s » is no figure', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    'le taux d’impayés a baissé de combien depuis le mois dernier ?',
    'dis-moi si la SGH paie, et le taux d’impayés est à combien ?',
  ])('« %s » is still answered', (text) => {
    expect(parsed(text)).not.toEqual(NOT_UNDERSTOOD);
  });
});
