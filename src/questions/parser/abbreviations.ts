/**
 * A controller's month-end shorthand and a dictated question's words, rewritten into the words the
 * extractors read (issue 16, fifth round): « LR » and « MED » are the registered letter and the
 * mise en demeure (J+20), « cab. » the law firm, « rel. » reminders, « ech. » échues, « clt »
 * client, « évol » evolution, « oct » octobre, « trim » the quarter; « le mois de juin », « du mois d’octobre » are the month itself (not
 * « ce mois »). A word is rewritten only as a whole word, the dot of an abbreviation being no word.
 */
import { applyRewrites, rewriteRules } from './rewrite';
import type { Token } from './tokens';

const MONTHS = 'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre'.split(
  ' ',
);

const RULES = rewriteRules({
  // « au cab. », « du cab. » (« un cab » is a taxi).
  'au cab': 'au cabinet',
  'du cab': 'du cabinet',
  // « transmissions cab. prévues cette sem », « dossiers transmis cab » (twentieth round): what goes
  // to the law firm, after a word of sending it there.
  'transmission cab': 'transmission au cabinet',
  'transmissions cab': 'transmissions au cabinet',
  'transmis cab': 'transmis au cabinet',
  'transmise cab': 'transmise au cabinet',
  'transmises cab': 'transmises au cabinet',
  'transfert cab': 'transfert au cabinet',
  'transferts cab': 'transferts au cabinet',
  'envoi cab': 'envoi au cabinet',
  'envois cab': 'envois au cabinet',
  'passage cab': 'passage au cabinet',
  'passages cab': 'passages au cabinet',
  'dossiers cab': 'dossiers au cabinet',
  'chez cab': 'chez le cabinet',
  // « irrécouvrables ce trim », « encaissé le trim dernier »: the quarter (twentieth round).
  trim: 'trimestre',
  trims: 'trimestres',
  trimes: 'trimestre',
  trimest: 'trimestre',
  rel: 'relances',
  rels: 'relances',
  ech: 'echues',
  // « impayés sup. à 10 000 € », « inf à 500 € » (thirty-sixth round): a bound of the amount.
  'sup a': 'superieurs a',
  'inf a': 'inferieurs a',
  clt: 'client',
  clts: 'clients',
  evol: 'evolution',
  evo: 'evolution',
  // « DSO fdm oct. », « encours fdm » (forty-seventh round): a month's end.
  fdm: 'fin',
  // « le days sales outstanding client par client » (forty-seventh round).
  'days sales outstanding': 'dso',
  // « bal. âgée au 30/09 », « bal agee fin oct ».
  bal: 'balance',
  // The founder's notes (« qqs impayés ds le mois », « mtt dû », « le cpte de X », « tjrs en
  // retard »; « ds », « pr » in ./informal.ts).
  qq: 'quelques',
  qqs: 'quelques',
  qques: 'quelques',
  mtt: 'montant',
  mtts: 'montants',
  // « compte rendu des relances d’hier »: what was done, the journal's recap.
  'compte rendu': 'recap',
  'comptes rendus': 'recap',
  'cpte rendu': 'recap',
  cpte: 'compte',
  cptes: 'comptes',
  tjrs: 'toujours',
  tjr: 'toujours',
  // A dropped double letter in a date's word (« cette anée »).
  anee: 'annee',
  anees: 'annees',
  // Months cut short in a closing's notes (« fact ech. oct »), those with no other meaning (not
  // « sept », a number, nor « jan », a name).
  janv: 'janvier',
  fevr: 'fevrier',
  avr: 'avril',
  juil: 'juillet',
  oct: 'octobre',
  nov: 'novembre',
  dec: 'decembre',
  // « le mois de juin », « du mois d’octobre »: the month, never « ce mois ».
  ...Object.fromEntries(MONTHS.map((m) => [`mois ${/^[aeiou]/.test(m) ? 'd' : 'de'} ${m}`, m])),
});

/**
 * Shorthand that is also an ordinary word (« le med » is a doctor, « mad » English, « un cab » a
 * taxi), read only in capitals as a controller types it: « LR », « MED », « Lr », « Cab. ».
 */
const IN_CAPITALS = rewriteRules({
  lr: 'lettre recommandee',
  lrs: 'lettres recommandees',
  med: 'mise en demeure',
  meds: 'mises en demeure',
  mad: 'mise en demeure',
  cab: 'cabinet',
});

/** The question's tokens with the shorthand rewritten. */
export function rewriteAbbreviations(tokens: readonly Token[]): Token[] {
  const capitals = tokens.map((t) => (/^\p{Lu}/u.test(t.raw) ? applyRewrites([t], IN_CAPITALS) : [t]));
  return applyRewrites(capitals.flat(), RULES);
}
