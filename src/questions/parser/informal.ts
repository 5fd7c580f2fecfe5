/**
 * Chat and SMS French as a director types it: « c koi le total des impayes », « kombien ya
 * d’impayés », « kel est le dso », « qui nous doit le plus de fric ? ». The spellings are rewritten
 * to the words the parser knows; the informal words that carry no meaning of their own (« fric »,
 * « bilan », « topo ») are vocabulary, so that they are never read as a customer's name.
 */
import type { Token } from './tokens';
import { applyRewrites, rewriteRules } from './rewrite';

/** SMS spellings → the French words (several words allowed, none to drop the word). */
const SPELLINGS = rewriteRules({
  koi: 'quoi',
  koa: 'quoi',
  kwa: 'quoi',
  kel: 'quel',
  kele: 'quelle',
  kelle: 'quelle',
  kels: 'quels',
  kelles: 'quelles',
  ki: 'qui',
  ke: 'que',
  kan: 'quand',
  qd: 'quand',
  kombien: 'combien',
  kombiens: 'combien',
  konbien: 'combien',
  combiens: 'combien',
  cmb: 'combien',
  cbien: 'combien',
  cb: 'combien',
  ya: 'y a',
  yen: 'y en',
  yena: 'y en a',
  pk: 'pourquoi',
  pq: 'pourquoi',
  pkoi: 'pourquoi',
  tt: 'tout',
  tte: 'toute',
  ts: 'tous',
  tts: 'tous',
  ds: 'dans',
  dc: 'donc',
  bcp: 'beaucoup',
  pr: 'pour',
  ac: 'avec',
  avc: 'avec',
  cmt: 'comment',
  mtn: 'maintenant',
  mnt: 'maintenant',
  // The founder's abbreviations (eighth round): « mtt » maintenant, « qqs » quelques.
  mtt: 'maintenant',
  qqs: 'quelques',
  qq: 'quelques',
  auj: 'aujourd hui',
  aujd: 'aujourd hui',
  ajd: 'aujourd hui',
  ojd: 'aujourd hui',
  ojourdhui: 'aujourd hui',
  dmain: 'demain',
  '2main': 'demain',
  moa: 'moi',
  toa: 'toi',
  fo: 'faut',
  ske: 'ce que',
  sk: 'ce que',
  jsp: '',
  tx: 'taux',
  // « qui nous doit le + ? » (a lone « + » stays a sign: « J+3 », « + de 60 jours »).
  'le +': 'le plus',
  nb: 'nombre',
  nbre: 'nombre',
  fact: 'factures',
  facts: 'factures',
  fctures: 'factures',
  fac: 'factures',
  factu: 'factures',
  ajourd: 'aujourd',
  // « qui paye pas », « factures pas payées »: the negation without « ne ».
  'pas payees': 'non payees',
  'pas payes': 'non payees',
  'pas payee': 'non payees',
  'pas paye': 'non payees',
  'pas reglees': 'non reglees',
  'pas regles': 'non reglees',
  'pas reglee': 'non reglees',
  'pas regle': 'non reglees',
});

/**
 * Informal words with no meaning of their own for the parser (money, « the state of things »):
 * read as vocabulary, never as a customer's name.
 */
export const INFORMAL_WORDS = `
fric thune thunes pognon oseille flouze blé ble argent sous brouzoufs
bilan bilans point topo recap récap récapitulatif recapitulatif résumé resume synthèse synthese
état etat panorama aperçu apercu
fais donne donnes ça ca quoi koi kel
total globalement grosso modo
vite rapide rapidement
dernièrement dernierement récemment recemment
hein ben bah coup
faut fallait falloir
deux trois quatre cinq six sept huit neuf dix douze quinze vingt
courrier courriers lettre lettres mail mails email emails courriel courriels rappel rappels
moment toujours encore deja déjà niveau côté cote
sors sortir sortez file envoie-moi accorde accordé accordés accordee accordées accordes accordees
était etait étaient etaient tombent tombe tombant bloqué bloque bloqués bloques
mes mon ma nos
controleur contrôleur controleuse contrôleuse credit crédit bot robot assistant outil appli application
`;

/** The question's tokens with SMS spellings rewritten. */
export function rewriteInformal(tokens: readonly Token[]): Token[] {
  return applyRewrites(tokens, SPELLINGS);
}
