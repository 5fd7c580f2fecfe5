/**
 * The twenty-second round's Ghent controller (issue 16): French with Dutch words and Dutch questions,
 * read through ./src/questions/parser/dutch-words.ts. Variants written for the rules, not copied from
 * the evaluation sets; negatives that must not change. Against the evaluation portfolio
 * (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { command, parsed, query } from '../support/nlu-parse';

describe('the Dutch words of the domain read as their French', () => {
  it.each([
    // The aged balance and its grouping.
    ['de ouderdomsbalans graag', 'la balance âgée'],
    ['ouderdomsbalans per klant ?', 'la balance âgée par client ?'],
    ['la balance âgée per risicosegment, graag', 'la balance âgée par segment de risque'],
    ['ouderdomsbalans per risicosegment', 'la balance âgée par segment de risque'],
    // Invoices, customers, payments.
    ['de openstaande facturen van Biocoop Part-Dieu', 'les factures impayées de Biocoop Part-Dieu'],
    ['facturen impayées boven 5.000 € ?', 'les factures impayées de plus de 5.000 € ?'],
    ['impayés meer dan 2000 euro graag', 'impayés de plus de 2000 euro'],
    ['de impayés per klant alstublieft', 'les impayés par client'],
    ['les impayés de plus de 90 dagen', 'les impayés de plus de 90 jours'],
    ['impayés de plus de 30 dagen svp, bedankt', 'les impayés de plus de 30 jours'],
    // History, telephone, payment plans, disputes, lawyer.
    ['historiek van F2026-1139', 'historique de F2026-1139'],
    ['geschiedenis F2026-1139', 'historique F2026-1139'],
    ['het telefoonnummer van Hôtel du Parc ?', 'le numéro de téléphone de Hôtel du Parc ?'],
    ['telefoon van Julien Bernard', 'le téléphone de Julien Bernard'],
    ['Intermarché Vaise heeft een afbetalingsplan ?', 'Intermarché Vaise a un échéancier ?'],
    ['welke klanten hebben een afbetalingsplan ?', 'quels clients ont un échéancier ?'],
    ['de afbetalingsplannen', 'les échéanciers'],
    ['betwiste facturen van Hôtel du Parc', 'les factures contestées de Hôtel du Parc'],
    ['facturen betwist par Intermarché Vaise', 'les factures contestées par Intermarché Vaise'],
    ['Hôtel du Parc is al bij de advocaat ?', 'Hôtel du Parc est déjà chez l’avocat ?'],
    ['Julien Bernard bij de advocaat ?', 'Julien Bernard chez l’avocat ?'],
    // The worst payers.
    ['top 3 wanbetalers', 'top 3 des mauvais payeurs'],
    ['de wanbetalers', 'les mauvais payeurs'],
    ['de 5 slechtste betalers', 'les 5 pires payeurs'],
    ['de 10 traagste betalers à risque élevé', 'les 10 pires payeurs à risque élevé'],
  ])('« %s » reads as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });

  it('reads the listed shapes', () => {
    expect(parsed('de ouderdomsbalans per risicosegment')).toEqual(
      query({ intent: 'aged_balance', groupBy: 'risk' }),
    );
    expect(parsed('top 10 wanbetalers')).toEqual(query({ intent: 'top_late_payers', limit: 10 }));
    expect(parsed('historiek F2026-1140')).toEqual(command({ command: 'history', invoice: 'F2026-1140' }));
    expect(parsed('telefoonnummer van Julien Bernard')).toEqual(
      command({ command: 'customer_contact', customerCodes: ['C009'] }),
    );
  });
});

describe('the Dutch calendar read as its French', () => {
  it.each([
    ['betalingen ontvangen vorige maand ?', 'paiements reçus le mois dernier ?'],
    ['betalingen van gisteren', 'les paiements d’hier'],
    ['hoeveel hebben we ontvangen deze week ?', 'combien avons-nous reçu cette semaine ?'],
    ['qu’est-ce qu’on a gedaan vandaag ?', 'qu’est-ce qu’on a fait aujourd’hui ?'],
    ['relances verstuurd gisteren', 'relances envoyées hier'],
    ['mises en demeure verzonden deze maand', 'mises en demeure envoyées ce mois'],
    ['taux de retard sinds 1 september', 'taux de retard depuis le 1 septembre'],
    ['encaissements sinds maandag', 'encaissements depuis lundi'],
    ['les relances à envoyer vrijdag', 'les relances à envoyer vendredi'],
    ['les mises en demeure à envoyer woensdag', 'les mises en demeure à envoyer mercredi'],
    ['passé en perte dit jaar, hoeveel ?', 'combien passé en perte cette année ?'],
    ['combien passé en perte verleden jaar', 'combien passé en perte l’année dernière'],
    ['impayés de la première quinzaine van oktober', 'impayés de la première quinzaine d’octobre'],
    ['impayés van september', 'impayés de septembre'],
  ])('« %s » reads as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });

  it('reads the listed dates', () => {
    expect(parsed('betalingen ontvangen vorige week ?')).toEqual(
      query({ intent: 'collected', period: { from: '2026-11-16', to: '2026-11-22' } }),
    );
    expect(parsed('passé en perte vorig jaar ?')).toEqual(
      query({ intent: 'written_off', period: { from: '2025-01-01', to: '2025-12-31' } }),
    );
  });
});

describe('the Dutch questions, verbs and courtesy read as their French', () => {
  it.each([
    ['hoeveel procent van de facturen is échu ?', 'quel pourcentage des factures est échu ?'],
    ['hoeveel procent van onze factures is en retard ?', 'quel pourcentage de nos factures est en retard ?'],
    ['wat moeten we morgen doen met de relances ?', 'que dois-je faire demain avec les relances ?'],
    ['wat moet ik vandaag doen ?', 'que dois-je faire aujourd’hui ?'],
    ['Hôtel du Parc, hij moet nog hoeveel betalen ?', 'combien doit encore Hôtel du Parc ?'],
    ['hoeveel moet Julien Bernard nog betalen ?', 'combien doit encore Julien Bernard ?'],
    [
      'Hôtel du Parc belooft 1.200 € te betalen op 15 december',
      'Hôtel du Parc promet de payer 1.200 € le 15 décembre',
    ],
    ['gaat het slechter que le mois dernier ?', 'est-ce que ça va moins bien que le mois dernier ?'],
    ['gaat het beter dan vorige maand ?', 'est-ce que ça va mieux que le mois dernier ?'],
    ['welke promesses vallen vandaag ?', 'quelles promesses tombent aujourd’hui ?'],
    ['alias HdP voor Hôtel du Parc', 'alias HdP pour Hôtel du Parc'],
    ['la revue hebdomadaire graag', 'la revue hebdomadaire'],
    ['délai moyen de betaling ?', 'délai moyen de paiement ?'],
  ])('« %s » reads as « %s »', (text, same) => {
    expect(parsed(text)).toEqual(parsed(same));
  });

  it('reads the listed shapes', () => {
    expect(parsed('Biocoop Part-Dieu belooft 800 € te betalen op 4 december')).toEqual(
      command({ command: 'record_promise', customerCodes: ['C011'], amount: 80000, date: '2026-12-04' }),
    );
    expect(parsed('hoeveel procent van de créances is échu ?')).toEqual(query({ intent: 'overdue_ratio' }));
  });
});

describe('French words a Dutch word looks like keep their French meaning', () => {
  it.each([
    // « de » is the French preposition, « per » in « perte », « met de » no Dutch « with » here.
    [
      'liste de relances à envoyer demain',
      query({ intent: 'planned_actions', period: { from: '2026-11-24', to: '2026-11-24' } }),
    ],
    ['impayés de plus de 60 jours', query({ intent: 'unpaid_invoices', daysLate: { min: 61 } })],
    [
      'passé en perte cette année',
      query({ intent: 'written_off', period: { from: '2026-01-01', to: '2026-12-31' } }),
    ],
    [
      'la facture F2026-1139 est en litige depuis le 1 octobre ?',
      query({ intent: 'disputes', period: { from: '2026-10-01', to: '2026-11-23' } }),
    ],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('keeps a customer’s name as typed', () => {
    expect(parsed('impayés de Boulangerie Martin')).toEqual(
      query({ intent: 'unpaid_invoices', customerCodes: ['C013'] }),
    );
    expect(parsed('Martin Dubois doit combien ?')).toEqual(parsed('combien doit Martin Dubois ?'));
  });
});
