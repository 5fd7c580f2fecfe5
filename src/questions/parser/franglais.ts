/**
 * English words in a French question (issue 16, eighth round: the group's English-speaking CFO):
 * « les write-offs de ce trimestre », « le taux de retard par risk segment », « elle est up to date
 * dans ses paiements ? », « YTD », « MTD », « QTD », « WTD » (to date). A question that reads as English is translated whole (./english.ts);
 * a French one keeps its words, and only these terms — which are no French words — are rewritten.
 */
import { applyRewrites, rewriteRules } from './rewrite';
import type { Token } from './tokens';

const RULES = rewriteRules({
  'write offs': 'pertes',
  'write off': 'pertes',
  writeoffs: 'pertes',
  writeoff: 'pertes',
  'written off': 'passees en pertes',
  'bad debts': 'pertes',
  // « peux-tu me checker les comptes à recevoir ? » (to check: « vérifier »).
  checker: 'verifier',
  checke: 'verifie',
  checkes: 'verifie',
  checkez: 'verifiez',
  'up to date': 'a jour',
  uptodate: 'a jour',
  'by risk segment': 'par segment de risque',
  'per risk segment': 'par segment de risque',
  'risk segments': 'segments de risque',
  'risk segment': 'segment de risque',
  'by risk': 'par segment de risque',
  'by customer': 'par client',
  'per customer': 'par client',
  'at the end of': 'a fin',
  'at end of': 'a fin',
  'as of': 'au',
  'cash in': 'encaissements',
  'cash collections': 'encaissements',
  collections: 'encaissements',
  ytd: 'depuis le debut de l annee',
  // Period-to-date acronyms (issue 16, fourteenth round: an interim CFO's « MTD »): from the
  // period's start to today.
  qtd: 'depuis le debut du trimestre',
  mtd: 'depuis le debut du mois',
  wtd: 'depuis le debut de la semaine',
  'year to date': 'depuis le debut de l annee',
  'quarter to date': 'depuis le debut du trimestre',
  'month to date': 'depuis le debut du mois',
  'week to date': 'depuis le debut de la semaine',
});

/** The French question's tokens with the English terms in it rewritten. */
export function rewriteFranglais(tokens: readonly Token[]): Token[] {
  return applyRewrites(tokens, RULES);
}
