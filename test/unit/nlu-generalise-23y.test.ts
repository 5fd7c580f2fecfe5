/**
 * The twenty-third round's voices (issue 16): the founder writing short letters (« Bonjour …
 * Cordialement », a « PS »), the phone typist (autocorrect, emoji). Variants written for the rules,
 * not copied from the evaluation sets; negatives that must keep their meaning. Against the evaluation
 * portfolio (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { NOT_UNDERSTOOD, command, parsed, query } from '../support/nlu-parse';

const SINCE_JANUARY = { from: '2026-01-01', to: '2026-11-23' };
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };

describe('the subject said again after its auxiliary (« nous a-t-il versé ») is the customer who paid', () => {
  it.each([
    [
      'combien l’EHPAD Les Tilleuls nous a-t-il versé depuis le début de l’année ?',
      query({ intent: 'collected', customerCodes: ['C014'], period: SINCE_JANUARY }),
    ],
    [
      'Quelle somme les Tilleuls nous ont-ils versée depuis le début de l’année ?',
      query({ intent: 'collected', customerCodes: ['C014'], period: SINCE_JANUARY }),
    ],
    [
      'combien les Tilleuls ont-ils versé depuis le début de l’année',
      query({ intent: 'collected', customerCodes: ['C014'], period: SINCE_JANUARY }),
    ],
    [
      'Combien la SGH nous a t elle versé en octobre ?',
      query({ intent: 'collected', customerCodes: ['C002'], period: OCTOBER }),
    ],
    [
      'Bonjour, quel montant la Crèche Les Petits Pas nous a-t-elle versé en octobre ? Cordialement',
      query({ intent: 'collected', customerCodes: ['C008'], period: OCTOBER }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // What we paid is no money received.
    ['combien avons-nous versé à la SGH ?', NOT_UNDERSTOOD],
    ['combien a-t-on versé en octobre ?', NOT_UNDERSTOOD],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('« l’affaire » at the lawyer’s and « entre les mains de l’avocat » are the files in litigation', () => {
  it.each([
    ['l’affaire Pressing Total Net est-elle chez l’avocat ?', ['C017']],
    ['le dossier Pressing Total Net est-il toujours entre les mains de l’avocat ?', ['C017']],
    ['la SGH, c’est toujours entre les mains du cabinet ?', ['C002']],
    ['l’affaire Hotel du Parc est-elle encore dans les mains des avocats ?', ['C003']],
    ['l affaire de la SGH est chez l’avocat ?', ['C002']],
  ])('« %s »', (text, codes) => {
    expect(parsed(text)).toEqual(query({ intent: 'litigation', customerCodes: codes }));
  });

  it('« quelles affaires sont entre les mains d’Aptos ? » asks the files at the firm', () => {
    expect(parsed('quelles affaires sont entre les mains d’Aptos ?')).toEqual(
      query({ intent: 'litigation' }),
    );
  });

  it.each([
    // The turnover is no case; a contact's words stay a contact.
    ['quel est notre chiffre d’affaires ?', NOT_UNDERSTOOD],
    ['le mail de la compta de la SGH ?', command({ command: 'customer_contact', customerCodes: ['C002'] })],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a postscript that tells a fact is no filter of the question before it', () => {
  it.each([
    [
      'Bonjour, je voudrais les impayés du Restaurant Au Bon Point. Merci.\nPS : ils ont changé de comptable en octobre.',
      query({ intent: 'unpaid_invoices', customerCodes: ['C016'] }),
    ],
    [
      'Bonjour, quel est le solde de la SGH ? Cordialement\nP.S. Leur comptable est partie en octobre.',
      query({ intent: 'customer_balance', customerCodes: ['C002'] }),
    ],
    [
      'Les impayés de Biocoop Part-Dieu, merci. PS: on les a eus au téléphone hier',
      query({ intent: 'unpaid_invoices', customerCodes: ['C011'] }),
    ],
    [
      'Pouvez-vous me donner les encaissements de la crèche Les Petits Pas ? Bien à vous.\nPPS : elle a réglé une partie la semaine dernière, je crois.',
      query({ intent: 'collected', customerCodes: ['C008'] }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('a postscript that narrows the question keeps its filter', () => {
    expect(
      parsed('Bonjour, les impayés du Restaurant Au Bon Point. Merci.\nPS : seulement ceux d’octobre.'),
    ).toEqual(query({ intent: 'unpaid_invoices', customerCodes: ['C016'], period: OCTOBER }));
  });
});

describe('the asker late to a meeting is no late invoice', () => {
  it.each([
    'désolé du retard',
    'on est en retard pour le rdv 😅',
    'chuis grave en retard pour le call 🙈',
    'dsl on va être en retard au codir, je te redis',
    'je risque d’être en retard de 10 min à la réunion',
  ])('« %s » is not understood', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    ['dsl je suis en retard à la réunion 😬 tu peux me donner le DSO ?', query({ intent: 'dso' })],
    [
      'pardon pour mon retard, quels sont les impayés de plus de 60 jours ?',
      query({ intent: 'unpaid_invoices', daysLate: { min: 61 } }),
    ],
    // Late invoices keep their meaning.
    ['quelles factures sont en retard ?', query({ intent: 'unpaid_invoices' })],
    ['qui est en retard ?', query({ intent: 'unpaid_invoices' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a domain word the autocorrect cut in two is read whole', () => {
  it.each([
    ['les échéance iers en cours', query({ intent: 'payment_plans' })],
    ['quels clients ont un échéance ier en cours ?', query({ intent: 'payment_plans' })],
    ['les im payés de la SGH', query({ intent: 'unpaid_invoices', customerCodes: ['C002'] })],
    ['les dossiers au conten tieux', query({ intent: 'litigation' })],
    ['la liste des retard ataires', query({ intent: 'top_late_payers' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // « hier » typed « ier » elsewhere is still yesterday; « un coup de main » stays a hand.
    [
      'les encaissements d ier',
      query({ intent: 'collected', period: { from: '2026-11-22', to: '2026-11-22' } }),
    ],
    ['qui a un échéancier ?', query({ intent: 'payment_plans' })],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a figure in the near future (« quel va être ») is a forecast, not done', () => {
  it.each([
    'quel va etre le dso de décembre ?',
    'quels vont être nos encaissements en décembre ?',
    'quel va-t-il être, notre taux de retard, fin décembre ?',
    'on va finir l’année à combien de DSO ?',
    'à combien on va terminer le trimestre niveau encaissements ?',
    'on finira à combien d’impayés fin décembre ?',
  ])('« %s » is not understood', (text) => {
    expect(parsed(text)).toEqual(NOT_UNDERSTOOD);
  });

  it.each([
    [
      'quel était notre DSO en janvier ?',
      query({ intent: 'dso', period: { from: '2026-01-01', to: '2026-01-31' } }),
    ],
    [
      'quelles relances vont être envoyées demain ?',
      query({ intent: 'planned_actions', period: { from: '2026-11-24', to: '2026-11-24' } }),
    ],
    ['on est à combien de DSO ?', query({ intent: 'dso' })],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a customer’s future of paying, with a date, is a promise to record', () => {
  it.each([
    [
      'Les Tilleuls paieront 800 euros le 2 décembre',
      command({ command: 'record_promise', customerCodes: ['C014'], date: '2026-12-02', amount: 80000 }),
    ],
    [
      'la SGH m’a confirmé qu’elle versera 1500 € le 15 janvier',
      command({ command: 'record_promise', customerCodes: ['C002'], date: '2027-01-15', amount: 150000 }),
    ],
    [
      'Biocoop Part-Dieu régleront 300 euros le 5/12',
      command({ command: 'record_promise', customerCodes: ['C011'], date: '2026-12-05', amount: 30000 }),
    ],
    [
      'la crèche les petits pas m’a dit qu’elle paiera 2000 € vendredi',
      command({ command: 'record_promise', customerCodes: ['C008'], date: '2026-11-27', amount: 200000 }),
    ],
    [
      'Les Tilleuls paieront le 2 décembre',
      command({ command: 'record_promise', customerCodes: ['C014'], date: '2026-12-02' }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // « passeront » is no « paieront »: the files passed to the firm tomorrow.
    [
      'quels clients passeront chez Aptos demain ?',
      query({ intent: 'planned_actions', period: { from: '2026-11-24', to: '2026-11-24' }, step: 'J+30' }),
    ],
    // A payment made, asked, is money received on its day.
    [
      'combien les Tilleuls ont payé le 2 décembre ?',
      query({
        intent: 'collected',
        customerCodes: ['C014'],
        period: { from: '2025-12-02', to: '2025-12-02' },
      }),
    ],
  ])('« %s » keeps its meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
