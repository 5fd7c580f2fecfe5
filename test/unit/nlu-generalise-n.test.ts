/**
 * The parser generalising beyond the public set's words (issue 16, twelfth round): courtesy and
 * signatures around a formal question, context said before the question, and a lawyer's register.
 * Variants written for the rules, not copied from the evaluation sets; negatives that the rules
 * must not catch. Against the evaluation portfolio (test/nlu/portfolio.json: today is Monday
 * 23 November 2026).
 */
import { withoutCourtesy } from '../../src/questions/parser/courtesy';
import { withLegalRegister } from '../../src/questions/parser/legal-register';
import { withoutPreamble } from '../../src/questions/parser/preamble';
import { NOT_UNDERSTOOD, command, parsed, query } from '../support/nlu-parse';

const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const LAST_WEEK = { from: '2026-11-16', to: '2026-11-22' };
const THIS_WEEK = { from: '2026-11-23', to: '2026-11-29' };
const TODAY = { from: '2026-11-23', to: '2026-11-23' };
const TOMORROW = { from: '2026-11-24', to: '2026-11-24' };
const YESTERDAY = { from: '2026-11-22', to: '2026-11-22' };
const LAST_YEAR = { from: '2025-01-01', to: '2025-12-31' };

describe('courtesy formulae and signatures are never the question nor a customer', () => {
  it.each([
    [
      'Madame, Monsieur, pourriez-vous avoir l’obligeance de me communiquer le DSO à fin octobre ? Cordialement, Marc',
      query({ intent: 'dso', asOf: '2026-10-31' }),
    ],
    [
      'Bonjour Madame, auriez-vous l’amabilité de me lister les litiges en cours ? Bien à vous, J. Fabre',
      query({ intent: 'disputes' }),
    ],
    [
      'Bonjour, je vous serais très reconnaissante de bien vouloir m’indiquer le taux de retard du mois dernier. Avec mes remerciements, Claire Dumas',
      query({ intent: 'late_rate', period: OCTOBER }),
    ],
    [
      'Pourriez-vous avoir la gentillesse de me présenter les échéanciers en cours ? Merci d’avance, Sophie',
      query({ intent: 'payment_plans' }),
    ],
    [
      'Monsieur, je vous serais obligé de me transmettre la balance âgée au 31 octobre. Salutations distinguées, R. Martin',
      query({ intent: 'aged_balance', asOf: '2026-10-31' }),
    ],
    [
      'Bonjour, pourriez-vous bien vouloir avoir l’amabilité de m’indiquer combien nous doit l’Hôtel du Parc ? Cordialement, Julien',
      query({ intent: 'customer_balance', customerCodes: ['C003'] }),
    ],
    [
      'Bonsoir, quels sont les encaissements de la semaine dernière, je vous prie ? Bien cordialement, Anne-Sophie Leroy',
      query({ intent: 'collected', period: LAST_WEEK }),
    ],
    [
      'Auriez-vous l’obligeance de me faire un point sur les promesses non tenues ? En vous remerciant par avance, M. Durand',
      query({ intent: 'promises' }),
    ],
    [
      'Chère Madame, je vous saurais gré de me lister les impayés de plus de 90 jours. Je vous en remercie. Amicalement, Luc',
      query({ intent: 'unpaid_invoices', daysLate: { min: 91 } }),
    ],
    // A signature with its role.
    [
      'Bonjour, pourriez-vous me faire parvenir la balance âgée à fin octobre ? Cordialement, Paul Girard, commercial secteur Est',
      query({ intent: 'aged_balance', asOf: '2026-10-31' }),
    ],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // A customer named in the question is still one, before a signature.
    [
      'les impayés de la Boulangerie Martin ? Cordialement, Paul',
      query({ intent: 'unpaid_invoices', customerCodes: ['C013'] }),
    ],
    // A customer named after a closing formula that opens the message is no signature.
    [
      'Cordialement, quel est le solde de Martin Dubois ?',
      query({ intent: 'customer_balance', customerCodes: ['C020'] }),
    ],
    // A customer after a closing formula, in lower case after its article, is no signature.
    ['le solde ? merci, la SGH', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    // « Madame Roux voudrait … » names who asks, without a comma: not blanked as « Madame, ».
    ['Madame Roux voudrait le DSO', query({ intent: 'dso' })],
    ['solde Julien Bernard, merci', query({ intent: 'customer_balance', customerCodes: ['C009'] })],
    // An unknown name in the question is still unknown.
    [
      'pourriez-vous avoir l’amabilité de me communiquer le solde de Carrefour ? Cordialement, Paul',
      { kind: 'unknown_customer', query: { intent: 'customer_balance' } },
    ],
  ])('negative: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('blanks, keeping every other word in its place', () => {
    const text = 'Bonjour, le DSO ? Bien à vous, P. Girard';
    const out = withoutCourtesy(text);
    expect(out).toHaveLength(text.length);
    expect(out.trim()).toBe('Bonjour, le DSO ?');
  });
});

describe('context before or around the question is not the question', () => {
  it.each([
    [
      'je sors d’un rdv avec le DAF, il veut les impayés de plus de 90 jours',
      query({ intent: 'unpaid_invoices', daysLate: { min: 91 } }),
    ],
    ['j’ai le comité de direction dans une heure : quel est le DSO ?', query({ intent: 'dso' })],
    [
      'je reviens de chez le PDG et il voudrait savoir combien on a encaissé la semaine dernière',
      query({ intent: 'collected', period: LAST_WEEK }),
    ],
    ['pour la réunion avec les actionnaires il me faut la balance âgée', query({ intent: 'aged_balance' })],
    [
      'question du DAF ce matin : qui sont nos 3 plus mauvais payeurs ?',
      query({ intent: 'top_late_payers', limit: 3 }),
    ],
    [
      'j’ai rendez-vous avec le banquier demain matin, quel est l’encours total ?',
      query({ intent: 'aged_balance' }),
    ],
    [
      'j’ai un déjeuner avec l’expert-comptable. avant ça, quels sont les litiges ouverts ?',
      query({ intent: 'disputes' }),
    ],
    ['c’est vendredi, comme chaque semaine : la revue de la semaine', command({ command: 'weekly_review' })],
    [
      'petite question de la directrice financière : le taux d’impayés ce mois-ci ?',
      query({ intent: 'overdue_ratio', period: NOVEMBER }),
    ],
    [
      'l’auditeur m’a appelé tout à l’heure, il veut le détail des créances de plus de 60 jours',
      query({ intent: 'unpaid_invoices', daysLate: { min: 61 } }),
    ],
    // The context's day is not the question's.
    [
      'j’ai cinq minutes entre deux réunions, quelles relances sont prévues demain ?',
      query({ intent: 'planned_actions', period: TOMORROW }),
    ],
    ['mon N+1 rentre de congés demain, elle demande les promesses non tenues', query({ intent: 'promises' })],
    [
      'pour le rapport annuel : montant des pertes sur créances l’an dernier ?',
      query({ intent: 'written_off', period: LAST_YEAR }),
    ],
    [
      'je prépare le budget : quel a été l’encaissement du mois dernier ?',
      query({ intent: 'collected', period: OCTOBER }),
    ],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // A customer said in the context is the one asked about.
    [
      'Biocoop Lyon m’a appelé ce matin, combien ils nous doivent ?',
      query({ intent: 'customer_balance', customerCodes: ['C001'] }),
    ],
    [
      'je passe chez Dupont et Fils demain, leur solde ?',
      query({ intent: 'customer_balance', customerCodes: ['C005'] }),
    ],
    ['Hôtel du Parc : solde ?', query({ intent: 'customer_balance', customerCodes: ['C003'] })],
    // A period or a grouping said first is the question's.
    ['le mois dernier, combien on a encaissé ?', query({ intent: 'collected', period: OCTOBER })],
    ['par client, les impayés', query({ intent: 'unpaid_invoices', groupBy: 'customer' })],
    // After a subject, a span, an amount or a bound is the question's (only a moment may be the context's).
    ['je regarde octobre, le taux de retard ?', query({ intent: 'late_rate', period: OCTOBER })],
    [
      'j’ai fini septembre : les encaissements ?',
      query({ intent: 'collected', period: { from: '2026-09-01', to: '2026-09-30' } }),
    ],
    [
      'je cherche les factures de plus de 5000 €, en retard',
      query({ intent: 'unpaid_invoices', amount: { gt: 500000 } }),
    ],
    ['c’est pour demain : les relances prévues', query({ intent: 'planned_actions', period: TOMORROW })],
    // A purpose that is a day, or a customer by its kind, is the question's.
    [
      'pour le lundi 30 : les relances prévues',
      query({ intent: 'planned_actions', period: { from: '2026-11-30', to: '2026-11-30' } }),
    ],
    [
      'pour le client Carrefour : les impayés',
      { kind: 'unknown_customer', query: { intent: 'unpaid_invoices' } },
    ],
    // The question refers back to the context's day.
    [
      'je fais ma tournée mercredi : qui doit recevoir une lettre de relance ce jour-là ?',
      query({ intent: 'planned_actions', period: { from: '2026-11-25', to: '2026-11-25' }, step: 'J+10' }),
    ],
    // A clause that asks (« quand ») is the question, whatever follows.
    [
      'ils ont été relancés quand, avant-hier ?',
      query({ intent: 'journal_activity', period: { from: '2026-11-21', to: '2026-11-21' } }),
    ],
    // A command said first is what is asked; the context after it is not.
    ['Affiche la carte du jour, la DAF la veut pour sa réunion.', command({ command: 'day_card' })],
    // An unknown name opening a clause is still unknown.
    [
      'et Carrefour Vénissieux, ils nous doivent combien ?',
      { kind: 'unknown_customer', query: { intent: 'customer_balance' } },
    ],
    // « on attend » inside a question is no hand-over to another one.
    [
      'combien on attend de la mairie de caluire ?',
      query({ intent: 'customer_balance', customerCodes: ['C015'] }),
    ],
    // Context alone asks nothing.
    ['je sors de réunion avec le DG', NOT_UNDERSTOOD],
  ])('negative: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    [
      'mon directeur m’a demandé ça hier soir : le top 10 des clients en retard',
      query({ intent: 'top_late_payers', limit: 10 }),
    ],
    [
      'la DAF m’a posé la question ce matin : combien on a encaissé la semaine dernière ?',
      query({ intent: 'collected', period: LAST_WEEK }),
    ],
    ['le DG me l’a demandé vendredi : quel est le DSO ?', query({ intent: 'dso' })],
    [
      'ma cheffe m’a demandé ça tout à l’heure, les impayés de plus de 90 jours',
      query({ intent: 'unpaid_invoices', daysLate: { min: 91 } }),
    ],
    ['on me l’a demandé hier : les litiges en cours ?', query({ intent: 'disputes' })],
    ['la comptable m’a écrit lundi : quel est le taux d’impayés ?', query({ intent: 'overdue_ratio' })],
    // A purpose naming a thing: its moment and its people are the context's.
    ['pour le point de demain matin avec le DAF : les promesses non tenues', query({ intent: 'promises' })],
    ['pour la réunion de demain avec le PDG : le DSO', query({ intent: 'dso' })],
    ['pour le comité de lundi avec Mme Roux : les litiges', query({ intent: 'disputes' })],
    [
      'avant le rendez-vous de cet après-midi avec le DG : le taux d’impayés ?',
      query({ intent: 'overdue_ratio' }),
    ],
    ['pour le déjeuner de demain avec l’auditeur : la balance âgée', query({ intent: 'aged_balance' })],
  ])('when it was asked is not the question’s period: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // Context said after the question: a last sentence opening on a subject that asks nothing.
    [
      'Bonjour, pourriez-vous m’indiquer le solde de l’Hôtel du Parc ? Je les rencontre jeudi. Cordialement, Paul',
      query({ intent: 'customer_balance', customerCodes: ['C003'] }),
    ],
    [
      'Bonjour, auriez-vous l’amabilité de m’indiquer le solde de la Crèche Les Petits Pas ? Je la vois jeudi. Bien à vous, Hélène',
      query({ intent: 'customer_balance', customerCodes: ['C008'] }),
    ],
    ['quels sont les litiges ouverts ? je dois faire un point avec l’équipe.', query({ intent: 'disputes' })],
    ['le DSO à fin octobre stp. Je prépare le comité.', query({ intent: 'dso', asOf: '2026-10-31' })],
    [
      'Bonjour, les promesses non tenues ? On en parle en réunion. Merci, Hélène',
      query({ intent: 'promises' }),
    ],
    // Who wants the question, opening it.
    ['le président du conseil veut voir les litiges en cours', query({ intent: 'disputes' })],
    [
      'la directrice financière voudrait savoir le taux de retard du mois dernier',
      query({ intent: 'late_rate', period: OCTOBER }),
    ],
    [
      'mon responsable régional aimerait connaître les encaissements de la semaine dernière',
      query({ intent: 'collected', period: LAST_WEEK }),
    ],
    [
      'notre expert-comptable réclame le montant des pertes de l’an dernier',
      query({ intent: 'written_off', period: LAST_YEAR }),
    ],
  ])('around the question: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // A last sentence with a date, or a customer who wants, is part of what is asked.
    [
      'tu peux noter la promesse de la mairie de Caluire ? elle règle le 15/12',
      command({ command: 'record_promise', date: '2026-12-15', customerCodes: ['C015'] }),
    ],
    ['la SGH veut savoir son solde', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
    [
      'les impayés de plus de 60 jours ? j’ai besoin des montants par client.',
      query({ intent: 'unpaid_invoices', daysLate: { min: 61 }, groupBy: 'customer' }),
    ],
  ])('negative, around the question: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('blanks the context by its structure, keeping every other word in its place', () => {
    const text = 'le notaire m’appelle demain, le DSO ?';
    const read = () => ({
      intentWeight: 0,
      customer: false,
      name: false,
      filters: true,
      beyondAMoment: false,
    });
    const out = withoutPreamble(text, read);
    expect(out).toHaveLength(text.length);
    expect(out.trim()).toBe('le DSO ?');
    // A clause opening on no subject nor purpose, carrying a filter, stays.
    expect(withoutPreamble('en octobre, le DSO ?', read)).toBe('en octobre, le DSO ?');
  });
});

describe('the legal and formal register', () => {
  it.each([
    [
      'À combien s’élèvent les sommes restant dues par la Boulangerie Martin ?',
      query({ intent: 'customer_balance', customerCodes: ['C013'] }),
    ],
    [
      'le montant dû par l’EHPAD Les Tilleuls',
      query({ intent: 'customer_balance', customerCodes: ['C014'] }),
    ],
    [
      'Quelles sont les sommes dues par la Crèche Les Petits Pas à ce jour ?',
      query({ intent: 'customer_balance', customerCodes: ['C008'] }),
    ],
    [
      'Quel est le total des sommes qui nous sont encore dues par Intermarché Vaise ?',
      query({ intent: 'customer_balance', customerCodes: ['C018'] }),
    ],
    [
      'Pouvez-vous me préciser l’état de notre créance sur le Centre hospitalier de Villefranche ?',
      query({ intent: 'customer_balance', customerCodes: ['C004'] }),
    ],
    [
      'Quelle est la situation de nos créances à l’encontre de Pressing Total Net ?',
      query({ intent: 'customer_balance', customerCodes: ['C017'] }),
    ],
    ['Quel est le montant des sommes qui nous sont dues ?', query({ intent: 'aged_balance' })],
    ['les sommes dues par client', query({ intent: 'aged_balance', groupBy: 'customer' })],
    [
      'Je souhaiterais l’encours de l’entreprise Martin Dubois',
      query({ intent: 'customer_balance', customerCodes: ['C020'] }),
    ],
  ])('a customer’s balance, or what everyone owes: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    [
      'Quelles créances irrécouvrables avons-nous constatées en octobre ?',
      query({ intent: 'written_off', period: OCTOBER }),
    ],
    [
      'Combien de mises en demeure avons-nous notifiées le mois dernier ?',
      query({ intent: 'journal_activity', period: OCTOBER, step: 'J+20' }),
    ],
    [
      'Quelles mises en demeure ont été délivrées hier ?',
      query({ intent: 'journal_activity', period: YESTERDAY, step: 'J+20' }),
    ],
    [
      'Quelles mises en demeure restent à adresser cette semaine ?',
      query({ intent: 'planned_actions', period: THIS_WEEK, step: 'J+20' }),
    ],
    [
      'Les lettres recommandées avec avis de réception expédiées la semaine dernière ?',
      query({ intent: 'journal_activity', period: LAST_WEEK, step: 'J+20' }),
    ],
    [
      'Quelles LR avec AR sont prévues aujourd’hui ?',
      query({ intent: 'planned_actions', period: TODAY, step: 'J+20' }),
    ],
    ['la balance âgée ventilée par tranche d’ancienneté', query({ intent: 'aged_balance' })],
    [
      'l’encours réparti par ancienneté au 30 septembre',
      query({ intent: 'aged_balance', asOf: '2026-09-30' }),
    ],
    ['Quelles sont les demandes que je suis en mesure de vous adresser ?', query({ intent: 'help' })],
    [
      'les 5 clients dont les retards de règlement sont les plus importants',
      query({ intent: 'top_late_payers', limit: 5 }),
    ],
    [
      'Pourriez-vous me lister les factures impayées des débiteurs notés en risque faible ?',
      query({ intent: 'unpaid_invoices', risk: 'low' }),
    ],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // « débiteurs » alone still ranks the late payers.
    ['les débiteurs classés en risque élevé', query({ intent: 'top_late_payers', risk: 'high' })],
    // « la Société Générale d’Hygiène »: « Société » capitalised is part of the name.
    [
      'les sommes dues par la Société Générale d’Hygiène',
      query({ intent: 'customer_balance', customerCodes: ['C002'] }),
    ],
    // Ranking words after « débiteurs » still rank.
    [
      'Veuillez m’indiquer les débiteurs dont les retards de paiement sont les plus importants.',
      query({ intent: 'top_late_payers' }),
    ],
    // « contacter » is still the contact.
    ['contacter la SGH', command({ command: 'customer_contact', customerCodes: ['C002'] })],
  ])('negative: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // « exigibles » are due, « à ce jour » as it stands.
    ['Quel est le montant des créances exigibles à ce jour ?', query({ intent: 'unpaid_invoices' })],
    [
      'Quelles sont les créances exigibles de la Boulangerie Martin ?',
      query({ intent: 'unpaid_invoices', customerCodes: ['C013'] }),
    ],
    [
      'Quelles créances sont exigibles depuis plus de 90 jours ?',
      query({ intent: 'unpaid_invoices', daysLate: { min: 91 } }),
    ],
    // Debtors as a whole, or qualified, are the customers.
    ['Quel est le montant des sommes dues par nos débiteurs ?', query({ intent: 'aged_balance' })],
    [
      'Quel est l’encours de nos débiteurs classés en risque élevé ?',
      query({ intent: 'aged_balance', risk: 'high' }),
    ],
    [
      'Quels débiteurs ont reçu une mise en demeure la semaine dernière ?',
      query({ intent: 'journal_activity', period: LAST_WEEK, step: 'J+20' }),
    ],
    [
      'L’état des créances détenues sur l’Hôtel du Parc, je vous prie.',
      query({ intent: 'customer_balance', customerCodes: ['C003'] }),
    ],
    [
      'Pourriez-vous m’indiquer les questions auxquelles vous êtes en mesure de répondre ?',
      query({ intent: 'help' }),
    ],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('rewrites in the text', () => {
    expect(withLegalRegister('les sommes dues par X')).toBe('le solde de X');
    expect(withLegalRegister('une mise en demeure signifiée')).toBe('une mise en demeure envoyée');
  });
});
