/**
 * The parser generalising beyond the public set's words (issue 16, twelfth round): courtesy and
 * signatures around a formal question, and a lawyer's register.
 * Variants written for the rules, not copied from the evaluation sets; negatives that the rules
 * must not catch. Against the evaluation portfolio (test/nlu/portfolio.json: today is Monday
 * 23 November 2026).
 */
import { withoutCourtesy } from '../../src/questions/parser/courtesy';
import { withLegalRegister } from '../../src/questions/parser/legal-register';
import { command, parsed, query } from '../support/nlu-parse';

const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
const LAST_WEEK = { from: '2026-11-16', to: '2026-11-22' };
const THIS_WEEK = { from: '2026-11-23', to: '2026-11-29' };
const TODAY = { from: '2026-11-23', to: '2026-11-23' };
const YESTERDAY = { from: '2026-11-22', to: '2026-11-22' };

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
    // « contacter » is still the contact.
    ['contacter la SGH', command({ command: 'customer_contact', customerCodes: ['C002'] })],
  ])('negative: %s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('rewrites in the text', () => {
    expect(withLegalRegister('les sommes dues par X')).toBe('le solde de X');
    expect(withLegalRegister('une mise en demeure signifiée')).toBe('une mise en demeure envoyée');
  });
});
