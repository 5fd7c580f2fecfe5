/**
 * The parser generalising beyond the public set's words (issue 16, eighth round): promises with
 * amounts as a phone dictates or a fast typist types them, aliases in SMS spelling and with their
 * dots, a weekday alone on planned work, what was sent to a customer, litigation in other words.
 * Variants written for the rules, not copied from the evaluation sets; negatives that must not
 * change. Against the evaluation portfolio (test/nlu/portfolio.json: today is Monday 23 November
 * 2026).
 */
import { NOT_UNDERSTOOD, command, parsed, query } from '../support/nlu-parse';

const promise = (customerCodes: string[], date: string, amount?: number) =>
  command({ command: 'record_promise', customerCodes, date, ...(amount !== undefined ? { amount } : {}) });
const alias = (customerCodes: string[], name: string) =>
  command({ command: 'add_alias', customerCodes, alias: name });

describe('a promise keeps its amount however it is typed or dictated', () => {
  it.each([
    ['la boulangerie martin promet 850e vendredi', promise(['C013'], '2026-11-27', 85_000)],
    ['lpi va regler 12 000e lundi', promise(['C012'], '2026-11-30', 1_200_000)],
    ['la mairie de caluire paiera 750,50e le 12 décembre', promise(['C015'], '2026-12-12', 75_050)],
    ["l'hôtel du parc promet de payer 3ke le 20/12", promise(['C003'], '2026-12-20', 300_000)],
    ['naturalia pd sengage a payer 980e lundi prochain', promise(['C010'], '2026-11-30', 98_000)],
    ['la sgh va payer mille deux cents euros le quinze décembre', promise(['C002'], '2026-12-15', 120_000)],
    [
      'biocoop croix rousse promet trois mille cinq cents euros vendredi',
      promise(['C001'], '2026-11-27', 350_000),
    ],
    ['la SGH va régler le 15 décembre', promise(['C002'], '2026-12-15')],
    ['le pressing total net paiera 2k€ fin du mois', promise(['C017'], '2026-11-30', 200_000)],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['impayés de plus de 1200e', query({ intent: 'unpaid_invoices', amount: { gt: 120_000 } })],
    ['les promesses de plus de 1000e', query({ intent: 'promises', amount: { gt: 100_000 } })],
    ['quelles factures restent à régler ?', query({ intent: 'unpaid_invoices' })],
  ])('« %s » stays a question', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('« le 3e rappel de la SGH » reads no amount (an ordinal)', () => {
    expect(parsed('le 3e rappel de la SGH')).toEqual(NOT_UNDERSTOOD);
  });
});

describe('an alias in SMS spelling (« pr » for « pour »), kept as typed with its dots', () => {
  it.each([
    ["mets l'alias CHV pr le centre hospitalier de villefranche", alias(['C004'], 'CHV')],
    ['mets alias BM pr boulangerie martin stp', alias(['C013'], 'BM')],
    ['ajoute BM comme alias pr boulangerie martin', alias(['C013'], 'BM')],
    ['on dit CHV pr le centre hospitalier de villefranche', alias(['C004'], 'CHV')],
    ["alias St. Gé. H. pour la Société Générale d'Hygiène", alias(['C002'], 'St. Gé. H.')],
    ['alias Ets. Martin pour Boulangerie Martin', alias(['C013'], 'Ets. Martin')],
    ['Julien B. est un alias de Julien Bernard', alias(['C009'], 'Julien B.')],
    ["remplace l'alias de Julien Bernard par Julien B.", alias(['C009'], 'Julien B.')],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // A sentence's final dot is not the alias's.
    ["remplace l'alias de la SGH par SGH.", alias(['C002'], 'SGH')],
    ["ajoute l'alias PR pour Pressing Total Net", alias(['C017'], 'PR')],
    ['alias Hôtel de Ville pour la Mairie de Caluire', alias(['C015'], 'Hôtel de Ville')],
  ])('« %s » unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

const day = (d: string) => ({ from: d, to: d });
const planned = (d: string, step?: string) =>
  query({ intent: 'planned_actions', period: day(d), ...(step ? { step } : {}) });
const journal = (d: string) => query({ intent: 'journal_activity', period: day(d) });

describe('a weekday alone on planned work is the next one; a past day or a past tense is the journal', () => {
  it.each([
    ['quelles relances sont prévues mercredi ?', planned('2026-11-25')],
    ['les mails de rappel programmés pour mercredi', planned('2026-11-25', 'J+3')],
    ['quelles lettres simples doivent sortir jeudi', planned('2026-11-26', 'J+10')],
    ['les LR à sortir vendredi ?', planned('2026-11-27', 'J+20')],
    ['les lettres recommandées à sortir demain', planned('2026-11-24', 'J+20')],
    ['qui on relance jeudi', planned('2026-11-26')],
    ['Quels mails de relance sont prévus mardi ?', planned('2026-11-24', 'J+3')],
  ])('« %s » is that day’s proposals', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ["qu'est-ce qu'on a fait mercredi dernier ?", journal('2026-11-18')],
    ['récap des relances de jeudi dernier', journal('2026-11-19')],
    ['les relances faites lundi dernier', journal('2026-11-16')],
    ["ce qu'on a envoyé samedi passé", journal('2026-11-21')],
    ['on a relancé qui hier', journal('2026-11-22')],
    ['on a relancé qui vendredi', journal('2026-11-20')],
    ['qui a été relancé mardi dernier ?', journal('2026-11-17')],
    ['ils ont été relancés quand, avant-hier ?', journal('2026-11-21')],
  ])('« %s » is the journal of that day', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['qui est à relancer demain ?', planned('2026-11-24')],
    ['qui doit être relancé jeudi ?', planned('2026-11-26')],
    [
      'combien de lettres simples envoyées en octobre',
      query({
        intent: 'journal_activity',
        period: { from: '2026-10-01', to: '2026-10-31' },
        step: 'J+10',
      }),
    ],
    ['il faut sortir la balance âgée pour jeudi', query({ intent: 'aged_balance' })],
    ['quel est le mail de la SGH ?', command({ command: 'customer_contact', customerCodes: ['C002'] })],
  ])('« %s » unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const history = (invoice: string) => command({ command: 'history', invoice });

describe('what was sent to a customer is the journal, not money received; sent on an invoice its history', () => {
  it.each([
    [
      "l'hotel du parc dit qu'ils ont rien reçu, on leur a envoyé quoi la semaine dernière",
      query({
        intent: 'journal_activity',
        period: { from: '2026-11-16', to: '2026-11-22' },
        customerCodes: ['C003'],
      }),
    ],
    [
      "la SGH affirme n'avoir jamais rien reçu : qu'est-ce qu'on lui a adressé en octobre ?",
      query({ intent: 'journal_activity', period: OCTOBER, customerCodes: ['C002'] }),
    ],
    [
      'le pressing total net dit qu il a pas recu de lettre, on a envoye quoi en novembre',
      query({ intent: 'journal_activity', period: NOVEMBER, customerCodes: ['C017'] }),
    ],
    [
      'biocoop croix rousse dit quil a jamais rien recu, on lui a envoyé koi ce mois ci',
      query({ intent: 'journal_activity', period: NOVEMBER, customerCodes: ['C001'] }),
    ],
    [
      "Julien Bernard prétend n'avoir reçu aucun courrier, qu'est-ce qu'on lui a envoyé en octobre ?",
      query({ intent: 'journal_activity', period: OCTOBER, customerCodes: ['C009'] }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['les courriers envoyés pour la F2026-1042 svp', history('F2026-1042')],
    ["qu'est-ce qui a été envoyé pour la facture F2026-1042 ?", history('F2026-1042')],
    ["tous les mails qu'on a envoyés concernant la F2026-1042", history('F2026-1042')],
    ['les lettres qui sont parties au sujet de la facture F2026-1050', history('F2026-1050')],
    ['relances faites jusqu’ici sur la F2026-1077 stp', history('F2026-1077')],
  ])('« %s » is that invoice’s history', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    [
      "qu'avons-nous reçu de la SGH ce mois ?",
      query({ intent: 'collected', period: NOVEMBER, customerCodes: ['C002'] }),
    ],
    [
      'on a rien reçu de la SGH en octobre ?',
      query({ intent: 'collected', period: OCTOBER, customerCodes: ['C002'] }),
    ],
    [
      'encaissements reçus après les relances envoyées ce mois',
      query({ intent: 'collected', period: NOVEMBER }),
    ],
    ['mettre F2026-1048 en litige', command({ command: 'open_dispute', invoice: 'F2026-1048' })],
  ])('« %s » unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('litigation in other words (huissier, commissaire de justice), English apologies around a question', () => {
  it.each([
    ['le dossier Dupont est chez le commissaire de justice ?', ['C005']],
    ['biocoop part dieu c’est passé au contentieux ?', ['C011']],
    ['les tilleuls sont partis chez l’huissier ?', ['C014']],
    ['la mairie de caluire est partie chez les huissiers ou pas', ['C015']],
    ['c’est chez l’huissier, la SGH ?', ['C002']],
  ])('« %s » is that customer’s litigation', (text, customerCodes) => {
    expect(parsed(text)).toEqual(query({ intent: 'litigation', customerCodes }));
  });

  it.each([
    ['quels dossiers sont chez l’huissier ?', query({ intent: 'litigation' })],
    [
      'qu’est-ce qui est parti chez les huissiers ce mois-ci ?',
      query({ intent: 'journal_activity', period: NOVEMBER, step: 'J+30' }),
    ],
    ['qui passe au contentieux demain ?', planned('2026-11-24', 'J+30')],
    // A fear of the bailiff beside a customer's state is still its balance.
    [
      "où en est la SGH ? faudrait pas qu'elle finisse chez l'huissier",
      query({ intent: 'customer_balance', customerCodes: ['C002'] }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['sorry, what reminders go out tomorrow?', planned('2026-11-24')],
    ['Hi, sorry to bother you, which letters are planned for tomorrow?', planned('2026-11-24')],
    ['apologies, what reminders are scheduled for Friday?', planned('2026-11-27')],
    ['Sorry, my French is rusty - what reminders are planned for today?', planned('2026-11-23')],
    ['which emails are scheduled tomorrow?', planned('2026-11-24', 'J+3')],
    ['Sorry for my French: who owes us the most?', query({ intent: 'top_late_payers' })],
    ['sorry I’m new here, what is our DSO?', query({ intent: 'dso' })],
    ['what did we send last Friday?', journal('2026-11-20')],
    [
      'Excuse me, how much does Biocoop Part-Dieu owe us?',
      query({ intent: 'customer_balance', customerCodes: ['C011'] }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('paraphrases of the eighth round’s families, as other people would write them', () => {
  it.each([
    ['les tilleuls ont promis 1500e pour le 4/12', promise(['C014'], '2026-12-04', 150_000)],
    ['dupont et fils va virer 2500 euros vendredi', promise(['C005'], '2026-11-27', 250_000)],
    ['chv paiera quatre mille deux cents euros mercredi', promise(['C004'], '2026-11-25', 420_000)],
    ['note une promesse de la SGH : 3000€ le 15/12', promise(['C002'], '2026-12-15', 300_000)],
    ['quelles relances sont au programme de vendredi ?', planned('2026-11-27')],
    ['le récap de vendredi', journal('2026-11-20')],
    ['is SGH with the bailiff?', query({ intent: 'litigation', customerCodes: ['C002'] })],
    ['what reminders went out last Friday?', journal('2026-11-20')],
    ['les relances de jeudi prochain', planned('2026-11-26')],
    ['les relances de lundi prochain', planned('2026-11-30')],
    [
      'qui a-t-on relancé la semaine dernière ?',
      query({ intent: 'journal_activity', period: { from: '2026-11-16', to: '2026-11-22' } }),
    ],
    ['la F2026-1042 : qu’a-t-on envoyé ?', history('F2026-1042')],
    ['qu’avons-nous expédié pour la F2026-1042 ?', history('F2026-1042')],
    ['pressing total net s engage pr 950e le 7/12', promise(['C017'], '2026-12-07', 95_000)],
    ['mets l alias JdF pr les jardins de fourviere', alias(['C019'], 'JdF')],
    ['l alias M. Dubois pour Martin Dubois stp', alias(['C020'], 'M. Dubois')],
    [
      'Biocoop Croix-Rousse n a jamais reçu nos lettres ? qu a t on envoyé en octobre',
      query({ intent: 'journal_activity', period: OCTOBER, customerCodes: ['C001'] }),
    ],
    ['apologies for my French, what did we send yesterday?', journal('2026-11-22')],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['la SGH a promis quoi ?', query({ intent: 'promises', customerCodes: ['C002'] })],
    [
      'qui a promis de payer cette semaine ?',
      query({ intent: 'promises', period: { from: '2026-11-23', to: '2026-11-29' } }),
    ],
    ['fais-moi un virement de 500 euros vendredi', NOT_UNDERSTOOD],
    ["qu'a-t-on envoyé hier ?", journal('2026-11-22')],
    ['la SGH paiera jeudi prochain', promise(['C002'], '2026-11-26')],
  ])('« %s » unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('English for the same families, and a step with a weekday alone', () => {
  it.each([
    ['what emails go out on Wednesday?', planned('2026-11-25', 'J+3')],
    ['what was sent for invoice F2026-1042?', history('F2026-1042')],
    ['reminders sent on the F2026-1042', history('F2026-1042')],
    [
      'Dupont says they never received anything, what did we send them in October?',
      query({ intent: 'journal_activity', period: OCTOBER, customerCodes: ['C005'] }),
    ],
    [
      'who did we send registered letters to last week?',
      query({ intent: 'journal_activity', period: { from: '2026-11-16', to: '2026-11-22' }, step: 'J+20' }),
    ],
    ['who did we chase yesterday?', journal('2026-11-22')],
    ['who was chased last Friday?', journal('2026-11-20')],
    [
      'how much did we receive from SGH in October?',
      query({ intent: 'collected', period: OCTOBER, customerCodes: ['C002'] }),
    ],
    ['mercredi, quelles LR ?', planned('2026-11-25', 'J+20')],
    ['LR mercredi ?', planned('2026-11-25', 'J+20')],
    ['les mails de rappel de vendredi', planned('2026-11-27', 'J+3')],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['how do I reach SGH?', command({ command: 'customer_contact', customerCodes: ['C002'] })],
    ['mail de la SGH', command({ command: 'customer_contact', customerCodes: ['C002'] })],
    [
      'we never received the payment from SGH in October?',
      query({ intent: 'collected', period: OCTOBER, customerCodes: ['C002'] }),
    ],
  ])('« %s » unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('the founder’s abbreviations and digits before « mille »', () => {
  it.each([
    ['biocoop croix rousse sengage pr 2 mille euros le 12/12', promise(['C001'], '2026-12-12', 200_000)],
    ['la SGH sest engagee a payer 500e le 15/12', promise(['C002'], '2026-12-15', 50_000)],
    ['la SGH paiera 2 mille cinq cents euros le 15/12', promise(['C002'], '2026-12-15', 250_000)],
    ['impayés de plus de 2 mille euros', query({ intent: 'unpaid_invoices', amount: { gt: 200_000 } })],
    ['impayés de plus de 1,5 mille euros', query({ intent: 'unpaid_invoices', amount: { gt: 150_000 } })],
    ['qqs impayés de plus de 60 jours ?', query({ intent: 'unpaid_invoices', daysLate: { min: 61 } })],
    ['qqs relances prevues pr vendredi ?', planned('2026-11-27')],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('« relances » alone with a weekday is the proposals; a letter of ours received is the journal', () => {
  it.each([
    ['les e-mails de relance de jeudi', planned('2026-11-26', 'J+3')],
    ['ds les relances de jeudi y a qui ?', planned('2026-11-26')],
    [
      'qui a reçu une mise en demeure hier ?',
      query({ intent: 'journal_activity', period: day('2026-11-22'), step: 'J+20' }),
    ],
    [
      'les clients qui ont reçu un mail de relance hier',
      query({ intent: 'journal_activity', period: day('2026-11-22'), step: 'J+3' }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['les relances de vendredi dernier', journal('2026-11-20')],
    ['les relances faites vendredi', journal('2026-11-20')],
    ['le récap des relances de jeudi', journal('2026-11-19')],
    ['reçu des paiements suite aux relances ?', query({ intent: 'collected' })],
    [
      "qu'a-t-on reçu de la SGH hier ?",
      query({ intent: 'collected', period: day('2026-11-22'), customerCodes: ['C002'] }),
    ],
  ])('« %s » unchanged', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
