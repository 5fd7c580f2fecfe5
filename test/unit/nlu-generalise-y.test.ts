/**
 * The parser generalising to the eighteenth round's phonetic speller (issue 16): French written as
 * it sounds (« inpayer », « kombien », « facturent » for « factures », « sé koi », « ojourdui »).
 * Each sound pattern is a rule of ./phonetic.ts, tested on variants written for it, not copied from
 * the evaluation sets, and on negatives that must not change. Against the evaluation portfolio
 * (test/nlu/portfolio.json: today is Monday 23 November 2026).
 */
import { heardAs, respelledByEar, soundKey } from '../../src/questions/parser/phonetic';
import { command, NOT_UNDERSTOOD, parsed, query } from '../support/nlu-parse';

const TODAY = { from: '2026-11-23', to: '2026-11-23' };
const TOMORROW = { from: '2026-11-24', to: '2026-11-24' };
const YESTERDAY = { from: '2026-11-22', to: '2026-11-22' };
const THIS_WEEK = { from: '2026-11-23', to: '2026-11-29' };
const THIS_MONTH = { from: '2026-11-01', to: '2026-11-30' };
const LAST_MONTH = { from: '2026-10-01', to: '2026-10-31' };
const SEPTEMBER = { from: '2026-09-01', to: '2026-09-30' };
const LAST_YEAR = { from: '2025-01-01', to: '2025-12-31' };
const THIS_YEAR = { from: '2026-01-01', to: '2026-12-31' };

describe('the sound key hears the sound patterns of French spelt by ear', () => {
  it.each([
    // a silent « h » (not the one of « ch », « ph »)
    ['istorik', 'historique'],
    ['ebdo', 'hebdo'],
    ['ojourdui', 'aujourd’hui'],
    // « m » before « p », « b » sounds « n »
    ['inpayé', 'impayé'],
    ['septanbre', 'septembre'],
    ['novanbre', 'novembre'],
    // « tion » sounds « sion »
    ['evolussion', 'évolution'],
    ['situassion', 'situation'],
    // « ç » is « s », the silent « e » of « -ement »
    ['resu', 'reçu'],
    ['encaissman', 'encaissements'],
    ['paimen', 'paiement'],
    // « k » for « c », « qu »; « é » for « er », « et »; silent end consonants
    ['kontentieu', 'contentieux'],
    ['kabiné', 'cabinet'],
    ['kinzaine', 'quinzaine'],
    ['ouver', 'ouvert'],
    ['dernié', 'dernier'],
    ['kontesté', 'contesté'],
    // « an » for « en », « é » for « ier », doubled consonants single
    ['échéansié', 'échéancier'],
    ['créanse', 'créance'],
    ['irékouvrable', 'irrécouvrable'],
    ['transmetre', 'transmettre'],
    ['recomandé', 'recommandé'],
    ['segman', 'segment'],
    ['rapel', 'rappel'],
    // « g » before « e », « i » sounds « j »
    ['litije', 'litige'],
  ])('« %s » is « %s »', (heard, meant) => {
    expect(heardAs(heard, false)).toBe(meant);
  });

  it.each([
    // Known words and domain words are never rewritten into another domain word.
    ['contesté'],
    ['relance'],
    ['entrée'],
    ['rappelle'],
    ['octobre'],
    // Capitalised inside a sentence: a name.
    ['Kabiné'],
  ])('« %s » stays as typed', (word) => {
    expect(heardAs(word, false)).toBeNull();
  });

  it('the key keeps a « st » after a vowel (« contesté » is not « qu’on »)', () => {
    expect(soundKey('contesté')).toBe(soundKey('kontesté'));
    expect(soundKey('contesté')).not.toBe(soundKey('kon'));
    expect(soundKey('telefone')).toBe(soundKey('téléphone'));
  });

  it('a word of a customer’s name is never respelt', () => {
    expect(respelledByEar('les impayés de kabiné', (norm) => norm === 'kabine')).toBe(
      'les impayés de kabiné',
    );
    expect(respelledByEar('les impayés de kabiné')).toBe('les impayés de cabinet');
  });
});

describe('short words spelt by ear: « lé », « nou », « tou », « plu », « pa », « fo », « tau », « ier », « kon »', () => {
  it.each([
    ['lé inpayé de plu de 90 jour', query({ intent: 'unpaid_invoices', daysLate: { min: 91 } })],
    ['ki nou doi le plu', query({ intent: 'top_late_payers' })],
    ['kombien nou doi dupon é fis', query({ intent: 'customer_balance', customerCodes: ['C005'] })],
    ['lé promesse pa tenu se moi', query({ intent: 'promises', period: THIS_MONTH })],
    ['tau de retar par clien', query({ intent: 'late_rate', groupBy: 'customer' })],
    ['lé relanse envoyé ier', query({ intent: 'journal_activity', period: YESTERDAY })],
    [
      'dé mise en demeure a envoyé ojourdui',
      query({ intent: 'planned_actions', period: TODAY, step: 'J+20' }),
    ],
    ['inpayé de moin de 60 jour', query({ intent: 'unpaid_invoices', daysLate: { max: 59 } })],
    ['la kart du jour', command({ command: 'day_card' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // « je doi » is « je dois », « il doi » « il doit »; the infinitive after it is « -er ».
    ['kes ke je doi relancé', 'qu’est-ce que je dois relancer'],
    ['il fo envoyé ki', 'il faut envoyer ki'],
    // « doit » before a name keeps the name's « é »; « on a envoyé » is done.
    ['combien doit propreté services', 'combien doit propreté services'],
    ['on a envoyé koi', 'on a envoyé koi'],
    // In capitals or with a meaning of their own, they stay.
    ['PA', 'PA'],
    ['le mois de mai', 'le mois de mai'],
  ])('« %s » → « %s »', (text, expected) => {
    expect(respelledByEar(text)).toBe(expected);
  });
});

describe('words only their neighbours tell apart: « kes ke », « sé koi », « ou en é », « kel son », « se moi », « o »', () => {
  it.each([
    ['kes kon a envoyé ier', query({ intent: 'journal_activity', period: YESTERDAY })],
    ['kes ki fo envoyé demain', query({ intent: 'planned_actions', period: TOMORROW })],
    ['kes ke je doi relancé ojourdui', query({ intent: 'planned_actions', period: TODAY })],
    ['kes ki fo faire ojourdui', query({ intent: 'planned_actions', period: TODAY })],
    ['kes ki a été encaissé ier', query({ intent: 'collected', period: YESTERDAY })],
    ['sé koi le tau de retar', query({ intent: 'late_rate' })],
    ['se koi le dso', query({ intent: 'dso' })],
    ['tu sé fer koi exactemen', query({ intent: 'help' })],
    ['ou en é la crèche lé peti pa', query({ intent: 'customer_balance', customerCodes: ['C008'] })],
    ['ou on en é avek la vi claire', query({ intent: 'customer_balance', customerCodes: ['C006'] })],
    ['kel é le dso se moi', query({ intent: 'dso', period: THIS_MONTH })],
    ['kel son lé plu gro retar', query({ intent: 'top_late_payers' })],
    ['kel son lé facturent inpayé de la sgh', query({ intent: 'unpaid_invoices', customerCodes: ['C002'] })],
    ['encaissman du moi dernié', query({ intent: 'collected', period: LAST_MONTH })],
    ['lé encaissman par moi', query({ intent: 'trend', measure: 'collected' })],
    ['tau de retar de lan dernié', query({ intent: 'late_rate', period: LAST_YEAR })],
    ['kombien on a encaissé lan dernié', query({ intent: 'collected', period: LAST_YEAR })],
    ['tau dinpayer o 31 octobre', query({ intent: 'overdue_ratio', asOf: '2026-10-31' })],
    ['inpayé o 30 septanbre', query({ intent: 'unpaid_invoices', asOf: '2026-09-30' })],
    ['lé dossié transmi o kabiné', query({ intent: 'litigation' })],
    ['ki é o kontentieu', query({ intent: 'litigation' })],
    ['inpayé antre 30 é 60 jour', query({ intent: 'unpaid_invoices', daysLate: { min: 30, max: 60 } })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // « se » is a word: « le DG se le demande » keeps it.
    ['Quel est notre DSO ? Le DG se le demande.', query({ intent: 'dso' })],
    // « montre moi », « par moi » without a figure before: me, not a month.
    ['montre moi les impayés', query({ intent: 'unpaid_invoices' })],
    // Small talk spelt by ear is still small talk.
    ['ta fé koi se wikend', NOT_UNDERSTOOD],
    ['ta vu le film ier soir', NOT_UNDERSTOOD],
  ])('« %s » is not changed in meaning', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('« a envoyé » after a letter is what is to send, unless someone sent it', () => {
  it.each([
    ['lé kourrié a envoyé demain', query({ intent: 'planned_actions', period: TOMORROW })],
    [
      'lé rapel par mail a envoyé demain',
      query({ intent: 'planned_actions', period: TOMORROW, step: 'J+3' }),
    ],
    [
      'lé lettre recomandé a envoyé ojourdui',
      query({ intent: 'planned_actions', period: TODAY, step: 'J+20' }),
    ],
    ['relanses a envoyé cette semène', query({ intent: 'planned_actions', period: THIS_WEEK })],
    [
      'lettre de relanse a envoyé demain',
      query({ intent: 'planned_actions', period: TOMORROW, step: 'J+10' }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    [
      'combien de lettres de relance on a envoyé ce mois ci',
      query({ intent: 'journal_activity', period: THIS_MONTH, step: 'J+10' }),
    ],
    [
      'les rappels par mail qu’on a envoyé hier',
      query({ intent: 'journal_activity', period: YESTERDAY, step: 'J+3' }),
    ],
  ])('« %s » is what was sent', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('« rapelle moi » is the verb: a reminder Relances does not set', () => {
    expect(parsed('rapelle moi d’appeler biocoop jeudi')).toEqual(NOT_UNDERSTOOD);
    expect(parsed('rappelle-moi d’appeler biocoop jeudi')).toEqual(NOT_UNDERSTOOD);
  });
});

describe('a plural « -es » spelt « -ent » (« lé facturent »), unless a subject stands before it', () => {
  it.each([
    ['lé facturent en retar de plu de 30 jour', query({ intent: 'unpaid_invoices', daysLate: { min: 31 } })],
    ['lé fakturent en litije', query({ intent: 'disputes' })],
    ['lé relancent prévu demain', query({ intent: 'planned_actions', period: TOMORROW })],
    [
      'facturent pa payé depui septanbre',
      query({ intent: 'unpaid_invoices', period: { from: '2026-09-01', to: '2026-11-23' } }),
    ],
    [
      'lé facturent émise en octobre pa encor payé',
      query({ intent: 'unpaid_invoices', period: LAST_MONTH, dateBasis: 'issue' }),
    ],
    ['lé promessent de paiman', query({ intent: 'promises' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['ils relancent les clients', 'ils relancent les clients'],
    ['les clients qui facturent', 'les clients qui facturent'],
    ['les clients qui payent', 'les clients qui payent'],
  ])('« %s » keeps its verb', (text, expected) => {
    expect(respelledByEar(text)).toBe(expected);
  });
});

describe('an elision glued to a word spelt by ear or to a name: « dinpayer », « doctobre », « lotel »', () => {
  it.each([
    ['kombien ya dinpayer', query({ intent: 'unpaid_invoices' })],
    [
      'inpayé de la premiere kinzaine doctobre',
      query({ intent: 'unpaid_invoices', period: { from: '2026-10-01', to: '2026-10-15' } }),
    ],
    ['telefone de lotel du parc', command({ command: 'customer_contact', customerCodes: ['C003'] })],
    ['fiche de lintermarcher vaise', command({ command: 'customer_card', customerCodes: ['C018'] })],
    [
      'kombien on a encaissé depui le debu de lané',
      query({ intent: 'collected', period: { from: '2026-01-01', to: '2026-11-23' } }),
    ],
    ['lé créanse pasé en perte cette ané', query({ intent: 'written_off', period: THIS_YEAR })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // Real words starting with « d » or « l » are not split.
    ['le dossier de la sgh', 'le dossier de la sgh'],
    ['les lettres à envoyer', 'les lettres à envoyer'],
    ['le délai moyen', 'le délai moyen'],
  ])('« %s » stays', (text, expected) => {
    expect(respelledByEar(text)).toBe(expected);
  });
});

describe('every family, spelt by ear (own paraphrases)', () => {
  it.each([
    ['istorik de la f2026-1042', command({ command: 'history', invoice: 'F2026-1042' })],
    ['istorik du clien biocoop part dieu', command({ command: 'history', customerCodes: ['C011'] })],
    ['la revu ebdo stp', command({ command: 'weekly_review' })],
    ['inpayé de novanbre', query({ intent: 'unpaid_invoices', period: THIS_MONTH })],
    ['encaissman de septanbre', query({ intent: 'collected', period: SEPTEMBER })],
    ['paimen resu se moi', query({ intent: 'collected', period: THIS_MONTH })],
    ['lé paiman resu cette semène', query({ intent: 'collected', period: THIS_WEEK })],
    ['evolussion des encaissman', query({ intent: 'trend', measure: 'collected' })],
    ['situassion de la mairie de kaluire', query({ intent: 'customer_balance', customerCodes: ['C015'] })],
    ['litiges ouver', query({ intent: 'disputes' })],
    ['lé fakture kontesté', query({ intent: 'disputes' })],
    ['kombien de dossié o kontentieu', query({ intent: 'litigation' })],
    ['ki a un échéansié en cour', query({ intent: 'payment_plans' })],
    ['lé créanse irékouvrable se moi', query({ intent: 'written_off', period: THIS_MONTH })],
    [
      'inpayé de la deuxieme kinzaine de septanbre',
      query({ intent: 'unpaid_invoices', period: { from: '2026-09-16', to: '2026-09-30' } }),
    ],
    ['le dso depui janvié', query({ intent: 'dso', period: { from: '2026-01-01', to: '2026-11-23' } })],
    ['dso par segman de risk', query({ intent: 'dso', groupBy: 'risk' })],
    [
      'lé mauvais payeur se trimestre',
      query({ intent: 'top_late_payers', period: { from: '2026-10-01', to: '2026-12-31' } }),
    ],
    ['balanse agé o 31 octobre', query({ intent: 'aged_balance', asOf: '2026-10-31' })],
    ['exporte lé inpayer en excel', command({ command: 'export', what: 'unpaid' })],
    ['lévé le litige de la f2026-1042', command({ command: 'lift_dispute', invoice: 'F2026-1042' })],
    ['la procédure de relanse', command({ command: 'procedure' })],
    [
      'lé relanse de la semène prochène',
      query({ intent: 'planned_actions', period: { from: '2026-11-30', to: '2026-12-06' } }),
    ],
    ['sé koi lé inpayer de plu de 10000 euro', query({ intent: 'unpaid_invoices', amount: { gt: 1000000 } })],
    [
      'lé inpayer du 5 o 20',
      query({ intent: 'unpaid_invoices', period: { from: '2026-11-05', to: '2026-11-20' } }),
    ],
    ['kel é le tau de retar de lan dernié', query({ intent: 'late_rate', period: LAST_YEAR })],
    ['kes kon a fé sur la f2026-1042', command({ command: 'history', invoice: 'F2026-1042' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('a name nobody has is still an unknown customer, not a word respelt', () => {
    expect(parsed('kombien nou doi karrefour')).toEqual({
      kind: 'unknown_customer',
      query: { intent: 'customer_balance' },
    });
  });
});

describe('a word of a customer’s name spelt by ear is that word (« sosiété »), never a short one', () => {
  it.each([
    ['lé inpayés de la sosiété générale', query({ intent: 'unpaid_invoices', customerCodes: ['C002'] })],
    [
      'kombien nou doi la sosiété générale dijiène',
      query({ intent: 'customer_balance', customerCodes: ['C002'] }),
    ],
    ['ou en é la boulanjerie martin', query({ intent: 'customer_balance', customerCodes: ['C013'] })],
    [
      'lé facturent de propreté servisse rône alpes',
      query({ intent: 'unpaid_invoices', customerCodes: ['C007'] }),
    ],
    [
      'kombien nou doi le sentre ospitalier de villefranche',
      query({ intent: 'customer_balance', customerCodes: ['C004'] }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // An alias is a name's new spelling, kept as typed.
    [
      'alias kreche pour la crèche les petits pas',
      command({ command: 'add_alias', customerCodes: ['C008'], alias: 'kreche' }),
    ],
    // A short word (« crois » sounds « croix ») or a form of a name's word is not respelt.
    ['je crois que la sgh doit combien', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('« z » for « s », « mél », « kil », and a few more words heard', () => {
  it.each([
    [
      'lé lettre de mize en demeure envoyé ier',
      query({ intent: 'journal_activity', period: YESTERDAY, step: 'J+20' }),
    ],
    [
      'lé mizes en demeure envoyé se moi',
      query({ intent: 'journal_activity', period: THIS_MONTH, step: 'J+20' }),
    ],
    ['le mèl de la kompta de naturalia', command({ command: 'customer_contact', customerCodes: ['C010'] })],
    ['le mél de lotel du parc', command({ command: 'customer_contact', customerCodes: ['C003'] })],
    ['kes kil fo envoyé ojourdui', query({ intent: 'planned_actions', period: TODAY })],
    ['evolussion de lenkours', query({ intent: 'trend', measure: 'outstanding' })],
    ['la revue ebdomadère', command({ command: 'weekly_review' })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('a verb’s ending heard is kept on a target with a mute « e » (« relansé » is « relancé »)', () => {
  it.each([
    ['relansé', 'relancé'],
    ['relanser', 'relancer'],
    ['afichez', 'affichez'],
    ['aktualisé', 'actualisé'],
    ['relansées', 'relancées'],
    // Targets without a mute « e » keep their own form.
    ['dossié', 'dossier'],
    ['inpayer', 'impayé'],
    ['relanse', 'relance'],
  ])('« %s » is « %s »', (heard, meant) => {
    expect(heardAs(heard, false)).toBe(meant);
  });

  it.each([
    ['kes kon doi relansé se matin', query({ intent: 'planned_actions', period: TODAY })],
    ['il fo relansé ki demain', query({ intent: 'planned_actions', period: TOMORROW })],
    ['je doi relansé ki ojourdui', query({ intent: 'planned_actions', period: TODAY })],
    ['afiché la balanse', query({ intent: 'aged_balance' })],
    ['lé relansé de ier', query({ intent: 'journal_activity', period: YESTERDAY })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});

describe('« moi » after a number is months (« plus de 3 moi »)', () => {
  it.each([
    ['inpayé de plu de 3 moi', query({ intent: 'unpaid_invoices', daysLate: { min: 91 } })],
    ['lé inpayer de plu de 2 moi', query({ intent: 'unpaid_invoices', daysLate: { min: 61 } })],
    ['lé facturent de plu de 6 moi', query({ intent: 'unpaid_invoices', daysLate: { min: 181 } })],
    ['le dso dé 12 dernié moi', query({ intent: 'dso', period: { from: '2025-11-24', to: '2026-11-23' } })],
    [
      'encaissman dé 3 dernié moi',
      query({ intent: 'collected', period: { from: '2026-08-24', to: '2026-11-23' } }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['donne moi les 3 plus gros', 'donne moi les 3 plus gros'],
    ['top 3 pour moi', 'top 3 pour moi'],
  ])('« %s » keeps « moi »', (text, expected) => {
    expect(respelledByEar(text)).toBe(expected);
  });
});

describe('« -emant » for « -ement », « an » for « en » before the words it opens, « anvoyé »', () => {
  it.each([
    ['lé ancaissemant de ier', query({ intent: 'collected', period: YESTERDAY })],
    ['lé encaicemant de se moi', query({ intent: 'collected', period: THIS_MONTH })],
    ['ancaissman du moi dernié', query({ intent: 'collected', period: LAST_MONTH })],
    ['lé facturent an retar de plu de 30 jour', query({ intent: 'unpaid_invoices', daysLate: { min: 31 } })],
    ['lé facturent an litije', query({ intent: 'disputes' })],
    ['lé mize an demeure anvoyé ier', query({ intent: 'journal_activity', period: YESTERDAY, step: 'J+20' })],
    ['kombien de mise en demeure on a anvoyé', query({ intent: 'journal_activity', step: 'J+20' })],
    ['le kompte de la sgh', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // « an » is a year elsewhere; « semaine » keeps its first « e ».
    ['les impayés de plus d’un an', 'les impayés de plus d’un an'],
    ['par an', 'par an'],
    ['la semaine dernière', 'la semaine dernière'],
  ])('« %s » stays', (text, expected) => {
    expect(respelledByEar(text)).toBe(expected);
  });

  it('« semène » and « semaine » share a key, « seman » is not « segment »', () => {
    expect(soundKey('semène')).toBe(soundKey('semaine'));
    expect(soundKey('encaicemant')).toBe(soundKey('encaissements'));
    expect(soundKey('semaine')).not.toBe(soundKey('segment'));
  });
});

describe('commands spelt by ear: « lalias », « tu peu », « mové »', () => {
  it.each([
    [
      'ajoute lalias kaluire pour la mairie de kaluire',
      command({ command: 'add_alias', customerCodes: ['C015'], alias: 'kaluire' }),
    ],
    ['tu peu fer koi', query({ intent: 'help' })],
    ['on peu fer koi avek toi', query({ intent: 'help' })],
    ['kes ke je peu demandé', query({ intent: 'help' })],
    ['lé mové payeur', query({ intent: 'top_late_payers' })],
    ['lé plu mové payeur se moi', query({ intent: 'top_late_payers', period: THIS_MONTH })],
    ['mé la f2026-1042 en litije', command({ command: 'open_dispute', invoice: 'F2026-1042' })],
    ['la lettre o kabiné', command({ command: 'law_firm_letter' })],
    [
      'dupon é fis promette de payé 500 euro le 5 janvié',
      command({ command: 'record_promise', customerCodes: ['C005'], date: '2027-01-05', amount: 50000 }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['il y a peu de retards', 'il y a peu de retards'],
    ['c’est un peu long', 'c’est un peu long'],
  ])('« peu » elsewhere stays: « %s »', (text, expected) => {
    expect(respelledByEar(text)).toBe(expected);
  });
});

describe('figures’ words spelt by ear: « pourssantage », « lansiennete », « délé », « ki sé passé »', () => {
  it.each([
    ['pourssantage dinpayé', query({ intent: 'overdue_ratio' })],
    ['le pourcentaje de kréanse échu', query({ intent: 'overdue_ratio' })],
    ['lansiennete dé kréanse', query({ intent: 'aged_balance' })],
    ['le délé moyen de paiman', query({ intent: 'dso' })],
    ['kes ki sé passé ier', query({ intent: 'journal_activity', period: YESTERDAY })],
    ['sa va mieu ke le moi dernié', query({ intent: 'trend', period: THIS_MONTH })],
    [
      'lé perte de se trimestre',
      query({ intent: 'written_off', period: { from: '2026-10-01', to: '2026-12-31' } }),
    ],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    // « sé » after « qui » only: « ses » elsewhere stays as typed.
    ['qui se charge des relances', 'qui se charge des relances'],
    ['del', 'del'],
  ])('« %s » stays', (text, expected) => {
    expect(respelledByEar(text)).toBe(expected);
  });
});

it('« mis » is a word of its own, « mize » is « mise »', () => {
  expect(heardAs('mis', false)).toBeNull();
  expect(heardAs('mize', false)).toBe('mise');
  expect(respelledByEar('les clients mis en demeure hier')).toBe('les clients mis en demeure hier');
});

describe('« a relansé » after an invoice, « pa encor », « ou en son »', () => {
  it.each([
    ['lé facturent a relansé se moi', query({ intent: 'planned_actions', period: THIS_MONTH })],
    ['lé facture a relansé demain', query({ intent: 'planned_actions', period: TOMORROW })],
    ['lé dossié a traité ojourdui', query({ intent: 'planned_actions', period: TODAY })],
    ['lé facturent pa encor réglé', query({ intent: 'unpaid_invoices' })],
    ['ou en son lé paiman de la sgh', query({ intent: 'customer_balance', customerCodes: ['C002'] })],
  ])('« %s »', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['les factures qu’on a relancé hier', query({ intent: 'journal_activity', period: YESTERDAY })],
    ['la facture a été envoyée', query({ intent: 'journal_activity' })],
  ])('« %s » is what was done', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });
});
