/**
 * The twenty-first round's novice and slang (issue 16): a sales rep who talks around the finance
 * words (« la lettre sérieuse avec accusé de réception », « en combien de jours on se fait payer »,
 * « réglées après la date prévue », « des clients râlent », « que personne n'a payées », « l'étape
 * où on envoie chez les avocats »), an order to lift a dispute asked « tu peux retirer … ? », a
 * colleague's slang of money (« raqué », « lâché », « versé », « la thune qui rentre », « les mecs
 * de X », « file-moi ») and a tired wish (« vivement le week-end ») that is no « virement ».
 * Variants written for the rules, not copied from the evaluation sets; negatives that must keep
 * their meaning. Against the evaluation portfolio (test/nlu/portfolio.json: today is Monday
 * 23 November 2026).
 */
import { NOT_UNDERSTOOD, command, parsed, query } from '../support/nlu-parse';

const THIS_WEEK = { from: '2026-11-23', to: '2026-11-29' };

describe('« tu peux retirer le litige … ? » is an order', () => {
  it.each([
    ['vous pouvez enlever le litige de la F2026-1042 ? ils ont payé', 'F2026-1042'],
    ['tu pourrais supprimer le litige sur F2026-1048 stp ?', 'F2026-1048'],
    ['est-ce que tu peux annuler la contestation sur la F2026-1048 ?', 'F2026-1048'],
    ['tu peux retirer le litige de la F2026-1077 ? c’est réglé avec eux', 'F2026-1077'],
  ])('« %s »', (text, invoice) => {
    expect(parsed(text)).toEqual(command({ command: 'lift_dispute', invoice }));
  });

  it.each([['le litige sur la F2026-1048 est retiré ?'], ['la F2026-1048 est-elle en litige ?']])(
    '« %s » still asks',
    (text) => {
      expect(parsed(text)).toEqual(query({ intent: 'disputes' }));
    },
  );
});

describe('a tired wish (« vivement le week-end ») asks nothing: « vivement » is no « virement »', () => {
  it.each([
    ['chuis naze, vivement vendredi'],
    ['vivement les vacances'],
    ['je suis crevé, vivement ce soir'],
    ['vivement ce soir lol'],
  ])('« %s »', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    [
      'vivement les vacances, les impayés de la SGH ?',
      query({ intent: 'unpaid_invoices', customerCodes: ['C002'] }),
    ],
    ['virments reçus cette semaine', query({ intent: 'collected', period: THIS_WEEK })],
  ])('« %s » keeps its question', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
